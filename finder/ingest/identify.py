"""Canonical table ids from lexicons/tables.yml: match titles, numbers (公开01表) and headers."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon
from finder.model import Table
from finder.numbers.parse import zh_numeral

_SPACE = regex.compile(r"\s+")
_YEAR_PREFIX = regex.compile(r"^(?:\d{4}\s*年度?)")
_QUALIFIER = regex.compile(r"[（(][^（()）]{1,12}[)）]$")
_LEAD_NUMBER = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])")
_SENTENCE = regex.compile(r"[，。；！？,;]")


def _spec() -> dict:
    return lexicon.load("tables")


@lru_cache(maxsize=None)
def meta_line_re(key: str) -> regex.Pattern:
    """The pattern of a caption line of `key` (tables.yml meta_lines: unit, year, department,
    department_labelled…), compiled once per process for every reader."""
    return regex.compile(_spec()["meta_lines"][key])


def normalize(text: str) -> str:
    """Whitespace removed; full-width quotes kept (they are part of “三公”)."""
    return _SPACE.sub("", text or "").replace('"', "“")


@lru_cache(maxsize=None)
def _number_res() -> tuple[regex.Pattern, ...]:
    return tuple(regex.compile(p) for p in _spec()["number_patterns"])


def find_number(text: str) -> tuple[str, int | None, tuple[int, int] | None]:
    """('公开01表', 1, span) for the first table number printed in `text`, else ('', None, None)."""
    for rx in _number_res():
        m = rx.search(text)
        if m:
            g = m.group(1)
            n = int(g) if g.isdigit() else zh_numeral(g)
            return m.group(0).strip(), n, m.span()
    return "", None, None


def _unquote(text: str) -> str:
    """Title quotes dropped: “三公” / "三公" / 「三公」 / 三公 name the same table."""
    return text.translate(_quote_table())


@lru_cache(maxsize=None)
def _quote_table() -> dict[int, None]:
    return {ord(q): None for q in _spec().get("title_quotes", "")}


def strip_title(text: str) -> str:
    """The core of a title line: no spaces, number, leading year/department words or qualifier."""
    t = text
    _, _, span = find_number(t)
    if span:
        t = t[: span[0]] + " " + t[span[1]:]
    t = _unquote(normalize(t)).strip(":：")
    t = _LEAD_NUMBER.sub("", t)
    t = _YEAR_PREFIX.sub("", t)
    t = _QUALIFIER.sub("", t)
    return t


@lru_cache(maxsize=None)
def _aliases() -> list[tuple[str, str]]:
    """(normalised alias, id), longest first."""
    out = []
    for tid, spec in _spec()["tables"].items():
        for alias in spec.get("titles", []) or []:
            out.append((_unquote(normalize(alias)), tid))
    return sorted(out, key=lambda a: -len(a[0]))


def title_id(title: str) -> str | None:
    """Id whose alias the title is (exact), else the longest alias the title ends with."""
    core = strip_title(title)
    if not core:
        return None
    for alias, tid in _aliases():
        if core == alias:
            return tid
    for alias, tid in _aliases():
        if core.endswith(alias):
            return tid
    return None


def match_title(line: str) -> str | None:
    """The canonical id whose title alias `line` is (a table title line), or None.

    A title line is short and carries no sentence punctuation; the id comes from title_id.
    """
    text = normalize(line)
    if not text or len(text) > 48 or _SENTENCE.search(text.rstrip("。")):
        return None
    if text.startswith(("-", "—", "《")) or text.endswith("》"):
        return None
    return title_id(line)


def _header_text(table: Table) -> set[str]:
    words: set[str] = set()
    for path in table.columns:
        words.update(normalize(p) for p in path if p)
    for key in table.extra.get("band_headers", []):
        words.update(normalize(p) for p in key if p)
    return words


def _has(words: set[str], kw: str) -> bool:
    kw = normalize(kw)
    return any(w == kw or (kw in w and len(w) <= len(kw) + 6) for w in words)


def header_id(table: Table) -> str | None:
    """Id from column-header keywords (for tables printed without a title)."""
    return words_id(_header_text(table))


def words_id(names: list[str] | set[str]) -> str | None:
    """Id whose header keywords (tables.yml headers) the column names hold, the longest group winning."""
    words = {normalize(w) for w in names if w}
    best, best_n = None, 0
    for tid, spec in _spec()["tables"].items():
        hdr = spec.get("headers") or {}
        if any(_has(words, kw) for kw in hdr.get("none", [])):
            continue
        for group in hdr.get("all", []):
            if all(_has(words, kw) for kw in group) and len(group) > best_n:
                best, best_n = tid, len(group)
    return best


def identify(table: Table) -> str | None:
    """The canonical id (e.g. income_expense_summary) of `table`, or None.

    Title aliases first, then header keywords, then the standard final-accounts numbering when
    the report type is known (table.extra["doc_type"] == "final").
    """
    if table.title:
        tid = title_id(table.title)
        if tid:
            return tid
    tid = header_id(table)
    if tid:
        return tid
    numbering = _spec().get("numbering", {}).get(table.extra.get("doc_type", ""), {})
    if table.number and numbering:
        _, n, _ = find_number(table.number)
        return numbering.get(n)
    return None


def spec(table_id: str | None) -> dict:
    """The lexicon entry of a canonical id ({} when unknown)."""
    return _spec()["tables"].get(table_id or "", {}) or {}
