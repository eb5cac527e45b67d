"""Sentence shapes from unseen regions' reports (synthetic names and numbers, same wording)."""
from __future__ import annotations

from finder.claims.extract import extract_report
from finder.model import Paragraph, Report
from finder.testing import run_check


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


# a bare 增 / 减 after a comparison (a thousands-separated base between them), and opening the next clause
def test_bare_zeng_jian_after_a_comparison():
    c, _, _ = run("全市教育经费为 3,401.50 万元，比上年的 3,136.35 万元增 265.15 万元，增 8.45%。")
    assert [(x.kind, x.direction) for x in c] == [
        ("amount", None), ("amount", None), ("change_abs", "增加"), ("change_pct", "增加")]
    c, _, _ = run("办公费 8.00 万元，较上年减 1.20 万元，减 13.04%。")
    assert [(x.kind, x.direction) for x in c][1:] == [("change_abs", "减少"), ("change_pct", "减少")]
    c, _, _ = run("新增设备 3 台，增 2 台用于培训。")             # no comparison: no change
    assert all(x.direction is None for x in c)


def test_bare_duo_shao_outside_comparison():
    c, _, _ = run("开展多项培训 6 次，少量结余 0.30 万元。")
    assert all(x.direction is None for x in c)
    assert [x.kind for x in c] == ["count", "amount"]


# FA2 + M9: respective lists zip position by position
def test_respective_amounts_and_shares():
    c, _, _ = run("其中：基本支出和项目支出分别为 640.00 万元和 160.00 万元，分别占本年支出合计的 80.00%和 20.00%。")
    assert [(x.kind, x.raw_number, x.subject, x.concept) for x in c] == [
        ("amount", "640.00", "基本支出", "basic_expense"), ("amount", "160.00", "项目支出", "project_expense"),
        ("share", "80.00", "基本支出", "basic_expense"), ("share", "20.00", "项目支出", "project_expense")]
    assert c[3].whole == "expense_total" and c[0].extra["group"] == c[2].extra["group"] != c[1].extra["group"]
    assert [x.extra["pair_index"] for x in c] == [0, 1, 0, 1]


def test_respective_sides_with_ascii_comma():
    c, n, u = run("2023年度收、支总计各是 512.30,498.75 万元。与2022年相比，收、支总计各减少 20.10,35.55 万元，各下降 3.78%、6.65%。",
                  year=2023)
    assert not u
    assert [(x.kind, x.raw_number, x.unit, x.subject, x.direction) for x in c] == [
        ("amount", "512.30", "万元", "收入总计", None), ("amount", "498.75", "万元", "支出总计", None),
        ("change_abs", "20.10", "万元", "收入总计", "减少"), ("change_abs", "35.55", "万元", "支出总计", "减少"),
        ("change_pct", "3.78", "%", "收入总计", "下降"), ("change_pct", "6.65", "%", "支出总计", "下降")]
    assert c[0].extra["group"] == c[2].extra["group"] == c[4].extra["group"]
    assert all(x.period == "上年" for x in c[2:])


def test_respective_units_after_each_and_wholes_list():
    c, _, _ = run("收、支总计各为 300.00 万元、280.00 万元，各增加 30.00、8.00 万元。")
    assert [(x.kind, x.subject) for x in c] == [("amount", "收入总计"), ("amount", "支出总计"),
                                                ("change_abs", "收入总计"), ("change_abs", "支出总计")]
    c, _, _ = run("全省采购规模 500.0 亿元，占财政支出和GDP的比重分别为 8.0%和 2.5%。")
    assert [(x.kind, x.subject, x.extra.get("whole_text")) for x in c[1:]] == [
        ("share", "全省采购规模", "财政支出"), ("share", "全省采购规模", "GDP")]


def test_respective_unpaired_is_marked():
    c, _, _ = run("甲单位、乙单位、丙单位采购规模分别为 12.0 亿元和 30.0 亿元。")
    assert all(x.extra.get("respective_unpaired") for x in c) and "pair_index" not in c[0].extra
    assert not any(x.subject.endswith(("分别", "各")) for x in c)


def test_thousands_comma_stays_one_number():
    c, _, _ = run("采购规模为 1,234.56 万元。")
    assert [x.raw_number for x in c] == ["1,234.56"]


# M4: a rule set's name is a label, not a count
def test_rule_set_names_are_labels():
    c, n, _ = run("公务接待费支出持平的主要原因是严格执行中央八项规定。", "落实“六项禁令”和《关于执行五项制度的通知》，开展四项检查。")
    assert [(x.kind, x.raw_number) for x in c] == [("count", "4")]
    assert [(x.raw, x.reason) for x in n] == [("八", "label"), ("六", "label"), ("五", "label")]


# M5: the report year is not the base year of the comparisons
def test_guess_year_skips_comparison_bases():
    # one place decides the report year (ingest/meta.py); the claims read report.year
    from finder.ingest.text import from_text
    texts = ["2022年度收入合计 300.00 万元，较2021年度决算数增加 10.00 万元。",
             "支出合计 280.00 万元，较2021年度决算数增加 5.00 万元，与2021年度相比增长 1.82%。",
             "其中基本支出 200.00 万元，比2021年度决算数减少 1.00 万元。"]
    assert from_text("\n".join(texts)).year == 2022


