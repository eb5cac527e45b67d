"""Tables printed with spaces (PyMuPDF get_text(sort=True), pdftotext -layout): one row a line,
cells apart by runs of spaces, each value placed by its x position.

Only one-sided tables are read (codes, a name, then values): the value columns come from the
rows that fill every column, a row that fills fewer is placed by the gaps between its values
(an extractor shifts a whole row, not one cell), and the column names from the header line
that names as many columns, at the same gaps. A table any row of which fits no column or two
ways, or whose header names other columns, is not read: its lines stay text, never values in
the wrong column.
"""
from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass, field

import regex

from finder.ingest import identify
from finder.ingest.flow import display_width
from finder.ingest.tables import header_role, is_header_word, is_residue_word
from finder.ingest.tables import words as table_words

_FIELD = regex.compile(r"\S+(?: \S+)*")                       # cells: apart by 2+ spaces
AMOUNT = regex.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
_CODE = regex.compile(r"\d{2,3}")                              # 类 201 / 款 13 / 项 01
_CODE_LEAD = regex.compile(r"^(\d{2,3}) (\S.*)$")              # "01 行政运行": 项 glued to its name
_SENTENCE = regex.compile(r"[，。；;！？!?]")
CLAUSE_MARK = regex.compile(r"[，。；;！？!?：:]")           # a cell holding one is prose, not a table cell
_ROW_HINT = regex.compile(r"\S {2,}-?\d")                   # a value after a run of spaces
_MAX_HEADER = 5          # lines above the first row that may hold the column names
_TOLERANCE = 2           # display columns a value may sit off its column, after the row's shift
_SLACK = 3               # how far a short row's shift may lie outside the full rows' shifts
_MIN_ROWS = 3


@dataclass
class Cell:
    text: str
    start: int                       # display columns
    end: int


@dataclass
class SpacedTable:
    """A read table: grid rows (header rows first) for build_table, their lines, the lines used."""

    rows: list[list[str]]
    locs: list[int]
    raws: list[str]
    used: set[int] = field(default_factory=set)


@dataclass
class _Row:
    index: int                       # 0-based line
    codes: list[str]
    label: str
    values: list[Cell]


MONEY = regex.compile(r"-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)")
_TOKEN = regex.compile(r"\S+")


def split_cells(line: str) -> list[Cell]:
    """Cells apart by runs of spaces; in a cell, an amount one space from its neighbour is a
    cell of its own ("16,671,057.00 16,671,057.00": a narrow column printed close)."""
    out = []
    for m in _FIELD.finditer(line):
        spans = [(t.start(), t.end()) for t in _TOKEN.finditer(line, m.start(), m.end())]
        parts: list[list[int]] = []
        for (a, b) in spans:
            money = bool(MONEY.fullmatch(line, a, b))
            if parts and not money and not parts[-1][2]:
                parts[-1][1] = b                   # words of one name stay together
            else:
                parts.append([a, b, money])
        for a, b, _ in parts:
            out.append(Cell(line[a:b], display_width(line[:a]), display_width(line[:b])))
    return out


def _data_row(i: int, line: str) -> _Row | None:
    """codes* name value+ on one line; None for anything else (prose, headers, two-sided rows)."""
    if "  " not in line or not _ROW_HINT.search(line) or _SENTENCE.search(line):
        return None                                # most lines of a text: no row (fast path)
    cells = split_cells(line)
    if len(cells) < 2:
        return None
    k = len(cells)
    while k > 0 and AMOUNT.fullmatch(cells[k - 1].text):
        k -= 1
    values, lead = cells[k:], cells[:k]
    if not values or not lead:
        return None
    codes = []
    while lead and _CODE.fullmatch(lead[0].text):
        codes.append(lead.pop(0).text)
    if len(lead) != 1:
        return None
    label = lead[0].text
    m = _CODE_LEAD.match(label)
    if m and codes:
        codes.append(m.group(1))
        label = m.group(2)
    if AMOUNT.search(label) and not regex.search(r"\p{Han}", label):
        return None
    return _Row(i, codes, label.strip(), values)


def _blocks(lines: list[str], skip: set[int]) -> list[list[_Row]]:
    """Runs of data rows (blank lines between allowed)."""
    out: list[list[_Row]] = []
    cur: list[_Row] = []
    for i, line in enumerate(lines):
        if not line.strip() and i not in skip:
            continue
        row = None if i in skip or "\t" in line else _data_row(i, line)
        if row is None:
            if len(cur) >= _MIN_ROWS:
                out.append(cur)
            cur = []
        else:
            cur.append(row)
    if len(cur) >= _MIN_ROWS:
        out.append(cur)
    return out


