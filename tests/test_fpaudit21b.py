"""False findings fpaudit21 left on correct made-up text: a project's own carry-over held to the department's
cell.

Every sentence here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

import re

import pytest

from finder.testing import new_findings
from plant_points import BUDGET

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

