"""False findings of session 21's new readings (fpaudit21): a balance's rise past its figure.

Every sentence and row here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

import pytest

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、收入支出决算总体情况说明\n"


def _found(text: str) -> list[tuple[str, str]]:
    a = analysis_from({}, _HEAD + text + "\n", 2031)
    return [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"]


@pytest.mark.parametrize("name", ["本年收支结余", "事业结余", "非财政拨款结余", "年末结转和结余", "收支差额"])
def test_a_balance_may_rise_by_more_than_it_is(name):
    """A balance or a difference (concepts.yml may_be_negative_words) may turn from a deficit to a surplus: a rise
    of 20.00 to 12.00 left a base of −8, read as impossible (a false AR02 error), with or without a rate."""
    assert _found(f"{name} 12.00 万元，比上年增加 20.00 万元。") == []
    assert _found(f"{name} 12.00 万元，比上年增加 20.00 万元，增长 250.0%。") == []


def test_a_spending_figure_still_cannot_rise_by_more_than_it_is():
    assert _found("机关运行经费 30.00 万元，比上年增加 35.00 万元。") == [("AR02", "error")]
    assert _found("本年支出 0.30 亿元，比上年增加 3500.00 万元。") == [("AR02", "error")]   # 0.30 亿 ≤ 3050 万
    assert _found("本年支出 1.23 亿元，比上年增加 500.00 万元。") == []
