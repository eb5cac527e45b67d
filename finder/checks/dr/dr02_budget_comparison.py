"""DR02: "决算数小于预算数" (大于, 持平…) while the 决算 and 预算 figures stated just before say otherwise."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.analysis import claims_by_paragraph
from finder.checks.nt.common import SKIP_ROLES, severity
from finder.checks.registry import CheckOptions, register
from finder.checks.tx.common import evidence, sentence_at, sentences
from finder.claims.vocab import find_concepts
from finder.link import evidence as E
from finder.link import groups as G
from finder.model import Claim, Finding, Paragraph
from finder.numbers.interval import Interval, compare

messages.add({
    "DR02": {"zh": "文中称“{said}”，但{basis}，实为{truth}",
             "en": "the text says '{said}' but {basis}: {truth}"},
    "DR02.diff": {"zh": "文中称“{said}”，按决算数减去（加上）该差额推出的预算，所述“{shown}”应在 {computed} 之内",
                  "en": "'{said}': the budget implied by the stated difference makes '{shown}' {computed}"},
    "DR02.1": {"zh": "决算 > 预算", "en": "actual > budget"},
    "DR02.-1": {"zh": "决算 < 预算", "en": "actual < budget"},
    "DR02.0": {"zh": "决算 = 预算", "en": "actual = budget"},
    "DR02.basis.rate": {"zh": "所述完成率 {rate}%（{iv}）", "en": "the stated completion rate is {rate}% ({iv})"},
    "DR02.comp.rate": {"zh": "{rate}% → {iv}，与 100% 比较", "en": "{rate}% → {iv}, compared with 100%"},
    "DR02.basis.change": {"zh": "所述决算数比预算数{direction} {change}",
                          "en": "the actual is stated as {direction} {change} on the budget"},
    "DR02.comp.change": {"zh": "比预算{direction} {change} → {iv}，不含 0", "en": "{direction} {change} on the budget → {iv}, excludes 0"},
    "DR02.basis.both": {"zh": "所述决算数 {actual}、预算数 {budget}", "en": "the stated actual is {actual}, the budget {budget}"},
    "DR02.comp.both": {"zh": "决算 {actual} → {aiv}；预算 {budget} → {biv}", "en": "actual {actual} → {aiv}; budget {budget} → {biv}"},
    "DR02.comp": {"zh": "{computation}：{relation}；文中“{said}”", "en": "{computation}: {relation}; the text says '{said}'"},
    "DR02.comp.budget": {"zh": "预算 = {actual} {op} {diff} → {iv}", "en": "budget = {actual} {op} {diff} → {iv}"},
    "DR02.comp.stated_budget": {"zh": "文中预算 {shown} → {iv}", "en": "text, budget {shown} → {iv}"},
    "DR02.comp.rate_of": {"zh": "{actual} ÷ 预算 × 100 → {computed}%", "en": "{actual} ÷ budget × 100 → {computed}%"},
})
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class _Spec:
    rx: regex.Pattern
    signs: dict[str, int]


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    d = lexicon.load("directions")["budget_comparison"]
    alt = lexicon.alternation
    signs = {w: int(s) for w, s in d["words"].items()} | {w: 0 for w in d["flat"]}
    rx = regex.compile(rf"(?:{alt(d['actual'])})\s*(?:(?P<w>{alt(d['words'])})\s*(?:{alt(d['budget'])})"
                       rf"|与\s*(?:{alt(d['budget'])})\s*(?:相比\s*)?(?P<w>{alt(d['flat'])}))")
    return _Spec(rx, signs)


@register("DR02", name="budget-comparison-conflict", groups=("core", "direction"), kind="change_direction")
def budget_comparison_conflict(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文中“决算数大于/小于预算数”“与预算数持平”与所述决算数、预算数（或完成率）不符。

    **Why it matters**
    The sentence explains an over- or under-spend that the figures show did not happen.
    A completion rate of a budget that may be zero (预算为0万元) is undefined; the stated 决算 and
    预算 amounts are compared instead. With neither a rate nor both amounts, a stated change on the budget
    fixes the order ('决算为 4.00 万元，比预算减少 1.00 万元。决算数大于预算数' cannot be).

    **Anti-pattern**
    1,511.89 is more than 1,460.05, so the spending exceeded the budget:

    .. code-block:: text

        行政运行（项）年初预算为 1460.05 万元，支出决算为 1511.89 万元。决算数小于预算数的主要原因：人员变化。

    **Best practice**

    .. code-block:: text

        行政运行（项）年初预算为 1560.05 万元，支出决算为 1511.89 万元。决算数小于预算数的主要原因：人员变化。
    """
    by_par = claims_by_paragraph(analysis)
    spec = _spec()
    for p in analysis.report.paragraphs:
        if p.role in SKIP_ROLES or not (claims := by_par.get(id(p))):
            continue
        floor, starts = 0, [a for a, _ in sentences(p.text)]
        for m in spec.rx.finditer(p.text):
            lo = _window_start(starts, m.start(), floor)
            near = _of_named(p.text, m.start(), [c for c in claims if floor <= c.start and c.end <= m.start()],
                             [c for c in claims if lo <= c.start and c.end <= m.start()])
            floor = m.end()
            said = spec.signs[m.group("w")]
            diff = next((c for c in claims if 0 <= c.start - m.end() <= 2 and c.unit == "万元"), None)
            found = _judge(p, m, said, near, opts)
            if found is None and diff is not None and said:
                found = _judge_difference(p, m, said, diff, near, opts)
            if found is not None:
                yield found


