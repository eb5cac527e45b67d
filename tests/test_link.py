"""Linking claims to cells: scope, period, classes; statuses; checks on hand-built claims."""
from __future__ import annotations

from decimal import Decimal

import pytest

from finder.analysis import Analysis
from finder.checks import CheckOptions, _import_all, registry
from finder.link.concepts import concept_of, split_scope
from finder.link.resolve import resolve_all
from finder.model import Cell, Finding, Report, Row, Table
from finder.numbers.parse import parse_cell
from finder.testing import claim, paragraph


def _cell(raw: str, *column: str) -> Cell:
    v = parse_cell(raw)
    return Cell(raw, v.kind, v.value, v.decimals, v.target, tuple(column))


def _tables() -> list[Table]:
    """The seed-000 figures the narrative talks about, as the ingest would give them."""
    exp = Table("支出决算表", [
        Row("合计", [_cell("1,134.84", "本年支出合计"), _cell("1,004.84", "基本支出"), _cell("130.00", "项目支出")],
            index=0, location=200),
    ], [("本年支出合计",), ("基本支出",), ("项目支出",)], id="expense", unit="万元")
    gpb = Table("一般公共预算财政拨款支出决算表", [
        Row("合计", [_cell("849.17", "本年支出合计"), _cell("719.17", "基本支出"), _cell("130.00", "项目支出")],
            index=0, location=293),
        Row("一般公共服务支出", [_cell("549.27", "本年支出合计"), _cell("549.27", "基本支出"), _cell("", "项目支出")],
            code="201", level=1, index=1, location=294),
    ], [("本年支出合计",), ("基本支出",), ("项目支出",)], id="gpb_expense", unit="万元")
    basic = Table("一般公共预算财政拨款基本支出决算表", [
        Row("对个人和家庭的补助", [_cell("15.62", "人员经费", "金额")], code="303", level=1, index=0, location=350),
    ], [("人员经费", "金额")], id="gpb_basic_expense", unit="万元")
    three = Table("财政拨款“三公”经费支出决算表", [
        Row("一、“三公”经费支出", [_cell("1", "栏次"), _cell("8.00", "年初预算数"), _cell("1.78", "全年预算数"),
                               _cell("1.78", "决算数")], index=0, location=427),
    ], [("栏次",), ("年初预算数",), ("全年预算数",), ("决算数",)], id="three_public", unit="万元")
    return [exp, gpb, basic, three]


@pytest.fixture(scope="module")
def report() -> Report:
    return Report(source="x", kind="text", sha256="", tables=_tables())


def _analysis(report: Report, claims) -> Analysis:
    a = Analysis(report, claims=list(claims))
    resolve_all(a)
    return a


def _run(a: Analysis, code: str):
    _import_all()
    return [f for f in registry.get(code).run(a, CheckOptions()) if isinstance(f, Finding)]   # not its Settlements


def test_scope_words_split_the_subject():
    assert split_scope("一般公共预算财政拨款基本支出") == ("gpb", "基本支出")
    assert split_scope("基本支出") == (None, "基本支出")


def test_bare_basic_expense_in_all_funds_section_links_to_expense_table(report):
    p = paragraph("本年支出的具体构成：基本支出 1004.84 万元，占 88.54%。", section="二、支出决算情况说明")
    c = claim(p, "1004.84", subject="基本支出")
    _analysis(report, [c])
    assert c.status == "verified"
    assert c.checked_against[0]["table"] == "expense" and c.checked_against[0]["text"] == "1,004.84"


def test_basic_expense_under_gpb_section_means_gpb(report):
    p = paragraph("基本支出 1004.84 万元。", section="四、一般公共预算财政拨款基本支出决算情况说明")
    c = claim(p, "1004.84", subject="基本支出")
    a = _analysis(report, [c])
    assert c.status == "contradicted" and c.checked_against[0]["text"] == "719.17"
    found = _run(a, "NT01")
    assert [f.severity for f in found] == ["error"]
    assert "719.17" in found[0].message and "1004.84" in found[0].evidence[0].text


