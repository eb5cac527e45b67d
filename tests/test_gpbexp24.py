"""一般公共预算财政拨款支出决算表 in plain page exports (gpbexp24): a row printed over three lines whose name
ran into the row above's, and a table whose own sums no placement fits because rows print a misprinted
figure. Every table here is made up: the shape of the exports found, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest import text

_HEAD = ["一般公共预算财政拨款支出决算表", "单位：万元", "项目", "合计 基本支出 项目支出", "功能分类", "科目名称", "科目编码"]
_NOTE = "注：本表反映部门本年度一般公共预算财政拨款支出情况。"

# the row above's wrapped name ('…专项补' / '贴支出') printed character by character with the next
# row's first line ('其他离退休支' / '出'): '贴其支他出离退休支'
SPLIT = ["一般公共预算财政拨款支出决算表", "单位：万元", "项 目 一般公共预算财政拨款支出决算数", "功能分类",
         "科目编码 科目名称 合计 基本支出 项目支出", "类 款 项",
         "208 社会保障和就业支出 200.00 180.00 20.00",
         "20805 行政事业单位养老支出 180.00 180.00 0.00",
         "2080501 行政单位离退休 100.00 100.00 0.00",
         "2080505 机关事业单位专项补 50.00 50.00 0.00",
         "2080506", "贴其支他出离退休支", "30.00 30.00 0.00",
         "20899", "出其他就业支出", "20.00 0.00 20.00",
         "2089901 就业专项 20.00 0.00 20.00",
         "合计 200.00 180.00 20.00", _NOTE]

# the same codes printed with their names in another table of the report (columns of its own)
ELSEWHERE = ["支出决算表", "单位：万元", "项目 合计 基本支出 项目支出 上缴上级支出",
             "2080505 机关事业单位专项补贴支出 50.00 50.00 0.00 0.00",
             "2080506 其他离退休支 30.00 30.00 0.00 0.00",
             "20899 其他就业支出 20.00 0.00 20.00 0.00",
             "注：本表反映部门本年度各项支出情况。",
             "收入决算表", "单位：万元", "项目 合计 财政拨款收入 其他收入",
             "2080506 其他离退休支出 30.00 30.00 0.00",
             "20899 其他就业补助 20.00 20.00 0.00",
             "注：本表反映部门本年度取得的各项收入情况。"]

# 212 and 21201 print 830.00 for their 基本支出 of 8,300.00 (their own rows do not add up); every
# other row prints two figures under three columns, placed by the sums
MISPRINT = _HEAD + ["201 一般公共服务支出 50.00 50.00",
                    "20101 人大事务 50.00 50.00",
                    "2010101 行政运行 50.00 50.00",
                    "212 城乡社区支出 9,300.00 830.00 1,000.00",
                    "21201 城乡社区管理事务 9,300.00 830.00 1,000.00",
                    "2120101 行政运行 8,300.00 8,300.00",
                    "2120104 城管执法 1,000.00 1,000.00",
                    "合计 9,350.00 8,300.00 1,050.00", _NOTE]


def _report(lines, prose=""):
    return text.from_text("\n".join(["甲区乙局2031年度部门决算", *lines, prose]) + "\n")


def _rows(t):
    return {r.code or r.label: (r.label, [c.raw for c in r.cells][-3:]) for r in t.rows}     # 合计 基本支出 项目支出


def test_a_row_printed_code_words_figures_is_read_by_its_code_and_its_name_left_unread():
    [t] = [t for t in _report(SPLIT).tables if t.id == "gpb_expense"]
    rows = _rows(t)
    assert rows["2080506"] == ("", ["30.00", "30.00", "0.00"])
    assert rows["20899"] == ("", ["20.00", "0.00", "20.00"])
    assert rows["2089901"] == ("就业专项", ["20.00", "0.00", "20.00"])
    assert not any("贴其支" in r.label or "出其他" in r.label for r in t.rows)


def test_a_split_row_and_the_row_above_it_take_the_name_the_report_prints_for_their_code_elsewhere():
    [t] = [t for t in _report(ELSEWHERE + SPLIT).tables if t.id == "gpb_expense"]
    rows = _rows(t)
    assert rows["2080506"] == ("其他离退休支出", ["30.00", "30.00", "0.00"])    # the longest of its heads
    assert rows["2080505"][0] == "机关事业单位专项补贴支出"                        # its cut name's whole
    assert rows["20899"][0] == ""                                                 # two names differ: none taken
    assert rows["2080501"][0] == "行政单位离退休"                                 # a row read whole keeps its own


def test_rows_whose_own_sums_fail_are_placed_where_one_misprint_pick_fits_and_the_misprint_is_reported():
    a = analyse_report(_report(MISPRINT))
    [t] = [t for t in a.report.tables if t.id == "gpb_expense"]
    rows = _rows(t)
    assert rows["201"][1] == ["50.00", "", "50.00"]                   # 项目支出: the 合计 row's 基本支出 is 212's
    assert rows["2120101"][1] == ["8,300.00", "8,300.00", ""]
    assert rows["2120104"][1] == ["1,000.00", "", "1,000.00"]
    assert rows["212"][1] == ["9,300.00", "830.00", "1,000.00"]       # as printed
    said = [(f.check, f.message) for f in a.findings if f.check.startswith("TB")]
    assert [m.split("；")[0] for c, m in said if c == "TB01"] == [
        "一般公共预算财政拨款支出决算表“21201 城乡社区管理事务”的基本支出为 830.00，而其下级科目合计为 [8299.995, 8300.005]"]
    assert all("若为 8,300.00" in m for _, m in said)     # one misprint behind them all (tb/cause.py)
    assert sorted(m.split("：")[0] for c, m in said if c == "TB02" and "基本支出、项目支出之和" in m) == [
        "一般公共预算财政拨款支出决算表“城乡社区支出”行", "一般公共预算财政拨款支出决算表“城乡社区管理事务”行"]


def test_a_misprint_leaves_the_table_unread_when_another_row_still_has_two_placements():
    # 2120101 and 2120104 print the same figure twice: with the misprint read, either may be the
    # 基本支出 one, so the table stays text
    twin = _HEAD + ["212 城乡社区支出 2,000.00 100.00 1,000.00",
                    "21201 城乡社区管理事务 2,000.00 100.00 1,000.00",
                    "2120101 行政运行 1,000.00 1,000.00",
                    "2120104 城管执法 1,000.00 1,000.00",
                    "合计 2,000.00 1,000.00 1,000.00", _NOTE]
    assert not [t for t in _report(twin).tables if t.id == "gpb_expense"]
    assert [t for t in _report(MISPRINT).tables if t.id == "gpb_expense"]
