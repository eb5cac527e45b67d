"""'…比上年增加 8.00 万元，上年无此项支出' ('…，增长--（基数为0'): last year's figure said to be none is a 0 of 上年."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import patterns
from finder.model import Claim, Paragraph

_STRIP = " \u3000，,；;。：:）)"


@lru_cache(maxsize=1)
def _nil_re() -> "regex.Pattern[str]":
    spec = lexicon.load("directions").get("nil_prior") or {}
    rate = (rf"(?:{lexicon.alternation(spec.get('rate_words'))})\s*(?:{lexicon.alternation(spec.get('rate_blanks'))})*"
            r"\s*[%％]?\s*[（(]")
    return regex.compile(f"(?:{lexicon.alternation(spec.get('bases'))})(?:{lexicon.alternation(spec.get('words'))})"
                         f"|(?:{rate})?\\s*(?P<zero>{patterns.ZERO_BASE})")


def nil_prior(p: Paragraph, ca: int, cb: int, sentence: tuple[int, int], claims: list[Claim],
              group: int) -> Claim | None:
    """The 上年 amount 0 a number-less clause text[ca:cb] states when it is nothing but a base and a nil word
    (directions.yml nil_prior), or a blank rate and its base said to be 0, right after a money figure of this sentence's frame `group` (this year's
    figure or its change): that figure's last year, exact. None otherwise."""
    a, b = ca, cb
    text = p.text
    while a < b and text[a] in _STRIP:
        a += 1
    while b > a and text[b - 1] in _STRIP:
        b -= 1
    last = claims[-1] if claims else None
    if last is None or last.paragraph is not p or last.start < sentence[0] or not group \
            or last.extra.get("group") != f"G{group}" or last.unit != patterns.MONEY_UNIT \
            or last.extra.get("in_reason") or (m := _nil_re().fullmatch(text, a, b)) is None:
        return None
    if m.group("zero"):                # '增长--（基数为0': the note on the base is the figure's text
        if not last.kind.startswith("change"):
            return None                # '完成预算 0 万元的--%，基数为0': the budget's base, not last year's
        a = m.start("zero")
    return Claim(id="", kind="amount", raw=text[a:b], value=Decimal(0), decimals=0, unit=last.unit, paragraph=p,
                 start=a, end=b, subject=last.subject, concept=last.concept, period="上年",
                 clause=(ca, cb), sentence=sentence, extra={"group": last.extra["group"], "nil": True})
