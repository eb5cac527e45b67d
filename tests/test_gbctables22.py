"""Plain text exports of district final accounts (pdfplumber extract_text) whose two-sided summary table
prints no 行次 column: each line holds an income item and a spending item, or one of them alone, and a long
spending name wraps its last characters onto a line of their own. Every table and sentence here is made up:
the shape of such an export, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest import text

_SUMMARY = ["收入支出决算总表", "单位：万元", "收入 支出", "项目 决算数 项目 决算数",
            "一、一般公共预算财政拨款收入 300.00 一、一般公共服务支出 40.00",
            "二、政府性基金预算财政拨款收入 20.00 二、外交支出",
            "三、上级补助收入 三、国防支出",
            "四、其他收入 四、教育支出 80.00",
            "五、科学技术支出 50.00",          # the income side has ended: a spending item alone
            "六、灾害防治及应急管理支 150.00",  # a spending name wrapped onto the next line
            "出",
            "本年收入合计 320.00 本年支出合计 320.00",
            "使用非财政拨款结余 结余分配",
            "年初结转和结余 10.00 年末结转和结余 10.00",
            "总计 330.00 总计 330.00",
            "注：本表反映部门本年度的总收支和年末结转结余情况。"]


def _report(rows: list[str], prose: str = ""):
    return text.from_text("\n".join(["甲区乙局2031年度部门决算", *rows, prose]) + "\n")


def _cells(t):
    return {r.label: [c.raw for c in r.cells if c.kind != "text"] for r in t.rows}


def test_a_summary_table_without_row_numbers_is_read_side_by_side():
    """Two sides, no 行次: the layout had no reading, so the whole table stayed text."""
    [t] = _report(_SUMMARY).tables
    assert t.id == "income_expense_summary"
    got = _cells(t)
    assert got["二、政府性基金预算财政拨款收入"] == ["20.00"]
    assert got["二、外交支出"] == [""]
    assert got["五、科学技术支出"] == ["50.00"]
    assert got["本年支出合计"] == ["320.00"]
    assert "四、其他收入" in got and "结余分配" in got


def test_a_wrapped_name_is_joined_only_where_it_alone_ends_on_its_next_line():
    """A spending name broken before its last characters joins them; a lone figure-less piece cannot be read
    as a row of its own."""
    got = _cells(_report(_SUMMARY).tables[0])
    assert got["六、灾害防治及应急管理支出"] == ["150.00"]
    assert not any(label.startswith("出") for label in got)


def test_a_wrapped_piece_joins_no_figure():
    """A piece alone under a line that opens with a figure has no name to finish: the table stays unread rather than
    read with a row named by a figure."""
    rows = [r if not r.startswith("六、") else "150.00 六、灾害防治及应急管理支" for r in _SUMMARY]
    assert not _report(rows).tables


def test_a_one_item_line_holding_neither_side_word_leaves_the_table_unread():
    """'五、其他' names neither 收入 nor 支出: which side it belongs to cannot be told, so nothing is read."""
    rows = [r if not r.startswith("五、") else "五、其他 50.00" for r in _SUMMARY]
    assert not _report(rows).tables


def test_the_totals_stated_in_the_explanation_are_held_to_the_read_table():
    prose = "一、收入支出决算总体情况说明\n甲区乙局2031年度收入支出总计{v}万元。\n"
    a = analyse_report(_report(_SUMMARY, prose.format(v="330.00")))
    assert [c.status for c in a.claims if c.raw.startswith("330.00")] == ["verified"]
    a = analyse_report(_report(_SUMMARY, prose.format(v="360.00")))
    assert [c.status for c in a.claims if c.raw.startswith("360.00")] == ["contradicted"]


# the “三公” table as the export prints it: headings wrapped over lines in no column order of their own,
# a pair line, one line of values (blank cells left out)
_THREE_HEAD = ["财政拨款“三公”经费支出决算表", "单位：万元", "财政拨款“三公”经费", "公务用车购置及运行维护费", "因公出国",
               "合计 公务用车 公务用车 公务接待费", "（境）费 小计", "购置费 运行维护费", "预算数 决算数 " * 5 + "预算数 决算数"]
_THREE_NOTE = "注：本表反映部门本年度“三公”经费支出预决算情况。"


def _three(values: str, head: list[str] = _THREE_HEAD):
    [t] = _report([*head, values, _THREE_NOTE]).tables
    assert t.id == "three_public"
    return {"/".join(p for p in col if p): c.raw for col, c in zip(t.columns, t.rows[0].cells)}


def test_a_three_public_table_with_wrapped_headings_is_read_by_its_sums():
    """The headings wrap ('因公出国' above, '（境）费' below '合计'): no column order could be read off the lines, so the
    table stayed text. The template's columns are placed in the one order the lines and the sums allow."""
    got = _three("20.00 14.00 2.00 1.00 13.00 9.00 5.00 4.00 8.00 5.00 5.00 4.00")
    assert got["财政拨款“三公”经费/合计/决算数"] == "14.00"
    assert got["财政拨款“三公”经费/因公出国（境）费/预算数"] == "2.00"
    assert got["财政拨款“三公”经费/公务用车购置及运行维护费/小计/决算数"] == "9.00"
    assert got["财政拨款“三公”经费/公务用车购置及运行维护费/公务用车购置费/决算数"] == "4.00"
    assert got["财政拨款“三公”经费/公务用车购置及运行维护费/公务用车运行维护费/决算数"] == "5.00"
    assert got["财政拨款“三公”经费/公务接待费/决算数"] == "4.00"


