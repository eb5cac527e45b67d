"""AR04's numbered lists on last year: the items' implied last-year figures add to no more than the whole's."""
from __future__ import annotations

from typing import Iterator

from finder import messages
from finder.checks.ar.common import bare
from finder.checks.ar.heads import listed_under
from finder.checks.ar.kind_lists import held_to, on_lines_after
from finder.checks.nt.common import head_changes
from finder.checks.nt.nt02_implied_prior import flat_on_prior
from finder.checks.registry import CheckOptions
from finder.link import evidence as E
from finder.link import groups as G
from finder.model import Claim, Finding
from finder.numbers.interval import Interval, Verdict, total

messages.add({
    "AR04.priors": {"zh": "“{whole}”{value}较上年{direction} {change}，推出上年数为 {wp}；其下所列各项按各自的变动推出的上年数之和为 "
                          "{pp}，大于总数的上年数（各项变动之和 {pd}，总数变动 {wd}）",
                    "en": "'{whole}' {value}, {direction} {change} on last year, implies last year's {wp}; the items listed "
                          "under it imply last-year figures adding to {pp}, more than that (their changes add to {pd}, "
                          "the whole's is {wd})"},
    "AR04.priors.item": {"zh": "上年{name} = {how} → {iv}", "en": "last year's {name} = {how} → {iv}"},
    "AR04.priors.flat": {"zh": "（与上年持平）", "en": " (unchanged)"},
    "AR04.priors.or": {"zh": "或", "en": "or"},
    "AR04.priors.bound": {"zh": "各项互不重叠（按编号分列），上年数均不为负：其上年数之和不应大于总数的上年数",
                          "en": "the items are disjoint (numbered apart) and none was negative last year: their last-year "
                                "figures add to no more than the whole's"},
})


def prior_lists(analysis, amounts: list[Claim], checked: set[int], opts: CheckOptions,
                own: tuple[str, ...] = ()) -> Iterator[Finding]:
    """A whole stating its change on last year and the items on the numbered lines after it (lone_parts' list:
    '收入总预算 T，同比减少 D。其中：' ⏎ '1、A a，同比减少 da。' ⏎ '2、B b，同比增加 db。' ⏎ '3、C 0，与上年持平。'):
    each item stating its own change (or 与上年持平) implies its last-year figure, and those, disjoint and none
    negative, add to no more than the whole's last year (T ∓ D), whether or not the list names every part.
    Items stating no change are left out of the sum (which only lowers it). A warning, the items being read as
    disjoint from their numbering."""
    priors = _priors(analysis)
    if not priors:
        return
    for at, whole in enumerate(amounts):
        if id(whole) not in checked or whole.approx or whole.id not in priors or priors[whole.id][1].abs is None:
            continue
        head = bare(whole.subject)
        listed = [c for c in listed_under(whole, amounts, at) if c.unit == whole.unit]
        if any(c.paragraph is whole.paragraph for c in listed):
            continue
        parts = [c for c in listed if on_lines_after(whole, c)
                 and held_to(whole, c, head, checked, own, by_concept=True) and c.id in priors]
        if not parts:
            continue
        wp, wch = priors[whole.id]
        pp = total([priors[c.id][0] for c in parts])
        if not pp.lo > wp.hi:
            continue
        yield _finding(whole, wch, parts, priors, wp, pp, opts)


def _priors(analysis) -> dict[str, tuple[Interval, G.Change]]:
    """Each figure's last year implied by its stated change on 上年 (or 与上年持平), once per report."""
    def build(a) -> dict[str, tuple[Interval, G.Change]]:
        out: dict[str, tuple[Interval, G.Change]] = {}
        for ch in head_changes(a, budget_value=True):
            if ch.base == "上年" and ch.abs is not None and not ch.abs.approx and G.sign(ch.direction):
                iv = _hull(ch.prior(), _by_rate(ch))
                if iv is not None:
                    out.setdefault(ch.value.id, (iv, ch))
        for c in flat_on_prior([c for c in a.claims if c.paragraph.role == "narrative"]):
            out.setdefault(c.id, (c.interval.clamp_nonneg(), G.Change(c, None, None, "上年")))
        return out

    return analysis.memo("ar.prior_lists", build)


def _by_rate(ch: G.Change) -> Interval | None:
    """Last year by the change's rate, when printed: value ÷ (1 ± rate)."""
    if ch.pct is None or ch.pct.approx or ch.pct.unit != "%":
        return None
    r = ch.pct.interval
    lo, hi = (r.lo, r.hi) if G.sign(ch.direction) > 0 else (-r.hi, -r.lo)
    factor = Interval(1 + lo / 100, 1 + hi / 100)
    return None if factor.lo <= 0 else (ch.value.interval / factor).clamp_nonneg()


def _hull(a: Interval | None, b: Interval | None) -> Interval | None:
    """Last year as the amount and the rate give it, both: a figure whose rate and amount disagree (AR02's) is
    taken at either, so the sum stays a sure bound."""
    if a is None or b is None:
        return a or b
    return Interval(min(a.lo, b.lo), max(a.hi, b.hi))


def _how(ch: G.Change, lang: str) -> str:
    if ch.abs is None:
        return f"{E.shown(ch.value)}{messages.msg('AR04.priors.flat', lang)}"
    how = f"{E.shown(ch.value)} {'−' if G.sign(ch.direction) > 0 else '+'} {E.shown(ch.abs)}"
    if _by_rate(ch) is None:
        return how
    return f"{how} {messages.msg('AR04.priors.or', lang)} {E.shown(ch.value)} ÷ (1 {'+' if G.sign(ch.direction) > 0 else '−'} {E.shown(ch.pct)}%)"


def _delta(ch: G.Change) -> Interval:
    if ch.abs is None:
        return Interval(0, 0)
    a = ch.abs.interval.clamp_nonneg()
    return a if G.sign(ch.direction) > 0 else Interval(-a.hi, -a.lo)


def _finding(whole: Claim, wch: G.Change, parts: list[Claim], priors: dict, wp: Interval, pp: Interval,
             opts: CheckOptions) -> Finding:
    lang = opts.lang
    pd, wd = total([_delta(priors[c.id][1]) for c in parts]), _delta(wch)
    lines = [messages.msg("AR04.priors.item", lang, name=x.subject, how=_how(ch, lang), iv=str(iv))
             for x, (iv, ch) in [(whole, priors[whole.id]), *((c, priors[c.id]) for c in parts)]]
    quoted = [c for p in parts for c in priors[p.id][1].claims()]
    return Finding(
        check="AR04", severity="warning",
        message=messages.msg("AR04.priors", lang, whole=whole.subject, value=E.shown(whole), direction=wch.direction,
                             change=E.shown(wch.abs), wp=E.in_printed_unit(wp, whole), pp=E.in_printed_unit(pp, whole),
                             pd=str(pd), wd=str(wd)),
        evidence=[E.claim_evidence(wch.claims()), *(E.claim_evidence(priors[p.id][1].claims(), role="context")
                                                    for p in parts)],
        computation=messages.steps(*lines, f"Σ → {pp} > {wp}", messages.msg("AR04.priors.bound", lang),
                                   messages.verdict(Verdict.CONTRADICTED)),
        claims=[c.id for c in wch.claims()] + [c.id for c in quoted], args={"verdict": Verdict.CONTRADICTED.value})
