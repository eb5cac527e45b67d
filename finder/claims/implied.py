"""A 其中 list of changes whose one item drops its direction word: the item is its change, when the list then adds up."""
from __future__ import annotations

from finder.claims import vocab
from finder.model import Claim
from finder.numbers.interval import Interval

_AMOUNT_OF = {"增长": "增加", "下降": "减少"}      # the rate's direction -> its amount's


def read_implied_changes(sentence: list[Claim], before: list[Claim]) -> None:
    """'…比上年增加 231,448.10 元。其中：A 增加 0 元，增长 0%；B 174,732.10 元，增长 176.55%；C 增加
    56,716.00 元，增长 95.00%': B's amount, printed without 增加 but with its own change rate, in a
    其中 list of changes whose head is a change, is B's change when reading it so makes the items add
    up to the head's change (0 + 174,732.10 + 56,716.00 = 231,448.10); it is then no second figure
    for B. `sentence` holds the list's claims in order, `before` the paragraph's claims before it
    (edited in place: kind, direction, period, extra['implied_direction'])."""
    items = [c for c in sentence if c.extra.get("whole_head") and c.kind in ("amount", "change_abs")]
    if not items:
        return
    head_words = items[0].extra["whole_head"]
    items = [c for c in items if c.extra["whole_head"] == head_words]
    changes = [c for c in items if c.kind == "change_abs" and c.direction in _signs()]
    bare = [c for c in items if c.kind == "amount" and c.direction is None and _rate_after(c, sentence)]
    if len(bare) != 1 or not changes or len(changes) + 1 != len(items):
        return
    head = next((c for c in reversed(before) if c.kind == "change_abs" and c.direction in _signs()
                 and c.subject.replace(" ", "") == head_words.replace(" ", "")), None)
    if head is None or head.unit != bare[0].unit:
        return
    item, rate = bare[0], _rate_after(bare[0], sentence)
    direction = _AMOUNT_OF.get(rate.direction or "")
    if direction is None:
        return
    total = _signed(item, _signs()[direction])
    for c in changes:
        total = total + _signed(c, _signs()[c.direction])
    if not total.overlaps(_signed(head, _signs()[head.direction])):
        return
    item.kind, item.direction, item.period = "change_abs", direction, rate.period
    item.extra["sign"] = _signs()[direction]
    item.extra["implied_direction"] = rate.direction


def _rate_after(c: Claim, sentence: list[Claim]) -> Claim | None:
    """The change rate printed right after c in its clause group (before the next ；), of c's subject."""
    later = [x for x in sentence if x.start > c.end]
    if not later:
        return None
    nxt = later[0]
    gap = c.paragraph.text[c.end:nxt.start]
    if nxt.kind != "change_pct" or nxt.subject != c.subject or any(ch in gap for ch in "；;。"):
        return None
    return nxt


def _signed(c: Claim, sign: int) -> Interval:
    return c.interval if sign >= 0 else -c.interval


def _signs() -> dict[str, int]:
    return {d: s for d, s in vocab.load().signs.items() if d in ("增加", "减少")}
