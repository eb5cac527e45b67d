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


def test_persons_paid_by_a_fund_make_an_excess_a_warning():
    """'实有人数 N 人，其中在职人员 a 人；…；由养老保险基金发放养老金的离退休人员 b 人': whether the retirees paid by
    the pension fund count in the unit's head count differs by report, so a + b > N was a false AR04 error."""
    text = "2031年末实有人数 31 人，其中在职人员 19 人，年末其他人员 0 人，由社保基金发放养老金的离退休人员 {b} 人。\n"
    found, a = _run(text.format(b="13"))
    assert found == [("AR04", "warning")]
    # the same list of no payer's words stays an error
    found, _ = _run("2031年末实有人数 31 人，其中在职人员 19 人，年末其他人员 0 人，离退休人员 13 人。\n")
    assert found == [("AR04", "error")]
    # every item named by its payer: the whole split by who pays, an excess is an error
    found, _ = _run("2031年末离退休人员 31 人，其中：单位发放离退休费的人员 19 人，养老保险基金发放养老金的人员 13 人。\n")
    assert found == [("AR04", "error")]


def test_an_item_after_a_semicolon_beyond_the_heads_clause_is_doubtful():
    """'实有人数 N 人，其中在职人员 a 人，…；退休人员 b 人': the '；' ends the head's clause, the item after it may be
    persons beside the head count: a warning. A list enumerated by '；' after a colon stays an error."""
    found, _ = _run("2031年末实有人数 31 人，其中在职人员 19 人，聘用人员 3 人；退休人员 10 人。\n")
    assert found == [("AR04", "warning")]
    found, _ = _run("2031年末实有人数 31 人，其中：在职人员 19 人；聘用人员 3 人；退休人员 10 人。\n")
    assert found == [("AR04", "error")]


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
