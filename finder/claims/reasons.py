"""A change's rate printed after the reason clause that explains the change ('…，主要原因是…，下降 P%')."""
from __future__ import annotations

from finder import lexicon
from finder.claims import context as cx
from finder.claims import patterns, period_words, segments, vocab
from finder.model import Claim
from finder.numbers.interval import Interval, Verdict, compare

_LEAD = " \u3000，,；;"


def rate_after_reason(text: str, ca: int, cb: int, toks: list[patterns.NumberToken], sentence: list[Claim],
                      frame: cx.Frame, year: int | None) -> bool:
    """Whether the clause text[ca:cb] is a bare rate ('下降 25.00%', '同比下降 25.00%', '较上年下降 25.00%',
    '较2030年下降 25.00%' in the 2031 report (`year`): a direction word, maybe after the change's base, the
    rate, nothing else) closing a reason given for the
    change read before it ('比上年减少 20.00 万元，主要原因是会议减少，下降 25.00%'): that change is the
    frame's last figure of the sentence outside the reason, moving the rate's way, with no rate of its own
    yet; no figure of the reason may own the rate (each is a change the other way: '主要原因是会议减少，但
    培训费增加 5.00 万元，下降 P%', or `_proved_the_changes`), and the reason names no other money figure
    (whose rate it might be). Then the rate is the change's."""
    if len(toks) != 1 or toks[0].unit is None or toks[0].unit.unit != "%" or text[toks[0].end:cb].strip(_LEAD + "。"):
        return False
    v = vocab.load()
    read = _direction(text[ca:toks[0].start].strip(_LEAD), year)
    if read is None:
        return False
    word, base = read
    k = next((i for i in range(len(sentence) - 1, -1, -1) if not sentence[i].extra.get("in_reason")), None)
    change, said = (sentence[k], sentence[k + 1:]) if k is not None else (None, [])
    sign = v.signs.get(v.direction_of[word])
    group = f"G{frame.group}"
    if change is None or change.kind != "change_abs" or not frame.group or change.extra.get("group") != group \
            or change.extra.get("sign") != sign or base not in (None, change.period) \
            or not (all(_not_its_rate(c, sign) for c in said)
                    or _proved_the_changes(toks[0], sentence, change, said, sign)):
        return False
    named = {c[2] for c in vocab.find_concepts(text, change.end, ca) if v.concepts[c[2]].measure == "money"}
    return named <= {frame.concept} | {c.concept for c in said}    # a concept changing the other way owns no rate


def _proved_the_changes(tok: patterns.NumberToken, sentence: list[Claim], change: Claim, said: list[Claim],
                        sign: int | None) -> bool:
    """'会议费支出 60 万元，比上年减少 20 万元，主要原因是培训费 45 万元，减少 5 万元，下降 25%': the rate fits the
    change on its own figure (20 ÷ 80) and no reason figure's own rate (5 ÷ 50: a level and the change naming
    nothing right after it), each recomputed over the printed rounding. A reason figure whose rate cannot be
    recomputed (a level or a change printed alone) may own any rate, so nothing is proved."""
    rate = Interval.printed(tok.digits)
    mine = _rate_of([c for c in sentence if c.extra.get("group") == change.extra.get("group")])
    if mine is None or not rate.overlaps(mine):
        return False
    i = 0
    while i < len(said):
        pair = said[i:i + 2]
        if len(pair) < 2 or pair[0].kind != "amount" or pair[1].kind != "change_abs" or pair[1].subject:
            pair = said[i:i + 1]
        i += len(pair)
        if _not_its_rate(pair[-1], sign):
            continue
        theirs = _rate_of(pair)
        if theirs is None or compare(rate, theirs) != Verdict.CONTRADICTED:
            return False
    return True


def _rate_of(figure: list[Claim]) -> Interval | None:
    """The rate one figure's printed level and change on 上年 make (change ÷ (level ∓ change) × 100), None
    when either is missing or the base may be 0."""
    level = next((c for c in figure if c.kind == "amount" and c.period in patterns.CURRENT_PERIODS), None)
    change = next((c for c in figure if c.kind == "change_abs" and c.period == "上年"), None)
    if level is None or change is None or level.unit != change.unit or not change.extra.get("sign"):
        return None
    base = level.interval - change.interval if change.extra["sign"] > 0 else level.interval + change.interval
    return change.interval.percent_of(base) if base.lo > 0 else None


def _not_its_rate(c: Claim, sign: int | None) -> bool:
    """A figure of the reason whose rate a rate moving `sign`'s way cannot be: a change the other way
    ('…但培训费增加 5.00 万元'). A level may own the rate after it ('会议费 5.00 万元，下降 P%'), a change the
    same way too."""
    return c.kind == "change_abs" and c.extra.get("sign") not in (None, sign)


def _direction(word: str, year: int | None) -> tuple[str, str | None] | None:
    """The direction word of '下降', '同比下降', '较上年下降', '与上年相比下降' and the base printed before it
    (None when none is; 同比 is last year's, a named year is labelled against the report's `year`: 上年 for
    the one before); None for anything else."""
    v = vocab.load()
    if word in v.direction_of:
        return word, None
    same = next((w for w in v.same_period_words if word.startswith(w)), None)
    if same is not None:
        rest, base = word[len(same):], "上年"
    else:
        marker = next((m for m in v.base_markers if word.startswith(m)), None)
        ym = segments.YEAR_RE.match(word, len(marker)) if marker else None
        pm = v.period_re.match(word, len(marker)) if marker and ym is None else None
        if ym is not None:
            rest, base = word[ym.end():], period_words.year_label(int(ym.group(1)), year)
        elif pm is not None:
            rest, base = word[pm.end():], v.period_of[pm.group()]
        else:
            return None
        rest = rest[len(e):] if (e := next((e for e in _comparison_ends() if rest.startswith(e)), None)) else rest
    return (rest, base) if rest in v.direction_of else None


def _comparison_ends() -> tuple[str, ...]:
    return tuple((lexicon.load("directions").get("respective") or {}).get("comparison_ends") or ())
