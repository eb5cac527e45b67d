"""Space-laid text tables (finder.ingest.spaced): columns by the gaps between values, header by
count, and a table that cannot be placed with confidence is not read."""
from __future__ import annotations

from finder.ingest import text

HEAD = ["            甲局2025年部门支出预算总表",
        "编制部门：甲局                                   单位：元",
        "            项目                        支出预算",
        " 功能分类科目编码",
        "            功能分类科目名称      合计       基本支出      项目支出",
        " 类  款  项"]
ROWS = ["201       一般公共服务支出          300.00        100.00        200.00",
        "201   01    行政运行                  100.00        100.00",
        "201   01    02 一般行政管理事务        200.00                      200.00",
        "           合计                      300.00        100.00        200.00"]


def _tables(lines):
    return text.from_text("\n".join(lines) + "\n").tables


def test_one_sided_table_read_by_value_gaps():
    [t] = _tables(HEAD + ROWS)
    assert t.id == "expense"
    assert t.columns[1:] == [("支出预算", "合计"), ("支出预算", "基本支出"), ("支出预算", "项目支出")]
    got = {r.label: (r.code, [c.raw for c in r.cells[1:]]) for r in t.rows}
    assert got["行政运行"] == ("20101", ["100.00", "100.00", ""])
    # 200.00 sits two gaps right of 合计: 项目支出, not 基本支出
    assert got["一般行政管理事务"] == ("2010102", ["200.00", "", "200.00"])
    assert got["合计"][1] == ["300.00", "100.00", "200.00"]


def test_row_that_fits_two_ways_drops_the_table():
    # with no total column to anchor a row, one value midway between two columns fits either:
    # no confident column, no table (the lines stay text)
    head = [ln.replace("合计", "上年数").replace("基本支出", "本年数").replace("项目支出", "变动数") for ln in HEAD]
    odd = ROWS[:3] + ["201   01    03 机关服务                        50.00"] + ROWS[3:]
    assert len(_tables(head + ROWS)) == 1
    assert _tables(head + odd) == []
    # under 合计 a lone value is the row's total; a second value off every column's gap drops it
    assert len(_tables(HEAD + odd)) == 1
    off = ROWS[:3] + ["201   01    03 机关服务                  50.00  50.00"] + ROWS[3:]
    assert _tables(HEAD + off) == []


def test_header_naming_other_columns_drops_the_table():
    # four names over three value columns: which one is missing is unknown
    head = HEAD[:4] + ["            功能分类科目名称      合计   基本支出   项目支出   其他"] + HEAD[5:]
    assert _tables(head + ROWS) == []


def test_two_sided_rows_are_not_read():
    head = ["收入支出预算总表", "单位：元", "   项目        预算数         项目          预算数"]
    rows = ["一、财政拨款收入     300.00  一、一般公共服务支出    300.00",
            "二、事业收入                 二、教育支出",
            "收入总计             300.00  支出总计                300.00"]
    assert _tables(head + rows) == []


def test_total_column_anchors_a_table_with_no_full_row():
    # no row fills 合计, 人员经费 and 公用经费 at once: the gaps from 合计 place the others
    head = ["甲局2025年部门一般公共预算基本支出部门预算经济分类预算表", "单位：元",
            "    项目                     一般公共预算基本支出",
            "    编码       经济分类科目名称        合计      人员经费     公用经费",
            "  类    款"]
    rows = ["301        工资福利支出              120.00        120.00",
            "301   01   基本工资                  120.00        120.00",
            "302        商品和服务支出             30.00                      30.00",
            "302   01   办公费                     30.00                      30.00"]
    [t] = _tables(head + rows)
    assert t.columns[1:] == [("一般公共预算基本支出", "合计"), ("一般公共预算基本支出", "人员经费"),
                             ("一般公共预算基本支出", "公用经费")]
    got = {r.label: [c.raw for c in r.cells[1:]] for r in t.rows}
    assert got["办公费"] == ["30.00", "", "30.00"] and got["基本工资"] == ["120.00", "120.00", ""]
    # without a total column first, nothing anchors the rows: not read
    assert _tables([ln.replace("合计", "上年数") for ln in head] + rows) == []
