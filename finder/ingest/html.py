"""HTML ingest: <table> elements -> grids (rowspan/colspan as None) and text blocks -> model.Report.

Locations: each text block (<p>, <div>, <li>, a heading, a <br>-separated line) gets a
running 1-based block number, and it is reported as the "page" (loc_kind "page"; the
renderers show it as 第N段, render.fields.BLOCK_KINDS): an HTML page has no printed pages,
and the block number finds the spot in the source. A
table's rows carry the block number of the table. Captions (title, 公开NN表, 单位) are read
from the blocks just above a table, as for PDFs; the blocks used are not narrative.
The <br>-separated lines of an element are re-flowed apart from the page's other blocks
(flow.settle_elements): a paragraph a CMS pasted hard-wrapped rejoins, a flat <div> of
paragraphs keeps its lines apart.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from finder.ingest import glyphs, html_chrome
from finder.ingest.errors import InputError
from finder.ingest.pdf_tables import GridTable, caption_kind, clean_grid, note_department, take_caption
from finder.model import Report

BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "header",
              "footer", "blockquote", "pre", "center", "dd", "dt", "ul", "ol", "body", "main", "tr"}
SKIP_TAGS = {"script", "style", "head", "noscript", "template", "svg", "nav", "button", "select", "textarea"}
CELL_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li"}
# A table of a few rows with a cell of many paragraphs and much text is the page's layout around the
# report (a sidebar beside the content), not data: its cells are read as text blocks.
LAYOUT_ROWS, LAYOUT_LINES, LAYOUT_CHARS = 4, 5, 500
CAPTION_BLOCKS = 6          # blocks above a table that may carry its title, 公开NN表, 部门, year and unit
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_SPACES_RE = re.compile(r"[ \t\r\n\u00a0\u3000]+")


@dataclass
class _Table:
    rows: list[list[tuple[str, int, int]]] = field(default_factory=list)   # (text, rowspan, colspan)
    caption: str = ""
    block: int = 0
    layout: bool = False        # a page-layout table (it holds another table): its cells are text blocks


@dataclass
class HtmlContent:
    """Text blocks (text, block number, break_before, element) and tables, in document order; the
    <br>-separated lines of one element share its element number."""

    blocks: list[tuple[str, int, bool, int]] = field(default_factory=list)
    tables: list[GridTable] = field(default_factory=list)
    title: str = ""


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = HtmlContent()
        self.text: list[str] = []
        self.skip = 0
        self.stack: list[_Table] = []
        self.cell: list[str] | None = None
        self.cell_span = (1, 1)
        self.block = 0
        self.broke = False
        self.in_title = False
        self.since_table: list[int] = []       # indexes into out.blocks after the last table
        self.links = 0                          # <a> elements open
        self.own_words = False                  # the block holds words outside links
        self.element = 0                        # numbers the elements whose lines <br> separates

    # ---------------------------------------------------------------- text blocks
    def flush(self, br: bool = False) -> None:
        """End the text block; br: a <br> ended it, and the element's next line follows."""
        text = _SPACES_RE.sub(" ", "".join(self.text)).strip()
        self.text, own, self.own_words = [], self.own_words, False
        self.links = 0          # a link never runs past its block (an unclosed <a name=…> ends here)
        if text and own and not html_chrome.is_chrome(text):       # a row of links is navigation
            self.block += 1
            self.since_table.append(len(self.out.blocks))
            self.out.blocks.append((text, self.block, self.broke, self.element))
            self.broke = False
        if not br:
            self.element += 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self.skip += 1
            self.in_title = False
            return
        if self.skip:
            self.in_title = tag == "title"
            return
        a = dict(attrs)
        if tag == "a":
            self.links += 1
        if tag == "table":
            self._to_layout()
            self.flush()
            self.block += 1
            self.stack.append(_Table(block=self.block))
        elif self.stack and self.stack[-1].layout and tag in ("tr", "td", "th"):
            self.flush()
        elif self.stack and tag == "tr":
            self._end_cell()
            self.stack[-1].rows.append([])
        elif self.stack and tag in ("td", "th"):
            self._end_cell()
            self.cell = []
            self.cell_span = (_span(a.get("rowspan")), _span(a.get("colspan")))
        elif tag == "br":
            if self.cell is not None:
                self.cell.append("\n")
            else:
                self.flush(br=True)
        elif tag in BLOCK_TAGS and self.cell is None:
            self.flush()
        elif tag in CELL_BLOCK_TAGS and self.cell is not None:
            self.cell.append("\n")           # a paragraph inside a cell is a line of it

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skip = max(self.skip - 1, 0)
            self.in_title = False
            return
        if self.skip:
            self.in_title = False
            return
        if tag == "a":
            self.links = max(self.links - 1, 0)
        if tag == "table" and self.stack:
            self._end_cell()
            t = self.stack.pop()
            if t.layout:
                self.flush()
            else:
                self._close_table(t)
        elif self.stack and tag in ("td", "th"):
            self._end_cell()
            if self.stack[-1].layout:
                self.flush()
        elif tag in BLOCK_TAGS and self.cell is None and (not self.stack or self.stack[-1].layout):
            self.flush()
        elif tag in CELL_BLOCK_TAGS and self.cell is not None:
            self.cell.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            if self.in_title:
                self.out.title += data.strip()
            return
        if self.cell is not None:
            self.cell.append(data)
        elif not self.stack or self.stack[-1].layout:
            self.text.append(data)
            self.own_words = self.own_words or (not self.links and html_chrome.has_words(data))
        elif self.stack[-1].rows == [] and data.strip():
            self.stack[-1].caption += data.strip()

    # --------------------------------------------------------------------- tables
    def _to_layout(self) -> None:
        """A table opening inside another makes every enclosing table a page-layout table (government
        portals lay pages out in tables): what they hold so far, caption and cells, becomes text blocks
        in order, and their later cells are read as text, not as rows."""
        self._end_cell()
        for t in self.stack:
            if t.layout:
                continue
            for text in [t.caption] + [cell[0] for row in t.rows for cell in row]:
                for line in text.split("\n"):
                    self.text.append(line)
                    self.own_words = True        # a cell's links are no longer known: kept
                    self.flush()
            t.layout, t.rows, t.caption = True, [], ""

    def _end_cell(self) -> None:
        if self.cell is None or not self.stack:
            self.cell = None
            return
        t = self.stack[-1]
        if not t.rows:
            t.rows.append([])
        lines = [_SPACES_RE.sub(" ", s).strip() for s in "".join(self.cell).split("\n")]
        t.rows[-1].append(("\n".join(s for s in lines if s), *self.cell_span))
        self.cell = None

    def _close_table(self, t: _Table) -> None:
        if len(t.rows) <= LAYOUT_ROWS and any(len(text.split("\n")) >= LAYOUT_LINES and len(text) >= LAYOUT_CHARS
                                              for row in t.rows for text, _, _ in row):
            self.stack.append(t)
            self._to_layout()
            self.stack.pop()
            self.flush()
            return
        grid = _grid(t.rows)
        if not grid or max(len(r) for r in grid) < 2:
            text = " ".join(c for r in grid for c in r if c)
            if text:      # a one-column layout box: its text is narrative
                self.text.append(text)
                self.own_words = True
                self.flush()
            return
        inside, grid = _caption_rows(grid)
        width = max(len(r) for r in grid)
        grid = [r + [""] * (width - len(r)) for r in grid]
        g = GridTable(grid, [], [], t.block, (0.0, 0.0, 0.0, 0.0), [float(j) for j in range(width)],
                      pages=[t.block])
        clean_grid(g)
        if not g.grid:
            return
        self._caption(g, ([t.caption] if t.caption else []) + inside)
        self.out.tables.append(g)
        self.since_table, self.broke = [], True


    def _caption(self, g: GridTable, captions: list[str]) -> None:
        """Title, 公开NN表 and unit from the blocks just above the table, then its <caption> and the
        caption rows printed inside it (those come last: nearest the table's body)."""
        if g.title:
            return
        above = self.since_table[-CAPTION_BLOCKS:]
        lines = [self.out.blocks[i][0] for i in above] + captions
        title, number, unit, used = take_caption(lines)
        if not (title or number or unit):
            return
        g.title, g.number, g.unit = title, number, unit
        note_department(g, lines[len(lines) - used:] if used else [])
        used_blocks = max(used - len(captions), 0)
        if used_blocks:
            drop = set(above[len(above) - used_blocks:])
            g.page = self.out.blocks[min(drop)][1]
            keep = [b for i, b in enumerate(self.out.blocks) if i not in drop]
            self.out.blocks = keep


