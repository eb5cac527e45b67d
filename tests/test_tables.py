"""build_table and identify on real grids: seed 000's TAB tables and pdfplumber grids of real PDFs."""
from decimal import Decimal
from pathlib import Path

import pytest

from finder.ingest import identify
from finder.ingest.tables import build_table, classify, code_level, join_code, split_label_code

ROOT = Path(__file__).resolve().parent.parent
SEED0 = ROOT / "corpora/seeds/000_601db7814e7d3dfd.txt"
PDFS = ROOT / "corpora/pdfs"


@pytest.fixture(scope="module")
def seed0_lines() -> list[str]:
    return SEED0.read_text("utf-8").split("\n")


def tab_block(lines: list[str], title: str, nth: int = 0):
    """The TAB rows after the nth line equal to `title`, up to the next 注： line."""
    starts = [i for i, line in enumerate(lines) if line.strip() == title]
    i = starts[nth] + 1
    rows, locs, raws = [], [], []
    while i < len(lines) and not lines[i].startswith("注"):
        if "\t" in lines[i]:
            rows.append(lines[i].split("\t"))
            locs.append(i + 1)
            raws.append(lines[i])
        elif rows and lines[i].strip():
            break
        i += 1
    return build_table(rows, title=title, row_locations=locs, row_raws=raws)


def cell(table, label, column, side=""):
    rows = [r for r in table.rows if r.label == label and (not side or r.side == side)]
    assert rows, f"no row {label!r} ({side})"
    c = rows[0].cell(column)
    assert c is not None, f"no column {column!r} in {rows[0].cells}"
    return c


def test_two_sided_summary_reads_each_side(seed0_lines):
    t = tab_block(seed0_lines, "收入支出决算总表")
    assert t.id == "income_expense_summary"
    assert cell(t, "本年收入合计", "金额").value == Decimal("1089.69")
    assert cell(t, "本年收入合计", "金额").raw == "1,089.69"
    assert cell(t, "本年支出合计", "金额").value == Decimal("1134.84")
    assert cell(t, "年初结转和结余", "金额").value == Decimal("45.15")
    totals = [r for r in t.rows if r.label == "总计"]
    assert [r.side for r in totals] == ["收入", "支出"]
    assert all(r.cell("金额").value == Decimal("1134.84") for r in totals)
    # the 行次 column is never an amount
    assert all("行次" not in c.column for r in t.rows for c in r.cells)
    row = next(r for r in t.rows if r.label == "本年收入合计")
    assert row.extra["line_no"] == "27" and row.location == 122 and row.raw.startswith("本年收入合计\t27\t")


def test_expense_table_codes_and_levels(seed0_lines):
    t = tab_block(seed0_lines, "支出决算表")
    assert t.id == "expense"
    row = t.row_by_code("2010301")
    assert row.label == "行政运行" and row.level == 3
    assert row.cell("本年支出合计").value == Decimal("304.15")
    assert t.row_by_code("20103").level == 2 and t.row_by_code("201").level == 1
    assert t.rows[0].label == "合计" and t.rows[0].cell("项目支出").value == Decimal("130.00")


def test_code_printed_inside_label(seed0_lines):
    t = tab_block(seed0_lines, "收入决算表")
    assert t.id == "income"
    row = t.row_by_code("2080505")
    assert row.label == "机关事业单位基本养老保险缴费支出"
    assert row.cell("其他收入").kind == "number" and row.cell("其他收入").value == Decimal("0.00")
    assert t.row_by_code("2299999").cell("其他收入").value == Decimal("240.53")


def test_three_pair_basic_expense(seed0_lines):
    t = tab_block(seed0_lines, "一般公共预算财政拨款基本支出决算表")
    assert t.id == "gpb_basic_expense"
    assert t.row_by_code("30217").label == "公务接待费"
    assert t.row_by_code("30217").cell("金额").value == Decimal("1.78")
    assert t.row_by_code("30217").side == "公用经费" and t.row_by_code("301").side == "人员经费"
    # 公用经费合计 spans two pairs; its amount is printed in the last pair
    assert cell(t, "公用经费合计", "金额").value == Decimal("51.00")
    assert cell(t, "人员经费合计", "金额").value == Decimal("668.17")


