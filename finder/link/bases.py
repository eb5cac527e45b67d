"""The cells a change is measured on: the budget columns (NT04) or last year's columns (NT05) of its figure's row."""
from __future__ import annotations

from dataclasses import dataclass

from finder.link.concepts import MONEY_UNITS, cells, concept_of
from finder.link.tables_index import CellRef, is_amount_cell, lookup, value_interval
from finder.model import Claim, Report
from finder.numbers.interval import Interval, Verdict, compare


@dataclass(frozen=True)
class BaseCell:
    """A budget cell of the figure's row, in the claim's unit; `exact` when its column names the
    budget the sentence names (a plain 预算数 under '与年初预算相比' may be the adjusted budget)."""

    ref: CellRef
    interval: Interval
    exact: bool


def budget_cells(report: Report, claim: Claim, base: str) -> list[BaseCell]:
    """The cells that print the `base` budget of `claim`'s row (cells.yml budget_bases), in tables
    printing beside it an actual of that row that agrees with the claim (so the row is the claim's);
    none for a figure of no known concept or unit."""
    bases = cells().get("budget_bases", {})
    ref = _money_ref(claim)
    if base not in bases or ref is None:
        return []
    actual = {(id(r.table), r.row.index): r for r in lookup(report, ref, "决算")}
    own = [a.replace(" ", "") for a in cells()["period_columns"].get(base, [])]
    out: list[BaseCell] = []
    seen: set[tuple] = set()
    for period in bases[base]:
        for r in lookup(report, ref, period):
            mate = actual.get((id(r.table), r.row.index))
            if r.key() in seen or mate is None or mate.cell is r.cell or not _agrees(claim, mate):
                continue
            seen.add(r.key())
            iv = value_interval(r, claim.unit)
            if iv is not None:
                column = "".join(r.cell.column).replace(" ", "")
                out.append(BaseCell(r, iv, base == "预算" or any(a in column for a in own)))
    exact = [b for b in out if b.exact]
    return exact or out


def _money_ref(claim: Claim):
    """The claim's concept when it names a money figure the tables can hold (an entry or a class), else None."""
    ref = concept_of(claim)
    if claim.unit not in MONEY_UNITS or ref is None or not (ref.entry or ref.class_kind):
        return None
    if ref.entry and cells()["entries"][ref.entry].get("unit_kind", "money") != "money":
        return None
    return ref


def _agrees(claim: Claim, ref: CellRef) -> bool:
    iv = value_interval(ref, claim.unit)
    return iv is not None and compare(claim.interval, iv) == Verdict.CONSISTENT


@dataclass(frozen=True)
class PriorCell:
    """Last year's cell of the figure's row, in the claim's unit; `kind` what its header says it is
    (上年预算 / 上年决算, '' when it names neither)."""

    ref: CellRef
    interval: Interval
    kind: str


def prior_cells(report: Report, claim: Claim) -> list[PriorCell]:
    """The cells printing last year's figure of `claim`'s row (cells.yml prior_columns), in rows
    whose report-year cell (a column that is neither last year's nor a change) agrees with the
    claim (so the row is the claim's); none for a figure of no known concept or unit."""
    ref = _money_ref(claim)
    if ref is None:
        return []
    out: list[PriorCell] = []
    seen: set[tuple] = set()
    for r in lookup(report, ref, claim.period):
        if (id(r.table), r.row.index) in seen:
            continue
        seen.add((id(r.table), r.row.index))
        current = [CellRef(r.table, r.row, c) for c in _amounts(r) if column_prior_kind(c.column, report.year) is None]
        if any(_agrees(claim, x) for x in current):
            out += row_priors(report, r, claim.unit)
    return out


def _amounts(r: CellRef) -> list:
    return [c for c in r.row.cells if is_amount_cell(c) and c.column and not _not_figure(c.column)]


def row_priors(report: Report, r: CellRef, unit: str) -> list[PriorCell]:
    """Last year's cells of `r`'s row, in `unit`: the one of `r`'s own item when the row prints several
    items under each year's header, else every column naming last year."""
    prior = [(c, column_prior_kind(c.column, report.year)) for c in _amounts(r)]
    mates = [(c, k) for c, k in prior if k is not None and _counterpart(c.column, r.cell.column, report.year)]
    out: list[PriorCell] = []
    for c, kind in mates or prior:
        if kind is None:
            continue
        cell = CellRef(r.table, r.row, c)
        iv = value_interval(cell, unit)
        if iv is not None:
            out.append(PriorCell(cell, iv, kind))
    return out


def _counterpart(prior: tuple[str, ...], current: tuple[str, ...], year: int | None) -> bool:
    """`prior` is last year's column of the same item as `current`: the paths differ only in one
    header, and that one names last year ('2030年预算数/公务接待费' beside '2031年预算数/公务接待费').
    A row printing several items under each year's header has its change measured on the item's own."""
    differ = [i for i, (a, b) in enumerate(zip(prior, current)) if a.replace(" ", "") != b.replace(" ", "")]
    return len(prior) == len(current) and len(differ) == 1 and column_prior_kind((prior[differ[0]],), year) is not None


def column_prior_kind(column: tuple[str, ...], year: int | None) -> str | None:
    """'上年预算' / '上年决算' / '' (unqualified) for a header of last year's figure; None otherwise
    (a change on it, 上年结转: not_figures)."""
    spec = cells().get("prior_columns", {})
    text = "".join(column).replace(" ", "")
    if _not_figure(column):
        return None
    prior = any(w in text for w in spec.get("words", ()))
    if not prior and year:
        prior = f"{year - 1}年" in text and f"{year}年" not in text
    return base_kind(text) if prior else None


def base_kind(text: str) -> str:
    """What a header or a sentence's base ('比上年预算数') says last year's figure is: 上年预算 /
    上年决算 by its words (cells.yml prior_columns kinds), '' when it names neither or both."""
    kinds = [k for k, words in cells().get("prior_columns", {}).get("kinds", {}).items()
             if any(w in text for w in words)]
    return kinds[0] if len(kinds) == 1 else ""


def _not_figure(column: tuple[str, ...]) -> bool:
    text = "".join(column).replace(" ", "")
    return any(w in text for w in cells().get("prior_columns", {}).get("not_figures", ()))
