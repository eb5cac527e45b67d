"""AR04 on use lists: a figure and the amounts named as its uses ('主要用于…', numbered items after '主要为：').

Every sentence here is made up: the shape of a report's wording, other names and numbers."""
from __future__ import annotations

import pytest

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、收入支出决算总体情况说明\n"


def _ar04(text: str) -> list:
    return [f for f in run_checks(analysis_from({}, _HEAD + text)) if f.check == "AR04"]


@pytest.mark.parametrize("text", [
    "项目支出 200.00 万元，主要用于：1.场馆修缮 120.00 万元；2.档案数字化 90.00 万元。",
    "项目支出 200.00 万元，主要用于场馆修缮 120.00 万元、档案数字化 90.00 万元。",
    "项目支出 2000000 元，主要用于场馆修缮 120.00 万元、档案数字化 90.00 万元。",
    "项目支出 200.00 万元，具体为场馆修缮 120.00 万元，档案数字化 90.00 万元。",
])
def test_main_uses_adding_to_more_than_their_figure_are_an_error(text):
    """The uses a figure was spent on, whether all of them or the main ones, cannot add to more than it
    (210 against 200, in 元 or 万元 alike); this passed silently."""
    [f] = _ar04(text)
    assert f.severity == "error" and "200" in f.message and "[209.99, 210.01]" in f.message.replace("[2099900, 2100100]元", "[209.99, 210.01]")


@pytest.mark.parametrize("text", [
    "项目支出 200.00 万元，主要用于场馆修缮 120.00 万元、档案数字化 80.00 万元。",
    "项目支出 200.00 万元，主要用于场馆修缮 120.00 万元、档案数字化 60.00 万元。",      # the main ones, not all
    "项目支出 200.0 万元，主要用于场馆修缮 120.03 万元、档案数字化 80.02 万元。",      # within rounding
])
def test_main_uses_within_their_figure_are_silent(text):
    assert _ar04(text) == []


def test_a_list_said_to_be_all_of_it_must_add_up_to_it():
    """'全部用于' or a list closed by the rest (其他) names every use: a shortfall is a warning (read from
    words), an exact sum is silent."""
    [f] = _ar04("项目支出 200.00 万元，全部用于场馆修缮 120.00 万元、档案数字化 60.00 万元。")
    assert f.severity == "warning" and "所列用途读作全部" in f.computation
    [f] = _ar04("项目支出 200.00 万元，主要用于场馆修缮 120.00 万元、档案数字化 60.00 万元、其他 10.00 万元。")
    assert f.severity == "warning"
    assert _ar04("项目支出 200.00 万元，全部用于场馆修缮 120.00 万元、档案数字化 80.00 万元。") == []


def test_numbered_uses_on_the_lines_after_the_figure():
    """'…主要为：' closing its line, then numbered items each opening with its amount: the first amount of
    each item is a use; an item's own 其中 list and its change on last year are not."""
    text = ("项目支出 200.00 万元，主要为：\n（一）场馆修缮项目 120.00 万元，其中材料 70.00 万元。\n"
            "（二）档案数字化项目 {b} 万元，比上年增加 30.00 万元。\n")
    [f] = _ar04(text.format(b="90.00"))
    assert f.severity == "error" and "场馆修缮项目 120.00 + 档案数字化项目 90.00" in f.message
    assert _ar04(text.format(b="80.00")) == []


@pytest.mark.parametrize("tail", [
    "二、收入决算情况说明\n（二）档案数字化项目 90.00 万元。\n",     # a heading ends the items
    "（三）档案数字化项目 90.00 万元。\n",                          # out of order
    "1.档案数字化项目 90.00 万元。\n",                              # another numbering
    "另有档案数字化项目 90.00 万元。\n",                            # no item
])
def test_numbered_uses_stop_where_the_items_stop(tail):
    assert _ar04("项目支出 200.00 万元，主要为：\n（一）场馆修缮项目 120.00 万元。\n" + tail) == []


@pytest.mark.parametrize("text", [
    # parts of two wholes in one sentence: 项目支出 is no use of 基本支出
    "基本支出 100.00 万元，主要用于人员经费 60.00 万元、公用经费 40.00 万元；项目支出 200.00 万元，主要用于场馆修缮 120.00 万元。",
    # a use's own 其中 list
    "项目支出 200.00 万元，主要用于场馆修缮 120.00 万元，其中材料 70.00 万元、人工 50.00 万元；档案数字化 80.00 万元。",
    # a use's parts named by 含, and the uses' own sum, are no uses
    "项目支出 200.00 万元，主要用于场馆修缮 120.00 万元，含材料 70.00 万元、人工 40.00 万元。",
    "项目支出 200.00 万元，主要用于场馆修缮 120.00 万元、档案数字化 80.00 万元，合计 200.00 万元。",
    # cumulative, multi-year, last year's figures
    "项目支出 200.00 万元，主要用于场馆修缮 120.00 万元、档案数字化项目累计投入 150.00 万元。",
    "项目支出 200.00 万元，主要用于场馆修缮 120.00 万元、档案数字化三年总投资 150.00 万元。",
    "项目支出 200.00 万元，主要用于场馆修缮 120.00 万元，上年为 150.00 万元。",
    # budget beside actual inside a use, in words or in brackets
    "项目支出 200.00 万元，主要用于场馆修缮预算 150.00 万元，实际支出 120.00 万元。",
    "项目支出 200.00 万元，主要用于场馆修缮 120.00 万元（预算 150.00 万元）、档案数字化 70.00 万元。",
    "项目支出 200.00 万元，主要为：\n（一）场馆修缮项目预算 150.00 万元，实际支出 120.00 万元。\n（二）档案数字化项目 70.00 万元。\n",
    # the use is of the change, not of the figure
    "项目支出 200.00 万元，比上年增加 120.00 万元，主要用于场馆修缮 120.00 万元、档案数字化 90.00 万元。",
    # a change ends the list
    "项目支出 200.00 万元，主要用于场馆修缮 120.00 万元，增长 20.00%，档案数字化 90.00 万元。",
    # an approximate use; no use right after the marker
    "项目支出 200.00 万元，主要用于场馆修缮约 120.00 万元、档案数字化 90.00 万元。",
    "项目支出 200.00 万元，用于保障正常运转；档案数字化经费 120.00 万元，场馆修缮经费 90.00 万元。",
])
def test_figures_that_are_no_uses_of_the_whole_are_not_summed(text):
    assert _ar04(text) == []


