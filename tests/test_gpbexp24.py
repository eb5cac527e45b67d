"""一般公共预算财政拨款支出决算表 in plain page exports (gpbexp24): a row printed over three lines whose name
ran into the row above's, and a table whose own sums no placement fits because rows print a misprinted
figure. Every table here is made up: the shape of the exports found, other names and numbers."""
from __future__ import annotations

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
