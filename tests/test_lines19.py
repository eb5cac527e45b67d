"""Lists whose items are printed on lines of their own after the paragraph that announces them (session 19).

Every text here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, run_check

_SECTION = "二、收入支出决算情况说明\n"


def _roles(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.text) for p in analysis_from({}, text).report.paragraphs]


def test_no_cars_bought_is_not_having_no_cars():
    """'（1）本年无公务用车购置预算安排。' says no car is to be bought: read as '无公务用车' (no cars at all) it
    was held against the running costs of the cars the unit has (a false TX05 warning)."""
    head = "一、“三公”经费预算情况\n“三公”经费预算总额为90.00万元，其中公务用车运行维护费41.00万元。\n"
    assert run_check(head + "本单位无公务用车购置预算安排。\n", "TX05") == []
    [found] = run_check(head + "本单位无公务用车。\n", "TX05")
    assert found.severity == "warning" and found.evidence[0].text == "本单位无公务用车。"
