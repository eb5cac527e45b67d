"""District budget exports (pdfplumber extract_text, one space between cells, blank cells left out) read right
(session 23). Every table and sentence here is made up: the shape of such an export, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.checks import run as run_checks
from finder.ingest import text


def _report(rows: list[str], prose: str = ""):
    return text.from_text("\n".join(["甲区乙局2031年区级部门预算", *rows, prose]) + "\n")


def _tx04(report) -> list[str]:
    return [f.message for f in run_checks(analyse_report(report)) if f.check == "TX04"]


# a two-sided summary flattened one space apart, its long names wrapped onto lines of their own
_FISCAL = ["2031年部门财政拨款收支预算总表", "编制部门：甲区乙局 单位：元",
           "财政拨款收入 财政拨款支出",
           "项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算",
           "一、丙丁戊己庚辛",
           "一、一般公共预算 6,000,000.00 1,000,000.00 1,000,000.00 0.00 0.00",
           "支出",
           "二、政府性基金预算 3,000,000.00 二、壬癸支出 2,000,000.00 2,000,000.00 0.00 0.00",
           "三、国有资本经营预",
           "三、子丑支出 6,000,000.00 3,000,000.00 3,000,000.00 0.00",
           "算",
           "收入总计 9,000,000.00 支出总计 9,000,000.00 6,000,000.00 3,000,000.00"]


def test_rows_printing_two_bare_amounts_one_space_apart_are_table_rows_not_a_list():
    """'三、国有资本经营预' (an income name wrapped) above '三、子丑支出 6,000,000.00 …' (a spending row): the rows
    printed their cells one space apart, so no line counted as a table's and the names numbered 三 twice made
    a false TX04 'item 3 appears twice'."""
    report = _report(_FISCAL)
    assert _tx04(report) == []
    # the summary is read now (finder.ingest.plain_funds): its lines are the table's rows, no paragraph
    assert not [p for p in report.paragraphs if p.text.startswith("三、")]
    [t] = [t for t in report.tables if t.id == "fiscal_summary"]
    assert {r.label for r in t.rows} >= {"一、丙丁戊己庚辛支出", "三、国有资本经营预算", "三、子丑支出"}


# a 财务收支预算总表 exported one space apart: a sub-item's number a space before its name, values run into the
# spending side's names, the income side's last rows blank
_SUMMARY_ROWS = ["2031年部门财务收支预算总表", "编制部门：甲区乙局 单位：元", "本年收入 本年支出",
                 "项目 预算数 项目 预算数",
                 "一、财政拨款收入 900,000一、甲支出 200,000",
                 "1. 一般公共预算 900,000二、乙支出 400,000",
                 "2. 政府性基金预算 三、丙支出 300,000",
                 "二、事业收入", "三、其他收入",
                 "收入总计 900,000 支出总计 900,000"]


def test_names_with_blank_cells_after_a_two_sided_row_are_no_headings():
    """'2. 乙预算 三、丙支出 300,000' prints two numbered names and one amount (the income cell blank); the bare
    names after it ('二、事业收入', '三、其他收入') are the rows of that table, not headings of the report."""
    report = _report(_SUMMARY_ROWS, "一、部门预算编制说明\n本部门收入预算90万元。")
    heads = [p.text for p in report.paragraphs if p.role == "heading"]
    assert "二、事业收入" not in heads and "三、其他收入" not in heads
    assert "一、部门预算编制说明" in heads


def test_an_item_number_after_a_cells_opening_quote_counts_in_its_list():
    """A spreadsheet cell printed in quotes ('" 3.开展…' under '"1.完成…'): the quote hid the item's number, so the
    next '4.' read as 4 repeated. A real repeat after a quoted item is still one."""
    goal = ["七、绩效目标", '"1.完成甲任务。 "1.完成甲', "2.完成乙任务。 任务。", "3.完成丙任务。 2.完成乙任务。",
            "4.完成丁任务。", '" 3.完成丙', "任务。", "4.完成丁", '任务。"']
    assert _tx04(_report(goal)) == []
    assert _tx04(_report(["七、绩效目标", '"1.完成甲任务。', "2.完成乙任务。", '" 2.完成丙任务。'])) != []


# the budget's “三公” table beside its 机关运行经费: headings over one line of values, no pair line
_THREE = ["2031年部门“三公”经费和机关运行经费预算表", "编制部门：甲区乙局 单位:万元",
          "“三公”经费预算数", "机关运行经费预算", "公务用车购置及运行费", "数",
          "合计 因公出国(境)费 公务接待费", "小计 购置费 运行费"]


def _cells(values: str) -> dict[str, str]:
    [t] = [t for t in _report([*_THREE, values, "其他相关情况说明"]).tables if t.id == "three_public"]
    return {"/".join(p for p in col if p): c.raw for col, c in zip(t.columns, t.rows[0].cells)}


def test_a_budget_three_public_table_without_a_pair_line_is_read_by_its_sums():
    """No pair line (预算数 决算数) under the headings: the across reader wanted one, so the table stayed text and every
    “三公” figure of the explanation was checked only against its own parts."""
    got = _cells("60.50 0.00 1.50 59.00 40.00 19.00 300.25")
    assert got["“三公”经费预算数/合计"] == "60.50"
    assert got["“三公”经费预算数/公务接待费"] == "1.50"
    assert got["“三公”经费预算数/公务用车购置及运行费/购置费"] == "40.00"
    assert got["“三公”经费预算数/公务用车购置及运行费/运行费"] == "19.00"
    assert got["机关运行经费预算数"] == "300.25"
    # values whose sums never hold (19.00 printed 29.00) have no placement: the table stays text
    assert not [t for t in _report([*_THREE, "60.50 0.00 1.50 59.00 40.00 29.00 300.25", "其他相关情况说明"]).tables
                if t.id == "three_public"]


def test_budget_three_public_figures_are_held_to_the_read_table():
    prose = ("其他相关情况说明\n一、2031年“三公”经费预算情况说明\n2031年“三公”经费预算数为60.50万元。其中：公务接待费{v}万元。\n"
             "二、机关运行经费预算\n2031年甲区乙局财政拨款的机关运行经费预算为{w}万元。\n")
    rows = [*_THREE, "60.50 0.00 1.50 59.00 40.00 19.00 300.25"]
    a = analyse_report(_report(rows, prose.format(v="1.50", w="300.25")))
    assert [c.status for c in a.claims if c.raw.startswith(("1.50", "300.25"))] == ["verified", "verified"]
    a = analyse_report(_report(rows, prose.format(v="1.50", w="310.25")))
    assert [c.status for c in a.claims if c.raw.startswith("310.25")] == ["contradicted"]


def test_a_budget_summary_with_sub_items_and_a_value_run_into_the_next_name_is_read_side_by_side():
    """'1. 一般公共预算 900,000二、乙支出 400,000': the sub-item's number stood a space before its name and the value
    ran into the spending side's name, so neither side could be told and the whole 财务收支预算总表 stayed text
    (收入预算, 事业收入 … unverifiable: '报告未附载有此项的表格')."""
    [t] = _report(_SUMMARY_ROWS).tables
    assert t.id == "income_expense_summary"
    got = {r.label: [c.raw for c in r.cells if c.kind != "text"] for r in t.rows}
    assert got["1.一般公共预算"] == ["900,000"] and got["二、乙支出"] == ["400,000"]
    assert got["2.政府性基金预算"] == [""] and got["三、丙支出"] == ["300,000"]
    assert got["二、事业收入"] == [""] and got["收入总计"] == ["900,000"]
    prose = "一、部门预算编制说明\n2031年，甲区乙局收入预算{v}万元，其中：财政拨款收入{v}万元；事业收入0万元。"
    a = analyse_report(_report([prose.format(v="90"), *_SUMMARY_ROWS]))
    assert [c.status for c in a.claims if c.raw.startswith("90")] == ["verified", "verified"]
    a = analyse_report(_report([prose.format(v="95"), *_SUMMARY_ROWS]))
    assert "contradicted" in [c.status for c in a.claims if c.raw.startswith("95")]


_FUNDED = {"gpb_expense": {"title": "2031年部门一般公共预算支出功能分类预算表", "rows": [
    "功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出",
    "213\t农林水支出\t100.00\t\t100.00", "21303\t水利\t100.00\t\t100.00",
    "2130306\t水利工程运行与维护\t100.00\t\t100.00", "合计\t\t100.00\t\t100.00"]},
    "gov_fund": {"title": "2031年部门政府性基金预算支出功能分类预算表", "rows": [
        "功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出",
        "212\t城乡社区支出\t500.00\t\t500.00", "21208\t国有土地使用权出让收入安排的支出\t500.00\t\t500.00",
        "2120803\t城市建设支出\t500.00\t\t500.00", "合计\t\t500.00\t\t500.00"]}}


def test_a_fiscal_item_paid_from_a_fund_alone_is_held_to_the_funds_table():
    """'财政拨款支出主要内容' lists a 项 only the 政府性基金 table prints (2120803 城市建设支出): the 财政拨款 scope looked in
    the general budget's tables only ('表中未找到该款/项科目'), so a misprint passed."""
    from finder.testing import budget_analysis_from
    text = ("四、部门预算编制说明\n财政拨款支出主要内容如下：\n"
            "1.“农林水支出（类）水利（款）水利工程运行与维护（项）”100.00万元，主要用于河道养护。\n"
            "2.“城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）”{v}万元，主要用于道路建设。\n")
    a = budget_analysis_from(_FUNDED, text.format(v="500.00"))
    assert [c.status for c in a.claims if c.raw.startswith(("100.00", "500.00"))] == ["verified", "verified"]
    a = budget_analysis_from(_FUNDED, text.format(v="520.00"))
    assert [c.status for c in a.claims if c.raw.startswith("520.00")] == ["contradicted"]
    # no general-budget table read: the 项's general-budget part is unknown, the fund's figure is not taken for it
    fund_only = {"gov_fund": _FUNDED["gov_fund"]}
    a = budget_analysis_from(fund_only, text.format(v="520.00"))
    assert [c.status for c in a.claims if c.raw.startswith("520.00")] == ["unverifiable"]
