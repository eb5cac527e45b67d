"""Print a report text (prose + TAB tables; seed 000 by default) as PDFs in the page layouts real reports use.

    PYTHONPATH=/path/to/pymupdf python scripts/render_seed_pdf.py [--out corpora/synthetic]
        [--source TEXT --stem NAME --header LINE] [VARIANT ...]

--source is the text to print (default seeds/000), --stem the files' name before '_VARIANT.pdf'
(default seed000) and --header the running header of the e_running layout (default seed 000's).

Needs PyMuPDF (`pip install --target /some/dir pymupdf`, then put that dir on PYTHONPATH); it is
not a dependency of finder and CI never runs this script: the PDFs it made are committed.
The seed is read line by line as finder.ingest.text reads it: a line holding a TAB is a table
row (consecutive ones, blank lines between allowed, form one table, its header rows included,
which model.Table keeps only as column names), any other line is one paragraph or caption line.
A table's first TAB line of caption cells only ('部门：…<TAB>2024年度<TAB>单位：万元', as a spreadsheet
export prints it) is printed as one caption line above the table, its cells spread over the width.
The table of contents (a TAB block whose second column is only page numbers) prints as dot-leader
lines. Text uses PyMuPDF's built-in CJK font "china-s".

Variants (VARIANTS below): the committed ones (b_unruled, b_hrules, c_split_repeat, d_wrapped_merged,
e_running; what each shows is written in corpora/MANIFEST.md) are tested in tests/test_synthetic_pdfs.py:
c, d and e (and a_ruled, c_split_plain) read as the seed text does; b_unruled / b_hrules (tables
without vertical rules) give the text's findings, the self-evaluation forms (cells wrapping three
characters a line) read by finder.ingest.pdf_forms. The national template filled in
(synthetic/national_filled.txt) is printed as national_filled_c_split_repeat / _d_wrapped_merged:

    --source corpora/synthetic/national_filled.txt --stem national_filled c_split_repeat d_wrapped_merged

The self-evaluation appendix (synthetic/evaluation_filled.txt) is printed in the five committed
layouts and a_ruled, each read as its text (its four forms, claim statuses, no finding):

    --source corpora/synthetic/evaluation_filled.txt --stem evaluation_filled
        --header "样例市文化事务管理局 2024 年度部门决算" a_ruled b_hrules b_unruled c_split_repeat d_wrapped_merged e_running
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt"
RUNNING_HEADER = "景德镇市国家试验区管委会 2024 年度部门决算"
# A caption cell: the department, the unit, the year or the table's number.
_CAPTION_CELL = re.compile(r"^(?:(?:部门|单位|编制单位)[：:].*|\d{4}\s*年度?|公开\s*\d+\s*表)$")

A4 = (595.0, 842.0)
MARGIN = 64.0
PROSE_SIZE = 11.0
TABLE_SIZE = 8.0
MIN_TABLE_SIZE = 6.0
PAD = 3.0
_NO_LINE_START = set("，。、；：？！）》”’%")        # kept at the end of the line (kinsoku)
_NUMBER = re.compile(r"^[-−]?[\d,]*\.?\d+%?$")


@dataclass(frozen=True)
class Variant:
    """One page layout: how tables are ruled, split, laid out and how pages are framed."""

    name: str
    rules: str = "all"              # all | horizontal | header (only the header underlined)
    new_page_per_table: bool = True
    repeat_header: bool = False     # a table split across pages prints its header rows again
    landscape_wide: bool = False    # a table of 9 columns or more on a landscape page
    label_width: float = 0.0        # > 0: text cells wider than this (points) wrap inside the cell
    merge_header: bool = False      # header cells: an empty cell right of a filled one is merged into it
    running_header: bool = False    # a header line at the top of every page
    footer: str = "{n}"             # page number footer
    max_rows: int = 0               # > 0: at most this many rows per page (forces splits)


VARIANTS = {
    "a_ruled": Variant("a_ruled", footer="- {n} -"),
    "b_unruled": Variant("b_unruled", rules="header", new_page_per_table=False, footer="第 {n} 页"),
    "b_hrules": Variant("b_hrules", rules="horizontal", footer="{n}"),
    "c_split_repeat": Variant("c_split_repeat", repeat_header=True, landscape_wide=True, max_rows=14),
    "c_split_plain": Variant("c_split_plain", landscape_wide=True, max_rows=14),
    "d_wrapped_merged": Variant("d_wrapped_merged", label_width=90.0, merge_header=True),
    "e_running": Variant("e_running", new_page_per_table=False, running_header=True, footer="第 {n} 页"),
}


# ------------------------------------------------------------------------------ reading the seed
def blocks(lines: list[str]) -> list[tuple[str, object]]:
    """[('p', text) | ('t', rows)] in order; rows are the TAB-split cells of each table line."""
    out: list[tuple[str, object]] = []
    for line in lines:
        if "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
            if out and out[-1][0] == "t":
                out[-1][1].append(cells)
            else:
                out.append(("t", [cells]))
        elif line.strip():
            out.append(("p", line.strip()))
    return [_toc_as_lines(b) for b in out]


def _toc_as_lines(block: tuple[str, object]) -> tuple[str, object]:
    kind, rows = block
    if kind == "t" and all(len([c for c in r if c]) == 2 and r[-1].isdigit() for r in rows):
        return ("toc", [f"{r[0]}{r[-1]}" for r in rows])
    return block


# ------------------------------------------------------------------------------ page writer
class Writer:
    """Places characters one by one (justified prose, aligned cells) and draws rules."""

    def __init__(self, variant: Variant, header: str = RUNNING_HEADER):
        import pymupdf

        self.pm = pymupdf
        self.v = variant
        self.header = header
        self.doc = pymupdf.open()
        self.font = pymupdf.Font("china-s")
        self.page = None
        self.tw = None
        self.y = 0.0
        self.size = A4
        self._ems: dict[str, float] = {}

    # -- pages
    def new_page(self, landscape: bool = False) -> None:
        self.finish_page()
        self.size = (A4[1], A4[0]) if landscape else A4
        self.page = self.doc.new_page(width=self.size[0], height=self.size[1])
        self.tw = self.pm.TextWriter(self.page.rect)
        self.shape = self.page.new_shape()
        self.y = MARGIN
        self.first_on_page = True
        if self.v.running_header:
            self.text_at(self.header, self.size[0] / 2 - self.width(self.header, 9) / 2, 40, 9)
            self.line((MARGIN, 46), (self.size[0] - MARGIN, 46))

    def line(self, a: tuple[float, float], b: tuple[float, float]) -> None:
        self.shape.draw_line(a, b)

    def finish_page(self) -> None:
        if self.page is None:
            return
        self.shape.finish(width=0.5, color=(0, 0, 0))
        self.shape.commit()
        n = self.doc.page_count
        foot = self.v.footer.format(n=n)
        self.text_at(foot, self.size[0] / 2 - self.width(foot, 9) / 2, self.size[1] - 36, 9)
        self.tw.write_text(self.page)
        self.page = None

    @property
    def right(self) -> float:
        return self.size[0] - MARGIN

    @property
    def bottom(self) -> float:
        return self.size[1] - MARGIN

    def room(self, h: float, landscape: bool = False) -> None:
        if self.page is None or self.y + h > self.bottom or (landscape and self.size[0] < self.size[1]):
            self.new_page(landscape)

    # -- text
    def width(self, text: str, size: float) -> float:
        return sum(self._em(ch) for ch in text) * size

    def _em(self, ch: str) -> float:
        if ch not in self._ems:
            self._ems[ch] = self.font.text_length(ch, fontsize=1.0)
        return self._ems[ch]

    def text_at(self, text: str, x: float, baseline: float, size: float, spacing: float = 0.0) -> None:
        if not spacing:
            self.tw.append((x, baseline), text, font=self.font, fontsize=size)
            return
        for ch in text:
            if ch != " ":
                self.tw.append((x, baseline), ch, font=self.font, fontsize=size)
            x += self.width(ch, size) + spacing

    def paragraph(self, text: str, indent: bool) -> None:
        """Wrapped at the page width, justified, hard line ends inside sentences."""
        size, lead = PROSE_SIZE, PROSE_SIZE * 1.7
        x0 = MARGIN + (2 * size if indent else 0)
        lines = self.wrap(text, self.right - x0, size, self.right - MARGIN)
        for k, line in enumerate(lines):
            self.room(lead)
            left = x0 if k == 0 else MARGIN
            last = k == len(lines) - 1
            gaps = max(len(line) - 1, 1)
            spare = 0.0 if last else (self.right - left - self.width(line, size)) / gaps
            self.text_at(line, left, self.y + size, size, spare)
            self.y += lead

    def wrap(self, text: str, first: float, size: float, rest: float) -> list[str]:
        """Lines of at most the width given; ASCII runs (figures) are not broken."""
        tokens = re.findall(r"[A-Za-z0-9.,%\-]+|.", text)
        lines, cur, w, limit = [], "", 0.0, first
        for tok in tokens:
            tw = self.width(tok, size)
            if cur and w + tw > limit and tok not in _NO_LINE_START:
                lines.append(cur.rstrip())
                cur, w, limit = "", 0.0, rest
                if tok == " ":
                    continue
            cur += tok
            w += tw
        lines.append(cur)
        return lines

    def caption(self, text: str, centered: bool) -> None:
        size = 14.0 if centered else 9.0
        self.room(size * 1.8)
        if "\t" in text:                       # caption cells: left, centred, right
            self.spread(text.split("\t"), size)
        else:
            x = self.size[0] / 2 - self.width(text, size) / 2 if centered else MARGIN
            self.text_at(text, x, self.y + size, size)
        self.y += size * 1.8

    def spread(self, cells: list[str], size: float) -> None:
        cells = [c for c in cells if c]
        for k, c in enumerate(cells):
            share = k / (len(cells) - 1) if len(cells) > 1 else 0.0
            x = MARGIN + share * (self.right - MARGIN - self.width(c, size))
            self.text_at(c, x, self.y + size, size)

    # -- tables
    def table(self, rows: list[list[str]], caption: list[str], before: list[str]) -> None:
        for line in before:
            self.paragraph(line, False)
        ncols = max(len(r) for r in rows)
        rows = [r + [""] * (ncols - len(r)) for r in rows]
        landscape = self.v.landscape_wide and ncols >= 9
        if self.v.new_page_per_table or landscape:
            self.new_page(landscape)
        avail = (A4[1] if landscape else A4[0]) - 2 * MARGIN
        size, widths = self.column_widths(rows, avail)
        nhead = _header_rows(rows)
        cap_h = sum((14.0 if k == 0 else 9.0) * 1.8 for k in range(len(caption)))
        self.room(cap_h + 3 * size * 2.2, landscape)
        for line in caption:
            self.caption(line, _is_title(line))
        self.first_on_page = True
        heights = [self.row_height(r, widths, size) for r in rows]
        spans = _header_spans(rows[:nhead]) if self.v.merge_header else None
        on_page = 0
        for i, r in enumerate(rows):
            full = self.y + heights[i] > self.bottom or (self.v.max_rows and on_page >= self.v.max_rows)
            if full and on_page > 0 and not self.first_on_page_row(i, nhead):
                self.new_page(landscape)
                on_page = 0
                if self.v.repeat_header:
                    for h in range(nhead):
                        self.row(rows[h], widths, size, heights[h], True, h == nhead - 1, _at(spans, h))
            self.row(r, widths, size, heights[i], i < nhead, i == nhead - 1, _at(spans, i))
            on_page += 1
        self.y += size

    def first_on_page_row(self, i: int, nhead: int) -> bool:
        """Header rows stay with the first data row: no break inside them."""
        return 0 < i <= nhead - 1

    def column_widths(self, rows: list[list[str]], avail: float) -> tuple[float, list[float]]:
        ncols = len(rows[0])
        size = TABLE_SIZE
        while True:
            cap = self.v.label_width or avail
            nat = [max(min(self.width(r[j], size), cap) for r in rows) + 2 * PAD for j in range(ncols)]
            nat = [max(w, 3 * size) for w in nat]
            if sum(nat) <= avail or size <= MIN_TABLE_SIZE:
                break
            size -= 0.5
        total = sum(nat)
        if total > avail:                     # shrink the widest columns: their cells wrap
            over = total - avail
            for j in sorted(range(ncols), key=lambda j: -nat[j])[:3]:
                cut = min(over, nat[j] - 4 * size)
                nat[j] -= cut
                over -= cut
        else:
            nat = [w * avail / total for w in nat]
        return size, nat

    def cell_lines(self, text: str, width: float, size: float) -> list[str]:
        if not text or self.width(text, size) <= width - 2 * PAD:
            return [text] if text else []
        return self.wrap(text, width - 2 * PAD, size, width - 2 * PAD)

    def row_height(self, row: list[str], widths: list[float], size: float) -> float:
        n = max((len(self.cell_lines(c, w, size)) for c, w in zip(row, widths)), default=1)
        return max(n, 1) * size * 1.25 + 2 * PAD + 2

    def row(self, row: list[str], widths: list[float], size: float, h: float, header: bool, last_head: bool,
            merged: tuple | None = None) -> None:
        """merged: (spans, spans open at the top, spans open at the bottom) of a header row."""
        top = self.y
        spans, open_top, open_bottom = merged or ([(j, j + 1) for j in range(len(row))], set(), set())
        xs = [MARGIN]
        for w in widths:
            xs.append(xs[-1] + w)
        for a, b in spans:
            x0, x1, text = xs[a], xs[b], row[a]
            lines = self.cell_lines(text, x1 - x0, size)
            ty = top + PAD + 1 + (h - 2 * PAD - 2 - len(lines) * size * 1.25) / 2
            for ln in lines:
                w = self.width(ln, size)
                if header:
                    lx = (x0 + x1 - w) / 2
                elif _NUMBER.match(ln.replace(" ", "")):
                    lx = x1 - PAD - w
                else:
                    lx = x0 + PAD
                self.text_at(ln, lx, ty + size, size)
                ty += size * 1.25
            if self.v.rules == "all":
                self.line((x0, top), (x0, top + h))
        bottom = top + h
        right = xs[-1]
        if self.v.rules == "all":
            self.line((right, top), (right, bottom))
            self.rule(xs, top, open_top)
            self.rule(xs, bottom, open_bottom)
        elif self.v.rules == "horizontal":
            self.line((MARGIN, bottom), (right, bottom))
            if self.first_on_page:
                self.line((MARGIN, top), (right, top))
        elif self.v.rules == "header" and last_head:
            self.line((MARGIN, bottom), (right, bottom))
        self.y = bottom
        self.first_on_page = False

    def rule(self, xs: list[float], y: float, gaps: set[tuple[int, int]]) -> None:
        """A horizontal rule over the table's width but under the spans merged across it."""
        x = xs[0]
        for a, b in sorted(gaps):
            if xs[a] > x:
                self.line((x, y), (xs[a], y))
            x = xs[b]
        if x < xs[-1]:
            self.line((x, y), (xs[-1], y))

    def save(self, path: Path) -> None:
        self.finish_page()
        self.doc.subset_fonts()                 # the CJK font embedded whole would weigh 1.7 MB a file
        self.doc.save(str(path), garbage=3, deflate=True)


