"""Relations between claims of one statement: groups, current value, change, implied prior value."""
from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from finder import lexicon
from finder.claims import vocab
from finder.claims.period_words import ahead_periods, base_kind, period_in
from finder.claims.patterns import BUDGET_PERIODS, CURRENT_PERIODS  # noqa: F401 - checks read them from here
from finder.link.concepts import cells
from finder.link.evidence import clause_span
from finder.model import Claim
from finder.numbers.interval import ZERO, Interval, Verdict, compare

PRIOR_PERIODS = ("上年",)
RATE_KINDS = ("share", "completion", "ratio")


@lru_cache(maxsize=1)
def _points() -> frozenset[str]:
    """The units of a change printed in percentage points (appendix.yml percent_points)."""
    return frozenset(lexicon.load("appendix")["percent_points"])


def in_points(c: Claim) -> bool:
    """A change printed in percentage points: the difference of two rates, never an amount's rate of change."""
    return c.kind == "change_pct" and c.unit in _points()


def sign(direction: str | None) -> int | None:
    """+1 / -1 / 0 for a direction word; None when it is not a direction."""
    if not direction:
        return None
    table = cells()["direction_sign"]
    if direction in table:
        return int(table[direction])
    for word, s in sorted(table.items(), key=lambda kv: -len(kv[0])):
        if word in direction:
            return int(s)
    return None


def flat_words() -> list[str]:
    """Printed forms of 持平 (directions.yml of the claims stage), else this lexicon's words."""
    try:
        from finder import lexicon
        words = lexicon.load("directions")["directions"].get("持平", [])
    except (ValueError, KeyError, TypeError):
        words = []
    return list(words) or [w for w, s in cells()["direction_sign"].items() if s == 0]


def flat_after(c: Claim) -> bool:
    """The claim is said to be unchanged: direction 持平, or a 持平 word later in its clause
    ("0.00 万元，与上年持平")."""
    if sign(c.direction) == 0:
        return True
    text = c.paragraph.text
    stop = min([i for i in (text.find(x, c.end) for x in "；。") if i >= 0] or [len(text)])
    tail = text[c.end:stop]
    return any(w in tail for w in flat_words()) and not any(ch.isdigit() for ch in tail)


def group_key(c: Claim) -> tuple:
    g = c.extra.get("group")
    if g is not None:
        return ("g", g)
    return ("s", c.paragraph.index, id(c.paragraph), c.sentence, c.subject)


def groups(claims: Iterable[Claim]) -> "OrderedDict[tuple, list[Claim]]":
    out: OrderedDict[tuple, list[Claim]] = OrderedDict()
    for c in claims:
        out.setdefault(group_key(c), []).append(c)
    return out


def current_amount(group: list[Claim], kind: str | None = None) -> Claim | None:
    """The group's value for the report year (本年 / 决算), not a budget or prior figure; with `kind`, of
    that kind only."""
    for c in group:
        if c.kind in ((kind,) if kind else ("amount", "count")) and c.period in CURRENT_PERIODS:
            return c
    return None


def _current_score(group: list[Claim], changes: list[Claim]) -> Claim | None:
    """The report year's score a change in points of score is of ('得分 99 分，较上年提高 2 分')."""
    if not all(c.kind == "change_abs" and c.unit == "分" for c in changes):
        return None
    return current_amount(group, "score")


def amount_for_period(group: list[Claim], period: str) -> Claim | None:
    for c in group:
        if c.kind == "amount" and c.period == period:
            return c
    return None


