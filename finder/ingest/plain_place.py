"""Columns of the values a plain text row prints without its blank cells: the one placement the sums allow.

A row of m values under k value columns (0 < m < k) may sit in any m columns in printed order.
A placement is kept only when the table's own sums hold with it, in interval arithmetic over the
printed rounding: the row's first column when it is a total (本年支出合计 = 基本支出 + 项目支出),
and for coded tables each parent row against its children, column by column (合计 = Σ 类,
类 = Σ 款, 款 = Σ 项). A table is placed only when exactly one placement of all its rows is left;
a family's search (depth first, a partial sum past its column's total cut off where no value is
negative) longer than _MAX_COMBOS steps counts as undecided (unread).
A coded table no placement fits, where rows that print all their values do not add up on their own
(a misprinted figure: '9,300.00 830.00 1,000.00' for 8,300.00), is placed only where one choice of the
misprinted value in each such row, read at what the rest of its row gives, leaves exactly one
placement; its figures stay as printed, for the table checks (TB01, TB02) to report with their sums.
plain_tree applies the same picks (misprint_trials) and asks only whether the families can hold
(holds_somehow), since it reads the columns every placement agrees on.
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
_MAX_MISPRINTS = 2        # rows whose own sum fails that a table may hold and still be placed
_ZERO = Interval.exact(0)


@dataclass
class PlainRow:
    """A printed row: its code (coded tables), its name and the values it prints, in order."""

    code: str
    name: str
    values: list[str]
    # a printed value read for the sums as another interval (position in values -> interval): the
    # cell of a row whose own sum fails, taken at what the rest of its row gives (see place)
    read_as: dict[int, Interval] | None = None


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
    for n, (j, raw) in enumerate(zip(cols, row.values)):
        out[j] = row.read_as[n] if row.read_as and n in row.read_as else interval(raw)
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

    def __init__(self, rows: list[PlainRow], cands: list[list[tuple[int, ...]]], k: int,
                 parents: list[int | None] | None = None):
        self.rows, self.cands, self.k = rows, cands, k
        parents = _parents(rows) if parents is None else parents
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

    def ways(self) -> int:
        """0, 1 or 2 (two or more, or undecided): the placements of the whole table."""
        n = 1
        for r in self.roots:
            n = min(2, n * sum(self.count(r, p) for p in range(len(self.cands[r]))))
            if self.overflow:
                return 2
        return n

    def some(self) -> bool | None:
        """Whether the whole table has a placement; None when undecided (the search's bound passed)."""
        for r in self.roots:
            if not any(self.count(r, p) for p in range(len(self.cands[r]))):
                return None if self.overflow else False
        return None if self.overflow else True

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


def _misprints(rows: list[PlainRow], k: int, total_first: bool) -> list[int]:
    """The rows printing all k values whose own sum fails (total ≠ Σ parts over the printed rounding)."""
    if not total_first:
        return []
    return [i for i, r in enumerate(rows)
            if len(r.values) == k > 1 and not any(x is None for x in _cells(r, tuple(range(k)), k))
            and not _row_holds(_cells(r, tuple(range(k)), k))]


def _read_as(row: PlainRow, j: int, k: int) -> PlainRow:
    """The row with its value j read at what the rest of the row gives: the total as the sum of the
    parts, a part as the total less the other parts."""
    cells = _cells(row, tuple(range(k)), k)
    if j == 0:
        got = total(cells[1:])
    else:
        got = cells[0] - total([c for n, c in enumerate(cells[1:], 1) if n != j])
    return PlainRow(row.code, row.name, row.values, {j: got})


def misprint_trials(rows: list[PlainRow], bad: list[int]):
    """Each way to pick one value in each of the rows `bad` (their first printed value the total, the
    rest its parts) and read it at what the rest of its row gives: the pick (a value's position per
    row) and the rows read so."""
    for pick in itertools.product(*(range(len(rows[i].values)) for i in bad)):
        trial = list(rows)
        for i, j in zip(bad, pick):
            trial[i] = _read_as(rows[i], j, len(rows[i].values))
        yield pick, trial


def holds_somehow(rows: list[PlainRow], cands: list[list[tuple[int, ...]]], k: int,
                  around: list[int] | None = None) -> bool | None:
    """Whether some choice among each row's candidate columns keeps every family's sums (parent rows by
    their codes); None when the search passes _MAX_COMBOS steps (undecided). With `around`, only the
    families those rows head (each with its children) are summed: a condition the whole table's sums
    need, far cheaper to search than the total row's family of every class."""
    if any(not c for c in cands):
        return False
    parents = _parents(rows)
    if around is not None:
        heads = set(around)
        keep = sorted(heads | {i for i, p in enumerate(parents) if p in heads})
        at = {i: n for n, i in enumerate(keep)}
        rows, cands = [rows[i] for i in keep], [cands[i] for i in keep]
        parents = [at[parents[i]] if parents[i] in heads else None for i in keep]
    return _Solver(rows, cands, k, parents).some()


def _misprinted(rows: list[PlainRow], cands: list[list[tuple[int, ...]]], k: int,
                total_first: bool) -> list[tuple[int, ...]] | None:
    """The placement of a coded table that no placement of its printed values fits, where the rows whose
    own sums fail (at most _MAX_MISPRINTS) each hold one misprinted value: for each way to pick one
    value in each such row and read it at what the rest of its row gives, the table's sums are tried;
    the placement is taken only when exactly one pick leaves exactly one placement (the rows' figures
    stay as printed, so the table checks report the misprint with its sums). None otherwise."""
    bad = _misprints(rows, k, total_first)
    if not bad or len(bad) > _MAX_MISPRINTS or _Solver(rows, cands, k).ways():
        return None
    found: list[list[tuple[int, ...]] | None] = []
    for _, trial in misprint_trials(rows, bad):
        solver = _Solver(trial, cands, k)
        n = solver.ways()
        if n:
            found.append(solver.solve() if n == 1 else None)
        if len(found) > 1:
            return None
    return found[0] if found else None


def place_families(rows: list[PlainRow], cands: list[list[tuple[int, ...]]], k: int,
                   parents: list[int | None]) -> list[tuple[int, ...]] | None:
    """The one choice among each row's candidate columns `cands` under which every parent row is
    the sum of its children column by column (parents[i]: the row row i adds up into, or None),
    else None (none, more than one, or a search past _MAX_COMBOS steps)."""
    if any(not c for c in cands):
        return None
    return _Solver(rows, cands, k, parents).solve()


def place(rows: list[PlainRow], k: int, total_first: bool, coded: bool) -> list[list[str]] | None:
    """Each row's k cells ("" blank), or None when some row's values fit no column or more than one
    placement of the table keeps its sums. A coded table no placement fits may still be placed where
    rows whose own sums fail say which value is misprinted (see _misprinted)."""
    cands = [candidates(r, k, total_first) for r in rows]
    if any(not c for c in cands):
        return None
    if any(len(c) > 1 for c in cands):
        if not coded:
            return None
        chosen = _Solver(rows, cands, k).solve() or _misprinted(rows, cands, k, total_first)
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