def test_general_budget_expenditure_quoted_as_all_funds_total_is_an_error(report):
    p = paragraph("组织开展部门整体支出绩效评价，涉及一般公共预算支出 1134.84 万元，评价结果为“优”。")
    c = claim(p, "1134.84", subject="一般公共预算支出")
    a = _analysis(report, [c])
    assert concept_of(c).scope == "gpb"
    found = _run(a, "NT01")
    assert len(found) == 1 and found[0].severity == "error"
    assert found[0].evidence[1].table == "gpb_expense" and found[0].evidence[1].text == "849.17"


def test_economic_class_by_other_wording_links_by_code(report):
    p = paragraph("（三）对个人和家庭补助支出 15.62 万元。", section="四、一般公共预算财政拨款基本支出决算情况说明")
    c = claim(p, "15.62", subject="对个人和家庭补助支出")
    _analysis(report, [c])
    assert c.status == "verified" and c.checked_against[0]["table"] == "gpb_basic_expense"


def test_period_selects_the_column_and_prior_year_is_unverifiable(report):
    p = paragraph("“三公”经费支出全年预算数 1.78 万元，决算数 1.78 万元，比上年增加 0.16 万元。",
                  section="五、财政拨款“三公”经费支出决算情况说明")
    full = claim(p, "1.78", subject="“三公”经费", period="全年预算", group=1)
    act = claim(p, "1.78", after=full.end, subject="“三公”经费", group=1)
    old = claim(p, "0.16", kind="change_abs", subject="“三公”经费", period="上年", direction="增加", group=1)
    _analysis(report, [full, act, old])
    assert full.checked_against[0]["column"] == "全年预算数"
    assert act.checked_against[0]["column"] == "决算数"
    assert old.status == "unverifiable"


def test_borderline_is_a_warning(report):
    p = paragraph("基本支出 1004.86 万元。", section="二、支出决算情况说明")
    c = claim(p, "1004.86", subject="基本支出")
    found = _run(_analysis(report, [c]), "NT01")
    assert [f.severity for f in found] == ["warning"]


def test_unit_slip_is_named(report):
    p = paragraph("基本支出 100484 万元。", section="二、支出决算情况说明")
    c = claim(p, "100484", subject="基本支出")
    found = _run(_analysis(report, [c]), "NT01")
    assert found and found[0].kind == "unit_slip"


def _change(text: str, v: str, a: str, pct: str, d1: str, d2: str, subject: str = "年末结转和结余"):
    p = paragraph(text, section="二、支出决算情况说明")
    cv = claim(p, v, subject=subject, group=7)
    ca = claim(p, a, kind="change_abs", after=cv.end, subject=subject, period="上年", direction=d1, group=7)
    cp = claim(p, pct, kind="change_pct", after=ca.end, unit="%", subject=subject, period="上年", direction=d2,
               group=7)
    return Analysis(Report("x", "text", ""), claims=[cv, ca, cp])


def test_change_rate_recomputed_over_intervals():
    a = _change("年末结转和结余 0.00 万元，比上年减少 53.43 万元，下降 10.07%。", "0.00", "53.43", "10.07", "减少", "下降")
    resolve_all(a)
    found = _run(a, "AR02")
    assert [f.severity for f in found] == ["error"]
    assert "年末结转和结余 0.00 万元，比上年减少 53.43 万元，下降 10.07%" in found[0].evidence[0].text
    good = _change("本年收入合计 1089.69 万元，比上年减少 1006.01 万元，下降 48.00%。", "1089.69", "1006.01", "48.00",
                   "减少", "下降", "本年收入合计")
    assert _run(good, "AR02") == []


def test_growth_from_zero_is_never_an_error():
    a = _change("资本性支出 0.18 万元，较上年增加 0.18 万元，增长 100%。", "0.18", "0.18", "100", "增加", "增长", "资本性支出")
    found = _run(a, "AR02")
    assert all(f.severity == "info" for f in found) and len(found) == 1


