"""Tables a plain text export leaves uncertain by their own sums, read where another table of the same report
fixes them (plain_tree's references). Every table here is made up: the shape of such an export, other names
and numbers."""
from __future__ import annotations

from finder.ingest import text


def _report(lines, kind="决算"):
    return text.from_text("\n".join([f"甲区乙街道2031年度部门{kind}", *lines]) + "\n")


def _table(report, tid):
    [t] = [t for t in report.tables if t.id == tid]
    return t


def _cells(t, column):
    """{row: raw cell} of the column whose last heading is `column`."""
    [k] = [k for k, c in enumerate(t.columns) if c[-1] == column]
    return {r.code or r.label: r.cells[k].raw for r in t.rows}


# ------------------------------------------------------------------ 支出决算表 and its 一般公共预算 twin
_EXPENSE = ["支出决算表", "单位：万元", "项目", "对附属单位补",
            "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出", "功能分类", "助支出", "科目名称", "科目编码",
            "合计 900.00 600.00 300.00",
            "201 一般公共服务支出 120.00 120.00",
            "20101 人大事务 120.00 120.00",
            "2010101 行政运行 120.00 120.00",
            "208 社会保障和就业支出 480.00 480.00",
            "20805 行政事业单位养老支出 480.00 480.00",
            "2080501 行政单位离退休 480.00 480.00",
            "212 城乡社区支出 300.00 300.00",
            "21201 城乡社区管理事务 300.00 300.00",
            "2120104 城管执法 300.00 300.00",
            "注：本表反映部门本年度各项支出情况。"]

_GPB = ["一般公共预算财政拨款支出决算表", "单位：万元", "项目", "合计 基本支出 项目支出", "功能分类", "科目名称", "科目编码",
        "201 一般公共服务支出 120.00 120.00",
        "20101 人大事务 120.00 120.00",
        "2010101 行政运行 120.00 120.00",
        "208 社会保障和就业支出 480.00 480.00",
        "20805 行政事业单位养老支出 480.00 480.00",
        "2080501 行政单位离退休 480.00 480.00",
        "212 城乡社区支出 300.00 300.00",
        "21201 城乡社区管理事务 300.00 300.00",
        "2120104 城管执法 300.00 300.00",
        "合计 900.00 600.00 300.00",
        "注：本表反映部门本年度一般公共预算财政拨款支出情况。"]


def test_the_expense_tables_parts_are_placed_where_the_general_budget_table_splits_each_row():
    r = _report(_EXPENSE + _GPB)
    gpb = _table(r, "gpb_expense")
    assert _cells(gpb, "基本支出")["201"] == "120.00" and _cells(gpb, "项目支出")["212"] == "300.00"
    t = _table(r, "expense")
    basic, project = _cells(t, "基本支出"), _cells(t, "项目支出")
    assert basic == {"合计": "600.00", "201": "120.00", "20101": "120.00", "2010101": "120.00", "208": "480.00",
                     "20805": "480.00", "2080501": "480.00", "212": "", "21201": "", "2120104": ""}
    assert project["212"] == "300.00" and project["201"] == "" and project["合计"] == "300.00"
    assert set(_cells(t, "上缴上级支出").values()) == {""}


def test_a_row_other_funds_spent_on_is_placed_by_no_reference_so_the_parts_stay_unread():
    alone = _table(_report(_EXPENSE), "expense")         # no other table: the parts are told apart by no sum
    assert [c[-1] for c in alone.columns] == ["科目名称", "本年支出合计"]
    assert "基本支出" in [c[-1] for c in _table(_report(_EXPENSE + _GPB), "expense").columns]
    # 212 spends 50.00 more than the general budget's row (another fund): its 350.00 may be either part
    rows = [ln.replace("212 城乡社区支出 300.00 300.00", "212 城乡社区支出 350.00 350.00")
            .replace("21201 城乡社区管理事务 300.00 300.00", "21201 城乡社区管理事务 350.00 350.00")
            .replace("2120104 城管执法 300.00 300.00", "2120104 城管执法 350.00 350.00")
            .replace("合计 900.00 600.00 300.00", "合计 950.00 600.00 350.00") for ln in _EXPENSE]
    t = _table(_report(rows + _GPB), "expense")
    assert [c[-1] for c in t.columns] == ["科目名称", "本年支出合计"]
    assert _cells(t, "本年支出合计")["212"] == "350.00"