@dataclass
class Change:
    """One stated change: value V, change A (and/or P), base period and direction."""

    value: Claim
    abs: Claim | None
    pct: Claim | None
    base: str
    stated_prior: Claim | None = None    # '比上年的 114.14 万元增长 7.39%': the base printed in the clause

    @property
    def direction(self) -> str | None:
        for c in (self.abs, self.pct):
            if c is not None and c.direction:
                return c.direction
        return None

    def prior(self, sign_: int | None = None) -> Interval | None:
        """Base value implied by V and A: V - A for an increase, V + A for a decrease."""
        s = sign(self.direction) if sign_ is None else sign_
        v = self.value.interval
        if s == 0:
            return v
        if self.abs is None or s is None:
            return None
        a = self.abs.interval
        return (v - a if s > 0 else v + a).clamp_nonneg()

    def claims(self) -> list[Claim]:
        return [c for c in (self.value, self.abs, self.pct) if c is not None]


def changes(group: list[Claim], budget_value: bool = False) -> list[Change]:
    """The changes a group states, each against its own base (上年 or a budget). With
    `budget_value`, a group stating only a budget figure ('工资福利支出预算 X 元，同比减少 A 元，下降
    P%' in a 部门预算) has that figure's change on 上年 too (for the rate, not for identities
    between report-year figures). A change printed right after a figure of a later year in its sentence
    ('下一年度预算安排 Y 万元，比本年减少 A 万元') is that figure's, which no table holds: unread."""
    out: list[Change] = []
    bases: OrderedDict[tuple[str, str], list[Claim]] = OrderedDict()
    on = ""
    for c in group:
        if c.kind in ("change_abs", "change_pct") and not in_points(c) and named_base(group, c) is None:
            on = footing(c, on)
            bases.setdefault((c.period or "上年", on, prior_kind(c)), []).append(c)
    for (base, restated, _), items in bases.items():
        if _of_later_year(group, items):
            continue
        changed = next((c.extra["changed_period"] for c in items if c.extra.get("changed_period")), None)
        if changed:                      # '年初预算数比上年增加 A 万元，增长 P%': of the 年初预算, where printed
            value = amount_for_period(group, changed)
        else:
            value = _adjusted_budget(group, items, base) or current_amount(group) or _current_score(group, items)
        if value is None and budget_value and base in PRIOR_PERIODS and not changed:
            value = next((c for c in group if c.kind == "amount" and c.period in BUDGET_PERIODS), None)
        if value is None:
            continue
        a = next((c for c in items if c.kind == "change_abs"), None)
        p = next((c for c in items if c.kind == "change_pct"), None)
        # a budget's change is on last year's budget ('上年年初预算'), no final account of 上年
        prior = printed_prior(group, value, a or p, base) if not restated else None
        out.append(Change(value, a, p, base + (changed or "") + restated, prior))
    return out


def prior_kind(c: Claim) -> str:
    """Which of last year's figures a change on 上年 is measured against: '预算' when its printed base names
    last year's budget (a budget period word of directions.yml periods after the year: '比上年预算减少 A 万元'),
    else '' (last year's actual: '比上年决算', '比上年实际支出', '较上年', '同比'). A sentence comparing one
    figure with both ('比上年预算减少 A 万元，下降 P%，比上年决算增加 B 万元，增长 Q%') states two changes,
    each rate on its own amount."""
    if (c.period or "上年") not in PRIOR_PERIODS:
        return ""
    kind = base_kind(str(c.extra.get("base_text") or ""))
    return "预算" if kind in BUDGET_PERIODS else ""


def footing(c: Claim, before: str = "") -> str:
    """The restated footing a change is printed on: a word of directions.yml budget_comparison restated or
    footing_words in its clause before it ('按同口径同比减少 A 万元', '可比下降 P%'); else, in a clause naming no base of its own ('，下降 P%'),
    `before`, the footing of the change before it in its group; else ''. Such a change is read with changes of its
    own footing only, on a base ('上年同口径') no check holds to last year's printed figure."""
    a = c.clause[0] if c.clause != (0, 0) else c.sentence[0]
    text = c.paragraph.text[a:c.start]
    m = _restated_re().search(text)
    if m:
        return m.group(0)
    v = vocab.load()
    return "" if any(w in text for w in (*v.base_markers, *v.same_period_words)) else before


