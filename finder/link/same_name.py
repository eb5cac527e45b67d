"""A share's whole named by words no concept knows, stated in the text under that same name (arith.yml same_name_wholes)."""
from __future__ import annotations

from functools import lru_cache

from finder import lexicon
from finder.claims.patterns import CURRENT_PERIODS
from finder.link.concepts import norm_label
from finder.link.levels import level_patterns, levels_in
from finder.model import Claim


@lru_cache(maxsize=1)
def _spec() -> tuple[tuple[str, ...], tuple[str, ...]]:
    spec = lexicon.load("arith").get("same_name_wholes") or {}
    closers = tuple(sorted(spec.get("closers") or (), key=len, reverse=True))
    openers = {*level_patterns()[1], *(spec.get("qualifiers") or ())}
    return closers, tuple(sorted((w for w in openers if w), key=len, reverse=True))


def bare_name(name: str) -> str:
    """`name` less the level words and qualifiers opening it ('全县地方一般公共预算收入' -> '一般公共预算收入')."""
    openers = _spec()[1]
    s = norm_label(name)
    while (w := next((w for w in openers if s.startswith(w) and len(s) > len(w)), None)) is not None:
        s = s[len(w):]
    return s


def printed_name(share: Claim) -> str:
    """The whole's name printed after 占 in the share's clause, less a closer ('比重为'); '' when none."""
    from finder.link.wholes import printed_whole_text

    words = norm_label(printed_whole_text(share))
    closer = next((c for c in _spec()[0] if words.endswith(c)), "")
    return words[:len(words) - len(closer)].rstrip("的")


def _own_subject_fits(share: Claim, part: Claim) -> bool:
    """The words before 占 in the share's clause are none or open the part's subject."""
    from finder.link.wholes import share_verb_at

    a, at = share_verb_at(share)
    before = norm_label(share.paragraph.text[a:at]).strip("，,；;：:") if at >= 0 else ""
    return not before or norm_label(part.subject).startswith(before)


def same_name_whole(claims: list[Claim], share: Claim, part: Claim | None) -> Claim | None:
    """The last amount before `share` in its section, of the part's period and unit and larger than it,
    whose subject is the whole's printed name (of at least 4 characters), both less their level words and
    qualifiers; of the level the printed name names, if any ('占全市…' is no share of a 市本级 figure). The year's
    own figure is one period whether read as 本年 or 决算 ('一般预算支出 318 亿元。…实际支出 236 亿元，占一般预算支出的
    74.2%')."""
    printed = printed_name(share)
    name, level = bare_name(printed), levels_in(printed)
    if part is None or len(name) < 4 or not _own_subject_fits(share, part):
        return None
    best = None
    for c in claims:
        if (c.paragraph.index, c.start) >= (share.paragraph.index, share.start):
            break
        if (c.kind == "amount" and c is not part and c.unit == part.unit
                and (c.period == part.period or {c.period, part.period} <= set(CURRENT_PERIODS))
                and c.paragraph.section is share.paragraph.section and c.value > part.value
                and bare_name(c.subject) == name and (not level or levels_in(c.subject) == level)):
            best = c
    return best