# ------------------------------------------------------------------ every value printed, one heading wrapped
_FULL_EXPENSE = ["支出决算表", "单位：万元", "项目", "对附属单位补助",
                 "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出", "功能分类 支出", "科目名称", "科目编码",
                 "决算数 决算数 决算数 决算数 决算数 决算数",
                 "类 款 项 合计 900.00 600.00 300.00 0.00 0.00 0.00",
                 "201 一般公共服务支出 420.00 300.00 120.00 0.00 0.00 0.00",
                 "20101 人大事务 420.00 300.00 120.00 0.00 0.00 0.00",
                 "2010101 行政运行 420.00 300.00 120.00 0.00 0.00 0.00",
                 "208 社会保障和就业支出 480.00 300.00 180.00 0.00 0.00 0.00",
                 "20805 行政事业单位养老支出 480.00 300.00 180.00 0.00 0.00 0.00",
                 "2080501 行政单位离退休 480.00 300.00 180.00 0.00 0.00 0.00",
                 "注：本表反映部门本年度各项支出情况。"]
_FULL_GPB = ["一般公共预算财政拨款支出决算表", "单位：万元", "项目", "合计 基本支出 项目支出", "功能分类", "科目名称",
             "科目编码",
             "201 一般公共服务支出 420.00 300.00 120.00",
             "20101 人大事务 420.00 300.00 120.00",
             "2010101 行政运行 420.00 300.00 120.00",
             "208 社会保障和就业支出 480.00 300.00 180.00",
             "20805 行政事业单位养老支出 480.00 300.00 180.00",
             "2080501 行政单位离退休 480.00 300.00 180.00",
             "合计 900.00 600.00 300.01",
             "注：本表反映部门本年度一般公共预算财政拨款支出情况。"]


def test_the_wrapped_headings_column_is_fixed_where_the_other_table_splits_the_rows():
    # the other table's total row prints 300.01 (rounded otherwise): that row is placed by the sums alone
    t = _table(_report(_FULL_EXPENSE + _FULL_GPB), "expense")
    assert [c[-1] for c in t.columns][:4] == ["科目名称", "本年支出合计", "基本支出", "项目支出"]
    assert _cells(t, "基本支出") == {"合计": "600.00", "201": "300.00", "20101": "300.00", "2010101": "300.00",
                                   "208": "300.00", "20805": "300.00", "2080501": "300.00"}
    assert _cells(t, "项目支出")["208"] == "180.00" and _cells(t, "对附属单位补助支出")["201"] == "0.00"


def test_a_row_the_two_tables_split_differently_is_read_as_its_own_table_prints_it():
    # the other rows fix the order; 208 prints every value, so its cells are what it prints
    gpb = [ln.replace("208 社会保障和就业支出 480.00 300.00 180.00", "208 社会保障和就业支出 480.00 180.00 300.00")
           for ln in _FULL_GPB]
    t = _table(_report(_FULL_EXPENSE + gpb), "expense")
    assert _cells(t, "基本支出")["208"] == "300.00" and _cells(t, "项目支出")["208"] == "180.00"


def test_two_tables_splitting_every_row_differently_leave_the_parts_unread():
    assert "基本支出" in [c[-1] for c in _table(_report(_FULL_EXPENSE + _FULL_GPB), "expense").columns]
    gpb = [ln.replace(" 300.00 120.00", " 120.00 300.00").replace(" 300.00 180.00", " 180.00 300.00")
           .replace("900.00 600.00 300.01", "900.00 300.01 600.00") for ln in _FULL_GPB]
    t = _table(_report(_FULL_EXPENSE + gpb), "expense")
    assert "基本支出" not in [c[-1] for c in t.columns]
