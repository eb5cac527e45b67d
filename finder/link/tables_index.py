"""Finding the table cells a concept lives in: rows by label or code, columns by path and period."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from finder.link.concepts import ConceptRef, cells, norm_label
from finder.model import Cell, Evidence, Report, Row, Table
from finder.numbers.interval import Interval

_NOT_AMOUNT = ("行次", "栏次", "序号", "科目编码", "编码")


@dataclass(frozen=True)
class CellRef:
    """One printed cell a claim may reflect."""

    table: Table
    row: Row
    cell: Cell

    @property
    def interval(self) -> Interval:
        iv = self.cell.interval
        if iv is None:
            raise ValueError("not a numeric cell")
        return iv

    @property
    def column(self) -> str:
        return "/".join(p for p in self.cell.column if p)

    @property
    def text(self) -> str:
        return self.cell.raw.strip()

    def evidence(self) -> Evidence:
        loc = self.row.location if self.row.location is not None else self.table.location
        page, line = (loc, None) if self.table.loc_kind == "page" else (None, loc)
        return Evidence(text=self.text, page=page, line=line, table=self.table.id,
                        table_title=self.table.title, row=self.row.label, column=self.column,
                        role="reference")

    def to_dict(self) -> dict[str, Any]:
        d = {"table": self.table.id, "table_title": self.table.title, "row": self.row.label,
             "column": self.column, "text": self.text}
        loc = self.row.location
        d["page" if self.table.loc_kind == "page" else "line"] = loc
        return d

    def key(self) -> tuple:
        return (id(self.table), self.row.index, self.cell.column)


def is_amount_cell(cell: Cell) -> bool:
    if cell.kind not in ("number", "blank", "dash"):
        return False
    return not any(any(w in part for w in _NOT_AMOUNT) for part in cell.column)


def _row_matches(row: Row, spec: dict[str, Any]) -> bool:
    if spec.get("side") and row.side and row.side != spec["side"]:
        return False
    if "code" in spec:
        return row.code == str(spec["code"])
    label = norm_label(row.label)
    return any(label == norm_label(a) for a in spec.get("row", []))


def _period_columns(table: Table) -> dict[str, list[str]]:
    """period -> the aliases this table has columns for."""
    out: dict[str, list[str]] = {}
    paths = ["".join(c).replace(" ", "") for c in table.columns]
    for period, aliases in cells()["period_columns"].items():
        have = [a for a in aliases if any(a in p for p in paths)]
        if have:
            out[period] = have
    return out


def _numeric_columns(table: Table) -> set[tuple[str, ...]]:
    """Column paths that hold at least one number in this table (label columns never do)."""
    cached = table.extra.get("_numeric_columns")
    if cached is None:
        cached = {c.column for r in table.rows for c in r.cells if c.kind == "number"}
        table.extra["_numeric_columns"] = cached
    return cached


def _pick_cells(table: Table, row: Row, column: list[str] | None, period: str,
                table_periods: tuple[str, ...] = ("本年", "决算")) -> list[Cell]:
    numeric = _numeric_columns(table)
    amounts = [c for c in row.cells if is_amount_cell(c) and (column or c.column in numeric)]
    if row.side:
        other = "支出" if row.side == "收入" else "收入"
        amounts = [c for c in amounts if not (c.column and other in c.column[0].replace(" ", ""))]
    pcols = _period_columns(table)
    if not pcols and period not in table_periods:
        return []  # a table without period columns prints the report year's figures only
    if pcols:
        want = pcols.get(period) or (pcols.get("决算") if period in ("本年", "决算") else None)
        if not want:
            return []
        amounts = [c for c in amounts if any(a in "".join(c.column).replace(" ", "") for a in want)]
    if column:
        norm = [a.replace(" ", "") for a in column]
        for a in norm:  # aliases in order of preference
            hit = [c for c in amounts if any(a == p.replace(" ", "") for p in c.column)]
            if hit:
                return hit[:1]
        for a in norm:
            hit = [c for c in amounts if any(a in p.replace(" ", "") for p in c.column)]
            if hit:
                return hit[:1]
        return []
    return amounts[:1]


def table_periods(report: Report) -> tuple[str, ...]:
    """The periods a table without period columns prints: 决算 figures, or a budget's 预算."""
    return ("本年", "年初预算", "预算") if report.type == "budget" else ("本年", "决算")


def cells_for_specs(report: Report, specs: Iterable[dict[str, Any]], period: str) -> list[CellRef]:
    out: list[CellRef] = []
    tp = table_periods(report)
    for spec in specs:
        for table in report.tables_by_id(spec["table"]):
            for row in table.rows:
                if _row_matches(row, spec):
                    out.extend(CellRef(table, row, c) for c in _pick_cells(table, row, spec.get("column"), period, tp))
                    break
    return _dedupe(out)


def class_cells(report: Report, ref: ConceptRef, period: str) -> list[CellRef]:
    """A classification class (功能分类 201 / 经济分类 301) in the tables of the claim's scope."""
    tables = cells()["class_tables"][ref.class_kind or "functional"]
    ids = tables.get(ref.scope) or tables.get("all") or []
    specs = [{"table": t, "code": ref.code} for t in ids]
    found = cells_for_specs(report, specs, period)
    if found:
        return found
    # tables that print the class by name only (e.g. the summary tables' 功能分类 rows)
    names = cells()[f"{ref.class_kind}_classes"].get(ref.code, [])
    specs = [{"table": t, "row": names, "side": "支出"} for t in ids]
    return cells_for_specs(report, specs, period)


def entry_cells(report: Report, ref: ConceptRef, period: str) -> list[CellRef]:
    spec = cells()["entries"][ref.entry]["cells"]
    lists = spec.get(ref.scope) or spec.get("any")
    if lists is None and ref.scope == "all":
        lists = []
    return cells_for_specs(report, lists or [], period)


def lookup(report: Report, ref: ConceptRef, period: str) -> list[CellRef]:
    if ref.class_kind:
        return class_cells(report, ref, period)
    if ref.entry:
        return entry_cells(report, ref, period)
    if ref.label:
        specs = [{"table": t, "row": [ref.label]} for t in cells().get("label_tables", [])]
        return cells_for_specs(report, specs, period)
    return []


def _dedupe(refs: list[CellRef]) -> list[CellRef]:
    seen, out = set(), []
    for r in refs:
        if r.key() not in seen:
            seen.add(r.key())
            out.append(r)
    return out
