"""Readings the filled national template (corpora/synthetic/national_filled.txt) showed wrong.

Every sentence and table here is made up: the shape of the template's wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.ingest import load
from finder.ingest.text import _caption_row
from finder.testing import analysis_from


def test_a_tab_caption_row_describes_the_table_below(tmp_path):
    """'部门：…\\t2031年度\\t单位：万元' (a spreadsheet export's caption on one row) was the table's first
    header row: every column was named by it and no figure could be found."""
    rows = ["一般公共预算财政拨款支出决算表", "", "部门：示例局\t2031年度\t单位：万元", "",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出", "201\t一般公共服务支出\t30.00\t20.00\t10.00",
            "\t合计\t30.00\t20.00\t10.00"]
    path = tmp_path / "r.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    [t] = load(str(path)).tables
    assert (t.id, t.unit) == ("gpb_expense", "万元")
    assert [c.column[-1] for c in t.rows[0].cells][-3:] == ["合计", "基本支出", "项目支出"]
    # a row naming neither the department nor the unit, or holding another cell, is a table row
    assert _caption_row(["部门：示例局", "2031年度", "单位：万元", ""]) and _caption_row(["", "公开05表", "单位：万元"])
    assert not _caption_row(["2030年度", "2031年度"]) and not _caption_row(["项目", "单位：万元"])


_FUND = {"gov_fund": {"title": "政府性基金预算财政拨款收入支出决算表", "number": "公开08表", "rows": [
    "项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余",
    "功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出\t",
    "合计\t\t\t{income}\t40.00\t\t40.00\t{end}"]}}


def _fund(income: str, end: str) -> dict:
    spec = dict(_FUND["gov_fund"])
    spec["rows"] = [r.format(income=income, end=end) for r in spec["rows"]]
    return {"gov_fund": spec}


def test_a_fund_tables_closing_balance_subtracts_its_spending_under_either_name():
    """The national template heads the spending 本年支出 / 合计 (not 小计): the subtrahend was not
    found, the closing balance was held to be at least opening + income, and a right table got a
    TB02 error on every row."""
    a = analysis_from(_fund("50.00", "10.00"), "", 2031)
    assert not [f for f in run_checks(a) if f.check == "TB02"]
    a = analysis_from(_fund("50.00", "12.00"), "", 2031)
    [f] = [f for f in run_checks(a) if f.check == "TB02"]
    assert "12.00" in f.message and f.severity == "error"


_THREE = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "公开07表", "rows": [
    "财政拨款“三公”经费" + "\t" * 11,
    "合计\t\t因公出国（境）费\t\t公务用车购置及运行维护费\t\t\t\t\t\t公务接待费\t",
    "\t\t\t\t小计\t\t公务用车购置费\t\t公务用车运行维护费\t\t\t",
    "\t".join(["预算数", "决算数"] * 6),
    "20.00\t{total}\t5.00\t4.00\t12.00\t11.00\t8.00\t8.00\t4.00\t3.00\t3.00\t2.00"]}}


def _three(total: str) -> dict:
    spec = dict(_THREE["three_public"])
    spec["rows"] = [r.format(total=total) for r in spec["rows"]]
    return {"three_public": spec}


def test_a_one_row_three_public_table_adds_its_column_pairs():
    """The template prints the “三公” table as one row of 预算数/决算数 pairs: its 合计 was never held
    against 出国 + 车辆小计 + 接待."""
    a = analysis_from(_three("17.00"), "", 2031)
    assert not [f for f in run_checks(a) if f.check == "TB02"]
    a = analysis_from(_three("18.00"), "", 2031)
    [f] = [f for f in run_checks(a) if f.check == "TB02"]
    assert "18.00" in f.message
