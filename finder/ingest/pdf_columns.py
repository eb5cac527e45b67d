"""Columns of a table printed without rules: which cell spans make one column, checked against the header names."""
from __future__ import annotations

Cell = tuple[float, float, str]          # x0, x1, text
Span = tuple[float, float]

# At most this many ways of grouping a table's column spans are weighed against its header names.
MAX_GROUPINGS = 64


def _span_of(x0: float, x1: float, spans: list[Span]) -> int:
    return next(k for k, (a, b) in enumerate(spans) if x0 >= a - 0.01 and x1 <= b + 0.01)


def clashes(rows: list[list[Cell]], spans: list[Span]) -> set[tuple[int, int]]:
    """Pairs of spans (i < j) holding cells of one row: they are two columns."""
    out: set[tuple[int, int]] = set()
    for row in rows:
        ks = sorted({_span_of(x0, x1, spans) for x0, x1, _ in row})
        out.update((a, b) for n, a in enumerate(ks) for b in ks[n + 1:])
    return out


def groupings(n: int, clash: set[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The fewest-column ways of joining neighbouring spans 0..n-1 into columns ([start, end) runs)
    with no two cells of one row in one column (a dash set left and the figures set right of one
    column print in different spans, never in the same row); at most MAX_GROUPINGS of them."""
    fits = [[all((a, b) not in clash for a in range(i, j) for b in range(a + 1, j)) for j in range(n + 1)]
            for i in range(n + 1)]
    fewest = [0] + [n + 1] * n                  # fewest[j]: columns needed for spans 0..j-1
    for j in range(1, n + 1):
        fewest[j] = min(fewest[i] + 1 for i in range(j) if fits[i][j])
    out: list[list[tuple[int, int]]] = []

    def walk(j: int, tail: list[tuple[int, int]]) -> None:
        if len(out) >= MAX_GROUPINGS:
            return
        if j == 0:
            out.append(tail)
            return
        for i in range(j):
            if fits[i][j] and fewest[i] == fewest[j] - 1:
                walk(i, [(i, j)] + tail)
    walk(n, [])
    return out


def regions(cols: list[Span]) -> list[float]:
    """The x where each column's region ends (half-way across the gap to the next column)."""
    return [(b + cols[k + 1][0]) / 2 for k, (_, b) in enumerate(cols[:-1])] + [float("inf")]


def named_once(heads: list[list[Cell]], cols: list[Span]) -> bool:
    """Every column has a header name centred in its region, and no header line centres two names
    in one column's region (two columns run together)."""
    ends = regions(cols)
    named: set[int] = set()
    for line in heads:
        ks = [next(k for k, e in enumerate(ends) if (x0 + x1) / 2 < e) for x0, x1, _ in line]
        if len(set(ks)) < len(ks):
            return False
        named.update(ks)
    return len(named) == len(cols)
