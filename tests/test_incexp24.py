"""Plain text exports of district final accounts (pdfplumber extract_text) whose 一般公共预算财政拨款基本支出决算表
prints two sides on a line (人员经费 left, 公用经费 right: code, name, one value each), blank cells left out,
codes printed apart by level or whole, and a long name in pieces on the lines around its code's line.
Every table and sentence here is made up: the shape of such an export, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest import text

_HEAD = ["一般公共预算财政拨款基本支出决算表", "单位：万元", "经济分类 经济分类", "科目名称 决算数 科目名称 决算数",
         "科目编码 科目编码"]
_ROWS = ["301 工资福利支出 80.00 302 商品和服务支出 16.00",
         "301 01 基本工资 30.00 302 01 办公费 4.00",     # codes printed apart by level
         "30102 津贴补贴 20.00 30202 印刷费",             # a blank cell left out on the right
         "机关事业单位基本养老",                           # a name the code's line prints none of: pieces
         "30108 10.00 30205 水费 2.00",                   # above and below it
         "保险缴费",
         "30109 职业年金缴费 15.00 30211 差旅费 1.00",
         "30113 住房公积金 5.00 30212 8.00",
         "用 ",                                           # (the piece above sits with the name before it)
         "303 对个人和家庭的补助 6.00 30217 公务接待费 1.00",
         "30302 退休费 6.00 30299 其他商品和服务支出",
         "310 资本性支出 3.00",
         "31002 办公设备购置 3.00",
         "人员经费合计 86.00 公用经费合计 19.00",
         "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"]


def _report(rows: list[str], prose: str = ""):
    return text.from_text("\n".join(["甲区乙局2031年度部门决算", *_HEAD, *rows, prose]) + "\n")


def _rows(t):
    return [(r.code, r.label, [c.raw for c in r.cells if c.kind != "text"]) for r in t.rows]


def _with_piece_above(rows: list[str]) -> list[str]:
    """The 30212 name's first piece on the line above its code's line, beside nothing."""
    k = rows.index("30113 住房公积金 5.00 30212 8.00")
    return rows[:k] + ["因公出国（境）费"] + rows[k:]


def test_a_two_sided_basic_table_is_read_code_by_code():
    """The table stayed text: its lines print two code-name-value sides each, blank cells left out, names
    wrapped around the code's line. Each value is its side's code's; the names are joined from their pieces."""
    [t] = _report(_with_piece_above(_ROWS)).tables
    assert t.id == "gpb_basic_expense"
    got = _rows(t)
    assert ("301", "工资福利支出", ["80.00"]) in got
    assert ("30101", "基本工资", ["30.00"]) in got and ("30201", "办公费", ["4.00"]) in got
    assert ("30202", "印刷费", [""]) in got
    assert ("30108", "机关事业单位基本养老保险缴费", ["10.00"]) in got
    assert ("30212", "因公出国（境）费用", ["8.00"]) in got
    assert ("30299", "其他商品和服务支出", [""]) in got
    assert ("310", "资本性支出", ["3.00"]) in got
    assert (None, "人员经费合计", ["86.00"]) in got and (None, "公用经费合计", ["19.00"]) in got


def test_the_basic_spending_figures_are_held_to_the_read_table():
    """人员经费 and 公用经费 of the explanation are checked against the table's side totals; a class that its
    items do not add up to is flagged (TB01)."""
    prose = ("六、一般公共预算财政拨款基本支出决算情况说明\n"
             "一般公共预算财政拨款基本支出 105.00 万元。其中：人员经费 {p} 万元，主要包括：基本工资、津贴补贴；"
             "公用经费 19.00 万元，主要包括：办公费、水费。\n")
    a = analyse_report(_report(_with_piece_above(_ROWS), prose.format(p="86.00")))
    assert {c.raw: c.status for c in a.claims if c.raw in ("86.00 万元", "19.00 万元")} == {"86.00 万元": "verified",
                                                                                    "19.00 万元": "verified"}
    assert [f.check for f in a.findings if f.severity in ("error", "warning")] == []
    a = analyse_report(_report(_with_piece_above(_ROWS), prose.format(p="88.00")))
    assert "NT01" in [f.check for f in a.findings if f.severity == "error"]
    broken = [r.replace("30302 退休费 6.00", "30302 退休费 9.00") for r in _with_piece_above(_ROWS)]
    a = analyse_report(_report(broken))
    assert [(f.check, f.severity) for f in a.findings if f.check == "TB01"] == [("TB01", "error")]


def test_a_side_with_more_values_than_columns_or_a_stray_piece_leaves_the_table_unread():
    """Two values after one code (one value column a side), or a name piece no bare name can take where a
    bare name needs one, is no certain reading: the table stays text. The readable table is read."""
    assert [t.id for t in _report(_with_piece_above(_ROWS)).tables] == ["gpb_basic_expense"]
    two = [r.replace("30109 职业年金缴费 15.00", "30109 职业年金缴费 15.00 5.00") for r in _ROWS]
    assert _report(two).tables == []
    # the bare 30108 gets no piece above it: its name cannot be told
    bare = [r for r in _ROWS if r != "机关事业单位基本养老"]
    assert _report(bare).tables == []


