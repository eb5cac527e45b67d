"""Sweep 9b of unseen reports (budgets, “三公” budgets, budget execution, performance self-evaluations):
false alarms and misses.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import run_check as _run


def test_indicators_counted_by_level_are_no_parts_of_their_total():
    # '共编制 10 个指标，其中一级指标 3 个，二级指标 6 个，三级指标 10 个': one tree counted at three depths
    text = ("一、绩效目标设定情况\n"
            "该项目共编制10个绩效指标,其中一级指标3个,二级指标6个,三级指标10个。\n")
    assert _run(text, "AR04") == []
    # kinds of persons listed under a headcount still add up to no more than it
    persons = ("二、人员情况\n"
               "在职人数20人,其中:行政人员12人,事业人员11人。\n")
    assert [f.severity for f in _run(persons, "AR04")] == ["error"]


def test_a_class_listed_under_another_total_is_no_part_of_the_expenditure():
    # '总支出 T，其中：一般公共预算支出 A，转移性支出 B' (siblings) and, in the next paragraph, a fund's
    # '总支出 U，其中：…债务还本支出 C': neither B nor C is a part of A
    text = ("一、本级预算执行情况\n"
            "本级一般公共预算总收入120.00亿元。其中:一般公共预算收入30.00亿元,转移性收入90.00亿元;"
            "本级一般公共预算总支出110.00亿元,其中:一般公共预算支出60.00亿元,转移性支出50.00亿元。"
            "收支相抵,年终结余10.00亿元。\n"
            "本级政府性基金预算总收入70.00亿元,其中:当年基金收入20.00亿元,转移性收入50.00亿元;"
            "本级政府性基金预算总支出65.00亿元,其中:当年基金支出20.00亿元,债务还本支出25.00亿元,"
            "债务转贷支出20.00亿元。收支相抵,年终结余5.00亿元。\n")
    assert _run(text, "AR04") == []
    # classes stated on their own still bound the expenditure they are classes of
    over = ("一、本级预算执行情况\n"
            "一般公共预算支出60.00亿元。教育支出40.00亿元,社会保障和就业支出30.00亿元。\n")
    assert [f.severity for f in _run(over, "AR04")] == ["error"]


def test_a_counterpart_figure_keeps_the_fund_of_the_figure_it_answers():
    # '政府性基金预算财政拨款本年收入 A，…；本年支出 A' is the fund's expenditure, not 财政拨款本年支出
    text = ("四、财政拨款收入支出决算总体情况说明\n"
            "本部门财政拨款本年收入500.00万元,比上年增加50.00万元;本年支出450.00万元,增加40.00万元。\n"
            "一般公共预算财政拨款本年收入400.00万元,比上年增加20.00万元;本年支出350.00万元,比上年增加10.00万元。\n"
            "政府性基金预算财政拨款本年收入100.00万元,比上年增加30.00万元;本年支出100.00万元,比上年增加30.00万元。\n")
    assert _run(text, "NT03") == []
    # the same figure restated with another value is still found
    twice = ("四、财政拨款收入支出决算总体情况说明\n"
             "本部门财政拨款本年收入500.00万元;本年支出450.00万元。\n"
             "财政拨款本年支出460.00万元。\n")
    assert len(_run(twice, "NT03")) == 1


def test_the_list_of_a_region_total_and_of_its_own_level_are_two_figures():
    # '全区收入总量 A。其中，…上年结转等 B' and '区本级收入总量 C。其中，…上年结转等 D': B and D differ rightly
    text = ("一、预算执行情况\n"
            "1.一般公共预算。全区收入总量900.0亿元,增长5.0%。其中,地方收入100.0亿元;中央补助600.0亿元;"
            "动用预算稳定调节基金、上年结转等200.0亿元。\n"
            "区本级收入总量700.0亿元,为预算的120.0%。其中,地方收入20.0亿元;中央补助600.0亿元;"
            "动用预算稳定调节基金、上年结转等80.0亿元。\n")
    assert _run(text, "NT03") == []


def test_a_year_run_into_an_amount_label_is_the_amount():
    # a table's cells run together: '本年财政拨款2019其他资金' prints 20 and 19, not the year 2019
    text = ("一、绩效自评表(2022年度)\n"
            "资金情况(万元)全年预算数全年执行数分值执行率得分年度资金总额:201995.00%9.5其中:本年财政拨款2019其他资金。\n")
    assert _run(text, "TX02") == []
    edition = "一、2022年工作\n举办2020瓷器博览会,全年支出30.00万元。\n"
    assert len(_run(edition, "TX02")) == 1


def test_a_completion_rate_is_measured_against_the_budget_its_change_implies():
    # '本年收入 1200 万元，完成年初预算的 80%，比年初预算减少 600 万元': the budget is 1800, 1200 ÷ 1800 = 66.67%
    text = ("二、财政拨款收支与年初预算数对比情况\n"
            "本部门财政拨款本年收入1200.00万元,完成年初预算的80%,比年初预算减少600.00万元。\n")
    found = _run(text, "AR03")
    assert [f.severity for f in found] == ["error"] and "1800" in found[0].message
    held = ("二、财政拨款收支与年初预算数对比情况\n"
            "本部门财政拨款本年收入1200.00万元,完成年初预算的67%,比年初预算减少600.00万元。\n")
    assert _run(held, "AR03") == []


def test_a_targets_subject_ends_before_its_comparison_operator():
    # '动态管理率≧90%' (a full-width ≧), '满意度不低于 90%': the operator is no part of the name
    from finder.testing import analysis_from

    text = "一、年度目标\n力争完成居民电子建档率≥97%,动态管理率≧90%,规范管理率>95%,满意度不低于90%。\n"
    subjects = [c.subject for c in analysis_from({}, text).claims]
    assert subjects[1:] == ["动态管理率", "规范管理率", "满意度"]


def test_only_a_list_opened_by_qizhong_takes_the_level_of_the_figure_before_it():
    # '加上转移性支出 B，支出合计 T' names no level and lists nothing of the 全区 figure before it: T stays
    # unleveled, and is no restatement of 一般公共预算支出 A
    text = ("关于2021年财政预算执行情况的报告\n\n(一)预算收支总体概况\n\n1. 一般公共预算执行情况\n\n"
            "2021年全区一般公共预算收入完成100.0亿元,完成年度预算的100.5%,同比增长5.0%。加上转移性收入50.0亿元,"
            "收入合计150.0亿元。\n\n"
            "2021年全区一般公共预算支出完成90.0亿元,完成年度预算的99.5%,同比增长2.0%。加上转移性支出60.0亿元,"
            "支出合计150.0亿元。\n")
    assert _run(text, "NT03", year=2021) == []
