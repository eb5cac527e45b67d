"""Gaps found by session 18's new mutation kinds (a completion rate of two amounts, a list item under a
'N大X总计' total): every sentence here is made up, the shape of a real wording with other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_ARRIVAL = "（二）项目支出绩效自评情况\n项目资金落实：计划投入资金{plan}万元，实际到位资金600万元，资金到位率{verb}为{p}%。\n"


def _errors(text: str) -> list:
    return [f for f in run_checks(analysis_from({}, text, 2031)) if f.severity in ("error", "warning")]


def test_a_rate_after_a_planned_and_a_done_amount_is_done_over_planned():
    """'计划投入资金 A 万元，实际到位资金 B 万元，资金到位率 P%': the two amounts had no budget period and no
    table, so a wrong P passed (a planted 100% -> 110% in a hard-wrapped report was missed). The planned
    and done counts were read so already (appendix.yml planned_counts); amounts are, for a rate that
    names what the done amount does (planned_amounts)."""
    assert not _errors(_ARRIVAL.format(plan="800", verb="", p="75.00"))
    [f] = _errors(_ARRIVAL.format(plan="800", verb="", p="80.00"))
    assert (f.check, f.severity) == ("AR03", "error") and "80.00%" in f.message
    # two rates printed with 均为: the first is the arrival rate
    assert [f.check for f in _errors(_ARRIVAL.format(plan="600", verb="和到位及时率均", p="110"))] == ["AR03"]
    assert not _errors(_ARRIVAL.format(plan="600", verb="和到位及时率均", p="100"))


def test_a_rate_that_names_another_deed_than_the_done_amount_is_not_read():
    """'资金使用率' after '实际到位' measures spending over what arrived: not 600 ÷ 800, left unread."""
    assert not _errors(_ARRIVAL.format(plan="800", verb="", p="75.00").replace("到位率", "使用率"))
    assert not _errors(_ARRIVAL.format(plan="800", verb="", p="90.00").replace("到位率", "使用率"))


def test_a_total_counting_its_items_as_big_kinds_is_their_sum():
    """'A a，B b，C c，三大平台总计 T': the count before 大 and a noun says T adds the last three amounts
    (arith.yml item_sums kinds), as '三项合计' did; a planted 15.58 -> 25.58 passed."""
    text = "8、线上销售额。各平台销售额分别为甲平台 20.50 亿元，乙平台 10.25 亿元，丙平台 {c} 亿元，三大平台总计 41.00 亿元。\n"
    assert not _errors(text.format(c="10.25"))
    [f] = _errors(text.format(c="20.25"))
    assert f.check == "AR04" and "20.25" in f.message
    # two amounts before a count of three: not read
    text = "各平台销售额分别为乙平台 10.25 亿元，丙平台 {c} 亿元，三大平台总计 41.00 亿元。\n"
    assert not _errors(text.format(c="20.25"))


def test_counts_of_a_total_in_distinct_states_add_to_no_more_than_it():
    """'共发现问题 N 个，已经完成整改的 a 个，正在整改的 b 个': no 其中 opened the list, so a changed a, b or N
    passed (mutants18: the most frequent count missed in the Shanghai templates). Counts named by distinct
    states alone (arith.yml state_lists) add to no more than their total (a warning)."""
    text = "十、预算绩效管理情况\n绩效自评中共发现问题{n}个，已经完成整改的{a}个，正在整改的2个。\n"
    assert not _errors(text.format(n="9", a="7"))
    assert not _errors(text.format(n="9", a="5"))            # some not yet taken up: no more than the total
    [f] = _errors(text.format(n="9", a="8"))
    assert (f.check, f.severity) == ("AR04", "warning") and "8" in f.evidence[1].text
    # two items in one state may overlap ('已…的', '已…的'); a 公共 is no total word
    assert not _errors("共发现问题9个，已完成整改的6个，已销号的5个。\n")
    assert not _errors("一般公共预算项目9个，已经完成的6个，正在实施的5个。\n")