def _caption_rows(grid: list[list[str | None]]) -> tuple[list[str], list[list[str | None]]]:
    """Leading rows that print one caption line across the table ('收入决算表', '公开02表 单位：万元',
    a cell spanning the columns): their texts, and the grid below them."""
    k, lines = 0, []
    while k < len(grid) - 1:
        cells = [c for c in grid[k] if c]
        text = " ".join(cells)
        if not cells or len(cells) > 2 or caption_kind(text) == "other":
            break
        lines.append(text)
        k += 1
    return lines, grid[k:]


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(str(value).strip()), 1000))
    except (TypeError, ValueError):
        return 1


def _grid(rows: list[list[tuple[str, int, int]]]) -> list[list[str | None]]:
    """Place cells honouring rowspan/colspan; covered positions are None (merged)."""
    grid: list[list[str | None]] = []
    taken: dict[tuple[int, int], bool] = {}
    for r, row in enumerate(rows):
        while len(grid) <= r:
            grid.append([])
        c = 0
        for text, rs, cs in row:
            while taken.get((r, c)):
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    taken[(r + dr, c + dc)] = True
                    while len(grid) <= r + dr:
                        grid.append([])
                    line = grid[r + dr]
                    line.extend([""] * (c + dc + 1 - len(line)))
                    line[c + dc] = text if (dr, dc) == (0, 0) else None
            c += cs
    return grid[: len(rows)] if rows else []


