"""Purpose clauses ('主要用于…'): their figures name the figure they pay for, which goes on after them."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from finder import lexicon
from finder.claims import context as cx
from finder.claims import patterns
from finder.claims.lists import reason_in
from finder.model import Claim


def of_frame(claims: Iterable[Claim], frame: cx.Frame,
              kinds: tuple[str, ...] | None = ("amount", "count")) -> Claim | None:
    """The first of `claims` read in `frame`'s group whose kind is one of `kinds` (None: any)."""
    group = f"G{frame.group}"
    return next((c for c in claims if c.extra.get("group") == group and (kinds is None or c.kind in kinds)), None)


def mark_purpose(claims: list[Claim], k0: int, n0: int, main: cx.Frame) -> None:
    """The amounts of a purpose clause (claims[k0:]) name the figure they pay for (extra purpose_of: the
    subject of the sentence's main figure, read among claims[n0:k0]), so a change printed after them in their
    sentence may be read on that figure (groups.head_reading)."""
    head = of_frame(claims[n0:k0], main, ("amount",))
    if head is None:
        return
    for c in claims[k0:]:
        if c.kind == "amount":
            c.extra["purpose_of"] = head.subject


def other_measure_than(read: list[Claim], main: cx.Frame, before: list[Claim]) -> bool:
    """The purpose clause's figures (`read`) are counts under a money figure, or money under a count ('项目支出
    120 万元，主要用于 A 等 3 个项目'): no change of the main figure's measure can be theirs, so the figure goes on
    after them. A purpose clause's money under money may have a change of its own: the change stays with it and is
    read on the main figure only when just that fits (extra purpose_of, groups.head_reading)."""
    head = of_frame(before, main)
    own = [c for c in read if c.kind in ("amount", "count")]
    money = patterns.MONEY_UNIT
    return head is not None and bool(own) and all((c.unit == money) != (head.unit == money) for c in own)


def purpose_clause(text: str, sa: int, first: int) -> bool:
    """The words since the last comma (or the sentence's start) before a clause's first number name what a
    figure pays for or is made of (directions.yml purpose_markers: '，主要用于 A、B 等 3 个项目', '，主要是人员经费
    a'), not the reason for it ('，主要是由于…')."""
    a = max([sa] + [text.rfind(ch, sa, first) + 1 for ch in "，,；;：:"])
    return any(text.find(w, a, first) >= 0 for w in _purpose_markers()) and not reason_in(text, a, first)


@lru_cache(maxsize=None)
def _purpose_markers() -> tuple[str, ...]:
    return tuple(lexicon.load("directions").get("purpose_markers") or ())