def test_unit_slip_in_change_amount():
    a = _change("决算数为 8.78 万元，较上年减少 1291 万元，下降 59.52%。", "8.78", "1291", "59.52", "减少", "下降", "公务接待费")
    found = _run(a, "AR02")
    assert found and found[0].kind == "unit_slip" and "12.91" in found[0].message


def test_direction_words_disagree():
    a = _change("商品和服务支出 24.58 万元，较上年减少 1.29 万元，增长 4.98%。", "24.58", "1.29", "4.98", "减少", "增长",
                "商品和服务支出")
    found = _run(a, "DR01")
    assert [f.severity for f in found] == ["error"]
    assert "按“减少”重算" in found[0].message and "相符" in found[0].message
    assert _run(_change("商品和服务支出 24.58 万元，较上年减少 1.29 万元，下降 4.99%。", "24.58", "1.29", "4.99",
                        "减少", "下降", "商品和服务支出"), "DR01") == []


def test_share_against_whole_stated_earlier():
    p1 = paragraph("本年收入合计 1579.09 万元。", section="一、收入决算情况说明", index=0)
    p2 = paragraph("财政拨款收入 1406.17 万元，占 89.04%；其他收入 172.92 万元，占 10.95%。", section="一、收入决算情况说明",
                   index=1)
    tot = claim(p1, "1579.09", subject="本年收入合计")
    f1 = claim(p2, "1406.17", subject="财政拨款收入", group="a")
    s1 = claim(p2, "89.04", kind="share", unit="%", subject="财政拨款收入", whole="本年收入合计", group="a")
    f2 = claim(p2, "172.92", subject="其他收入", group="b")
    s2 = claim(p2, "10.95", kind="share", unit="%", subject="其他收入", whole="本年收入合计", group="b")
    a = Analysis(Report("x", "text", ""), claims=[tot, f1, s1, f2, s2])
    resolve_all(a)
    found = _run(a, "AR01")
    assert [(f.severity, f.claims[1]) for f in found] == [("warning", s1.id)]
    assert s2.status == "verified" and s1.extra["recomputed"].contains(Decimal("89.049"))


def test_completion_rate():
    p = paragraph("年初预算数为 595.45 万元，决算数为 902.70 万元，完成年初预算的 151.59%。")
    b = claim(p, "595.45", subject="一般公共服务支出", period="年初预算", group=1)
    v = claim(p, "902.70", subject="一般公共服务支出", period="决算", group=1)
    c = claim(p, "151.59", kind="completion", unit="%", subject="一般公共服务支出", period="年初预算", group=1)
    found = _run(Analysis(Report("x", "text", ""), claims=[b, v, c]), "AR03")
    assert [f.severity for f in found] == ["warning"] and "151.6" in found[0].computation


def test_three_public_parts_must_add_up():
    p0 = paragraph("“三公”经费支出决算数为 8.78 万元。", section="五、“三公”经费支出决算情况说明", index=0)
    sec = p0.section
    texts = ["因公出国（境）费决算数为 0 万元。", "公务接待费决算数为 8.78 万元。", "公务用车购置及运行维护费支出 1.66 万元。"]
    subjects = ["因公出国（境）费", "公务接待费", "公务用车购置及运行维护费"]
    claims = [claim(p0, "8.78", subject="“三公”经费")]
    for i, (t, s) in enumerate(zip(texts, subjects), 1):
        p = paragraph(t, index=i)
        p.section = sec
        claims.append(claim(p, t.split("为 ")[-1].split(" 万元")[0] if "为 " in t else "1.66", subject=s))
    found = _run(Analysis(Report("x", "text", ""), claims=claims), "AR04")
    assert [f.severity for f in found] == ["error"] and "8.78" in found[0].evidence[0].text


