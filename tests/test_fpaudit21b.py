"""False findings fpaudit21 left on correct made-up text: a project's own carry-over held to the department's
cell, a part's own 其中 item added to it, and a lone change of last year read on this year's figure.

Every sentence here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

import re

import pytest

from finder.testing import new_findings
from plant_points import BUDGET, flagged

_INCOME = re.compile(r"[^\n]*收入预算[\d.]+ 万元，其中：上年结转结余[^\n]*")


def _budget_income_anchor() -> str:
    return _INCOME.search(BUDGET.read_text(encoding="utf-8")).group()


@pytest.mark.parametrize("sentence", [
    "年度预算 80.00 万元，其中一般公共预算拨款 60.00 万元，上年结转 30.00 万元。",
    "项目总预算 80.00 万元，其中上年结转 30.00 万元。",
    "该项目上年结转 30.00 万元，主要用于设备购置。",
])
def test_a_projects_carry_over_is_not_the_departments(sentence, tmp_path):
    """A project's own funds (its list's head a budget of no year and no owner, or a project word) were held to the
    summary table's 上年结转结余: a false NT01 error and an NT03 warning against the department's own figure."""
    assert new_findings(BUDGET, _budget_income_anchor(), sentence, tmp_path) == []


def test_the_departments_years_budget_is_still_checked(tmp_path):
    found = new_findings(BUDGET, _budget_income_anchor(), "2031年度预算 80.00 万元，其中上年结转 30.00 万元。", tmp_path)
    assert ("NT01", "error") in [(c, s) for c, s, _ in found]


@pytest.mark.parametrize("sentence", ["收入预算总额3236.34万元。", "2031年收入预算总额3236.34万元。"])
def test_an_item_of_a_parts_own_list_is_not_added_to_it(sentence, tmp_path):
    """After '收入预算 T，其中：上年结转结余 a…' (a budget's 收入 its grand total), a restated total summed the generic
    收入 (read as the year's income) and its own item a: a false AR04 error, a counted twice."""
    assert new_findings(BUDGET, _budget_income_anchor(), sentence, tmp_path) == []


def test_parts_listed_side_by_side_are_still_summed(tmp_path):
    found = new_findings(BUDGET, _budget_income_anchor(),
                         "收入总计 3300.00 万元，其中：本年收入合计 3116.34 万元，上年结转结余 120.00 万元。", tmp_path)
    assert "AR04" in [c for c, _, _ in found]


def _found(text: str) -> list[tuple[str, str]]:
    return flagged(text, 2024)


def test_a_lone_change_of_another_year_is_not_this_years():
    """gaps21's join read a change in a paragraph of its own on this year's figure of its name before it; one whose
    sentence names last year ('2023年，收入增加 A' in the 2024 report) is 2023's rise: a false NT02 warning, 640.20 − A
    set against 2023's 590.10."""
    assert _found("2024年收入 640.20 万元。\n2023年收入 590.10 万元。\n2023年，收入增加 20.00 万元。") == []


@pytest.mark.parametrize("opening", ["2024年，收入增加 20.00 万元。", "收入比2023年增加 20.00 万元。"])
def test_a_lone_change_of_the_report_year_is_still_read(opening):
    assert _found("2024年收入 640.20 万元。\n2023年收入 590.10 万元。\n" + opening) == [("NT02", "warning")]