def test_columns_the_sums_cannot_place_are_left_out():
    """8 of 12 values printed: the vehicle spending fits 购置费 as well as 运行维护费, so neither is read; the totals, the
    blank 出国 pair and 公务接待费 are the same under every placement and are read."""
    got = _three("30.00 20.00 28.00 19.00 28.00 19.00 2.00 1.00")
    assert got["财政拨款“三公”经费/合计/预算数"] == "30.00"
    assert got["财政拨款“三公”经费/因公出国（境）费/决算数"] == ""
    assert got["财政拨款“三公”经费/公务用车购置及运行维护费/小计/决算数"] == "19.00"
    assert got["财政拨款“三公”经费/公务接待费/决算数"] == "1.00"
    assert not any("公务用车购置费" in k or "公务用车运行维护费" in k for k in got)


def test_an_unknown_heading_or_sums_that_never_hold_leave_the_table_unread():
    """A column the template has no place for (会议费 where 公务接待费 stands) cannot be spelled; values whose totals
    fit no order (合计 20.00 against 2.00 + 13.00 + 9.00) have no placement: either way nothing is read."""
    head = [h.replace("公务接待费", "会议费") for h in _THREE_HEAD]
    assert not _report([*head, "20.00 14.00 2.00 1.00 13.00 9.00 5.00 4.00 8.00 5.00 5.00 4.00", _THREE_NOTE]).tables
    assert not _report([*_THREE_HEAD, "20.00 14.00 2.00 1.00 13.00 9.00 5.00 4.00 8.00 5.00 9.00 4.00",
                        _THREE_NOTE]).tables


def test_a_three_public_figure_is_held_to_the_read_table():
    prose = "七、财政拨款“三公”经费支出决算情况说明\n公务接待费支出决算{v}万元。\n"
    rows = [*_THREE_HEAD, "20.00 14.00 2.00 1.00 13.00 9.00 5.00 4.00 8.00 5.00 5.00 4.00", _THREE_NOTE]
    a = analyse_report(_report(rows, prose.format(v="4.00")))
    assert [c.status for c in a.claims if c.raw.startswith("4.00")] == ["verified"]
    a = analyse_report(_report(rows, prose.format(v="4.50")))
    assert [c.status for c in a.claims if c.raw.startswith("4.50")] == ["contradicted"]
