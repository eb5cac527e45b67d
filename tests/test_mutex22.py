"""Planted defects in prose of other regions' templates (mutex22): readings that let a changed figure pass.

Every sentence here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from plant_points import read


def _ar04(text: str, year: int = 2031) -> list[str]:
    return [m for c, s, m in read(text, year, messages=True)[1] if c == "AR04" and s == "error"]


def test_a_fiscal_figure_split_into_basic_and_project_spending_is_all_of_it():
    """'一般公共预算拨款支出 X 元，其中：基本支出 a 元，项目支出 b 元' (budget wordings of other regions): 本年支出
    合计's kinds also hold 经营支出, 上缴上级支出…, so two kinds were read as an open list and a shortfall passed;
    a 财政拨款 figure is 基本支出 and 项目支出 only (cells.yml complete_in_scopes)."""
    text = "2031年一般公共预算拨款支出 2468135.6 元，其中：基本支出 {a} 元，项目支出 61200 元。"
    assert _ar04(text.format(a="2406935.6")) == []
    [m] = _ar04(text.format(a="2406932.6"))
    assert "2406932.6" in m
    assert _ar04("2031年政府性基金预算拨款支出 80.50 万元，其中：基本支出 0 万元，项目支出 79.50 万元。")
    # the department's whole of every fund is not all of it with two kinds (经营支出… may be left out)
    assert _ar04("2031年本年支出合计 2468135.6 元，其中：基本支出 2406932.6 元，项目支出 61200 元。") == []


def test_a_three_public_list_naming_a_grandchild_bounds_its_whole():
    """'“三公”经费预算 T，其中：因公出国（境）费 a，公务接待费 b，公务用车运行费 c' with no table and no word on the
    left-out 公务用车购置费: the list was unread, so items adding to more than T passed. Its items are disjoint
    parts of T: they add to no more than it."""
    text = "2031年度“三公”经费预算总计32.6万元，其中：因公出国(境)费{a}万元，公务接待费12.6万元，公务用车运行费20万元。"
    assert _ar04(text.format(a="0")) == []
    [m] = _ar04(text.format(a="6"))
    assert "32.6" in m and "公务用车运行费 20" in m
    # a shortfall may be the purchase left out: no finding
    assert _ar04(text.format(a="0").replace("12.6万元", "2.6万元")) == []


def test_tax_and_non_tax_revenue_are_all_of_a_general_budget_revenue():
    """'全县一般公共预算收入 T，其中：税收收入 a，非税收入 b' (fiscal reports of other regions): the list was read as
    open kinds of 收入, so a shortfall passed. By definition the two are all of it (lexicons/arith.yml
    complete_lists): a warning, the list read from names; a 总收入 (transfers too) stays open."""
    text = "2031年全县一般公共预算收入完成16.40亿元，增长4.2%，其中：税收收入{a}亿元，增长3.1%；非税收入6.20亿元。"
    assert _warnings(text.format(a="10.20")) == []
    [m] = _warnings(text.format(a="10.80"))
    assert "10.80" in m
    [m] = _warnings(text.format(a="9.60"))
    assert "9.60" in m and "16.40" in m
    assert _warnings(text.format(a="9.60").replace("一般公共预算收入", "一般公共预算总收入")) == []


def _warnings(text: str, year: int = 2031) -> list[str]:
    return [m for c, s, m in read(text, year, messages=True)[1] if c == "AR04"]


def test_a_fee_listed_under_the_three_public_and_under_its_own_head_is_one_figure():
    """'“三公”经费 T，其中：…公务用车运行维护费 c…' then '公务用车购置及运行费 V，其中：公务用车运行费 c'' (a budget of another
    region): NT03 left a part listed under two different heads alone (基本支出 of two items are two figures), so c ≠ c'
    passed. The heads are nested by the decompositions (the vehicle fee is a part of the 三公, the running fee a part
    of it): the running fee of both lists is one figure."""
    h = "七、“三公”经费预算情况说明\n"
    text = ("2031年本机关“三公”经费预算数为30.5万元。其中：因公出国(境)费0万元，公务接待费22.3万元，公务用车运行维护费"
            "8.2万元，公务用车购置费0万元。具体情况如下：\n公务用车购置及运行费预算8.2万元。其中：公务用车运行费{c}万元。")
    assert read(text.format(c="8.2"), 2031, head=h)[1] == []
    [m] = [m for check, _, m in read(text.format(c="8.7"), 2031, head=h, messages=True)[1] if check == "NT03"]
    assert "8.7" in m and "8.2" in m
    # 基本支出 of two items are still two figures
    two = "住房公积金 12.40 万元，其中：基本支出 12.40 万元。机构运行 30.10 万元，其中：基本支出 30.10 万元。"
    assert [c for c, *_ in read(two, 2031)[1] if c == "NT03"] == []