def _columns(rows: list[_Row]) -> tuple[list[float], tuple[float, float]] | None:
    """Offsets of the value columns' right ends from the first one, and the range of the first
    column's end, from the rows that fill every column; None when they disagree."""
    width = max(len(r.values) for r in rows)
    full = [r for r in rows if len(r.values) == width]
    if len(full) < 2:
        return None
    offsets = []
    for j in range(width):
        rel = [r.values[j].end - r.values[0].end for r in full]
        if max(rel) - min(rel) > 2 * _TOLERANCE:
            return None
        offsets.append(statistics.median(rel))
    if any(b - a <= 2 * _TOLERANCE + 2 for a, b in zip(offsets, offsets[1:])):
        return None
    firsts = [r.values[0].end for r in full]
    return offsets, (min(firsts) - _SLACK, max(firsts) + _SLACK)


def _place(row: _Row, offsets: list[float], shift: tuple[float, float]) -> tuple[int, ...] | None:
    """The columns of a row's values: the one order-keeping choice whose shift falls in range."""
    fits = []
    for cols in itertools.combinations(range(len(offsets)), len(row.values)):
        s = [v.end - offsets[c] for v, c in zip(row.values, cols)]
        mid = statistics.median(s)
        if max(abs(x - mid) for x in s) <= _TOLERANCE and shift[0] <= mid <= shift[1]:
            fits.append(cols)
    return fits[0] if len(fits) == 1 else None


def _header(lines: list[str], first: int, width: int,
            skip: set[int]) -> tuple[int, list[str], tuple[str, str], str] | None:
    """(first header line, value column names, name column headings, value group) from the
    header lines right above the first row (no amount among them): the line that names exactly
    `width` columns after one or two stub headings. The x positions an extractor gives header
    words do not follow the values' (narrower CJK), so the count decides, not the position."""
    above: list[int] = []
    i = first - 1
    while i >= 0 and len(above) < _MAX_HEADER and i not in skip:
        if lines[i].strip():
            if _SENTENCE.search(lines[i]) or any(AMOUNT.fullmatch(c.text) for c in split_cells(lines[i])):
                break
            above.insert(0, i)
        i -= 1
    for k in range(len(above) - 1, -1, -1):
        cells = [c for c in split_cells(lines[above[k]]) if not _CODE.fullmatch(c.text)]
        stub, names = cells[:-width], cells[-width:]
        if len(cells) <= width or not 1 <= len(stub) <= 2:
            continue
        if not all(is_header_word(c.text) for c in stub) or \
                any(is_residue_word(c.text) or not regex.search(r"\p{Han}", c.text) for c in names):
            continue                               # "经营收入 类 | 款 | 项" names no value column
        group, stub_group, top = "", "", above[k]
        for g in above[:k][::-1]:                  # the group line: one cell over the values
            gc = split_cells(lines[g])
            right = [c for c in gc if c.end > names[0].start]
            if not right:
                continue                           # "功能分类科目编码" over the codes only
            if len(right) == 1 and len(gc) - len(right) <= 1:
                group, top = right[0].text, g
                stub_group = gc[0].text if len(gc) > 1 else ""
            break
        label = [c.text for c in stub if header_role(c.text) != "code"]    # "编码" heads the codes
        if len(label) != 1:
            continue
        return top, [c.text for c in names], (stub_group, label[0]), group
    return None


def _gap_columns(rows: list[_Row]) -> tuple[list[float], tuple[float, float]] | None:
    """The columns of a table whose first value column (合计) every row fills: offsets from the
    gaps between a row's first value and its others, grouped; None when the gaps do not group."""
    gaps = sorted(v.end - r.values[0].end for r in rows for v in r.values[1:])
    groups: list[list[int]] = []
    for g in gaps:
        if groups and g - groups[-1][-1] <= _TOLERANCE:
            groups[-1].append(g)
        else:
            groups.append([g])
    if not groups or any(grp[-1] - grp[0] > 2 * _TOLERANCE for grp in groups) or groups[0][0] <= 2 * _TOLERANCE:
        return None
    firsts = [r.values[0].end for r in rows]
    return [0.0] + [statistics.median(grp) for grp in groups], (min(firsts), max(firsts))


