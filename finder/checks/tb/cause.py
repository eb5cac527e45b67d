"""One misprinted figure, one cause: the table-arithmetic findings a single wrong cell explains.

A figure misprinted in a coded table breaks every sum it is an operand of: a 项 row's 基本支出 printed
short makes its 款 (TB01), its own row's 合计 = 基本支出 + 项目支出 (TB02), and through its 款 and 类 the
合计 row fail together. Each finding is right on its own (the printed table contradicts itself there),
so each stays an error; this pass tells the reader which of them share one likely culprit.

While the checks run, every sum they judge is recorded (common.RECORD: the total, its parts, '=' or
'<=', the verdict), and every finding made of one. Then, per *figure*:

- a figure is one printed number cell, or several printed alike that a holding sum makes one
  quantity (a total whose only non-blank part is that figure: a 类 row and its one filled 款 row,
  the same figure printed in two tables): a misprint copied along such a tie is one misprint;
- the figure is a candidate cause when it is an operand of two or more error findings;
- each failing '=' sum gives the interval its value must lie in for the sum to hold (its total
  less the other parts, over the printed rounding); the intervals meet or the figure is no cause;
- every value at the figure's printed precision in that meet is tried by re-judging, with the
  figure read so, every recorded sum it is an operand of: each failing one must then hold, each
  holding one keep holding, none become a contradiction. The values that pass are the fits.

Findings are then grouped by the candidates that explain them (candidates sharing a finding are one
group, whether the finding is an in-table sum or a TB04 cross-table equality): the one candidate
that explains every finding of its group is named as the likely cause in each (message sentence,
Finding.cause). A group two candidates explain whole, or none does (two wrong cells: each candidate's
fix leaves another of the group's sums failing), gets no cause: two independent defects stay two. A
candidate explaining only part of a group another explains whole would need a second misprint for
the rest: the one that needs none is named.

A NT01 finding holding the text to a cell a named cause prints, where the text's figure agrees with a
fitting value (the one named, or one of a named range), says so (表内核对指向同一印误 … 文中无误): the text
prints what the table's own sums want, strong evidence the table slipped, not the text. Its cause is
the TB cause with text_agrees (and text_value, the one fit the text agrees with); the TB findings'
cause lists it under text_findings. Its severity stays: the printed table and the text still differ.

A fit that is the printed figure with one digit dropped, one digit added, two neighbouring digits
swapped, one digit changed, or shifted by a power of ten is named (漏印一位数字 …) only when exactly
one fit reads so; a figure printed a power of ten smaller with its last digits rounded away (9.21 as
0.92) reads so for every fit that rounds to it, not only the exact tenfold one. Not done: two wrong
figures sharing a sum are left without a cause rather than solved together.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Iterator

from finder import messages
from finder.checks.tb import common
from finder.checks.tb.common import Term, judged, judged_rate, rate_of
from finder.link.tables_index import table_label, value_interval
from finder.model import Cell, Finding
from finder.numbers.interval import Interval, Verdict, compare

_MAX_TRIALS = 200          # values tried per figure; a wider meet says too little to name one
_CHECKS = ("TB01", "TB02", "TB03", "TB04")

messages.add({
    "TB.cause": {"zh": "同一可能原因：{cells}印为 {printed}，若为 {value}，则 {ids} 共 {n} 处均相符{pattern}",
                 "en": "one likely cause: {cells} printed {printed}; read as {value}, all {n} findings {ids} hold{pattern}"},
    "TB.cause.text": {"zh": "；表内核对指向同一印误：{cells}印为 {printed}，若为 {value}，既与文中一致，"
                            "又使 {ids} 共 {n} 处表内核对均相符，疑表中印误、文中无误",
                      "en": "; the text prints the value the table's own sums point to: {cells} printed {printed}, read as "
                            "{value}, agrees with the text and makes all {n} table findings {ids} hold: likely a "
                            "misprint in the table, not in the text"},
    "TB.cause.range": {"zh": "{lo} 至 {hi} 之间的数", "en": "a figure from {lo} to {hi}"},
    "TB.cause.cell": {"zh": "{table}{rows}的{column}", "en": "{table} {rows} {column}"},
    "TB.cause.dropped": {"zh": "（疑漏印一位数字：{value} 印成 {printed}）",
                         "en": " (a digit dropped? {value} printed as {printed})"},
    "TB.cause.added": {"zh": "（疑多印一位数字：{value} 印成 {printed}）",
                       "en": " (a digit added? {value} printed as {printed})"},
    "TB.cause.swapped": {"zh": "（疑相邻两位数字颠倒：{value} 印成 {printed}）",
                         "en": " (two digits swapped? {value} printed as {printed})"},
    "TB.cause.digit": {"zh": "（疑一位数字印错：{value} 印成 {printed}）",
                       "en": " (one digit misprinted? {value} printed as {printed})"},
    "TB.cause.shifted": {"zh": "（{value} 印成 {printed}，相差 {times} 倍，疑数位错位）",
                         "en": " ({value} printed as {printed}, {times} times apart: digits shifted?)"},
})


@dataclass
class Relation:
    """A judged sum: total (=|<=) Σ sign·part, with the verdict it got as printed."""

    total: Term
    parts: list[Term]
    op: str
    verdict: Verdict
    findings: list[Finding] = field(default_factory=list)

    @property
    def terms(self) -> list[Term]:
        return [self.total, *self.parts]

    def coefficient(self, figure: set[int]) -> int:
        """How many times the figure's value enters total − Σ sign·part (a rate: how many of its
        three figures it is; more than one is no figure the pass can solve for)."""
        k = 1 if id(self.total.cell) in figure else 0
        if self.op == "rate":
            return k + sum(1 for p in self.parts if id(p.cell) in figure)
        return k - sum(p.sign for p in self.parts if id(p.cell) in figure)


class Relations:
    """What a run of the TB checks judged (common.judge) and found (common.relation_finding)."""

    def __init__(self) -> None:
        self.by_key: dict[tuple, Relation] = {}

    @staticmethod
    def _key(total: Term, parts: list[Term], op: str) -> tuple:
        return (id(total.cell), tuple((id(p.cell), p.sign) for p in parts), op)

    def judged(self, total: Term, parts: list[Term], op: str, verdict: Verdict) -> None:
        self.by_key.setdefault(self._key(total, parts, op), Relation(total, list(parts), op, verdict))

    def found(self, f: Finding, total: Term, parts: list[Term], op: str) -> None:
        rel = self.by_key.get(self._key(total, parts, op))
        if rel is not None:
            rel.findings.append(f)


@contextmanager
def recording() -> Iterator[Relations]:
    """Record the sums the TB checks judge inside this block."""
    got = Relations()
    token = common.RECORD.set(got)
    try:
        yield got
    finally:
        common.RECORD.reset(token)


@dataclass
class Cause:
    figure: list[Term]            # the cells printing the figure (one quantity)
    findings: list[Finding]       # the error findings it is an operand of
    fits: list[Decimal]           # the values (at `places` decimals) under which all its sums hold
    places: int                   # the finest precision its sums print (a misprint may drop a decimal)


def attach(rec: Relations, findings: list[Finding], claims: list | None = None) -> None:
    """Name the likely misprinted figure in each group of error findings one figure explains
    (module docstring), and say so in a NT01 finding whose text prints the fitting value of that
    figure (`claims`: the report's, to find the cell each NT01 finding holds its claim to).
    Findings must carry their final ids."""
    rels = [r for r in rec.by_key.values() if r.total.table is not None]
    failing = [r for r in rels if any(_failing(f) for f in r.findings)]
    if len(failing) < 2:
        return
    figures = _figures(rels)
    by_cell: dict[int, list[Relation]] = {}
    for r in rels:
        for t in r.terms:
            by_cell.setdefault(id(t.cell), []).append(r)
    causes: list[Cause] = []
    seen: set[int] = set()
    for r in failing:
        for t in r.terms:
            root = figures.find(id(t.cell))
            if root in seen or t.cell.kind not in ("number", "percent"):
                continue
            seen.add(root)
            cells = figures.members(root)
            got = _cause(cells, [rel for c in cells for rel in by_cell.get(c, ())])
            if got is not None:
                causes.append(got)
    named = _name(causes)
    if named and claims:
        _corroborate(named, [f for f in findings if f.check == "NT01" and f.claims], claims)


def _failing(f: Finding) -> bool:
    return f.severity == "error" and f.check in _CHECKS


class _Figures:
    """Union-find over cell ids: cells a holding one-part sum ties into one printed figure."""

    def __init__(self) -> None:
        self.up: dict[int, int] = {}
        self.terms: dict[int, Term] = {}

    def find(self, a: int) -> int:
        while self.up.get(a, a) != a:
            a = self.up[a]
        return a

    def union(self, a: Term, b: Term) -> None:
        self.terms.setdefault(id(a.cell), a)
        self.terms.setdefault(id(b.cell), b)
        ra, rb = self.find(id(a.cell)), self.find(id(b.cell))
        if ra != rb:
            self.up[rb] = ra

    def members(self, root: int) -> list[int]:
        if not hasattr(self, "_groups"):
            self._groups: dict[int, list[int]] = {}
            for c in self.terms:
                self._groups.setdefault(self.find(c), []).append(c)
        return self._groups.get(root) or [root]


def _figures(rels: list[Relation]) -> _Figures:
    """A holding '=' sum whose total and only non-blank part print the same figure ties the two."""
    got = _Figures()
    for r in rels:
        if r.op != "=" or r.verdict is not Verdict.CONSISTENT or r.total.cell.kind != "number":
            continue
        filled = [p for p in r.parts if not p.blank]
        if len(filled) == 1 and filled[0].sign > 0 and _same(r.total.cell, filled[0].cell) \
                and all(p.cell.kind in ("number", "blank") for p in r.parts):
            got.union(r.total, filled[0])
    return got


def _same(a: Cell, b: Cell) -> bool:
    return b.kind == "number" and a.value == b.value and a.decimals == b.decimals


def _cause(cells: list[int], rels: list[Relation]) -> Cause | None:
    """The figure printed in `cells` as the cause of the error findings it is an operand of, when
    one value read for it makes all its sums hold; None otherwise."""
    figure = set(cells)
    mine = {id(r): r for r in rels}.values()
    mine = [r for r in mine if r.coefficient(figure)]
    if any(abs(r.coefficient(figure)) != 1 for r in mine):
        return None
    failing = [r for r in mine if any(_failing(f) for f in r.findings)]
    found = [f for r in failing for f in r.findings if _failing(f)]
    if len({id(f) for f in found}) < 2:
        return None
    terms = {id(t.cell): t for r in mine for t in r.terms if id(t.cell) in figure}
    first = next(iter(terms.values()))
    cell = first.cell
    if cell.kind not in ("number", "percent") or cell.value is None:
        return None
    places = max([cell.decimals] + [t.cell.decimals for r in mine for t in _peers(r, figure)
                                    if t.cell.kind in ("number", "percent")])
    meet = _meet([r for r in failing if r.op in ("=", "rate")], figure, places)
    if meet is None:
        return None
    unit = Decimal(1).scaleb(-places)
    lo, hi = (meet.lo / unit).to_integral_value(rounding="ROUND_CEILING"), \
        (meet.hi / unit).to_integral_value(rounding="ROUND_FLOOR")
    if hi < lo or hi - lo > _MAX_TRIALS:
        return None
    fits = []
    n = lo
    while n <= hi:
        value = n * unit
        if value != cell.value and _fits(mine, figure, value, places):
            fits.append(value)
        n += 1
    if not fits:
        return None
    order = sorted(terms.values(), key=lambda t: (t.table.index, t.table.rows.index(t.row) if t.row in t.table.rows else 0))
    return Cause(order, _unique(found), fits, places)


def _peers(r: Relation, figure: set[int]) -> list[Term]:
    """The terms of r in the figure's own unit: a rate's amounts are no measure of its rate's precision."""
    if r.op != "rate":
        return r.terms
    return [r.total] if id(r.total.cell) in figure else r.parts


def _meet(rels: list[Relation], figure: set[int], decimals: int) -> Interval | None:
    """Where the figure's value must lie for each '=' sum (and rate) to hold (each sum's other terms
    over their printed rounding, widened by the figure's own half unit)."""
    half = Decimal(5).scaleb(-decimals - 1)
    lo = hi = None
    for r in rels:
        if r.op == "rate":
            want = _rate_span(r, figure)
            if want is None:
                continue
            a, b = want.lo - half, want.hi + half
            lo, hi = (a, b) if lo is None else (max(lo, a), min(hi, b))
            if lo > hi:
                return None
            continue
        k = r.coefficient(figure)
        rest = Interval.exact(0) if id(r.total.cell) in figure else r.total.interval   # total − Σ sign·part
        for p in r.parts:
            if id(p.cell) not in figure:
                rest = rest - p.interval          # Term.interval carries the part's sign
        # k·v + rest ∋ 0  ->  v ∈ −rest / k
        want = -rest if k > 0 else rest
        a, b = want.lo - half, want.hi + half
        lo, hi = (a, b) if lo is None else (max(lo, a), min(hi, b))
        if lo > hi:
            return None
    return None if lo is None else Interval(lo, hi)


def _rate_span(r: Relation, figure: set[int]) -> Interval | None:
    """Where the figure must lie for rate = (current − base) ÷ base × 100 to hold: the rate itself, the
    current figure base × (1 + rate ÷ 100), or the base current ÷ (1 + rate ÷ 100); None when the other
    two bound it in no finite interval (a base that may be 0, a rate of −100% or below)."""
    rate, (current, base) = r.total, r.parts
    if id(rate.cell) in figure:
        return rate_of(base.cell.interval, current.cell.interval)
    grow = rate.cell.interval.scale(Decimal("0.01")) + Interval.exact(1)
    if grow.lo <= 0:
        return None
    if id(current.cell) in figure:
        b = base.cell.interval
        ends = [b.lo * grow.lo, b.lo * grow.hi, b.hi * grow.lo, b.hi * grow.hi]
        return Interval(min(ends), max(ends))
    return current.cell.interval / grow


def _fits(rels: list[Relation], figure: set[int], value: Decimal, decimals: int) -> bool:
    """Every sum the figure is in, re-judged with it read as `value`: failing ones hold, holding ones
    still hold, none becomes a contradiction."""
    for r in rels:
        total = _read(r.total, figure, value, decimals)
        parts = [_read(p, figure, value, decimals) for p in r.parts]
        verdict = judged_rate(total, parts)[0] if r.op == "rate" else judged(total, parts, r.op)[0]
        if verdict is Verdict.CONSISTENT:
            continue
        if r.verdict is Verdict.CONSISTENT or any(_failing(f) for f in r.findings) \
                or verdict is Verdict.CONTRADICTED:
            return False
    return True


def _read(t: Term, figure: set[int], value: Decimal, decimals: int) -> Term:
    if id(t.cell) not in figure:
        return t
    return Term(t.table, t.row, replace(t.cell, raw=_shown(value, decimals), value=value, decimals=decimals), t.sign)


def _shown(value: Decimal, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


def _unique(fs: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in fs:
        if all(g is not f for g in out):
            out.append(f)
    return out


def _name(causes: list[Cause]) -> list[tuple[Cause, dict]]:
    """Group findings by the causes that explain them (causes sharing a finding are one group, through
    a cross-table equality as well as an in-table sum): a group names the one cause that explains every
    finding of the group, in each; a group where no cause, or two, explain them all names none."""
    up = list(range(len(causes)))

    def find(k: int) -> int:
        while up[k] != k:
            k = up[k]
        return k

    first: dict[int, int] = {}
    for k, c in enumerate(causes):
        for f in c.findings:
            j = first.setdefault(id(f), k)
            up[find(k)] = find(j)
    groups: dict[int, list[int]] = {}
    for k in range(len(causes)):
        groups.setdefault(find(k), []).append(k)
    named = []
    for ks in groups.values():
        every = {id(f) for k in ks for f in causes[k].findings}
        whole = [k for k in ks if {id(f) for f in causes[k].findings} == every]
        if len(whole) == 1:     # else: which of them is wrong is not certain, or two cells are
            named.append((causes[whole[0]], _annotate(causes[whole[0]])))
    return named


def _corroborate(named: list[tuple[Cause, dict]], nt01: list[Finding], claims: list) -> None:
    """A NT01 finding holding its text to a cell a named cause prints, where the text's figure is a
    fitting value of that cause (the one named, or one of a range): the text prints what the table's own
    sums want, so the table slipped. Its message says so; its cause is the TB cause with text_agrees."""
    cells = {id(t.cell): (c, d) for c, d in named for t in c.figure}
    by_id = {c.id: c for c in claims}
    for f in nt01:
        claim = by_id.get(f.claims[0])
        ref = claim.extra.get("ref_used") if claim is not None else None
        if ref is None or id(ref.cell) not in cells or claim.interval is None:
            continue
        c, d = cells[id(ref.cell)]
        fits = [v for v in c.fits if (not d["value"] or _shown(v, c.places) == d["value"])
                and _text_agrees(claim, ref, v, c.places)]
        if not fits:
            continue
        shown = _shown(fits[0], c.places) if len(fits) == 1 else messages.msg(
            "TB.cause.range", lo=_shown(fits[0], c.places), hi=_shown(fits[-1], c.places))
        ids = d["findings"]
        f.message += messages.msg("TB.cause.text", cells=_names(c.figure), printed=d["printed"], value=shown,
                                  ids="、".join(ids) if messages.current() == "zh" else ", ".join(ids), n=len(ids))
        f.cause = {**d, "text_agrees": True, "text_value": _shown(fits[0], c.places) if len(fits) == 1 else ""}
        d.setdefault("text_findings", []).append(f.id)


def _text_agrees(claim, ref, value: Decimal, places: int) -> bool:
    """The claim's printed figure agrees with the cell read as `value` (in the claim's unit)."""
    cell = replace(ref.cell, raw=_shown(value, places), value=value, decimals=places)
    iv = value_interval(replace(ref, cell=cell), claim.unit)
    return iv is not None and compare(claim.interval, iv) is Verdict.CONSISTENT


def _annotate(c: Cause) -> dict:
    cell = c.figure[0].cell
    printed = cell.raw.strip()
    places = c.places
    pattern, value = _pattern(cell, c.fits, places)
    if value is None and len(c.fits) == 1:
        value = c.fits[0]
    shown = _shown(value, places) if value is not None else messages.msg(
        "TB.cause.range", lo=_shown(c.fits[0], places), hi=_shown(c.fits[-1], places))
    ids = sorted(f.id for f in c.findings)
    names = _names(c.figure)
    times = ""
    if pattern == "shifted":
        big, small = max(abs(value), abs(cell.value)), min(abs(value), abs(cell.value))
        times = f"{big / small:,.0f}"
    tail = messages.msg(f"TB.cause.{pattern}", value=shown, printed=printed, times=times) if pattern else ""
    sentence = messages.msg("TB.cause", cells=names, printed=printed, value=shown, ids="、".join(ids)
                            if messages.current() == "zh" else ", ".join(ids), n=len(ids), pattern=tail)
    cause = {"cells": [t.evidence("reference").to_dict() for t in c.figure], "printed": printed,
             "fits": [_shown(v, places) for v in c.fits] if len(c.fits) <= 5 else
             [_shown(c.fits[0], places), _shown(c.fits[-1], places)],
             "value": _shown(value, places) if value is not None else "",
             "pattern": pattern or "", "findings": ids}
    for f in c.findings:
        f.message = f"{f.message}{'；' if messages.current() == 'zh' else '; '}{sentence}"
        f.cause = cause
    return cause


def _names(terms: list[Term]) -> str:
    """'表“212 城乡社区支出”、“21201 城乡社区管理事务”的基本支出': the cells of one table and column
    named once, others each in full."""
    def row(t: Term) -> str:
        return " ".join(x for x in (t.row.code or "", t.row.label.strip()) if x)

    def column(t: Term) -> str:
        return "/".join(x for x in t.cell.column if x) or "金额"

    groups: dict[int, list[Term]] = {}
    for t in terms:
        groups.setdefault(id(t.table), []).append(t)
    out = []
    for ts in groups.values():
        table = table_label(ts[0].table) or messages.msg("TB.table")
        rows, columns = list(dict.fromkeys(row(t) for t in ts)), list(dict.fromkeys(column(t) for t in ts))
        if len(columns) == 1 or len(rows) == 1:     # “r1”、“r2”的 c  /  “r”的 c1、c2
            out.append(messages.msg("TB.cause.cell", table=table, rows=messages.listing(f"“{r}”" for r in rows),
                                    column=messages.listing(columns)))
        else:
            out.append(messages.listing(messages.msg("TB.cause.cell", table=table, rows=f"“{row(t)}”", column=column(t))
                                        for t in ts))
    return messages.listing(out)


def _pattern(cell: Cell, fits: list[Decimal], places: int) -> tuple[str | None, Decimal | None]:
    """The one fit the printed figure reads as by a single slip of the pen, and which slip. A fit is
    spelled at the sums' precision and, when it has no finer digits, at the figure's own ('830' for
    8,300.00 in a column of two decimals)."""
    p = _digits(cell.raw)
    hits = []
    for v in fits:
        spelled = [_shown(v, places)]
        if v == v.quantize(Decimal(1).scaleb(-cell.decimals)):
            spelled.append(_shown(v, cell.decimals))
        kind = "shifted" if _tenfold(cell.value, v) or _shifted_down(cell, v) else next(
            (k for k in (_slip(p, _digits(w)) for w in spelled) if k), None)
        if kind:
            hits.append((kind, v))
    return hits[0] if len(hits) == 1 else (None, None)


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _tenfold(a: Decimal, b: Decimal) -> bool:
    """b is a times a power of ten (10, 100, … or a tenth …): digits shifted, not changed."""
    if not a or not b:
        return False
    r = abs(b) / abs(a)
    r = r if r > 1 else 1 / r
    return r > 1 and r.normalize().as_tuple().digits == (1,)


def _shifted_down(cell: Cell, v: Decimal) -> bool:
    """v printed a power of ten smaller at the cell's precision, its last digits rounded away (9.21 as
    0.92): every fit that reads so is as likely as the one that is exactly tenfold."""
    a, b = abs(cell.value), abs(v)
    if not a or b <= a:
        return False
    unit = Decimal(1).scaleb(-cell.decimals)
    return any((b.scaleb(-k)).quantize(unit, rounding="ROUND_HALF_UP") == a for k in range(1, 7))


def _slip(p: str, w: str) -> str | None:
    """How the digits w (the fit) became p (as printed), by one slip; None when no single slip does."""
    if not p or not w or p == w:
        return None
    if len(w) == len(p) + 1 and any(w[:i] + w[i + 1:] == p for i in range(len(w))):
        return "dropped"
    if len(p) == len(w) + 1 and any(p[:i] + p[i + 1:] == w for i in range(len(p))):
        return "added"
    if len(p) == len(w):
        diff = [i for i in range(len(p)) if p[i] != w[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and p[diff[0]] == w[diff[1]] and p[diff[1]] == w[diff[0]]:
            return "swapped"
        if len(diff) == 1:
            return "digit"
    return None