@lru_cache(maxsize=1)
def _restated_re() -> "re.Pattern[str]":
    """The restated words, not negated ('增长--（基数为0，不可比）' says no rate is printed)."""
    d = lexicon.load("directions")
    words = [*(d["budget_comparison"].get("restated") or ()), *(d.get("footing_words") or ())]
    return re.compile(f"(?<![不无])(?:{lexicon.alternation(words)})")


def _of_later_year(group: list[Claim], items: list[Claim]) -> bool:
    """The last figure of the group printed before the change in its sentence is of a year after the report's."""
    first = min(items, key=lambda c: c.start)
    before = [c for c in group if c.kind == "amount" and c.paragraph is first.paragraph
              and c.sentence == first.sentence and c.start < first.start]
    return bool(before) and max(before, key=lambda c: c.start).period in ahead_periods()


def _adjusted_budget(group: list[Claim], items: list[Claim], base: str) -> Claim | None:
    """'全年预算数 135.00 万元，比年初预算增加 15.00 万元，增长 12.50%，全年执行数 131.40 万元': a change on one budget
    right after another budget figure of its sentence is that budget's (the year's adjustment), not the actual's."""
    first = min(items, key=lambda c: c.start)
    before = [c for c in group if c.kind == "amount" and c.paragraph is first.paragraph
              and c.sentence == first.sentence and c.start < first.start]
    last = max(before, key=lambda c: c.start) if before else None
    if last is not None and last.period == "预算" and base in cells().get("loose_budgets", []):
        return None      # '决算数 X，预算数 B，比年初预算数减少 A': the plain budget is the one named, no adjustment of it
    return last if last is not None and base in BUDGET_PERIODS and last.period in BUDGET_PERIODS \
        and last.period != base else None


def point_changes(group: list[Claim]) -> list[Change]:
    """Each change in points of a rate on 上年 whose sentence prints the rate before it and last year's rate
    ('预算执行率 95.00%，比上年提高 2 个百分点，上年预算执行率为 90.00%'; '…为 95.00%，上年为 90.00%，提高 2
    个百分点'; '…，较上年的 90.00% 提高 2 个百分点'): Change(this year's rate, the points as its amount, base 上年, last year's rate as its printed
    base), the points held against the difference of the two rates. Unread unless exactly one rate of the
    same item in the sentence is last year's (its clause names 上年 with no base marker before it, or it is
    the base printed in the change's own clause)."""
    out = []
    for p in (c for c in group if in_points(c) and c.period in PRIOR_PERIODS):
        rates = [c for c in group if c.kind in RATE_KINDS and c.unit == "%" and c.paragraph is p.paragraph
                 and c.sentence == p.sentence and c.direction is None and _same_item(c, p)]
        prior = [c for c in rates if of_prior_year(c) or _base_of(c, p)]
        now = [c for c in rates if c.start < p.start and c not in prior]
        if len(prior) == 1 and now:
            out.append(Change(max(now, key=lambda c: c.start), p, None, p.period, prior[0]))
    return out


def named_base(claims: list[Claim], c: Claim) -> Claim | None:
    """The figure a change names as its base instead of a period ('…，较年初结转和结余 B 万元增加 A 万元',
    '比本年收入合计 B 万元少 A 万元'): the one amount of its clause, printed right after a base marker and
    its own name, the change after it with no other figure between (a rate closing a clause of its own
    after such a change is on that base too); None for a change on a period."""
    if c.kind not in ("change_abs", "change_pct") or not c.extra.get("base_default"):
        return None
    text, a = c.paragraph.text, clause_span(c)[0]
    hits = [b for b in claims if b.kind == "amount" and b.paragraph is c.paragraph and a <= b.start < c.start]
    if not hits and c.kind == "change_pct":       # '…增加 A 万元，增长 P%': the rate of that change
        before = [x for x in claims if x.kind == "change_abs" and x.paragraph is c.paragraph
                  and x.sentence == c.sentence and x.start < c.start]
        return named_base(claims, max(before, key=lambda x: x.start)) if before else None
    if len(hits) != 1 or not hits[0].subject or hits[0].direction or any(ch.isdigit() for ch in text[hits[0].end:c.start]):
        return None
    b, lead = hits[0], "".join(text[a:hits[0].start].split())
    return b if any(lead == f"{m}{''.join(b.subject.split())}" for m in vocab.load().base_markers) else None


