"""Readings mended by the lead in session 21: made-up sentences planted into the synthetic unit report."""
from __future__ import annotations

import re

import pytest

from finder.testing import new_findings
from plant_points import UNIT

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