def test_a_list_cut_by_a_figure_of_another_kind_is_not_read_as_all():
    """'全部用于' a list that a change cuts short: the amounts after the change may be uses too, so only
    exceeding the whole is judged."""
    assert _ar04("项目支出 200.00 万元，全部用于场馆修缮 120.00 万元、档案数字化 60.00 万元，增长 5.00%，"
                 "设备购置 20.00 万元。") == []
    [f] = _ar04("项目支出 200.00 万元，全部用于场馆修缮 120.00 万元、档案数字化 60.00 万元。")
    assert f.severity == "warning"


def _grouped(total: str, first: str, rest: str = "5.00") -> dict:
    return {"income": {"title": "收入预算总表", "number": "公开02表", "rows": [
        "项目名称\t\t金额", f"收入总计\t\t{total}",
        f"一般公共预算资金\t小计\t{first}", "\t公共财政拨款资金\t90.00", "\t专项收入\t10.00",
        f"其他资金\t小计\t{rest}", "\t事业收入\t", "\t其他收入\t5.00",
        "上年结转和结余资金\t小计\t3.00", "\t其中：动用上年结转和结余资金\t8.00"]}}


def _tb02(tables: dict) -> list:
    return [f for f in run_checks(analysis_from(tables, "一、收入预算情况\n")) if f.check == "TB02"]


def test_a_group_subtotal_adds_up_the_rows_of_its_group():
    """A budget's 收入预算总表 prints each fund as a group: '其他资金 | 小计 | a' over rows whose group column is
    blank. The 小计 was summed by nothing, so a group whose rows did not add up passed."""
    assert _tb02(_grouped("108.00", "100.00")) == []
    [f] = _tb02(_grouped("108.00", "110.00"))
    assert f.severity == "error" and "“一般公共预算资金”的“小计”" in f.message and "[99.99, 100.01]" in f.message
    [f] = _tb02(_grouped("108.00", "100.00", rest="6.00"))
    assert "“其他资金”" in f.message and "“事业收入”、“其他收入”" in f.message


def test_a_group_listing_only_its_qizhong_row_is_not_summed():
    """'上年结转和结余资金 | 小计 | 3.00' over '其中：动用…' (8.00 here): a 其中 row is part of it, not its whole
    breakdown, and the layout is no flat list; it stays unread."""
    assert all("上年结转和结余资金" not in f.message for f in _tb02(_grouped("108.00", "100.00")))


def _summary(first: str, below: list[str]) -> dict:
    return {"income_expense_summary": {"title": "收支预算总表", "number": "公开01表", "rows": [
        "收入\t\t支出\t", "项目\t金额\t项目\t金额",
        "一、财政拨款\t100.00\t一、基本支出\t80.00", f"{below[0]}\t{first}\t二、项目支出\t30.00",
        *[f"{b}\t10.00\t\t" for b in below[1:]], "二、其他资金\t10.00\t\t", "收入总计\t110.00\t支出总计\t110.00"]}}


def _tb03(tables: dict) -> list:
    return [f for f in run_checks(analysis_from(tables, "一、收支预算总体情况\n", 2031)) if f.check == "TB03"]


def test_a_numbered_items_own_breakdown_adds_to_no_more_than_it():
    """A budget summary's '一、财政拨款' over '1.一般公共预算', '2.政府性基金预算': the breakdown was left out of
    every sum (the items add up to the total without it), so a fund figure above its item passed. It may
    leave a fund out, so only a sum above the item is a finding."""
    funds = ["1.一般公共预算", "2.政府性基金预算"]
    [f] = _tb03(_summary("95.00", funds))
    assert f.severity == "error" and "“一、财政拨款”为 100.00" in f.message and "[104.99, 105.01]" in f.message
    assert _tb03(_summary("90.00", funds)) == []
    assert _tb03(_summary("80.00", funds)) == []                         # a fund left out: no more than it
    assert _tb03(_summary("95.00", ["其中：一般公共预算", "政府性基金预算"])) == []   # no numbered breakdown
    assert _tb03(_summary("95.00", ["1.一般公共预算", "3.政府性基金预算"])) == []     # out of order


def test_a_list_another_reading_found_wrong_is_reported_once():
    """'本年支出 T，包括基本支出 a、项目支出 b': the decompositions already hold b + a to T; the use list reading
    the same whole and parts adds no second finding."""
    [f] = _ar04("本年支出 200.00 万元，包括基本支出 120.00 万元、项目支出 90.00 万元。")
    assert f.severity == "error"
