"""False findings and gaps hunted by twins20: correct sentences written from a filled template's own cells in
other regions' wordings, each planted with its wrong twin (made-up sentences on the synthetic reports)."""
from __future__ import annotations

from finder.testing import new_findings
from plant_points import UNIT, UNIT_ANCHOR

_CLASSES_ANCHOR = "教育支出（类）2109.66 万元，占59.62%；文化旅游体育与传媒支出（类）73.65 万元，占2.08%；"


def test_a_whole_framed_before_the_share_marker_is_the_shares_whole(tmp_path):
    """'事业收入 X 万元，在本年收入合计中占 P%': the frame '在…中' was read as the share's subject (本年收入合计)
    with no whole, so no share in this wording was ever checked and a wrong one passed. A whole framed by
    directions.yml share_whole_frames right before 占 is the whole; the figure before it is the part."""
    text = "事业收入465.00 万元，在本年收入合计中占{p}%。"
    assert new_findings(UNIT, UNIT_ANCHOR, text.format(p="10.70"), tmp_path) == []
    wrong = new_findings(UNIT, UNIT_ANCHOR, text.format(p="12.70"), tmp_path)
    assert [f[:2] for f in wrong] == [("AR01", "error")] and "12.70" in wrong[0][2]


def test_a_whole_named_between_zhan_and_bizhong_is_the_shares_whole(tmp_path):
    """'一般公共服务支出（类）X 万元，占一般公共预算财政拨款支出比重为 P%': the whole was looked for only after
    the last share marker (比重), found none, and a class with no part_of in concepts.yml was left with no
    whole: a wrong share passed. An earlier share marker (占) with a concept's name before 比重 opens the whole."""
    anchor = _CLASSES_ANCHOR
    text = "一般公共服务支出（类）821.12 万元，占一般公共预算财政拨款支出比重为{p}%。"
    full = next(line for line in UNIT.read_text(encoding="utf-8").splitlines() if anchor in line)
    assert new_findings(UNIT, full, text.format(p="23.21"), tmp_path) == []
    wrong = new_findings(UNIT, full, text.format(p="25.21"), tmp_path)
    assert [f[:2] for f in wrong] == [("AR01", "error")] and "25.21" in wrong[0][2]


def test_a_rate_on_a_bare_budget_column_is_measured_as_a_warning():
    """'公务接待费支出 X 万元，完成年初预算的 P%' with the 三公 table printing only 预算数 beside 决算数 (the
    national template's columns): the rate named a budget no column named (arith.yml budget_columns), so it was
    unverifiable and a wrong one passed (5/5 missed on unit_filled and national_filled). A bare 预算数 column
    (unlabelled_budget_columns) now measures it; a mismatch is a warning only, the column not saying which budget."""
    from finder.checks import run as run_checks
    from finder.testing import analysis_from

    tables = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "rows": [
        "项目\t预算数\t决算数", "合计\t40.00\t34.50", "因公出国（境）费\t10.00\t10.00", "公务接待费\t12.00\t9.50",
        "公务用车购置及运行维护费\t18.00\t15.00"]}}
    text = "七、财政拨款“三公”经费支出决算情况说明\n公务接待费支出 9.50 万元，完成{b}的 {p}%。\n"

    def found(b, p):
        a = analysis_from(tables, text.format(b=b, p=p), 2031)
        return [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"], a.claims[-1].status
    assert found("年初预算", "79.17") == ([], "verified")
    assert found("全年预算", "79.17") == ([], "verified")
    assert found("年初预算", "89.17") == ([("AR03", "warning")], "contradicted")
    assert found("预算", "89.17") == ([("AR03", "error")], "contradicted")    # 预算 names the column's budget


_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.37\t一、教育支出\t420.00",
    "二、其他收入\t100.00\t\t", "本年收入合计\t500.37\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.37", "总计\t530.37\t总计\t530.37"]}}


def test_unequal_grand_totals_restated_rounded_still_name_the_years_totals():
    """A report calling its year's totals 收入总计 / 支出总计 (printed unequal, so not the summary's grand
    totals) and restating one rounded ('收入总计 500.4 万元', as the university report's SWU export did when
    twins20 planted it) lost that reading: the side's figures differed in value, so every 收入总计 and
    支出总计 was held to the 总计 row (false NT01 errors on the report's own correct sentences). A side is one
    figure when its restatements' rounding intervals all meet."""
    from finder.checks import run as run_checks
    from finder.testing import analysis_from

    head = "一、收入支出决算总体情况说明\n2031年度收入总计500.37万元，支出总计420.00万元。\n"

    def loud(restated):
        a = analysis_from(_SUMMARY, head + restated + "\n", 2031)
        return [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"]
    assert loud("二、收入决算情况说明\n收入总计500.4万元。") == []
    assert loud("二、收入决算情况说明\n收入总计0.05亿元。") == []
    # two figures apart: the year's totals still verify the others, the stray 520 alone is flagged (swu23)
    assert loud("二、收入决算情况说明\n收入总计520万元。") == [("NT01", "warning"), ("NT03", "warning")]
