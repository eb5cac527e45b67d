"""Sentence shapes from unseen regions' reports (synthetic names and numbers, same wording)."""
from __future__ import annotations

from finder.claims.extract import extract_report
from finder.model import Paragraph, Report


def run(*texts: str, year: int = 2024):
    paras = [Paragraph(t, i, anchors=[(0, i + 1, 0)], role="narrative") for i, t in enumerate(texts)]
    return extract_report(Report("<t>", "text", "", year=year, paragraphs=paras))


def rows(claims):
    return [(c.kind, c.raw_number, c.subject, c.period, c.direction) for c in claims]


# M1: 预算 inside a fund-scope word is not the period 预算
def test_scope_word_is_not_budget_period():
    c, _, _ = run("本年一般公共预算基本支出 532.18 万元，其中：人员经费 400.00 万元。",
                  "政府性基金预算支出 45.60 万元。")
    assert [(x.raw_number, x.period) for x in c] == [("532.18", "本年"), ("400.00", "本年"), ("45.60", "本年")]
    c, _, _ = run("基本支出预算 532.18 万元。")
    assert c[0].period == "预算"                  # a budget word of its own still names the period


# M2: '占<name>预算 P%' is a share of that figure; completion only with nothing between 占 and 预算
def test_share_of_a_budget_figure():
    c, _, _ = run("办公费预算 2345.60 元，占基本支出预算 62.10%，比上年增加 300.00 元，增长 14.66%。")
    assert [(x.kind, x.subject) for x in c] == [("amount", "办公费"), ("share", "办公费"),
                                                ("change_abs", "办公费"), ("change_pct", "办公费")]
    assert c[1].whole == "basic_expense" and c[1].extra["whole_period"] == "预算"
    c, _, _ = run("服务类采购预算 12.00 万元，占政府采购预算的 30.25%。", "项目支出预算 80.00 万元，占支出总预算 44.44%。")
    assert [x.kind for x in c] == ["amount", "share", "amount", "share"]
    assert c[3].subject == "项目支出"


def test_completion_with_nothing_between():
    c, _, _ = run("支出决算 118.00 万元，占年初预算的 104.20%。", "完成全年预算的 97.00%。", "为预算数的 88.80%。")
    assert [(x.kind, x.period) for x in c if x.unit == "%"] == [
        ("completion", "年初预算"), ("completion", "全年预算"), ("completion", "预算")]


# FA5: 增支 / 增收 / 减收 and the comparative 比…多/少 N are directions
def test_comparative_directions():
    c, _, _ = run("公务接待费 3.51 万元，比上年少 0.05 万元，下降 1.40%。")
    assert rows(c)[1] == ("change_abs", "0.05", "公务接待费", "上年", "减少")
    c, _, _ = run("办公费 8.00 万元，较上年多 1.20 万元。")
    assert rows(c)[1] == ("change_abs", "1.20", "办公费", "上年", "增加")
    c, _, _ = run("全县一般公共预算支出 61.3 亿元，同比增支 2.4 亿元，增长 4.1%。", "税收收入 9.8 亿元，同比减收 0.6 亿元。",
                  "非税收入 3.2 亿元，同比增收 0.3 亿元。")
    assert [(x.kind, x.direction) for x in c if x.kind != "change_pct"] == [
        ("amount", None), ("change_abs", "增加"), ("amount", None), ("change_abs", "减少"),
        ("amount", None), ("change_abs", "增加")]


def test_bare_duo_shao_outside_comparison():
    c, _, _ = run("开展多项培训 6 次，少量结余 0.30 万元。")
    assert all(x.direction is None for x in c)
    assert [x.kind for x in c] == ["count", "amount"]
