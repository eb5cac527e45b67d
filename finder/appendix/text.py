"""The appendix prose: explanation items per indicator, score/count/total statements, stated numbers."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import regex

from finder import lexicon
from finder.model import Evidence, Paragraph
from finder.numbers.interval import Interval
from finder.numbers.parse import parse_decimal, to_halfwidth, zh_numeral

_WS = regex.compile(r"\s+")

_SENT_END = regex.compile(r"[。；;！!？?]")
_ITEM_START = regex.compile(r"(?<=[。；])\s*(?=(?:\d{1,2}\s*[、．]|[（(]\d{1,2}[）)]))")


@lru_cache(maxsize=None)
def pattern(key: str, section: str = "phrases") -> regex.Pattern:
    """appendix.yml's pattern `key` of `section` (a list is one alternation; {money} the money units)."""
    p = lexicon.load("appendix")[section][key]
    money = lexicon.alternation(lexicon.load("units")["money"])
    return regex.compile(("|".join(p) if isinstance(p, list) else p).replace("{money}", money))


# What makes a match depend on the text around it: anchors, word boundaries, lookaround, any group
# opener but (?: and (?P<name>, and inline flags.
_CONTEXT = regex.compile(r"(?<!(?<!\\)\[)\^|\$|\\[bBAZzGKmM]|\((?!\?:|\?P<)\?")


@lru_cache(maxsize=256)
def context_free(rx: regex.Pattern) -> bool:
    """Whether `rx` matches a sentence only where it matches the same characters in any text
    holding that sentence: then a paragraph without a match has no sentence with one."""
    return not rx.flags & (regex.REVERSE | regex.VERBOSE) and not _CONTEXT.search(rx.pattern)


def may_hold(p: Paragraph, rx: regex.Pattern) -> bool:
    """False only when no sentence of `p` (read half-width) can hold a match of `rx`: one search
    of the whole paragraph instead of one per sentence."""
    return not context_free(rx) or rx.search(_half(p.text)) is not None


def may_match(p: Paragraph, key: str) -> bool:
    """may_hold for the phrase `key`."""
    return may_hold(p, pattern(key))


@dataclass
class Span:
    """A piece of prose: paragraph and offsets of the sentence (or clause) it quotes."""

    paragraph: Paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.paragraph.text[self.start:self.end]

    def evidence(self, role: str = "claim") -> Evidence:
        return Evidence(text=self.text.strip(), **self.paragraph.where(self.start), role=role)


def sentences(p: Paragraph) -> list[Span]:
    return [Span(p, a, b) for a, b in _sentence_bounds(p.text)]


@lru_cache(maxsize=1 << 12)
def _sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if text[start:m.end()].strip():
            out.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return tuple(out)


_half = to_halfwidth   # cached, with a fast path, in numbers/parse.py


