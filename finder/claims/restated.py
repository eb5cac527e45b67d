"""'本年支出合计 450 万元，上年支出合计 400 万元': a prior-period word opening the frame's name restates its figure."""
from __future__ import annotations

from functools import lru_cache

from finder import lexicon
from finder.claims import period_words
from finder.claims.phrase import core_phrase
from finder.claims import vocab

PRIOR = "上年"
CURRENT = "本年"


def restates(text: str, a: int, b: int, period: str | None, subject: str) -> bool:
    """text[a:b], a name printed after prior-period words only (the last period word before it is one of
    directions.yml periods 上年: 上年, 上年度, 去年, 上年同期…), is `subject` (the figure its sentence is
    about) less that subject's own current-period opening ('本年支出合计' -> 支出合计): the same figure's
    last-year value, so it stays in the figure's frame. A name opening with one of prior_restated own_names
    ('上年结转', '上年结余': balances brought into this year) is a figure of its own."""
    if period != PRIOR or not subject or a >= b or text.startswith(_own_names(), a, b):
        return False
    return text[a:b] == stem(subject)


def names_again(text: str, ra: int, s: int, b: int, concepts: list[tuple[int, int, str]], subject: str) -> bool:
    """text[s:b], a concept's name printed after nothing but prior-period words in text[ra:s] ('上年公务接待费'),
    restates `subject`'s figure (as `restates`)."""
    period, pstart = period_words.period_in(text, ra, s, concepts)
    return 0 <= pstart and core_phrase(text, ra, b, concepts)[0] == s and restates(text, s, b, period, subject)


def stem(subject: str) -> str:
    """subject without the current-period words opening it ('本年度支出合计' -> 支出合计)."""
    v = vocab.load()
    m = v.period_re.match(subject)
    while m and v.period_of[m.group()] == CURRENT and m.end() < len(subject):
        subject = subject[m.end():]
        m = v.period_re.match(subject)
    return subject


@lru_cache(maxsize=1)
def _own_names() -> tuple[str, ...]:
    return tuple((lexicon.load("directions").get("prior_restated") or {}).get("own_names") or ())