def named_base_changes(claims: list[Claim]) -> list[Change]:
    """Each change on a figure named in its sentence (named_base, both of one group): Change(the sentence's amount before the
    base's clause, the change, base = the base's name, stated_prior = the base's amount), held as a change
    on a printed base (V − B; (V ÷ B − 1) × 100). Unread unless that amount is of another item than the
    base, in the base's unit, of the report year, outside a reason."""
    out: list[Change] = []
    for c, b in ((c, named_base(g, c)) for g in groups(claims).values() for c in g):
        if b is None:
            continue
        a = clause_span(b)[0]
        before = [v for v in claims if v.kind == "amount" and v.paragraph is c.paragraph and v.sentence == c.sentence
                  and v.start < a and not v.direction and not v.extra.get("in_reason")]
        v = max(before, key=lambda x: x.start) if before else None
        if v is None or v.unit != b.unit or v.concept == b.concept or v.subject == b.subject or v.period not in CURRENT_PERIODS:
            continue
        same = [x for x in out if x.stated_prior is b]
        ch = same[0] if same else Change(v, None, None, b.subject, b)
        if c.kind == "change_abs" and ch.abs is None:
            ch.abs = c
        elif c.kind == "change_pct" and ch.pct is None and not in_points(c):
            ch.pct = c
        if not same:
            out.append(ch)
    return out


def _same_item(a: Claim, b: Claim) -> bool:
    return a.concept == b.concept if a.concept and b.concept else bool(a.subject) and a.subject == b.subject


def _base_of(c: Claim, p: Claim) -> bool:
    """The rate is printed as the base of the change in points, in its clause ('较上年的 P0% 提高 d 个百分点')."""
    a = clause_span(p)[0]
    return a <= c.start < p.start and clause_span(c)[0] == a and of_prior_year(c, marked=True)


def of_prior_year(c: Claim, marked: bool = False) -> bool:
    """The rate's own clause names last year before it ('上年预算执行率为 P%', '上年为 P%'), not as a base
    ('比上年提高至 P%') unless `marked` (the rate is a change's printed base)."""
    text, a = c.paragraph.text, clause_span(c)[0]
    period, pos = period_in(text, a, c.start, vocab.find_concepts(text, a, c.start))
    return period in PRIOR_PERIODS and (marked or not any(text[a:pos].endswith(m) for m in vocab.load().base_markers))


