"""False findings on correct made-up inputs of session 20's newest readings (fpaudit20c).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import new_findings
from plant_points import THREE_ANCHOR, UNIT, UNIT_ANCHOR, flagged


def test_a_change_after_a_figure_of_the_next_year_is_that_figures():
    """'下一年度预算安排 Y 万元，比本年减少 A 万元，下降 P%' after this year's figure: the sentence's name carried over,
    so A and P joined this year's X and P was held to A ÷ (X + A), a false AR02 error (P is A ÷ X, X this year's)."""
    for later in ("下一年度本部门预算安排 630.00 万元，比本年减少 70.00 万元，下降 10.00%。",
                  "明年预算安排 630.00 万元，比今年减少 70.00 万元，下降 10.00%。"):
        assert flagged("2023年度一般公共预算财政拨款支出 700.00 万元。" + later) == [], later
    # this year's own change is still held to its figure
    assert ("AR02", "error") in flagged("2023年度一般公共预算财政拨款支出 700.00 万元，比上年减少 70.00 万元，下降 10.00%。")


def test_a_figure_of_one_part_of_the_department_is_no_part_of_its_wholes(tmp_path):
    """'所属二级单位公务用车运行维护费 a 万元' after the department's own 三公 figures: a was summed with the
    department's 公务用车购置 into its 公务用车购置及运行维护费 (a false AR04 error); '本级 A、下属单位 B，合计 T' had its
    合计 read as the department's 三公 total. A figure of one part (levels.yml part_levels) adds to none of them."""
    for sentence in ("本部门所属二级单位公务用车运行维护费 6.38 万元，机关本级 10.00 万元。",
                     "本级公务接待费 3.00 万元，下属单位公务接待费 1.75 万元，合计 4.75 万元。"):
        assert new_findings(UNIT, THREE_ANCHOR, sentence, tmp_path) == [], sentence
    # the department's own figure misprinted still does not add up
    assert ("AR04", "error") in [f[:2] for f in new_findings(
        UNIT, THREE_ANCHOR, "本部门公务用车运行维护费 6.38 万元，公务用车购置费 27.46 万元，公务用车购置及运行维护费 43.84 万元。", tmp_path)]


def test_a_figure_after_an_opening_clause_of_the_next_year_is_that_years(tmp_path):
    """'下一年度将继续压减一般性支出，预计经营支出 Y 万元' in a final account: the year after the report's was named
    only by the sentence's figure-less opening clause, so Y was this year's 经营支出 (a false NT01 against the
    table and NT03 beside the year's own figure)."""
    for sentence in ("下一年度将继续压减一般性支出，预计经营支出 50.00 万元，比本年减少 2.80 万元，下降 5.30%。",
                     "明年，本部门将继续压减一般性支出，经营支出控制在 50.00 万元以内。"):
        assert new_findings(UNIT, UNIT_ANCHOR, sentence, tmp_path) == [], sentence
    # a figure naming this year in its own clause is still this year's
    assert ("NT01", "error") in [f[:2] for f in new_findings(
        UNIT, UNIT_ANCHOR, "为做好下一年度工作，本年经营支出 50.00 万元。", tmp_path)]
