"""A list's lead-in line names the fund of the numbered items after it (finder/link/lead_in).

Every sentence and figure here is made up."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = ["项目\t\t{band}\t\t", "功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出"]
_TABLES = {
    "expense": {"title": "2031年部门支出预算总表", "unit": "元", "rows": [
        _HEAD[0].format(band="支出预算"), _HEAD[1], "201\t一般公共服务支出\t3,000,000.00\t3,000,000.00\t",
        "20113\t商贸事务\t3,000,000.00\t3,000,000.00\t", "2011350\t事业运行\t3,000,000.00\t3,000,000.00\t",
        "合计\t\t3,000,000.00\t3,000,000.00\t"]},
    "gpb_expense": {"title": "2031年部门一般公共预算支出功能分类预算表", "unit": "元", "rows": [
        _HEAD[0].format(band="一般公共预算支出"), _HEAD[1], "201\t一般公共服务支出\t2,600,000.00\t2,600,000.00\t",
        "20113\t商贸事务\t2,600,000.00\t2,600,000.00\t", "2011350\t事业运行\t2,600,000.00\t2,600,000.00\t",
        "合计\t\t2,600,000.00\t2,600,000.00\t"]},
}
_ITEM = "1. “一般公共服务支出（类）商贸事务（款）事业运行（项）”{x}万元，主要用于所属单位运转。\n"


def _errors(lead: str, x: str) -> list:
    a = analysis_from(_TABLES, lead + _ITEM.format(x=x), 2031)
    return [f for f in run_checks(a) if f.severity == "error"]


def test_items_under_a_fiscal_lead_in_are_the_fiscal_part():
    """'财政拨款支出主要内容如下：' then '1. “…（项）”260.00万元': the item is the appropriation's part, not
    the whole of the 支出预算总表 (other money included), which was a false NT01 error."""
    assert _errors("财政拨款支出主要内容如下：\n", "260.00") == []
    [f] = _errors("财政拨款支出主要内容如下：\n", "300.00")
    assert f.check == "NT01" and "300.00" in f.message


def test_a_lead_in_naming_no_fund_or_printing_a_figure_gives_no_scope():
    # no fund named: the item is the department's whole spending on the line
    assert _errors("支出主要内容如下：\n", "300.00") == []
    # a sentence with its own figure is no bare lead-in
    assert _errors("财政拨款支出预算180.00万元，分项如下：\n", "300.00") == []
    assert [f.check for f in _errors("财政拨款支出主要内容如下：\n另有说明。\n", "260.00")] == ["NT01"]
