"""Gaps found by session 21's mutation driver over the real PDFs (one figure changed at a time in the parsed
paragraphs): every sentence here is made up, the shape of a real wording with other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, budget_analysis_from


def _found(text: str, budget: bool = False) -> list:
    a = (budget_analysis_from if budget else analysis_from)({}, text, 2031)
    return [f for f in run_checks(a) if f.severity in ("error", "warning")]


_NEW_ITEM = "1．某某缴费（项）支出 356.20 万元，与上年相比增加 {a} 万元。主要原因是根据相关政策新增该项缴费。\n"


def test_an_increase_larger_than_this_years_figure_leaves_a_negative_base():
    """'支出 356.20 万元，与上年相比增加 356.26 万元' (a new item whose increase is all of it, mistyped): with no rate
    printed, AR02 held nothing, though last year's figure V − A would be negative. A rise larger than the figure
    for certain is an error; one equal to it (a new item) or within the figures' rounding is not."""
    assert not _found(_NEW_ITEM.format(a="356.20"))
    assert not _found(_NEW_ITEM.format(a="300.00"))
    [f] = _found(_NEW_ITEM.format(a="356.26"))
    assert (f.check, f.severity) == ("AR02", "error") and "356.26" in f.message and "为负" in f.message
    # a fall of more than the figure is no contradiction (last year was larger); nor a coarse figure's rounding
    assert not _found(_NEW_ITEM.format(a="356.26").replace("增加", "减少"))
    assert not _found(_NEW_ITEM.format(a="356.4").replace("356.20", "356"))


def test_an_increase_of_a_figure_that_may_be_negative_is_not_read():
    """An operating result may turn negative (concepts.yml may_be_negative): its rise may exceed it."""
    text = "本年经营结余 12.00 万元，比上年增加 20.00 万元。\n"
    assert not [f for f in _found(text) if f.check == "AR02"]


_PROJECT = "2031年度项目总预算 860.00 万元，其中设备更新补助 {a} 万元。\n"


def test_a_budgets_lone_part_over_its_whole_is_read_in_a_budget():
    """'项目总预算 T 万，其中 A a 万' in a department's budget (a changed figure making a > T): the whole names the
    预算 period by its word, the part none (本年), so the two were held to be of different periods and the
    lone part was never compared. In a budget report its 预算 is the year's own (BUDGET_OWN_PERIODS)."""
    assert not _found(_PROJECT.format(a="860.00"), budget=True)
    assert not _found(_PROJECT.format(a="800.00"), budget=True)
    [f] = _found(_PROJECT.format(a="866.00"), budget=True)
    assert (f.check, f.severity) == ("AR04", "warning") and "866.00" in f.message and "一项大于总数" in f.message
    # in a final account a part of no period word under a budget figure may be the year's actual: not read
    assert not _found(_PROJECT.format(a="866.00"))
