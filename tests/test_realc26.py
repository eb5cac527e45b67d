"""False findings met in a third set of real excerpts (realC26): a note item after a persons list, a list
closed by its sentence, two items whose subjects were cut alike; every sentence here is made up (the shape of
a real wording, other names and numbers)."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _analysis(text: str, year: int = 2031):
    a = analysis_from({}, text, year)
    return a, run_checks(a)


def _found(text: str, check: str, year: int = 2031) -> list:
    return [f for f in _analysis(text, year)[1] if f.check == check and f.severity != "info"]


# persons funded by the budget, then the retired as a note: the two items named '…财政供养人员' add up to it
_STAFF = ("2031年度示例区本级共52个一级预算部门，财政供养人员共计{w}人。其中：行政编制财政供养人员{a}人，"
          "事业编制财政供养人员{b}人，离退休人员{r}人（其中：离休3人，退休{rr}人）。\n")


def test_items_named_by_the_whole_add_up_and_the_note_is_left_out():
    """610 + 2,330 = 2,940: the two 财政供养人员 kinds are the whole; the 离退休 persons are a note beside it."""
    text = _STAFF.format(w="2,940", a="610", b="2,330", r="480", rr="477")
    a, found = _analysis(text)
    assert not [f for f in found if f.check == "AR04" and f.severity != "info"]
    staff = [c for c in a.claims if c.kind == "count" and c.subject.endswith("财政供养人员")]
    assert len(staff) == 3 and all(c.status == "verified" for c in staff)


def test_items_named_by_the_whole_still_checked_when_no_reading_adds_up():
    """2,950 is neither 610 + 2,330 = 2,940 nor 2,940 + 480 = 3,420: the list is still an error."""
    [f] = _found(_STAFF.format(w="2,950", a="610", b="2,330", r="480", rr="477"), "AR04")
    assert f.severity == "error" and "2,950" in f.message


# a 其中 sentence that adds up, then a sentence of its own with a figure of a known concept
_SPEND = ("1、一般公共预算执行情况\n2031年，区级一般公共预算收入88.20亿元，完成调整预算的100%。区级一般公共预算支出140.35亿元，完成调整预算的"
          "100%。其中：区级支出{a}亿元，为调整预算的100%；上级专项补助支出3.15亿元。一般债务还本支出5.40亿元。\n")


def test_list_closes_with_its_sentence_when_its_items_add_up():
    """137.20 + 3.15 = 140.35: the debt repayment of the next sentence is no part of the 支出."""
    assert not _found(_SPEND.format(a="137.20"), "AR04")


def test_list_over_sentences_still_read_when_its_own_sentence_does_not_add_up():
    """138.20 + 3.15 = 141.35 > 140.35 (and 146.75 with the repayment): the list is still reported."""
    [f] = _found(_SPEND.format(a="138.20"), "AR04")
    assert "140.35" in f.message


# two items of one adding sentence whose subjects are read alike ('上年结余'), told apart by their qualifiers
_SUM = ("2031年市级一般公共预算收入决算数52300万元，加上级补助收入160400万元，待偿债置换一般债券上年结余{x}万元，"
        "上年结转结余收入12650万元，调入资金90210万元，国债转贷资金上年结余{y}万元，收入总计{t}万元。\n")


def test_two_items_cut_to_one_subject_are_no_restatement():
    """'待偿债置换一般债券上年结余 150' and '国债转贷资金上年结余 7' are two items of one sum, not one figure."""
    assert not _found(_SUM.format(x="150", y="7", t="315717"), "NT03")


def test_same_name_printed_twice_in_one_sentence_is_still_a_restatement():
    """The rule keeps NT03 where the clause names are the same: 'X上年结余 150 … X上年结余 7' is one item twice."""
    text = ("2031年市级一般公共预算收入决算数52300万元，国债转贷资金上年结余150万元，调入资金90210万元，"
            "国债转贷资金上年结余7万元。\n")
    [f] = _found(text, "NT03")
    assert "150" in f.message and "7" in f.message
