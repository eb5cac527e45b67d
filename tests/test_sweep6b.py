"""Sweep 6b of unseen reports (budgets, budget execution, performance self-evaluations): false alarms
and misses.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import run_check as _run


def test_negative_growth_is_a_fall_not_a_rise():
    # '负增长 P%' after '减少 A': one direction, and the rate is checked as a fall
    text = ("二、一般公共预算支出\n"
            "安排部门行政经费50.00亿元。其中,“三公”经费3.20亿元,同比减少0.40亿元,负增长11.1%。\n")
    assert _run(text, "DR01") == []
    wrong = ("二、一般公共预算支出\n"
             "“三公”经费3.20亿元,同比减少0.40亿元,负增长15.0%。\n")
    assert len(_run(wrong, "AR02")) == 1
