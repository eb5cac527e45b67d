"""A change rate named by a word with no way of its own ('变动率为 P%') takes the way of the change printed before it."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import vocab
from finder.model import Claim


@lru_cache(maxsize=1)
def _rate_ways() -> dict[str, str]:
    """A change's direction -> its rate's (directions.yml signless_rates ways: 增加 -> 增长)."""
    return dict(lexicon.load("directions")["signless_rates"]["ways"])


@lru_cache(maxsize=1)
def _rate_word_re() -> "regex.Pattern[str]":
    """A clause that is only a signless rate word and a link before its figure (directions.yml signless_rates)."""
    d = lexicon.load("directions")
    words, links = lexicon.alternation(d["signless_rates"]["words"]), lexicon.alternation(d["prior_ratio_links"])
    return regex.compile(f"\\s*(?:{words})\\s*(?:{links})?\\s*")


def read_signless_rates(sentence: list[Claim]) -> None:
    """'较上年增加 40.00 万元，变动率为 11.1%': the ratio right after a change of money in its sentence (no ；
    between), its clause holding nothing but the rate word, is that change's rate, moving its way (edited in
    place: kind, direction, subject, concept, period, the change's group and base). So is a bare ratio bracketed
    right after the change ('较上年减少 2.5 万元（31.25%）', directions.yml signless_rates brackets). Alone it stays
    a ratio."""
    for prev, c in zip(sentence, sentence[1:]):
        direction = _rate_ways().get(prev.direction or "")
        if c.kind != "ratio" or prev.kind != "change_abs" or direction is None or c.paragraph is not prev.paragraph:
            continue
        text = c.paragraph.text
        if not _bracketed(text, prev, c) and (any(ch in text[prev.end:c.clause[0]] for ch in "；;。") or
                                              not _rate_word_re().fullmatch(text, c.clause[0], c.start)):
            continue
        c.kind, c.direction, c.subject, c.concept, c.period = "change_pct", direction, prev.subject, prev.concept, \
            prev.period
        c.extra.update({k: prev.extra[k] for k in ("group", "base_text") if k in prev.extra},
                       sign=vocab.load().signs[direction])


@lru_cache(maxsize=1)
def _brackets() -> tuple[str, str]:
    """(openers, closers) of a rate bracketed after its change (directions.yml signless_rates brackets)."""
    pairs = lexicon.load("directions")["signless_rates"].get("brackets") or ()
    return "".join(p[0] for p in pairs), "".join(p[1] for p in pairs)


def _bracketed(text: str, prev: Claim, c: Claim) -> bool:
    """`c` alone inside a bracket opened right after the change `prev` ('减少 2.5 万元（31.25%）')."""
    opens, closes = _brackets()
    gap = text[prev.end:c.start].strip(" \u3000")
    after = text[c.end:c.end + 3].lstrip(" \u3000")
    return len(gap) == 1 and gap in opens and after[:1] in closes and closes.find(after[:1]) == opens.find(gap)
