"""AR04's change lists without a figure for a part: a part said unchanged ('与上年无增减'), a part left out."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from finder import lexicon, messages
from finder.checks.dr.flat_text import FlatStatement, report_flat_statements
from finder.checks.nt.common import sentence_stop
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.bases import column_prior_kind, row_priors
from finder.link.concepts import ConceptRef, entry_of_name, key_of
from finder.link.tables_index import CellRef, lookup, value_interval
from finder.model import Claim, Evidence
from finder.numbers.interval import Interval

messages.add({
    "AR04.flat": {"zh": "{name}“{said}”（{how}）", "en": "{name} '{said}' ({how})"},
    "AR04.flat.table": {"zh": "表中上年 {prior}、本年 {current}，变动 0",
                        "en": "the table prints {prior} last year, {current} this year: a change of 0"},
    "AR04.flat.word": {"zh": "表中未列两年数，按印刷精度变动在 {iv} 内",
                       "en": "no table prints both years: printed alike, it moved within {iv}"},
    "AR04.paired": {"zh": "{name} {current}，上年 {prior}，变动 {iv}",
                    "en": "{name} {current}, last year {prior}: a change of {iv}"},
    "AR04.nil": {"zh": "{name}未列变动额，表中上年 {prior}、本年 {current}，变动 0",
                 "en": "{name}, no change listed: the table prints {prior} last year, {current} this year: a change of 0"},
    "AR04.worded": {"zh": "；{names}的变动仅据“持平”类用语读为按印刷精度无变动，故仅为警告",
                    "en": "; the change of {names} is read only from a word saying it is unchanged, so a warning"},
    "reason.changes_sum.hedged": {"zh": "其下所列“{name}”仅称“{said}”（约略持平，变动未知），各项变动之和不能据以核对",
                                  "en": "'{name}', listed under it, is said only '{said}' (roughly unchanged, its change "
                                        "unknown): the changes listed do not bound it"},
    "reason.changes_sum.named": {"zh": "其下所列原因为具体事项的变动，并非“{whole}”的完整分解，未列事项可增可减，各项变动之和既不等于也不限定其变动",
                                 "en": "the changes its reasons list are of named items, not a complete decomposition of "
                                       "'{whole}': items not listed may move either way, so their sum neither equals nor "
                                       "bounds its change"},
    "reason.changes_sum.left_out": {"zh": "其下所列各项变动未含“{names}”，且表中未列其两年数相同，各项变动之和不能据以核对",
                                    "en": "the changes listed under it leave out '{names}', which no table shows unchanged: "
                                          "their sum does not bound it"},
})


_OWN = (*G.CURRENT_PERIODS, *G.BUDGET_PERIODS)     # a figure of the year: its actual or its budget


@dataclass(frozen=True)
class Nil:
    """A part's change on last year with no change figure of its own: its figure said flat (`claim`, the words `said`)
    or, left out of the list, a table printing its two years alike (`cells`). `change`: exactly 0 when a table prints
    both years alike, else what the word honestly says (its figure printed alike both years: within one unit of its
    last printed digit either way); None when it bounds nothing ('基本持平')."""

    key: tuple
    name: str
    change: Interval | None
    claim: Claim | None = None
    said: str = ""
    cells: tuple[CellRef, ...] = ()
    said_at: tuple | None = None     # (paragraph, start, end) of a figure-less sentence saying it unchanged
    prior: Claim | None = None       # last year's figure printed beside `claim`: the change is their difference

    @property
    def tabled(self) -> bool:
        return bool(self.cells)

    @property
    def quoted(self) -> Evidence | None:
        """The sentence saying it unchanged: its figure's clause, or a figure-less sentence's words."""
        if self.claim is not None:
            return E.claim_evidence(self.claim)
        if self.said_at is not None:
            p, a, b = self.said_at
            return Evidence(text=p.text[a:b].strip(), **p.where(a), role="claim")
        return None

    def label(self, lang: str | None = None) -> str:
        if self.prior is not None and self.claim is not None:
            return messages.msg("AR04.paired", lang, name=self.name, current=E.shown(self.claim),
                                prior=E.shown(self.prior), iv=str(self.change))
        if self.claim is None and self.said_at is None:
            prior, current = self.cells
            return messages.msg("AR04.nil", lang, name=self.name, prior=prior.text, current=current.text)
        how = (messages.msg("AR04.flat.table", lang, prior=self.cells[0].text, current=self.cells[1].text)
               if self.cells else messages.msg("AR04.flat.word", lang, iv=str(self.change)))
        return messages.msg("AR04.flat", lang, name=self.name if self.claim is not None else "", said=self.said, how=how)


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the words saying a figure unchanged, the hedges making it only roughly so): directions.yml flat_parts."""
    d = lexicon.load("directions")
    spec = d.get("flat_parts") or {}
    return tuple(spec.get("words", ())), tuple(spec.get("hedges", ()))


