"""DR01's figure-less side: '因公出国（境）费支出与上年持平' said of a money item in a sentence printing no figure."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon
from finder.claims import vocab
from finder.model import Paragraph, Report

_DIGIT = regex.compile(r"[0-9０-９]")
_SENTENCE_END = regex.compile(r"[。！？!?；;\n]")


@dataclass(frozen=True)
class FlatStatement:
    paragraph: Paragraph
    start: int           # the sentence
    end: int
    word: str            # the flat word as printed
    concept: str         # the money item it is said of


@lru_cache(maxsize=1)
def _words() -> tuple[regex.Pattern, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    d = lexicon.load("directions")
    flat = d["flat_statement"]
    return (regex.compile(lexicon.alternation(flat["words"])), tuple(flat["bases"]),
            tuple(d["budget_comparison"]["hedges"]), tuple(d["budget_comparison"]["budget"]))


def report_flat_statements(analysis) -> tuple[FlatStatement, ...]:
    """flat_statements of the analysed report, read once per report for DR01 and AR04's change lists."""
    return analysis.memo("flat_statements", lambda a: tuple(flat_statements(a.report)))


def flat_statements(report: Report) -> Iterator[FlatStatement]:
    """Each figure-less sentence saying one money item is unchanged on last year: the item is the last
    concept named before the base word ('与上年'), a money one, with no hedge before the flat word and
    no budget word in the sentence."""
    flat_re, bases, hedges, budgets = _words()
    for p in report.paragraphs:
        if p.role != "narrative" or flat_re.search(p.text) is None:
            continue
        a = 0
        for m in _SENTENCE_END.finditer(p.text + "\n"):
            b, s = m.end(), p.text[a:m.end()]
            hit = flat_re.search(s)
            found = _one(p, a, b, s, hit, bases, hedges, budgets) if hit else None
            if found:
                yield found
            a = b


def _one(p: Paragraph, a: int, b: int, s: str, hit, bases, hedges, budgets) -> FlatStatement | None:
    if _DIGIT.search(s) or any(w in s for w in budgets) or s[:hit.start()].endswith(hedges):
        return None
    k = max((s.rfind(w, 0, hit.start()) for w in bases), default=-1)
    if k < 0:
        return None
    found = vocab.find_concepts(p.text, a, a + k)
    if not found or vocab.load().concepts[found[-1][2]].measure != "money":
        return None
    return FlatStatement(p, a, b, hit.group(), found[-1][2])
