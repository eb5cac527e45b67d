"""Plain text exports of district final accounts (pdfplumber extract_text) whose coded tables print the label
heading 项目 on a line of its own above the column names, stack 功能分类 / 科目名称 / 科目编码 below them, and wrap
a long name around its line of figures, over three lines when it is long (the middle piece beside the code).
Every table and sentence here is made up: the shape of such an export, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest import text

_HEAD = ["一般公共预算财政拨款支出决算表", "单位：万元", "项目", "合计 基本支出 项目支出", "功能分类", "科目名称",
         "科目编码"]
_ROWS = ["一般公共服务",            # the first row's name wrapped: its figures on the code's line
         "201 60.00 60.00",
         "支出",
         "20103 政府办公厅 60.00 60.00",
         "2010301 行政运行 60.00 60.00",
         "社会保障和就",
         "208 90.00 80.00 10.00",
         "业支出",
         "行政事业单位",
         "20805 80.00 80.00",
         "养老支出",
         "机关事业单位",            # three lines: the middle piece of the name beside the code
         "2080505 基本养老保险 50.00 50.00",
         "缴费支出",
         "2080506 职业年金缴费支出 30.00 30.00",
         "20899 其他社会保障支出 10.00 10.00",
         "2089999 其他社会保障支出 10.00 10.00",
         "合计 150.00 140.00 10.00",
         "注：本表反映部门本年度一般公共预算财政拨款支出情况。"]


def _report(rows: list[str], prose: str = ""):
    return text.from_text("\n".join(["甲区乙局2031年度部门决算", *_HEAD, *rows, prose]) + "\n")


def _rows(t):
    return [(r.code, r.label, [c.raw for c in r.cells if c.kind != "text"]) for r in t.rows]


def test_a_coded_table_with_its_label_heading_alone_and_wrapped_names_is_read():
    """The heading 项目 alone on its line made the column names line read as the sides of a two-sided table,
    and the first row's wrapped name was no first row: the whole table stayed text."""
    [t] = _report(_ROWS).tables
    assert t.id == "gpb_expense"
    got = _rows(t)
    assert ("201", "一般公共服务支出", ["60.00", "60.00", ""]) in got
    assert ("208", "社会保障和就业支出", ["90.00", "80.00", "10.00"]) in got
    assert ("2080505", "机关事业单位基本养老保险缴费支出", ["50.00", "50.00", ""]) in got
    assert ("20899", "其他社会保障支出", ["10.00", "", "10.00"]) in got


def test_an_item_stated_against_the_read_table():
    """With the table read, a 项 item in the explanation is held to its row: one printed a unit off is flagged."""
    prose = ("五、一般公共预算财政拨款支出决算情况说明\n"
             "1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）"
             "{v} 万元，主要用于缴费支出。\n")
    a = analyse_report(_report(_ROWS, prose.format(v="50.00")))
    assert [c.status for c in a.claims if c.raw.startswith("50.00")] == ["verified"]
    a = analyse_report(_report(_ROWS, prose.format(v="55.00")))
    assert [f.check for f in a.findings if f.severity in ("error", "warning")] == ["NT01"]


def test_a_table_whose_sums_cannot_hold_stays_unread():
    """Rows shifted against their codes by the extraction (each row's figures are another row's): no placement
    of the blank cells holds, so the table is left unread rather than read into wrong columns."""
    shifted = [r.replace("50.00 50.00", "10.00 10.00") if r.startswith("2080505") else r for r in _ROWS]
    shifted = [r.replace("208 90.00 80.00 10.00", "208 30.00 30.00 7.00") for r in shifted]
    assert _report(shifted).tables == []
