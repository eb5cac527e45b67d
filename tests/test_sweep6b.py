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


def test_the_residual_item_of_a_class_is_not_the_class():
    # '其他工资福利支出' (30199) is one part of 工资福利支出, never a restatement of it
    text = ("一、经济分类支出决算\n"
            "1.机关工资福利支出决算数为500.00亿元,主要是在职人员劳动报酬。其中:\n"
            "(1)基本工资决算数为300.00亿元,比上年决算数下降2.0%。\n"
            "(2)其他工资福利支出决算数为45.00亿元,比上年决算数增加12.5%。\n")
    assert _run(text, "NT03") == []


def test_a_part_listed_under_a_fee_is_no_restatement_of_the_fee():
    text = ("一、“三公”经费\n"
            "公务接待费300.00万元。其中涉外的公务接待费支出80万元。\n")
    assert _run(text, "NT03") == []


def test_the_rest_of_a_fee_beside_a_named_part_is_no_restatement_of_the_fee():
    text = ("一、“三公”经费\n"
            "涉外公务接待费支出80万元,主要用于外宾来访。\n"
            "而其他公务接待费支出220.00万元,主要用于业务交流的工作餐费等开支。\n")
    assert _run(text, "NT03") == []
