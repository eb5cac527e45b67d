"""Make corpora/synthetic/seed000_f_turned.pdf: seed 000's two landscape tables, turned two ways.

    PYTHONPATH=/path/to/pymupdf python scripts/turn_seed_pages.py

Needs PyMuPDF (not a dependency of finder; CI never runs this script, the PDF is committed). From
corpora/synthetic/seed000_c_split_repeat.pdf it takes the 收入决算表 pages, kept landscape and turned
for display by /Rotate 90, and the 支出决算表 pages, drawn turned onto portrait pages (no /Rotate).
Either way pdfminer lays their text out sideways; tests/test_synthetic_pdfs.py checks that both tables
read as in the upright print (finder.ingest.pdf_rotation).
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "corpora/synthetic/seed000_c_split_repeat.pdf"
OUT = ROOT / "corpora/synthetic/seed000_f_turned.pdf"


def main() -> None:
    import pymupdf

    src = pymupdf.open(str(SOURCE))
    pages = {t: [i for i, p in enumerate(src) if p.rect.width > p.rect.height and _table_of(src, i) == t]
             for t in ("收入决算表", "支出决算表")}
    out = pymupdf.open()
    for i in pages["收入决算表"]:
        out.insert_pdf(src, from_page=i, to_page=i)
        out[-1].set_rotation(90)
    for i in pages["支出决算表"]:
        page = out.new_page(width=src[i].rect.height, height=src[i].rect.width)
        page.show_pdf_page(page.rect, src, i, rotate=90)
    out.save(str(OUT), garbage=4, deflate=True)


def _table_of(doc, i: int) -> str:
    """The table a page prints: its own title, or the title of the page it continues."""
    while i >= 0:
        head = doc[i].get_text().split("\n", 1)[0].strip()
        if head.endswith("表"):
            return head
        i -= 1
    return ""


if __name__ == "__main__":
    main()