def decode(data: bytes, path: str) -> str:
    """The page's text: declared charset first, then UTF-8, then GB18030."""
    m = _CHARSET_RE.search(data[:4096])
    tries = ([m.group(1).decode("ascii").lower()] if m else []) + ["utf-8", "gb18030"]
    for enc in tries:
        try:
            return data.decode("gb18030" if enc in ("gb2312", "gbk") else enc)
        except (LookupError, UnicodeDecodeError):
            continue
    raise InputError("undecodable", "html_encoding", path)


def read_html(path: str) -> HtmlContent:
    with open(path, "rb") as fh:
        data = fh.read()
    return parse(decode(data, path))


def parse(page: str) -> HtmlContent:
    """Text blocks and tables of one decoded page."""
    parser = _Parser()
    parser.feed(page)
    parser.close()
    parser._end_cell()
    while parser.stack:
        parser._close_table(parser.stack.pop())
    parser.flush()
    return parser.out


def load(path: str) -> Report:
    """Read an HTML report: text blocks as paragraphs, <table>s as tables (locations = block numbers)."""
    with open(path, "rb") as fh:
        data = fh.read()
    report = from_page(decode(data, path), str(path), hashlib.sha256(data).hexdigest())
    if not readable(report):
        raise InputError("empty", "html_empty", path)
    return report


def readable(report: Report) -> bool:
    """The report holds some text or a table: a page or a Word file with neither has nothing to check."""
    return bool(report.tables) or any(p.text.strip() for p in report.paragraphs)


def from_page(page: str, source: str, sha: str, kind: str = "html") -> Report:
    """The Report of one decoded HTML page (an HTML file, or a Word body printed as HTML)."""
    from finder.ingest import script
    from finder.ingest.flow import Line, settle_elements
    from finder.ingest.outline import build_document
    from finder.ingest.pdf import _fill_meta, _to_table

    page = glyphs.unify(page)           # radical look-alikes read as their ideographs
    conv = script.Converter(active=script.is_traditional(page))
    content = parse(conv(page))
    blocks = [b[0] for b in content.blocks]
    printed = ""
    if conv.active:     # a traditional page: its printed blocks, when they pair up one to one
        original = parse(page)
        for g in original.tables:
            script.convert_grid(g, conv)     # remembers each cell's printed text
        orig = [b[0] for b in original.blocks]
        if len(orig) == len(blocks) and all(conv(o) == b for o, b in zip(orig, blocks)):
            printed = "\n".join(orig)
    lines, offset = [], 0
    for text, block, brk, _ in content.blocks:
        lines.append(Line(text, block, offset, None, None, brk))
        offset += len(text) + 1
    settle_elements(lines, [b[3] for b in content.blocks])     # a paragraph wrapped by <br> rejoins as text does
    root, paragraphs = build_document(lines, "page")
    report = Report(source=source, kind=kind, sha256=sha, title=content.title, root=root,
                    paragraphs=paragraphs, tables=[_to_table(g, i) for i, g in enumerate(content.tables)],
                    sources=[source])
    _fill_meta(report)
    return script.mark(report, conv, printed, "\n".join(blocks))
