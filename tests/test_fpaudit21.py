"""False findings of session 21's new readings (fpaudit21): a balance's rise past its figure, and counts of
unwanted events read inside longer nouns or found by an inspection.

Every sentence and row here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.testing import planted
from plant_points import flagged, read

_HEAD = "一、收入支出决算总体情况说明\n"
_FILLED = Path(__file__).resolve().parent.parent / "corpora" / "synthetic" / "evaluation_filled.txt"
_QUALITY_ROW = "活动方案审核通过率	=100%	100%	10	10"      # a 质量指标 row of the first project's form


def _found(text: str) -> list[tuple[str, str]]:
    return flagged(text, 2031, _HEAD)


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


@pytest.mark.parametrize("name", ["突发事件数据上报及时率", "投诉数字化办理率", "受理投诉件数", "发现安全隐患数",
                                  "查出违规件数"])
def test_a_sentence_on_no_count_of_unwanted_events_is_read_the_more_the_better(name):
    """'事件数据' and '投诉数字化' hold a count word inside another noun; complaints received and hazards found by
    an inspection (appendix.yml handled) are the work done: a target of 95 (or 50) met by 98 was a false AR07."""
    unit = "%" if name.endswith("率") else " 个"
    assert _found(f"{name}年度目标值为95{unit}，实际完成98{unit}，达到预期目标。") == []
    assert _found(f"{name}年度目标值为95{unit}，实际完成90{unit}，达到预期目标。") == [("AR07", "error")]


def test_a_rate_of_a_count_of_unwanted_events_is_no_count():
    """'投诉数量下降率…为 10%' is read with the subject '投诉数量': a target in % of a count name is a rate of it."""
    assert _found("投诉数量下降率年度目标值为10%，实际完成12%，达到预期目标。") == []
    assert _found("投诉件数年度目标值为3 件，实际完成5 件，达到预期目标。") == [("AR07", "error")]


def _row_findings(row: str, tmp_path) -> list:
    a = planted(_FILLED, _QUALITY_ROW, row, tmp_path / "planted.txt")
    name = row.split("\t")[0]
    return [(f.check, f.severity) for f in a.findings if f.severity != "info" and f"“{name}”" in f.message]


@pytest.mark.parametrize("row", ["突发事件数据上报及时率	95%	98%	10	10", "投诉数量下降率	10%	12%	10	10",
                                 "发现安全隐患数	50 个	60 个	10	10", "安全事故起数下降比例	10%	12%	10	10"])
def test_rows_of_no_count_of_unwanted_events_are_met_above_their_target(row, tmp_path):
    assert _row_findings(row, tmp_path) == []


@pytest.mark.parametrize("word", ["累计", "两年"])
def test_a_cumulative_use_under_qizhong_is_no_part_of_the_years_figure(word):
    """'其中 a 万元用于A，累计 b 万元用于B': the second amount is of more years than its whole (arith.yml use_lists
    not_parts, read in each use's clause before its amount); the list was summed (a false AR04 warning)."""
    assert _found(f"项目支出 64.51 万元，其中 40.00 万元用于开展培训，{word} 70.00 万元用于购置设备。") == []
    assert _found("项目支出 64.51 万元，其中 40.00 万元用于开展培训，70.00 万元用于购置设备。") == [("AR04", "warning")]
    # a use named by a word of not_parts is still the year's: '用于预算绩效评价' after the amount
    assert _found("项目支出 64.51 万元，其中 20.00 万元用于预算绩效评价，50.00 万元用于购置设备。") == [("AR04", "warning")]


_LISTED = "2031年收入 640.20 万元，其中：财政拨款收入 600.00 万元，其他收入 40.20 万元。\n"


@pytest.mark.parametrize("sep", ["\n", ""])
def test_a_generic_name_after_a_comparison_phrase_is_not_the_last_items(sep):
    """'…，其他收入 40.20 万元。' ⏎ '与上年相比，收入增加 50.10 万元': 收入 opening its sentence after the comparison
    phrase names the year's income, not the 其他收入 whose name holds it; read on 其他收入 the rise left a base of −9.9
    (a false AR02 error since the negative-base reading)."""
    a, found = _read(_LISTED.rstrip("\n") + sep + "与上年相比，收入增加 50.10 万元，主要原因是业务量增加。")
    assert found == [] and a.claims[-1].subject == "收入"


def test_an_items_own_change_still_meets_a_negative_base():
    """The item's change in its own clause is the item's: a rise past it is an error."""
    _, found = _read(_LISTED.replace("40.20 万元。", "40.20 万元，比上年增加 50.10 万元。"))
    assert found == [("AR02", "error")]


def _read(text: str):
    return read(text, 2031, _HEAD)
