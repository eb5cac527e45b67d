"""Ratios to last year: '本年 V，是上年（B）的 R 倍' / '为上年的 R%', and the base each is of."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import vocab
from finder.claims.patterns import NUMBER_RE, units
from finder.link import evidence as E
from finder.link import groups as G
from finder.model import Claim
from finder.numbers.interval import Interval


@dataclass(frozen=True)
class PriorRatio:
    """A ratio of this year's figure to last year's: the ratio claim, the figure, and the base it is of
    (last year's amount printed in the sentence, or the figure less its change on 上年)."""

    ratio: Claim
    value: Claim
    base: Interval
    operands: tuple[Claim, ...]     # the claims the base is computed from (B, or V and A)
    formula: str                    # how the ratio is recomputed, as printed


@lru_cache(maxsize=1)
def _link_re() -> "regex.Pattern[str]":
    """'是上年的', '为上年 120.00 万元的' ending the text before a ratio (directions.yml prior_ratio_links)."""
    v = vocab.load()
    links = lexicon.alternation(lexicon.load("directions").get("prior_ratio_links") or ())
    priors = lexicon.alternation(w for w, p in v.period_of.items() if p in G.PRIOR_PERIODS)
    money = lexicon.alternation(u.printed for u in units() if u.family == "money")
    return regex.compile(rf"(?:{links})\s*(?:{priors})\s*(?:{NUMBER_RE.pattern}\s*(?:{money}))?\s*的\s*$")


def of_prior(c: Claim) -> bool:
    """The ratio is printed as one of last year's figure ('是上年的 2.5 倍')."""
    text = c.paragraph.text
    return c.kind == "ratio" and bool(_link_re().search(text, max(c.sentence[0], c.start - 40), c.start))


def prior_ratios(group: list[Claim]) -> list[PriorRatio]:
    """Each ratio to last year in a group that states this year's figure and, in the ratio's sentence, last
    year's amount or this year's change on it: the ratio is V ÷ B × 100 (B = V ∓ A for a change)."""
    out = []
    value = G.current_amount(group, "amount")
    if value is None:
        return out
    for r in (c for c in group if of_prior(c) and c.sentence == value.sentence and c.paragraph is value.paragraph):
        printed = G.printed_prior(group, value, r, "上年")
        if printed is not None:
            out.append(PriorRatio(r, value, printed.interval, (printed,), f"{E.printed(value)} ÷ {E.printed(printed)}"))
            continue
        changes = [c for c in group if c.kind == "change_abs" and c.period in G.PRIOR_PERIODS
                   and c.sentence == r.sentence and c.paragraph is r.paragraph and not G.in_points(c)]
        if len(changes) != 1:
            continue
        base = G.Change(value, changes[0], None, "上年").prior()
        if base is not None:
            a, s = changes[0], G.sign(changes[0].direction)
            out.append(PriorRatio(r, value, base, (changes[0],),
                                  f"{E.printed(value)} ÷ ({E.printed(value)} {'−' if s > 0 else '+'} {E.printed(a)})"))
    return out
