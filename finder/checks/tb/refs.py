"""Resolves the row/column references of lexicons/hygiene.yml (arithmetic) to printed cells."""
from __future__ import annotations

import regex

from finder.checks.tb.common import Term, amount_cells, find_cell, label_is, on_side, squash
from finder.model import Report, Row, Table

_ITEM = regex.compile(r"^[一二三四五六七八九十]+[、.．]")


def aliases(ref: dict, key: str = "row") -> list[str]:
    v = ref.get(key) or []
    return [v] if isinstance(v, str) else list(v)


def find_row(table: Table, ref: dict) -> Row | None:
    """The single row of `table` (on ref's side) whose label or code the ref names."""
    rows = [r for r in table.rows if on_side(r, ref.get("side", ""))]
    for alias in aliases(ref):
        if alias.startswith("code:"):
            hits = [r for r in rows if r.code == alias[5:]]
        else:
            hits = [r for r in rows if label_is(r.label, alias)]
        if len(hits) == 1:
            return hits[0]
        if hits:
            return None
    return None


def pick_cell(table: Table, row: Row, ref: dict):
    cols = aliases(ref, "column")
    if cols:
        return find_cell(row, cols)
    cells = amount_cells(row)
    return cells[0] if cells else None


def term(report: Report, ref: dict, table: Table | None = None) -> Term | None:
    """The printed figure a cross-table ref names, or None when the report lacks it."""
    t = table or report.table(ref["table"])
    if t is None or not _columns_fit(t, ref):
        return None
    row = find_row(t, ref)
    if row is None:
        return None
    cell = pick_cell(t, row, ref)
    return Term(t, row, cell) if cell is not None else None


def _columns_fit(table: Table, ref: dict) -> bool:
    """Whether the table prints a column naming a word of ref's `when_column` (when given) and none
    naming a word of its `unless_column` (a budget's 收入总表 with a 上年结转结余 column sums to 收入总计)."""
    heads = [squash(part) for c in table.columns for part in c]
    named = {key: any(w in h for w in aliases(ref, key) for h in heads) for key in ("when_column", "unless_column")}
    return (named["when_column"] or not ref.get("when_column")) and not named["unless_column"]


def items_before(table: Table, row: Row) -> list[Row]:
    """Enumerated rows (一、二、…) on `row`'s side printed before it."""
    out = []
    for r in table.rows:
        if r is row:
            break
        if r.side == row.side and _ITEM.match(squash(r.label)):
            out.append(r)
    return out
