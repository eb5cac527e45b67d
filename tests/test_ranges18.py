"""Ranges and durations in the prose (session 18): every number accounted for, none misread.

Every sentence here is made up."""
from __future__ import annotations

from finder.testing import analysis_from

_HEAD = "一、收入支出决算总体情况说明\n本部门情况如下。"


def _ledger(text: str):
    a = analysis_from({}, _HEAD + text)
    return a.claims, a.non_claims, a.unclassified


def test_a_range_is_no_figure_and_no_number_is_left_unclassified():
    """'30-45分钟' was a score of 45 分 (分 of 分钟) with 30 unclassified; '20-30人' two counts of persons;
    '3～5 天' left 3 unclassified. A range of values closed by a unit is a non-claim, both ends."""
    claims, non, loose = _ledger("每次会议时长30-45分钟，接待人数20-30人，单车运行维护费控制在2万元至3万元之间，培训 3～5 天。")
    assert claims == [] and loose == []
    assert sorted(n.raw for n in non if n.reason == "range") == ["2", "20", "3", "3", "30", "30", "45", "5"]


def test_minutes_and_hours_are_counts_not_scores():
    claims, _, loose = _ledger("平均响应时间15分钟，办结时限24小时，满意度得分95分。")
    assert [(c.kind, str(c.value), c.unit) for c in claims] == [
        ("count", "15", "分钟"), ("count", "24", "小时"), ("score", "95", "分")]
    assert loose == []


def test_a_change_to_a_level_is_no_range():
    """'由 90% 提高至 95%', '增加到 30 人': a level reached, not a range; both figures stay claims."""
    claims, non, _ = _ledger("预算执行率由90%提高至95%，在职人员由25人增加到30人。")
    assert not [n for n in non if n.reason == "range"]
    assert [str(c.value) for c in claims] == ["90", "95", "25", "30"]
