"""The budget cells a change against the budget is measured on: the budget columns of its figure's row."""
from __future__ import annotations

from dataclasses import dataclass

from finder.link.concepts import MONEY_UNITS, cells, concept_of
from finder.link.tables_index import CellRef, lookup, value_interval
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
    ref = concept_of(claim)
    if base not in bases or claim.unit not in MONEY_UNITS or ref is None or not (ref.entry or ref.class_kind):
        return []
    if ref.entry and cells()["entries"][ref.entry].get("unit_kind", "money") != "money":
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


def _agrees(claim: Claim, ref: CellRef) -> bool:
    iv = value_interval(ref, claim.unit)
    return iv is not None and compare(claim.interval, iv) == Verdict.CONSISTENT