def test_dashes_blanks_and_zeros_kept_apart(seed0_lines):
    t = tab_block(seed0_lines, "财政拨款“三公”经费支出决算表")
    assert t.id == "three_public"
    assert cell(t, "（1）国内接待费", "年初预算数").kind == "dash"
    assert cell(t, "（1）国内接待费", "决算数").value == Decimal("1.78")
    assert cell(t, "其中：外事接待费", "决算数").kind == "blank"
    assert cell(t, "1.因公出国（境）费", "决算数").kind == "number"


def test_self_eval_form_bands(seed0_lines):
    t = tab_block(seed0_lines, "项目支出绩效自评表", nth=1)
    assert t.id == "project_self_eval"
    assert t.extra["fields"]["项目名称"] == "试验区办公室工作经费"
    assert cell(t, "年度资金总额", "全年执行数").value == Decimal("30")
    total = cell(t, "总分", "得分")
    assert total.value == Decimal("100") and cell(t, "总分", "分值").value == Decimal("100")
    # a row the extraction shifted left lands under its headers again
    row = next(r for r in t.rows if r.label.startswith("试验区例会及项目会") and r.cell("年度指标").raw.startswith("≥"))
    assert row.cell("年度指标").target.op == ">=" and row.cell("得分").value == Decimal("10")
    assert row.extra["group"] == ("产出指标", "数量指标")


def test_score_tables_identified_by_headers(seed0_lines):
    block = [i for i, line in enumerate(seed0_lines) if line.startswith("序号\t整体\t权重")][0]
    rows = [seed0_lines[i].split("\t") for i in range(block, block + 5)]
    t = build_table(rows)
    assert t.id == "score_summary"
    assert [c.raw for c in t.find_rows("合计")[0].cells] == ["合计", "100.00", "94.6", "94.6%"]


def test_row_classes():
    assert classify(["栏 次", "", "1", "栏 次", "", "2"]) == "residue"
    assert classify(["类", "款", "项", "栏次", "1", "2", "3"]) == "residue"
    assert classify(["", "30", "", "", "61", ""]) == "valued"
    assert classify(["项目名称", "", "X 工作经费"]) == "field"



def test_a_total_word_under_a_value_column_heads_a_subcolumn():
    # '项目支出' splits into 小计 | 其中：基本建设资金支出 on a third header row (the university template)
    grid = [["项目", None, None, None, "本年支出", None, None, None],
            ["科目编码", None, None, "科目名称", "合计", "基本支出", "项目支出", None],
            [None, None, None, None, None, None, "小计", "其中：基本建设资金支出"],
            ["类", "款", "项", "合计", "30.00", "20.00", "10.00", "4.00"],
            ["205", None, None, "教育支出", "30.00", "20.00", "10.00", "4.00"]]
    t = build_table(grid, title="财政拨款支出决算表", loc_kind="page", location=1)
    assert [r.label for r in t.rows] == ["合计", "教育支出"]
    assert ("本年支出", "项目支出", "小计") in t.columns
    assert classify(["", "", "", "合计", "", "", "", ""]) == "valued"   # a total row with blank cells


def test_code_helpers():
    assert join_code(["201", "06", "01"]) == "2010601"
    assert join_code(["201", "", ""]) == "201"
    assert split_label_code("2010301 行政运行", True) == ("2010301", "行政运行")
    assert split_label_code("208 05 06 机关事业单位职业年金缴费支出", True)[0] == "2080506"
    assert split_label_code("2024 日用瓷中国展经费", True) == (None, "2024 日用瓷中国展经费")
    assert code_level("30101") == 2 and code_level("2080506") == 3


