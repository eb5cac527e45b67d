"""A change's rate printed after the reason clause that explains the change ('…，主要原因是…，下降 P%')."""
from __future__ import annotations

from finder.claims import context as cx
from finder.claims import patterns, vocab
from finder.model import Claim

_LEAD = " \u3000，,；;"


def rate_after_reason(text: str, ca: int, cb: int, toks: list[patterns.NumberToken], sentence: list[Claim],
                      frame: cx.Frame) -> bool:
    """Whether the clause text[ca:cb] is a bare rate ('下降 25.00%': a direction word, the rate, nothing
    else) closing a figure-less reason given for the change just read ('比上年减少 20.00 万元，主要原因是
    会议减少，下降 25.00%'): that change is the frame's last figure of the sentence, read outside the
    reason, moving the rate's way, with no rate of its own yet, and the reason names no other money
    figure (whose rate it might be). Then the rate is the change's."""
    if len(toks) != 1 or toks[0].unit is None or toks[0].unit.unit != "%" or text[toks[0].end:cb].strip(_LEAD + "。"):
        return False
    v = vocab.load()
    word = text[ca:toks[0].start].strip(_LEAD)
    if word not in v.direction_of:
        return False
    group = f"G{frame.group}"
    change = sentence[-1] if sentence else None
    if change is None or change.kind != "change_abs" or change.extra.get("in_reason") or not frame.group \
            or change.extra.get("group") != group or change.extra.get("sign") != v.signs.get(v.direction_of[word]):
        return False
    named = {c[2] for c in vocab.find_concepts(text, change.end, ca) if v.concepts[c[2]].measure == "money"}
    return named <= {frame.concept}
