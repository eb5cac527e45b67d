"""Sweep 7b of unseen reports (budgets, “三公” budgets, budget execution, performance self-evaluations):
false alarms and misses.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import analysis_from, run_check as _run


def test_a_web_address_is_no_template_residue():
    # the '%E9%A2…' of a printed link is its encoding, not a blank rate
    text = ("一、公开说明\n"
            "详见平台https://example.gov.cn/a/%E9%84%AE%E9%A2%AF%E8/5.html,本部门支出合计20.00万元。\n")
    assert _run(text, "TX01") == []
    blank = "一、公开说明\n本部门支出合计20.00万元,完成预算的 %。\n"
    assert len(_run(blank, "TX01")) == 1


def test_a_count_of_items_is_no_part_of_a_sum_of_money():
    # '两项合计占 0.1%': 两项 counts the two amounts added up, it is not the amount 2
    text = ("一、收入决算情况\n"
            "本年收入合计50,000.00万元。其中:财政拨款30,000.00万元,占60.0%;经营收入30.00万元,"
            "附属单位上缴收入20.00万元,两项合计占0.1%;其他收入19,950.00万元,占39.9%。\n")
    assert _run(text, "AR01") == []
