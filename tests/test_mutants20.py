"""Gaps found by session 20's mutation driver over narrative-only reports and evaluation appendices (a
verdict word flipped, a share changed where its whole is printed nowhere): every sentence here is made up,
the shape of a real wording with other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _found(text: str, tables=None) -> list:
    return [f for f in run_checks(analysis_from(tables or {}, text, 2031)) if f.severity in ("error", "warning")]


_SUMMARY = ("（一）项目绩效目标完成情况\n"
            "一是开展农技培训场次年度目标值为≥80 场，实际完成{done} 场，{verdict}预期目标；"
            "二是培训满意度年度目标值为≥90%，实际完成93%，达到预期目标。\n")


def test_a_target_said_missed_while_the_printed_result_meets_it():
    """'目标值为≥80 场，实际完成 86 场，未达到预期目标': the sentence's own figures say the target was met, so its
    verdict contradicts them; AR07 read only the other way round (said met, result short)."""
    assert not _found(_SUMMARY.format(done="86", verdict="达到"))
    assert not _found(_SUMMARY.format(done="74", verdict="未达到"))
    [f] = _found(_SUMMARY.format(done="86", verdict="未达到"))
    assert (f.check, f.severity) == ("AR07", "error") and "86 场" in f.message and "≥80 场" in f.message
    [f] = _found(_SUMMARY.format(done="74", verdict="达到"))
    assert f.check == "AR07" and "74 场" in f.message
    # a result equal to the target meets it; '没有完成年度目标' is a denial too
    [f] = _found(_SUMMARY.format(done="80", verdict="没有完成年度目标，").replace("没有完成年度目标，预期目标", "没有完成年度目标"))
    assert f.check == "AR07" and "80 场" in f.message


def test_a_missed_verdict_not_right_after_the_result_is_not_read():
    """A denial further on in the item may be about something else ('…实际完成 86 场，受众覆盖面未达到预期目标'):
    only a verdict right after the result is its own."""
    text = _SUMMARY.format(done="86", verdict="受众覆盖面未达到")
    assert not [f for f in _found(text) if f.check == "AR07"]
