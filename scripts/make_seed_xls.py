"""Write seed 000's TAB tables as an old Excel workbook (.xls, BIFF8), as departments attach them.

    PYTHONPATH=/path/to/xlwt python scripts/make_seed_xls.py [--out corpora/synthetic/seed000_tables.xls]

Needs xlwt (`pip install --target /some/dir xlwt`, then put that dir on PYTHONPATH); it is not a
dependency of finder (which reads .xls with xlrd) and CI never runs this script: the workbook it made
is committed. The sheets are those of finder.testing.export_text_xlsx (finder.testing.split_text_book):
one sheet per TAB block, its caption lines (title, 公开NN表, 部门, year, unit) as merged rows on top,
amounts stored as numbers with a format printing their decimals ('#,##0.00'), other cells as text.
The narrative is left out: tests/test_ingest_xls.py pairs the workbook with split_text_book's lines.
"""
from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt"


def write(seed: Path, out: Path) -> None:
    """The workbook of `seed`'s tables at `out`."""
    import xlwt

    from finder.testing import AMOUNT, split_text_book

    book = xlwt.Workbook(encoding="utf-8")
    styles: dict[int, xlwt.XFStyle] = {}

    def style(decimals: int) -> xlwt.XFStyle:
        if decimals not in styles:
            styles[decimals] = xlwt.easyxf(num_format_str="#,##0" + ("." + "0" * decimals if decimals else ""))
        return styles[decimals]

    for i, (head, rows) in enumerate(split_text_book(str(seed))[1], 1):
        sheet = book.add_sheet(f"表{i}")
        width = max(len(r) for r in rows)
        for r, line in enumerate(head):
            if width > 1:
                sheet.write_merge(r, r, 0, width - 1, line)
            else:
                sheet.write(r, 0, line)
        for r, cells in enumerate(rows, len(head)):
            for c, text in enumerate(cells):
                t = text.strip()
                if AMOUNT.fullmatch(t):
                    sheet.write(r, c, float(t.replace(",", "")), style(len(t.split(".")[1]) if "." in t else 0))
                elif t:
                    sheet.write(r, c, t)
    book.save(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "corpora" / "synthetic" / "seed000_tables.xls")
    args = parser.parse_args()
    write(SEED, args.out)
    print(args.out)


if __name__ == "__main__":
    main()
