"""Tables web text prints one cell per line ('项目 |', '预算数 |', '合计 |', '3 |', …): rows rebuilt.

A cell may print its closing pipe on a line of its own ('年度' / '|' / '合计' / '|' …): the two lines
are one cell. A header may be two rows, the second a group's members under the group's heading (…
'公车购置及运行维护费' over '合计' '车辆购置' '车辆运行'): one cell more than the columns, the group's
first member a total (tables.yml layout.total_labels). Such a header is read only where exactly one
group the sums allow (its total member = Σ the others; a total column beside the group = Σ the
top-level columns, the group counting as its total) in every row of figures that is not a change row
(layout.cell_lines.change_words). A table whose rows are years ('年度' over '2015年', '2016年',
layout.cell_lines.year_corner) is turned: its columns become the rows (a group's total named by the
group), its years the columns, so a year's figure sits in the year's column as in a table printed
the usual way round; each turned row's line is its heading's. A cell that heads a column (项目, 年度,
合计, 科目编码 …) is never taken for a title or unit line before the header.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from finder import lexicon
from finder.ingest import identify
from finder.ingest.plain_place import interval, is_total
from finder.ingest.tables import header_role
from finder.numbers.interval import total

_CELL_LINE = regex.compile(r"^\s*([^|｜]*?)\s*[|｜]{1,2}\s*$")     # one cell and its closing pipe
_FIGURE = regex.compile(r"^[-+−]?(?:\d[\d,，]*)?\.?\d+\s*%?$|^[-—–－/]+$|^$")
_MIN_ROWS = 2                 # data rows under the header
_MAX_COLUMNS = 8
_MAX_LEAD = 4                 # one-cell lines before the header (title, 编制单位, 单位)
_LONE_PIPE = regex.compile(r"^\s*[|｜]\s*$")
_YEAR_LABEL = regex.compile(r"^\s*\d{4}\s*年")


@dataclass
class CellTable:
    """A table rebuilt from one-cell lines: its rows, the 0-based line of each row's first cell,
    the lines before the header (title and unit lines) and every line it uses."""

    rows: list[list[str]]
    locs: list[int]
    lead: list[int]
    used: list[int]
    names: list[str] = field(default_factory=list)     # column headings of a turned table (its id)


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...], str]:
    """(year corner headings, change-row words, the label heading of a turned table)."""
    spec = lexicon.load("tables")["layout"]["cell_lines"]
    return (frozenset(identify.normalize(w) for w in spec["year_corner"]), tuple(spec["change_words"]),
            spec["turned_label"])


def _runs(lines: list[str]) -> list[list[tuple[str, list[int]]]]:
    """Runs of cells, each (its text, its lines): a 'cell |' line, or a pipeless line and the lone
    pipe right under it."""
    out: list[list[tuple[str, list[int]]]] = []
    cur: list[tuple[str, list[int]]] = []
    i = 0
    while i <= len(lines):
        line = lines[i] if i < len(lines) else ""
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if i < len(lines) and "\t" not in line and line.strip() and not _CELL_LINE.match(line) \
                and _LONE_PIPE.match(nxt):
            cur.append((line.strip(), [i, i + 1]))
            i += 2
            continue
        if i < len(lines) and "\t" not in line and _CELL_LINE.match(line):
            cur.append((_CELL_LINE.match(line).group(1).strip(), [i]))
            i += 1
            continue
        if cur:
            out.append(cur)
        cur = []
        i += 1
    return out


_PIPES_ONLY = regex.compile(r"^\s*(?:[|｜]\s*){3,}$")   # '|||||': a row's empty cells, one a pipe


def _grid_runs(lines: list[str]) -> list[list[tuple[str, list[int]]]]:
    """Runs of cells where a line of pipes only ('|||||', '||' among them) is as many empty cells as it has
    pipes: an HTML table's blank cells printed together. Only runs holding a line of three pipes or more."""
    out: list[list[tuple[str, list[int]]]] = []
    cur: list[tuple[str, list[int]]] = []
    wide = False
    for i, line in enumerate([*lines, ""]):
        m = _CELL_LINE.match(line) if "\t" not in line else None
        if "\t" not in line and (_PIPES_ONLY.match(line) or (m and not m.group(1).strip() and line.count("|") == 2)):
            wide = wide or bool(_PIPES_ONLY.match(line))
            cur += [("", [i])] * len(_PIPE.findall(line))
            continue
        if m:
            cur.append((m.group(1).strip(), [i]))
            continue
        if cur and wide:
            out.append(cur)
        cur, wide = [], False
    return out


_PIPE = regex.compile(r"[|｜]")


