"""PDF ingest on the real corpus PDFs: tables (titles, continuations, codes), narrative lines, pages."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finder.ingest import pdf
from finder.ingest.pdf_lines import normalize_label

PDFS = Path(__file__).resolve().parent.parent / "corpora" / "pdfs"
PUTUO_TITLES = [
    "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
    "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
    "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
    "国有资本经营预算财政拨款收入支出决算表",
]


@pytest.fixture(scope="module")
def putuo() -> pdf.PdfContent:
    return pdf.read_pdf(str(PDFS / "putuo-finance-bureau-2024-final.pdf"))


@pytest.fixture(scope="module")
def putuo_tables(putuo: pdf.PdfContent) -> list:
    return [pdf._to_table(g, i) for i, g in enumerate(putuo.tables)]


def _text(content: pdf.PdfContent, pages: range) -> str:
    return "".join(ln.text for ln, _ in content.narrative if ln.page in pages)


def test_putuo_nine_titled_tables(putuo: pdf.PdfContent) -> None:
    titled = [g for g in putuo.tables if g.title]
    assert [g.title for g in titled] == PUTUO_TITLES
    assert all(g.unit == "万元" for g in titled)
    assert [g.page for g in titled] == [6, 8, 10, 12, 15, 16, 18, 19, 20]


def test_putuo_summary_spans_two_pages_as_one(putuo: pdf.PdfContent) -> None:
    summary = next(g for g in putuo.tables if g.title == "收入支出决算总表")
    assert summary.pages == [6, 7]
    rows = {r[0]: r for r in summary.grid}
    assert rows["一、一般公共预算财政拨款收入"][1] == "2,940.05"
    assert rows["年初结转和结余"][1] == "49.14" and rows["年初结转和结余"][2] == "年末结转和结余"
    assert rows["年初结转和结余"][3] == "55.34"
    assert summary.row_pages[-1] == 7 and summary.row_pages[2] == 6


def test_putuo_model_tables(putuo_tables: list) -> None:
    summary = next(t for t in putuo_tables if t.title == "收入支出决算总表")
    values = {(r.label, c.column[-1]): c.value for r in summary.rows for c in r.cells if c.value is not None}
    assert values[("一、一般公共预算财政拨款收入", "决算数")] == Decimal("2940.05")
    assert values[("年初结转和结余", "决算数")] == Decimal("49.14")
    assert values[("年末结转和结余", "决算数")] == Decimal("55.34")
    income = next(t for t in putuo_tables if t.title == "收入决算表")
    row = income.row_by_code("2010601")
    assert row is not None and row.label == "行政运行" and row.location == 8
    assert row.raw.split("\t")[:4] == ["201", "06", "01", "行政运行"]


def test_putuo_digits_stay_in_sentence(putuo: pdf.PdfContent) -> None:
    lines = [ln.text for ln, _ in putuo.narrative if "财政拨款收入支出总计" in ln.text]
    assert "上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，" in lines
    text = _text(putuo, range(21, 25))
    assert "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%" in text
    assert "截至2024年12月31日" in text and "“三公”经费财政拨款支出年初预算为0.95万元" in text


def test_putuo_part_three_pages(putuo: pdf.PdfContent) -> None:
    where = {ln.text: ln.page for ln, _ in putuo.narrative}
    assert where["一、收入支出决算总体情况说明"] == 21
    assert where["六、一般公共预算财政拨款基本支出决算情况说明"] == 23
    assert where["（三）国有资产占有使用情况说明"] == 24
    assert sum(1 for ln, _ in putuo.narrative if ln.page in range(21, 25)) == 116
    # table captions are not narrative; a note printed under an empty table follows a break
    assert "收入支出决算总表" not in where and "单位：万元" not in where
    notes = [(ln.page, brk) for ln, brk in putuo.narrative if ln.text.startswith("注：")]
    assert notes == [(19, True), (20, True)]


def test_letter_spacing_normalised_raw_kept(putuo: pdf.PdfContent) -> None:
    basic = next(g for g in putuo.tables if g.title == "一般公共预算财政拨款基本支出决算表")
    assert any(r[6] == "因公出国（境）费用" for r in basic.grid)
    assert any("因 公 出 国 （ 境 ） 费用" in raw for raw in basic.raws)
    assert normalize_label("本 年 收 入 合 计") == "本年收入合计"


@pytest.mark.parametrize("name, titles, numbers", [
    ("jiangsu-procuratorate-2018-budget.pdf", 12, [f"公开{i:02d}表" for i in range(1, 13)]),
    ("jiangsu-npc-2019-budget-tables.pdf", 12, None),
    ("putuo-govt-office-2025-budget.pdf", 9, None),
    ("putuo-commerce-2025-budget.pdf", 9, None),
    ("national-final-accounts-template.pdf", 9, None),
    ("swu-university-2023-final.pdf", 4, ["表1", "表2", "表3", "表4"]),
])
def test_other_pdfs_tables(name: str, titles: int, numbers: list[str] | None) -> None:
    content = pdf.read_pdf(str(PDFS / name))
    titled = [g for g in content.tables if g.title]
    assert len(titled) == titles
    assert all(g.title.endswith(("表", "）")) for g in titled)
    if numbers:
        assert [g.number for g in titled] == numbers
    for i, g in enumerate(content.tables):
        pdf._to_table(g, i)            # every grid builds, empty template tables included


def test_procuratorate_several_tables_per_page_and_wrapped_label() -> None:
    content = pdf.read_pdf(str(PDFS / "jiangsu-procuratorate-2018-budget.pdf"))
    on15 = [g.title for g in content.tables if g.page == 15]
    assert on15 == ["支出预算总表", "财政拨款收支预算总表", "财政拨款支出预算表"]
    first = content.tables[0]
    assert first.pages == [13, 14]
    assert any(r[2] == "十七、国土海洋气象等支出" for r in first.grid)
    purchase = content.tables[-1]
    assert purchase.pages == [20, 21, 22, 23]


def test_npc_caption_inside_table_and_remapped_continuation() -> None:
    content = pdf.read_pdf(str(PDFS / "jiangsu-npc-2019-budget-tables.pdf"))
    first = content.tables[0]
    assert (first.title, first.number, first.unit) == ("收支预算总表", "公开表一", "万元")
    last = content.tables[-1]
    assert last.pages == [12, 13] and last.ncols == 6
    assert last.grid[-1][-1] == "410.40"


def test_narrative_only_pdf_has_lines_and_no_tables() -> None:
    content = pdf.read_pdf(str(PDFS / "jiangsu-npc-2019-budget-narrative.pdf"))
    assert content.tables == [] and content.pages == 19
    assert len(content.narrative) > 200


def test_load_builds_report() -> None:
    try:
        report = pdf.load(str(PDFS / "putuo-finance-bureau-2024-final.pdf"))
    except (NotImplementedError, ImportError) as exc:     # outline.build_document still being written
        pytest.skip(f"outline.build_document not available yet: {exc}")
    assert report.kind == "pdf" and report.pages == 25 and len(report.sha256) == 64
    assert [t.title for t in report.tables if t.title] == PUTUO_TITLES
    para = next(p for p in report.paragraphs if "财政拨款收入支出总计0.3万元" in p.text)
    assert para.location == 21 and para.loc_kind == "page"


@pytest.fixture(scope="module")
def commerce():
    return pdf.load(str(PDFS / "putuo-commerce-2025-budget.pdf"))


@pytest.fixture(scope="module")
def commerce_tables(commerce) -> list:
    return commerce.tables


def test_total_spanning_code_columns_is_labelled_total(commerce_tables: list, putuo_tables: list) -> None:
    """合计 printed across the 类/款/项/名称 cells is the total row, not the row above it again."""
    for t in commerce_tables + putuo_tables:
        for above, row in zip(t.rows, t.rows[1:]):
            assert not (row.code is None and above.code and row.label == above.label), (t.title, row.raw)
    expense = next(t for t in commerce_tables if t.title == "2025年部门支出预算总表")
    total = expense.rows[-1]
    assert total.label == "合计" and total.code is None
    assert total.cell("合计").raw == "371,514,655.00" and total.cell("项目支出").raw == "351,684,000.00"
    econ = next(t for t in commerce_tables if "经济分类" in t.title)
    assert econ.rows[-1].label == "合计" and econ.rows[-1].cell("人员经费").raw == "18,120,593.00"
    gpb = next(t for t in putuo_tables if t.title == "一般公共预算财政拨款支出决算表")
    assert (gpb.rows[-1].label, gpb.rows[-1].cell("基本支出").raw) == ("合计", "2,336.91")


def test_three_public_printed_as_columns(commerce_tables: list, putuo_tables: list) -> None:
    """A 三公 table with the categories as column headers: one data row, each cell under its path."""
    budget = next(t for t in commerce_tables if t.id == "three_public")
    assert len(budget.rows) == 1
    got = {c.column: c.raw for c in budget.rows[0].cells}
    head = "“三公”经费预算数"
    assert got[(head, "合计")] == "1.00" and got[(head, "公务接待费")] == "1.00"
    assert got[(head, "因公出国(境)费")] == ""
    assert (head, "公务用车购置及运行费", "购置费") in got and (head, "公务用车购置及运行费", "运行费") in got
    assert got[("机关运行经费预算数",)] == "171.01"
    final = next(t for t in putuo_tables if t.id == "three_public")
    assert len(final.rows) == 1
    got = {c.column[1:]: c.raw for c in final.rows[0].cells}
    assert got[("合计", "预算数")] == "0.95" and got[("公务接待费", "预算数")] == "0.95"
    assert got[("公务用车购置及运行费", "公务用车运行费", "决算数")] == ""
    assert len(got) == 12


@pytest.fixture(scope="module")
def npc() -> pdf.PdfContent:
    return pdf.read_pdf(str(PDFS / "jiangsu-npc-2019-budget-tables.pdf"))


def test_caption_cell_overlapping_header_keeps_header_and_first_row() -> None:
    """Page 11 read without the white-fill filter: the caption cell also prints the header and the
    合计 row; the caption is lifted, the header and 合计 stay rows, the empty lead column goes."""
    import pdfplumber

    from finder.ingest.pdf_tables import GridTable, clean_grid
    with pdfplumber.open(str(PDFS / "jiangsu-npc-2019-budget-tables.pdf")) as doc:
        t = doc.pages[10].find_tables()[0]
        raw = [list(r) for r in t.extract()]
        col_x0 = [min((c[0] for c in col.cells if c), default=t.bbox[0]) for col in t.columns]
    assert "合计 1,642.08" in raw[0][0]                    # the page still prints it that way
    g = GridTable(raw, [], [], 11, tuple(t.bbox), col_x0, pages=[11])
    clean_grid(g)
    assert (g.title, g.number, g.unit) == ("一般公共预算机关运行经费支出预算表", "公开表十一", "万元")
    assert g.grid[0] == ["科目编码", "科目名称", "机关运行经费支出"]
    assert g.grid[1][0] == "合计" and g.grid[1][-1] == "1,642.08"
    table = pdf._to_table(g, 0)
    assert table.rows[0].label == "合计" and table.rows[0].cell("机关运行经费支出").raw == "1,642.08"


def test_npc_item_amount_header_is_a_header(npc: pdf.PdfContent) -> None:
    """项目名称 | 金额 under 收入 / 支出 is a header row, not a form field (项目名称: X)."""
    summary = pdf._to_table(npc.tables[0], 0)
    assert ("收入", "金额") in summary.columns and ("支出", "支出用途", "金额") in summary.columns
    fiscal = pdf._to_table(npc.tables[3], 3)
    assert "fields" not in fiscal.extra
    first = fiscal.rows[0]
    assert (first.label, first.side, first.cell("金额").raw) == ("一、一般公共预算", "收入", "18,330.37")
    spend = next(r for r in fiscal.rows if r.label == "一、基本支出")
    assert spend.side == "支出" and spend.cells[-1].column == ("支出", "支出用途", "金额")


def test_department_printed_on_cover_not_the_region(commerce) -> None:
    """Cover "上海市普陀区2025年区级部门预算 / 预算主管部门：上海市普陀区商务委员会": the title names
    only the district; the department is the one the cover's label prints (captions agree)."""
    assert commerce.title == "上海市普陀区2025年区级部门预算"
    assert (commerce.department, commerce.year, commerce.type) == ("上海市普陀区商务委员会", 2025, "budget")
    assert commerce.tables[0].extra["department"] == "上海市普陀区商务委员会"   # captions agree
    from finder.ingest import meta
    cover_only = pdf.Report(source="x", kind="pdf", sha256="", paragraphs=commerce.paragraphs)
    assert meta._department(cover_only, commerce.title) == "上海市普陀区商务委员会"


