"""A rate that agrees only through the rounding of a coarse figure is never 已核实; a printed prior verifies a rate."""
from __future__ import annotations

from finder.link import precision as P
from finder.testing import analysis_from


def _claims(text: str):
    return analysis_from({}, text).claims


def test_integer_budget_beside_two_decimals_is_read_at_two_decimals():
    budget, actual, rate = _claims("二、“三公”经费\n会议费预算为2万元，支出决算为1.36万元，完成预算的64%。\n")[-3:]
    assert str(P.sharp(budget)) == "[1.995, 2.005]"
    assert P.sharp(actual) is None
    assert rate.status == "unverifiable" and "2 读作 2.00" in rate.reason


def test_the_right_rate_beside_an_integer_budget_is_verified():
    rate = _claims("二、“三公”经费\n会议费预算为2万元，支出决算为1.36万元，完成预算的68%。\n")[-1]
    assert rate.status == "verified"


def test_integer_neighbours_leave_an_integer_coarse():
    budget = _claims("二、“三公”经费\n会议费预算为2万元，支出决算为1万元，完成预算的50%。\n")[-3]
    assert P.sharp(budget) is None


def test_a_borderline_rate_is_not_verified():
    rate = _claims("三、财政拨款支出决算情况说明\n一般公共服务支出年初预算数为 595.45 万元，决算数为 902.70 万元，"
                   "完成年初预算的 151.59%。\n")[-1]
    assert rate.status == "unverifiable" and "末位" in rate.reason


def test_a_rate_on_the_prior_printed_in_the_clause_is_verified():
    cs = _claims("一、总体情况\n2023年，全县教育经费总投入为88.52亿元，比上年的81.07亿元增长9.19%。\n")
    assert [c.status for c in cs if c.kind == "change_pct"] == ["verified"]
    cs = _claims("一、总体情况\n2023年，全县教育经费总投入为88.52亿元，比上年的81.07亿元增长8.19%。\n")
    assert [c.status for c in cs if c.kind == "change_pct"] == ["contradicted"]