def printed_prior(group: list[Claim], value: Claim, change: Claim | None, base: str) -> Claim | None:
    """The base amount printed in the change's sentence before it: last year's after the value ('本年 X
    万元，比上年的 B 万元增长 P%', '…，比上年（B 万元）增加 A 万元', '…，上年为 B 万元，增加 A 万元'), a budget
    anywhere before it ('年初预算为 B 万元，支出决算为 X 万元，决算数比年初预算数增加 A 万元'); the nearest
    amount of the base period before the change (its amount, else its rate), in the value's unit. Last
    year's may also close the sentence ('本年 X 万元，比上年增加 A 万元，上年为 B 万元'; '上年无此项支出',
    read as 0): then the first such amount after the change, outside a reason given for it."""
    if change is None or (base not in PRIOR_PERIODS and base not in BUDGET_PERIODS):
        return None
    kind = "score" if value.kind == "score" else "amount"     # '99 分，上年为 97 分，提高 2 分'
    hits = [c for c in group if c.kind == kind and c.period == base and c is not value
            and c.paragraph is change.paragraph and c.sentence == change.sentence
            and value.paragraph is change.paragraph and c.unit == value.unit
            and (base not in PRIOR_PERIODS or value.start < c.start)]
    if not hits and base in cells().get("loose_budgets", []):
        # '决算数 X，预算数为 B，比年初预算数减少 A': the sentence's one plain budget figure, printed before the
        # change, is the budget it names (a table's plain 预算数 column is read so too: cells.yml loose_budgets)
        plain = [c for c in group if c.kind == kind and c.period == "预算" and c is not value
                 and c.paragraph is change.paragraph and c.sentence == change.sentence
                 and value.paragraph is change.paragraph and c.unit == value.unit and c.start < change.start]
        hits = plain if len(plain) == 1 else []
    before = [c for c in hits if c.start < change.start]
    if before:
        if base in PRIOR_PERIODS and len({str(c.interval) for c in before}) > 1:
            return None      # two of last year's figures before it ('执行数 a，预算 b，比执行数增加 P%'): either
        return max(before, key=lambda c: c.start)
    after = [c for c in hits if base in PRIOR_PERIODS and not c.extra.get("in_reason")]
    return min(after, key=lambda c: c.start) if after else None


def prior_beside(group: list[Claim], value: Claim) -> Claim | None:
    """Last year's amount printed after `value` in its sentence when the group states no change on 上年
    ('X 万元，上年为 B 万元'; '上年无此项支出', a 0): the figure's prior as printed, outside a reason."""
    if any(c.kind in ("change_abs", "change_pct") and c.period in PRIOR_PERIODS for c in group):
        return None
    return next((c for c in group if c.kind == "amount" and c.period in PRIOR_PERIODS and c.unit == value.unit
                 and c.paragraph is value.paragraph and c.sentence == value.sentence and c.start > value.end
                 and not c.extra.get("in_reason")), None)


def base_words(ch: Change) -> str:
    """How a computation names the printed base: 上年数, 年初预算数…"""
    return f"{ch.base}数"


def read_apart(ch: Change) -> bool:
    """The change was read on a figure printed in an earlier paragraph (claims.regroup figure_before): what it
    implies is a warning at most."""
    return any(c.extra.get("figure_before") for c in (ch.abs, ch.pct) if c is not None)


def carried_after_list(ch: Change) -> bool:
    """The change opens a later sentence and names no subject, after a figure listed under a 其中 head ('…，其中：
    A a，B b。比上年减少 D，下降 P%'): read on the list's last item, it may be the head's too (head_reading takes the
    head only when the head alone fits), so what it implies is a warning at most; so too when the claims stage
    read it on the list's head (extra 'after_list'), its subject unprinted."""
    v = ch.value
    first = next((c for c in (ch.abs, ch.pct) if c is not None), None)
    if first is not None and first.extra.get("after_list"):
        return True                     # claims read it on the list's head (extract._list_head)
    if first is None or not v.extra.get("whole_head") or first.paragraph is not v.paragraph \
            or first.sentence == v.sentence:
        return False
    return first.subject.replace(" ", "") not in first.paragraph.text[first.sentence[0]:first.start].replace(" ", "")


def abs_on_printed_prior(ch: Change) -> bool:
    """The change's amount can be recomputed from its value and the base printed beside it (V − B), all
    three in one unit (a change in points of two rates in %) and the direction known."""
    return ch.abs is not None and ch.stated_prior is not None \
        and (ch.abs.unit == ch.value.unit or in_points(ch.abs)) and sign(ch.direction) not in (None, 0)