def test_tables_only_file_takes_department_and_year_from_captions(npc: pdf.PdfContent) -> None:
    from finder.ingest import meta
    report = pdf.Report(source="npc", kind="pdf", sha256="",
                        tables=[pdf._to_table(g, i) for i, g in enumerate(npc.tables)])
    assert npc.tables[0].extra["department"] == "江苏省人大常委会办公厅"   # "部门： X 单位：万元"
    meta.fill(report)
    assert (report.title, report.department, report.year, report.type) == ("", "江苏省人大常委会办公厅", 2019, "budget")


def test_unit_label_is_not_a_department() -> None:
    """SWU captions print "单位名称：" with nothing after it, then "单位：万元"."""
    content = pdf.read_pdf(str(PDFS / "swu-university-2023-final.pdf"))
    assert not any("department" in g.extra for g in content.tables)


def test_region_only_title_falls_back_to_part_one_heading() -> None:
    from finder.ingest import meta
    report = pdf.load(str(PDFS / "putuo-finance-bureau-2024-final.pdf"))
    assert report.department == "上海市普陀区财政局"
    # with a cover naming only the district, 第一部分上海市普陀区财政局概况 names the department
    assert meta._department(report, "上海市普陀区2024年度部门决算") == "上海市普陀区财政局"


def test_blank_template_amount_column_still_splits_two_sides() -> None:
    """An unfilled template (every 决算数 blank) is still two-sided: 人员经费合计 | 公用经费合计
    are two rows, and the right side's labels are not lost to the left side's."""
    content = pdf.read_pdf(str(PDFS / "national-final-accounts-template.pdf"))
    i, g = next((i, g) for i, g in enumerate(content.tables) if g.title.endswith("基本支出决算表"))
    t = pdf._to_table(g, i)
    assert [r.label for r in t.rows[-2:]] == ["人员经费合计", "公用经费合计"]
    assert t.row_by_code("301").label == "工资福利支出" and t.row_by_code("302").label == "商品和服务支出"
    assert all(c.kind == "blank" for r in t.rows for c in r.cells if c.column == ("决算数",))


def test_a_row_of_figures_opening_pages_is_not_taken_for_a_page_number():
    """Digits masked, '0 30 30 10 100 10' keys as every page number does; only a margin line
    printing a word repeats as a running header or footer."""
    from finder.ingest.pdf_lines import PdfLine, mark_residue

    pages = [(842.0, [PdfLine(str(n), n, 800, 810, 290, 300), PdfLine("某某部门2024年度部门决算", n, 30, 40, 200, 400)])
             for n in range(1, 6)]
    row = PdfLine("0 30 30 10 100 10", 3, 70, 76, 200, 450)
    pages[2][1].append(row)
    mark_residue(pages)
    assert all(ln.residue for _, lines in pages for ln in lines if ln is not row)
    assert not row.residue
