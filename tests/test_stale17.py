"""Stale years: last year's text left in this year's report (TX02's year-labelled figure and stale
headings, NT01's note that a mismatching figure is last year's).

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


def _tx02(found: list) -> list:
    return [f for f in found if f.check == "TX02"]


def test_this_years_figure_labelled_with_last_year_is_a_stale_year():
    for prior in (False, True):
        [f] = _tx02(_found(_summary(prior), "2023年度收入合计500.00万元，其中：财政拨款收入400.00万元。"))
        assert f.severity == "warning" and "2023 年" in f.message and "本年（2024 年）" in f.message
        [cell] = [e for e in f.evidence if e.table == "income_expense_summary"]
        assert (cell.row, cell.text) == ("本年收入合计", "500.00")
        assert f.evidence[0].text.startswith("2023年度收入合计500.00万元")


def test_last_years_figure_with_its_year_is_silent():
    # the row's 上年决算数 is 470.00: a correct statement of last year
    assert _tx02(_found(_summary(True), "2023年度收入合计470.00万元。")) == []
    # a figure matching neither year is not the year's fault (and last year's is no table's)
    assert _tx02(_found(_summary(False), "2023年度收入合计480.00万元。")) == []


def test_last_years_figure_equal_to_this_years_is_silent():
    # printed beside it in the table
    tables = _summary(True)
    tables["income_expense_summary"]["rows"][4] = "本年收入合计\t500.00\t500.00\t本年支出合计\t420.00\t400.00"
    assert _tx02(_found(tables, "2023年度收入合计500.00万元。")) == []
    # said in words
    text = "2023年度收入合计500.00万元。本年收入合计500.00万元，与上年持平。"
    assert _tx02(_found(_summary(False), text)) == []


def test_comparisons_dates_plans_and_balances_are_not_year_labels():
    for sentence in ("本年收入合计500.00万元，比2023年增加30.00万元。",
                     "截至2023年12月31日，收入合计500.00万元。",
                     "2023年12月启动的项目收入合计500.00万元。",
                     "2023-2025年规划收入合计500.00万元。",
                     "与2023年度相比，收入合计500.00万元。",
                     "2023年度年初结转和结余30.00万元。"):    # last year's carry-over opens this year
        assert _tx02(_found(_summary(False), sentence)) == [], sentence


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


_BUDGET = {"gpb_expense": {"title": "一般公共预算支出表", "number": "公开05表", "rows": [
    "科目编码\t科目名称\t2030年执行数\t2031年预算数\t\t", "\t\t\t合计\t基本支出\t项目支出",
    "\t合计\t900.00\t960.00\t700.00\t260.00", "201\t一般公共服务支出\t900.00\t960.00\t700.00\t260.00"]}}


def test_a_budget_labelling_this_years_figure_with_last_year():
    heading = "二、一般公共预算支出预算情况"
    [f] = _tx02(_found(_BUDGET, "本部门2030年一般公共预算拨款支出960.00万元，主要用于一般公共服务。", 2031, heading))
    assert "2030 年" in f.message and "2031年预算数/合计" in f.message
    assert _tx02(_found(_BUDGET, "本部门2030年一般公共预算拨款支出900.00万元，主要用于一般公共服务。", 2031, heading)) == []
    [f] = [f for f in _found(_BUDGET, "本部门2031年一般公共预算拨款支出900.00万元，主要用于一般公共服务。", 2031, heading)
           if f.check == "NT01"]
    assert "2030年执行数”900.00（上年数）一致" in f.message


_BODY = "“三公”经费财政拨款支出决算为 12.00 万元，完成预算的 80.00%，决算数小于预算数的主要原因是压减出国团组和接待批次。"


def _headings(titles: list[str], year: int = 2024) -> list:
    a = analysis_from({}, "".join(f"{t}\n{_BODY}\n" for t in titles), year)
    a.report.type = "budget" if "预算情况说明" in titles[0] else "final"
    return _tx02([f for f in run_checks(a) if f.severity == "warning"])


def test_headings_of_last_year_are_one_finding():
    [f] = _headings(["第三部分 2024 年度部门决算情况说明", "七、2023 年度财政拨款“三公”经费支出决算情况说明",
                     "（一）2023年度“三公”经费财政拨款支出决算总体情况说明"])
    assert f.args["count"] == 2 and "2023 年决算" in f.message
    assert [e.text[:4] for e in f.evidence] == ["七、20", "（一）2"]


def test_headings_naming_last_year_on_purpose_are_silent():
    assert _headings(["第三部分 2024 年度部门决算情况说明", "七、2024 年度与 2023 年度“三公”经费支出决算对比情况",
                      "（一）2023年12月至2024年12月“三公”经费支出决算情况", "（二）2021-2023年“三公”经费决算情况"]) == []
    # a budget's account of last year's execution
    assert _headings(["第三部分 2031 年部门预算情况说明", "一、2030 年预算执行情况"], 2031) == []
    assert len(_headings(["第三部分 2031 年部门预算情况说明", "一、2030 年收支预算总体情况"], 2031)) == 1
