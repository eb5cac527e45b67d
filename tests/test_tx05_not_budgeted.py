"""TX05 in budget reports: funds said not to be arranged (未安排) beside a nonzero budget figure.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import CheckOptions, _import_all, registry
from finder.testing import analysis_from

_HEAD = "一、“三公”经费预算情况说明\n"


def _run(text: str, kind: str = "budget"):
    _import_all()
    a = analysis_from({}, _HEAD + text)
    a.report.type = kind
    return list(registry.get("TX05").run(a, CheckOptions()))


def test_funds_not_arranged_beside_a_nonzero_budget_is_an_error():
    got = _run("公务接待费5.2万元，较上年持平，主要原因是该项经费本年未安排。\n")
    assert [(f.severity, f.args["amount"]) for f in got] == [("error", "5.2")]
    assert "该项经费本年未安排" in got[0].message


def test_funds_not_arranged_beside_a_zero_budget_is_fine():
    assert _run("公务接待费0万元，较上年持平，主要原因是该项经费本年未安排。\n") == []


def test_a_final_report_reads_not_arranged_as_no_budget_claim():
    # 决算: the figure is what was spent; '未安排' of the budget is no claim about it
    assert _run("公务接待费5.2万元，较上年持平，主要原因是该项经费本年未安排。\n", kind="final") == []


def test_no_trip_planned_beside_a_travel_budget_is_a_warning():
    got = _run("因公出国（境）费预算2万元，本年未安排出国计划。\n")
    assert [(f.severity, f.args["amount"]) for f in got] == [("warning", "2")]


def test_a_plan_of_another_item_says_nothing_of_the_figure():
    # the figure is the running cost; the purchase plan not arranged is another item's
    assert _run("公务用车运行费6万元，本年未安排公务用车购置计划。\n") == []


def test_funds_not_arranged_last_year_say_nothing_of_this_years_budget():
    assert _run("公务接待费4万元，为本年新增项目，上年未安排该项经费。\n") == []


def test_a_change_is_no_budget_level():
    assert _run("公务接待费比上年减少2万元，原因是该项经费本年未安排。\n") == []


def test_another_item_named_between_the_figure_and_the_phrase_keeps_quiet():
    # the phrase may speak of the purchase cost named after the figure, not of the figure's item
    assert _run("公务接待费3万元，公务用车购置费因该项经费本年未安排而不列预算。\n") == []


def test_a_section_on_last_years_spending_is_no_budget():
    text = ("二、上年“三公”经费决算情况\n"
            "公务接待费3万元，较上年持平，主要原因是该项经费本年未安排。\n")
    _import_all()
    a = analysis_from({}, text)
    a.report.type = "budget"
    assert list(registry.get("TX05").run(a, CheckOptions())) == []
