"""Readings found by rewriting the filled national template's narrative the way other regions word it.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

import pytest

from finder.checks import run as run_checks
from finder.testing import analysis_from

_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、其他收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}


def _errors(a) -> list[tuple[str, str]]:
    return [(f.check, f.severity) for f in run_checks(a) if f.severity in ("error", "warning")]


@pytest.mark.parametrize("names", ["收入、支出总计", "收、支总计"])
def test_both_sides_totals_said_to_be_one_figure_with_jun_are_each_sides(names):
    """'收入、支出总计均为 X 万元' ('均为': each one's): 均 stayed in the subject ('支出总计均'), so X was
    read as the 支出总计 alone, the list's change after it ('收、支总计各增加 A') found no figure and a
    wrong change and rate passed unread."""
    text = ("一、收入支出决算总体情况说明\n2031年度" + names + "均为530.00万元。与上年相比，收、支总计各增加{a}万元，"
            "增长{p}%。\n")
    a = analysis_from(_SUMMARY, text.format(a="30.00", p="6.00"), 2031)
    assert [(c.subject, c.status) for c in a.claims][0] == (names, "verified")
    assert [c.status for c in a.claims] == ["verified"] * 3
    assert _errors(a) == []
    a = analysis_from(_SUMMARY, text.format(a="40.00", p="6.00"), 2031)
    assert ("AR02", "error") in _errors(a)


def _three_public(reception: str) -> dict:
    return {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "公开09表", "rows": [
        "项目\t行次\t年初预算数\t全年预算数\t决算数", "栏次\t\t1\t2\t3",
        f"一、“三公”经费支出\t1\t8.00\t{reception}\t{reception}", "1.因公出国（境）费\t2\t0.00\t0.00\t0.00",
        "2.公务用车购置及运行维护费\t3\t0.00\t0.00\t0.00", f"3.公务接待费\t6\t8.00\t{reception}\t{reception}"]}}


def test_a_figure_said_of_each_listed_item_is_held_against_each_items_cell():
    """'A、B均为 x' names x for each item: it was read as B's alone ('公务接待费均'), A's cell never
    compared; now each item's cell is, and one that differs contradicts it."""
    text = "七、“三公”经费支出情况说明\n因公出国（境）费、公务接待费均为0.00万元。\n"
    a = analysis_from(_three_public("0.00"), text, 2031)
    [c] = a.claims
    assert (c.extra["each_of"], c.status) == (["因公出国（境）费", "公务接待费"], "verified")
    a = analysis_from(_three_public("1.78"), text, 2031)
    assert [c.status for c in a.claims] == ["contradicted"]


@pytest.mark.parametrize("a_", ["30.00", "40.00"])
def test_a_change_of_both_totals_named_whole_joins_their_equal_figures(a_):
    """'收入总计 X 万元，支出总计 X 万元。与上年相比，收入总计、支出总计各增加 A 万元，增长 P%': the change
    of the two names had a group of its own, away from either figure, and was never checked. It is
    each name's, and both figures are stated alike before it: it is checked on that figure."""
    text = ("一、收入支出决算总体情况说明\n2031年度收入总计530.00万元，支出总计530.00万元。与上年相比，"
            "收入总计、支出总计各增加" + a_ + "万元，增长6.00%。\n")
    a = analysis_from(_SUMMARY, text, 2031)
    assert _errors(a) == ([] if a_ == "30.00" else [("AR02", "error")])


def test_a_change_of_both_totals_whose_figures_differ_stays_unread():
    """Two sides' figures printed unlike ('收入总计 530，支出总计 520'): which the change is of is
    unknown, so it is read on neither."""
    text = ("一、收入支出决算总体情况说明\n2031年度收入总计530.00万元，支出总计520.00万元。与上年相比，"
            "收入总计、支出总计各增加40.00万元，增长6.00%。\n")
    a = analysis_from(_SUMMARY, text, 2031)
    assert "AR02" not in [f.check for f in run_checks(a)]


@pytest.mark.parametrize("p", ["20.00", "25.00"])
def test_a_change_in_a_sentence_of_its_own_is_of_the_actual_not_the_budget_printed_after_it(p):
    """'“三公”经费决算数为 X 万元，年初预算数为 B 万元，为预算的 R%' then '“三公”经费决算数比上年增加 A 万元，
    增长 P%' (the budget printed after the actual): the change was recomputed on the latest figure
    of the concept, the budget B, and a right rate became a false AR02 warning."""
    text = ("七、财政拨款“三公”经费支出决算情况说明\n2031年度“三公”经费财政拨款支出决算数为60.00万元，"
            "年初预算数为80.00万元，为预算的75.00%。决算数小于预算数的主要原因是压减接待批次。\n"
            "2031年度“三公”经费财政拨款支出决算数比2030年度增加10.00万元，增长{p}%。\n").format(p=p)
    a = analysis_from(None, text, 2031)
    found = [(f.check, f.severity) for f in run_checks(a) if f.check == "AR02"]
    assert found == ([] if p == "20.00" else [("AR02", "warning")])


_ACROSS = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "公开07表", "rows": [
    "财政拨款“三公”经费\t\t\t\t\t\t\t\t\t\t\t",
    "合计\t\t因公出国（境）费\t\t公务用车购置及运行维护费\t\t\t\t\t\t公务接待费\t",
    "\t\t\t\t小计\t\t公务用车购置费\t\t公务用车运行维护费\t\t\t",
    "预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数",
    "20.00\t17.00\t5.00\t4.00\t10.00\t9.00\t6.00\t5.50\t4.00\t3.50\t5.00\t4.00"]}}


