"""Space-laid tables of words (indicator tables: 二级指标 三级指标 目标值 完成情况 权重分 得分),
whose cells an extractor prints at no reliable x position: read by counting cells under a header
line that the table lexicon recognises (identify.header_id, no title needed).

A row that names every column is read as it is; a shorter one only when one order-keeping choice
of columns fits the kinds of cell (text, bare number, percent, number with unit) that the full
rows hold in each column and keeps the row's name (a group spanning rows is what it leaves
empty); a total row (合计/总计) puts its label in the first column that can hold it. A table any
row of which fits no column or two ways, or that runs on past a page break the reader cannot
pass, is not read: its lines stay text.
"""
from __future__ import annotations

import functools
import itertools
from collections import Counter
from types import SimpleNamespace

import regex

from finder.appendix.model import level_kind
from finder.ingest import flow, identify
from finder.ingest.spaced import CLAUSE_MARK, Cell, SpacedTable, split_cells
from finder.ingest.tables import header_role
from finder.ingest.tables import words as table_words

_PAGE_LEAD = regex.compile(r"^\s*(?:[-—─–]\s*\d{1,3}\s*[-—─–]|第\s*\d{1,3}\s*页)")   # "- 30 -" glued on
_VALUE = regex.compile(r"[^\s\p{Han}\d]{0,2}\d[\d,]*(?:\.\d+)?%?(?: ?\p{Han}{1,2}(?![\p{Han}\d]))?")
_BARE = regex.compile(r"-?\d+(?:\.\d+)?")
_PERCENT = regex.compile(r"[^\s\p{Han}\d]{0,2}\d+(?:\.\d+)?%")
_MIN_COLUMNS = 3
_MIN_FULL = 2
_MAX_GAP = 2              # blank lines a body may hold between two rows
_LOOKAHEAD = 6            # non-blank lines around a table that must not be rows of the same shape


def _line_cells(line: str) -> list[Cell]:
    """Cells of a line, page-number furniture glued at its start dropped, and a field of two
    values one space apart ("1209 亿 1209 亿元") split into its values."""
    m = _PAGE_LEAD.match(line)
    if m:
        line = " " * m.end() + line[m.end():]
    out = []
    for c in split_cells(line):
        parts = list(_VALUE.finditer(c.text))
        if len(parts) >= 2 and "".join(p.group() for p in parts).replace(" ", "") == c.text.replace(" ", ""):
            for p in parts:
                out.append(Cell(p.group().strip(), c.start + p.start(), c.start + p.end()))
        else:
            out.append(c)
    return out


def kind(text: str) -> str:
    """text | bare | percent | unit (a number with its unit word)."""
    if _BARE.fullmatch(text):
        return "bare"
    if _PERCENT.fullmatch(text):
        return "percent"
    if _VALUE.fullmatch(text):
        return "unit"
    return "text"


def _header(cells: list[Cell]) -> str | None:
    """The table id a header line's cells name (a line of 3+ short words, no figure), else None."""
    names = [c.text for c in cells]
    if len(names) < _MIN_COLUMNS or any(regex.search(r"\d", n) or not regex.search(r"\p{Han}", n)
                                        or len(n) > 12 or CLAUSE_MARK.search(n) for n in names):
        return None
    tid = identify.header_id(SimpleNamespace(columns=[(n,) for n in names], extra={}))
    return tid if tid and identify.spec(tid).get("layout") != "form" else None


def _is_total(text: str) -> bool:
    return identify.normalize(text) in table_words().totals


def _label_column(kinds: list[set[str]]) -> int:
    """The row label's column: the last of the leading columns that hold text in every full row
    (二级指标 groups rows, 三级指标 names each one)."""
    j = 0
    while j + 1 < len(kinds) and kinds[j + 1] == {"text"}:
        j += 1
    return j


def _place(cells: list[Cell], kinds: list[set[str]]) -> tuple[int, ...] | None:
    """The columns of a short row: the one order-keeping choice whose cells fit the kinds of
    cell the full rows hold in each column and that fills the label column (a group spanning
    rows is what a row leaves empty), a level name (lexicons/appendix.yml levels) alone going
    left of the label column when two choices remain ('做好安全员 | 做好' is a name and its
    target); a total row's label takes the first column it fits."""
    k, n = len(kinds), len(cells)
    fits = [cols for cols in itertools.combinations(range(k), n)
            if all(kind(c.text) in kinds[j] for c, j in zip(cells, cols))]
    if fits and _is_total(cells[0].text):
        fits = [f for f in fits if f[0] == min(g[0] for g in fits)]
    else:
        label = _label_column(kinds)
        fits = [f for f in fits if label in f]
        if len(fits) > 1:                   # a group column (二级指标) holds level names only
            fits = [f for f in fits if all(level_kind(c.text) for c, j in zip(cells, f) if j < label)] or fits
    return fits[0] if len(fits) == 1 else None


