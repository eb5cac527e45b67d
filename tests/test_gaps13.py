"""Gaps closed in session 13 (lead): readings found by probing other regions' wordings.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、其他收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}


def test_the_central_templates_grand_totals_and_their_change_across_sentences():
    """The central template prints '收入、支出决算总计 X 万元。与 Y 年度相比，收、支总计各增加 A 万元，增长 P%':
    the period word 决算 in the first name kept its list apart from the second's ('收、支总计'), so the
    change had no figure to be checked against ('无可核对的数据') and a wrong rate passed."""
    text = ("一、收入支出决算总体情况说明\n2031年度收入、支出决算总计530.00万元。与2030年度相比，"
            "收、支总计各增加30.00万元，增长{p}%。\n")
    a = analysis_from(_SUMMARY, text.format(p="6.00"), 2031)
    assert [c.status for c in a.claims] == ["verified"] * 3
    a = analysis_from(_SUMMARY, text.format(p="7.00"), 2031)
    [f] = [f for f in run_checks(a) if f.severity == "error"]
    assert f.check == "AR02" and "7.00%" in f.message
    # the budget's wording, period word in both names
    text = "2031年度收入、支出预算总计530.00万元。与上年相比，收、支预算总计各增加30.00万元，增长7.00%。\n"
    assert [f.check for f in run_checks(analysis_from({}, text, 2031)) if f.severity == "error"] == ["AR02"]