@pytest.mark.parametrize("x,status", [("4.00", "verified"), ("4.40", "contradicted")])
def test_the_domestic_reception_fee_is_the_reception_column_of_a_three_public_table_printed_across(x, status):
    """'国内公务接待费 X 万元（含外宾接待支出 a 万元）' against the national template's 三公 table, its items
    printed as columns: the 国内 fee was looked up in rows only, so it was unverifiable ('表中无
    “国内公务接待费”一项') and a wrong figure passed; the 公务接待费 column holds it, as its row does."""
    text = "七、“三公”经费支出情况说明\n国内公务接待费" + x + "万元（含外宾接待支出1.00万元）。\n"
    a = analysis_from(_ACROSS, text, 2031)
    assert [(c.raw, c.status) for c in a.claims if c.raw.startswith(x)] == [(x + "万元", status)]


@pytest.mark.parametrize("outbound,status", [("0.00", "verified"), ("2.00", "contradicted")])
def test_a_list_of_whole_names_of_unlike_length_is_not_cut_to_a_common_tail(outbound, status):
    """'因公出国（境）费、公务用车购置及运行维护费均为 0.00 万元': the list was read as names sharing the last
    one's tail ('货物、工程、服务采购规模'), giving '因公出国（境）费运行维护费', no figure's name, so the 0.00
    was the vehicles' alone and a nonzero 出国 cell passed. Names that are whole figures' names, and
    would be none with the tail, keep their printed form."""
    tables = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "公开09表", "rows": [
        "项目\t行次\t年初预算数\t全年预算数\t决算数", "栏次\t\t1\t2\t3",
        f"一、“三公”经费支出\t1\t8.00\t{outbound}\t{outbound}", f"1.因公出国（境）费\t2\t8.00\t{outbound}\t{outbound}",
        "2.公务用车购置及运行维护费\t3\t0.00\t0.00\t0.00", "3.公务接待费\t6\t0.00\t0.00\t0.00"]}}
    text = "七、“三公”经费支出情况说明\n因公出国（境）费、公务用车购置及运行维护费均为0.00万元。\n"
    [c] = analysis_from(tables, text, 2031).claims
    assert (c.extra.get("each_of"), c.status) == (["因公出国（境）费", "公务用车购置及运行维护费"], status)
