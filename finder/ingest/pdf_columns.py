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


def _overlaps(x0: float, x1: float, spans: list[Span]) -> list[int]:
    return [k for k, (a, b) in enumerate(spans) if min(x1, b) - max(x0, a) > 0]


def _nearest(x0: float, x1: float, spans: list[Span]) -> int:
    return min(range(len(spans)), key=lambda k: min(abs(x0 - spans[k][1]), abs(x1 - spans[k][0])))


def with_blanks(head_names: list[list[Cell]], spans: list[Span]) -> list[Span]:
    """`spans` (the figures' columns) and a column of blanks under each header name (two characters
    or more; `head_names`: each header line's names, top down) standing over no figure next to a
    span that another name of its line, or of a line below, stands over most: a column whose
    figures are all blank keeps its own name rather than lend it to its neighbour. A name alone
    over its span (short figures set right, missed by their centred name) or above or below a name
    standing over figures ('项目' over '功能分类科目编码') names that span as before. Overlapping blank
    columns (a group name over its blank columns' names) are one."""
    blanks: list[Span] = []
    over = [[_overlaps(x0, x1, spans) for x0, x1, _ in names] for names in head_names]
    main = [[max(o, key=lambda k: min(c[1], spans[k][1]) - max(c[0], spans[k][0])) if o else None
             for c, o in zip(names, line)] for names, line in zip(head_names, over)]
    for i, names in enumerate(head_names):
        for n, (x0, x1, text) in enumerate(names):
            if over[i][n] or len(text) < 2 or not spans:
                continue
            k = _nearest(x0, x1, spans)
            above_one = any(o and min(x1, c[1]) - max(x0, c[0]) > 0
                            for j, line in enumerate(head_names) if j != i for c, o in zip(line, over[j]))
            if not above_one and any(main[j][m] == k for j in range(i, len(main)) for m in range(len(main[j]))
                                     if (j, m) != (i, n)):
                blanks.append((x0, x1))
    merged: list[list[float]] = []
    for a, b in sorted(blanks):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return sorted(spans + [(a, b) for a, b in merged])


def glued(head_names: list[list[Cell]], columns: list[list[int | None]]) -> bool:
    """Two names of one header line (two characters or more each) in one column that holds
    figures (`columns`: the column index of each name, line by line, None in a column holding no
    figure): its path would name two concepts ('财政拨款收入上级补助收入') and a claim on either be
    checked against the other's figures."""
    for names, ks in zip(head_names, columns):
        seen = [k for (_, _, text), k in zip(names, ks) if len(text) >= 2 and k is not None]
        if len(set(seen)) < len(seen):
            return True
    return False
