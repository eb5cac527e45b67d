"""Administrative level / organisational scope of a claim (lexicons/levels.yml).

Two statements of one figure name the same thing only when they cover the same level: the whole
city's spending, the city's own budget and the spending of "41 counties" are different figures that
share a name. The level is read, in order, from the clause holding the number, from the clause that
opens the claim's sentence, from a framing clause that opened an earlier sentence of the same
section without any figure of its own, and from the nearest section title naming one level.
"""
from __future__ import annotations

import re
from functools import lru_cache

from finder import lexicon
from finder.analysis import claims_by_paragraph
from finder.model import Claim

_SENTENCE_END = re.compile(r"[。！？!?]")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern, dict[str, str], re.Pattern]:
    data = lexicon.load("levels")
    canon: dict[str, str] = {}
    for level, words in (data.get("levels") or {}).items():
        for w in words or []:
            canon[str(w)] = str(level or "")
    alt = "|".join(re.escape(w) for w in sorted(canon, key=len, reverse=True))
    counted = data.get("counted") or ""
    if counted:
        alt = f"(?P<counted>{counted})|{alt}"
    not_before = [re.escape(w) for w in data.get("not_before") or []]
    guard = f"(?!{'|'.join(not_before)})" if not_before else ""
    ends = "".join(re.escape(e) for e in data.get("clause_ends") or []) or "，,"
    return re.compile(f"(?:{alt}){guard}"), canon, re.compile(f"[{ends}]")


def levels_in(text: str) -> list[str]:
    """Canonical levels named in `text`, in order ('' = the reporting entity itself)."""
    word_re, canon, _ = _lexicon()
    out = []
    for m in word_re.finditer(text or ""):
        counted = m.groupdict().get("counted")
        out.append(re.sub(r"\s+", "", counted) if counted else canon.get(m.group(0), ""))
    return out


def _one(levels: list[str]) -> str | None:
    return levels[0] if levels and len(set(levels)) == 1 else None


def _title_level(section) -> str | None:
    node = section
    while node is not None and node.level > 0:
        lv = levels_in(node.title)
        if lv:
            return _one(lv)
        node = node.parent
    return None


def claim_levels(analysis) -> dict[str, str | None]:
    """claim id -> its level ('' for the reporting entity; None when nothing names one)."""
    return analysis.memo("nt.levels", _build)


def _build(analysis) -> dict[str, str | None]:
    _, _, end_re = _lexicon()
    by_par = claims_by_paragraph(analysis)
    out: dict[str, str | None] = {}
    section, frame = object(), None
    for p in analysis.report.paragraphs:
        if p.section is not section:
            section, frame = p.section, _title_level(p.section)
        claims = sorted(by_par.get(id(p), []), key=lambda c: c.start)
        text, pos = p.text, 0
        frames: list[tuple[int, str | None]] = []   # (offset from which it holds, level)
        for m in list(_SENTENCE_END.finditer(text)) + [None]:
            end = m.end() if m else len(text)
            if pos >= end:
                break
            e = end_re.search(text, pos, end)
            ob = e.start() if e else end
            lv = _one(levels_in(text[pos:ob]))
            if lv is not None and not any(pos <= c.start < ob and c.kind != "count" for c in claims):
                frames.append((ob, lv))
            pos = end
        for c in claims:
            while frames and frames[0][0] <= c.start:
                frame = frames.pop(0)[1]
            out[c.id] = _own_level(c)
            if out[c.id] is None:
                out[c.id] = frame
        for _, lv in frames:
            frame = lv
    for c in analysis.claims:   # claims of paragraphs the report does not list
        out.setdefault(c.id, _own_level(c))
    return out


def _own_level(c: Claim) -> str | None:
    """The level named in the claim's clause before the number, else in its sentence's opening clause."""
    text = c.paragraph.text
    if c.clause != (0, 0):
        own = levels_in(text[c.clause[0]:c.start])
        if own:
            return own[0]
    _, _, end_re = _lexicon()
    a, b = c.sentence if c.sentence != (0, 0) else (0, len(text))
    e = end_re.search(text, a, b)
    return _one(levels_in(text[a:min(e.start() if e else b, c.start)]))
