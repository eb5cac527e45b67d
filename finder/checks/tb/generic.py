"""Tables of no known kind: a 合计 row against the plain item rows above it, a change-rate row against two year
rows; any table's change columns against its last-year and report-year columns."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from finder.checks.tb.common import RowCells, arithmetic, bare_label, column_key, header_key, rate_of, squash
from finder.model import Cell, Row, Table
from finder.numbers.interval import Interval

_ENUM_STYLES = (("cn", r"^[一二三四五六七八九十]+[、.．]"), ("cn_paren", r"^[（(][一二三四五六七八九十]+[）)]"),
                ("num", r"^\d+[、.．]"), ("num_paren", r"^[（(]\d+[）)]"))
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _spec() -> dict:
    return arithmetic()["generic"]


def row_name(row: Row) -> str:
    """The row's label, or the text of its first cell when the stub column was not recognised."""
    if row.label.strip():
        return row.label.strip()
    first = row.cells[0] if row.cells else None
    return first.raw.strip() if first is not None and first.kind in ("text", "target") else ""


def _style(name: str) -> str:
    s = squash(name)
    return next((k for k, rx in _ENUM_STYLES if regex.match(rx, s)), "")


@lru_cache(maxsize=4096)
def non_additive(text: str) -> bool:
    return any(w in text for w in _spec()["non_additive"])


def _is_total(row: Row) -> bool:
    return not row.code and bare_label(row_name(row)) in _spec()["total_rows"]


def flat_items(table: Table, at: int) -> list[Row] | None:
    """The rows a 合计 at table.rows[at] adds up: every row since the table's start or the last total,
    on its side, when they form one flat list (no code, no 其中/小计, one enumeration style, at least two).
    A table that prints its one total first (合计 above its items) adds up every row below it on its
    side, read the same way. None when the total row names a group (its items are below it, up to
    the next group) or when a table printing its total first prints another one on that side."""
    total = table.rows[at]
    side = [r for r in table.rows if r.side == total.side]
    if _names_a_group(total):
        return None
    if _is_total(side[0]):
        if side[0] is not total or sum(map(_is_total, side)) > 1:
            return None
        items = side[1:]
    else:
        items = []
        for r in reversed(table.rows[:at]):
            if _is_total(r):
                break
            if r.side == total.side:
                items.append(r)
        items.reverse()
    names = [row_name(r) for r in items]
    nested = _spec()["nested_words"]
    if len(items) < 2 or any(r.code for r in items) or not all(names):
        return None
    if any(w in squash(n) for n in names for w in nested) or len({_style(n) for n in names}) > 1:
        return None
    return items


def _names_a_group(row: Row) -> bool:
    """A 小计 row that also prints a group name ('其他资金 | 小计 | 14.39') heads the rows below it."""
    texts = [c.raw.strip() for c in row.cells if c.kind in ("text", "target") and c.raw.strip()]
    return any(bare_label(t) not in _spec()["total_rows"] for t in texts)


def group_items(table: Table, at: int) -> list[Row] | None:
    """The rows a 小计 naming its group ('其他资金 | 小计 | 14.39') at table.rows[at] adds up: the rows right
    below it on its side whose group cell is blank, up to the next total or group; None unless they are
    a flat list (at least one, each named, none a 其中/subtotal: then the group's rows may be no whole
    breakdown)."""
    total = table.rows[at]
    if not _is_total(total) or not _names_a_group(total) or _blank_group(total):
        return None
    items = []
    for r in table.rows[at + 1:]:
        if r.side != total.side:
            continue
        if _is_total(r) or not _blank_group(r):
            break
        items.append(r)
    names = [row_name(r) for r in items]
    nested = _spec()["nested_words"]
    if not items or any(r.code for r in items) or not all(names) \
            or any(w in squash(n) for n in names for w in nested) or len({_style(n) for n in names}) > 1:
        return None
    return items


def _blank_group(row: Row) -> bool:
    """The row's first cell (a grouped table's group column) is blank while it prints a name after it."""
    return len(row.cells) > 1 and not row.cells[0].raw.strip() and bool(row_name(row))


def total_pairs(table: Table, rc: RowCells, grouped: bool = False) -> Iterator[tuple[Row, Cell, list[Row], list[Cell]]]:
    """(total row, its cell, the item rows, their cells) per additive amount column of each generic 合计 row
    (`grouped`: of each 小计 naming its group, against the rows of that group, group_items)."""
    for k, row in enumerate(table.rows):
        if grouped:
            if (items := group_items(table, k)) is None:
                continue
        elif not _is_total(row) or (items := flat_items(table, k)) is None:
            continue
        found = []
        for cell in rc.cells(row):
            key = column_key(cell)
            if cell.kind != "number" or non_additive(key):
                continue
            cells = [rc.same_column(r, key) for r in items]
            if any(c is None or c.kind not in ("number", "blank") or non_additive(c.raw) for c in cells):
                continue
            found.append((row, cell, items, cells))
        if not any(_heads_a_run(cells) for *_, cells in found):
            yield from found