def _header_rows(rows: list[list[str]]) -> int:
    """Rows above the first one holding a figure outside its first cell (at most 4)."""
    for i, r in enumerate(rows):
        if any(_NUMBER.match(c.replace(" ", "")) and c not in "123456789" for c in r[1:] if c):
            return min(i, 4)
    return min(1, len(rows))


def _header_spans(rows: list[list[str]]) -> list[tuple]:
    """Per header row: its spans, and those merged with the row above / below. A row's spans end
    where a span of the row above ends; an empty span under a span of the same columns is that
    cell going on down (the template's 公务接待费 over two header rows)."""
    out: list[tuple] = []
    for h, row in enumerate(rows):
        above = out[-1][0] if out else []
        spans = _merged(row, {b for _, b in above})
        down = {s for s in spans if not row[s[0]] and s in above}
        out.append((spans, down, set()))
        if out[:-1]:
            out[-2][2].update(down)
    return out


def _at(spans: list[tuple] | None, i: int) -> tuple | None:
    return spans[i] if spans is not None and i < len(spans) else None


def _merged(row: list[str], ends: set[int] = frozenset()) -> list[tuple[int, int]]:
    """A filled header cell takes in the empty cells right of it (a merged group cell), up to
    the end of the group cell above it."""
    spans: list[tuple[int, int]] = []
    for j, c in enumerate(row):
        if c or not spans or j in ends:
            spans.append((j, j + 1))
        else:
            spans[-1] = (spans[-1][0], j + 1)
    return spans


