"""Stale years: last year's text left in this year's report (NT01's note that a mismatching figure is
last year's).

Every sentence and table here is made up."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _summary(prior: bool) -> dict:
    """A 收入支出决算总表 of 500.00 income, with the row's 上年决算数 (470.00) printed beside it or not."""
    if prior:
        head = "项目\t本年决算数\t上年决算数\t项目\t本年决算数\t上年决算数"
        rows = ["一、财政拨款收入\t400.00\t380.00\t一、教育支出\t420.00\t400.00", "二、其他收入\t100.00\t90.00\t\t\t",
                "本年收入合计\t500.00\t470.00\t本年支出合计\t420.00\t400.00",
                "年初结转和结余\t30.00\t20.00\t年末结转和结余\t110.00\t90.00", "总计\t530.00\t490.00\t总计\t530.00\t490.00"]
        top = "收入\t\t\t支出\t\t"
    else:
        head = "项目\t决算数\t项目\t决算数"
        rows = ["一、财政拨款收入\t400.00\t一、教育支出\t420.00", "二、其他收入\t100.00\t\t",
                "本年收入合计\t500.00\t本年支出合计\t420.00", "年初结转和结余\t30.00\t年末结转和结余\t110.00",
                "总计\t530.00\t总计\t530.00"]
        top = "收入\t\t支出\t"
    return {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [top, head, *rows]}}


def _found(tables: dict, sentence: str, year: int = 2024, heading: str = "二、收入决算情况说明") -> list:
    a = analysis_from(tables, f"{heading}\n{sentence}\n", year)
    return [f for f in run_checks(a) if f.severity in ("error", "warning")]


def test_this_years_figure_equal_to_last_years_column_says_so():
    [f] = [f for f in _found(_summary(True), "本年收入合计470.00万元。") if f.check == "NT01"]
    assert "上年决算数”470.00（上年数）一致" in f.message and "沿用上年文本" in f.message
    assert [e.text for e in f.evidence if e.role == "reference"][:2] == ["500.00", "470.00"]
    # a mismatch of another figure is only a mismatch
    [f] = [f for f in _found(_summary(True), "本年收入合计480.00万元。") if f.check == "NT01"]
    assert "上年" not in f.message
    # without last year's column, nothing to say
    [f] = [f for f in _found(_summary(False), "本年收入合计470.00万元。") if f.check == "NT01"]
    assert "上年" not in f.message
