"""Headings printed without an ordinal: a template's section name alone on its line ('…主要职能', '名词解释')."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon

_SPACES = regex.compile(r"\s+")
_YEAR = r"(?:19|20)\d{2}\s*年度?"
_NAME_CHARS = r"[\p{Han}A-Za-z（）()]"        # an organisation's name: no digit, space or clause mark
_CLAUSE_MARKS = regex.compile(r"[，。；：！？,;:!?、“”\"]")
_MAX_CHARS = 40
_CLOSING_NOTE = regex.compile(r"[（(][^（()）]*[)）]$")     # '（本级）' after an organisation's name


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[tuple[str, int], ...], "regex.Pattern[str]", tuple[str, ...]]:
    """(name, level) pairs longest first; the pattern of what may stand before a name; org ends that are none."""
    levels = lexicon.load("levels")
    names = sorted(((str(w), int(lv)) for lv, words in lexicon.load("tables")["document"]["bare_headings"]
                    for w in words), key=lambda p: len(p[0]), reverse=True)
    org = (rf"{_NAME_CHARS}{{{max(int(levels.get('org_min_chars') or 3) - 1, 1)},"
           rf"{int(levels.get('org_max_chars') or 30)}}}?(?:{lexicon.alternation(levels['org_suffixes'])})"
           r"(?:[（(][\p{Han}]{1,6}[)）])?")
    prefix = regex.compile(rf"(?P<org>{org})?\s*(?:{_YEAR})?")
    return tuple(names), prefix, tuple(levels.get("not_org_ends") or ())


def bare_heading(text: str) -> tuple[int, None, str] | None:
    """(level, None, title) when `text` is one short line ending with a section name of tables.yml
    document.bare_headings, after nothing, a year, or an organisation's name (levels.yml org_suffixes,
    a closing bracketed note such as （本级）) and a year; no clause mark, no figure but the year."""
    t = text.strip()
    if "\n" in t or len(_SPACES.sub("", t)) > _MAX_CHARS or _CLAUSE_MARKS.search(t):
        return None
    names, prefix, not_ends = _lexicon()
    for name, level in names:
        if not t.endswith(name):
            continue
        head = t[:len(t) - len(name)].strip()
        m = prefix.fullmatch(head)
        org = _CLOSING_NOTE.sub("", m.group("org") or "") if m else ""
        if m is None or org.endswith(not_ends):
            return None
        return level, None, t
    return None
