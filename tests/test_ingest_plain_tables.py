"""Tables of plain text exports (finder.ingest.plain_tables): one row a line, cells one space apart,
blank cells left out. Every table here is made up: the shape of an export, other names and numbers."""
from __future__ import annotations

from pathlib import Path

from finder import analysis
from finder.ingest import load, plain_tables, text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt"
EXPORT = ROOT / "corpora" / "text-exports" / "seed000_e_running.plain.txt"

SUMMARY = ["收入支出决算总表", "部门：甲局 2031 年度 公开 01 表", "金额单位：万元", "收入 支出",
           "项 目 行次 金 额 项目（按功能分类） 行次 金 额", "栏 次 1 栏 次 2",
           "一、一般公共预算财政拨款收入 1 300.00 一、一般公共服务支出 8 250.00",
           "二、事业收入 2 二、教育支出 9",
           "三、其他收入 3 20.00 三、住房保障支出 10 70.00",
           "7",                                                    # the page number
           "收入 支出", "项 目 行次 金 额 项目（按功能分类） 行次 金 额", "栏 次 1 栏 次 2",   # the header again
           "4 四、其他支出 11",
           "本年收入合计 5 320.00 本年支出合计 12 320.00",
           "6 13",
           "总计 7 320.00 总计 14 320.00",
           "注：本表反映部门本年度的总收支情况。"]

EXPENSE = ["一般公共预算财政拨款支出决算表", "公开 05 表", "金额单位：万元",
           "项 目 本年支出合计 基本支出 项目支出", "支出功能分类 科目编码 科目名称", "类 款 项 1 2 3",
           "合计 120.00 100.00 20.00",
           "201 一般公共服务支出 70.00 70.00",
           "20101 人大事务 70.00 70.00",
           "2010101 行政运行 70.00 70.00",
           "205 教育支出 50.00 30.00 20.00",
           "20502 普通教育 50.00 30.00 20.00",
           "2050201 学前教育 20.00 20.00",
           "2050202 小学教育 30.00 30.00",
           "注：本表反映部门本年度一般公共预算财政拨款支出情况。"]


def _tables(lines):
    return text.from_text("\n".join(lines) + "\n").tables


def _cells(t):
    return [(r.side, r.code, r.label, [c.raw for c in r.cells if c.kind != "text"]) for r in t.rows]


def test_two_sided_rows_are_anchored_by_both_sides_row_numbers():
    [t] = _tables(["一、部门概况", "甲局负责甲事务。"] + SUMMARY)
    assert t.id == "income_expense_summary" and t.unit == "万元"
    assert t.columns == [("收入", "项目"), ("收入", "金额"), ("支出", "项目（按功能分类）"), ("支出", "金额")]
    got = _cells(t)
    assert ("收入", None, "二、事业收入", [""]) in got
    # a row printing no income item: its figure is the spending side's
    assert ("支出", None, "四、其他支出", [""]) in got and not any(r[2] == "" for r in got)
    assert ("支出", None, "三、住房保障支出", ["70.00"]) in got
    assert ("支出", None, "总计", ["320.00"]) in got
    # the page number and the header printed again sit inside the table, not in the text
    assert [r.extra["line_no"] for r in t.rows if r.side == "支出"] == [str(n) for n in range(8, 15) if n != 13]


def test_a_row_with_fewer_figures_is_placed_only_where_the_sums_leave_one_column():
    [t] = _tables(EXPENSE)
    assert t.id == "gpb_expense"
    rows = {r.code or r.label: [c.raw for c in r.cells if c.kind != "text"] for r in t.rows}
    # 201 prints two figures under three columns: 项目支出 is left blank because the 合计 row's
    # 20.00 of 项目支出 is all of 205's, and 201's children then hold no 项目支出 either
    assert rows["201"] == ["70.00", "70.00", ""]
    assert rows["2050201"] == ["20.00", "", "20.00"]
    assert rows["2050202"] == ["30.00", "30.00", ""]
    assert rows["合计"] == ["120.00", "100.00", "20.00"]


