"""Where a paragraph's sentences, clauses and bracketed notes begin and end."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import vocab

SENTENCE_END = "。！？!?"
CLAUSE_SEP = "，；：、;:"
_SENTENCE_END_RE = regex.compile("[" + regex.escape(SENTENCE_END) + "]")
_CLAUSE_SEP_RE = regex.compile("[" + regex.escape(CLAUSE_SEP + ",") + "]")
_KINDS = lexicon.load("directions")["budget_comparison"]
# a year before 年/年度, or printed right before a kind word without 年 ('2026预算安排 X', '比2025预算执行数'):
# the year still labels the figure (the kind word stays for the period words to read)
YEAR_RE = regex.compile(r"((?:19|20|１９|２０)\d{2})(?:\s*年度?|(?=" + lexicon.alternation(_KINDS["actual"] + _KINDS["budget"]) + "))")
LEAD_RE = regex.compile(r"^[\s（()）、，,。；;：:“”\"《》〔〕\[\]·\-—]*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?")
DIGIT_RE = regex.compile(r"[0-9０-９]")
PAREN_RE = regex.compile(r"[（()）]")


def sentences(text: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for m in _SENTENCE_END_RE.finditer(text):
        i = m.start()
        out.append((a, i + 1))
        a = i + 1
    if a < len(text):
        out.append((a, len(text)))
    return [(x, y) for x, y in out if text[x:y].strip()]


def clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Clause spans of text[a:b]: split at ，；：、 and at ASCII commas not between digits; never
    right after a lone share marker ('占,88.19%': the 占 still owns the number), nor inside a closed
    note that holds no digit ('收入（含辖区内列统收入，下同）40.5 亿元': the note is one aside)."""
    out, s = [], a
    markers = vocab.load().share_markers
    notes = _wordy_notes(text, a, b)
    for m in _CLAUSE_SEP_RE.finditer(text, a, b):
        i = m.start()
        if notes and any(x < i < y for x, y in notes):
            continue
        sep = text[i] != "," or not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())
        if sep and text[s:i].strip(" \u3000") in markers:
            continue
        if sep and text[i] in "：:" and _names_next_figure(text, s, i, b):
            continue
        if sep:
            out.append((s, i + 1))
            s = i + 1
    if s < b:
        out.append((s, b))
    return out


def _names_next_figure(text: str, s: int, i: int, b: int) -> bool:
    """The clause text[s:i] before the colon at i is one money name (after a list label, before a
    copula) and a number follows the colon: '（一）本年收入合计：792.22 万元' names its figure as
    '本年收入合计 792.22 万元' does."""
    j = i + 1
    while j < b and text[j] in " \u3000":
        j += 1
    if j >= b or not DIGIT_RE.match(text, j):
        return False
    m = vocab.alias_at(text, s + LEAD_RE.match(text[s:i]).end())
    v = vocab.load()
    return m is not None and not text[m.end():i].strip(" \u3000为是") \
        and v.concepts[v.alias_to_concept[vocab.squeeze(m.group())]].measure == "money"


def _wordy_notes(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(open, close) of each parenthesised note in text[a:b] that closes there and holds no digit."""
    out, stack = [], []
    for m in PAREN_RE.finditer(text, a, b):
        if m.group() in "（(":
            stack.append(m.start())
        elif stack:
            o = stack.pop()
            if not stack and not DIGIT_RE.search(text, o, m.start()):
                out.append((o, m.start()))
    return out


def clause_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in spans:
        if a <= pos < b:
            return a, b
    return spans[-1] if spans else (pos, pos)


def outside(spans: list[tuple[int, int, str]], k: int) -> bool:
    return all(not (s <= k < e) for s, e, _ in spans)


def in_parens(text: str, a: int, k: int) -> bool:
    """Whether offset k sits inside a parenthesised note opened after a: '设备（不含车辆）'."""
    return bool(open_parens(text, a, k))


def open_parens(text: str, a: int, k: int) -> list[int]:
    """Where the parentheses still open at offset k were opened (after a), outermost first (the
    parenthesis characters are looked up, not every character between a and k walked)."""
    stack: list[int] = []
    for m in PAREN_RE.finditer(text, a, k):
        if m.group() in "（(":
            stack.append(m.start())
        elif stack:
            stack.pop()
    return stack


def part_opener_at(text: str, k: int) -> str | None:
    """The word of directions.yml qualified_part_openers (其中, 含, 包括…) printed at k, after spaces, brackets and
    commas: a clause or note so opened names a part of the figure before it. None when none is."""
    while k < len(text) and text[k] in " \u3000（(，,、：:":
        k += 1
    return next((w for w in _part_openers() if text.startswith(w, k)), None)


@lru_cache(maxsize=1)
def _part_openers() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load("directions").get("qualified_part_openers") or (), key=len, reverse=True))
