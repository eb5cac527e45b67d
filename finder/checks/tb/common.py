"""Shared helpers of the TB checks: amount cells, row lookup by label/code, sums over intervals, findings."""
from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from decimal import Decimal
from typing import Iterable

import regex

from finder import lexicon, messages
from finder.ingest.tables import header_role
from finder.link.tables_index import side_flow, table_label
from finder.model import Cell, Evidence, Finding, Row, Table
from finder.numbers.interval import HUNDRED, Interval, Verdict, compare, unit_of_last_digit

_SPACE = regex.compile(r"\s+")
ZERO = Decimal(0)
# The relations the TB checks judge in the run in progress, when one records them (tb.cause.recording):
# each judged sum (holding or not) and each finding made of one, for the likely-misprint pass.
RECORD: ContextVar = ContextVar("tb_relations", default=None)

messages.add({
    "TB.unfilled": {"zh": "{table}“{label}”为 {reported}，而其分项{parts}均为空白：分项未填写，未核对合计",
                    "en": "{table} '{label}' is {reported}, but its parts {parts} are all blank: "
                          "the breakdown is not filled in, the total was not checked"},
    "TB.table": {"zh": "表", "en": "the table"},
    "TB.unfilled.comp": {"zh": "分项全部空白，不按 0 计", "en": "every part blank, not read as 0"},
    "TB.blank_as_zero": {"zh": "空白单元格按 0 计（{blanks} 处）", "en": "blank cells read as 0 ({blanks})"},
})


def arithmetic() -> dict:
    return lexicon.load("hygiene")["arithmetic"]


def squash(text: str) -> str:
    return _SPACE.sub("", text or "")


@lru_cache(maxsize=1)
def _enum_re() -> regex.Pattern:
    """Enumerations (一、 （1） 1.) and lead words (hygiene.yml label_lead_words) opening a label."""
    lead = lexicon.alternation(arithmetic()["label_lead_words"])
    return regex.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]"
                         rf"|(?:{lead})[:：]?)+")


@lru_cache(maxsize=1 << 14)
def bare_label(label: str) -> str:
    """'一、“三公”经费支出' -> '“三公”经费支出'; '（1）公务用车购置费' -> '公务用车购置费'."""
    return _enum_re().sub("", squash(label))


@lru_cache(maxsize=4096)
def _squashed_alias(alias: str) -> str:
    """squash() of a lexicon row name: find_row tries each against every row of a table."""
    return squash(alias)


def label_is(label: str, alias: str) -> bool:
    """Exact match after removing enumerations, or the alias followed by a bracketed note."""
    b, a = bare_label(label), _squashed_alias(alias)
    return b == a or (b.startswith(a) and b[len(a):len(a) + 1] in ("（", "("))


@lru_cache(maxsize=4096)
def _key(column: tuple[str, ...]) -> str:
    return "/".join(squash(c) for c in column if squash(c))


def column_key(cell: Cell) -> str:
    return _key(cell.column)


def header_key(column: tuple[str, ...]) -> str:
    """A header path as column_key spells the column of its cells."""
    return _key(tuple(column))


def column_is(cell: Cell, alias: str) -> bool:
    """'本年支出/小计' matches a path ending (本年支出, 小计); '基本支出' a path ending in 基本支出."""
    return _column_is(tuple(cell.column), alias)


@lru_cache(maxsize=1 << 14)
def _column_is(column: tuple[str, ...], alias: str) -> bool:
    parts = _path(tuple(alias.split("/")))
    col = _path(column)
    return len(col) >= len(parts) and col[-len(parts):] == parts


@lru_cache(maxsize=1 << 14)
def _path(column: tuple[str, ...]) -> tuple[str, ...]:
    """A header path (or an alias split at '/') without spaces and empty levels."""
    return tuple(squash(c) for c in column if squash(c))


