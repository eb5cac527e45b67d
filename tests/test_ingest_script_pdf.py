"""A traditional-script PDF: read through the 1:1 map, findings of its simplified twin, quotes as printed."""
from __future__ import annotations

from pathlib import Path

from finder import ingest
from finder.analysis import analyse_report
from finder.ingest import script
from test_bad_input import minimal_pdf
from test_ingest_script import TRAD, _shape


def _tounicode(chars: set[str]) -> bytes:
    """A ToUnicode CMap for an Identity-H font whose 2-byte codes are the characters' code points."""
    cps = sorted(ord(c) for c in chars)
    body = b""
    for i in range(0, len(cps), 100):                   # at most 100 entries per bfchar block
        block = cps[i:i + 100]
        body += b"%d beginbfchar\n" % len(block)
        body += b"".join(b"<%04X> <%04X>\n" % (cp, cp) for cp in block) + b"endbfchar\n"
    return (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CMapName /Finder-UCS def /CMapType 2 def\n"
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + body
            + b"endcmap CMapName currentdict /CMap defineresource pop end end")


def text_pdf(lines: list[str], size: int = 10) -> bytes:
    """One A4 page printing `lines` top-down in a CID font (no embedded glyphs: text extraction
    needs only the codes, the ToUnicode map and the default width)."""
    ops = []
    for i, line in enumerate(lines):
        hexs = "".join(f"{ord(c):04X}" for c in line).encode()
        ops.append(b"BT /F1 %d Tf 1 0 0 1 40 %d Tm <%s> Tj ET" % (size, 800 - i * (size + 6), hexs))
    content = b"\n".join(ops)
    cmap = _tounicode(set("".join(lines)))
    return minimal_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /MingLiU /Encoding /Identity-H"
        b" /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MingLiU /DW 1000"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /MingLiU /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0"
        b" /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ])


def _wrap(text: str, width: int = 52) -> list[str]:
    """Lines as a PDF prints them: paragraphs broken at a fixed width."""
    out = []
    for para in text.splitlines():
        out += [para[i:i + width] for i in range(0, len(para), width)] or [""]
    return out


def test_traditional_pdf_reads_like_its_simplified_twin_and_quotes_as_printed(tmp_path: Path):
    trad, simp = tmp_path / "trad.pdf", tmp_path / "simp.pdf"
    trad.write_bytes(text_pdf(_wrap(TRAD)))
    simp.write_bytes(text_pdf(_wrap(script.to_simplified(TRAD))))
    a, b = analyse_report(ingest.load(str(trad))), analyse_report(ingest.load(str(simp)))
    assert a.report.script == "traditional" and b.report.script == "simplified"
    assert a.claims and _shape(a) == _shape(b)
    ar01 = next(f for f in a.findings if f.check == "AR01")
    assert ar01.evidence[0].text == "公務接待費支出決算7.52萬元,占45.20%;"
    assert ar01.evidence[0].page == 1
    for f in a.findings:
        for e in f.evidence:
            assert e.text in TRAD.replace("\n", "")