def _grid(run: list[tuple[str, list[int]]]) -> CellTable | None:
    """A run of cells (_grid_runs) read row by row at the one width that fits: rows of one caption cell
    ('单位:万元') first, then a header of one or two rows, then rows of a label and figures (or blanks) only,
    a last column blank in every row dropped (a row's closing cell). A second header row of m names under a
    first one ending in a name and m − 1 blanks ('较上年增减情况' over '增、减额' '增、减幅度') names those m
    columns. None unless exactly one width reads so."""
    cells = [c for c, _ in run]
    fits = [g for w in range(3, _MAX_COLUMNS + 2) if (g := _grid_at(cells, w)) is not None]
    if len(fits) != 1:
        return None
    w, lead, heads, grid = fits[0]
    at = [ls[0] for _, ls in run]
    locs = [at[r * w] for r in range(lead, lead + len(grid))]
    lead_lines = [i for _, ls in run[:lead * w] for i in ls]
    used = [i for _, ls in run[lead * w:] for i in ls]
    return CellTable(grid, locs, lead_lines, used)


def _grid_at(cells: list[str], w: int) -> tuple[int, int, int, list[list[str]]] | None:
    """(width, caption rows, header rows, the grid) when cells read as rows of w (_grid); None otherwise."""
    if len(cells) % w and any(cells[len(cells) - len(cells) % w:]):
        cells = cells + [""] * (w - len(cells) % w)
    elif len(cells) % w:
        cells = cells[:len(cells) - len(cells) % w]
    rows = [cells[k:k + w] for k in range(0, len(cells), w)]
    lead = 0
    while lead < len(rows) and rows[lead][0] and not any(rows[lead][1:]) and not _heading(rows[lead][0]):
        lead += 1
    first = next((k for k in range(lead, len(rows)) if _is_label(rows[k][0]) and any(rows[k][1:])
                  and all(_FIGURE.match(c) for c in rows[k][1:])), None)
    if first is None or not 1 <= first - lead <= 2:
        return None
    data = rows[first:]
    if sum(1 for r in data if any(r[1:])) < _MIN_ROWS or not all(_is_label(r[0]) and all(_FIGURE.match(c) for c in r[1:])
                                                                  for r in data):
        return None
    n = w - 1 if not any(r[-1] for r in rows[lead:]) else w
    head = [r[:n] for r in rows[lead:first]]
    top = head[0]
    if len(head) == 1 and not all(top):
        return None
    if len(head) == 2:
        names = [c for c in head[1] if c]
        j = max(k for k, c in enumerate(top) if c)
        if head[1][:len(names)] != names or len(names) != n - j or j == 0 or not all(top[:j + 1]):
            return None
        head = [top, [""] * j + names]
    return w, lead, len(head), head + [r[:n] for r in data]


def _is_label(cell: str) -> bool:
    return bool(cell) and not _FIGURE.match(cell)


def _heading(cell: str) -> bool:
    """A cell that heads a column (项目, 年度, 合计, 科目编码 …), never a title or unit line."""
    return bool(cell) and (header_role(cell) is not None or is_total(cell)
                           or identify.normalize(cell) in _words()[0])


def _rows(body: list[str], n: int, sep: bool) -> list[list[str]] | None:
    """body (the cells under the header) as rows of a label and n - 1 figures (each row followed by
    one empty cell when `sep`); None when they do not read so."""
    stride = n + (1 if sep else 0)
    while body and not body[-1]:
        body = body[:-1]
    if not body:
        return None
    body = body + [""] * (-len(body) % stride)          # empty cells closing the last row
    rows = [body[k:k + stride] for k in range(0, len(body), stride)]
    if sep and any(r[-1] for r in rows):
        return None
    data = [r[:n] for r in rows]
    if len(data) < _MIN_ROWS:
        return None
    if not all(_is_label(r[0]) and all(_FIGURE.match(c) for c in r[1:]) for r in data):
        return None
    if not any(c for r in data for c in r[1:]):
        return None
    return data


def _fit(cells: list[str], lead: int, n: int, sep: bool) -> int | None:
    """The number of data rows when cells[lead:] read as a header of n names and rows of a label and
    n - 1 figures (each row followed by one empty cell when `sep`); None when they do not."""
    head = cells[lead:lead + n]
    if len(head) < n or not all(_is_label(c) for c in head) or (sep and any(cells[lead + n:lead + n + 1])):
        return None
    data = _rows(cells[lead + n + (1 if sep else 0):], n, sep)
    return None if data is None else len(data)


def _groups(cells: list[str], lead: int, n: int, sep: bool) -> list[tuple[int, int, list[list[str]]]]:
    """Every (group column j, member count m, data rows) that reads cells[lead:] as a two-row header
    (n - m + 1 top names, then the m members of the group top[j], its total first: n + 1 header cells
    over n columns) and rows of a label and n - 1 figures whose sums hold (_sums)."""
    out = []
    body = cells[lead:]
    for m in range(2, n):
        top, sub = body[:n - m + 1], body[n - m + 1:n + 1]
        if len(sub) < m or not is_total(sub[0]) or not all(_is_label(c) for c in top + sub):
            continue
        if sep and any(body[n + 1:n + 2]):
            continue
        data = _rows(body[n + 1 + (1 if sep else 0):], n, sep)
        if data is None:
            continue
        out.extend((j, m, data) for j in range(1, len(top)) if _sums(top, j, m, data))
    return out


