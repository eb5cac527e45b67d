"""False findings hunted in session 20's later readings (fpaudit20b): correct sentences, made up in other
provinces' wordings, that a new reading took for defects, each with a wrong twin that must still be found."""
from __future__ import annotations

from finder.testing import new_findings
from plant_points import UNIT, UNIT_ANCHOR, flagged


def test_a_denied_target_modifying_a_noun_is_no_verdict_on_the_result():
    """'实际完成 126 场，未达到预期目标的指标已全部整改': the denial names the indicators that missed (的 + noun),
    no verdict on this result, yet AR07 read it as 'said missed' (a false error). A verdict standing alone
    after the result is still held to it."""
    text = "举办培训场次目标值为≥120 场，实际完成126 场，{v}。"
    assert flagged(text.format(v="未达到预期目标的指标已全部整改")) == []
    assert flagged(text.format(v="未达到预期目标值的原因已在报告中说明")) == []
    assert flagged(text.format(v="未达到预期目标")) == [("AR07", "error")]
    assert flagged(text.format(v="未达到预期目标，原因是部分场次改为线上举办")) == [("AR07", "error")]


def test_a_change_explaining_or_splitting_the_item_before_it_leaves_the_list_unread():
    """'其中：教育支出增加 80 万元，主要是人员经费增加 30 万元；…其他支出减少 10 万元' (or '（其中：学前教育增加
    30 万元）'): the reason's or the part's change was summed as one more kind (130 ≠ 100, a false AR04
    warning). Which changes after it are kinds again is not known, so such a list is not read; a note inside a
    kind's name ('其他支出（含结转）') still leaves it read, and a wrong kind is found."""
    head = "支出总计 1000.00 万元，与2022年度相比，增加 100.00 万元，增长 11.11%。其中："
    assert flagged(head + "教育支出增加 80.00 万元，主要是人员经费增加 30.00 万元；科学技术支出增加 30.00 万元；"
                         "其他支出减少 10.00 万元。") == []
    assert flagged(head + "教育支出增加 80.00 万元（其中：学前教育增加 30.00 万元），科学技术支出增加 30.00 万元，"
                         "其他支出减少 10.00 万元。") == []
    named = head + "教育支出增加 80.00 万元，科学技术支出增加 30.00 万元，其他支出（含结转）减少 {c} 万元。"
    assert flagged(named.format(c="10.00")) == []
    assert flagged(named.format(c="20.00")) == [("AR04", "warning")]


def test_shares_of_a_whole_of_another_period_or_unit_do_not_name_every_part(tmp_path):
    """'因公出国（境）费支出决算 12.91 万元，占“三公”经费预算的 19.27%；…' (unit_filled's 三公 cells, shares of
    the budget 67.00): the three fees being every part of the 三公, their shares were held to add to 100%
    (a false AR04 error), and AR01 would hold them to the actuals' sum. Actuals over a budget, or a
    subunit's fees over the department's, are not the whole's parts; shares of the actual still are."""
    budget = ("因公出国（境）费支出决算 12.91 万元，占“三公”经费预算的 19.27%；公务用车购置及运行维护费支出决算 "
              "43.84 万元，占“三公”经费预算的 65.43%；公务接待费支出决算 4.75 万元，占“三公”经费预算的 7.09%。")
    assert new_findings(UNIT, UNIT_ANCHOR, budget, tmp_path) == []
    subunit = ("所属二级单位因公出国（境）费支出 20.00 万元，占本部门“三公”经费的 20.00%；公务用车购置及运行费支出 "
               "20.00 万元，占本部门“三公”经费的 20.00%；公务接待费支出 10.00 万元，占本部门“三公”经费的 10.00%。")
    assert flagged(subunit) == []
    actual = ("因公出国（境）费支出 20.00 万元，占“三公”经费的 {p}%；公务用车购置及运行费支出 20.00 万元，占“三公”经费的 "
              "40.00%；公务接待费支出 10.00 万元，占“三公”经费的 20.00%。")
    assert flagged(actual.format(p="40.00")) == []
    assert ("AR01", "warning") in flagged(actual.format(p="20.00"))


def test_another_item_said_flat_after_a_change_is_not_the_change_said_flat():
    """'其中：教育支出增加 110.00 万元，科学技术支出持平，其他支出减少 10.00 万元' (a change list's wording): the 持平
    of the next item was read as said of the change before it (a false DR01 error, '写较上年增加…又写持平').
    A 持平 with no base printed whose clause names something else before it is not the figure's; '，持平',
    '，同比持平' or the figure's own name ('，公务接待费持平') after a change still contradict it."""
    head = "支出总计 1000.00 万元，与2022年度相比，增加 100.00 万元。其中："
    assert flagged(head + "教育支出增加 110.00 万元，科学技术支出持平，其他支出减少 10.00 万元。") == []
    for flat in ("持平", "同比持平", "公务接待费持平"):
        assert flagged(f"公务接待费支出 5.00 万元，比上年增加 1.00 万元，{flat}。") == [("DR01", "error")], flat


def test_changes_on_another_base_than_the_wholes_make_no_change_list():
    """'支出总计…比上年增加 100 万元。其中：教育支出比年初预算增加 80 万元，…，其他支出比年初预算减少 10 万元': the
    items are changes on the budget, not on last year, so they need not add to the whole's change (a false
    AR04 warning when they did not). Items on the whole's own base are still summed."""
    head = "支出总计 1000.00 万元，比上年增加 100.00 万元。其中："
    other = head + "教育支出比年初预算增加 80.00 万元，科学技术支出比年初预算增加 50.00 万元，其他支出比年初预算减少 10.00 万元。"
    assert flagged(other) == []
    same = head + "教育支出比上年增加 80.00 万元，科学技术支出比上年增加 {b} 万元，其他支出比上年减少 10.00 万元。"
    assert flagged(same.format(b="30.00")) == []
    assert flagged(same.format(b="50.00")) == [("AR04", "warning")]