def _of_named(text: str, at: int, before: list[Claim], near: list[Claim]) -> list[Claim]:
    """The figures of the concept the comparison's own sentence names before it ('“三公”经费支出决算数
    大于预算数'): those of the window when it states that concept, else the paragraph's latest ones
    of it (the 三公 total's rate stated before a 其中 list of its parts, whose 因公出国 rate 0% is
    no reading of the total); the window as it is when the sentence names no concept or no figure
    of it is stated before."""
    a = sentence_at(text, at)[0]
    named = [cid for _, end, cid in find_concepts(text, a, at) if end <= at]
    if not named:
        return near
    own = [c for c in near if c.concept == named[-1]]
    if own:
        return own
    earlier = [c for c in before if c.concept == named[-1]]
    return earlier or near


def _window_start(sentence_starts: list[int], at: int, floor: int) -> int:
    """The figures a comparison speaks of: those of its own sentence and the one before it, and none
    before an earlier comparison."""
    starts = [a for a in sentence_starts if a <= at]
    return max(floor, starts[-2] if len(starts) >= 2 else 0)


def _judge(p: Paragraph, m: regex.Match, said: int, near: list[Claim], opts: CheckOptions) -> Finding | None:
    rates = [c for c in near if c.kind == "completion" and c.unit == "%"]
    budgets = [c for c in near if c.kind == "amount" and c.period in G.BUDGET_PERIODS]
    actuals = [c for c in near if c.kind == "amount" and c.period == "决算"]
    if rates and budgets and budgets[-1].interval.lo <= 0 <= budgets[-1].interval.hi:
        rates = []      # a completion rate of a budget that may be zero is undefined: use the amounts
    if rates:
        rate = rates[-1]
        truth = _order(rate.interval, Interval.exact(HUNDRED))
        basis = messages.msg("DR02.basis.rate", opts.lang, rate=E.printed(rate), iv=str(rate.interval))
        used, single = [rate], len(rates) == 1
        computation = messages.msg("DR02.comp.rate", opts.lang, rate=E.printed(rate), iv=str(rate.interval))
    elif not (budgets and actuals) and _budget_changes(near):
        change = _budget_changes(near)[-1]
        truth = change.extra["sign"]
        basis = messages.msg("DR02.basis.change", opts.lang, direction=change.direction, change=E.printed(change))
        used, single = [change], len(_budget_changes(near)) == 1
        computation = messages.msg("DR02.comp.change", opts.lang, direction=change.direction, change=E.printed(change),
                                   iv=str(change.interval))
    elif budgets and actuals:
        budget, actual = budgets[-1], actuals[-1]
        if budget.unit != actual.unit:
            return None
        truth = _order(actual.interval, budget.interval)
        basis = messages.msg("DR02.basis.both", opts.lang, actual=E.printed(actual), budget=E.printed(budget))
        used, single = sorted([budget, actual], key=lambda c: c.start), len(budgets) == len(actuals) == 1
        computation = messages.msg("DR02.comp.both", opts.lang, actual=E.printed(actual), aiv=str(actual.interval),
                                   budget=E.printed(budget), biv=str(budget.interval))
    else:
        return None
    if truth is None or truth == said:
        return None
    ev = [evidence(p, *sentence_at(p.text, m.start())), E.claim_evidence(used, role="reference")]
    relation = messages.msg(f"DR02.{truth}", opts.lang)
    return Finding(
        check="DR02", severity="error" if single else "warning",
        message=messages.msg("DR02", opts.lang, said=m.group(0), basis=basis, truth=relation),
        evidence=ev, computation=messages.msg("DR02.comp", opts.lang, computation=computation, relation=relation,
                                              said=m.group(0)),
        claims=[c.id for c in used], args={"said": said, "truth": truth})