def column_totals(table: Table, rc: RowCells) -> list[tuple[Row, Cell, list[Cell]]]:
    """(row, its cell under the table's one 合计/总计 column, its amount cells under every other
    column) for each row of a generic table whose amount columns are one flat list of additive
    columns (no 其中/小计, no rates); [] unless the table's own rows show the relation: more rows
    (at least one) agree than disagree, and no part column heads a run of the next ones (基本支出
    over 人员经费 and 公用经费)."""
    keys = [header_key(col) for col in table.columns]
    totals = [k for k in keys if bare_label(k) in _spec()["total_rows"]]
    if len(totals) != 1:
        return []
    nested = _spec()["nested_words"]
    found = []
    for row in table.rows:
        if non_additive(row_name(row)) or _is_rate_row(row_name(row)):
            continue                # a row of rates ('增减%') does not add across either
        by_key = rc.by_key(row)
        parts = [k for k in keys if k in by_key and k != totals[0]]
        total = rc.same_column(row, totals[0])
        cells = [rc.same_column(row, k) for k in parts]
        if total is None or total.kind != "number" or len(parts) < 2 or len(set(parts)) != len(parts) \
                or any(c is None or c.kind not in ("number", "blank") for c in cells):
            continue
        if any(non_additive(k) or any(w in k for w in nested) for k in parts) or _heads_a_run(cells):
            return []
        found.append((row, total, cells))
    return found


def _heads_a_run(cells: list[Cell]) -> bool:
    """An item equal to the sum of two or more items right after it heads them (公务用车购置及运行维护费
    over 购置费 and 运行维护费, printed without 其中): the list is not flat."""
    ivs = [c.interval if c.kind == "number" else Interval.exact(0) for c in cells]
    for i, head in enumerate(ivs):
        if cells[i].kind != "number" or head.lo <= 0 <= head.hi:
            continue
        acc = Interval.exact(0)
        for j in range(i + 1, len(ivs)):
            acc = acc + ivs[j]
            if j - i >= 2 and acc.overlaps(head):
                return True
    return False


@dataclass
class RateRow:
    """One column of a change-rate row: the printed rate, the base year's and the later year's cells."""

    row: Row
    cell: Cell
    base: Row
    base_cell: Cell
    current: Row
    current_cell: Cell

    def computed(self) -> Interval | None:
        """(current − base) ÷ base × 100 as current ÷ base × 100 − 100 (no dependency widening);
        None when the base may be zero or negative."""
        a, b = self.base_cell.interval, self.current_cell.interval
        return None if a is None or b is None else rate_of(a, b)


def _is_rate_row(name: str) -> bool:
    s, spec = squash(name), _spec()
    return any(w in s for w in spec["change_words"]) and any(s.endswith(e) for e in spec["rate_endings"])


def _year(row: Row) -> tuple[str, int] | None:
    """('year', 2016) for a row named by one year; ('word', 0 / 1) for 上年 / 本年; else None."""
    name, spec = squash(row_name(row)), _spec()
    years = {int(y) for y in _YEAR.findall(name)}
    if years:
        return ("year", years.pop()) if len(years) == 1 else None
    prior, current = (any(w in name for w in spec[k]) for k in ("prior_rows", "current_rows"))
    return ("word", int(current)) if prior != current else None


def rate_rows(table: Table, rc: RowCells) -> Iterator[RateRow]:
    """A row named like '增减%' right after two rows named by two different years (or 上年 and
    本年): per column, the printed rate against the change from the earlier figure to the later one."""
    for k, row in enumerate(table.rows):
        if k < 2 or row.code or not _is_rate_row(row_name(row)):
            continue
        first, second = table.rows[k - 2], table.rows[k - 1]
        y1, y2 = _year(first), _year(second)
        if y1 is None or y2 is None or y1[0] != y2[0] or y1 == y2 or first.code or second.code:
            continue
        base, current = (first, second) if y1 < y2 else (second, first)
        for cell in rc.cells(row):
            key = column_key(cell)
            if cell.kind not in ("number", "percent") or non_additive(key):
                continue
            a, b = rc.same_column(base, key), rc.same_column(current, key)
            if a is None or b is None or a.kind != "number" or b.kind != "number":
                continue
            yield RateRow(row, cell, base, a, current, b)


@dataclass
class ChangeColumns:
    """A table's one last-year column, one report-year column and its change columns (keys as
    column_key spells them): 上年预算数 / 本年预算数 / 增减 / 增减率, '2030年决算数' / '2031年决算数' / 增减额."""

    prior: str
    current: str
    amount: str | None
    rate: str | None


def change_columns(table: Table, year: int | None) -> ChangeColumns | None:
    """The table's change layout, None unless it has exactly one last-year column (link.bases
    column_prior_kind), one report-year column (named 本年 / the report year, else the only other
    column of figures) and at most one change column of each kind (amount, rate), one at least."""
    from finder.link.bases import column_prior_kind

    spec = _spec()
    numeric = {c.column for r in table.rows for c in r.cells if c.kind in ("number", "percent")}
    prior, current, other, amount, rate = [], [], [], [], []
    for col in table.columns:
        if tuple(col) not in numeric:
            continue
        key, text = header_key(col), squash("".join(col))
        if any(w in text for w in spec["change_words"]):
            (rate if any(w in text for w in spec["rate_marks"]) else amount).append(key)
        elif non_additive(text):
            return None
        elif column_prior_kind(tuple(col), year) is not None:
            prior.append(key)
        elif any(w in text for w in spec["current_rows"]) or (year and f"{year}年" in text):
            current.append(key)
        else:
            other.append(key)
    current = current or other
    if len(prior) != 1 or len(current) != 1 or len(amount) > 1 or len(rate) > 1 or not (amount or rate):
        return None
    return ChangeColumns(prior[0], current[0], amount[0] if amount else None, rate[0] if rate else None)