def _furniture(cells: list[Cell], running: set[str]) -> bool:
    """A page's footer/header inside a table: page numbers and lines repeated on every page."""
    residue = flow.doc_lexicon().residue
    return all(any(rx.fullmatch(c.text) for rx in residue) or c.text in running for c in cells)


def _running(lines: list[str]) -> set[str]:
    """Texts of 6+ characters printed as a cell of 3 or more lines (running headers)."""
    seen: dict[str, int] = {}
    for line in lines:
        if "  " in line or len(line.strip()) >= 6:
            for c in split_cells(line):
                if len(c.text) >= 6:
                    seen[c.text] = seen.get(c.text, 0) + 1
    return {t for t, n in seen.items() if n >= 3}


def _texts(cells: list[Cell]) -> list[str]:
    return [c.text for c in cells]


def _body(lines: list[str], first: int, head: list[str], skip: set[int],
          running) -> tuple[list[tuple[int, list[Cell]]], int]:
    """Rows under a header: lines of 2..k cells, up to _MAX_GAP blank lines apart, or any number
    around a page's furniture (page number, running header, the header a new page repeats),
    which is passed over; the index of the line after the last row."""
    k = len(head)
    rows: list[tuple[int, list[Cell]]] = []
    i, end, paged = first, first, False
    repeat: int | None = None
    while i < len(lines) and i not in skip:
        if not lines[i].strip():
            j = i
            while j < len(lines) and not lines[j].strip() and j not in skip:
                j += 1
            if j - i > _MAX_GAP and not paged and not (j < len(lines) and j not in skip and rows
                                                        and _furniture(_line_cells(lines[j]), running())):
                break
            i = j
            continue
        cells = _line_cells(lines[i])
        i += 1
        if [c.text for c in _head(lines[i - 1]) or []] == head:
            paged, repeat = True, 0                # a new page repeats the header ...
            continue
        if rows and _furniture(cells, running()):
            paged = True
            continue
        if repeat is not None and repeat < len(rows) and _texts(cells) == _texts(rows[repeat][1]):
            repeat += 1                            # ... and the rows a renderer took for header
            continue
        repeat = None
        if CLAUSE_MARK.search(lines[i - 1]) or "\t" in lines[i - 1] or not (
                2 <= len(cells) <= k or _blank_row(lines, i, cells, k, skip)):
            break
        rows.append((i - 1, cells))
        end, paged = i, False
    return rows, end


def _blank_row(lines: list[str], i: int, cells: list[Cell], k: int, skip: set[int]) -> bool:
    """A line of one text cell set apart by blank lines between two rows (at most _MAX_GAP blank
    lines below it): a row whose figures are blank ('做好服务尽责率' with no target), not prose after
    the table nor a name wrapped around its row's figures (printed right above or below them)."""
    if len(cells) != 1 or kind(cells[0].text) != "text" or lines[i - 2].strip() \
            or (i < len(lines) and lines[i].strip()):
        return False
    j = i
    while j < len(lines) and j - i <= _MAX_GAP and not lines[j].strip():
        j += 1
    if j >= len(lines) or j in skip or j - i > _MAX_GAP or CLAUSE_MARK.search(lines[j]) or "\t" in lines[j]:
        return False
    return 2 <= len(_line_cells(lines[j])) <= k


def _runs_on(lines: list[str], span: range, k: int, kinds: list[set[str]], skip: set[int]) -> bool:
    """Do rows of the same shape lie just after the body or just before the header, `span`
    walking away from the table (a page break the reader cannot follow: read alone, a part
    would count the table short)?"""
    seen = 0
    for i in span:
        if i in skip or seen >= _LOOKAHEAD:
            return False
        if not lines[i].strip():
            continue
        seen += 1
        cells = _line_cells(lines[i])
        if len(cells) >= k - 1 and all(kind(c.text) in kinds[j] for c, j in zip(cells[-(k - 2):], range(2, k))):
            return True
    return False


def _head(line: str) -> list[Cell] | None:
    """The cells of a header line, a page number glued before it ("30 二级指标") dropped."""
    cells = _line_cells(line)
    if _header(cells):
        return cells
    if len(cells) > 1 and regex.fullmatch(r"\d{1,3} \S+", cells[0].text):
        first = cells[0].text.split(" ", 1)[1]
        cells = [Cell(first, cells[0].end - len(first), cells[0].end)] + cells[1:]
        return cells if _header(cells) else None
    return None


