"""Columns of the values a plain text row prints without its blank cells: the one placement the sums allow.

A row of m values under k value columns (0 < m < k) may sit in any m columns in printed order.
A placement is kept only when the table's own sums hold with it, in interval arithmetic over the
printed rounding: the row's first column when it is a total (本年支出合计 = 基本支出 + 项目支出),
and for coded tables each parent row against its children, column by column (合计 = Σ 类,
类 = Σ 款, 款 = Σ 项). A table is placed only when exactly one placement of all its rows is left;
a family's search (depth first, a partial sum past its column's total cut off where no value is
negative) longer than _MAX_COMBOS steps counts as undecided (unread).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

from finder.ingest import identify
from finder.ingest.tables import words as table_words
from finder.numbers.interval import Interval, total
from finder.numbers.parse import parse_cell

_MAX_COMBOS = 50_000
_ZERO = Interval.exact(0)


@dataclass
class PlainRow:
    """A printed row: its code (coded tables), its name and the values it prints, in order."""

    code: str
    name: str
    values: list[str]


@lru_cache(maxsize=4096)
def interval(raw: str) -> Interval | None:
    """A printed value's interval; a dash is nothing spent (0); None for what is no number."""
    v = parse_cell(raw)
    if v.kind == "dash":
        return _ZERO
    if v.kind != "number":
        return None
    return Interval.printed(raw)


def is_total(name: str) -> bool:
    """A column or row named as a total (合计, 本年支出合计, 总计)."""
    n = identify.normalize(name)
    return any(n.endswith(t) for t in table_words().totals)


def _cells(row: PlainRow, cols: tuple[int, ...], k: int) -> list[Interval | None]:
    out: list[Interval | None] = [_ZERO] * k
    for j, raw in zip(cols, row.values):
        out[j] = interval(raw)
    return out


def _row_holds(cells: list[Interval | None]) -> bool:
    if any(c is None for c in cells):
        return False
    return cells[0].overlaps(total(cells[1:]))


def candidates(row: PlainRow, k: int, total_first: bool) -> list[tuple[int, ...]]:
    """The column tuples the row's values may fill: as printed when it prints all or none."""
    m = len(row.values)
    if m in (0, k):
        return [tuple(range(m))]
    if m > k:
        return []
    out = list(itertools.combinations(range(k), m))
    if total_first:
        out = [c for c in out if _row_holds(_cells(row, c, k))]
    return out


def _parents(rows: list[PlainRow]) -> list[int | None]:
    """Each row's parent: the 类 of a 款, the 款 of a 项, the total row of a 类."""
    out: list[int | None] = []
    by_code: dict[str, int] = {}
    top = next((i for i, r in enumerate(rows) if not r.code and is_total(r.name)), None)
    for i, r in enumerate(rows):
        parent = None
        if r.code and len(r.code) > 3:
            parent = by_code.get(r.code[:len(r.code) - 2])
        elif r.code:
            parent = top
        out.append(parent)
        if r.code:
            by_code[r.code] = i
    return out


class _Solver:
    """Counts (up to 2) the placements of a coded table that keep every family's sums."""

    def __init__(self, rows: list[PlainRow], cands: list[list[tuple[int, ...]]], k: int):
        self.rows, self.cands, self.k = rows, cands, k
        parents = _parents(rows)
        self.children: list[list[int]] = [[] for _ in rows]
        for i, p in enumerate(parents):
            if p is not None:
                self.children[p].append(i)
        self.roots = [i for i, p in enumerate(parents) if p is None]
        self.memo: dict[tuple[int, int], int] = {}
        self.pick: dict[tuple[int, int], tuple[int, ...]] = {}
        self.overflow = False

    def count(self, r: int, p: int) -> int:
        key = (r, p)
        if key in self.memo:
            return self.memo[key]
        kids = self.children[r]
        n = 1
        if kids:
            mine = _cells(self.rows[r], self.cands[r][p], self.k)
            opts = [[_cells(self.rows[c], q, self.k) for q in self.cands[c]] for c in kids]
            n = 0 if any(m is None for m in mine) else self._family(key, kids, mine, opts)
        self.memo[key] = n
        return n

    def _family(self, key: tuple[int, int], kids: list[int], mine: list[Interval], opts) -> int:
        """The ways (up to 2) the children's placements sum to `mine` column by column, depth
        first: where no value is negative a partial sum above its column's total is cut off."""
        bounded = all(x is not None and x.lo >= 0 for o in opts for cells in o for x in cells)
        budget = [_MAX_COMBOS]
        combo: list[int] = []

        def walk(d: int, sums: list[Interval]) -> int:
            budget[0] -= 1
            if budget[0] < 0:
                self.overflow = True
                return 2
            if d == len(kids):
                if not all(m.overlaps(s) for m, s in zip(mine, sums)):
                    return 0
                ways = 1
                for c, q in zip(kids, combo):
                    ways = min(2, ways * self.count(c, q))
                if ways:
                    self.pick[key] = tuple(combo)
                return ways
            n = 0
            for q, cells in enumerate(opts[d]):
                if any(x is None for x in cells):
                    continue
                nxt = [s + x for s, x in zip(sums, cells)]
                if bounded and any(s.lo > m.hi for s, m in zip(nxt, mine)):
                    continue
                combo.append(q)
                n = min(2, n + walk(d + 1, nxt))
                combo.pop()
                if n >= 2:
                    break
            return n

        return walk(0, [_ZERO] * self.k)

    def solve(self) -> list[tuple[int, ...]] | None:
        chosen: dict[int, int] = {}
        for r in self.roots:
            ways = [(p, self.count(r, p)) for p in range(len(self.cands[r]))]
            live = [(p, n) for p, n in ways if n]
            if self.overflow or len(live) != 1 or live[0][1] != 1:
                return None
            chosen[r] = live[0][0]
        stack = list(chosen.items())
        while stack:
            r, p = stack.pop()
            for c, q in zip(self.children[r], self.pick.get((r, p), ())):
                chosen[c] = q
                stack.append((c, q))
        if len(chosen) != len(self.rows):
            return None
        return [self.cands[i][chosen[i]] for i in range(len(self.rows))]


def place(rows: list[PlainRow], k: int, total_first: bool, coded: bool) -> list[list[str]] | None:
    """Each row's k cells ("" blank), or None when some row's values fit no column or more than one
    placement of the table keeps its sums."""
    cands = [candidates(r, k, total_first) for r in rows]
    if any(not c for c in cands):
        return None
    if any(len(c) > 1 for c in cands):
        if not coded:
            return None
        chosen = _Solver(rows, cands, k).solve()
        if chosen is None:
            return None
    else:
        chosen = [c[0] for c in cands]
    out = []
    for r, cols in zip(rows, chosen):
        cells = [""] * k
        for j, raw in zip(cols, r.values):
            cells[j] = raw
        out.append(cells)
    return out
