"""Bad input ends a run with exit code 2 and exactly one 'finder:' line on stderr, no traceback."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder import cli
from finder.ingest import detect
from finder.ingest.errors import InputError

CORPUS = Path(__file__).resolve().parent.parent / "corpora"
PUTUO = CORPUS / "pdfs" / "putuo-finance-bureau-2024-final.pdf"


def minimal_pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A well-formed PDF (correct xref offsets) from object bodies numbered 1..n; 1 is the catalog."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def _page_objects(content: bytes, resources: bytes = b"<< >>") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources + b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]


def _make(kind: str, tmp: Path) -> Path:
    if kind == "missing":
        return tmp / "nope.pdf"
    if kind == "directory":
        d = tmp / "reports.pdf"
        d.mkdir()
        return d
    p = tmp / f"{kind}.pdf"
    if kind == "empty":
        p.write_bytes(b"")
    elif kind == "not_pdf":
        p.write_text("<html><body>404 Not Found</body></html>", encoding="utf-8")
    elif kind == "truncated":
        p.write_bytes(PUTUO.read_bytes()[: PUTUO.stat().st_size // 3])
    elif kind == "encrypted":
        enc = b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <%s> /U <%s> >>" % (b"ab" * 32, b"cd" * 32)
        objs = _page_objects(b"BT /F1 12 Tf 72 720 Td (secret) Tj ET") + [enc]
        p.write_bytes(minimal_pdf(objs, b"/Encrypt 5 0 R /ID [<%s> <%s>] " % (b"01" * 16, b"01" * 16)))
    elif kind == "scanned":
        p.write_bytes(minimal_pdf(_page_objects(b"0 0 0 rg 72 72 451 698 re f")))
    elif kind == "junk":
        p = tmp / "junk.txt"
        p.write_bytes(bytes(range(256)) * 40)
    return p


CASES = {
    "missing": "missing", "directory": "not_a_file", "empty": "empty", "not_pdf": "not_pdf",
    "truncated": "truncated", "encrypted": "encrypted", "scanned": "scanned", "junk": "undecodable",
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_sniff_reason(kind: str, tmp_path: Path) -> None:
    path = _make(kind, tmp_path)
    with pytest.raises(InputError) as err:
        detect.sniff(str(path))
    assert err.value.reason == CASES[kind]
    assert "\n" not in err.value.message and str(path) in err.value.message


@pytest.mark.parametrize("kind", sorted(CASES))
def test_cli_exit_2_one_line(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _make(kind, tmp_path)
    assert cli.main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("finder:"), err
    assert "Traceback" not in err and "内部错误" not in err


def test_scanned_caught_by_pdf_ingest_too(tmp_path: Path) -> None:
    """A PDF that declares a font but prints no character: pdf.read_pdf says OCR is needed."""
    from finder.ingest import pdf

    p = tmp_path / "blank.pdf"
    font = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    p.write_bytes(minimal_pdf(_page_objects(b"0 0 0 rg 72 72 451 698 re f", font)))
    assert detect.sniff(str(p)) == "pdf"
    with pytest.raises(InputError) as err:
        pdf.read_pdf(str(p))
    assert err.value.reason == "scanned" and "OCR" in err.value.message


def _unmapped_font_pdf(path: Path) -> None:
    """A page of text set in a CID font (Identity-H) that carries no ToUnicode map: the text layer
    gives glyph codes only, which pdfminer prints as '(cid:256)'."""
    font = (b"<< /Font << /F1 << /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
            b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /DW 1000 "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>] >> >> >>")
    rows = b"".join(b"<" + b"".join(b"%04X" % (0x100 + 30 * k + j) for j in range(30)) + b"> Tj T*\n" for k in range(20))
    path.write_bytes(minimal_pdf(_page_objects(b"BT /F1 12 Tf 14 TL 50 780 Td\n" + rows + b"ET", font)))


def test_a_text_layer_of_glyph_codes_only_needs_ocr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It read as 600 numbers ('256' of '(cid:256)'), no claim and '未发现问题', exit 0: a report
    nobody could check passed as clean."""
    from finder.ingest import pdf

    p = tmp_path / "codes.pdf"
    _unmapped_font_pdf(p)
    with pytest.raises(InputError) as err:
        pdf.read_pdf(str(p))
    assert err.value.reason == "undecodable" and "OCR" in err.value.message
    assert cli.main(["check", str(p)]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_gbk_text_is_not_junk(tmp_path: Path) -> None:
    p = tmp_path / "gbk.txt"
    p.write_bytes("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元。\n".encode("gbk") * 50)
    assert detect.sniff(str(p)) == "text"


def test_real_files_sniff() -> None:
    assert detect.sniff(str(PUTUO)) == "pdf"
    assert detect.sniff(str(CORPUS / "seeds" / "000_601db7814e7d3dfd.txt")) == "text"
    assert detect.sniff(str(CORPUS / "seeds" / "003_6d07ecb03f4a5f80.txt")) == "text"
