"""Which numbers may be claims: number tokens, non-claim reasons, the unit a bare number takes from its neighbours."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import patterns, respective, segments, vocab


def number_tokens(text: str) -> list[patterns.NumberToken]:
    """Arabic numbers, then numbers in Chinese numerals not overlapping them, in text order."""
    arabic = patterns.arabic_numbers(text)
    taken = [(t.start, t.end) for t in arabic]
    zh_counts = [t for t in patterns.chinese_numbers(text) if all(t.end <= a or t.start >= b for a, b in taken)]
    return sorted(arabic + zh_counts, key=lambda t: t.start)


def classify(text: str, tok: patterns.NumberToken, spans: list[tuple[int, int, str]]) -> str | None:
    """The non-claim reason of a number, or None when it may be a claim."""
    for a, b, reason in spans:
        if a <= tok.start and tok.num_end <= b:
            if reason.endswith("?"):
                if tok.unit is None:
                    return reason[:-1]
                continue
            if reason.endswith("~"):
                if tok.zh:
                    return reason[:-1]
                continue
            return reason
    if patterns.is_year(text, tok):
        return "year"
    return None


PUNCT = regex.compile(r"[。，；,;：:！？]")


def unpunctuated(text: str) -> bool:
    """Table debris printed as prose (no sentence punctuation at all)."""
    return not PUNCT.search(text)


def in_cell_run(text: str, tok: patterns.NumberToken, toks: list[patterns.NumberToken]) -> bool:
    """A bare number printed beside another bare number with nothing but blanks between ('资金总额： 0 0 0 10',
    '财政拨款 90 89.97 89.97', '满意度 10 10'): the cells of a table row laid out as prose. No sentence prints
    two unit-less figures side by side (a unit printed once after them is the neighbour's, read before this)."""
    k = next(i for i, t in enumerate(toks) if t is tok)
    near = [t for t in (toks[k - 1] if k else None, toks[k + 1] if k + 1 < len(toks) else None) if t is not None]
    return any(t.unit is None and t.end == t.num_end and not text[min(t.end, tok.end):max(t.start, tok.start)].strip()
               for t in near)


def infer_unit(text: str, tok: patterns.NumberToken, toks: list[patterns.NumberToken]) -> patterns.Unit | None:
    """A bare number right before a number with a money unit ('决算数为 304.42 138.93 万元'), or a
    bare number of a respective list that takes the unit printed after its last number
    ('各是 4125.49,4143.91 万元', '各增加 100.00、50.00 万元'), or the first of an inline list of named
    numbers whose unit is printed once ('收入 476.17、支出总计 460.06 万元')."""
    after = [t for t in toks if t.start >= tok.num_end]
    if after and not text[tok.num_end:after[0].start].strip() and after[0].unit and after[0].unit.family == "money":
        return after[0].unit
    if after and after[0].unit and after[0].unit.family == "money" \
            and respective.inline_gap(text, tok.start, tok.num_end, after[0].start):
        return after[0].unit            # 'A x、B y 万元': each number named, the unit printed once at the end
    if after and after[0].unit and after[0].unit.family == "money" \
            and text[tok.num_end:after[0].start].strip() in vocab.load().direction_of \
            and _prior_base_re().search(text[max(0, tok.start - 12):tok.start]):
        return after[0].unit            # '较上年 2.08 减少 0.03 万元': the prior, its unit printed after the change
    change = _bare_change_unit(text, tok, toks)
    if change is not None:
        return change                   # '收支较上年减少 12.34，降低 9.1%': the changed figure's unit
    counted = _counted_by_noun(text, tok)
    if counted is not None:
        return counted                  # '编制人数42，其中：…': the noun names the unit
    zero = _bare_zero_unit(text, tok, toks)
    if zero is not None:
        return zero                     # '年初预算为0，决算数为 1.50 万元': zero in the sentence's unit
    sa = max(text.rfind(ch, 0, tok.start) for ch in segments.SENTENCE_END) + 1
    if not respective.has_marker(text, sa, tok.start):
        return None
    end = tok.num_end
    for t in after:
        if not respective.JOIN.match(text[end:t.start]):
            return None
        if t.unit is not None:
            return t.unit
        end = t.num_end
    return None


def _counted_by_noun(text: str, tok: patterns.NumberToken) -> patterns.Unit | None:
    """A whole number printed right after a noun that says what it counts (units.yml count_nouns:
    '编制人数42'), with no unit and no further digits after it: a count in the noun's unit."""
    if "." in tok.digits or text[tok.num_end:tok.num_end + 1].isdigit():
        return None
    m = _count_noun_re().search(text, max(0, tok.start - 12), tok.start)
    if m is None:
        return None
    unit = lexicon.load("units").get("count_nouns", {})[m.group(1)]
    return next((u for u in patterns.units() if u.printed == unit and u.family == "count"), None)


def _bare_change_unit(text: str, tok: patterns.NumberToken, toks: list[patterns.NumberToken]) -> patterns.Unit | None:
    """A change on last year printed with no unit right after its direction word (units.yml bare_change_words)
    and right before a rate moving the same way ('收支较上年减少 12.34，降低 9.1%'), in a sentence naming last
    year as its base before it: the money unit of the last figure printed before it in its sentence or the one
    before (the figure that changed); None without one, or when the rate moves the other way or stands apart."""
    words = lexicon.load("units").get("bare_change_words") or {}
    if not words or text[tok.num_end:tok.num_end + 1].isdigit():
        return None
    m = _bare_change_re().search(text, max(0, tok.start - 8), tok.start)
    after = [t for t in toks if t.start >= tok.num_end]
    if m is None or not after or after[0].unit is None or after[0].unit.family != "percent":
        return None
    g = _RATE_GAP.fullmatch(text, tok.num_end, after[0].start)
    if g is None or vocab.load().direction_of.get(g.group(1)) != words.get(m.group(1)):
        return None
    sa = max(text.rfind(ch, 0, tok.start) for ch in segments.SENTENCE_END) + 1
    if not _prior_base_in_re().search(text, sa, m.start()):
        return None
    # the figure that changed: the sentence's last before it, or the sentence before's ('收入总计 T 万元，支出总计
    # T 万元。收支较上年减少 D，降低 P%')
    before = max(text.rfind(ch, 0, max(sa - 1, 0)) for ch in segments.SENTENCE_END) + 1 if sa else 0
    money = [t for t in toks if before <= t.start < tok.start and t.unit is not None and t.unit.family == "money"]
    return money[-1].unit if money else None


_RATE_GAP = regex.compile(r"\s*[，,]\s*(\p{Han}{1,3}?)\s*")


@lru_cache(maxsize=None)
def _bare_change_re() -> "regex.Pattern[str]":
    """A bare change's direction word ending the text before it (units.yml bare_change_words)."""
    words = lexicon.load("units").get("bare_change_words") or {}
    return regex.compile(rf"({lexicon.alternation(words) or '(?!)'})\s*$")


@lru_cache(maxsize=None)
def _prior_base_in_re() -> "regex.Pattern[str]":
    """A base marker and the prior period anywhere in a text ('较上年', '与2023年度相比')."""
    return regex.compile(_prior_base())


_ZERO_END = regex.compile(r"\s*(?:[，,。；;、]|$)")


def _bare_zero_unit(text: str, tok: patterns.NumberToken, toks: list[patterns.NumberToken]) -> patterns.Unit | None:
    """A zero printed bare right after a budget / actual word (units.yml bare_zero_words, maybe with a link:
    '年初预算为0，') and before the clause ends, outside brackets: the money unit its sentence prints nearest to it
    (None without one)."""
    if tok.value != 0 or not _ZERO_END.match(text, tok.num_end) or not _zero_link().search(text, 0, tok.start):
        return None
    sa = max(text.rfind(ch, 0, tok.start) for ch in segments.SENTENCE_END) + 1
    if segments.in_parens(text, sa, tok.start):
        return None
    ends = [text.find(ch, tok.num_end) for ch in segments.SENTENCE_END]
    sb = min([e for e in ends if e >= 0] or [len(text)])
    money = [t for t in toks if sa <= t.start < sb and t.unit is not None and t.unit.family == "money"]
    return min(money, key=lambda t: abs(t.start - tok.start)).unit if money else None


@lru_cache(maxsize=None)
def _zero_link() -> "regex.Pattern[str]":
    """A budget / actual word and maybe a link word ending the text before a bare zero (units.yml)."""
    d = lexicon.load("units")
    alt = lexicon.alternation
    return regex.compile(rf"(?:{alt(d.get('bare_zero_words'))})\s*(?:{alt(d.get('bare_zero_links'))})?\s*$")


@lru_cache(maxsize=None)
def _count_noun_re() -> "regex.Pattern[str]":
    nouns = sorted(lexicon.load("units").get("count_nouns", {}), key=len, reverse=True)
    return regex.compile(rf"({'|'.join(regex.escape(n) for n in nouns) or '(?!)'})\s*(?:为|是|[：:])?\s*$")


@lru_cache(maxsize=None)
def _prior_base_re() -> "regex.Pattern[str]":
    """A base marker and the prior period ending the text before a bare number ('较上年', '比2020年的')."""
    return regex.compile(rf"{_prior_base()}\s*的?\s*$")


def _prior_base() -> str:
    """The pattern of a base marker and the prior period: a 上年 word or a year ('较上年', '比2020年度')."""
    v = vocab.load()
    marks = lexicon.alternation(v.base_markers)
    priors = lexicon.alternation(w for w, p in v.period_of.items() if p == "上年")
    return rf"(?:{marks})\s*(?:{priors}|(?:19|20)\d\d\s*年度?)"