def test_implied_prior_values_break_the_identity():
    text = ("年初结转和结余 45.15 万元，比上年减少 0.87 万元；本年收入合计 1089.69 万元，比上年减少 1006.01 万元；"
            "使用非财政拨款结余 0.00 万元，比上年减少 0.00 万元；本年支出合计 1134.84 万元，比上年减少 453.45 万元；"
            "结余分配 0.00 万元，比上年减少 0.00 万元；年末结转和结余 0.00 万元，比上年减少 53.43 万元，下降 10.07%。")
    p = paragraph(text, section="一、收入支出决算情况说明")
    claims, at = [], 0
    for g, (subj, v, a) in enumerate([("年初结转和结余", "45.15", "0.87"), ("本年收入合计", "1089.69", "1006.01"),
                                      ("使用非财政拨款结余", "0.00", "0.00"), ("本年支出合计", "1134.84", "453.45"),
                                      ("结余分配", "0.00", "0.00"), ("年末结转和结余", "0.00", "53.43")]):
        cv = claim(p, v, after=p.text.index(subj, at), subject=subj, group=g)
        ca = claim(p, a, kind="change_abs", after=cv.end, subject=subj, period="上年", direction="减少", group=g)
        claims += [cv, ca]
        at = ca.end
    claims.append(claim(p, "10.07", kind="change_pct", unit="%", subject="年末结转和结余", period="上年",
                        direction="下降", group=5))
    a = Analysis(Report("x", "text", ""), claims=claims)
    resolve_all(a)  # the 10.07% is contradicted by its own arithmetic: that statement is blamed
    found = _run(a, "NT02")
    errors = [f for f in found if f.severity == "error"]
    assert len(errors) == 1 and "53.43" in errors[0].evidence[0].text and "553.4" in errors[0].message
    assert [f.severity for f in found if f.check == "NT02" and f is not errors[0]] == ["info"]


def test_report_year_claim_never_read_from_last_years_column():
    # a 三公 table printing 上年决算数 before 本年决算数: '决算数' is inside both headers, and the
    # report-year figure must come from the 本年 column (the 上年 one gave a false NT01 error)
    from finder.analysis import analyse

    text = ("二、“三公”经费情况\n财政拨款“三公”经费支出决算表\n单位：万元\n"
            "项目\t上年决算数\t本年决算数\t比上年增减\n"
            "合计\t41.60\t35.20\t-6.40\n1.因公出国（境）费\t0.00\t0.00\t0.00\n"
            "2.公务接待费\t11.40\t9.10\t-2.30\n3.公务用车购置及运行维护费\t30.20\t26.10\t-4.10\n"
            "本年“三公”经费支出合计35.20万元，比上年减少6.40万元。其中公务接待费9.10万元。\n")
    import tempfile, os  # noqa: E401
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
    try:
        a = analyse([f.name])
    finally:
        os.unlink(f.name)
    used = {c.raw: [r["column"] for r in c.checked_against if r.get("used")] for c in a.claims if c.kind == "amount"}
    assert used["35.20万元"] == ["本年决算数"] and used["9.10万元"] == ["本年决算数"]
    assert not [f for f in a.findings if f.check == "NT01"]


def test_a_figure_of_the_overview_section_says_why_it_cannot_be_checked():
    """'现有专任教师3265人' under 学校概况: no standard table holds it, and the ledger says so."""
    from finder import analysis

    a = analysis.analyse(["corpora/pdfs/swu-university-2023-final.pdf"])
    overview = [c for c in a.claims if c.paragraph.section and "概况" in " ".join(c.paragraph.section.path())]
    assert overview and all(c.status != "unverifiable" or c.reason.startswith("标准表格不含") for c in overview)


def test_a_share_of_a_zero_whole_is_not_checkable_and_says_why():
    from finder.testing import analysis_from

    text = "七、政府采购支出情况说明\n本部门政府采购支出总额 0.00 万元。授予中小企业合同金额 0.00 万元，占政府采购支出总额的 0.00%。\n"
    [share] = [c for c in analysis_from({}, text).claims if c.kind == "share"]
    assert (share.status, share.reason) == ("not_checkable", "整体为零，占比无定义")