def test_a_table_the_sums_cannot_place_is_not_read():
    # 2050201 and 2050202 print 20.00 twice each under 合计 | 基本支出 | 项目支出: either may be the
    # 基本支出 one, both readings keep every sum, so neither is taken
    ambiguous = EXPENSE[:6] + ["合计 110.00 90.00 20.00"] + EXPENSE[7:10] + [
        "205 教育支出 40.00 20.00 20.00", "20502 普通教育 40.00 20.00 20.00",
        "2050201 学前教育 20.00 20.00", "2050202 小学教育 20.00 20.00"] + EXPENSE[14:]
    assert _tables(ambiguous) == []
    # and a report whose row breaks its own sum under every placement
    broken = EXPENSE[:7] + ["201 一般公共服务支出 70.00 60.00"] + EXPENSE[8:]
    assert _tables(broken) == []
    # the lines stay text of the report, not values in a column
    report = text.from_text("\n".join(broken) + "\n")
    assert report.tables == [] and any("201 一般公共服务支出" in p.text for p in report.paragraphs)
    # the same rows with every figure printed are read as printed
    assert len(_tables(EXPENSE[:7] + ["201 一般公共服务支出 70.00 70.00 0.00"] + EXPENSE[8:])) == 1


def test_a_table_that_stops_at_a_row_it_cannot_read_is_not_read():
    # a row whose row number follows the last read row: the table would be cut short
    cut = SUMMARY[:9] + ["四、上级补助收入 4 四、其他支出 99"] + SUMMARY[14:]
    assert _tables(cut) == []
    # a coded row that does not parse (a word among its figures) would end the table early
    assert _tables(EXPENSE[:9] + ["2010101 行政运行 70.00 另 70.00"] + EXPENSE[10:]) == []


def test_a_name_wrapped_in_its_cell_is_read_whole():
    wrapped = EXPENSE[:9] + ["2010101 行政运", "70.00 70.00", "行"] + EXPENSE[10:12] + [
        "学前教", "2050201 20.00 20.00", "育"] + EXPENSE[13:]
    [t] = _tables(wrapped)
    labels = {r.code: (r.label, [c.raw for c in r.cells if c.kind != "text"]) for r in t.rows}
    assert labels["2010101"] == ("行政运行", ["70.00", "70.00", ""])
    assert labels["2050201"] == ("学前教育", ["20.00", "", "20.00"])


def test_one_sided_rows_with_row_numbers_and_a_name_holding_figures():
    lines = ["国有资产占用情况表", "公开 10 表", "单位：台、辆、套", "项 目 栏次 决算数",
             "一、车辆数合计(台、辆) 1 3", "1. 一般公务用车 2 2", "2. 其他用车 3 1",
             "二、单价 50 万元（含）以上设备(台、套) 4 0", "注：本表反映部门占用的国有资产情况。"]
    [t] = _tables(lines)
    assert t.id == "assets"
    assert [(r.label, r.cells[-1].raw) for r in t.rows][-1] == ("二、单价 50 万元（含）以上设备(台、套)", "0")


def _laid(rows, widths):
    """Lines as a layout export prints them: each cell padded to its column (figures set right),
    a blank cell printed as spaces."""
    return ["    " + "".join(c.rjust(w) if c[:1].isdigit() and k > 1 else c.ljust(w)
                             for k, (c, w) in enumerate(zip(r, widths))).rstrip() for r in rows]


LAID_EXPENSE = ["                    一般公共预算财政拨款支出决算表",
                "                                                        公开 05 表",
                "    金额单位：万元",
                "    项    目                                 本年支出合计    基本支出    项目支出",
                "    支出功能分类 科目编码      科目名称",
                "    类 款 项                                         1           2           3"] + _laid(
    [["合计", "", "120.00", "100.00", "20.00"], ["201", "一般公共服务支出", "70.00", "70.00", ""],
     ["20101", "人大事务", "70.00", "70.00", ""], ["2010101", "行政运行", "70.00", "70.00", ""],
     ["205", "教育支出", "50.00", "30.00", "20.00"], ["20502", "普通教育", "50.00", "30.00", "20.00"],
     ["2050201", "学前教育", "20.00", "", "20.00"], ["2050202", "小学教育", "30.00", "30.00", ""]],
    [10, 28, 14, 12, 12]) + ["", "    注：本表反映部门本年度一般公共预算财政拨款支出情况。"]