def _anchored(rows: list[_Row], offsets: list[float]) -> list[tuple[int, ...]] | None:
    """Columns by the gaps from each row's first value, which is the total column's."""
    placed = []
    for r in rows:
        where = [min(range(len(offsets)), key=lambda c: abs(v.end - r.values[0].end - offsets[c]))
                 for v in r.values]
        if any(abs(v.end - r.values[0].end - offsets[c]) > 2 * _TOLERANCE for v, c in zip(r.values, where)) \
                or len(set(where)) < len(where) or where[0] != 0:
            return None
        placed.append(tuple(where))
    return placed


def _read(lines: list[str], rows: list[_Row], skip: set[int], model=None):
    """(header, placed columns per row, column model) of one block, or None when it cannot be
    read safely. Columns: from the rows that fill every column, else the page before's (`model`),
    else the gaps after the first value. A table headed by a total column (合计, filled in every
    row that has a value) places each row from its first value; another by the row's shift."""
    cols = _columns(rows) or model or _gap_columns(rows)
    if cols is None or max(len(r.values) for r in rows) > len(cols[0]):
        return None
    offsets, shift = cols
    head = _header(lines, rows[0].index, len(offsets), skip)
    if head is None:
        return None
    if identify.normalize(head[1][0]) in table_words().totals:
        placed = _anchored(rows, offsets)
    elif _columns(rows) is None:
        return None
    else:
        placed = [_place(r, offsets, shift) if len(r.values) < len(offsets) else tuple(range(len(offsets)))
                  for r in rows]
    if placed is None or any(p is None for p in placed):
        return None
    return head, placed, cols


def _continues(lines: list[str], prev: SpacedTable | None, top: int) -> bool:
    """Is a block whose header starts at `top` the next page of `prev` (same header again,
    only page furniture between)?"""
    if prev is None:
        return False
    between = [ln for ln in lines[max(prev.used) + 1: top] if ln.strip()]
    return len(between) <= 2 and not any(regex.search(r"\p{Han}", ln) for ln in between)


def find(lines: list[str], skip: set[int]) -> list[SpacedTable]:
    """The one-sided space-laid tables in `lines` (0-based lines in `skip` are taken)."""
    tables: list[SpacedTable] = []
    prev: SpacedTable | None = None
    prev_head: tuple | None = None
    model = None
    failed = -1                                    # last line of the last block not read
    for rows in _blocks(lines, skip):
        near = prev is not None and rows[0].index - max(prev.used) <= 2 * _MAX_HEADER + 4
        read = _read(lines, rows, skip, model if near else None)
        after_failed = 0 <= failed and rows[0].index - failed <= 2 * _MAX_HEADER + 4 and \
            not any(identify.match_title(ln) for ln in lines[failed + 1: rows[0].index])
        if read is None or after_failed:           # a table's pages: all or nothing
            if near:
                tables.remove(prev)
            prev, failed = None, rows[-1].index
            continue
        (top, names, (stub_group, stub), group), placed, cols = read
        depth = max(len(r.codes) for r in rows)
        body = []
        for r, where in zip(rows, placed):
            cells = [""] * len(names)
            for v, c in zip(r.values, where):
                cells[c] = v.text
            if depth and not r.codes:          # "合计" spans the code and name columns
                body.append([r.label] + [""] * depth + cells)
            else:
                body.append((r.codes + [""] * depth)[:depth] + [r.label] + cells)
        head = (names, group, stub, depth)
        if prev is not None and head == prev_head and _continues(lines, prev, top):
            prev.rows += body
            prev.locs += [r.index + 1 for r in rows]
            prev.raws += ["\t".join(g) for g in body]
            prev.used |= set(range(top, rows[-1].index + 1))
            continue
        model = cols
        grid: list[list[str]] = []
        if group:
            grid.append([""] * depth + [stub_group or stub] + [group] + [""] * (len(names) - 1))
        grid.append([""] * depth + [stub] + names)
        if depth:
            grid.append(["类", "款", "项"][:depth] + [""] * (1 + len(names)))
        locs = [top + 1] * len(grid) + [r.index + 1 for r in rows]
        grid += body
        prev = SpacedTable(grid, locs, ["\t".join(g) for g in grid], set(range(top, rows[-1].index + 1)))
        prev_head = head
        tables.append(prev)
    return tables