_ONE_SPACE = regex.compile(r"(?<=\S) (?=\S)")
_UNIT_SPACE = regex.compile(r"(?<=\d) (?=\p{Han}{1,2}(?: |$))")
_DIGIT = regex.compile(r"\d")
_REPEATED = 3             # a line printed this often is page furniture (a running title), left whole


def _spread(line: str) -> str:
    """A line of a plain export (cells one space apart: '数量指标 …数量 40 篇 47 篇 2 3') laid out as
    a space-laid one: each single space a cell gap, but for the space between a number and its unit
    word ('40 篇'); a line with a run of spaces is already laid out."""
    if "  " in line.strip():
        return line
    units = {m.start() for m in _UNIT_SPACE.finditer(line)}
    return _ONE_SPACE.sub(lambda m: m.group() if m.start() in units else "  ", line)


def _laid_out(lines: list[str]) -> list[str]:
    """The lines as space-laid text (_spread), running titles left whole for _furniture to know."""
    seen = Counter(line.strip() for line in lines)
    return [line if seen[line.strip()] >= _REPEATED else _spread(line) for line in lines]


def find(lines: list[str], skip: set[int]) -> list[SpacedTable]:
    """The header-named space-laid tables in `lines` (0-based lines in `skip` are taken); a table
    whose header line is a plain export's (cells one space apart) is read on the lines laid out
    (_laid_out), a layout export's on the lines as printed."""
    printed = lines
    laid = functools.cache(lambda: _laid_out(printed))
    running = {False: functools.cache(lambda: _running(printed)), True: functools.cache(lambda: _running(laid()))}
    tables: list[SpacedTable] = []
    i = 0
    while i < len(printed):
        if i in skip or "\t" in printed[i]:
            i += 1
            continue
        plain = "  " not in printed[i]
        if plain and (" " not in printed[i].strip() or _DIGIT.search(printed[i]) or CLAUSE_MARK.search(printed[i])):
            i += 1                                 # no header of words apart (fast path)
            continue
        lines = laid() if plain else printed
        head = _head(lines[i]) if "  " in lines[i] else None
        if head is None:
            i += 1
            continue
        rows, end = _body(lines, i + 1, [c.text for c in head], skip, running[plain])
        table = _read(lines, i, head, rows, end, skip, plain=plain)
        if table is not None:
            tables.append(table)
            i = end
        else:
            i += 1
    return tables


_INDEX_LEAD = regex.compile(r"(\d{1,3}) (\p{Han}.*)")


def _split_index(cells: list[Cell], k: int) -> list[Cell]:
    """Under a 序号 column, "1 投入" is the row's number and its name printed one space apart."""
    m = _INDEX_LEAD.fullmatch(cells[0].text) if len(cells) == k - 1 else None
    if m is None:
        return cells
    c = cells[0]
    return [Cell(m.group(1), c.start, c.start + len(m.group(1))),
            Cell(m.group(2), c.end - len(m.group(2)), c.end)] + cells[1:]


def _groups_named(head: list[Cell], full: list[list[Cell]], label: int) -> bool:
    """Every full row's cells before its label column are level names (数量指标) or, under a 序号
    column, serial numbers: in a plain export a space inside a name ('乙类 信息采集量') makes a
    row as long as a full one, its first word taken for the group."""
    return all(header_role(head[j].text) == "index" or level_kind(cells[j].text)
               for cells in full for j in range(label))


def _read(lines, top: int, head: list[Cell], rows, end: int, skip: set[int],
          plain: bool = False) -> SpacedTable | None:
    """The table of a header and its rows, or None when a row cannot be placed safely (plain:
    the lines were cells one space apart, _spread)."""
    k = len(head)
    if header_role(head[0].text) == "index":
        rows = [(i, _split_index(cells, k)) for i, cells in rows]
    full = [cells for _, cells in rows if len(cells) == k]
    if len(full) < _MIN_FULL:
        return None
    kinds = [{kind(cells[j].text) for cells in full} for j in range(k)]
    if plain and not _groups_named(head, full, _label_column(kinds)):
        return None
    if _runs_on(lines, range(end, len(lines)), k, kinds, skip) or \
            _runs_on(lines, range(top - 1, -1, -1), k, kinds, skip):
        return None
    grid = [[c.text for c in head]]
    for _, cells in rows:
        where = tuple(range(k)) if len(cells) == k else _place(cells, kinds)
        if where is None:
            return None
        row = [""] * k
        for c, j in zip(cells, where):
            row[j] = c.text
        grid.append(row)
    locs = [top + 1] + [r + 1 for r, _ in rows]
    return SpacedTable(grid, locs, ["\t".join(g) for g in grid], set(range(top, end)))