def flat_parts(analysis, changed: set[tuple]) -> dict[int, Nil]:
    """id(claim) -> its Nil, for each amount of the prose of this year said unchanged on last year ('公务接待费 1.20
    万元，与上年无增减') whose group states no change of its own (`changed`: (id(paragraph), group) of the changes)."""
    out: dict[int, Nil] = {}
    words, hedges = _words()
    for c in analysis.claims:
        if c.kind != "amount" or c.paragraph.role != "narrative" or c.period not in _OWN \
                or c.extra.get("stated_direction") != "持平" or c.extra.get("stated_base") not in G.PRIOR_PERIODS \
                or (id(c.paragraph), c.extra.get("group")) in changed or c.approx:
            continue
        k = key_of(c)
        text = c.paragraph.text
        tail = text[c.end:sentence_stop(text, c.end)]
        at = [(tail.find(w), w) for w in words if w in tail]
        if k is None or not at:
            continue
        i, w = min(at, key=lambda x: (x[0], -len(x[1])))
        lead = max(tail.rfind("，", 0, i), tail.rfind(",", 0, i)) + 1
        said = tail[lead:i + len(w)].strip()
        if any(h in said for h in hedges):
            out[id(c)] = Nil(k, c.subject, None, c, said)
            continue
        cells = _alike(analysis.report, k, own_period(analysis.report), c.unit, c.interval)
        own = c.interval.clamp_nonneg()
        change = Interval.exact(0) if cells else own - own
        out[id(c)] = Nil(k, c.subject, change, c, said, cells)
    return out


def paired_parts(analysis, changed: set[tuple]) -> dict[int, Nil]:
    """id(claim) -> its Nil, for each amount of the prose of this year printed with last year's figure of the same
    thing in its sentence and no change of its own ('公务接待费 3.00 万元，上年 4.50 万元', '…，上年为 4.50 万元'):
    its change is the difference of the two printed figures (interval arithmetic over both roundings)."""
    out: dict[int, Nil] = {}
    current: dict[tuple, Claim] = {}
    for c in analysis.claims:
        if c.kind != "amount" or c.paragraph.role != "narrative" or c.approx or c.garbled \
                or (id(c.paragraph), c.extra.get("group")) in changed:
            continue
        at = (id(c.paragraph), c.sentence, c.extra.get("group"))
        if c.period in G.CURRENT_PERIODS:
            current[at] = c
        elif c.period == "上年" and (now := current.get(at)) is not None and id(now) not in out \
                and now.unit == c.unit and (k := key_of(now)) is not None and key_of(c) == k:
            out[id(now)] = Nil(k, now.subject, now.interval - c.interval, now, prior=c)
    return out


@dataclass(frozen=True)
class Said:
    """A figure-less sentence saying a money item unchanged on last year ('公务接待费与上年无增减'; DR01's
    flat_statements, unhedged): the item's entry, of the scope of the list it stands in (key: of every scope)."""

    entry: str
    statement: FlatStatement

    @property
    def paragraph(self):
        return self.statement.paragraph

    @property
    def start(self) -> int:
        return self.statement.start

    @property
    def key(self) -> tuple:
        return (self.entry, "all")


def said_flat(analysis) -> list[Said]:
    """The figure-less sentences saying a money item of an entry unchanged on last year, in print order."""
    out = []
    for st in report_flat_statements(analysis):
        entry = entry_of_name(st.concept)
        if entry is not None:
            out.append(Said(entry, st))
    return out


def said_nil(report, said: Said, scope: str, unit: str, width: Interval) -> Nil:
    """A Said part of a list of `scope`: no change, exactly when a table prints its two years alike, else within
    `width` (what two figures printed alike at the list's precision may differ)."""
    key = (said.entry, scope)
    cells = _alike(report, key, own_period(report), unit, None)
    st = said.statement
    text = st.paragraph.text[st.start:st.end].strip().rstrip("；;。，,")
    text = text[max(text.rfind("："), text.rfind(":")) + 1:].strip()      # '其中：因公出国（境）费与上年持平'
    at = st.paragraph.text.find(text, st.start)
    return Nil(key, said.entry, Interval.exact(0) if cells else width, None, text, cells,
               (st.paragraph, at, at + len(text)))


def own_period(report) -> str:
    """The period of the report's own figures in its tables: a budget's 预算, else the 决算."""
    return "预算" if report.type == "budget" else "决算"


def left_out(report, key: tuple, unit: str, name: str) -> Nil | None:
    """A part a change list leaves out, read as no change when a table prints its two years alike; else None."""
    cells = _alike(report, key, own_period(report), unit, None)
    return Nil(key, name, Interval.exact(0), cells=cells) if cells else None


def _alike(report, key: tuple, period: str, unit: str, value: Interval | None) -> tuple[CellRef, ...]:
    """(last year's cell, this year's) of `key`'s rows when every row the tables print for it with both years prints
    them alike (and this year's agrees with `value` if given); () otherwise."""
    if not report.tables:
        return ()
    entry, scope = key
    if "/" in entry or ":" in entry:
        return ()
    found: tuple[CellRef, ...] = ()
    for r in lookup(report, ConceptRef(entry, scope, scope_source="concept"), period):
        if column_prior_kind(r.cell.column, report.year) is not None:
            continue
        current = value_interval(r, unit)
        if current is None or (value is not None and not _meets(current, value)):
            continue
        for p in row_priors(report, r, unit):
            if p.interval.mid != current.mid:          # '0.00' beside a blank (0) prints alike
                return ()
            found = found or (p.ref, r)
    return found


def _meets(a: Interval, b: Interval) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi
