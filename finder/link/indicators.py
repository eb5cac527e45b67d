"""Matching prose to indicator rows: fuzzy on wording (character bigrams), exact on numbers."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence, TypeVar

import regex

from finder.appendix.model import Indicator
from finder.appendix.text import Stated
from finder.numbers.interval import Interval

MATCH = 0.5      # below this two names are different indicators
STRONG = 0.7     # at or above this a contradiction is certain enough to be an error

_NOISE = regex.compile(r"[\s\p{P}\p{S}]+")
T = TypeVar("T")


@lru_cache(maxsize=1 << 14)
def normalize(name: str) -> str:
    """Drop spaces, punctuation and symbols: '《瓷越千年展》成功举办率' -> '瓷越千年展成功举办率'."""
    return _NOISE.sub("", name or "")


def bigrams(s: str) -> list[str]:
    """A name's character pairs ('培训人次' -> 培训, 训人, 人次); a one-character name is itself."""
    return [s[i:i + 2] for i in range(len(s) - 1)] or ([s] if s else [])


@lru_cache(maxsize=1 << 14)
def _profile(name: str) -> tuple[str, dict[str, int], int]:
    """A name once for every comparison: normalised, its bigram counts, how many bigrams."""
    n = normalize(name)
    grams = bigrams(n)
    counts: dict[str, int] = {}
    for g in grams:
        counts[g] = counts.get(g, 0) + 1
    return n, counts, len(grams)


@lru_cache(maxsize=1 << 16)
def similarity(a: str, b: str) -> float:
    """1.0 for equal names; 0.9 when one contains the other; else the larger of the bigram Dice
    coefficient and 0.85 × the share of the shorter name's bigrams found in the longer."""
    na, ca, la = _profile(a)
    nb, cb, lb = _profile(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    if na in nb or nb in na:
        return 0.9
    if len(ca) > len(cb):
        ca, cb = cb, ca
    common = 0                          # bigrams shared, with multiplicity
    for g, k in ca.items():
        other = cb.get(g)
        if other:
            common += k if k < other else other
    dice = 2 * common / (la + lb)
    contain = common / min(la, lb)
    return max(dice, 0.85 * contain)


def similarities(name: str, names: tuple[str, ...]) -> list[float]:
    """similarity(name, n) for each of `names`, the shared bigrams counted through an index of
    `names` (built once for a list that is matched against again and again, as a report's indicator
    names are against each of its explanation items) instead of one comparison per pair."""
    na, ca, la = _profile(name)
    if not na:
        return [0.0] * len(names)
    index = _bigram_index(names)
    common = [0] * len(names)
    for g, k in ca.items():
        for i, other in index.get(g, ()):
            common[i] += k if k < other else other
    out = []
    for i, n in enumerate(names):
        nb, _, lb = _profile(n)
        if not nb:
            out.append(0.0)
        elif na == nb:
            out.append(1.0)
        elif na in nb or nb in na:
            out.append(0.9)
        else:
            out.append(max(2 * common[i] / (la + lb), 0.85 * (common[i] / min(la, lb))))
    return out


@lru_cache(maxsize=8)
def _bigram_index(names: tuple[str, ...]) -> dict[str, list[tuple[int, int]]]:
    """bigram -> (position in `names`, how often that name holds it)."""
    index: dict[str, list[tuple[int, int]]] = {}
    for i, n in enumerate(names):
        for g, k in _profile(n)[1].items():
            index.setdefault(g, []).append((i, k))
    return index


@dataclass
class Match:
    indicator: Indicator
    score: float

    @property
    def strong(self) -> bool:
        return self.score >= STRONG


def best_match(name: str, indicators: Sequence[Indicator], near: int | None = None) -> Match | None:
    """The indicator whose name is most like `name` (ties: the nearest table before `near`)."""
    best: Match | None = None
    for ind, s in zip(indicators, similarities(name, tuple(ind.name for ind in indicators))):
        if s < MATCH:
            continue
        if best is None or s > best.score or (s == best.score and _closer(ind, best.indicator, near)):
            best = Match(ind, s)
    return best


def _closer(a: Indicator, b: Indicator, near: int | None) -> bool:
    if near is None:
        return False
    la, lb = a.table.location or 0, b.table.location or 0
    da = near - la if la <= near else 10 ** 9
    db = near - lb if lb <= near else 10 ** 9
    return da < db


def best_of(name: str, named: Sequence[tuple[str, T]]) -> tuple[T, float] | None:
    """Generic: the item of (name, item) pairs most like `name`, with its similarity."""
    scored = list(zip(similarities(name, tuple(n for n, _ in named)), (it for _, it in named)))
    scored = [x for x in scored if x[0] >= MATCH]
    if not scored:
        return None
    s, it = max(scored, key=lambda x: x[0])
    return it, s


# ----------------------------------------------------------------- numbers
def unit_category(unit: str) -> str:
    """'平米' -> 'count:area', '%' -> 'percent', '亿' -> 'money', '' -> ''."""
    from finder import lexicon

    u = lexicon.load("units")
    unit = unit.replace("％", "%")
    if unit in u["percent"]:
        return "percent"
    if unit in u["money"]:
        return "money"
    if unit in u["count"]:
        return f"count:{u['count'][unit]}"
    return ""


def compatible(stated: Stated, indicator: Indicator) -> bool:
    """A stated number can be the indicator's value: same kind of unit (a row without a unit
    takes any count)."""
    row = unit_category(indicator.unit)
    if not row:
        return stated.category.startswith("count:")
    return stated.category == row


def in_row_units(stated: Stated, indicator: Indicator) -> Interval:
    """The stated interval converted to the row's unit (money only; counts and % unchanged)."""
    if stated.category != "money":
        return stated.interval
    from finder import lexicon
    from decimal import Decimal

    money = lexicon.load("units")["money"]
    row_scale = Decimal(str(money.get(indicator.unit, 1)))
    return stated.interval.scale(stated.scale / row_scale)
