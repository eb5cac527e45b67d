"""False findings hunted in session 20's new readings (fpaudit20): correct sentences, made up in other
provinces' wordings, that a new reading took for defects, each with a wrong twin that must still be found."""
from __future__ import annotations

from finder.testing import analysis_from, new_findings
from plant_points import BUDGET, BUDGET_ANCHOR, UNIT, UNIT_ANCHOR, flagged


def test_a_figure_after_a_closed_comparison_is_last_years_when_a_money_change_follows():
    """'与上年相比 155.49 万元，增加 21.79 万元，增长 14.01%': 155.49 was read as the change (its way unprinted),
    so 14.01% was held to 177.28 ÷ (177.28 − 155.49) (a false AR02 error). With the change printed after it,
    the bare figure is last year's; with only a rate after it, it is still the change."""
    for gap in ("", "，"):
        text = f"财政拨款收入 177.28 万元，与上年相比 155.49 万元{gap}增加 21.79 万元，增长 {{p}}%。"
        assert flagged(text.format(p="14.01")) == [], gap
        assert ("AR02", "error") in flagged(text.format(p="16.01")), gap
    alone = "财政拨款收入 177.28 万元，与上年相比 21.79 万元，增加 {p}%。"
    assert flagged(alone.format(p="14.01")) == []
    assert ("AR02", "error") in flagged(alone.format(p="16.01"))


def test_a_within_year_addition_keeps_the_year_budget_from_the_opening_budget():
    """'年初预算 400.00 万元，年中追加 100.00 万元，完成全年预算的 100%': the addition, now no claim, left the
    年初预算 as the only budget, and 500 ÷ 400 was an AR03 warning though the text says the 全年预算 is more.
    Without the addition the warning on the other budget stands."""
    assert flagged("本年度支出合计 500.00 万元，年初预算 400.00 万元，年中追加 100.00 万元，完成全年预算的 100%。") == []
    assert flagged("本年度支出合计 500.00 万元，年初预算 400.00 万元，完成全年预算的 100%。") == [("AR03", "warning")]
    assert flagged("本年度支出合计 500.00 万元，全年预算 400.00 万元，年中追加 100.00 万元，完成全年预算的 100%。") \
        == [("AR03", "error")]


def test_persons_by_state_after_the_heads_semicolon_are_no_parts_of_the_head_count():
    """'实有人数 40 人，其中在职 40 人；离退休人员 12 人，其中离休 2 人，退休 10 人': the person_states reading
    summed 在职 and 离退休人员 under the 实有人数 across the ； (40 + 12 > 40, a false AR04 error), though the
    retired head a list of their own after it. Within the head's ；-item the states are still summed."""
    assert flagged("实有人数 40 人，其中在职 40 人；离退休人员 12 人，其中离休 2 人，退休 10 人。") == []
    assert flagged("实有人数 48 人，其中在职 40 人，退休 9 人。") == [("AR04", "error")]
    assert flagged("实有人数 50 人，其中：在职 41 人，离退休 9 人（其中：离休 1 人，退休 8 人）。") == []


def test_a_change_of_unprinted_way_whose_rate_fits_it_as_last_years_figure_is_not_contradicted():
    """'“三公”经费支出 10.00 万元，与上年相比 12.00 万元，下降 16.67%': the base_closers reading takes 12.00 for
    the change (its way unprinted), so 16.67% was held to 12 ÷ (10 + 12) (a false AR02 error), though read as
    last year's figure it fits (10 ÷ 12 − 1). A rate fitting neither reading is still an error."""
    text = "“三公”经费支出 10.00 万元，与上年相比 {b} 万元，{w} {p}%。"
    assert flagged(text.format(b="12.00", w="下降", p="16.67")) == []
    assert flagged(text.format(b="8.00", w="增长", p="25.00")) == []
    assert flagged(text.format(b="2.00", w="减少", p="16.67")) == []
    assert flagged(text.format(b="12.00", w="下降", p="26.67")) == [("AR02", "error")]


