"""The core of a subject phrase: without list markers, fillers, period words, years and trailing notes."""
from __future__ import annotations

from functools import lru_cache

from finder import lexicon
from finder.claims import vocab, zh
from finder.claims.patterns import approx_words
from finder.claims.period_words import scope_spans
from finder.claims.segments import DIGIT_RE, LEAD_RE, PAREN_RE, YEAR_RE, outside

def core_phrase(text: str, a: int, b: int, concepts: list[tuple[int, int, str]]) -> tuple[int, int]:
    """text[a:b] without leading list markers/fillers and trailing period words, years and fillers."""
    v = vocab.load()
    m = LEAD_RE.match(text, a, b)
    a = m.end() if m else a
    changed = True
    while changed and a < b:
        changed = False
        for rx in (v.filler_re, YEAR_RE, v.period_re, v.footing_re, v.approval_re):
            if rx is v.footing_re and _opens_sentence(text, a):
                continue
            m = rx.match(text, a, b)
            if m and m.end() > a and outside(concepts, a) and (rx is YEAR_RE or _whole_token(text, a, m.end())):
                a, changed = m.end(), True
        if a < b and text[a] in " \u3000，、（(":
            a, changed = a + 1, True
    changed = True
    while changed and b > a:
        changed = False
        while b > a and text[b - 1] in " \u3000，、：:（(-－−":     # '差异率-2.72%': the sign is the number's
            b, changed = b - 1, True
        note = _trailing_note(text, a, b)
        if note is not None:
            b, changed = note, True
            continue
        for w in _trailing_by_last().get(text[b - 1], ()) if b > a else ():
            if b - len(w) >= a + (w in _footing()) and text.endswith(w, a, b) and outside(concepts, b - len(w)) \
                    and (len(w) > 1 or _whole_token(text, b - 1, b) or _opens_hedge(text, b, w)) \
                    and not _ends_fund_name(text, a, b, w) \
                    and not _ends_noun(text, a, b - len(w), w):
                b, changed = b - len(w), True
                break
        if not changed:
            m = None
            for m in YEAR_RE.finditer(text, a, b):
                pass
            if m and m.end() == b:
                b, changed = m.start(), True
    return a, b


def _ends_fund_name(text: str, a: int, b: int, w: str) -> bool:
    """The word ending text[a:b] is the 预算 of a fund's name ('其中一般公共预算 450 万元'), no period word."""
    return "预算" in w and any(e == b for _, e, _ in scope_spans(text, max(a, b - 16), b))


def _ends_noun(text: str, a: int, k: int, w: str) -> bool:
    """The period word w printed at k takes the place of a total word's end after its kept part ('项目总预算',
    '收支总预算': concepts.yml period_suffixed), so it stays in the subject's name (read as the period too)."""
    return k > a and w in vocab.load().period_of and text.endswith(_kept_parts(), a, k)


@lru_cache(maxsize=None)
def _kept_parts() -> tuple[str, ...]:
    return tuple((lexicon.load("concepts").get("period_suffixed") or {}).values())


def _trailing_note(text: str, a: int, b: int) -> int | None:
    """Where a wordy aside closing text[a:b] opens ('一般公共预算收入（含辖区内列统收入，下同）'): a
    note of four or more characters and no digit, after some words; None otherwise ('（境）', '（类）'
    are part of the name)."""
    if b - a < 2 or text[b - 1] not in "）)":
        return None
    o = max(text.rfind("（", a, b - 1), text.rfind("(", a, b - 1))
    if o <= a or b - 1 - o - 1 < 4 or PAREN_RE.search(text, o + 1, b - 1) or DIGIT_RE.search(text, o, b):
        return None
    return o


def _whole_token(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is whole segmenter tokens ('计' in '计划总投资' is not)."""
    return zh.snap(text, a, b) == (a, b)


@lru_cache(maxsize=None)
def _trailing_by_last() -> dict[str, tuple[str, ...]]:
    """_trailing_words keyed by their last character, longest first as there."""
    out: dict[str, list[str]] = {}
    for w in _trailing_words():
        if w:
            out.setdefault(w[-1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _trailing_words() -> list[str]:
    """Period and filler words, and the threshold words printed before a number ('教育支出首次突破
    900亿元': 突破 says more than, the subject is 教育支出)."""
    v = vocab.load()
    words = list(v.period_of) + [w for rx in (v.filler_re, v.footing_re) for w in rx.pattern.replace("\\", "").split("|")]
    words += [w for w, _ in approx_words() if w not in _APPROX_AFTER]
    return sorted(set(words), key=len, reverse=True)


_APPROX_AFTER = ("余", "多", "左右", "以上")   # approx words printed after the number (patterns.read_number)


@lru_cache(maxsize=1)
def _footing() -> frozenset[str]:
    """directions.yml footing_words: trailing, stripped only from a name they close ('公务用车购置费同口径')."""
    return frozenset(lexicon.load("directions").get("footing_words") or ())


def _opens_sentence(text: str, a: int) -> bool:
    """text[a:] opens its sentence or a clause after a semicolon."""
    return not text[:a].rstrip() or text[:a].rstrip()[-1] in "。！？!?；;"


def _opens_hedge(text: str, b: int, w: str) -> bool:
    """The approx word ending text[:b] opens the segmenter's word holding the numeral after it ('近千家')."""
    return w in _approx_before_words() and zh.snap(text, b - len(w), b)[0] == b - len(w)


@lru_cache(maxsize=None)
def _approx_before_words() -> frozenset[str]:
    return frozenset(w for w, _ in approx_words() if w not in _APPROX_AFTER)


def cap_words(text: str, a: int, b: int, n: int = 8) -> int:
    """Keep a subject phrase to its last `n` segmenter tokens."""
    if b - a <= 12:
        return a
    return max(a, zh.last_words(text, a, b, n))
