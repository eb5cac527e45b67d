"""Tables web text prints one cell per line ('项目 |', '预算数 |', '合计 |', '3 |', …): rows rebuilt."""
from __future__ import annotations

from dataclasses import dataclass

import regex

_CELL_LINE = regex.compile(r"^\s*([^|｜]*?)\s*[|｜]{1,2}\s*$")     # one cell and its closing pipe
_FIGURE = regex.compile(r"^[-+−]?(?:\d[\d,，]*)?\.?\d+\s*%?$|^[-—–－/]+$|^$")
_MIN_ROWS = 2                 # data rows under the header
_MAX_COLUMNS = 8
_MAX_LEAD = 4                 # one-cell lines before the header (title, 编制单位, 单位)


@dataclass
class CellTable:
    """A table rebuilt from one-cell lines: its rows, the 0-based line of each row's first cell,
    the lines before the header (title and unit lines) and every line it uses."""

    rows: list[list[str]]
    locs: list[int]
    lead: list[int]
    used: list[int]


def _runs(lines: list[str]) -> list[list[int]]:
    out: list[list[int]] = []
    cur: list[int] = []
    for i, line in enumerate(lines + [""]):
        if "\t" not in line and _CELL_LINE.match(line):
            cur.append(i)
            continue
        if cur:
            out.append(cur)
        cur = []
    return out


def _is_label(cell: str) -> bool:
    return bool(cell) and not _FIGURE.match(cell)


def _fit(cells: list[str], lead: int, n: int, sep: bool) -> int | None:
    """The number of data rows when cells[lead:] read as a header of n names and rows of a label and
    n - 1 figures (each row followed by one empty cell when `sep`); None when they do not."""
    stride = n + (1 if sep else 0)
    body = cells[lead:]
    while body and not body[-1]:
        body = body[:-1]
    if not body:
        return None
    body = body + [""] * (-len(body) % stride)          # empty cells closing the last row
    rows = [body[k:k + stride] for k in range(0, len(body), stride)]
    if sep and any(r[-1] for r in rows):
        return None
    head, data = rows[0][:n], [r[:n] for r in rows[1:]]
    if not all(_is_label(c) for c in head) or len(data) < _MIN_ROWS:
        return None
    if not all(_is_label(r[0]) and all(_FIGURE.match(c) for c in r[1:]) for r in data):
        return None
    if not any(c for r in data for c in r[1:]):
        return None
    return len(data)


def find(lines: list[str]) -> list[CellTable]:
    """Runs of one-cell lines that read as exactly one table shape: the fewest lines before the
    header, one column count (and row separator) only; a run that fits two shapes is left as text."""
    out = []
    for run in _runs(lines):
        cells = [_CELL_LINE.match(lines[i]).group(1).strip() for i in run]
        for lead in range(0, min(_MAX_LEAD, len(cells)) + 1):
            fits = [(n, sep) for n in range(2, _MAX_COLUMNS + 1) for sep in (False, True)
                    if _fit(cells, lead, n, sep) is not None]
            if not fits:
                continue
            if len(fits) == 1:
                n, sep = fits[0]
                stride = n + (1 if sep else 0)
                starts = list(range(lead, len(cells), stride))
                rows = [cells[k:k + n] for k in starts]
                rows = [r + [""] * (n - len(r)) for r in rows if any(r)]
                out.append(CellTable(rows, [run[k] for k in starts][:len(rows)], run[:lead], run[lead:]))
            break
    return out