# M3: completion with its base printed inline
def test_completion_with_inline_base():
    c, _, _ = run("公务用车运行维护费支出 12.40 万元，完成预算 20 万元的 62.0%。", "全年税收完成 56.70 亿元，占年计划 60 亿元的 94.50%。")
    assert [(x.kind, x.subject, x.period) for x in c[:3]] == [
        ("amount", "公务用车运行维护费支出", "本年"), ("amount", "公务用车运行维护费支出", "预算"),
        ("completion", "公务用车运行维护费支出", "预算")]
    assert c[2].extra["base_value"] == "20" and c[2].extra["base_unit"] == "万元"
    assert c[5].kind == "completion" and c[5].period == "年度计划" and c[5].extra["base_value"] == "600000"


# 预安排 ('pre-arranged') names a budget figure
def test_yu_anpai_is_a_budget_figure():
    c, _, _ = run("2025年“三公”经费预安排 24.50 万元，较上年预算增加 3.60 万元。", year=2025)
    assert rows(c)[0] == ("amount", "24.50", "“三公”经费", "预算", None)


# '2. B' after '1. A …其中：' and A's '(1) (2)' items is A's sibling, not one of A's parts
def test_a_numbered_item_of_the_heads_own_style_ends_the_pending_list():
    c, _, _ = run("1.机关工资福利支出 100 万元。其中：", "(1)工资奖金津补贴 60 万元。", "(2)社会保障缴费 40 万元。",
                  "2.机关商品和服务支出 50 万元。其中：", "(1)办公经费 20 万元。", "3.机关资本性支出 10 万元。")
    assert [(x.raw_number, x.whole) for x in c] == [
        ("100", None), ("60", "econ_301"), ("40", "econ_301"), ("50", None), ("20", "econ_302"), ("10", None)]
    c, _, _ = run("本年基本支出 100 万元，其中：", "1.人员经费 60 万元。", "2.公用经费 40 万元。")
    assert [x.whole for x in c][1:] == ["basic_expense", "basic_expense"]


# a 其中 item printing no period has its head's: last year's list is no second statement of this year's items
def test_list_items_take_the_period_of_a_prior_year_head():
    text = ("三、“三公”经费支出情况说明\n"
            "2024年度“三公”经费支出 20.00 万元，其中：公务用车运行维护费 12.00 万元，公务接待费 8.00 万元。"
            "上年度“三公”经费支出 24.67 万元，其中公务用车运行维护费 15.48 万元，公务接待费 9.19 万元。\n")
    assert run_check(text, "NT03") == []            # main read 15.48 and 9.19 as this year's: two false errors
    c, _, _ = run("上年度“三公”经费支出 24.67 万元，其中公务用车运行维护费 15.48 万元，公务接待费 9.19 万元。")
    assert [x.period for x in c] == ["上年"] * 3
    c, _, _ = run("“三公”经费支出决算 113 万元，较预算数 123 万元减少 10 万元。其中：公务接待费 12 万元。")
    assert c[-1].period == "本年"                    # the head's first figure is this year's actual


# a sentence opening with 其中 lists the parts of the whole the sentence before states, for its one period
def test_a_list_opening_its_own_sentence_takes_the_heads_period():
    text = ("三、“三公”经费情况说明\n"
            "2024年“三公”经费预算为 100 万元，比上年下降 5%。其中因公出国（境）费 10 万元，公务接待费 20 万元，"
            "公务用车购置及运行维护费 80 万元。\n")
    assert [f.severity for f in run_check(text, "AR04")] == ["error"]      # 10 + 20 + 80 ≠ 100, both budgets
    c, _, _ = run("“三公”经费预算为 100 万元，比上年下降 5%。其中因公出国（境）费 10 万元，公务接待费 90 万元。")
    assert [x.period for x in c if x.kind == "amount"] == ["预算"] * 3
    # two figures of the whole for two periods: which one the list divides is not said
    c, _, _ = run("“三公”经费预算 44.52 万元，实际支出“三公”经费 22.62 万元。其中公务接待费 20.10 万元。")
    assert c[-1].period == "本年"
    # a base printed beside this year's figure ('比上年…433 万元') is no second head
    c, _, _ = run("“三公”经费支出 431 万元，比上年支出 433 万元减少 2 万元。其中，公务接待支出 124 万元。")
    assert c[-1].period == "本年"


# a carry-over named after the spending it is left from is a balance, not that spending
def test_carryovers_of_basic_and_project_spending_are_not_the_spending():
    c, _, _ = run("本年支出合计 100.00 万元，其中：基本支出 60.00 万元，项目支出 40.00 万元。年末结转和结余 30.00 万元，"
                  "其中：基本支出结转和结余 10.00 万元，项目支出结转和结余 20.00 万元。")
    assert [x.concept for x in c] == ["expense_total", "basic_expense", "project_expense", "carryover_end",
                                      "basic_carryover", "project_carryover"]
