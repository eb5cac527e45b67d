"""A whole's change against its parts' changes; a reason's direction against the change it explains (chgsum22).

Every sentence here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_FUNDS = ("支出预算 900 万元，其中：财政拨款支出预算 900 万元，比上年预算增加 {d} 万元。财政拨款支出预算中，"
          "一般公共预算拨款支出预算 600 万元，比上年预算减少 15 万元；政府性基金拨款支出预算 300 万元，比上年预算增加 {g} 万元；"
          "国有资本经营预算拨款支出预算 0 万元，比上年预算增加 0 万元。\n")


def _found(text: str, check: str) -> list:
    return [f for f in run_checks(analysis_from({}, text, 2032)) if f.check == check]


def test_the_funds_changes_add_to_the_whole_change():
    """−15 + 90 + 0 = 75: a printed 95 contradicts the funds it splits into (an error: every fund is listed)."""
    assert not [f for f in _found(_FUNDS.format(d=75, g=90), "AR04") if f.severity != "info"]
    [f] = _found(_FUNDS.format(d=95, g=90), "AR04")
    assert f.severity == "error" and "95" in f.message


def test_a_fund_said_flat_is_summed_as_unchanged():
    """Two of three funds with a change, the third said unchanged on last year ('0 万元，与上年持平'): it moved by no
    more than two figures printed '0' may differ (no table prints its two years), so −15 + 90 + [−0.5, 0.5] is read
    against the whole: 75 fits, 95 does not, a warning (the part's change is read from the word alone;
    test_nochange26). Said flat on another base ('与上年预算持平', no 持平 on 上年 for the claims stage) it still
    bounds nothing: the part left out may move either way."""
    flat = _FUNDS.replace("比上年预算增加 0 万元", "与上年持平")
    assert not _found(flat.format(d=75, g=90), "AR04")
    [f] = _found(flat.format(d=95, g=90), "AR04")
    assert f.severity == "warning" and "与上年持平" in f.message
    text = _FUNDS.format(d=95, g=90).replace("比上年预算增加 0 万元", "与上年预算持平")
    assert not _found(text, "AR04")


def test_a_complete_decompositions_changes_add_up():
    """“三公”经费 is its three parts: 2.00 − 1.00 + 4.00 = 5.00, not 5.10 (whole 万元 would fit: each ±0.5)."""
    text = ("“三公”经费预算 30.00 万元，比上年增加 {d} 万元。其中：因公出国（境）费 10.00 万元，比上年增加 2.00 万元；"
            "公务用车购置及运行维护费 12.00 万元，比上年减少 1.00 万元；公务接待费 8.00 万元，比上年增加 4.00 万元。\n")
    assert not [f for f in _found(text.format(d="5.00"), "AR04") if f.severity != "info"]
    assert [f.severity for f in _found(text.format(d="5.10"), "AR04")] == ["error"]


_REASON = ("收入预算 500 万元，其中：财政拨款收入 500 万元，比上年预算减少 30 万元。支出预算 500 万元，其中：财政拨款支出预算 "
           "500 万元，比上年预算减少 30 万元。\n财政拨款收入支出{w}的主要原因是会议费压减。\n")


def test_a_reason_said_of_the_other_direction():
    assert not _found(_REASON.format(w="减少"), "DR01")
    [f] = _found(_REASON.format(w="增加"), "DR01")
    assert f.severity == "warning" and "财政拨款收入" in f.message and "财政拨款支出" in f.message


def test_a_reason_in_the_sentence_of_its_change():
    text = "会议费 20.00 万元，比上年减少 5.00 万元，{w}的主要原因是会议次数减少。\n"
    assert not _found(text.format(w="减少"), "DR01")
    assert [f.severity for f in _found(text.format(w="增加"), "DR01")] == ["error"]


def test_direction_slips():
    """A doubled word is a slip of no doubt (info); two directions side by side leave the verdict unsaid."""
    assert [f.severity for f in _found("会议费 20 万元，比上年增加增加 5 万元。\n", "DR01")] == ["info"]
    assert [f.severity for f in _found("会议费 0 万元，与上年增加持平。\n", "DR01")] == ["warning"]


def test_a_nameless_reason_after_changes_of_two_figures_is_unread():
    text = "会议费 20.00 万元，比上年增加 5.00 万元，培训费 8.00 万元，比上年减少 2.00 万元，增加的主要原因是会议次数增加。\n"
    assert not _found(text, "DR01")
