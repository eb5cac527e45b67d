"""One report's evaluation appendix: its tables, explanation items and statements, built once."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import regex

from finder import lexicon
from finder.appendix.model import (EVAL_IDS, SUMMARY_ID, TARGETS_ID, EvalTable, Indicator, SummaryLine,
                                   TargetLine, build_eval, build_summary, build_targets, cell_of, row_cells)
from finder.appendix.text import Item, SectionStatement, Span, find_all, items, section_statements
from finder.appendix.units import UnitList, unit_lists
from finder.model import Cell, Paragraph, Report, Row, Table
from finder.numbers.parse import parse_decimal

_WS = regex.compile(r"\s+")


@dataclass
class DeptAmount:
    """A department total (项目支出, 财政拨款 年初预算 …) as printed in the prose or a table."""

    what: str                        # project_spending | fiscal_budget | fiscal_spending
    raw: str
    unit: str
    span: Span | None = None
    row: Row | None = None
    table: Table | None = None


@dataclass
class Appendix:
    """Everything the EV checks read."""

    report: Report
    evals: list[EvalTable] = field(default_factory=list)
    summary: list[SummaryLine] = field(default_factory=list)
    targets: list[TargetLine] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    statements: list[SectionStatement] = field(default_factory=list)
    dept: list[DeptAmount] = field(default_factory=list)
    units: list[UnitList] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list, repr=False)
    _found: dict[str, list] = field(default_factory=dict, repr=False)
    _memo: dict[str, object] = field(default_factory=dict, repr=False)

    def find(self, key: str) -> list[tuple[Span, regex.Match]]:
        """find_all(key) over the report's paragraphs, scanned once per key."""
        if key not in self._found:
            self._found[key] = find_all(self.report.paragraphs, key)
        return self._found[key]

    def memo(self, key: str, build_fn):
        """Derived data over this appendix (indicator matches …), computed once."""
        if key not in self._memo:
            self._memo[key] = build_fn(self)
        return self._memo[key]

    @property
    def projects(self) -> list[EvalTable]:
        return [e for e in self.evals if e.kind == "project"]

    @property
    def indicators(self) -> list[Indicator]:
        return [i for e in self.evals for i in e.indicators]

    def dept_amount(self, what: str) -> DeptAmount | None:
        """The department total; for 项目支出 the largest one stated (a bound must not be a part)."""
        found = [d for d in self.dept if d.what == what]
        if what == "project_spending" and found:
            return max(found, key=lambda d: to_wan(d.raw, d.unit))
        return found[0] if found else None


def to_wan(raw: str, unit: str) -> Decimal:
    """A printed amount in 万元."""
    scale = Decimal(str(lexicon.load("units")["money"].get(unit or "万元", 1)))
    return parse_decimal(raw.replace("，", ",")) * scale


def of(analysis) -> Appendix:
    """The Appendix of `analysis.report`, built once per report through Analysis.memo and shared
    by every EV check; a bare Report is built afresh."""
    if hasattr(analysis, "memo"):
        return analysis.memo("appendix", lambda a: build(a.report))
    return build(analysis)


def build(report: Report) -> Appendix:
    a = Appendix(report)
    for t in report.tables:
        kind = classify(t)
        if kind in ("project", "department", "indicators"):
            et = build_eval(t, kind)
            if et.indicators or et.funds:
                a.evals.append(et)
        elif kind == "summary":
            a.summary += build_summary(t)
        elif kind == "targets":
            a.targets += build_targets(t)
    paragraphs = [p for p in report.paragraphs if p.role not in ("toc", "glossary")]
    a.items = items(paragraphs)
    a.statements = section_statements(paragraphs)
    a.dept = dept_amounts(report, paragraphs)
    a.units = unit_lists(report, paragraphs)
    a.paragraphs = paragraphs
    return a


def classify(t: Table) -> str | None:
    """project | department | indicators | summary | targets | None, by canonical id, else by header words."""
    if t.id == "project_self_eval":
        return "department" if _department_form(t) else "project"
    if t.id in EVAL_IDS:
        return "indicators"
    if t.id == SUMMARY_ID:
        return "summary"
    if t.id == TARGETS_ID:
        return "targets"
    if t.id is not None:
        return None
    words = "".join("".join(c) for c in t.columns) + "".join(r.raw for r in t.rows[:3]) + t.title
    words = _WS.sub("", words)
    for kind, needed in lexicon.load("appendix")["table_kinds"]:
        if all(w in words for w in needed):
            return kind
    return None


def _department_form(t: Table) -> bool:
    """A self-evaluation form of the whole department (appendix.yml department_forms), by its title or
    by the name of its name field."""
    lex = lexicon.load("appendix")["department_forms"]
    fields = t.extra.get("fields") or {}
    return any(w in _WS.sub("", t.title) for w in lex["titles"]) or any(fields.get(w) for w in lex["names"])


_DEPT_KEYS = (("project_spending", "dept_project_spending"), ("fiscal_budget", "dept_fiscal_budget"),
              ("fiscal_spending", "dept_fiscal_spending"))


def dept_amounts(report: Report, paragraphs: list[Paragraph]) -> list[DeptAmount]:
    """Department totals the projects are bounded by: first statement in the prose, and the
    项目支出 合计 cell of any table that has such a column."""
    out: list[DeptAmount] = []
    for what, key in _DEPT_KEYS:
        hits = find_all(paragraphs, key)
        if hits:
            span, m = hits[0]
            out.append(DeptAmount(what, m.group("num").replace(",", "").replace("，", ""), m.group("unit"),
                                  span=Span(span.paragraph, span.start, span.end)))
    for t in report.tables:
        cell, row = _total_cell(t, lexicon.load("appendix")["dept_spending_column"])
        if cell is not None:
            out.append(DeptAmount("project_spending", cell.raw, t.unit or report.money_unit, row=row, table=t))
    return out


def _total_cell(t: Table, column: str) -> tuple[Cell | None, Row | None]:
    if classify(t) is not None or not any(column in "".join(c) for c in t.columns):
        return None, None
    for r in t.rows:
        if _WS.sub("", r.label) in lexicon.load("appendix")["dept_total_rows"]:
            c = r.cell(column)
            if c is not None and c.kind == "number":
                return c, r
    return None, None


__all__ = ["Appendix", "DeptAmount", "build", "of", "classify", "row_cells", "cell_of"]
