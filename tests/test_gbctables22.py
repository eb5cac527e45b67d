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
