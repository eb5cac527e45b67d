"""Word (.docx) ingest: a report published as a Word file reads as its text; merged cells; bad files."""
from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import pytest

from finder import cli, ingest
from finder.ingest import docx
from finder.ingest.errors import InputError
from finder.testing import corpus_analysis, export_text_docx

SEED = str(Path(__file__).resolve().parent.parent / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(tmp_path, body: str, name: str = "r.docx") -> str:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    return str(path)


def test_a_report_published_as_word_reads_as_its_text(tmp_path) -> None:
    from finder.analysis import analyse

    path = str(tmp_path / "seed000.docx")
    export_text_docx(SEED, path)
    text, word = corpus_analysis(SEED), analyse([path])
    assert word.report.kind == "docx"
    standard = {(t.id, t.number.replace(" ", ""), len(t.rows)) for t in text.report.tables if t.number}
    assert len(standard) == 10
    assert standard <= {(t.id, t.number.replace(" ", ""), len(t.rows)) for t in word.report.tables}
    assert Counter((f.check, f.severity, f.message) for f in word.findings) == \
        Counter((f.check, f.severity, f.message) for f in text.findings)


def _cell(text: str, props: str = "") -> str:
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def test_merged_cells_become_spans() -> None:
    rows = [
        _cell("项目", '<w:vMerge w:val="restart"/>') + _cell("本年", '<w:gridSpan w:val="2"/>'),
        _cell("", "<w:vMerge/>") + _cell("预算数") + _cell("决算数"),
        _cell("合计") + _cell("10.00") + _cell("9.50"),
    ]
    html = docx._table(_element(f'<w:tbl xmlns:w="{W}">' + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>"))
    assert '<td rowspan="2">项目</td><td colspan="2">本年</td>' in html
    assert "<tr><td>预算数</td><td>决算数</td></tr>" in html


def _element(xml: str):
    from xml.etree import ElementTree

    return ElementTree.fromstring(xml)


def test_a_word_report_s_paragraphs_and_table(tmp_path) -> None:
    body = ("<w:p><w:r><w:t>某某局2031年度部门决算</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>“三公”经费支出决算表</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>单位：万元</w:t></w:r></w:p>"
            f'<w:tbl><w:tr>{_cell("项目")}{_cell("决算数")}</w:tr><w:tr>{_cell("公务接待费")}{_cell("9.50")}</w:tr>'
            f'<w:tr>{_cell("合计")}{_cell("9.50")}</w:tr></w:tbl>'
            "<w:p><w:r><w:t>本年公务接待费支出决算 9.50 万元。</w:t></w:r></w:p>")
    report = ingest.load(_docx(tmp_path, body))
    (t,) = report.tables
    assert (t.title, t.unit, [r.label for r in t.rows]) == ("“三公”经费支出决算表", "万元", ["公务接待费", "合计"])
    assert report.year == 2031 and any("9.50 万元" in p.text for p in report.paragraphs)


def test_a_zip_that_is_no_word_file_and_a_broken_word_file_are_input_errors(tmp_path, capsys) -> None:
    other = tmp_path / "archive.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("notes/readme.txt", "2024 年度部门决算")
    with pytest.raises(InputError) as exc:
        ingest.load(str(other))
    assert exc.value.reason == "unsupported"
    good = tmp_path / "seed.docx"
    export_text_docx(SEED, str(good))
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[:4000])
    assert cli.main(["check", str(cut)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Word 文件不完整或已损坏" in err[0]


def test_word_file_without_text_is_an_input_error(tmp_path) -> None:
    """A Word file holding only images of scanned pages (no text, no table) has nothing to check: exit 2."""
    f = tmp_path / "scanned.docx"
    with zipfile.ZipFile(f, "w") as z:
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                                        'wordprocessingml/2006/main"><w:body><w:p></w:p></w:body></w:document>')
    with pytest.raises(InputError) as e:
        docx.load(str(f))
    assert e.value.reason == "empty"
    assert cli.main(["check", str(f)]) == 2
