"""Readings mended by the lead in session 21: made-up sentences planted into the synthetic unit report."""
from __future__ import annotations

import re

import pytest

from finder.testing import new_findings
from plant_points import UNIT, read

_SUMMARY = "使用非财政拨款结余42.80 万元，主要是所属学院动用以前年度事业基金弥补当年收支差额。"
_INCOME = re.search(r"附属单位上缴收入36\.50 万元，占本年收入合计的0\.84%[^\n]*", UNIT.read_text(encoding="utf-8")).group()


@pytest.mark.parametrize("anchor", [_SUMMARY, _INCOME])
@pytest.mark.parametrize("sentence", ["收入总额4466.18万元。", "收入总额4344.98万元。", "本年收入总计4344.98万元。",
                                      "本年收入总计4466.18万元。", "支出总额4252.61万元。"])
def test_a_name_reports_print_for_either_total_agrees_with_either(tmp_path, anchor, sentence):
    """'收入总额 X' and '本年收入总计 X' are the year's income (本年收入合计 4344.98) in some reports and the grand total
    with the carry-over (总计 4466.18) in others: either agrees. '支出总额 X' under the heading of the income
    section is still the expenditure's (it was held to the heading's 本年收入合计: a false NT01 and, through it,
    a false AR01 on the next share of 本年收入合计)."""
    assert new_findings(UNIT, anchor, sentence, tmp_path) == []


def test_a_total_fitting_neither_reading_is_a_warning(tmp_path):
    found = new_findings(UNIT, _SUMMARY, "收入总额4400.00万元。", tmp_path)
    assert [f[:2] for f in found] == [("NT01", "warning")] and "4400.00" in found[0][2]


def _read(text: str, year: int = 2030):
    return read(text, year, messages=True)


_NOTED = ("2030年，本部门“三公”经费财政拨款预算 4700.00 万元，实际支出 4300.00 万元。其中：因公出国（境）费预算 1500.00 "
          "万元（含援外医疗队支出 500.00 万元），实际支出 1300.00 万元（含援外医疗队支出 400.00 万元）；公务用车购置及运行费"
          "预算 2700.00 万元（含援外医疗队公务用车购置及运行费 1200.00 万元），实际支出 2600.00 万元（含援外医疗队公务用车"
          "购置及运行费 1100.00 万元）；公务接待费预算 500.00 万元，实际支出 400.00 万元。")


@pytest.mark.parametrize("sentence", [
    _NOTED,
    "本部门公务用车购置及运行费 2600.00 万元，其中援外医疗队公务用车购置及运行费 1100.00 万元。",
    "本部门公务用车购置及运行费 2600.00 万元（其中：援外医疗队公务用车购置及运行费 1100.00 万元）。",
])
def test_a_part_named_by_words_of_its_own_before_the_wholes_name_is_no_figure_of_it(sentence):
    """'（含援外医疗队公务用车购置及运行费 a 万元）' after the 公务用车购置及运行费's figure names a part of it (words of its
    own before the concept's name, after 含 / 其中): it was read as the concept's own figure, so the concept had two
    values (a false NT03 error) and the part was summed with the whole's parts (a false AR04 error). And a figure in
    a note right after a figure is of that figure's period (the budget's part, the actual's part)."""
    a, found = _read(sentence)
    assert not found, found
    part = next(c for c in a.claims if c.raw.startswith("1100.00"))
    assert part.concept is None and part.extra["part_of"] == "vehicle_fee" and part.subject.startswith("援外医疗队")
    assert part.status == "unverifiable"
    if sentence is _NOTED:
        assert next(c for c in a.claims if c.raw.startswith("1200.00")).period == "预算"


def test_the_whole_stated_twice_is_still_a_restatement():
    """Only words of its own make a part: the concept's name again after 其中 with another figure is still read as
    the concept (a restatement), and '本部门' names no part."""
    _, found = _read("本部门公务用车购置及运行费 2600.00 万元。本部门公务用车购置及运行费 2500.00 万元。")
    assert any(f[0] == "NT03" for f in found)


_THREE = ("2030年度“三公”经费财政拨款支出决算为 34.00 万元。其中：因公出国（境）费支出决算为 1.00 万元；公务用车购置及运行维护"
          "费支出决算为 30.00 万元，其中：公务用车购置支出决算为 18.00 万元，公务用车运行维护费支出决算为 12.00 万元；公务接待费"
          "支出决算为 {reception} 万元。")


def test_a_sibling_read_under_a_named_parts_list_is_still_summed():
    """公务接待费 after the vehicle fee's own 其中 list is read under that head (its whole_head), and AR04's guard for an
    item within another part's list (fpaudit21b: a generic 收入 holding its carry-over) dropped it, so the 三公 total
    of a real district office report went unverified. Only a part named by a generic word may hold a sibling."""
    a, found = _read(_THREE.format(reception="3.00"))
    assert not found
    assert a.claims[0].status == "verified"
    _, found = _read(_THREE.format(reception="4.00"))
    assert any(f[0] == "AR04" and f[1] == "error" for f in found), found


_LISTED = "2031年“三公”经费支出 4158.00 万元，其中：因公出国（境）费 358.00 万元，公务接待费 1000.00 万元，公务用车购置及运行费 2800.00 万元。{again}比2030年减少 830.00 万元，下降 20.00%。"


def test_a_change_opening_its_own_sentence_after_a_list_is_a_warning():
    """'…，其中：A a，B b。比上年减少 D，下降 P%' (realtext21's case, made-up figures): the subject-less change is read on the
    list's last item, though it may be the head's; when neither fits, what it implies is a warning, not an error.
    Naming the item again makes it the item's: an error."""
    _, found = _read(_LISTED.format(again=""), 2031)
    assert [f[:2] for f in found] == [("AR02", "warning")]
    _, found = _read(_LISTED.format(again="公务用车购置及运行费"), 2031)
    assert [f[:2] for f in found] == [("AR02", "error")]