def _sums(top: list[str], j: int, m: int, data: list[list[str]]) -> bool:
    """Whether the group under top[j] (columns j .. j+m-1, its total first) sums in every row of
    figures that is not a change row, and a total column among the other top names is the sum of
    the top-level columns beside it (the group counting as its total); two rows at least show it."""
    change = _words()[1]
    n = len(top) + m - 1
    outer = [k for k in range(1, n) if k <= j or k >= j + m]           # top-level columns
    name = {k: top[k] if k <= j else top[k - m + 1] for k in outer}
    tot = [k for k in outer if k != j and is_total(name[k])]
    shown = 0
    for row in data:
        if any(w in row[0] for w in change) or any("%" in c for c in row):
            continue
        vals = [interval(c or "0") for c in row[1:]]
        if any(v is None for v in vals):
            return False
        vals = [None] + vals
        if not vals[j].overlaps(total(vals[j + 1:j + m])):
            return False
        if len(tot) == 1 and not vals[tot[0]].overlaps(total([vals[k] for k in outer if k != tot[0]])):
            return False
        shown += 1
    return shown >= 2


def _turn(names: list[str], data: list[list[str]], lines: list[int]) -> tuple[list[list[str]], list[int]] | None:
    """A table whose rows are years (its corner heading a year_corner word, every row's label a
    year) turned: one row per column (names[k], at lines[k]), one column per year. None for any
    other table."""
    corner, _, label = _words()
    if identify.normalize(names[0]) not in corner or not all(_YEAR_LABEL.match(r[0]) for r in data):
        return None
    rows = [[label] + [r[0] for r in data]] + [[names[k]] + [r[k] for r in data] for k in range(1, len(names))]
    return rows, lines


def find(lines: list[str]) -> list[CellTable]:
    """Runs of one-cell lines that read as exactly one table shape: the fewest lines before the
    header, one column count (and row separator) and one header (one row of names, or two: _groups)
    only; a run that fits two shapes is left as text."""
    out = []
    for run in _runs(lines):
        cells = [c for c, _ in run]
        at = [ls[0] for _, ls in run]
        for lead in range(0, min(_MAX_LEAD, len(cells)) + 1):
            if lead and _heading(cells[lead - 1]):
                break                       # a column's heading is no title line before the header
            fits = [(n, sep) for n in range(2, _MAX_COLUMNS + 1) for sep in (False, True)
                    if _fit(cells, lead, n, sep) is not None]
            two = [(n, sep, g) for n in range(3, _MAX_COLUMNS + 1) for sep in (False, True)
                   for g in _groups(cells, lead, n, sep)]
            if not fits and not two:
                continue
            if len(fits) + len(two) > 1:
                break
            if fits:
                n, sep = fits[0]
                stride = n + (1 if sep else 0)
                starts = list(range(lead, len(cells), stride))
                rows = [cells[k:k + n] for k in starts]
                rows = [r + [""] * (n - len(r)) for r in rows if any(r)]
                out.append(_table(run, lead, 1, rows, [at[k] for k in starts][:len(rows)], rows[0],
                                  [at[lead + k] for k in range(n)]))
            else:
                out.append(_two_level(run, lead, *two[0]))
            break
    taken = {i for t in out for i in t.used + t.lead}
    out += [t for run in _grid_runs(lines) if not taken.intersection(i for _, ls in run for i in ls)
            and (t := _grid(run)) is not None]
    return out


def _table(run: list[tuple[str, list[int]]], lead: int, heads: int, grid: list[list[str]], locs: list[int],
           names: list[str], name_lines: list[int]) -> CellTable:
    """The CellTable of a run read as `grid` (`heads` header rows first), turned when its rows are
    years (_turn: names and name_lines are its columns' names and lines)."""
    lead_lines = [i for _, ls in run[:lead] for i in ls]
    used = [i for _, ls in run[lead:] for i in ls]
    turned = _turn(names, grid[heads:], name_lines)
    if turned is not None:
        rows, row_lines = turned
        return CellTable(rows, row_lines, lead_lines, used, names[1:])
    return CellTable(grid, locs, lead_lines, used)


def _two_level(run: list[tuple[str, list[int]]], lead: int, n: int, sep: bool,
               group: tuple[int, int, list[list[str]]]) -> CellTable:
    """The run read with a two-row header: the group top[j] over its m members (_groups)."""
    cells = [c for c, _ in run]
    at = [ls[0] for _, ls in run]
    j, m, data = group
    t = n - m + 1                                        # top names; the members follow them
    top, sub = cells[lead:lead + t], cells[lead + t:lead + n + 1]
    grid = [top[:j + 1] + [""] * (m - 1) + top[j + 1:], [""] * j + sub + [""] * (n - j - m)] + data
    stride = n + (1 if sep else 0)
    first = lead + n + 1 + (1 if sep else 0)
    locs = [at[lead], at[lead + t]] + [at[k] for k in range(first, len(cells), stride)][:len(data)]
    # a column's name and line: its top name, or its member's (the group's total: the group)
    names = [top[k] if k <= j else sub[k - j] if k < j + m else top[k - m + 1] for k in range(n)]
    lines = [at[lead + k] if k <= j else at[lead + t + k - j] if k < j + m else at[lead + k - m + 1]
             for k in range(n)]
    return _table(run, lead, 2, grid, locs, names, lines)