def grouped(cells: list[Cell], aliases: Iterable[str]) -> list[tuple[tuple[str, ...], Cell]]:
    """Each cell a total alias names, with its group: its header path less the alias's levels
    ('2031年预算数/合计' named by 合计 is in group ('2031年预算数',); a bare 合计 in group ())."""
    out = []
    for c in cells:
        alias = next((a for a in aliases if column_is(c, a)), None)
        if alias is not None:
            path = _path(tuple(c.column))
            out.append((path[:len(path) - len(_path(tuple(alias.split("/"))))], c))
    return out


def cell_under(cells: list[Cell], group: tuple[str, ...], aliases: Iterable[str]) -> Cell | None:
    """The one cell whose header path is `group` then the first alias that names exactly one."""
    for alias in aliases:
        want = group + _path(tuple(alias.split("/")))
        hits = [c for c in cells if _path(tuple(c.column)) == want]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            return None
    return None


def is_index(cell: Cell) -> bool:
    return any(w in column_key(cell) for w in arithmetic()["index_columns"])


def is_stub(cell: Cell) -> bool:
    """A cell under a label / code / row-number header (科目名称, 项目, 行次): never an amount."""
    return bool(cell.column) and header_role(cell.column[-1]) is not None


@lru_cache(maxsize=4096)
def _money_column(column: tuple[str, ...]) -> bool:
    """Neither a row-number column nor a stub column (one answer per header path)."""
    probe = Cell("", "blank", column=column)
    return not is_index(probe) and not is_stub(probe)


def amount_cells(row: Row) -> list[Cell]:
    """Cells that may hold money: numbers, blanks and dashes outside the stub and row-number columns."""
    return [c for c in row.cells if c.kind in ("number", "blank", "dash") and _money_column(c.column)]


class RowCells:
    """amount_cells of each row, and those cells by column_key, worked out once per report: the
    TB checks ask for the same rows' cells for every column, part and relation. Rows are keyed by
    identity, so the index lives in Analysis.memo (row_cells) exactly as long as they do."""

    def __init__(self) -> None:
        self._cells: dict[int, list[Cell]] = {}
        self._keys: dict[int, dict[str, list[Cell]]] = {}
        self._columns: dict[int, tuple] = {}
        self._found: dict[tuple, int | None] = {}

    def cells(self, row: Row) -> list[Cell]:
        got = self._cells.get(id(row))
        if got is None:
            got = self._cells[id(row)] = amount_cells(row)
        return got

    def by_key(self, row: Row) -> dict[str, list[Cell]]:
        """column_key -> the row's amount cells under it, in printed order."""
        got = self._keys.get(id(row))
        if got is None:
            got = self._keys[id(row)] = {}
            for c in self.cells(row):
                got.setdefault(column_key(c), []).append(c)
        return got

    def same_column(self, row: Row, key: str) -> Cell | None:
        """The row's one amount cell whose column_key is `key` (None when none or several)."""
        hits = self.by_key(row).get(key, ())
        return hits[0] if len(hits) == 1 else None

    def find(self, row: Row, aliases: tuple[str, ...]) -> Cell | None:
        """find_cell over the row's amount cells. The answer depends only on their columns, so
        the rows of one table (amount cells under the same headers) share one lookup."""
        cells = self.cells(row)
        columns = self._columns.get(id(row))
        if columns is None:
            columns = self._columns[id(row)] = tuple(c.column for c in cells)
        k = (columns, aliases)
        if k not in self._found:
            hit = find_cell(row, aliases, cells)
            self._found[k] = None if hit is None else next(i for i, c in enumerate(cells) if c is hit)
        i = self._found[k]
        return None if i is None else cells[i]


def row_cells(analysis) -> RowCells:
    return analysis.memo("tb.row_cells", lambda a: RowCells())


