"""Gaps left by twins20 (correct sentences written from a filled template's own cells, each planted with its wrong
twin): made-up sentences planted into the synthetic reports."""
from __future__ import annotations

from finder.testing import analysis_from, new_findings
from plant_points import THREE_ANCHOR, UNIT, UNIT_ANCHOR


def test_a_signless_rate_word_takes_the_way_of_the_change_before_it(tmp_path):
    """'较上年增加 A 万元，变动率为 P%': 变动率 says no way, so the figure was a plain ratio and a wrong rate passed.
    Right after a change it is that change's rate (directions.yml signless_rates), rising or falling with it."""
    rise = "事业收入465.00 万元，较上年增加46.40 万元，变动率为{p}%。"
    assert new_findings(UNIT, UNIT_ANCHOR, rise.format(p="11.08"), tmp_path) == []
    wrong = new_findings(UNIT, UNIT_ANCHOR, rise.format(p="13.08"), tmp_path)
    assert [f[:2] for f in wrong] == [("AR02", "error")] and "13.08" in wrong[0][2]
    fall = "公务接待费支出决算4.75 万元，比2023年度减少0.61 万元，变化率为{p}%。"
    assert new_findings(UNIT, THREE_ANCHOR, fall.format(p="11.38"), tmp_path) == []   # 0.61 ÷ 5.36, a fall
    wrong = new_findings(UNIT, THREE_ANCHOR, fall.format(p="14.73"), tmp_path)        # 0.61 ÷ 4.14, read as a rise
    assert [f[:2] for f in wrong] == [("AR02", "error")] and "14.73" in wrong[0][2]


def test_a_signless_rate_word_with_no_change_before_it_is_not_read(tmp_path):
    """'事业收入 X 万元，变动率为 P%': with no change printed before it the rate has no way: no finding, right or wrong."""
    assert new_findings(UNIT, UNIT_ANCHOR, "事业收入465.00 万元，变动率为13.08%。", tmp_path) == []


def test_a_base_closer_after_the_bases_figure_names_no_subject(tmp_path):
    """'与年初预算 6.00 万元相比减少 1.25 万元': the words between the base's figure and the change are only the
    closer 相比, which was read as the change's subject (no concept), so the change was unverifiable and a wrong
    one passed. A base closer (directions.yml base_closers) alone names nothing: the change is the sentence's figure's."""
    text = "公务接待费支出决算4.75 万元，与年初预算6.00 万元相比减少{a} 万元。"
    assert new_findings(UNIT, THREE_ANCHOR, text.format(a="1.25"), tmp_path) == []
    wrong = new_findings(UNIT, THREE_ANCHOR, text.format(a="2.25"), tmp_path)
    assert ("AR02", "error") in [f[:2] for f in wrong] and all("2.25" in f[2] for f in wrong)


def test_a_header_opening_its_own_semicolon_item_lists_no_parts_of_the_item_before_it():
    """'…收支总预算 N。收入包括：A a，B b，C c；支出包括：D d，E e': the second header, with words of its own before
    包括 and no concept's name, took the last income's frame as its whole, so each expense was read as a part of
    an income (and a share of it would be held to that income). It opens a list of its own: the incomes keep the
    total as their whole, the expenses take none of the incomes."""
    text = ("二、财政拨款收支预算总体情况说明\n某某局2031年财政拨款收支总预算130.00 万元。收入包括：一般公共预算当年拨款收入"
            "80.00 万元，政府性基金预算当年拨款收入20.00 万元，上年结转一般公共预算拨款收入30.00 万元；支出包括："
            "一般公共预算拨款支出110.00 万元，政府性基金预算拨款支出20.00 万元。\n")
    claims = [c for c in analysis_from(None, text, 2031).claims if c.kind == "amount"]
    incomes = [c for c in claims if "收入" in c.subject]
    expenses = [c for c in claims if c.subject.endswith("支出")]
    assert len(incomes) == 3 and len(expenses) == 2
    assert {c.whole for c in incomes} == {claims[0].concept} and claims[0].concept
    assert not {c.whole for c in expenses} & {c.concept for c in incomes}
