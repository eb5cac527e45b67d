"""A form's row whose 实际完成值 misses its numeric 年度指标值 yet scores its full 分值 (EV08, a warning).

Planted into corpora/synthetic/evaluation_filled.txt (its forms are there); the rows' figures are made up."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.testing import found_where_planted, planted

ROOT = Path(__file__).resolve().parent.parent
FILLED = ROOT / "corpora" / "synthetic" / "evaluation_filled.txt"

# the first project's row missed (4.6 of ≥5 万人次) and scored 13.8 of 15
_MISSED_ROW = "≥5 万人次	4.6 万人次	15	13.8"
# its timeliness row met (96% of ≥95%), scored in full
_MET_ROW = "活动按计划完成及时率	≥95%	96%	10	10"


def _ev08(analysis) -> list:
    return [f for f in analysis.findings if f.check == "EV08"]


def test_a_missed_figure_at_full_score_is_a_warning_with_its_cells(tmp_path):
    """The row printed 13.8 of 15 for its miss: scored 15 of 15, nothing said so (only grades were read)."""
    found = found_where_planted(FILLED, (_MISSED_ROW, "≥5 万人次	4.6 万人次	15	15", "EV08", "参与活动群众人次"),
                                tmp_path / "planted.txt")
    f = next(f for f in found if f.check == "EV08" and "参与活动群众人次" in f.message)
    assert f.severity == "warning"
    assert [e.column for e in f.evidence] == ["实际完成值", "年度指标值", "分值", "得分"]
    assert "4.6 万人次 ∈ [4.55, 4.65]" in f.computation and "≥ 5" in f.computation


@pytest.mark.parametrize("target,result", [("≥95%", "95%"), ("≥95.5%", "95%"), ("=100%", "100%"), ("=96%", "96%")])
def test_a_result_that_may_meet_the_target_within_its_rounding_is_no_miss(target, result, tmp_path):
    """'≥95.5%' against 95% (printed coarser than the target: [94.5, 95.5] may be 95.5): the result may meet the
    target; an '=' target met as printed is met."""
    a = planted(FILLED, _MET_ROW, f"活动按计划完成及时率	{target}	{result}	10	10", tmp_path / "planted.txt")
    assert not [f for f in _ev08(a) if "及时率" in f.message], [f.message for f in _ev08(a)]


@pytest.mark.parametrize("result", ["94.96%", "94%"])
def test_a_result_missing_for_certain_is_flagged(result, tmp_path):
    """94.96% is [94.955, 94.965]: below 95 whatever it rounded from."""
    a = planted(FILLED, _MET_ROW, f"活动按计划完成及时率	≥95%	{result}	10	10", tmp_path / "planted.txt")
    assert [f for f in _ev08(a) if "及时率" in f.message and f.severity == "warning"]


@pytest.mark.parametrize("row", ["活动按计划完成及时率	≤5 天	6 个工作日	10	10",
                                 "活动按计划完成及时率	90%-95%	80%	10	10",
                                 "活动按计划完成及时率	≥95%	80%	10	",
                                 "活动按计划完成及时率	12 月	10 月	10	10"])
def test_other_units_ranges_blank_scores_and_directionless_targets_are_unread(row, tmp_path):
    """Days against working days, a range, a blank 得分 (unknown), an unsigned month in a 时效 row (earlier is
    better): none is a certain miss at full score."""
    a = planted(FILLED, _MET_ROW, row, tmp_path / "planted.txt")
    assert not [f for f in _ev08(a) if "及时率" in f.message], [f.message for f in _ev08(a)]