def head_reading(claims: list[Claim], ch: Change) -> Change:
    """The change as the text means it: on the 其中 list's head instead of its last item when only
    the head fits ('总预算 X，其中：基本支出 a，项目支出 b，同比增加 A，增长 P%' — A and P are X's; '…，其中
    基本支出 a、项目支出 b，较年初预算 B 增加 A' — A is X − B), or on the figure a purpose clause's amount
    pays for ('项目支出 X，主要用于 A a，较上年增加 A，增长 P%'). The head is its figure of the item's period, or,
    with a base printed beside the change, of any period but last year's (a budget's parts printing none)."""
    head = str(ch.value.extra.get("whole_head") or ch.value.extra.get("purpose_of") or "")
    if not head or _fits(ch) is not False:
        return ch
    v = ch.value
    amount = next((c for c in claims if c.kind == "amount" and c.paragraph is v.paragraph and c.sentence == v.sentence
                   and c.start < v.start and c.subject == head
                   and (c.period == v.period or ch.stated_prior is not None and c.period not in PRIOR_PERIODS)), None)
    if amount is None:
        return ch
    alt = Change(amount, ch.abs, ch.pct, ch.base, ch.stated_prior)
    return alt if _fits(alt) else ch


def _fits(ch: Change) -> bool | None:
    """Every figure of the change agrees with its value: the rate with the amount (P on A), the amount
    with the base printed beside it (A = V − B), a rate alone with that base; None when nothing is read."""
    tests = []
    if ch.abs is not None and ch.pct is not None:
        computed = pct_change(ch, sign(ch.abs.direction or ch.direction))
        tests.append(computed is not None and compare(ch.pct.interval, computed) == Verdict.CONSISTENT)
    s = sign(ch.direction)
    if abs_on_printed_prior(ch):
        tests.append(compare(ch.abs.interval, (ch.value.interval - ch.stated_prior.interval).scale(s))
                     == Verdict.CONSISTENT)
    elif ch.abs is None and ch.pct is not None and ch.stated_prior is not None and s not in (None, 0):
        computed = rate_on_prior(ch.value.interval, ch.stated_prior.interval, s)
        tests.append(computed is not None and compare(ch.pct.interval, computed) == Verdict.CONSISTENT)
    return all(tests) if tests else None


def pct_change(change: Change, sign_: int | None = None) -> Interval | None:
    """A / prior x 100 over intervals; None when the prior interval touches 0 (undefined)."""
    if change.abs is None:
        return None
    s = sign(change.direction) if sign_ is None else sign_
    return rate_of_change(change.value.interval, change.abs.interval, s)


def rate_of_change(v: Interval, a: Interval, s: int | None) -> Interval | None:
    """A ÷ (V ∓ A) × 100 for an increase (s > 0) or a decrease; None when the base may be 0. A fall's rate
    A ÷ (V + A) rises with A and falls with V, so its bounds are taken at (A.lo, V.hi) and (A.hi, V.lo):
    A read once, not once in the numerator and again in the base."""
    if s is None:
        return None
    prior = v if s == 0 else (v - a if s > 0 else v + a).clamp_nonneg()
    if prior.lo <= ZERO:
        return None
    if s < 0 and a.lo >= ZERO:
        v = v.clamp_nonneg()
        return Interval(a.lo * 100 / (v.hi + a.lo), a.hi * 100 / (v.lo + a.hi))
    return a.percent_of(prior)


def rate_on_prior(v: Interval, b: Interval, s: int | None) -> Interval | None:
    """(V ÷ B − 1) × 100 signed by the direction (a fall of 5% is +5 when s < 0); None when B may be 0."""
    if not s or b.lo <= ZERO:
        return None
    r = (v.clamp_nonneg() / b).scale(100) - Interval.exact(100)
    return r if s > 0 else -r


def percent_interval(part: Interval, whole: Interval) -> Interval | None:
    if whole.lo <= ZERO:
        return None
    return part.clamp_nonneg().percent_of(whole)


def budget_for(group: list[Claim], comp: Claim) -> Claim | None:
    """The budget figure a completion rate is measured against: the base it prints inline ('占年计划
    100500万元的112.29%', extra.base_number), else its own period's figure (预算, 年度计划…), else
    any budget figure of the group."""
    inline = inline_base(group, comp)
    if inline is not None:
        return inline
    if comp.period not in CURRENT_PERIODS:
        hit = amount_for_period(group, comp.period)
        if hit is not None:
            return hit
    for p in BUDGET_PERIODS:
        hit = amount_for_period(group, p)
        if hit is not None:
            return hit
    return None