def _budget_changes(near: list[Claim]) -> list[Claim]:
    """The stated changes on the budget that fix the order ('决算为 4.00 万元，比预算减少 1.00 万元'): a rise or a
    fall whose interval excludes 0."""
    return [c for c in near if c.kind == "change_abs" and c.extra.get("base_period") in G.BUDGET_PERIODS
            and c.extra.get("sign") in (1, -1) and c.interval.lo > 0]


def _judge_difference(p: Paragraph, m: regex.Match, said: int, diff: Claim, near: list[Claim],
                      opts: CheckOptions) -> Finding | None:
    """'完成年初预算100%，决算数大于预算数55.93万元': the budget implied by 决算 ∓ the stated difference
    must give the stated completion rate (or the stated 预算 figure)."""
    actuals = [c for c in near if c.kind == "amount" and c.period in G.CURRENT_PERIODS and c.unit == diff.unit]
    rates = [c for c in near if c.kind == "completion" and c.unit == "%"]
    budgets = [c for c in near if c.kind == "amount" and c.period in G.BUDGET_PERIODS and c.unit == diff.unit]
    if not actuals:
        return None
    actual = actuals[-1]
    budget_iv = actual.interval - diff.interval if said > 0 else actual.interval + diff.interval
    budget_step = messages.msg("DR02.comp.budget", actual=E.printed(actual), op="−" if said > 0 else "+",
                               diff=E.printed(diff), iv=str(budget_iv))
    if rates:
        rate = rates[-1]
        computed = G.percent_interval(actual.interval, budget_iv)
        if computed is None:
            return None
        verdict, reported, shown = compare(rate.interval, computed), rate, f"{E.printed(rate)}%"
        computed_text = f"{computed}%"
        detail = messages.steps(budget_step, messages.msg("DR02.comp.rate_of", actual=E.printed(actual), computed=str(computed)),
                                messages.stated("text", shown, rate.interval))
    elif budgets:
        budget = budgets[-1]
        verdict, reported = compare(budget.interval, budget_iv), budget
        shown, computed_text = E.printed(budget), str(budget_iv)
        detail = messages.steps(budget_step, messages.msg("DR02.comp.stated_budget", shown=shown, iv=str(budget.interval)))
    else:
        return None
    sev = severity(verdict, certain=len(actuals) == 1 and len(rates or budgets) == 1)
    if sev is None:
        return None
    return Finding(
        check="DR02", severity=sev,
        message=messages.msg("DR02.diff", opts.lang, said=p.text[m.start():diff.end], shown=shown,
                             computed=computed_text),
        evidence=[evidence(p, *sentence_at(p.text, m.start())),
                  E.claim_evidence(sorted([actual, reported], key=lambda c: c.start), role="reference")],
        computation=f"{detail}；{messages.verdict(verdict)}", claims=[actual.id, reported.id, diff.id],
        args={"verdict": verdict.value})


def _order(a: Interval, b: Interval) -> int | None:
    """+1 / -1 when every value of `a` lies above / below every value of `b`; 0 when both are the
    same exact value; None when the rounding leaves the order open."""
    if a.lo > b.hi:
        return 1
    if a.hi < b.lo:
        return -1
    if a.lo == a.hi == b.lo == b.hi:
        return 0
    return None
