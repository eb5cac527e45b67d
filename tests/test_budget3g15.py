"""Readings of session budget3g15: a budget's “三公” table printing its names under a header per year
or under one band, checked under each (TB02), and a change on last year measured on its own item.

Every table and sentence here is made up: the layouts of the printed forms, other names and numbers."""
from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest

from finder.analysis import analyse
from finder.checks import CheckOptions, _import_all, registry
from finder.checks import run as run_checks
from finder.testing import budget_analysis_from

ROOT = Path(__file__).resolve().parent.parent

# the central budget template's text form: last year's budget and this year's side by side
TWO_YEARS = {"title": "一般公共预算“三公”经费支出表", "unit": "万元", "rows": [
    "2030年预算数\t\t\t\t\t\t2031年预算数\t\t\t\t\t",
    "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费",
    "\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t",
    "21.00\t4.00\t13.00\t3.00\t10.00\t4.00\t30.50\t6.00\t20.00\t8.00\t12.00\t4.50"]}
# a province's PDF form: the “三公” band beside 会议费 and 培训费, one 合计 over all
BAND = {"title": "“三公”经费、会议费、培训费支出预算表", "unit": "万元", "rows": [
    "合计\t“三公”经费\t\t\t\t\t\t会议费\t培训费",
    "\t小计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t\t",
    "\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t",
    "95.00\t60.00\t10.00\t30.00\t\t30.00\t20.00\t25.00\t10.00"]}
# a district's PDF form: the band named by its period, beside 机关运行经费
BAND_PERIOD = {"title": "部门“三公”经费和机关运行经费预算表", "unit": "万元", "rows": [
    "“三公”经费预算数\t\t\t\t\t\t机关运行经费预算数",
    "合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t",
    "\t\t\t小计\t购置费\t运行费\t",
    "48.00\t\t8.00\t40.00\t25.00\t15.00\t120.00"]}


def _budget(tables: dict, text: str = "一、说明\n无。\n"):
    return budget_analysis_from(tables, text)     # a budget of tables only, unless a text is given


def _planted(spec: dict, old: str, new: str) -> dict:
    spec = copy.deepcopy(spec)
    assert spec["rows"][-1].count(old) == 1, old
    spec["rows"][-1] = spec["rows"][-1].replace(old, new)
    return spec


def _tb02(a) -> list:
    return [f for f in run_checks(a) if f.check == "TB02"]


@pytest.mark.parametrize("spec", [TWO_YEARS, BAND, BAND_PERIOD], ids=["two_years", "band", "band_period"])
def test_a_three_public_table_that_adds_up_reads_clean(spec):
    assert [(f.check, f.message) for f in run_checks(_budget({"three_public": spec}))] == []


# (table, printed cell, its misprint, the column the finding names as the total)
PLANTS = [
    (TWO_YEARS, "21.00", "22.00", "2030年预算数/合计"),
    (TWO_YEARS, "30.50", "31.50", "2031年预算数/合计"),
    (TWO_YEARS, "\t20.00\t", "\t21.00\t", "2031年预算数/公务用车购置及运行费/小计"),
    (TWO_YEARS, "\t3.00\t", "\t4.00\t", "2030年预算数/公务用车购置及运行费/小计"),
    (BAND, "60.00", "61.00", "“三公”经费/小计"),
    (BAND, "95.00", "96.00", "合计"),
    (BAND, "\t10.00\t30.00", "\t11.00\t30.00", "“三公”经费/小计"),
    (BAND_PERIOD, "48.00", "49.00", "“三公”经费预算数/合计"),
    (BAND_PERIOD, "\t25.00", "\t26.00", "“三公”经费预算数/公务用车购置及运行费/小计"),
]


