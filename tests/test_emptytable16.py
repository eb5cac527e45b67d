"""TX09: notes calling a table empty, and statements that the department has no funds of a kind.

Every report here is made up: the shape of the national template's tables and notes, other names and
numbers. The two Putuo budgets (PDF) print their fund tables empty under such notes: they stay silent."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder import analysis
from finder.checks import CheckOptions, _import_all, registry
from finder.model import Finding

ROOT = Path(__file__).resolve().parents[1]

_HEAD = """样例市某某事务中心
2031年度部门决算

样例市某某事务中心是市政府直属的公益一类事业单位，主要负责本市某某事务的综合协调、信息汇总、统计分析和对外服务等工作，内设综合科、业务科和信息科三个科室，另有所属某某站一个。

第二部分 样例市某某事务中心2031年度部门决算表

财政拨款收入支出决算总表

公开04表

部门：样例市某某事务中心\t2031年度\t单位：万元

收入\t\t支出\t\t\t\t
项目\t决算数\t项目\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款
一、一般公共预算财政拨款\t800.00\t一、一般公共服务支出\t800.00\t800.00\t\t
二、政府性基金预算财政拨款\t{fund_in}\t二、其他支出\t{fund_out}\t\t{fund_out}\t
三、国有资本经营预算财政拨款\t\t\t\t\t\t
本年收入合计\t{total}\t本年支出合计\t{total}\t800.00\t{fund_out}\t
总计\t{total}\t总计\t{total}\t800.00\t{fund_out}\t

注：本表反映部门本年度财政拨款收支情况。

政府性基金预算财政拨款收入支出决算表

公开08表

部门：样例市某某事务中心\t2031年度\t单位：万元

项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余
功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出\t
合计\t\t\t{table_in}\t{table_out}\t\t{table_out}\t
{fund_rows}
注：本表反映部门本年度政府性基金预算财政拨款收支情况。

{note}

第三部分 样例市某某事务中心2031年度部门决算情况说明

一、政府性基金预算财政拨款收入支出决算情况说明

{prose}
"""
_ROWS = "229\t其他支出\t\t{v}\t{v}\t\t{v}\t\n2296003\t用于体育事业的彩票公益金支出\t\t{v}\t{v}\t\t{v}\t\n"
_NOTE = "说明：样例市某某事务中心本年度没有政府性基金预算财政拨款收入和支出，故本表为空表。"


def _report(tmp_path: Path, *, fund: str = "", table: str = "", note: str = _NOTE, prose: str = "") -> list[Finding]:
    """The made-up report with the fund's summary figures (`fund`, '' for blank), its own table's
    figures (`table`), the note under that table and a narrative sentence; TX09's findings."""
    total = f"{800 + float(fund or 0):.2f}"
    text = _HEAD.format(fund_in=fund, fund_out=fund, total=total, table_in=table, table_out=table,
                        fund_rows=_ROWS.format(v=table) if table else "", note=note, prose=prose)
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    a = analysis.analyse([str(path)])
    _import_all()
    return [f for f in registry.get("TX09").run(a, CheckOptions()) if isinstance(f, Finding)]


def test_an_empty_table_under_its_empty_note_is_silent(tmp_path):
    assert _report(tmp_path, prose="本中心2031年度无政府性基金预算财政拨款收入和支出。") == []


def test_a_table_its_note_calls_empty_but_printing_figures(tmp_path):
    """The note was copied from a year without the fund: the table under it prints 60.00."""
    [f] = _report(tmp_path, fund="60.00", table="60.00")
    assert f.severity == "error" and "本表为空表" in f.message and "60.00" in f.message
    assert f.evidence[0].text == _NOTE and f.evidence[1].table == "gov_fund"


def test_the_note_ties_only_to_the_table_right_above_it(tmp_path):
    """Another table's title (not read as a table) between the table and the note: the note is that one's."""
    note = "国有资本经营预算财政拨款收入支出决算表\n\n公开09表\n\n注：本表为空表。"
    assert _report(tmp_path, fund="60.00", table="60.00", note=note) == []


def test_a_fund_said_not_had_while_the_summary_prints_it(tmp_path):
    """The fund's own table left blank (its note agrees), the 财政拨款收入支出决算总表 prints 35.00."""
    found = _report(tmp_path, fund="35.00", note="注：本表为空表。",
                    prose="本中心2031年度无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出。")
    [f] = found                             # one finding a sentence, on its first statement
    assert f.severity == "error" and "35.00" in f.message and "收入" in f.args["phrase"]
    assert f.evidence[1].table == "fiscal_summary"


@pytest.mark.parametrize("prose", [
    "本中心2031年度没有政府性基金预算财政拨款收入和支出。",
    "说明：样例市某某事务中心本年度未使用政府性基金预算财政拨款安排支出。",
    "2031年，本中心无政府性基金预算拨款收入、支出和结转结余。",
])
def test_wordings_of_a_fund_not_had_are_read(tmp_path, prose):
    [f] = _report(tmp_path, fund="35.00", note="", prose=prose)
    assert f.severity == "error" and f.evidence[0].text == prose


def test_a_bracketed_empty_note_under_a_table_printing_figures(tmp_path):
    [f] = _report(tmp_path, fund="60.00", table="60.00", note="（本表为空）")
    assert f.severity == "error" and f.evidence[0].text == "（本表为空）"


def test_a_fund_said_not_had_while_the_prose_states_it(tmp_path):
    """Tables empty, the prose elsewhere states the fund's income: a warning, once (the 说明 under the
    fund's table says the same and is the first to be held to it)."""
    prose = ("本中心2031年度无政府性基金预算财政拨款收入和支出。\n\n"
             "二、收入决算情况说明\n\n2031年度政府性基金预算财政拨款收入12.00万元。")
    [f] = _report(tmp_path, prose=prose)
    assert f.severity == "warning" and "12.00万元" in f.message and f.evidence[0].text == _NOTE


@pytest.mark.parametrize("prose", [
    "本中心上年无政府性基金预算财政拨款收入和支出。",                       # another year
    "2030年度本中心无政府性基金预算财政拨款收入和支出。",                   # another year, by number
    "本中心无政府性基金预算财政拨款结转结余。",                             # a part only
    "当此表数据为空时，即本中心无政府性基金预算财政拨款收入、支出。",        # a condition
    "无政府性基金预算财政拨款收入支出的部门，作下述说明。",                 # an instruction
    "所属某某站无政府性基金预算财政拨款收入和支出。",                       # a unit, not the department
])
def test_statements_not_of_the_department_this_year_stay_quiet(tmp_path, prose):
    assert _report(tmp_path, fund="35.00", table="35.00", note="", prose=prose) == []


@pytest.mark.parametrize("name", ["putuo-commerce-2025-budget.pdf", "putuo-govt-office-2025-budget.pdf",
                                  "putuo-finance-bureau-2024-final.pdf"])
def test_the_putuo_reports_empty_fund_tables_under_their_notes_are_silent(name):
    """Each prints its two fund tables empty under '故本表为空表' / '故本表无数据' notes, which tie to them."""
    from finder.checks.tx import empty_notes
    from finder.checks.tx.common import squash

    a = analysis.analyse([str(ROOT / "corpora" / "pdfs" / name)])
    notes = [p for p in a.report.paragraphs if "本表" in squash(p.text) and ("为空表" in p.text or "无数据" in p.text)]
    tied = {empty_notes.table_above(a.report, p, 0).id for p in notes}
    assert tied == {"gov_fund", "state_capital"}
    _import_all()
    assert [f for f in registry.get("TX09").run(a, CheckOptions()) if isinstance(f, Finding)] == []
