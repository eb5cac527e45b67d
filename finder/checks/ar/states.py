"""AR04's state lists: a total and the counts of it in each state ('共发现问题 N 个，已经完成整改的 a 个，正在整改的 b 个')."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from finder import lexicon
from finder.checks.ar.common import bare, words_before
from finder.model import Claim


@lru_cache(maxsize=1)
def _spec() -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]:
    d = lexicon.load("arith").get("state_lists") or {}
    return (tuple(d.get("totals", ())), tuple(d.get("not_totals", ())),
            tuple(tuple(sorted(words, key=len, reverse=True)) for words in (d.get("states") or {}).values()))


def _state(c: Claim) -> int | None:
    """The state (its index in arith.yml state_lists states) a count's clause opens with, for a clause
    naming its figure by that state alone ('已经完成整改的 6 个': words ending with 的 right before it)."""
    words = bare(words_before(c))
    if not words.endswith("的"):
        return None
    return next((i for i, ws in enumerate(_spec()[2]) if words.startswith(ws)), None)


def _is_total(c: Claim) -> bool:
    words = bare(words_before(c))
    for w in _spec()[1]:
        words = words.replace(w, "")
    return any(w in words for w in _spec()[0])


def state_lists(claims: list[Claim], checked: set[int]) -> Iterator[tuple[Claim, list[Claim]]]:
    """Each count printed with a total word (共) and the counts right after it in its sentence, two or more
    of its unit, each named by another state of one process: disjoint parts of it."""
    for i, whole in enumerate(claims):
        if whole.kind != "count" or whole.approx or id(whole) not in checked or not _is_total(whole):
            continue
        items: list[Claim] = []
        for c in claims[i + 1:]:
            if c.paragraph is not whole.paragraph or c.sentence != whole.sentence or c.kind != "count" \
                    or c.unit != whole.unit or c.approx or id(c) not in checked or _state(c) is None:
                break
            items.append(c)
        states = [_state(c) for c in items]
        if len(items) >= 2 and len(set(states)) == len(states):
            yield whole, items