@pytest.mark.parametrize("spec,old,new,total", PLANTS)
def test_a_misprinted_three_public_figure_breaks_its_years_sum(spec, old, new, total):
    """The parts were read under each year's header (or the band's), but no relation of
    hygiene.yml named a total printed there: a 合计 differing from its parts under either year passed."""
    found = _tb02(_budget({"three_public": _planted(spec, old, new)}))
    assert found and all(f.severity == "error" for f in found)
    assert any(f"{total}为" in f.message for f in found), [f.message for f in found]
    assert any(e.text == new.strip().split("\t")[0] for f in found for e in f.evidence)
    # the other year's figures are never terms of this year's sum
    for f in found:
        years = {e.column.split("/")[0] for e in f.evidence if e.column and "年预算数" in e.column}
        assert len(years) <= 1, f.message


def test_a_missing_part_column_bounds_the_total_from_below_only():
    """A band printing no 公务用车 columns: its parts may only add below the total."""
    spec = {"title": "“三公”经费支出预算表", "unit": "万元", "rows": [
        "“三公”经费预算数\t\t", "合计\t因公出国（境）费\t公务接待费", "30.00\t10.00\t8.00"]}
    assert _tb02(_budget({"three_public": spec})) == []
    assert [f.severity for f in _tb02(_budget({"three_public": _planted(spec, "30.00", "15.00")}))] == ["error"]


def test_a_change_on_last_year_is_measured_on_its_own_item():
    """A one-row table printing every item under each year's header gave a change on last year all of
    last year's cells of the row as candidates, and any that agreed settled it: '公务接待费 4.50，比上年
    增加 1.50' was verified on the 2030 公务用车购置费 3.00 (its own 2030 cell is 4.00)."""
    text = "七、一般公共预算“三公”经费支出情况说明\n{s}\n"
    right = _budget({"three_public": TWO_YEARS}, text.format(s="2031年“三公”经费预算30.50万元，比上年增加9.50万元。\n"
                                                             "2031年公务接待费预算4.50万元，比上年增加0.50万元。"))
    assert [f for f in run_checks(right) if f.severity != "info"] == []
    assert [(c.raw, c.status) for c in right.claims] == [
        ("30.50万元", "verified"), ("9.50万元", "verified"), ("4.50万元", "verified"), ("0.50万元", "verified")]
    for said, base in (("2031年公务接待费预算4.50万元，比上年增加1.50万元。", "2030年预算数/公务接待费"),
                       ("2031年“三公”经费预算30.50万元，比上年增加17.50万元。", "2030年预算数/合计")):
        wrong = _budget({"three_public": TWO_YEARS}, text.format(s=said))
        found = [f for f in run_checks(wrong) if f.check == "NT05"]
        assert [f.severity for f in found] == ["error"], said
        assert base in found[0].message
        assert wrong.claims[1].status == "contradicted"


@pytest.mark.parametrize("pdf", ["jiangsu-npc-2019-budget-tables.pdf", "putuo-govt-office-2025-budget.pdf"])
def test_the_bundled_budget_pdfs_three_public_tables_are_summed(pdf):
    """Each figure of the printed “三公” table (PDF form: a band beside 会议费 / 机关运行经费), raised
    by one in the model, gives a TB02 finding quoting it; 机关运行经费 is in no sum."""
    _import_all()
    a = analyse([str(ROOT / "corpora" / "pdfs" / pdf)])
    tb02 = registry.get("TB02")
    assert not list(tb02.run(a, CheckOptions()))
    table = next(t for t in a.report.tables if t.id == "three_public")
    figures = [c for r in table.rows for c in r.cells if c.kind == "number" and "机关运行" not in "".join(c.column)]
    assert len(figures) >= 3
    for cell in figures:
        raw, value = cell.raw, cell.value
        cell.value = value + Decimal(1)
        cell.raw = f"{cell.value:,.{cell.decimals}f}"
        try:
            found = list(tb02.run(a, CheckOptions()))
            assert any(e.text == cell.raw for f in found for e in f.evidence), "/".join(cell.column)
        finally:
            cell.raw, cell.value = raw, value


