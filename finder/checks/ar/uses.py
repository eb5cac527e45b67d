"""AR04's use lists: a figure and the amounts it was spent on ('项目支出 X 万元，主要用于：A a；B b')."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon
from finder.claims import vocab
from finder.checks.ar.common import bare
from finder.claims.segments import in_parens
from finder.ingest.numbering import marker_span
from finder.link.concepts import key_of
from finder.link.groups import CURRENT_PERIODS
from finder.link.wholes import decompositions
from finder.model import Claim

_GAP_STOP = regex.compile(r"[，,；;。！？!?]")
_SENTENCE_END = regex.compile(r"[。！？!?]")


@dataclass(frozen=True)
class UseList:
    """A figure (`whole`) and the amounts it names as its uses; `complete`: said to be all of it."""
    whole: Claim
    parts: tuple[Claim, ...]
    complete: bool


@lru_cache(maxsize=None)
def _words() -> tuple["regex.Pattern[str]", tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    d = lexicon.load("arith").get("use_lists") or {}
    marks = lexicon.alternation(sorted(d.get("markers", ()), key=len, reverse=True))
    lead = lexicon.alternation(d.get("announce", ()))
    return (regex.compile(rf"[\s，,]*(?P<m>{marks})\s*(?P<colon>(?:(?:{lead})\p{{Han}}{{0,6}}?)?[：:])?\s*"),
            tuple(d.get("complete", ())), tuple(d.get("not_parts", ())), tuple(d.get("nested", ())))


def use_lists(claims: list[Claim], checked: set[int], paragraphs: list) -> Iterator[UseList]:
    """Each checkable report-year amount followed right away by a use marker (lexicons/arith.yml use_lists),
    with the amounts its list names: in the rest of its sentence, or, when the marker and its colon end the
    paragraph, the first amount of each numbered item on the paragraphs after it (same numbering, in
    order, up to a heading or any other paragraph). The list ends at a figure of another kind (a change, a
    share, a count) or at an amount of a known concept that is no part of the whole's (another whole);
    an item's own 其中 list is skipped. Two parts or more; a list with an amount that is no part of the
    year's figure (a word of not_parts before it that the whole's words lack, another period or unit,
    bracketed, approximate) is not read. `claims`: all the report's, in order; `checked`: the amounts to read."""
    marker, complete_words, _, _ = _words()
    by_par: dict[int, list[Claim]] = {}
    for c in claims:
        by_par.setdefault(id(c.paragraph), []).append(c)
    for whole in claims:
        if whole.kind != "amount" or id(whole) not in checked or whole.approx or whole.period not in CURRENT_PERIODS or whole.whole:
            continue
        text = whole.paragraph.text
        m = marker.match(text, whole.end)
        if m is None:
            continue
        if m.group("colon") and not text[m.end():].strip():
            parts, cut = _numbered(whole, paragraphs, by_par)
        else:
            parts, cut = _inline(whole, m.end(), by_par[id(whole.paragraph)])
        if parts is None or len(parts) < 2 or any(id(p) not in checked for p in parts):
            continue
        rest = vocab.load().residual_prefixes
        closed = m.group("m") in complete_words or (bool(rest) and bare(parts[-1].subject).lstrip("0123456789.、").startswith(rest))
        yield UseList(whole, tuple(parts), closed and not cut)


def _inline(whole: Claim, a: int, claims: list[Claim]) -> tuple[list[Claim] | None, bool]:
    """The parts listed in the sentence after the marker ending at `a`: the first with nothing but words
    between it and the marker (no clause break), the next ones up to a stop; and whether a stop cut it."""
    text = whole.paragraph.text
    end = whole.sentence[1]
    run = [c for c in claims if a <= c.start < end]
    if not run or run[0].kind != "amount" or _GAP_STOP.search(text, a, run[0].start):
        return None, False
    nested = _words()[3]
    parts: list[Claim] = []
    last = a
    for c in run:
        if parts and bare(c.extra.get("whole_head", "")) in {bare(p.subject) for p in parts}:
            last = c.end
            continue                       # a part's own 其中 list
        if c.kind != "amount" or not _part_of(c, whole):
            return parts, True
        if not _plain(c, whole, last) or any(w in text[last:c.start] for w in nested):
            return None, False
        parts.append(c)
        last = c.end
    return parts, False


def _numbered(whole: Claim, paragraphs: list, by_par: dict[int, list[Claim]]) -> tuple[list[Claim] | None, bool]:
    """The first amount of each numbered item on the paragraphs right after the whole's; and whether an
    item naming no use of it cut them."""
    i = next((n for n, p in enumerate(paragraphs) if p is whole.paragraph), None)
    if i is None:
        return None, False
    parts: list[Claim] = []
    style = None
    for p in paragraphs[i + 1:]:
        m = marker_span(p.text)
        if p.role == "heading" or m is None:
            break
        kind, n, mark_end = m
        if (style is not None and kind != style) or n != len(parts) + 1:
            break
        style = kind
        first = _SENTENCE_END.search(p.text)
        own = [c for c in by_par.get(id(p), ()) if c.start < (first.end() if first else len(p.text))]
        if not own or own[0].kind != "amount":
            return None, False
        part = own[0]
        if not _part_of(part, whole):
            return parts, True
        if not _plain(part, whole, mark_end):
            return None, False
        heads = {bare(part.subject)}
        if any(c.kind == "amount" and bare(c.extra.get("whole_head", "")) not in heads for c in own[1:]):
            return None, False             # '（一）A 预算 60 万元，实际支出 50 万元': which is the part is unknown
        parts.append(part)
    return parts, False


def _part_of(c: Claim, whole: Claim) -> bool:
    """`c` may be a use of `whole`: no known concept, or a part of the whole's by a decomposition."""
    k = key_of(c)
    if k is None:
        return True
    w = key_of(whole)
    return w is not None and k[1] == w[1] and any(k[0] in d["parts"] for d in decompositions() if d["whole"] == w[0])


def _plain(c: Claim, whole: Claim, a: int) -> bool:
    """`c`, named by the words from `a`, is the year's amount of one use: same period and unit as the whole,
    not approximate, not bracketed, no word of not_parts that the whole's own words lack."""
    _, _, not_parts, _ = _words()
    text = c.paragraph.text
    words = text[a:c.start]
    own = whole.paragraph.text[whole.clause[0]:whole.start]
    return c.period == whole.period and c.unit == whole.unit and not c.approx \
        and not in_parens(text, a, c.start) and not any(w in words and w not in own for w in not_parts)


