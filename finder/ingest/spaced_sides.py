"""Two-sided summary tables printed with spaces (收支预算总表 / 收入支出决算总表): one line holds an
income item and a spending item, "一、财政拨款收入   371,514,655.00 一、一般公共服务支出   21,601,733.00".

Read under a header line of two sides, each a name heading and one value column (项目 预算数 项目
预算数), only when the line above names the sides (本年收入 本年支出): without them a row's
income and spending items could not be told apart. A row is the left side's name
and value, then the right side's: the first name is the left one. A row of one name is placed on
the side whose names start nearest to it, and only when it lies clearly nearer one side than the
other; a row that parses neither way, or a one-name row between the sides, drops the table.
Sides with more value columns or with 行次 columns are not read here.
"""
from __future__ import annotations

import statistics

import regex

from finder.ingest import identify
from finder.ingest.spaced import AMOUNT, CLAUSE_MARK, Cell, SpacedTable, split_cells
from finder.ingest.tables import header_role

_HAN = regex.compile(r"\p{Han}")
_MAX_GAP = 16             # blank lines between two rows (pdfplumber prints a page's empty height)
_MIN_ROWS = 3
_MAX_ABOVE = 3            # non-blank lines above the header that may name the sides


def _is_amount(c: Cell) -> bool:
    return bool(AMOUNT.fullmatch(c.text)) and not c.text.endswith("%")


def _is_name(c: Cell) -> bool:
    return bool(_HAN.search(c.text)) and not CLAUSE_MARK.search(c.text)


def _header(cells: list[Cell]) -> bool:
    """项目 | 预算数 | 项目 | 预算数: two sides of a name heading and one value column."""
    if len(cells) != 4 or any(regex.search(r"\d", c.text) or not _HAN.search(c.text) for c in cells):
        return False
    roles = [header_role(c.text) for c in cells]
    return roles[0] == roles[2] == "label" and roles[1] is None and roles[3] is None


def _sides(lines: list[str], top: int, skip: set[int]) -> tuple[list[str], int]:
    """The side names printed above the header (本年收入 | 本年支出) and the first line used."""
    seen = 0
    for i in range(top - 1, -1, -1):
        if i in skip or seen >= _MAX_ABOVE:
            break
        if not lines[i].strip():
            continue
        seen += 1
        cells = split_cells(lines[i])
        if len(cells) == 2 and all(_is_name(c) and not regex.search(r"\d", c.text) for c in cells):
            return [c.text for c in cells], i
        break
    return [], top


def _parse(cells: list[Cell]) -> list[tuple[Cell, Cell | None]] | None:
    """The (name, value) sides of a row, left to right; None when the cells are no such row."""
    out: list[tuple[Cell, Cell | None]] = []
    k = 0
    while k < len(cells):
        if not _is_name(cells[k]) or _is_amount(cells[k]):
            return None
        value = cells[k + 1] if k + 1 < len(cells) and _is_amount(cells[k + 1]) else None
        out.append((cells[k], value))
        k += 2 if value is not None else 1
    return out if 1 <= len(out) <= 2 else None


def _body(lines: list[str], first: int, skip: set[int]) -> tuple[list[tuple[int, list]], int]:
    """Parsed rows under the header, up to the first line that does not parse as one (a sentence, a
    title, a TAB line), and the line after the last row."""
    rows: list[tuple[int, list]] = []
    i, gap = first, 0
    while i < len(lines) and i not in skip:
        text = lines[i].strip()
        if not text:
            gap += 1
            if gap > _MAX_GAP:
                break
            i += 1
            continue
        if CLAUSE_MARK.search(text) or identify.match_title(text) or "\t" in lines[i]:
            break
        sides = _parse(split_cells(lines[i]))
        if sides is None:
            break
        rows.append((i, sides))
        gap = 0
        i += 1
    while rows and len(rows[-1][1]) == 1 and rows[-1][1][0][1] is None:
        rows.pop()                                 # one name, no figure, last: a caption, not a row
    return rows, (rows[-1][0] + 1 if rows else first)


def _place(rows: list[tuple[int, list]]) -> list[tuple[tuple, tuple]] | None:
    """(left, right) sides of each row: two-name rows as printed; a one-name row on the side
    whose names start nearest, when it is clearly nearer (a third of the distance between)."""
    pairs = [s for _, s in rows if len(s) == 2]
    if len(pairs) < 2:
        return None
    left = statistics.median(s[0][0].start for s in pairs)
    right = statistics.median(s[1][0].start for s in pairs)
    if right - left < 10:
        return None
    out = []
    for _, s in rows:
        if len(s) == 2:
            out.append((s[0], s[1]))
            continue
        d_left, d_right = abs(s[0][0].start - left), abs(s[0][0].start - right)
        if min(d_left, d_right) > (right - left) / 3:
            return None
        out.append((s[0], None) if d_left < d_right else (None, s[0]))
    return out


def _text(side, j: int) -> str:
    if side is None or side[j] is None:
        return ""
    return side[j].text


def find(lines: list[str], skip: set[int]) -> list[SpacedTable]:
    """The two-sided space-laid tables in `lines` (0-based lines in `skip` are taken)."""
    tables: list[SpacedTable] = []
    for i, line in enumerate(lines):
        if i in skip or "  " not in line or "\t" in line or any(i in t.used for t in tables):
            continue
        head = split_cells(line)
        if not _header(head):
            continue
        rows, end = _body(lines, i + 1, skip)
        if len(rows) < _MIN_ROWS:
            continue
        placed = _place(rows)
        if placed is None:
            continue
        sides, top = _sides(lines, i, skip)
        if not sides:
            continue                               # no side names: income and spending rows unknown
        grid = [[sides[0], "", sides[1], ""], [c.text for c in head]]
        body = [[_text(a, 0), _text(a, 1), _text(b, 0), _text(b, 1)] for a, b in placed]
        locs = [top + 1] * len(grid) + [r + 1 for r, _ in rows]
        grid += body
        tables.append(SpacedTable(grid, locs, ["\t".join(g) for g in grid], set(range(top, end))))
    return tables
