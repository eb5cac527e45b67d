"""False findings on correct made-up inputs of session 20's newest readings (fpaudit20c).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from plant_points import flagged


def test_a_change_after_a_figure_of_the_next_year_is_that_figures():
    """'下一年度预算安排 Y 万元，比本年减少 A 万元，下降 P%' after this year's figure: the sentence's name carried over,
    so A and P joined this year's X and P was held to A ÷ (X + A), a false AR02 error (P is A ÷ X, X this year's)."""
    for later in ("下一年度本部门预算安排 630.00 万元，比本年减少 70.00 万元，下降 10.00%。",
                  "明年预算安排 630.00 万元，比今年减少 70.00 万元，下降 10.00%。"):
        assert flagged("2023年度一般公共预算财政拨款支出 700.00 万元。" + later) == [], later
    # this year's own change is still held to its figure
    assert ("AR02", "error") in flagged("2023年度一般公共预算财政拨款支出 700.00 万元，比上年减少 70.00 万元，下降 10.00%。")
