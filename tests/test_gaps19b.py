"""Gaps closed in session 19 (gaps19b): readings found by probing made-up wordings.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, run_check, run_check_all

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


_HEAD = "一、部门基本情况\n本部门情况如下。"


def test_names_a_clause_after_their_count_are_held_to_it_when_they_end_with_the_counted_noun():
    """'对 3 个项目开展评价，涉及资金 X 万元，分别为 A 项目、…' named its projects a clause after the count, so
    TX08 never read the list; the names each ending with the counted noun (项目) say what they count, and
    '丙项目和丁项目' is two names."""
    text = _HEAD + "组织对{n}个项目开展部门评价，涉及资金120.00万元，分别为甲项目、乙项目、丙项目和丁项目。"
    found = run_check(text.format(n=3), "TX08")
    assert [f.severity for f in found] == ["error"] and "3个项目" in found[0].message
    ok = run_check_all(text.format(n=4), "TX08")
    assert ok and all(type(x).__name__ == "Settlement" for x in ok)


def test_names_a_clause_after_a_count_of_something_else_stay_unread():
    """Names not ending with the counted noun, another count between, or an open list: not read."""
    for tail in ("涉及资金120.00万元，分别为甲单位、乙单位。", "涉及资金120.00万元，分别为甲项目、乙项目、丙项目等。",
                 "涉及资金120.00万元，分别为甲项目和乙项目的资金。"):
        assert run_check(_HEAD + "组织对3个项目开展部门评价，" + tail, "TX08") == [], tail
    text = _HEAD + "组织对3个项目开展部门评价，涉及2类资金120.00万元，分别为甲项目、乙项目、丙项目和丁项目。"
    assert run_check(text, "TX08") == []


def test_a_list_called_by_its_wholes_name_in_a_note_is_that_whole():
    """'因公出国（境）费、会议费、公务接待费（简称“三公”经费）支出合计 X': an item of no 三公 kind (会议费) broke the
    list of 三公 parts, so X was read as the last name's, 公务接待费, and held to its cell; the note names the
    whole the list adds to."""
    from finder.testing import THREE_PUBLIC_FINAL

    text = "三、“三公”经费支出情况说明\n2031年度因公出国（境）费、会议费、公务接待费（简称“三公”经费）支出合计{v}万元。\n"
    [c] = analysis_from(THREE_PUBLIC_FINAL, text.format(v="34.50"), 2031).claims
    assert (c.concept, c.status) == ("three_public", "verified")
    wrong = analysis_from(THREE_PUBLIC_FINAL, text.format(v="36.50"), 2031)
    assert [f.check for f in run_checks(wrong) if f.severity == "error"] == ["NT01"]
    # its items printed after it add up to no more than it
    text = "三、“三公”经费支出情况说明\n2031年度因公出国（境）费、会议费、公务接待费（简称“三公”经费）支出合计12.00万元，" \
           "其中：因公出国（境）费10.00万元，公务接待费9.50万元。\n"
    assert "AR04" in {f.check for f in run_checks(analysis_from({}, text, 2031)) if f.severity == "error"}


def test_a_note_on_one_name_or_of_no_whole_keeps_the_names_reading():
    """One name with the note is no list; a note naming no whole of the names ('含外事接待') says nothing."""
    for text, concept in (("公务接待费（简称“三公”经费）支出9.50万元。", "reception_fee"),
                          ("因公出国（境）费、会议费、公务接待费（含外事接待）支出9.50万元。", "reception_fee")):
        [c] = analysis_from({}, "三、“三公”经费支出情况说明\n2031年度" + text + "\n", 2031).claims
        assert c.concept == concept, text
