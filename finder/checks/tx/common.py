"""Shared helpers of the TX checks: paragraphs to scan, sentences, evidence, department text."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.ingest.flow import squash
from finder.model import Evidence, Paragraph, Report
from finder.numbers.parse import to_halfwidth

messages.add({
    "TX.nonzero": {"zh": "{amount} ≠ 0（按“{phrase}”，{what}应为 0）", "en": "{amount} ≠ 0 (by '{phrase}', {what} should be 0)"},
    "TX.nonzero.budget": {"zh": "{amount} ≠ 0（按“{phrase}”，预算数应为 0）",
                          "en": "{amount} ≠ 0 (by '{phrase}', the budget should be 0)"},
    "TX.nonzero.table": {"zh": "{amount} ≠ 0（按“{phrase}”，表中应无数字）",
                         "en": "{amount} ≠ 0 (by '{phrase}', the table should print no figure)"},
    "TX.nonzero.zero": {"zh": "{amount} ≠ 0（按“{phrase}”，应为 0）", "en": "{amount} ≠ 0 (by '{phrase}', it should be 0)"},
})

PROSE_ROLES = ("narrative", "appendix")
_SENTENCE_END = regex.compile(r"[。！？!?]+|\n")


half = to_halfwidth   # the TX checks' name for it (cached, with a fast path, in numbers/parse.py)


def hygiene() -> dict:
    return lexicon.load("hygiene")


def section_titles(p: Paragraph) -> list[str]:
    return p.section.path() if p.section is not None else []


@lru_cache(maxsize=1 << 12)
def _squashed(title: str) -> str:
    """squash() of a section title or column header: every paragraph under it asks again."""
    return squash(title)


def in_titled_section(p: Paragraph, words: list[str]) -> bool:
    return any(w in t for t in map(_squashed, section_titles(p)) for w in words)


def prose(report: Report, roles: tuple[str, ...] = PROSE_ROLES) -> Iterator[Paragraph]:
    """Paragraphs of the given roles, in document order."""
    for p in report.paragraphs:
        if p.role in roles:
            yield p


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, end including its closing punctuation."""
    return list(_sentence_bounds(text))


@lru_cache(maxsize=1 << 12)
def _sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """sentences(), once per paragraph text: the TX checks each split every paragraph."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > start and text[start:m.end()].strip():
            out.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return tuple(out)


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    for a, b in sentences(text):
        if a <= offset < b:
            return a, b
    return 0, len(text)


def evidence(p: Paragraph, start: int, end: int, role: str = "claim") -> Evidence:
    """Verbatim text of p[start:end] with its page or line."""
    return Evidence(text=p.text[start:end].strip(), **p.where(start), role=role)


def department_text(report: Report) -> str:
    """What the report says about the department itself: title, name, duties, units."""
    words = hygiene()["home_titles"]
    parts = [report.title, report.department]
    titled: dict[int, bool] = {}         # id(section) -> in_titled_section, once per section
    for p in report.paragraphs:
        if p.role != "duties":
            k = id(p.section)
            if k not in titled:
                titled[k] = in_titled_section(p, words)
            if not titled[k]:
                continue
        parts.append(p.text)
    for t in report.tables:
        if t.id == "unit_list" or any(w in _squashed("".join(c)) for c in t.columns for w in hygiene()["unit_list_columns"]):
            parts.extend(r.raw or r.label for r in t.rows)
    return squash("".join(x for x in parts if x))


@lru_cache(maxsize=1)
def _named_years() -> regex.Pattern:
    return regex.compile(rf"(?<![\d.])((?:19|20)\d{{2}})\s*(?:{lexicon.alternation(hygiene()['years']['year_suffixes'])})")


def named_years(text: str) -> list[int]:
    """The years a (half-width) text names as years (before 年, 年度 or a range mark), not amounts ('2042.10')."""
    return [int(y) for y in _named_years().findall(text)]