def inline_base(group: list[Claim], comp: Claim) -> Claim | None:
    """The amount printed between the base word and the rate ('完成预算27万元的63.2%'): the claim of
    the group that reads comp.extra['base_number'] in the same clause, before the rate."""
    num = comp.extra.get("base_number")
    if not num:
        return None
    a = comp.clause[0] if comp.clause != (0, 0) else comp.start - 40
    hits = [c for c in group if c.kind == "amount" and c.paragraph is comp.paragraph and a <= c.start < comp.start
            and c.raw_number == num]
    return max(hits, key=lambda c: c.start) if hits else None


def completion_interval(group: list[Claim], comp: Claim, claims: list[Claim] | None = None
                        ) -> tuple[Claim, Claim, Interval] | None:
    """(actual, budget, actual ÷ budget × 100) for a completion rate, None when not computable; with
    `claims`, an actual printed outside the rate's statement may stand in (stand_in_actual)."""
    budget = budget_for(group, comp)
    actual = current_amount(group, budget.kind if budget is not None else None)   # an amount's rate: no count
    if actual is None and budget is not None and claims is not None:
        actual = stand_in_actual(claims, comp, budget)
    if actual is None or budget is None or actual is comp:
        return None
    computed = percent_interval(actual.interval, budget.interval)
    return (actual, budget, computed) if computed is not None else None


def stand_in_actual(claims: list[Claim], comp: Claim, budget: Claim) -> Claim | None:
    """The actual of a completion rate whose statement prints only the budget: the nearest report-year
    amount of the same concept earlier in the paragraph, else the total that equals it when the
    paragraph names no carry-over (lexicons/arith.yml stand_ins: 支出总计 for 本年支出合计)."""
    from finder import lexicon
    from finder.link.concepts import key_of

    key = key_of(comp)
    if key is None:
        return None
    before = [c for c in claims if c.kind == "amount" and c.period in CURRENT_PERIODS
              and c.paragraph is comp.paragraph and c.start < budget.start]
    same = [c for c in before if key_of(c) == key]
    if same:
        return max(same, key=lambda c: c.start)
    rule = lexicon.load("arith").get("stand_ins", {}).get(key[0])
    if not rule or any(w in comp.paragraph.text for w in rule.get("unless", [])):
        return None
    totals = [c for c in before if key_of(c) == (rule["total"], key[1])
              or (key_of(c) == (rule["total"], "all") and _scoped_by_list(before, c, key[1]))]
    return max(totals, key=lambda c: c.start) if totals else None


def _scoped_by_list(before: list[Claim], c: Claim, scope: str) -> bool:
    """'财政拨款收入总计 X 万元，支出总计 Y 万元': a total printed without a scope word right after one of
    `scope` in the same sentence shares that scope."""
    from finder.link.concepts import key_of

    prev = [o for o in before if o.sentence == c.sentence and o.start < c.start]
    return bool(prev) and (key_of(max(prev, key=lambda o: o.start)) or ("", ""))[1] == scope


def base_label(ch: Change) -> str:
    """The base as the sentence prints it ('与2021年度预算' -> 较2021年度预算, '同比'), else the
    base period's label (较上年); a year equal to the report year is never turned into 较本年."""
    printed = "".join(str(ch.pct.extra.get("base_text") if ch.pct else "")
                      .split()) or "".join(str(ch.abs.extra.get("base_text") if ch.abs else "").split())
    v = vocab.load()
    if printed in v.same_period_words:
        return printed
    for marker in sorted(v.base_markers, key=len, reverse=True):
        if printed.startswith(marker) and printed[len(marker):]:
            return f"较{printed[len(marker):]}"
    return f"较{ch.base}"
