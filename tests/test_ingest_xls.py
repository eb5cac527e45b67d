"""Old Excel (.xls) ingest: seed 000's tables as a BIFF8 workbook (corpora/synthetic/seed000_tables.xls, made
by scripts/make_seed_xls.py) read as the same tables as its .xlsx export; bad .xls input is one line, exit 2."""
from __future__ import annotations

import struct
from collections import Counter
from pathlib import Path

import pytest

from finder import cli, ingest
from finder.ingest import detect
from finder.testing import corpus_analysis, export_text_xlsx, split_text_book

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "corpora/seeds/000_601db7814e7d3dfd.txt")
BOOK = ROOT / "corpora/synthetic/seed000_tables.xls"
BOF = b"\x09\x08\x10\x00"          # a BIFF8 BOF record: opcode 0x0809, 16 bytes of data


def _tables(report) -> list:
    return [(t.id, t.number, t.title, t.unit, t.location, t.extra.get("sheet"),
             [(r.label, [c.raw for c in r.cells]) for r in t.rows]) for t in report.tables]


def test_the_xls_workbook_reads_as_the_same_tables_as_the_xlsx_one(tmp_path) -> None:
    export_text_xlsx(SEED, str(tmp_path / "n.txt"), str(tmp_path / "t.xlsx"))
    book = ingest.load(str(BOOK))
    assert book.kind == "xls" and (book.year, book.type) == (2024, "final") and book.department
    assert len([t for t in book.tables if t.number]) == 10
    assert _tables(book) == _tables(ingest.load(str(tmp_path / "t.xlsx")))


def test_narrative_text_with_its_tables_as_an_xls_finds_what_the_whole_text_finds(tmp_path) -> None:
    from finder.analysis import analyse

    narrative = tmp_path / "narrative.txt"
    narrative.write_text("\n".join(split_text_book(SEED)[0]) + "\n", encoding="utf-8")
    text, split = corpus_analysis(SEED), analyse([str(narrative), str(BOOK)])
    assert text.findings
    assert Counter((f.check, f.severity, f.message) for f in split.findings) == \
        Counter((f.check, f.severity, f.message) for f in text.findings)


def test_an_xls_is_known_by_its_workbook_stream_whatever_its_name(tmp_path) -> None:
    for name in ("tables.bin", "tables.xlsx"):          # an old workbook saved under a new name
        renamed = tmp_path / name
        renamed.write_bytes(BOOK.read_bytes())
        assert detect.sniff(str(renamed)) == "xls"
    doc = tmp_path / "report.bin"      # an OLE2 file with no workbook stream (as a Word .doc)
    doc.write_bytes(BOOK.read_bytes().replace("Workbook".encode("utf-16-le"), "Wxrkbook".encode("utf-16-le")))
    with pytest.raises(ingest.InputError) as exc:
        detect.sniff(str(doc))
    assert exc.value.reason == "unsupported"


def _filepass(data: bytes) -> bytes:
    """The workbook with the record after the globals' BOF made a FILEPASS (0x002F), the record an
    encrypted workbook carries there."""
    at = data.index(BOF) + len(BOF) + 16
    _, size = struct.unpack("<HH", data[at:at + 4])
    return data[:at] + struct.pack("<HH", 0x2F, size) + data[at + 4:]


@pytest.mark.parametrize("name, damage, said", [
    ("cut.xls", lambda d: d[:3000], "Excel 文件不完整或已损坏"),
    ("cut_late.xls", lambda d: d[:len(d) - 700], "Excel 文件不完整或已损坏"),
    ("locked.xls", _filepass, "Excel 文件已加密"),
    ("doc.xls", lambda d: d.replace("Workbook".encode("utf-16-le"), "Wxrkbook".encode("utf-16-le")),
     "内容不是 Excel 工作簿"),
    ("junk.xls", lambda d: bytes(range(256)) * 20, "文件名是 .xls，但内容不是 Excel 工作簿"),
])
def test_bad_xls_input_is_one_line_and_exit_2(tmp_path, capsys, name, damage, said) -> None:
    bad = tmp_path / name
    bad.write_bytes(damage(BOOK.read_bytes()))
    assert cli.main(["check", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and said in err[0]


def test_an_html_table_served_as_xls_is_read_as_html(tmp_path) -> None:
    page = tmp_path / "tables.xls"
    page.write_text("<html><body><table><tr><td>项目</td><td>决算数</td></tr>"
                    "<tr><td>公务接待费</td><td>9.50</td></tr></table></body></html>", encoding="utf-8")
    report = ingest.load(str(page))
    assert report.kind == "html" and [r.label for r in report.tables[0].rows] == ["公务接待费"]
