"""Readings of session 15 (units15): a fund's income read from its own table; a count of the
department's units checked against the units the report prints.

Every sentence and table here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _fund_table(key: str, title: str, number: str) -> dict:
    return {key: {"title": title, "number": number, "rows": [
        "项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余",
        "功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出\t",
        "合计\t\t10.00\t300.00\t280.00\t\t280.00\t30.00",
        "212\t城乡社区支出\t10.00\t300.00\t280.00\t\t280.00\t30.00"]}}


def test_a_funds_income_is_read_in_the_funds_own_table():
    """'政府性基金预算财政拨款收入 X 万元' was read only on the summary tables' 收入 side: a report printing
    the fund's 收入支出决算表 alone left it unverifiable ('报告未附载有此项的表格') and a misprint passed.
    It is the fund table's 合计 row under 本年收入; the same for 国有资本经营预算."""
    for key, title, fund in (("gov_fund", "政府性基金预算财政拨款收入支出决算表", "政府性基金预算"),
                             ("state_capital", "国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算")):
        tables = _fund_table(key, title, "公开08表")
        text = f"{title[:-6]}决算情况说明\n2031年度{fund}财政拨款收入{{x}}万元，支出280.00万元。\n"
        a = analysis_from(tables, text.format(x="300.00"), 2031)
        [income] = [c for c in a.claims if c.raw == "300.00万元"]
        assert income.status == "verified", (fund, income.reason)
        assert "本年收入" in income.extra["ref_used"].column
        assert not [f for f in run_checks(a) if f.severity != "info"]
        a = analysis_from(tables, text.format(x="320.00"), 2031)
        [f] = run_checks(a)
        assert (f.check, f.severity) == ("NT01", "error") and "320.00" in f.message
