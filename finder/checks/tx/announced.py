"""TX08's announced count of points ('以下三个方面：一是…；二是…') held to the ordinals that follow it."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.analysis import claims_by_paragraph
from finder.checks.ledger import reasons, settle
from finder.checks.registry import CheckOptions
from finder.checks.tx.common import PROSE_ROLES, evidence, hygiene, prose
from finder.ingest.flow import doc_lexicon
from finder.ingest.numbering import marker_span
from finder.model import Finding, Paragraph
from finder.numbers.parse import zh_numeral, zh_numerals

messages.add({
    "TX08A": {"zh": "文中称“{said}”，随后列举的却是 {listed} 项（{marks}）",
              "en": "the text announces '{said}' but {listed} points follow ({marks})"},
    "TX08A.comp": {"zh": "所称 {said} 项；随后依次列举 {marks}，共 {listed} 项",
                   "en": "{said} points announced; then {marks} listed, {listed} in all"},
})

_REASONS = reasons("listed_items")


@lru_cache(maxsize=1)
def _announce_re() -> regex.Pattern:
    a = hygiene()["list_count"]["announced"]
    alt = lexicon.alternation
    counters, nouns = alt(a["counters"]), alt(a["nouns"])
    # '以下三个方面原因：', '以下两方面工作：', '以下四点：', '以下 3 个方面改进：'
    digits, powers = zh_numerals()
    words = "".join(ch for ch in [*digits, *powers] if zh_numeral(ch))       # the count in words: 三, 十二, 两
    return regex.compile(rf"(?:{alt(a['leads'])})\s*(?P<n>\d{{1,2}}|[{words}]{{1,3}})\s*"
                         rf"(?:(?:{counters})\s*(?:的)?(?:{nouns}){{0,2}}|(?:{nouns}){{1,2}})\p{{Han}}{{0,4}}?\s*[：:]")


_MOST = 20     # items an inline list is read up to


@lru_cache(maxsize=None)
def _numeral(n: int) -> str:
    """n (1 … 99) as an ordinal prints it: 三, 十二, 二十 (units.yml numerals; 二, not 两)."""
    digits, powers = zh_numerals()
    digit = {v: k for k, v in reversed(list(digits.items())) if k != "两"}
    ten = next(k for k, v in powers.items() if v == 10)
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else digit[tens]) + ten if tens else "") + (digit[ones] if ones else "")


@lru_cache(maxsize=None)
def _ordinal_re(style: str, n: int) -> regex.Pattern:
    """The inline ordinal of item n in one style ('{n}是': '三是'), after no other word ('统一是', '其中一是'
    of a nested list)."""
    return regex.compile(r"(?<!\p{Han})(?:" + style.replace("{n}", _numeral(n)) + ")")


def _items(paragraphs: list[Paragraph], k: int, at: int) -> tuple[int, list[str]]:
    """How many ordinals 1, 2, 3 … of one style (the first item's) follow offset `at` of paragraphs[k], the
    list going on into the paragraphs after it that open with its next ordinal."""
    firsts = [(m.start(), style) for style in hygiene()["list_count"]["announced"]["ordinals"]
              for m in [_ordinal_re(style, 1).search(paragraphs[k].text, at)] if m]
    opening = paragraphs[k + 1].text.lstrip() if k + 1 < len(paragraphs) else ""
    style = min(firsts)[1] if firsts else next(
        (st for st in hygiene()["list_count"]["announced"]["ordinals"] if _ordinal_re(st, 1).match(opening)), None)
    n, marks, pos = 0, [], at
    while style is not None and n < _MOST:
        rx = _ordinal_re(style, n + 1)
        m = rx.search(paragraphs[k].text, pos)
        ended = n or not paragraphs[k].text[pos:].strip()      # the list opens on the next line: '…改进：' ⏎ '一是…'
        if m is None and ended and k + 1 < len(paragraphs) and rx.match(paragraphs[k + 1].text.lstrip()):
            k += 1
            m = rx.search(paragraphs[k].text)
        if m is None:
            break
        n, pos = n + 1, m.end()
        marks.append(m.group().rstrip("，,、：:"))
    return n, marks


def _lines(every: list[Paragraph], i: int) -> tuple[int, list[str]]:
    """How many items numbered 1, 2, 3 … on lines of their own (a style of hygiene.yml list_count.announced
    line_styles: '1.', '（1）') follow every[i], whose announcement ends it. An item's own lines numbered
    deeper ('（1）' under '1.') are passed over; the list ends at a heading, at any other paragraph, or at
    a number out of turn. A list that goes on after that (the next number printed further on, up to the
    next heading or as it) is not read (0)."""
    first = marker_span(every[i + 1].text) if i + 1 < len(every) else None
    if first is None or first[0] not in hygiene()["list_count"]["announced"]["line_styles"] or first[1] != 1:
        return 0, []
    style, level = first[0], _level(every[i + 1].text)
    n, marks = 0, []
    for j in range(i + 1, len(every)):
        m = marker_span(every[j].text)
        if every[j].role not in PROSE_ROLES or m is None or (m[0] == style and m[1] != n + 1):
            break
        if m[0] == style:
            n += 1
            marks.append(every[j].text[:m[2]].strip())
        elif _level(every[j].text) <= level:
            break
    else:
        j = len(every)
    for q in every[j:]:
        m = marker_span(q.text)
        if m is not None and m[0] == style and m[1] == n + 1:
            return 0, []
        if q.role == "heading":
            break
    return n, marks


def _level(text: str) -> int:
    """The depth of the list number `text` opens with (tables.yml document headings: 1. is 4, （1） is 5)."""
    t = text.strip()
    return next((level for level, rx in doc_lexicon().headings if rx.match(t)), 0)


def announced_counts(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """'主要有以下三个方面：一是…；二是…。': the points listed by inline ordinals (一是, 其一) after an announced
    count must number as many (hygiene.yml list_count.announced). A list numbered otherwise, or none, is
    not read. An error: the count and the list are one fact told twice."""
    paragraphs = list(prose(analysis.report))
    every = analysis.report.paragraphs
    at = {id(q): n for n, q in enumerate(every)}
    for k, p in enumerate(paragraphs):
        for m in _announce_re().finditer(p.text):
            said = int(m.group("n")) if m.group("n").isdigit() else zh_numeral(m.group("n"))
            listed, marks = _items(paragraphs, k, m.end())
            if not listed and not p.text[m.end():].strip():
                listed, marks = _lines(every, at[id(p)])
            if not said or listed < 2:
                continue
            stated = [c for c in claims_by_paragraph(analysis).get(id(p), ()) if m.start("n") <= c.start < m.end()]
            comp = messages.msg("TX08A.comp", said=said, marks=messages.listing(marks), listed=listed)
            yield from settle(stated, listed == said, "TX08", computation=comp, reasons=_REASONS)
            if listed == said:
                continue
            yield Finding("TX08", "error",
                          messages.msg("TX08A", opts.lang, said=p.text[m.start():m.end()].rstrip("：:"),
                                       listed=listed, marks=messages.listing(marks, opts.lang)),
                          [evidence(p, max(0, p.text.rfind("。", 0, m.start()) + 1), min(len(p.text), m.end() + 60))],
                          computation=comp, args={"count": said, "named": [listed, listed]},
                          claims=[c.id for c in stated])
