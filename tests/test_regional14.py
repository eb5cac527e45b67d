"""Readings found by rewriting seed 000's narrative the way other regions word its statements.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

import pytest

from finder.checks import run as run_checks
from finder.testing import analysis_from

_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、其他收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}


def test_a_figure_followed_by_zhong_heads_the_list_of_its_parts():
    """'本年收入合计 X 万元中：A a 万元，占 P%…' (the shares are of X): the 其中 list of the paragraph
    before ('收入总计 T 万元，其中…') ran on, so every share was taken of T and right shares became
    false AR01 errors."""
    text = ("一、收入决算情况说明\n2031年度收入总计530.00万元，其中年初结转和结余30.00万元；本年收入合计500.00万元。\n"
            "本年收入合计500.00万元中：财政拨款收入400.00万元，占{p}%；其他收入100.00万元，占20.00%。\n")
    a = analysis_from(_SUMMARY, text.format(p="80.00"), 2031)
    shares = [c for c in a.claims if c.kind == "share"]
    assert [(c.whole, c.status) for c in shares] == [("income_total", "verified")] * 2
    assert not [f for f in run_checks(a) if f.severity != "info"]
    a = analysis_from(_SUMMARY, text.format(p="75.47"), 2031)      # of 收入总计: wrong here
    assert [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"] == [("AR01", "error")]


_BASIC = {"gpb_basic_expense": {"title": "一般公共预算财政拨款基本支出决算表", "number": "公开06表", "rows": [
    "人员经费\t\t\t公用经费\t\t", "经济分类科目编码\t科目名称\t金额\t经济分类科目编码\t科目名称\t金额",
    "301\t工资福利支出\t300.00\t302\t商品和服务支出\t40.00", "30101\t基本工资\t300.00\t30201\t办公费\t40.00",
    "303\t对个人和家庭的补助\t20.00\t310\t资本性支出\t6.00", "30305\t生活补助\t20.00\t31002\t办公设备购置\t6.00",
    "人员经费合计\t\t320.00\t公用经费合计\t\t46.00"]}}


@pytest.mark.parametrize("name", ["资本性支出", "资本性支出（310）", "（4）资本性支出（310）"])
def test_capital_spending_is_class_310_not_the_capital_construction_one(name):
    """'资本性支出（310）6.00 万元' (the class code printed after the name): '资本性支出' was an alias of
    309 资本性支出（基本建设）, the name with its note cut off, so the printed 310 named another class
    and the figure found no cell ('未找到对应表格'); a wrong figure passed."""
    text = "四、一般公共预算财政拨款基本支出决算情况说明\n{name}{x}万元。\n"
    a = analysis_from(_BASIC, text.format(name=name, x="6.00"), 2031)
    assert [(c.concept, c.status) for c in a.claims] == [("econ_310", "verified")]
    a = analysis_from(_BASIC, text.format(name=name, x="7.00"), 2031)
    assert [(f.check, f.severity) for f in run_checks(a)] == [("NT01", "error")]
    a = analysis_from(_BASIC, text.format(name="资本性支出（基本建设）", x="6.00"), 2031)
    assert [c.concept for c in a.claims] == ["econ_309"]