def find_cell(row: Row, aliases: Iterable[str], cells: list[Cell] | None = None) -> Cell | None:
    """The one amount cell of `row` matching the first alias that matches exactly one cell
    (`cells`: the row's amount_cells when the caller has them)."""
    if cells is None:
        cells = amount_cells(row)
    for alias in aliases:
        hits = [c for c in cells if column_is(c, alias)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            return None
    return None


def on_side(row: Row, side: str) -> bool:
    """The row is on the side a lexicon relation names (收入 / 支出), printed with the side's own
    header ('本年收入', '财政拨款支出' are the 收入 and 支出 sides); any row when none is named."""
    return not side or side_flow(row.side) == side


def is_total(row: Row) -> bool:
    return not row.code and bare_label(row.label) in arithmetic()["total_rows"]


@dataclass
class Term:
    """One printed figure in a relation: where it is and what it can mean."""

    table: Table
    row: Row
    cell: Cell
    sign: int = 1

    @property
    def blank(self) -> bool:
        return self.cell.kind == "blank"

    @property
    def interval(self) -> Interval:
        if self.cell.kind == "blank":
            return Interval.exact(ZERO, "0")
        iv = self.cell.interval
        assert iv is not None
        return iv if self.sign > 0 else -iv

    def evidence(self, role: str = "reference") -> Evidence:
        t, r, c = self.table, self.row, self.cell
        return Evidence(text=c.raw.strip() or "（空白）", table=t.id, table_title=t.title, row=r.label.strip(),
                        column="/".join(x for x in c.column if x) or None, role=role, **t.where(r))


def usable(terms: list[Term]) -> bool:
    """A relation is checkable when no figure is a dash/text and not every figure is blank."""
    return all(t.cell.kind in ("number", "blank") for t in terms) and any(not t.blank for t in terms)


def shown(t: Term) -> str:
    return t.cell.raw.strip() or "空白"


def judge(total: Term, parts: list[Term], op: str = "=") -> tuple[Verdict, Interval]:
    """Compare the printed total with the interval sum of the printed parts (blanks as 0); a recording
    run (RECORD) keeps the relation and its verdict."""
    got = judged(total, parts, op)
    rec = RECORD.get()
    if rec is not None:
        rec.judged(total, parts, op, got[0])
    return got


def judged(total: Term, parts: list[Term], op: str = "=") -> tuple[Verdict, Interval]:
    """judge's verdict, recorded by no one (tb.cause re-judges relations with a figure read otherwise)."""
    ivs = [p.interval for p in parts]
    acc = Interval(sum((iv.lo for iv in ivs), ZERO), sum((iv.hi for iv in ivs), ZERO)) if ivs \
        else Interval.exact(ZERO)
    rep = total.interval
    if op == "<=":       # total is an upper bound of the parts' sum, read as parts <= total
        if acc.lo <= rep.hi:
            return Verdict.CONSISTENT, acc
    if rep.overlaps(acc):   # compare()'s first answer, before working out the borderline unit
        return Verdict.CONSISTENT, acc
    unit = unit_of_last_digit(total.cell.raw) if total.cell.kind == "number" else Decimal("0.01")
    return compare(rep, acc, unit), acc


def rate_of(base: Interval, current: Interval) -> Interval | None:
    """(current − base) ÷ base × 100 as current ÷ base × 100 − 100 (no dependency widening); None when
    the base may be zero or negative."""
    if base.lo <= 0:
        return None
    q = current.percent_of(base)
    return Interval(q.lo - HUNDRED, q.hi - HUNDRED)


def rate_terms(rate: Term, current: Term, base: Term) -> tuple[Term, list[Term]]:
    """A change rate as a recorded relation: the rate its total, current (+) and base (−) its parts."""
    return rate, [replace(current, sign=1), replace(base, sign=-1)]


def judged_rate(rate: Term, parts: list[Term]) -> tuple[Verdict, Interval | None]:
    """The printed rate against (current − base) ÷ base × 100 (parts as rate_terms gives them);
    UNDEFINED when the base may be 0."""
    current, base = parts
    computed = rate_of(base.cell.interval, current.cell.interval)
    if computed is None:
        return Verdict.UNDEFINED, None
    return compare(rate.cell.interval, computed), computed


def record(total: Term, parts: list[Term], op: str, verdict: Verdict, finding: Finding | None = None) -> None:
    """Keep a relation a check judged without judge() (a change column, a rate: op 'rate'), and the
    finding made of it, for the likely-misprint pass (tb.cause) of a recording run."""
    rec = RECORD.get()
    if rec is not None:
        rec.judged(total, parts, op, verdict)
        if finding is not None:
            rec.found(finding, total, parts, op)


def unfilled(total: Term, parts: list[Term]) -> bool:
    """Every part of a printed, non-zero total (two or more rows that add) is a row left wholly
    blank: the breakdown is missing, not zero. Blank counts as 0 when a sibling is filled, and
    in a row that prints figures in other columns."""
    return (len(parts) >= 2 and total.cell.kind == "number" and not total.interval.lo <= ZERO <= total.interval.hi
            and all(p.blank and p.sign > 0 and p.row is not total.row
                    and all(c.kind == "blank" for c in amount_cells(p.row)) for p in parts))


def broken(total: Term, parts: list[Term], blank: list | None) -> tuple[Verdict, Interval] | None:
    """The verdict and computed sum of a relation that breaks; None when it cannot be checked (usable),
    holds, or its breakdown is wholly blank (unfilled: then it goes to `blank`, for one note per total row)."""
    if not usable([total, *parts]):
        return None
    if blank is not None and unfilled(total, parts):
        blank.append((total, parts))
        return None
    verdict, computed = judge(total, parts)
    return None if verdict in (Verdict.CONSISTENT, Verdict.UNDEFINED) else (verdict, computed)


def unfilled_finding(code: str, pairs: list[tuple[Term, list[Term]]]) -> Finding:
    """One note per total row whose breakdown is blank in every column listed in `pairs`."""
    total, parts = pairs[0]
    t = total.table
    labels = "、".join(f"“{p.row.label.strip()}”" for p in parts[:6]) + ("等" if len(parts) > 6 else "")
    reported = "、".join(f"{column_key(tot.cell) or '金额'} {shown(tot)}" for tot, _ in pairs)
    msg = messages.msg("TB.unfilled", table=table_label(t) or messages.msg("TB.table"), label=total.row.label.strip(),
                       reported=reported, parts=labels)
    ev = [e for tot, ps in pairs for e in [tot.evidence()] + [p.evidence("context") for p in ps]][:12]
    comp = messages.steps(*(f"{shown(tot)} =? " + " + ".join(shown(p) for p in ps) for tot, ps in pairs),
                          messages.msg("TB.unfilled.comp"))
    return Finding(code, "info", msg, ev, computation=comp,
                   args={"unfilled": len(pairs)})


def relation_finding(code: str, total: Term, parts: list[Term], verdict: Verdict, computed: Interval,
                     message: str, op: str = "=") -> Finding:
    blanks = [p for p in [total, *parts] if p.blank]
    expr = " + ".join(("-" if p.sign < 0 else "") + shown(p) for p in parts).replace("+ -", "- ")
    comp = messages.steps(f"{shown(total)} {'≥' if op == '<=' else '='}? {expr} = {computed}",
                          f"{messages.term('listed')} {total.interval}",
                          messages.msg("TB.blank_as_zero", blanks=len(blanks)) if blanks else "")
    # a blank total beside printed parts may be a layout gap rather than a stated 0
    severity = "error" if verdict is Verdict.CONTRADICTED and not total.blank else "warning"
    ev = [total.evidence()] + [p.evidence("context") for p in parts[:12]]
    f = Finding(code, severity, message, ev, computation=comp,
                args={"reported": str(total.interval), "computed": str(computed),
                      "verdict": verdict.value, "blank_as_zero": len(blanks)})
    rec = RECORD.get()
    if rec is not None:
        rec.found(f, total, parts, op)
    return f


# Lexicon-derived patterns compiled as the module loads (model loading), not by the first report
# that reaches them.
_enum_re()