def test_a_change_on_one_budget_right_after_the_other_budget_is_that_budgets():
    """'全年预算数 135.00 万元，比年初预算增加 15.00 万元，增长 12.50%，全年执行数 131.40 万元' (a project's
    self-evaluation): the change was put on the year's actual 131.40, so 12.50% was held to 15 ÷ (131.40 − 15)
    (a false AR02 error). Right after the 全年预算 figure it is the adjusted budget's change on the 年初预算."""
    text = "公共文化服务活动经费项目全年预算数 135.00 万元，比年初预算增加 15.00 万元，增长 {p}%，全年执行数 131.40 万元。"
    assert flagged(text.format(p="12.50")) == []
    assert flagged(text.format(p="10.50")) == [("AR02", "error")]
    actual = "公共文化服务活动经费项目全年执行数 131.40 万元，比年初预算增加 15.00 万元，增长 {p}%。"
    assert flagged(actual.format(p="12.89")) == []
    assert flagged(actual.format(p="12.50")) == [("AR02", "error")]


def test_a_change_of_unprinted_way_equal_to_last_years_cell_is_not_held_to_the_change(tmp_path):
    """'“三公”经费支出预算 55.60 万元，与2030年预算相比 35.30 万元，增长 57.51%' (35.30 the table's 2030 budget):
    the figure read as the change was held to 55.60 − 35.30 = 20.30 (a false NT05 warning). Equal to last
    year's cell it is that figure, as printed; a figure equal to neither is still reported."""
    text = "2031年一般公共预算“三公”经费支出预算 55.60 万元，与2030年预算相比 {b} 万元，增长 {p}%。"
    assert new_findings(BUDGET, BUDGET_ANCHOR, text.format(b="35.30", p="57.51"), tmp_path) == []
    assert new_findings(BUDGET, BUDGET_ANCHOR, text.format(b="20.30", p="57.51"), tmp_path) == []
    wrong = new_findings(BUDGET, BUDGET_ANCHOR, text.format(b="30.30", p="83.50"), tmp_path)
    assert [f[:2] for f in wrong] == [("NT05", "warning")] and "30.30" in wrong[0][2]


def test_a_bare_budget_column_is_not_the_year_budget_of_a_sentence_printing_its_adjustment(tmp_path):
    """'因公出国（境）费支出 12.91 万元，年中调减预算 1.00 万元，完成全年预算的 92.21%' (unit_filled's 三公 table
    prints 预算数 15.00): the rate was measured on the bare 预算数 column, 12.91 ÷ 15.00 = 86.07%, a false AR03
    warning, though the sentence says the year's budget was cut. Without the cut the warning stands."""
    text = "因公出国（境）费支出 12.91 万元，{cut}完成全年预算的 92.21%。"
    assert new_findings(UNIT, UNIT_ANCHOR, text.format(cut="年中调减预算 1.00 万元，"), tmp_path) == []
    wrong = new_findings(UNIT, UNIT_ANCHOR, text.format(cut=""), tmp_path)
    assert [f[:2] for f in wrong] == [("AR03", "warning")] and "92.21" in wrong[0][2]


def test_the_trips_name_before_another_fees_name_is_not_the_fee():
    """'因公出国（境）费 3.00 万元，主要用于因公出国（境）住宿费 1.00 万元' and '因公出国（境）人均费用 1.50 万元':
    the alias '因公出国（境）' (no 费, session 20's ranked names) read the lodging part and the average as the
    fee itself (false NT03 warnings). Before another fee's name it names no concept; alone it still does."""
    assert flagged("因公出国（境）费 3.00 万元，主要用于因公出国（境）住宿费 1.00 万元、国际旅费 2.00 万元。") == []
    assert flagged("本年度因公出国（境）人均费用 1.50 万元，因公出国（境）费 3.00 万元。") == []
    concepts = [c.concept for c in analysis_from({}, "一、收入支出决算总体情况说明\n“三公”经费支出 10.00 万元，其中因公出国（境）"
                                                 "2.00 万元，公务接待费 8.00 万元。\n", year=2023).claims]
    assert concepts == ["three_public", "outbound_fee", "reception_fee"]
    assert flagged("因公出国（境）费 3.00 万元。因公出国（境）2.00 万元。") == [("NT03", "warning")]