def _is_title(text: str) -> bool:
    return text.endswith("表") and "：" not in text and not re.search(r"公开\s*\d+\s*表$", text)


def _is_caption(text: str) -> bool:
    return len(text) <= 40 and not text.endswith(("。", "；", "：", ":"))


def _caption_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and all(_CAPTION_CELL.match(c) for c in filled)


def render(variant: Variant, out: Path, source: Path = SEED, stem: str = "seed000",
           header: str = RUNNING_HEADER) -> Path:
    w = Writer(variant, header)
    w.new_page()
    items = blocks(source.read_text(encoding="utf-8").split("\n"))
    pending: list[str] = []                 # short lines right above a table: its caption
    for kind, body in items:
        if kind == "p":
            if _is_caption(body):
                pending.append(body)
                continue
            for line in pending:
                w.paragraph(line, False)
            pending = []
            w.paragraph(body, True)
        elif kind == "toc":
            for line in pending + body:
                w.paragraph(line, False)
            pending = []
        else:
            if len(body) > 1 and _caption_row(body[0]):
                pending.append("\t".join(body.pop(0)))
            titles = [k for k, line in enumerate(pending) if _is_title(line)]
            start = titles[-1] if titles and len(pending) - titles[-1] <= 6 else max(len(pending) - 2, 0)
            w.table(body, pending[start:], pending[:start])
            pending = []
    for line in pending:
        w.paragraph(line, False)
    path = out / f"{stem}_{variant.name}.pdf"
    w.save(path)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "corpora" / "synthetic"))
    ap.add_argument("--source", default=str(SEED), help="the text to print (prose + TAB tables)")
    ap.add_argument("--stem", default="seed000", help="file name before _VARIANT.pdf")
    ap.add_argument("--header", default=RUNNING_HEADER, help="running header line (e_running)")
    ap.add_argument("variants", nargs="*", default=list(VARIANTS))
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in args.variants:
        print(render(VARIANTS[name], out, Path(args.source), args.stem, args.header))
    return 0


if __name__ == "__main__":
    sys.exit(main())
