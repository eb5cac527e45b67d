"""One-cell-a-line tables of web text (layouts24): a cell's closing pipe on a line of its own, a two-row
header (a group over its members, its total first), a table whose rows are years turned so the report
year is a column. All text here is made up in the shape of real exports."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest.cell_lines import find
from finder.ingest.text import from_text


def _cells(*cells: str) -> str:
    """One cell a line, each closed by a '|' line of its own."""
    return "".join(f"{c}\n|\n" for c in cells)


_HEAD = ("年度", "合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费", "合计", "车辆购置", "车辆运行")


def _report(prose: str, rows: list[tuple[str, ...]], head: tuple[str, ...] = _HEAD) -> str:
    return (prose + "\n2031年决算数与2030年决算数对比情况\n" + _cells(*head)
            + "".join(_cells(*r) for r in rows) + "备注:公务接待费反映单位按规定开支的接待费用。\n")


_PROSE = ("本区2031年一般公共预算安排“三公”经费决算数620万元，比上年决算数下降20.51%。其中：因公出国(境)经费20万元，"
          "公务接待费300万元，公车购置及运行费300万元(其中公务用车购置费60万元，公务用车运行费240万元)。")
_ROWS = [("2030年", "780", "40", "340", "400", "100", "300"),
         ("2031年", "620", "20", "300", "300", "60", "240"),
         ("2031年比2030年增减%", "-20.51", "-50.00", "-11.76", "-25.00", "-40.00", "-20.00")]


def test_alternating_pipe_lines_with_a_group_header_are_read_and_turned():
    r = from_text(_report(_PROSE, _ROWS))
    (t,) = r.tables
    assert t.id == "three_public"
    assert t.columns == [("项目",), ("2030年",), ("2031年",), ("2031年比2030年增减%",)]
    rows = {row.label: [c.raw for c in row.cells[1:]] for row in t.rows}
    # the group's total is named by the group, its members by their own names
    assert rows == {"合计": ["780", "620", "-20.51"], "因公出国(境)经费": ["40", "20", "-50.00"],
                    "公务接待费": ["340", "300", "-11.76"], "公车购置及运行维护费": ["400", "300", "-25.00"],
                    "车辆购置": ["100", "60", "-40.00"], "车辆运行": ["300", "240", "-20.00"]}
    assert all("|" not in p.text for p in r.paragraphs)


def test_the_report_years_figures_verify_the_prose_and_a_wrong_one_is_found():
    a = analyse_report(from_text(_report(_PROSE.replace("公务用车运行费240", "公务用车运行费250"), _ROWS)))
    status = {(c.subject, c.raw): c.status for c in a.claims}
    assert status[("公务用车购置费", "60万元")] == "verified"
    assert status[("公务接待费", "300万元")] == "verified"
    assert status[("“三公”经费", "620万元")] == "verified"
    nt = [f for f in a.findings if f.check == "NT01"]
    assert len(nt) == 1 and nt[0].severity == "error" and "250" in nt[0].message and "240" in nt[0].message
    # a column of rates adds up nothing, and the table's own sums and rates hold
    assert not [f for f in a.findings if f.check.startswith("TB")]


def test_a_rate_the_turned_table_prints_wrong_is_found_against_its_own_years():
    rows = [_ROWS[0], _ROWS[1], _ROWS[2][:5] + ("-30.00", "-20.00")]
    a = analyse_report(from_text(_report(_PROSE, rows)))
    tb = [f for f in a.findings if f.check.startswith("TB")]
    assert [(f.check, f.severity) for f in tb] == [("TB02", "error")] and "-30.00" in tb[0].message


def test_a_group_whose_members_do_not_sum_stays_text():
    rows = [("2030年", "780", "40", "340", "400", "100", "300"), ("2031年", "620", "20", "300", "300", "60", "240")]
    assert len(from_text(_report(_PROSE, rows)).tables) == 1
    rows[0] = ("2030年", "780", "40", "340", "400", "100", "290")           # 400 ≠ 100 + 290
    assert from_text(_report(_PROSE, rows)).tables == []


def test_a_group_two_columns_could_head_stays_text():
    # 项目 | 甲 | 乙 over 小计 | 丁 | 戊: the rows sum as a group under 甲 and as one under 乙
    lines = _cells("项目", "甲", "乙", "小计", "丁", "戊",
                   "一行", "50", "30", "20", "10", "二行", "90", "50", "40", "10").split("\n")
    assert find(lines) == []
    # rows only a group under 乙 sums in are read so
    lines = _cells("项目", "甲", "乙", "小计", "丁", "戊",
                   "一行", "50", "30", "20", "10", "二行", "90", "50", "30", "20").split("\n")
    (t,) = find(lines)
    assert t.rows[:2] == [["项目", "甲", "乙", "", ""], ["", "", "小计", "丁", "戊"]]


def test_a_group_under_a_middle_column_is_placed_by_its_sums():
    head = ("项目", "合计", "公车购置及运行维护费", "因公出国(境)费", "公务接待费", "小计", "购置费", "运行费")
    rows = [("甲单位", "10", "6", "2", "4", "1", "3"), ("乙单位", "12", "7", "3", "4", "2", "3")]
    lines = (_cells(*head) + "".join(_cells(*r) for r in rows)).split("\n")
    (t,) = find(lines)
    assert t.rows[:2] == [["项目", "合计", "公车购置及运行维护费", "", "", "因公出国(境)费", "公务接待费"],
                          ["", "", "小计", "购置费", "运行费", "", ""]]
    assert t.rows[2:] == [list(r) for r in rows]


def test_years_over_columns_make_a_header_row():
    from finder.ingest.tables import classify

    assert classify(["项目", "2030年", "2031年", "2031年比2030年增减%"]) == "plain"
    assert classify(["合计", "2030", "2031", "12"]) == "valued"


def test_a_line_no_table_prints_is_named_by_the_caption_of_an_untitled_table():
    a = analyse_report(from_text(_report(_PROSE + "2031年公务用车购置数为1辆。", _ROWS)))
    (c,) = [c for c in a.claims if c.raw == "1辆"]
    assert "《2031年决算数与2030年决算数对比情况》" in c.reason


_BUDGET = ("2031年“三公”经费预算情况说明\n"
           "2031年“三公”经费预算数为26.40万元。其中：因公出国（境）费3.00万元；公务用车购置及运行费18.40万元，"
           "其中：公务用车购置费0万元，公务用车运行费18.40万元；公务接待费5.00万元。机关运行经费预算为310.25万元。\n"
           "2031年部门“三公”经费和机关运行经费预算表\n编制部门：某区示例局\n单位:万元\n"
           "“三公”经费预算数\n机关运行经费预算\n数\n合计\n因公出国(境)费\n公务接待费\n公务用车购置及运行费\n小计\n购置费\n运行费\n"
           "{values}\n其他相关情况说明\n")


def test_a_three_public_budget_table_printed_one_cell_a_line_is_read_in_reading_order():
    values = "\n".join(["26.40", "3.00", "5.00", "18.40", "0", "18.40", "310.25"])
    r = from_text(_BUDGET.format(values=values))
    (t,) = r.tables
    assert t.id == "three_public"
    got = {"/".join(c.column): c.raw for c in t.rows[0].cells}
    assert got["“三公”经费预算数/因公出国（境）费"] == "3.00" and got["“三公”经费预算数/公务接待费"] == "5.00"
    assert got["“三公”经费预算数/公务用车购置及运行费/购置费"] == "0"
    assert got["“三公”经费预算数/公务用车购置及运行费/运行费"] == "18.40" and got["机关运行经费预算数"] == "310.25"
    a = analyse_report(r)
    assert all(c.status == "verified" for c in a.claims if c.unit == "万元"), [(c.raw, c.status) for c in a.claims]


def test_a_prose_figure_the_one_cell_a_line_budget_table_contradicts_is_found():
    values = "\n".join(["26.40", "3.00", "5.00", "18.40", "0", "18.40", "310.25"])
    a = analyse_report(from_text(_BUDGET.format(values=values).replace("公务接待费5.00万元", "公务接待费6.00万元")))
    nt = [f for f in a.findings if f.check == "NT01"]
    assert len(nt) == 1 and "6.00" in nt[0].message and "5.00" in nt[0].message


def test_a_one_row_header_table_of_years_is_turned_too():
    cells = ["年份", "合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行维护费",
             "2030年", "50.00", "10.00", "15.00", "25.00", "2031年", "44.00", "8.00", "12.00", "24.00"]
    text = ("2031年“三公”经费支出44.00万元，其中：因公出国（境）费8.00万元，公务接待费12.00万元，"
            "公务用车购置及运行维护费24.00万元。\n“三公”经费支出情况\n" + "".join(f"{c} |\n" for c in cells)
            + "说明：以上为财政拨款支出。\n")
    r = from_text(text)
    (t,) = r.tables
    assert t.id == "three_public" and t.columns[1:] == [("2030年",), ("2031年",)]
    assert [row.label for row in t.rows] == ["合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行维护费"]
    a = analyse_report(r)
    assert {c.raw: c.status for c in a.claims if c.unit == "万元"} == {
        "44.00万元": "verified", "8.00万元": "verified", "12.00万元": "verified", "24.00万元": "verified"}


def test_a_pipe_tables_second_header_row_goes_under_its_span_beside_year_headings():
    text = ("2031年某镇“三公”经费预算情况统计表 | ||||\n单位:万元 | ||||\n"
            "项目 | 2030年预算数 | 2031年预算数 | 比上年增、减情况 | |\n增、减金额 | 增、减幅度 | |||\n"
            "合计 | 20.00 | 25.00 | 5 | 25% |\n公务接待费 | 4 | 9 | 5 | 125% |\n"
            "公务用车运行费 | 16.00 | 16.00 | 0 | 0 |\n注：以上为财政拨款安排。\n")
    (t,) = from_text(text).tables
    assert t.columns[-2:] == [("比上年增、减情况", "增、减金额"), ("比上年增、减情况", "增、减幅度")]
    assert [c.raw for c in t.rows[0].cells] == ["合计", "20.00", "25.00", "5", "25%"]