def count_value(text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        return int(text)
    return zh_numeral(text)


# --------------------------------------------------------------------- stated numbers
@dataclass
class Stated:
    """A number printed in the prose with its unit and what an approximation word makes of it."""

    raw: str
    value: Decimal
    unit: str
    category: str                    # percent | money | count:<what> | ''
    scale: Decimal
    interval: Interval
    approx: str = ""                 # about | at_least | more_than | at_most | ''
    hi_open: bool = False
    start: int = 0
    number: str = ""                 # the digits as printed


def _units() -> list[tuple[str, str, Decimal]]:
    u = lexicon.load("units")
    out = [(k, "money", Decimal(str(v))) for k, v in u["money"].items()]
    out += [(k, f"count:{v}", Decimal(1)) for k, v in u["count"].items()]
    points = lexicon.load("appendix")["percent_points"]
    out += [(k, "percent", Decimal(1)) for k in u["percent"] if k not in points]
    return sorted(out, key=lambda t: -len(t[0]))


@lru_cache(maxsize=1)
def _number_re() -> regex.Pattern:
    units = "|".join(regex.escape(u) for u, _, _ in _units())
    approx = lexicon.load("appendix")["approx"]
    pre, post = (lexicon.alternation(approx[k]) for k in ("before", "after"))
    return regex.compile(rf"(?P<pre>{pre})?\s*(?P<num>(?<![\d.])\d[\d,]*(?:\.\d+)?)\s*(?P<post>{post})?\s*"
                         rf"(?P<unit>{units})?")


def stated_numbers(text: str, offset: int = 0) -> list[Stated]:
    """Numbers with a unit in `text`; bare numbers (years, dates, list numbers) are left out."""
    lookup = {u: (cat, sc) for u, cat, sc in _units()}
    out: list[Stated] = []
    half = to_halfwidth(text)
    for m in _number_re().finditer(half):
        unit = m.group("unit") or ""
        if not unit:
            continue
        cat, scale = lookup[unit]
        num = m.group("num").replace(",", "")
        value = parse_decimal(num)
        iv, approx, open_hi = _approx_interval(num, value, m.group("pre") or "", m.group("post") or "")
        out.append(Stated(m.group(0).strip(), value, unit, cat, scale, iv, approx, open_hi, offset + m.start(), num))
    return out


def _approx_interval(num: str, value: Decimal, pre: str, post: str) -> tuple[Interval, str, bool]:
    printed = Interval.printed(num)
    place = _last_nonzero_place(num)
    approx = lexicon.load("appendix")["approx"]
    kinds = [approx["after"].get(post), approx["before"].get(pre)]
    if "at_least" in kinds:
        return Interval(value, value + place - _unit(num)), "at_least", False
    if "more_than" in kinds:
        return Interval(value, value + place), "more_than", True
    if "at_most" in kinds:
        return Interval(value - place, value), "at_most", False
    if "about" in kinds:
        return Interval(value - place / 2, value + place / 2), "about", True
    return printed, "", False


def _unit(num: str) -> Decimal:
    return Decimal(1).scaleb(parse_decimal(num).as_tuple().exponent)


def _last_nonzero_place(num: str) -> Decimal:
    """'20000' -> 10000, '600' -> 100, '30' -> 10, '84.59' -> 0.01."""
    if "." in num:
        return _unit(num)
    digits = num.rstrip("0")
    return Decimal(10) ** (len(num) - len(digits)) if digits else Decimal(1)


# ------------------------------------------------------------------------ items
@dataclass
class Item:
    """A numbered (or 'name：') explanation of one indicator and the prose that follows it."""

    name: str
    number: int | None
    style: str                       # 、 | . | () | named
    head: Span                       # heading and first sentence
    spans: list[Span] = field(default_factory=list)     # every sentence of the item
    index: int = 0

    def score_claims(self, key: str = "item_score") -> list[tuple[Span, str]]:
        """(sentence, number) of each 得分 the item restates (its 分值 with key='item_weight')."""
        out = []
        for s in self.spans:
            for m in pattern(key).finditer(_half(s.text)):
                out.append((s, m.group("num")))
        return out

    def met_sentences(self) -> list[Span]:
        return [s for s in self.spans if pattern("met").search(s.text) and not pattern("missed").search(s.text)]

    @property
    def explains(self) -> bool:
        """An indicator explanation says the target was met or gives the item's score."""
        return bool(self.met_sentences() or self.score_claims())


def items(paragraphs: list[Paragraph]) -> list[Item]:
    """Explanation items in document order; prose after an item belongs to it until the next heading."""
    out: list[Item] = []
    current: Item | None = None
    for p in paragraphs:
        if p.role in ("toc", "glossary"):
            current = None
            continue
        for piece in _pieces(p):
            head = _item_head(piece)
            if head is not None:
                current = head if head.name else None
                if current is not None:
                    current.index = len(out)
                    out.append(current)
                continue
            if current is not None and p.role != "heading":
                current.spans += [s for s in sentences(p) if s.start < piece.end and s.end > piece.start]
            elif p.role == "heading":
                current = None
    return out


def _pieces(p: Paragraph) -> list[Span]:
    """Split a paragraph where an enumerated item starts after a sentence end ('。2、name。')."""
    starts = [0]
    for m in _ITEM_START.finditer(p.text):
        starts.append(m.end())
    starts.append(len(p.text))
    return [Span(p, a, b) for a, b in zip(starts, starts[1:]) if p.text[a:b].strip()]


def _item_head(piece: Span) -> Item | None:
    """An Item for a piece that starts with an enumerator; Item('') for a bare heading; None else."""
    text = piece.text
    m = pattern("item").match(text)
    style = ""
    if m:
        style = "()" if m.group("p") else ("、" if "、" in text[:m.start("name")] else ".")
        number = int(m.group("n") or m.group("p"))
    else:
        m = pattern("named_item").match(text)
        number = None
        style = "named"
    if not m:
        return None
    name = _WS.sub("", m.group("name"))
    body = text[m.end():].strip()
    if len(body) < 5 or (style == "named" and not body):
        return Item("", number, style, piece)         # a heading: ends the current item
    sents = [s for s in sentences(piece.paragraph) if s.start < piece.end and s.end > piece.start]
    head_end = sents[1].end if len(sents) > 1 and sents[0].end - piece.start <= len(m.group(0)) + 1 else \
        (sents[0].end if sents else piece.end)
    return Item(name, number, style, Span(piece.paragraph, piece.start, head_end), sents)


# ------------------------------------------------------------------ statements
@dataclass
class SectionStatement:
    """'产出指标由 3 个二级指标和 16 个三级指标构成，权重分值 40 分，实际得 40 分，得分率 100%'."""

    section: str
    span: Span
    n2: int | None = None
    n3: int | None = None
    weight: str | None = None
    score: str | None = None
    rate: str | None = None


def section_statements(paragraphs: list[Paragraph]) -> list[SectionStatement]:
    from finder.appendix.model import names_section_part, section_in

    out: list[SectionStatement] = []
    for p in paragraphs:
        if not (may_match(p, "level_count") or may_match(p, "weight")):
            continue                     # a statement needs a count of indicators or a weight
        for s in sentences(p):
            t = _half(s.text)
            if pattern("item_score").search(t):
                continue
            cnt, w, sc, r = (pattern(k).search(t) for k in ("level_count", "weight", "score", "rate"))
            if not (cnt or (w and (sc or r))):
                continue
            anchor = min(m.start() for m in (cnt, w, sc, r) if m)
            head = t[:anchor] if section_in(t[:anchor]) else t
            sec = section_in(head)
            if not sec or names_section_part(head):
                continue                 # '…；满意度指标分值 10 分，得分 10 分': a part of 效果, not its total
            out.append(SectionStatement(sec, s, count_value(cnt.group("n2")) if cnt else None,
                                        count_value(cnt.group("n3")) if cnt else None,
                                        w.group("num") if w else None, sc.group("num") if sc else None,
                                        r.group("num") if r else None))
    return out


def find_all(paragraphs: list[Paragraph], key: str) -> list[tuple[Span, regex.Match]]:
    """(sentence, match) for every match of phrase `key`."""
    out = []
    for p in paragraphs:
        if not may_match(p, key):
            continue
        for s in sentences(p):
            for m in pattern(key).finditer(_half(s.text)):
                out.append((s, m))
    return out


# Lexicon-derived patterns compiled as the module loads (model loading), not by the first report
# that reaches them.
for _key in lexicon.load("appendix")["phrases"]:
    pattern(_key)
_number_re()
