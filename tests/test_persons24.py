"""Persons counts (AR04 count lists): a part whose inclusion in the head count is doubtful by its wording makes an
excess a warning, and a state name ending a qualified longer one ('退休人员' in '…的离退休人员') is no name it holds.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、部门基本情况\n"


def _run(text: str, year: int = 2031):
    a = analysis_from({}, _HEAD + text, year)
    return [(f.check, f.severity) for f in run_checks(a) if f.check == "AR04"], a


def test_a_state_ending_a_qualified_longer_state_is_another_kind():
    """'实有人数 N 人，其中在职人员 a 人，离休人员 0 人，退休人员 b 人（不含…）；…；由养老保险基金发放养老金的离退休人员 c
    人': '退休人员' ends '…离退休人员', so the list read as a subtotal with its parts and stayed unread even when it
    adds up. Cut by a qualifier, the longer name is a kind of its own: the list adds up and verifies its figures."""
    text = ("2031年末实有人数 {n} 人，其中在职人员 40 人，离休人员 0 人，退休人员 2 人（不含由养老保险基金发放养老金的"
            "离退休人员）；年末其他人员 0 人；年末学生人数 0 人；由养老保险基金发放养老金的离退休人员 21 人。\n")
    found, a = _run(text.format(n="63"))
    assert found == []
    persons = [c for c in a.claims if c.unit == "人"]
    assert len(persons) == 7 and all(c.status == "verified" for c in persons)
    # a bare 离退休 beside 退休 still holds its name: that list stays unsummed
    found, a = _run("2031年末实有人数 63 人，其中：在职 40 人，退休人员 2 人，离退休人员 21 人。\n")
    assert found == [] and not any(c.status == "verified" for c in a.claims if c.unit == "人")