@pytest.mark.parametrize("title,expected", [
    ("财政拨款收入支出决算总表", "fiscal_summary"),
    ("收入支出决算总表", "income_expense_summary"),
    ("政府性基金预算财政拨款收入支出决算表", "gov_fund"),
    ("国有资本经营预算财政拨款收入支出决算表", "state_capital"),
    ("2025年部门财务收支预算总表", "income_expense_summary"),
    ("2025年部门一般公共预算基本支出部门预算经济分类预算表", "gpb_basic_expense"),
    ("2025年部门“三公”经费和机关运行经费预算表", "three_public"),
    ("公开表九 “三公”经费、会议费、培训费支出预算表", "three_public"),
    ("财政拨款支出预算表（功能科目）", "fiscal_expense"),
    ("一般公共预算支出预算表（功能科目）", "gpb_expense"),
    ("公开 03 表：支出预算总表", "expense"),
    ("表 2：高等学校收入决算表", "income"),
    ("四、财政拨款收入支出决算情况说明", None),
])
def test_title_aliases(title, expected):
    assert identify.title_id(title) == expected


def test_number_patterns():
    assert identify.find_number("部门：景德镇市国家试验区管委会 2024 年度 公开 01 表")[:2] == ("公开 01 表", 1)
    assert identify.find_number("公开表十一")[1] == 11
    assert identify.find_number("表 1：高等学校收支决算总表")[1] == 1


def test_pdf_grid_with_merged_cells_and_split_codes():
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(PDFS / "putuo-commerce-2025-budget.pdf") as pdf:
        page = pdf.pages[11]
        title = page.extract_text().splitlines()[0]
        grid = page.extract_tables()[0]
    t = build_table(grid, title=title, loc_kind="page", location=12)
    assert t.id == "expense"
    assert ("支出预算", "合计") in t.columns
    row = t.row_by_code("2011301")
    assert row.label == "行政运行" and row.level == 3
    assert row.cell("合计").value == Decimal("9389913.00")
    assert t.row_by_code("20113").label == "商贸事务"


# ------------------------------------------------------------------ seed 000 through the text ingest
@pytest.fixture(scope="module")
def seed0_report():
    from finder.ingest import text
    return text.load(str(SEED0))


def test_code_residue_rows_are_header_not_data(seed0_report):
    # "类 款 项 1 2 3" (+ the wrapped "栏次" line glued onto 类) is header residue: it marks the
    # code columns and is never a data row labelled "项"
    gpb = seed0_report.table("gpb_expense")
    assert not [r for r in gpb.rows if r.label in ("项", "款", "类")]
    assert gpb.rows[0].label == "合计" and gpb.rows[0].cell("基本支出").value == Decimal("719.17")
    assert gpb.row_by_code("2010301").cell("本年支出合计").value == Decimal("304.15")
    for tid in ("gov_fund", "state_capital"):
        t = seed0_report.table(tid)
        assert [r.label for r in t.rows] == ["合计"], tid
        assert all(c.kind in ("blank", "text") for c in t.rows[0].cells)


def test_total_line_alone_is_its_own_row(seed0_report):
    """'\t\t\t合计\t\t' below a 栏次 row is the (empty) total row, not a wrapped tail of 栏次;
    a short wordless line ('\t\t人\t') still continues the row above."""
    from finder.ingest.text import _is_continuation
    for tid, line in (("gov_fund", 385), ("state_capital", 404)):
        t = seed0_report.table(tid)
        assert [(r.label, r.location) for r in t.rows] == [("合计", line)], tid
        assert t.rows[0].raw.strip("\t") == "合计"
    assert not _is_continuation(["", "", "", "合计", "", ""])
    assert not _is_continuation(["", "总 计", ""])
    assert _is_continuation(["", "", "人", ""])
    assert classify(["类栏次", "款", "项", "1", "2", "3"]) == "residue"
