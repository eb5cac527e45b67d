"""Excel (.xlsx) ingest: the tables of a report published as a workbook beside its narrative read as the
same tables, with amounts printed as their number format prints them."""
from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import pytest

from finder import cli, ingest
from finder.ingest import xlsx
from finder.ingest.errors import InputError
from finder.testing import corpus_analysis, export_text_xlsx

SEED = str(Path(__file__).resolve().parent.parent / "corpora/seeds/000_601db7814e7d3dfd.txt")
XL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def test_narrative_text_with_its_tables_as_a_workbook_reads_as_the_whole_text(tmp_path) -> None:
    from finder.analysis import analyse

    narrative, book = str(tmp_path / "seed000.txt"), str(tmp_path / "seed000.xlsx")
    export_text_xlsx(SEED, narrative, book)
    text, split = corpus_analysis(SEED), analyse([narrative, book])
    standard = {(t.id, t.number.replace(" ", ""), len(t.rows)) for t in text.report.tables if t.number}
    assert len(standard) == 10
    assert standard <= {(t.id, t.number.replace(" ", ""), len(t.rows)) for t in split.report.tables}
    assert Counter((f.check, f.severity, f.message) for f in split.findings) == \
        Counter((f.check, f.severity, f.message) for f in text.findings)
    alone = ingest.load(book)
    assert alone.kind == "xlsx" and [t.location for t in alone.tables] == list(range(1, len(alone.tables) + 1))


@pytest.mark.parametrize("stored, code, shown", [
    ("1089.69", "#,##0.00", "1,089.69"),
    ("1089.6899999999998", "#,##0.00", "1,089.69"),      # the binary double, printed as the reader sees it
    ("371514655", "#,##0.00", "371,514,655.00"),
    ("12.5", "0.0", "12.5"),
    ("0.125", "0.00%", "12.50%"),
    ("0.30000000000000004", "General", "0.3"),
    ("849.17", "General", "849.17"),
    ("1E+10", "General", "10000000000"),
    ("-3.456", '#,##0.00_ ;[Red]\\-#,##0.00\\ ', "-3.46"),
    ("12.5", '0.00"万元"', "12.50"),
    ("45672", 'yyyy"年"m"月"d"日"', "2025-01-15"),           # a date is no figure
])
def test_a_number_is_printed_as_its_format_prints_it(stored, code, shown) -> None:
    assert xlsx.printed(stored, code) == shown


def _book(tmp_path, sheets: list[tuple[str, str, str]]) -> str:
    """A minimal workbook: (name, state, sheetData+mergeCells xml) per sheet; inline strings, no styles."""
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{XL}" xmlns:r="{REL}"><sheets>' + "".join(
            f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"{f" state={chr(34)}{s}{chr(34)}" if s else ""}/>'
            for i, (n, s, _) in enumerate(sheets, 1)) + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships">' + "".join(f'<Relationship Id="rId{i}" Target="worksheets/s{i}.xml"/>'
                                               for i in range(1, len(sheets) + 1)) + "</Relationships>")
        for i, (_, _, body) in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/s{i}.xml", f'<worksheet xmlns="{XL}">{body}</worksheet>')
    return str(path)


def _c(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def test_merged_cells_become_spans_and_hidden_sheets_are_skipped(tmp_path) -> None:
    data = ("<sheetData>"
            f'<row r="1">{_c("A1", "“三公”经费支出决算表")}</row>'
            f'<row r="2">{_c("C2", "单位：万元")}</row>'
            f'<row r="3">{_c("A3", "项目")}{_c("B3", "本年")}</row>'
            f'<row r="4">{_c("B4", "预算数")}{_c("C4", "决算数")}</row>'
            f'<row r="5">{_c("A5", "公务接待费")}<c r="B5"><v>10</v></c><c r="C5"><v>9.5</v></c></row>'
            '</sheetData><mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="A3:A4"/>'
            '<mergeCell ref="B3:C3"/></mergeCells>')
    path = _book(tmp_path, [("说明", "hidden", f'<sheetData><row r="1">{_c("A1", "隐藏的草稿 99.99")}</row></sheetData>'),
                            ("表9", "", data)])
    (_, name, html), = xlsx.read_sheets(path)
    assert name == "表9"
    assert '<td colspan="3">“三公”经费支出决算表</td>' in html
    assert '<td rowspan="2">项目</td><td colspan="2">本年</td>' in html and "99.99" not in html
    (t,) = ingest.load(path).tables
    assert (t.title, t.unit, t.location, t.extra["sheet"]) == ("“三公”经费支出决算表", "万元", 2, "表9")
    assert [(r.label, [c.raw for c in r.cells if c.kind == "number"]) for r in t.rows] == [("公务接待费", ["10", "9.5"])]


def test_a_cut_or_empty_workbook_is_one_line_and_exit_2(tmp_path, capsys) -> None:
    narrative, book = str(tmp_path / "n.txt"), tmp_path / "t.xlsx"
    export_text_xlsx(SEED, narrative, str(book))
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(book.read_bytes()[:3000])
    assert cli.main(["check", str(cut)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Excel 文件不完整或已损坏" in err[0]
    with pytest.raises(InputError) as exc:
        ingest.load(_book(tmp_path, [("空表", "", "<sheetData/>")]))
    assert exc.value.reason == "empty"


def test_a_batch_pairs_the_narrative_with_its_workbook(tmp_path, capsys) -> None:
    # the workbook names its department in a caption line and its year only there ('… 2024 年度 公开 01 表')
    import json

    folder = tmp_path / "dept"
    folder.mkdir()
    export_text_xlsx(SEED, str(folder / "narrative.txt"), str(folder / "tables.xlsx"))
    book = ingest.load(str(folder / "tables.xlsx"))
    assert (book.year, book.type) == (2024, "final") and book.department
    cli.main(["batch", str(tmp_path)])
    (row,) = [json.loads(ln) for ln in capsys.readouterr().out.splitlines() if ln.strip()]
    assert [Path(s).name for s in row["sources"]] == ["narrative.txt", "tables.xlsx"]
    assert row["summary"]["tables"] >= 10


def test_a_sheet_holding_two_tables_is_cut_at_the_second_caption(tmp_path) -> None:
    def table(top: int, title: str, label: str, value: str) -> str:
        return (f'<row r="{top}">{_c(f"A{top}", title)}</row>'
                f'<row r="{top + 1}">{_c(f"A{top + 1}", "项目")}{_c(f"B{top + 1}", "决算数")}</row>'
                f'<row r="{top + 2}">{_c(f"A{top + 2}", label)}<c r="B{top + 2}"><v>{value}</v></c></row>')
    data = ("<sheetData>" + table(1, "“三公”经费支出决算表", "公务接待费", "9.5")
            + table(6, "机关运行经费支出决算表", "机关运行经费", "120.25") + "</sheetData>")
    report = ingest.load(_book(tmp_path, [("决算表", "", data)]))
    assert [(t.title, [r.label for r in t.rows], t.location) for t in report.tables] == [
        ("“三公”经费支出决算表", ["公务接待费"], 1), ("机关运行经费支出决算表", ["机关运行经费"], 1)]


def test_shared_strings_join_rich_runs_and_leave_phonetic_guides_out() -> None:
    from xml.etree import ElementTree

    sst = (f'<sst xmlns="{XL}"><si><t>合计</t><rPh sb="0" eb="2"><t>hé jì</t></rPh></si>'
           "<si><r><t>“三公”</t></r><r><t>经费</t></r></si></sst>")
    assert xlsx._shared_strings(ElementTree.fromstring(sst)) == ["合计", "“三公”经费"]
