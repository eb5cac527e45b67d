"""Coded tables a text export prints one cell a line (cells24): codes one a line, the name, the figures,
blank cells left out, folded into rows and read where the sums make placement certain. All text
here is made up in the shape of a real export."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest.text import from_text

_PROSE = ("2031年部门预算编制说明\n"
          "    2031年，某某区示例局支出预算1,300.00万元，其中：“教育支出(类)普通教育(款)小学教育(项)”400.00万元，"
          "主要用于小学运转。\n")

_HEAD = ["项目", "支出预算", "功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出", "类", "款", "项"]

# (code lines, name, figures): blank cells left out
_ROWS = [(["205"], "教育支出", ["13,000,000", "9,000,000", "4,000,000"]),
         (["205", "02"], "普通教育", ["13,000,000", "9,000,000", "4,000,000"]),
         (["205", "02", "02"], "小学教育", ["4,000,000", "4,000,000"]),
         (["205", "02", "03"], "初中教育", ["9,000,000", "9,000,000"])]


def _table(rows=_ROWS, head=_HEAD, page_break: int | None = None) -> str:
    out = ["2031年部门支出预算总表", "编制部门：某某区示例局", "单位：元", *head]
    for k, (codes, name, figs) in enumerate(rows):
        if k == page_break:
            out += ["\f" + head[0], *head[1:]]
        out += [*codes, name, *(f + " " for f in figs)]
    out += ["合计", "13,000,000 ", "9,000,000 ", "4,000,000 "]
    return "\n".join(out) + "\n"


def _report(table: str) -> str:
    return "某某区2031年区级部门预算\n预算主管部门：某某区示例局\n" + _PROSE + table + "注：本表按功能分类列示。\n其他相关情况说明\n    无。\n"


def _cells(t):
    return {row.code or row.label: [c.raw for c in row.cells[1:]] for row in t.rows}


def test_a_coded_table_one_cell_a_line_is_folded_into_rows_and_placed_by_its_sums():
    r = from_text(_report(_table()))
    (t,) = r.tables
    assert t.id == "expense"
    assert t.columns == [("功能分类科目名称",), ("合计",), ("基本支出",), ("项目支出",)]
    # 小学教育 4,000,000 twice: 合计 = 项目支出, as the 类/款 sums leave it (基本支出 of the 款 is all 初中教育's)
    assert _cells(t) == {"205": ["13,000,000", "9,000,000", "4,000,000"],
                         "20502": ["13,000,000", "9,000,000", "4,000,000"],
                         "2050202": ["4,000,000", "", "4,000,000"],
                         "2050203": ["9,000,000", "9,000,000", ""],
                         "合计": ["13,000,000", "9,000,000", "4,000,000"]}
    row = next(x for x in t.rows if x.code == "2050202")
    assert row.location == _report(_table()).splitlines().index("小学教育") - 2   # the 类 code's line (1-based)
    # the prose's 项 figure is now checked against the table
    claims = analyse_report(r).claims
    item = next(c for c in claims if c.raw.startswith("400.00"))
    assert item.status == "verified"
    assert item.checked_against[0]["row"] == "小学教育"


def test_the_header_printed_again_on_a_new_page_is_passed_over():
    r = from_text(_report(_table(page_break=2)))
    (t,) = r.tables
    assert _cells(t)["2050203"] == ["9,000,000", "9,000,000", ""]
    assert len(t.rows) == 5


def _two(rows) -> str:
    """The uncertain table, then a certain one (the same rows under the 一般公共预算 title)."""
    certain = _table().replace("2031年部门支出预算总表", "2031年部门一般公共预算支出功能分类预算表")
    return _report(_table(rows) + "注：本表按功能分类列示。\n" + certain)


def test_a_two_digit_line_among_the_figures_leaves_the_table_unread():
    # '02' after a row's figures: a 款 code of a row whose 类 is missing, or a figure? Not certain.
    rows = [*_ROWS[:2], (["205", "02", "02"], "小学教育", ["4,000,000", "02"]), _ROWS[3]]
    r = from_text(_two(rows))
    assert [t.id for t in r.tables] == ["gpb_expense"]


def test_two_name_lines_leave_the_table_unread():
    rows = [*_ROWS[:2], (["205", "02", "02"], "小学教育\n附加说明", ["4,000,000", "4,000,000"]), _ROWS[3]]
    r = from_text(_two(rows))
    assert [t.id for t in r.tables] == ["gpb_expense"]