def test_space_laid_lines_no_space_laid_reader_took_are_read_as_the_plain_export():
    # a layout export prints blank cells as spaces: runs of spaces are one separator inside the
    # table, and the blank columns are placed by the sums as in the plain export
    assert "  " in LAID_EXPENSE[7] and LAID_EXPENSE[7].split() == EXPENSE[7].split()
    [t] = _tables(["一、部门概况", "甲局负责甲事务。"] + LAID_EXPENSE)
    [plain] = _tables(EXPENSE)
    assert t.id == "gpb_expense" and t.columns == plain.columns and _cells(t) == _cells(plain)
    # lines another reader took are not read again; TAB lines are left to the TAB reader
    assert plain_tables.find(LAID_EXPENSE, set(range(6, 14))) == []
    tabbed = EXPENSE[:6] + [ln.replace(" ", "\t") for ln in EXPENSE[6:]]
    assert plain_tables.find(tabbed, set()) == []


def test_a_space_laid_table_the_sums_cannot_place_is_not_read_either():
    # the x positions are not used: 20.00 printed twice under 合计 | 基本支出 | 项目支出 stays unread
    ambiguous = LAID_EXPENSE[:6] + _laid(
        [["合计", "", "110.00", "90.00", "20.00"], ["201", "一般公共服务支出", "70.00", "70.00", ""],
         ["20101", "人大事务", "70.00", "70.00", ""], ["2010101", "行政运行", "70.00", "70.00", ""],
         ["205", "教育支出", "40.00", "20.00", "20.00"], ["20502", "普通教育", "40.00", "20.00", "20.00"],
         ["2050201", "学前教育", "20.00", "20.00", ""], ["2050202", "小学教育", "20.00", "", "20.00"]],
        [10, 28, 14, 12, 12]) + LAID_EXPENSE[14:]
    assert _tables(ambiguous) == []


def test_letter_spaced_names_read_as_the_pdf_reads_them():
    # '合 计' (a name spread across its cell) is 合计, as the PDF's own reading gives it
    [t] = _tables(EXPENSE[:6] + ["合 计 120.00 100.00 20.00"] + EXPENSE[7:])
    assert t.rows[0].label == "合计" and t.rows[0].cells[0].raw == "合计"


def test_header_words_are_spelled_from_one_character_tokens():
    assert plain_tables.merged("项 目 行 次 金 额 项目（按功能分类）") == ["项目", "行次", "金额", "项目（按功能分类）"]
    assert plain_tables.merged("类 款 项 栏 次 1 2") == ["类款项栏次", "1", "2"]      # header residue
    assert plain_tables.merged("支 出 功 能 分类科目") == ["支出功能", "分类科目"]     # no header word: one


def test_plain_export_of_the_seed_reads_its_tables_as_the_seed_prints_them():
    # seed 000 printed as a PDF (corpora/synthetic/seed000_e_running.pdf, running header, page
    # numbers, names wrapped in their cells) and exported with pdfplumber's extract_text()
    seed = {t.id: t for t in load(str(SEED)).tables}
    export = {t.id: t for t in load(str(EXPORT)).tables}
    def filled(t):
        return sorted((r.side, r.code or "", r.label.replace(" ", ""), c.column[-1], c.raw)
                      for r in t.rows for c in r.cells if c.kind not in ("text", "blank"))

    for tid in ("income_expense_summary", "income", "gpb_expense", "assets"):
        assert filled(export[tid]) == filled(seed[tid])
    # 支出决算表 prints two figures under six columns (blank columns any of five): not read
    assert "expense" not in export
    # the narrative's figures now meet the tables: no table or arithmetic finding the seed lacks
    kinds = ("NT", "TB", "AR", "DR")
    mine = {(f.check, f.message) for f in analysis.analyse([str(SEED)]).findings if f.check.startswith(kinds)}
    got = {(f.check, f.message) for f in analysis.analyse([str(EXPORT)]).findings if f.check.startswith(kinds)}
    assert got <= mine and len(got) >= 5


def test_the_first_column_is_a_sum_only_when_no_other_column_counts_a_part_again():
    assert plain_tables._sums_to_first(["本年支出合计", "基本支出", "项目支出"])
    # a 其中 column or a subtotal among the others would be counted twice: no row identity
    assert not plain_tables._sums_to_first(["合计", "财政拨款", "其中：一般公共预算", "其他资金"])
    assert not plain_tables._sums_to_first(["合计", "财政拨款小计", "其他资金"])
    assert not plain_tables._sums_to_first(["年初预算数", "全年预算数", "决算数"])
