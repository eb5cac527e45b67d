"""Resolves the row/column references of lexicons/hygiene.yml (arithmetic) to printed cells."""
from __future__ import annotations

import regex

from finder.checks.tb.common import (RowCells, Term, amount_cells, arithmetic, bare_label, column_key, find_cell,
                                     label_is, on_side, squash)
from finder.ingest.numbering import marker
from finder.model import Cell, Report, Row, Table

_ITEM = regex.compile(r"^[一二三四五六七八九十]+[、.．]")


def aliases(ref: dict, key: str = "row") -> list[str]:
    v = ref.get(key) or []
    return [v] if isinstance(v, str) else list(v)


def find_row(table: Table, ref: dict) -> Row | None:
    """The single row of `table` (on ref's side) whose label or code the ref names; with `last`,
    only when it is the last row of its side (the side's closing total)."""
    side, fits = ref.get("side", ""), {}
    for r in table.rows:                 # a table prints a few side headers: each one's flow is read once
        if r.side not in fits:
            fits[r.side] = on_side(r, side)
    rows = [r for r in table.rows if fits[r.side]]
    for alias in aliases(ref):
        if alias.startswith("code:"):
            hits = [r for r in rows if r.code == alias[5:]]
        else:
            hits = [r for r in rows if label_is(r.label, alias)]
        if len(hits) == 1:
            if ref.get("last") and [r for r in table.rows if r.side == hits[0].side][-1] is not hits[0]:
                return None
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


def numbered_items(table: Table, total: Row, rc: RowCells) -> list[list[Row]] | None:
    """The summands of `total` when every row printed before it on its side is a list item: those
    numbered in the side's first style (一、 二、 …) add up, numbered 1..n in print order within each
    group of rows sharing amount columns (a 支出 side printing its 功能分类 and 支出用途 lists side by
    side is two groups, each adding up to the total); rows numbered in another style after an item,
    or opening with 其中, are its breakdown and do not add. None when any row is neither (an
    unnumbered 上年结转, a subtotal, a project name): the list is then not shown to be complete."""
    rows = [r for r in table.rows if r.side == total.side]
    rows = rows[:rows.index(total)]
    marks = [marker(squash(r.label)) for r in rows]
    if not marks or marks[0] is None:
        return None
    top = marks[0][0]
    groups: dict[tuple[str, ...], list[Row]] = {}
    for row, mark in zip(rows, marks):
        name = squash(row.label)
        if any(w in name for w in arithmetic()["generic"]["nested_words"] if w != "其中"):
            return None
        key = tuple(column_key(c) for c in rc.cells(row))
        if mark is not None and mark[0] == top:
            group = groups.setdefault(key, [])
            if mark[1] != len(group) + 1:
                return None
            group.append(row)
        elif not (key in groups and (mark is not None or bare_label(name) != name)):
            return None
    if not groups or any(len(g) < 2 for g in groups.values()):
        return None
    return list(groups.values())


def group_total(total: Row, key: str, groups: int, rc: RowCells) -> Cell | None:
    """The total's cell for the items' column `key`: the one under it, else, on a side of several
    lists whose total row prints one figure across them, that figure."""
    cell = rc.same_column(total, key)
    if cell is not None and (cell.kind == "number" or groups == 1):
        return cell
    figures = [c for c in rc.cells(total) if c.kind == "number"]
    return figures[0] if groups > 1 and len(figures) == 1 else None


def breakdowns(table: Table, total: Row, rc: RowCells) -> list[tuple[Row, list[Row]]]:
    """Each item of `total`'s numbered list (numbered_items) with its breakdown right below it: rows of the
    item's columns numbered in another style 1..n ('一、财政拨款' over '1.一般公共预算', '2.政府性基金预算'),
    at least two; an item whose rows below it hold a 其中 or an unnumbered row has none read. The
    breakdown may leave a part out (a fund the table does not print), so it adds to no more than the item."""
    if numbered_items(table, total, rc) is None:
        return []
    rows = [r for r in table.rows if r.side == total.side]
    rows = rows[:rows.index(total)]
    marks = [marker(squash(r.label)) for r in rows]
    top = marks[0][0]
    out: list[tuple[Row, list[Row]]] = []
    for i, (row, mark) in enumerate(zip(rows, marks)):
        if mark is None or mark[0] != top:
            continue
        key = tuple(column_key(c) for c in rc.cells(row))
        below = []
        for r, m in zip(rows[i + 1:], marks[i + 1:]):
            if tuple(column_key(c) for c in rc.cells(r)) != key:
                continue                      # a row of the other list printed beside this one
            if m is not None and m[0] == top:
                break
            below.append((r, m))
        if len(below) >= 2 and all(m is not None and m == (below[0][1][0], n + 1) for n, (_, m) in enumerate(below)):
            out.append((row, [r for r, _ in below]))
    return out
