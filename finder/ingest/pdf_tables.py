"""Ruled PDF tables -> cleaned grids with captions (title, 公开NN表, 单位); cross-page continuations."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from finder import lexicon
from finder.appendix.model import is_total_label
from finder.ingest.flow import squash
from finder.ingest.identify import meta_line_re
from finder.ingest.pdf_lines import PdfLine, join_cell_text, normalize_label

# Cell columns of a continued table line up with the previous part within this many points.
X_TOLERANCE = 3.0
# Caption lines above a table: at most this many (a year line apart), each within this many line heights.
MAX_CAPTION_LINES = 4
MAX_CAPTION_GAP = 2.5

_UNIT_RE = re.compile(r"(?:金额)?单位\s*[:：]\s*(?P<unit>[万亿千百]?元)")
_NUMBER_RE = re.compile(r"(?P<num>公开\s*(?:\d+|[一二三四五六七八九十]+)\s*表|公开表\s*(?:\d+|[一二三四五六七八九十]+)"
                        r"|(?:附)?表\s*\d+(?:-\d+)?)\s*[:：]?\s*")
_DEPT_RE = re.compile(r"^\s*(?:部门|单位名称|编制单位|预算单位)\s*[:：]")
_TITLE_END_RE = re.compile(r"表\s*(?:[（(][^）)]*[）)])?\s*$")
_SENTENCE_END_RE = re.compile(r"[。；;，,：:]\s*$")
_NUMERIC_RE = re.compile(r"^[\s\-−]*[\d,，.]+%?\s*$")
_LIST_MARK_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])")
_TOTAL_WORDS = ("合计", "总计", "小计")
# Header cells naming the 科目编码 levels (功能分类 类/款/项); a ruled row sometimes holds them
# together with the first data row (合计 …), which is then split in two.
CODE_LEVELS = ("类", "款", "项")


@dataclass
class GridTable:
    """A table as printed: cell grid (labels normalised), verbatim rows, caption and pages."""

    grid: list[list[str | None]]
    raws: list[str]
    row_pages: list[int]
    page: int
    bbox: tuple[float, float, float, float]
    col_x0: list[float]
    title: str = ""
    number: str = ""
    unit: str = ""
    pages: list[int] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ncols(self) -> int:
        return len(self.col_x0)


def _invisible(obj: dict[str, Any]) -> bool:
    """A white, unstroked fill (Word/Excel cell background): not a ruling line."""
    if obj.get("object_type") != "rect" or not obj.get("fill") or obj.get("stroke"):
        return False
    c = obj.get("non_stroking_color")
    if isinstance(c, (int, float)):
        return c >= 0.99
    if isinstance(c, (list, tuple)) and len(c) in (1, 3):
        return all(isinstance(v, (int, float)) and v >= 0.99 for v in c)
    if isinstance(c, (list, tuple)) and len(c) == 4:
        return all(isinstance(v, (int, float)) and v <= 0.01 for v in c)
    return False


def find_page_tables(page: Any, page_no: int) -> list[GridTable]:
    """Ruled tables of one page (white cell backgrounds ignored); one-column boxes are not tables."""
    if any(_invisible(r) for r in page.rects):
        page = page.filter(lambda o: not _invisible(o))
    out = []
    for t in page.find_tables():
        raw = t.extract()
        col_x0 = [min((c[0] for c in col.cells if c), default=t.bbox[0]) for col in t.columns]
        for a, b in _form_parts(raw):
            bbox = (t.bbox[0], t.rows[a].bbox[1], t.bbox[2], t.rows[b - 1].bbox[3])
            g = GridTable([list(r) for r in raw[a:b]], [], [], page_no, bbox, col_x0, pages=[page_no])
            clean_grid(g)
            if g.ncols >= 2 and g.grid:
                out.append(g)
    return out


@lru_cache(maxsize=1)
def _form_names() -> frozenset[str]:
    return frozenset(squash(n) for n in lexicon.load("appendix")["header"]["name"])


def _filled(row: list[str | None]) -> list[str]:
    return [c for c in row if not _empty(c)]


def opens_form(row: list[str | None]) -> bool:
    """A self-evaluation form's first row: its first filled cell names the project or the
    department (appendix.yml header.name: 项目名称, 部门（单位）名称…)."""
    filled = _filled(row)
    return bool(filled) and squash(filled[0]) in _form_names()


def new_form(prev: GridTable, t: GridTable) -> bool:
    """`t` opens a self-evaluation form other than `prev`'s: its first row names a form and is not
    `prev`'s first row printed again (a form's header block repeated over a page break)."""
    return bool(t.grid) and opens_form(t.grid[0]) and (not prev.grid or _filled(t.grid[0]) != _filled(prev.grid[0]))


def _total_row(row: list[str | None]) -> bool:
    filled = _filled(row)
    return bool(filled) and is_total_label(squash(filled[0]))


def _form_parts(rows: list[list[str | None]]) -> list[tuple[int, int]]:
    """Row ranges of the forms in one ruled grid: forms set touching (one's 总分 row ruled against
    the next's title or 项目名称 row) are one grid to the table finder. A part starts at a row
    opening a form that follows a total row, with only rows of one filled cell (the next form's
    title and year) between; one range (the whole grid) otherwise."""
    cuts = [0]
    for i in range(1, len(rows)):
        if not opens_form(rows[i]):
            continue
        k = i
        while k > cuts[-1] + 1 and len(_filled(rows[k - 1])) <= 1 and not _total_row(rows[k - 1]):
            k -= 1
        if k > cuts[-1] and _total_row(rows[k - 1]):
            cuts.append(k)
    return list(zip(cuts, cuts[1:] + [len(rows)]))


def _empty(cell: str | None) -> bool:
    return cell is None or not cell.strip()


def clean_grid(g: GridTable) -> None:
    """Drop empty rows and columns; lift a caption printed in the first row; normalise labels."""
    rows = [r for r in g.grid if not all(_empty(c) for c in r)]
    if rows and len(rows[0]) > 1:
        filled = [c for c in rows[0] if not _empty(c)]
        if len(filled) == 1 and rows[0][0] == filled[0] and _caption_cell(filled[0]):
            rows = _lift_caption(g, filled[0], rows)
    keep = [j for j in range(len(g.col_x0)) if any(not _empty(r[j]) for r in rows)]
    rows = [[r[j] for j in keep] for r in rows]
    g.col_x0 = [g.col_x0[j] for j in keep]
    rows = _split_level_header(rows)
    g.raws = ["\t".join("" if c is None else c.replace("\n", "") for c in r) for r in rows]
    g.grid = [[None if c is None else normalize_label(join_cell_text(c) or "") for c in r] for r in rows]
    g.row_pages = [g.page] * len(rows)


def _lift_caption(g: GridTable, cell: str, rows: list[list[str | None]]) -> list[list[str | None]]:
    """Title / 公开NN表 / 单位 from a caption printed in the first cell; the rows below it stay.

    The caption cell may also hold the header and first data row when its box overlaps them
    (their text is then printed in the rows below too): the caption is the longest run of
    leading lines that reads as one, and a following line is dropped only when a row below
    prints the same text; any other line stays as a row of its own, never lost.
    """
    lines = [s.strip() for s in cell.split("\n") if s.strip()]
    k = len(lines)
    while k > 0 and take_caption(lines[:k])[3] < k:
        k -= 1
    if k == 0:
        return rows
    g.title, g.number, g.unit, _ = take_caption(lines[:k])
    g.extra["caption_in_grid"] = True
    note_department(g, lines[:k])
    below = {squash("".join(c or "" for c in r)) for r in rows[1:]}
    rest = [ln for ln in lines[k:] if squash(ln) not in below]
    if rest:
        g.extra["caption_overflow"] = rest
    return [[ln] + [None] * (len(rows[0]) - 1) for ln in rest] + rows[1:]


def _split_level_header(rows: list[list[str | None]]) -> list[list[str | None]]:
    """['类','款','项','合计','2,946.25',…] -> a header row ['类','款','项',None…] and a data row."""
    out = []
    for r in rows:
        k = 0
        while k < len(r) and (r[k] or "").strip() in CODE_LEVELS:
            k += 1
        if k >= 2 and any(c and _NUMERIC_RE.match(c) for c in r[k:]):
            out.append(r[:k] + [None] * (len(r) - k))
            out.append([""] * k + r[k:])
        else:
            out.append(r)
    return out


def _caption_cell(text: str) -> bool:
    lines = [s for s in text.split("\n") if s.strip()]
    return any(_TITLE_END_RE.search(s) or _NUMBER_RE.search(s) or _UNIT_RE.search(s) for s in lines)


@lru_cache(maxsize=1)
def _other_unit_re() -> regex.Pattern:
    """A caption line that is only a unit label, of any unit ('单位：台、辆、套'; meta_lines.unit)."""
    return regex.compile(rf"^\s*(?:{lexicon.load('tables')['meta_lines']['unit']})\s*$")


def _classify(text: str) -> str:
    """unit | number | dept | year | title | other for one caption candidate line."""
    t = normalize_label(text)
    if meta_line_re("year").match(t):   # a caption line that prints only the year ('2024 年度')
        return "year"
    if _other_unit_re().match(t) and not _UNIT_RE.search(t):
        return "unit"                         # '单位：台、辆、套': a unit line, though no money unit
    if _UNIT_RE.search(t) or _DEPT_RE.match(t):
        before = _NUMBER_RE.sub("", _UNIT_RE.split(t)[0]).strip()
        titled = before and not _DEPT_RE.match(before) and _TITLE_END_RE.search(before)
        return "title+unit" if titled else "unit"
    if _NUMBER_RE.match(t):
        return "number"
    if _TITLE_END_RE.search(t) and len(t) <= 60 and not _SENTENCE_END_RE.search(t):
        return "title"
    return "other"


def caption_kind(text: str) -> str:
    """What a caption candidate line prints: unit | title+unit | number | dept | year | title | other."""
    return _classify(text)


def take_caption(lines: list[str]) -> tuple[str, str, str, int]:
    """(title, number, unit, how many of the last lines were used) from the lines above a table."""
    title = number = unit = ""
    used = 0
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        t = normalize_label(lines[i])
        kind = _classify(t)
        if kind == "year":                    # '2024 年度' between a title and its unit line
            used = len(lines) - i
            continue
        seen += 1
        if seen > MAX_CAPTION_LINES:
            break
        m = _UNIT_RE.search(t)
        if kind in ("unit", "title+unit"):
            unit = unit or (m.group("unit") if m else "")
            nm = _NUMBER_RE.search(t)
            number = number or (re.sub(r"\s+", "", nm.group("num")) if nm else "")
            if kind == "title+unit" and not title:
                title = _NUMBER_RE.sub("", _UNIT_RE.split(t)[0]).strip()
        elif kind == "number":
            nm = _NUMBER_RE.match(t)
            number = re.sub(r"\s+", "", nm.group("num"))
            rest = t[nm.end():].strip()
            if rest:
                title = rest + title if title and not _TITLE_END_RE.search(rest) else (title or rest)
            used = len(lines) - i
            if title:
                break
            continue
        elif kind == "title" and not title:
            title = t
        elif kind == "title" and title and not number:
            break
        else:
            break
        used = len(lines) - i
    return title, number, unit, used


_CAPTION_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def note_department(g: GridTable, lines: list[str]) -> None:
    """Table.extra["department"] from a caption line "部门： XX 单位：万元", and Table.extra["year"] from the
    first caption line printing a year ('2024 年度'): Report.department and, for a file of tables alone
    whose titles print no year, Report.year read them."""
    rx = meta_line_re("department_labelled")
    for line in lines:
        y = _CAPTION_YEAR.search(line)
        if y and "year" not in g.extra:
            g.extra["year"] = int(y.group(1))
        m = rx.search(line)
        if m and "department" not in g.extra:
            g.extra["department"] = m.group("dept")


def caption_lines(above: list[PdfLine], table_top: float) -> list[PdfLine]:
    """The lines directly above a table, closely stacked (the candidates for its caption)."""
    out: list[PdfLine] = []
    edge = table_top
    for ln in reversed(above):
        height = max(ln.bottom - ln.top, 1.0)
        lines = sum(1 for o in out if _classify(o.text) != "year")     # title, 公开NN表, 部门, 2024年度, 单位
        if edge - ln.bottom > MAX_CAPTION_GAP * height * (2 if not out else 1) or lines >= MAX_CAPTION_LINES:
            break
        out.append(ln)
        edge = ln.top
    return out[::-1]


def column_map(prev: GridTable, cont: GridTable) -> list[int] | None:
    """Where each column of `cont` goes in `prev`, or None when the two do not line up."""
    if prev.extra.get("spans") and cont.extra.get("spans"):       # two parts of an unruled table
        return span_map(prev.extra["spans"], cont.extra["spans"])
    if cont.ncols == prev.ncols and all(abs(a - b) <= X_TOLERANCE for a, b in zip(prev.col_x0, cont.col_x0)):
        return list(range(cont.ncols))
    out: list[int] = []
    for x in cont.col_x0:
        j = min(range(prev.ncols), key=lambda k: abs(prev.col_x0[k] - x))
        if abs(prev.col_x0[j] - x) > X_TOLERANCE or (out and j <= out[-1]):
            return list(range(cont.ncols)) if cont.ncols == prev.ncols else None
        out.append(j)
    return out


def widen(prev: GridTable, cont: GridTable) -> bool:
    """When the continuation's ruled columns refine the previous part's (same outer edges, every
    earlier column edge found again, more edges: the part before printed only merged cells there),
    the previous part's grid is set out in the continuation's columns, each cell in the column its
    left edge starts; False (nothing changed) otherwise."""
    if cont.ncols <= prev.ncols or prev.extra.get("spans") or cont.extra.get("spans"):
        return False
    if abs(prev.bbox[0] - cont.bbox[0]) > X_TOLERANCE or abs(prev.bbox[2] - cont.bbox[2]) > X_TOLERANCE:
        return False
    where: list[int] = []
    for x in prev.col_x0:
        j = min(range(cont.ncols), key=lambda k: abs(cont.col_x0[k] - x))
        if abs(cont.col_x0[j] - x) > X_TOLERANCE or (where and j <= where[-1]):
            return False
        where.append(j)
    prev.grid = [[c for c in _remap(r, where, cont.ncols)] for r in prev.grid]
    for r in prev.grid:                             # columns the earlier part merged: covered cells
        for j in range(cont.ncols):
            if j not in where:
                r[j] = None
    prev.col_x0 = list(cont.col_x0)
    return True


def span_map(prev: list[tuple[float, float]], cont: list[tuple[float, float]]) -> list[int] | None:
    """Where each column span of a continuation goes among the previous part's: the one it overlaps
    most, in order (a figure's left edge moves with the widest figure of the page, so the columns'
    left edges need not line up); None when one overlaps none."""
    out: list[int] = []
    for a, b in cont:
        overlaps = [min(b, y) - max(a, x) for x, y in prev]
        j = max(range(len(prev)), key=overlaps.__getitem__)
        if overlaps[j] <= 0 or (out and j <= out[-1]):
            return None
        out.append(j)
    return out


def _remap(row: list[str | None], mapping: list[int], width: int) -> list[str | None]:
    """A continuation row in the previous part's columns; columns it lacks (dropped empty) are ''."""
    out: list[str | None] = [""] * width
    for k, j in enumerate(mapping):
        out[j] = row[k]
    return out


def _is_fragment(prev_row: list[str | None], row: list[str | None]) -> bool:
    """The first row of a continuation is only the wrapped tail of the previous page's last label."""
    filled = [(j, c) for j, c in enumerate(row) if not _empty(c)]
    if not filled:
        return False
    for j, c in filled:
        p = prev_row[j] if j < len(prev_row) else None
        if (_empty(p) or len(c) > 4 or len(p) < 8 or _NUMERIC_RE.match(c) or _NUMERIC_RE.match(p)
                or _LIST_MARK_RE.match(c) or c in _TOTAL_WORDS):
            return False
    return True


def append_continuation(prev: GridTable, cont: GridTable, mapping: list[int]) -> None:
    """Add the rows of `cont` (next page, no caption) to `prev`: repeated headers and wrapped tails folded."""
    grid = [_remap(r, mapping, prev.ncols) for r in cont.grid]
    raws = list(cont.raws)
    k = 0
    while k < len(grid) and k < len(prev.grid) and grid[k] == prev.grid[k]:
        k += 1
    grid, raws = grid[k:], raws[k:]
    if grid and prev.grid and _is_fragment(prev.grid[-1], grid[0]):
        last = prev.grid[-1]
        for j, c in enumerate(grid[0]):
            if not _empty(c):
                last[j] = (last[j] or "") + c
        prev.raws[-1] = prev.raws[-1] + "\t" + raws[0].strip("\t")
        prev.extra.setdefault("joined_fragments", []).append(cont.page)
        grid, raws = grid[1:], raws[1:]
    prev.grid.extend(grid)
    prev.raws.extend(raws)
    prev.row_pages.extend([cont.page] * len(grid))
    prev.pages.append(cont.page)
