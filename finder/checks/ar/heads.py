"""AR04's list reading: which figures a 其中 list sets under which head, in its sentence or the next."""
from __future__ import annotations

from itertools import islice

from finder.checks.ar.common import bare
from finder.claims import vocab
from finder.link import groups as G
from finder.link.concepts import key_of
from finder.link.wholes import decompositions
from finder.model import Claim


def claim_period(c: Claim, own: tuple[str, ...] = ()) -> str:
    """The claim's period, the report year's under one name ('本年'), and so are `own` periods (a budget's
    预算: patterns.BUDGET_OWN_PERIODS)."""
    return "本年" if c.period in own else period_key(c.period)


def period_key(p: str) -> str:
    """A period, the report year's under one name ('本年')."""
    return "本年" if p in G.CURRENT_PERIODS else p


def part_key(part: Claim, whole: Claim) -> bool:
    """`part` states a concept some decomposition counts as a part of the whole's concept."""
    kp, kw = key_of(part), key_of(whole)
    return bool(kp and kw) and any(d["whole"] == kw[0] and kp[0] in d["parts"] for d in decompositions())


def in_list_sentence(c: Claim) -> bool:
    """The claim's sentence opens with a part marker (其中): it goes on listing the parts before it."""
    return c.paragraph.text[c.sentence[0]:c.start].lstrip().startswith(vocab.load().part_markers)


def listed_under(whole: Claim, amounts: list[Claim], at: int | None = None) -> list[Claim]:
    """The amounts listed under `whole`: the run right after it whose 其中 head is its subject (or,
    for items without a head, whose whole is that of the first item); an item's own 其中 list is
    skipped, and so is the whole restated in another unit before the list; anything else ends the run.
    `at`: where `whole` stands in `amounts`, when the caller walks them in order (else it is looked up)."""
    i = at if at is not None else next((n for n, c in enumerate(amounts) if c is whole), len(amounts))
    head = bare(whole.subject)
    items: list[Claim] = []
    for c in islice(amounts, i + 1, None):     # the run is short: no copy of the rest of the list
        if not items and c.unit != whole.unit and c.subject == whole.subject:
            continue                 # '接待 38 批次、412 人次，其中：…': the whole's figure in another unit
        wh = bare(c.extra.get("whole_head", ""))
        if wh == head or (not wh and c.whole and (items[0].whole if items else c.whole) == c.whole):
            items.append(c)
        elif not (wh and any(wh == bare(p.subject) for p in items)):
            break
    return items


def next_sentence(whole: Claim, part: Claim) -> bool:
    """`part`'s sentence follows `whole`'s with nothing but spaces between them."""
    return part.sentence[0] >= whole.sentence[1] and not part.paragraph.text[whole.sentence[1]:part.sentence[0]].strip()


def opens_list(whole: Claim, first: Claim) -> bool:
    """The whole's figure opens the list: a part marker (其中) stands between it and the first item, in
    one sentence, or a bracket opened right after it holds the item as the figure's part ('…费 12 万元（A 5
    万元）': finder/claims/lists.bracket_list read it so)."""
    between = first.paragraph.text[whole.end:first.start]
    return first.sentence == whole.sentence and (any(m in between for m in vocab.load().part_markers)
                                                 or between.lstrip().startswith(("（", "("))
                                                 and bool(whole.concept) and first.whole == whole.concept)