def test_a_piece_two_names_could_take_is_left_out():
    """A piece between a name that may go on below its code and one that may open above its code (both
    printed on their lines, same side) belongs to either: it is given to neither, the values still read."""
    rows = _with_piece_above(_ROWS)
    k = rows.index("30109 职业年金缴费 15.00 30211 差旅费 1.00")
    rows = rows[:k] + ["补充"] + rows[k:]
    [t] = _report(rows).tables
    got = _rows(t)
    assert ("30109", "职业年金缴费", ["15.00"]) in got
    assert ("30108", "机关事业单位基本养老保险缴费", ["10.00"]) in got


# ---------------------------------------------------------------- 收入决算表 / 支出决算表
# The heading of one column wraps (对附属单位补助支出) and prints on no line of the others: it may be any column.
_EXP_HEAD = ["支出决算表", "单位：万元", "项目", "对附属单位", "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出",
             "功能分类", "补助支出", "科目名称", "科目编码"]
_EXP_ROWS = ["合计 300.00 200.00 100.00",
             "201 一般公共服务支出 300.00 200.00 100.00",
             "20103 政府办公厅 300.00 200.00 100.00",
             "2010301 行政运行 200.00 200.00",
             "2010350 事业运行 100.00 100.00",
             "注：本表反映部门本年度各项支出情况。"]


def _expense(rows: list[str], head: list[str] = _EXP_HEAD, prose: str = ""):
    return text.from_text("\n".join(["甲区乙局2031年度部门决算", *head, *rows, prose]) + "\n")


def test_the_expense_table_reads_its_total_column_only():
    """Blank cells left out: '300.00 200.00 100.00' puts the total first whatever the order, but its two parts
    fit any two of the five part columns by every sum (基本支出 or 上缴上级支出 …): only 本年支出合计 is read,
    the 合计 row above the coded rows with it."""
    [t] = _expense(_EXP_ROWS).tables
    assert t.id == "expense"
    assert [c[-1] for c in t.columns][-1:] == ["本年支出合计"] and len(t.columns) == 2
    got = _rows(t)
    assert (None, "合计", ["300.00"]) in got
    assert ("2010301", "行政运行", ["200.00"]) in got


def test_a_fully_printed_expense_table_reads_the_columns_every_order_agrees_on():
    """Zeros printed: the wrapped column may stand before 基本支出 or 项目支出 (then it holds their figures), so
    those two stay unread; 上缴上级支出 and 经营支出 are 0.00 under every order, and are read."""
    full = {"合计 300.00 200.00 100.00": "合计 300.00 200.00 100.00 0.00 0.00 0.00",
            "201 一般公共服务支出 300.00 200.00 100.00": "201 一般公共服务支出 300.00 200.00 100.00 0.00 0.00 0.00",
            "20103 政府办公厅 300.00 200.00 100.00": "20103 政府办公厅 300.00 200.00 100.00 0.00 0.00 0.00",
            "2010301 行政运行 200.00 200.00": "2010301 行政运行 200.00 200.00 0.00 0.00 0.00 0.00",
            "2010350 事业运行 100.00 100.00": "2010350 事业运行 100.00 0.00 100.00 0.00 0.00 0.00"}
    head = _EXP_HEAD[:-1] + ["科目编码", "决算数 决算数 决算数 决算数 决算数 决算数"]
    [t] = _expense([full.get(r, r) for r in _EXP_ROWS], head).tables
    names = [c[-1] for c in t.columns]
    assert names[1:] == ["本年支出合计", "上缴上级支出", "经营支出"]


def test_the_read_total_column_is_checked():
    """A class its items do not add up to, in the total column, is flagged (TB01); the table stayed text.
    (A row whose own parts do not add up to its total fits no placement: the table is read only where one
    pick of the misprinted value fits the families' sums, tests/test_misprint24.py; here the total.)"""
    broken = [r.replace("300.00 200.00", "310.00 210.00") if r.startswith(("合计", "201 ")) else r
              for r in _EXP_ROWS]
    a = analyse_report(_expense(broken))
    assert [(f.check, f.severity) for f in a.findings if f.check == "TB01"] == [("TB01", "error")]
    a = analyse_report(_expense(_EXP_ROWS))
    assert [f.check for f in a.findings if f.severity in ("error", "warning")] == []
    unfit = [r.replace("20103 政府办公厅 300.00", "20103 政府办公厅 390.00") for r in _EXP_ROWS]
    [t] = _expense(unfit).tables
    assert [r.cells[-1].raw for r in t.rows if r.code == "20103"] == ["390.00"]
