"""Persons counts nest (AR04 count lists, arith.yml person_states nests).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、部门基本情况\n"


def _ar04(text: str, year: int = 2031):
    a = analysis_from({}, _HEAD + text, year)
    return [(f.check, f.severity, f.evidence[0].text) for f in run_checks(a) if f.check == "AR04"], a


def test_kinds_of_a_state_are_its_parts_not_the_heads():
    """'实有人数 N 人，其中在职人员 a 人，行政人员 b 人，事业人员 c 人，退休人员 d 人': the 行政 and 事业 persons are
    some of the 在职 ones, so a + b + c + d > N was a false AR04 error. Read as a tree the list adds up."""
    found, a = _ar04("2031年末本单位实有人数 26 人，其中在职人员 17 人，行政人员 11 人，事业人员 6 人，退休人员 9 人。\n")
    assert found == []
    persons = [c for c in a.claims if c.unit == "人"]
    assert len(persons) == 5 and all(c.status == "verified" for c in persons)
    # 离退休 holds 离休 and 退休 the same way, and 编制 names a kind as well as 人员 does
    found, a = _ar04("2031年末本单位实有人数 35 人，其中在职人员 22 人，行政编制 15 人，事业编制 7 人，"
                     "离退休人员 13 人，离休人员 2 人，退休人员 11 人。\n")
    assert found == []
    assert all(c.status == "verified" for c in a.claims if c.unit == "人")
    # the kinds in a note after their state's figure read the same
    found, _ = _ar04("2031年末本单位实有人数 26 人，其中在职人员 17 人（行政人员 11 人、事业人员 6 人），退休人员 9 人。\n")
    assert found == []


def test_each_level_of_the_tree_is_held_to_its_own_head():
    """The kinds adding to more than their state's figure, or the head's own items to more than the head: an
    error on that level's head."""
    found, _ = _ar04("2031年末本单位实有人数 26 人，其中在职人员 17 人，行政人员 11 人，事业人员 8 人，退休人员 9 人。\n")
    assert [(c, s) for c, s, _ in found] == [("AR04", "error")] and "在职人员 17 人" in found[0][2]
    found, _ = _ar04("2031年末本单位实有人数 26 人，其中在职人员 19 人，行政人员 11 人，事业人员 8 人，退休人员 9 人。\n")
    assert [(c, s) for c, s, _ in found] == [("AR04", "error")] and "实有人数 26 人" in found[0][2]
    # kinds with no state item of theirs in the list are the head's own items, and 聘用 is no kind of 在职:
    # parts really adding to more than the head stay an error
    found, _ = _ar04("2031年末本单位实有人数 26 人，其中行政人员 11 人，事业人员 6 人，退休人员 10 人。\n")
    assert [(c, s) for c, s, _ in found] == [("AR04", "error")]
    found, _ = _ar04("2031年末实有人数 31 人，其中：在职人员 19 人；聘用人员 3 人；退休人员 10 人。\n")
    assert [(c, s) for c, s, _ in found] == [("AR04", "error")]


def test_a_kind_printed_apart_from_its_state_leaves_the_list_unread():
    """'在职人员 a 人，行政人员 b 人，退休人员 d 人，事业人员 c 人': whether the 事业 persons are 在职 ones or the head's
    own is not certain from the order; the list is not summed (it was a false error)."""
    found, _ = _ar04("2031年末本单位实有人数 26 人，其中在职人员 17 人，行政人员 11 人，退休人员 9 人，事业人员 6 人。\n")
    assert found == []


def _named(text: str, year: int = 2031) -> list[tuple[str, str | None]]:
    a = analysis_from({}, "三、其他说明\n" + text, year)
    return [(c.raw_number or str(c.value), c.concept) for c in a.claims if c.kind == "amount"]


def test_an_amount_printed_before_its_name_after_a_budget_verb():
    """'因按照上年预算 N 万元公务接待费无法满足…': the name follows the figure's unit; the words before it ('因按照')
    were the subject, no concept. After a verb of concepts.yml named_after the name after the unit is the subject."""
    got = _named("因按照2030年预算4万元公务接待费无法满足年内接待需要，本年有所增加。\n")
    assert ("4", "reception_fee") in got
    got = _named("2031年拨付7.5万元公务用车运行维护费，较上年减少1万元。\n")
    assert ("7.5", "vehicle_operation_fee") in got
    got = _named("本年安排6万元用于公务接待费。\n")
    assert ("6", "reception_fee") in got
    # 用于 and the activity the fee pays for, the whole rest of the clause
    got = _named("本年安排9万元用于公务用车运行维护。\n")
    assert ("9", "vehicle_operation_fee") in got
    # a change verb ('新增了 N 万元政府性基金预算财政拨款-…资金': an increase and a part of the fund), a name running on
    # into another ('…公务接待费和会议费'), a clause holding another figure, a figure after 其中 or a use that is
    # not the whole rest of its clause ('…运行维护等') keep the reading as it was
    got = _named("主要原因是2031年新增了66.5万元政府性基金预算财政拨款-某某专项资金，用于设备购置。\n")
    assert all(cid is None for _, cid in got)
    got = _named("本年使用3万元公务接待费和会议费。\n")
    assert all(cid is None for _, cid in got)
    got = _named("本年安排8万元公务接待费2万元。\n")
    assert ("8", "reception_fee") not in got
    # after a part marker the figure may be only some of the fee's money ('项目支出 T，其中安排 a 万元用于…')
    got = _named("项目支出40万元，其中安排9万元用于公务用车运行维护。\n")
    assert ("9", "vehicle_operation_fee") not in got
    got = _named("本年安排9万元用于公务用车运行维护等。\n")
    assert ("9", "vehicle_operation_fee") not in got
