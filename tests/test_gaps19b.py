"""Gaps closed in session 19 (gaps19b): readings found by probing made-up wordings.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_SUMMARY = {"summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、其他收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}


def test_收支_before_a_comparison_is_each_grand_totals_change():
    """'收入总计 X，支出总计 X。收支较上年增加 A，增长 P%': 收支 abbreviates both grand totals, as '收、支总计'
    does; the change was read of no figure and a wrong rate passed."""
    text = ("一、收入支出决算总体情况说明\n2031年度收入总计530.00万元，支出总计530.00万元。"
            "收支较上年增加30.00万元，增长{p}%。\n")
    a = analysis_from(_SUMMARY, text.format(p="6.00"), 2031)
    assert [c.extra.get("each_of") for c in a.claims[2:]] == [["收入总计", "支出总计"]] * 2
    assert [c.status for c in a.claims] == ["verified"] * 4
    wrong = analysis_from(_SUMMARY, text.format(p="7.00"), 2031)
    assert [f.check for f in run_checks(wrong) if f.severity == "error"] == ["AR02"]


def test_a_pair_of_totals_with_a_comparison_before_各_is_each_sides():
    """'收、支总计较上年各增加 A': the base 较上年 between the names and 各 kept the pair from being read (its
    names ended '…总计较上年'), so the change and its rate were never checked."""
    text = ("一、收入支出决算总体情况说明\n2031年度收入总计530.00万元，支出总计530.00万元。"
            "收、支总计较上年各增加30.00万元，增长{p}%。\n")
    a = analysis_from(_SUMMARY, text.format(p="6.00"), 2031)
    assert [c.status for c in a.claims] == ["verified"] * 4
    assert a.claims[2].subject == "收、支总计"
    wrong = analysis_from(_SUMMARY, text.format(p="7.00"), 2031)
    assert [f.check for f in run_checks(wrong) if f.severity == "error"] == ["AR02"]


def test_收支_without_both_totals_stated_alike_stays_unread():
    """Without both grand totals stated before it, or with the two printed apart, 收支 names no figure."""
    for text in ("2031年度收支较上年增加30.00万元。",
                 "2031年度收入总计530.00万元，支出总计520.00万元。收支较上年增加30.00万元。"):
        a = analysis_from(_SUMMARY, "一、收入支出决算总体情况说明\n" + text + "\n", 2031)
        assert [c.extra.get("each_of") for c in a.claims if c.kind == "change_abs"] == [None]
