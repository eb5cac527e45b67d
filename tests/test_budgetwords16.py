"""Readings of session budgetwords16: other regions' wordings of a 部门预算's prose.

Every sentence and table here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import budget_analysis_from

_SUMMARY = {"income_expense_summary": {"title": "部门收支预算总表", "rows": [
    "收入\t\t支出\t", "项目\t预算数\t项目\t预算数", "一、财政拨款收入\t500.00\t一、教育支出\t530.00",
    "二、事业收入\t10.00\t\t", "本年收入合计\t510.00\t本年支出合计\t530.00", "上年结转结余\t20.00\t\t",
    "收入总计\t530.00\t支出总计\t530.00"]}}


def test_both_sides_totals_named_预算总额_and_their_change_said_of_each():
    """'部门收入预算总额 X 万元，支出预算总额 X 万元，与上年相比收、支预算总额各增加 A 万元，增长 P%': 总额 took no
    period word before it (only 总计, 合计, 支出 did), so neither total named a concept (未识别所述指标); and
    the change said of each side ('收、支…各') joined neither side's figure, so a wrong rate passed."""
    text = ("一、收支预算总体情况\n2031年部门收入预算总额530.00万元，支出预算总额530.00万元，与上年相比收、支预算"
            "总额各增加30.00万元，增长{p}%。\n")
    a = budget_analysis_from(_SUMMARY, text.format(p="6.00"))
    assert [(c.concept, c.status) for c in a.claims] == [
        ("income_grand_total", "verified"), ("expense_grand_total", "verified"), (None, "verified"), (None, "verified")]
    assert [f for f in run_checks(a) if f.severity != "info"] == []
    a = budget_analysis_from(_SUMMARY, text.format(p="7.00"))
    [f] = [f for f in run_checks(a) if f.severity == "error"]
    assert f.check == "AR02" and "7.00%" in f.message
    # a misprinted total is held to its table cell
    a = budget_analysis_from(_SUMMARY, text.format(p="6.00").replace("支出预算总额530.00", "支出预算总额550.00"))
    assert [f.check for f in run_checks(a) if f.severity == "error"] == ["NT01"]


def test_a_change_said_of_each_side_waits_for_both_sides():
    """Only the income side printed: '收、支预算总额各增加' has no figure of the expense side to join, and
    stays apart (no rate is checked on a figure it may not be of)."""
    text = ("一、收支预算总体情况\n2031年部门收入预算总额530.00万元，与上年相比收、支预算总额各增加30.00万元，"
            "增长7.00%。\n")
    a = budget_analysis_from(_SUMMARY, text)
    assert [f for f in run_checks(a) if f.check == "AR02"] == []


def test_parts_listed_under_another_head_are_no_parts_of_a_later_fund_figure():
    """'支出预算 X，其中：基本支出预算 a，项目支出预算 b。财政拨款支出预算 Y…': a and b are the parts of X (their
    其中 head), not of the 财政拨款 figure printed after them in the paragraph (a false AR04 error, Y ≠ a + b
    while X = a + b); printed with the period word (基本支出预算) they had become the 财政拨款 figure's too."""
    text = ("一、收支预算总体情况\n支出预算400.00万元，其中：基本支出预算300.00万元，项目支出预算100.00万元。"
            "财政拨款支出预算380.00万元，比2030年预算增加20.00万元，增长5.56%。\n")
    assert [f.check for f in run_checks(budget_analysis_from({}, text)) if f.severity != "info"] == []
    # listed under the fund figure itself they are its parts
    text = "一、收支预算总体情况\n财政拨款支出预算380.00万元，其中：基本支出预算300.00万元，项目支出预算100.00万元。\n"
    assert [f.check for f in run_checks(budget_analysis_from({}, text)) if f.severity == "error"] == ["AR04"]


_INCOME = {**_SUMMARY, "income": {"title": "收入总表", "rows": [
    "科目编码\t科目名称\t合计\t上年结转结余\t一般公共预算拨款收入\t事业收入", "\t合计\t530.00\t20.00\t500.00\t10.00"]}}


def test_a_share_printed_占比_in_a_其中_list_is_of_the_lists_head():
    """'收入预算 X，其中：上年结转结余 a，占比 p%；一般公共预算拨款收入 b，占比 q%' (占比 for 占): the 比 after 占
    was read as the name of the share's whole, so the share was not the list head's; the fund's share was
    held to 本年收入合计 (without the carry-over) and a right share gave a false AR01 warning."""
    text = ("一、收入预算情况\n2031年收入预算530.00万元，其中：上年结转结余20.00万元，占比3.77%；一般公共预算拨款收入"
            "500.00万元，占比{q}%；事业收入10.00万元，占比为1.89%。\n")
    a = budget_analysis_from(_INCOME, text.format(q="94.34"))
    assert [c.status for c in a.claims if c.kind == "share"] == ["verified"] * 3
    assert [f for f in run_checks(a) if f.severity != "info"] == []
    a = budget_analysis_from(_INCOME, text.format(q="95.34"))
    [f] = [f for f in run_checks(a) if f.severity != "info"]
    assert (f.check, f.severity) == ("AR01", "error") and "95.34%" in f.message and "530.00" in f.message