# ---------------------------------------------------------------- the budgets' summary tables
# a district's summaries: each side headed by its own words (本年收入 / 本年支出, 财政拨款收入 / 财政拨款支出)
SIDES = {
    "income_expense_summary": {"title": "部门财务收支预算总表", "unit": "元", "rows": [
        "本年收入\t\t本年支出\t", "项目\t预算数\t项目\t预算数",
        "一、财政拨款收入\t900.00\t一、一般公共服务支出\t700.00", "二、事业收入\t100.00\t二、教育支出\t300.00",
        "收入总计\t1000.00\t支出总计\t1000.00"]},
    "fiscal_summary": {"title": "部门财政拨款收支预算总表", "unit": "元", "rows": [
        "财政拨款收入\t\t财政拨款支出\t\t\t\t", "项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算",
        "一、一般公共预算资金\t850.00\t一、一般公共服务支出\t650.00\t600.00\t50.00\t",
        "二、政府性基金\t50.00\t二、教育支出\t250.00\t250.00\t\t",
        "收入总计\t900.00\t支出总计\t900.00\t850.00\t50.00\t"]}}
# a province's summary: the year's totals 当年收入小计 / 当年支出小计, the grand totals 收入合计 / 支出合计
PROVINCE = {
    "income_expense_summary": {"title": "收支预算总表", "unit": "万元", "rows": [
        "收入\t\t支出\t", "项目名称\t金额\t项目名称\t金额",
        "一、财政拨款\t500.00\t一、基本支出\t400.00", "二、其他资金\t20.00\t二、项目支出\t150.00",
        "当年收入小计\t520.00\t当年支出小计\t550.00", "上年结转资金\t30.00\t结转下年资金\t",
        "收入合计\t550.00\t支出合计\t550.00"]},
    "expense": {"title": "支出预算总表", "unit": "万元", "rows": [
        "合计\t基本支出\t项目支出\t单位预留机动经费", "550.00\t400.00\t120.00\t30.00"]}}


def _planted_row(tables: dict, tid: str, old: str, new: str) -> dict:
    tables = copy.deepcopy(tables)
    rows = tables[tid]["rows"]
    hits = [i for i, r in enumerate(rows) if old in r]
    assert len(hits) == 1, old
    rows[hits[0]] = rows[hits[0]].replace(old, new)
    return tables


def _table_findings(a) -> list:
    return [f for f in run_checks(a) if f.check.startswith("TB")]


@pytest.mark.parametrize("tables", [SIDES, PROVINCE], ids=["sides", "province"])
def test_budget_summaries_that_add_up_read_clean(tables):
    assert [(f.check, f.message) for f in _table_findings(_budget(tables))] == []


# (tables, table, printed text, its misprint, check expected)
SUMMARY_PLANTS = [
    # a side headed 本年收入 is the 收入 side: 收入总计 = 支出总计 was never checked there
    (SIDES, "income_expense_summary", "收入总计\t1000.00", "收入总计\t1010.00", "TB03"),
    (SIDES, "fiscal_summary", "收入总计\t900.00", "收入总计\t990.00", "TB03"),
    # 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算, the funds named without 财政拨款
    (SIDES, "fiscal_summary", "一、一般公共服务支出\t650.00", "一、一般公共服务支出\t660.00", "TB02"),
    # the province's 当年收入小计 = the items, 收入合计 = 当年收入小计 + 上年结转资金
    (PROVINCE, "income_expense_summary", "二、其他资金\t20.00", "二、其他资金\t25.00", "TB03"),
    (PROVINCE, "income_expense_summary", "上年结转资金\t30.00", "上年结转资金\t35.00", "TB03"),
    # 合计 = 基本支出 + 项目支出 + 单位预留机动经费: the reserve was no part, so parts summing above the
    # total went unseen (the template's unprinted parts leave only a sum above the total an error)
    (PROVINCE, "expense", "\t30.00", "\t40.00", "TB02"),
]


@pytest.mark.parametrize("tables,tid,old,new,check", SUMMARY_PLANTS)
def test_a_misprinted_budget_summary_figure_is_found(tables, tid, old, new, check):
    found = [f for f in _table_findings(_budget(_planted_row(tables, tid, old, new))) if f.severity == "error"]
    figure = new.split("\t")[-1]
    assert any(f.check == check and any(e.text == figure for e in f.evidence) for f in found), \
        [(f.check, f.message) for f in found]
