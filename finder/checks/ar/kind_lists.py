"""AR04's lists of kinds: counts and amounts listed under a figure by name, counts by state, a lone 其中 part."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.ar.common import bare
from finder.checks.ar.heads import claim_period, in_list_sentence, listed_under, next_sentence, opens_list, part_key
from finder.checks.ar.parts_sum import SUM_REASONS, judge
from finder.checks.ar.states import state_lists
from finder.checks.ledger import Settlement, settle
from finder.checks.nt.common import checkable, severity
from finder.checks.registry import CheckOptions
from finder.claims import vocab
from finder.claims.counts import ACTUAL_MARK, ACTUAL_TOTAL
from finder.claims.patterns import units
from finder.link import evidence as E
from finder.link.concepts import key_of
from finder.link.wholes import decompositions
from finder.model import Claim, Finding
from finder.numbers.interval import Interval, Verdict, compare, total

_LIST_STOP = regex.compile("[。！？!?]")         # a sentence end inside a list's gap
_SEMICOLON = regex.compile("[；;]")


def count_lists(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """Counts listed under a count ('在职人数 N 人，其中/包括：行政人员 a 人、事业人员 b 人') add to no
    more than it: kinds of one thing (their names end alike, none named twice), maybe not all of
    them; a list closed by the rest ('…执法执勤用车 4 辆、其他用车 0 辆') names all of them, so they add
    up to it. Whole numbers of persons or things are exact."""
    points = tuple(u.printed for u in units() if u.family == "score")
    bands = [nc for nc in analysis.non_claims if nc.reason == "threshold"
             and nc.paragraph.text[nc.end:nc.end + 4].lstrip().startswith(points)]
    for whole, items, names in _lists(analysis, "count", same_paragraph=False, exact=True):
        if any(nc.paragraph is whole.paragraph and whole.end <= nc.start < items[-1].start for nc in bands):
            continue                    # counts by a band of scores ('90 分以上项目 9 个'): EV18's to sum
        closed = closed_by_rest(names, of_kind=True)
        every = not closed and level_split(names)       # '本级 a 人，所属单位 b 人': every level of the whole
        doubt = _doubtful_part(whole, items)
        named = _named_by_whole(whole, items)
        if not _adds_up(whole, items) and named and _adds_up(whole, named):
            # '财政供养人员 N 人。其中：行政编制财政供养人员 a 人，事业编制财政供养人员 b 人，离退休人员 c 人':
            # the items named as kinds of the whole add up to it exactly; the one named otherwise is a note
            yield from judge(whole, named, True, opts, iv=_count_interval, exact=True, ledger=True)
            continue
        if _adds_up(whole, items):
            # whole counts adding to exactly the whole: consistent whether the list is every kind or not (a kind
            # left out would be 0), so the figures verify each other in the ledger
            yield from judge(whole, items, True, opts, iv=_count_interval, exact=True, ledger=True)
            continue
        yield from judge(whole, items, closed or every, opts, iv=_count_interval, exact=True, worded=closed or every,
                         certain=not doubt, why=doubt or (messages.term("why_closed") if closed else
                                                          messages.term("why_every") if every else ""))


def _doubtful_part(whole: Claim, items: list[Claim]) -> str:
    """Why a part's inclusion in the whole count is doubtful by its wording ('' when none is): its name says
    who pays its persons and another's does not (arith.yml person_states paid_by: '由养老保险基金发放养老金的离退休
    人员' beside '在职人员', counted in the unit's 实有人数 by some reports and not by others; '离退休人员 N 人，其中：
    单位发放离退休费的人员 a 人，养老保险基金发放养老金的人员 b 人' splits the whole by payer, no doubt), or it
    follows a '；' that ends the head's own clause ('实有人数 20 人，其中在职人员 12 人；…；离退休人员 9 人': a statement of its own, maybe of persons beside the
    head count) in a list not enumerated by '；' after a colon ('其中：A a 人；B b 人'). Parts adding to more
    than the whole are then a warning saying why, not an error."""
    paid = [any(w in bare(c.subject) for w in _paid_by()) for c in items]
    if any(paid) and not all(paid):     # every item named by its payer: a split of the whole by who pays
        return messages.term("why_paid_by")
    text = whole.paragraph.text
    if any(c.paragraph is not whole.paragraph for c in items):
        return ""
    gaps = [text[a.end:b.start] for a, b in zip([whole, *items], items)]
    semi = [bool(_SEMICOLON.search(g)) for g in gaps]
    enumerated = regex.search("[：:]", gaps[0]) is not None and all(semi[1:])
    if any(semi[1:]) and not enumerated:     # a '；' between the whole and its 其中 ends no list clause
        return messages.term("why_after_semicolon")
    return ""


def _named_by_whole(whole: Claim, items: list[Claim]) -> list[Claim]:
    """The list's first items, two or more, each named by the whole's own name behind a qualifier ('行政编制财政供养
    人员' under '财政供养人员'), when a later item is not ('离退休人员'): the items the words make kinds of the
    whole; [] when the list has no such split."""
    head = bare(whole.subject)
    flags = [bare(c.subject).endswith(head) and bare(c.subject) != head for c in items]
    k = next((i for i, f in enumerate(flags) if not f), len(items))
    if len(head) < 2 or k < 2 or k == len(items) or any(flags[k:]):
        return []
    return items[:k]


def _adds_up(whole: Claim, items: list[Claim]) -> bool:
    """Every figure a whole count (no decimals, no approximation) and the items' sum is the whole's value."""
    figures = [whole, *items]
    if any(c.decimals or c.approx or c.garbled for c in figures):
        return False
    return sum(c.value for c in items) == whole.value


def state_counts(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """Counts of a total in distinct states ('共发现问题 N 个，已经完成整改的 a 个，正在整改的 b 个', arith.yml
    state_lists) add to no more than it (a warning: the states are read from words)."""
    counts = [c for c in analysis.claims if c.kind == "count"]
    for whole, items in state_lists(analysis.claims, {id(c) for c in checkable(counts)}):
        yield from judge(whole, items, False, opts, iv=_count_interval, exact=True, certain=False,
                         why=messages.term("why_states"))


def closed_by_rest(names: list[str], of_kind: bool = False) -> bool:
    """The list's last item, and only it, is the rest of the whole (its name opens with a residual word,
    lexicons/concepts.yml residual_prefixes: '其他用车', '其他人员'): the list names every part. `of_kind`
    (counts of things): the rest names what the others are ('其他用车' after '…用车')."""
    rest = vocab.load().residual_prefixes
    if not rest or not names[-1].startswith(rest) or any(n.startswith(rest) for n in names[:-1]):
        return False
    if not of_kind:
        return True
    # the rest of what the others are: '其他用车' closes '执法执勤用车、…', not '新能源车' (a nested list's item)
    tail = names[-1][next(len(r) for r in rest if names[-1].startswith(r)):]
    return all(n.endswith(tail) for n in names[:-1])


def money_lists(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """Amounts of no known concept listed right after an amount and 其中, in its sentence or opening the
    next ('项目支出 X 万元，其中：物业管理费 a 万元，设备购置费 b 万元'; '机关运行经费支出 X 万元，比上年增加 D 万元。其中：
    办公费 a 万元，…') add to no more than it: kinds of one thing (their names end alike, or each names its use:
    '其中：a 万元用于A，b 万元用于B'; none named twice or inside another's name), maybe not all of them; a list closed by the rest ('…，无形资产 c 万元，其他资产 d
    万元') names all of them, so they add up to it. Known concepts are the decompositions' to judge. A
    warning: that the items do not overlap (and that the rest closes the list) is read from their names."""
    for whole, items, names in _lists(analysis, "amount", same_paragraph=True):
        first = items[0]
        if not (opens_list(whole, first) or in_list_sentence(first) and next_sentence(whole, first)) \
                or any(a != b and a in b for a in names for b in names) \
                or _decomposed(whole, items):
            continue
        own = _own_sentence(whole, items)
        if own:
            # '支出 T。其中：A a，B b。C c。': the items of the 其中 sentence add up to the whole; the figure of
            # the sentence after is a statement of its own, not a further part
            items, names = own, names[:len(own)]
        closed = closed_by_rest(names)
        every = not closed and (complete_list(bare(whole.subject), names) or level_split(names))
        yield from judge(whole, items, closed or every, opts, certain=False,
                         why=messages.term("why_closed") if closed else messages.term("why_every") if every else "")
        yield from _adding_up(whole, items)


def mixed_lists(analysis, opts: CheckOptions) -> Iterator[Finding | Settlement]:
    """A total named by a total word (arith.yml mixed_list_totals: '收入总计 T，其中本级收入 a，上级补助收入 b，上年结余 c')
    with a 其中 list in its sentence whose names do not end alike (no kinds list money_lists reads) and mix known
    concepts with unknown ones (none a decomposition_sums reads alone): the items, none named inside another nor
    two of one concept, nor of the whole's own concept or another fund's, add to no more than it (a warning:
    that they do not overlap is read from their names); items adding up to it exactly hold against it. A figure
    named by a total word ends the list ('…，上年结余 c；支出总计 E': the other side's total)."""
    words = tuple(lexicon.load("arith").get("mixed_list_totals") or ())
    if not words:
        return
    claims = [c for c in analysis.claims if c.kind == "amount"]
    checked = {id(c) for c in checkable(claims)}
    for at, whole in enumerate(claims):
        head = bare(whole.subject)
        k = key_of(whole)
        if id(whole) not in checked or whole.approx or k is None or not head.endswith(words):
            continue
        items = []
        for c in listed_under(whole, claims, at):
            if c.sentence != whole.sentence or c.unit != whole.unit or bare(c.subject).endswith(words) \
                    or claim_period(c) != claim_period(whole) or bare(c.extra.get("whole_head", "")) != head:
                break
            items.append(c)
        names = [bare(c.subject) for c in items]
        known = [c for c in items if c.concept]
        keys = [key_of(c) for c in known]
        if len(items) < 2 or not opens_list(whole, items[0]) or len(set(names)) != len(names) \
                or len({n[-1:] for n in names}) == 1 or not known or len(known) == len(items) \
                or any(id(c) not in checked or c.approx for c in items) or not _disjoint(names, items) \
                or any(ck is None or ck[0] == k[0] or ck[1] != k[1] for ck in keys) \
                or len({ck[0] for ck in keys}) != len(keys):
            continue
        yield from (f for f in judge(whole, items, False, opts, certain=False) if isinstance(f, Finding))
        yield from _adding_up(whole, items)


def _own_sentence(whole: Claim, items: list[Claim]) -> list[Claim]:
    """The list's items in the first item's sentence, two or more, when later items stand in sentences after it
    and those first ones add up to the whole within their printing: the list closed with its sentence. [] else."""
    own = [c for c in items if c.sentence == items[0].sentence]
    if len(own) < 2 or len(own) == len(items):
        return []
    s = total([c.interval.clamp_nonneg() for c in own])
    return own if compare(whole.interval, s) == Verdict.CONSISTENT else []


def _adding_up(whole: Claim, items: list[Claim]) -> list[Settlement]:
    """A list whose items add up to its whole within their printing ('共申请资金 90 万元。其中：30 万元用于 A；30 万元
    用于 B；30 万元用于 C'): the figures hold against each other, whether or not the list names every part; a list
    adding to less says nothing (a part may be left out)."""
    s = total([c.interval.clamp_nonneg() for c in items])
    if compare(whole.interval, s) != Verdict.CONSISTENT:
        return []
    shown = " + ".join(E.shown(c) for c in items)
    return settle([c for c in (whole, *items) if c.status != "verified" and not c.checked_against], True, "AR04",
                  computation=messages.steps(f"{shown} → {E.in_printed_unit(s, whole)}",
                                             f"{whole.subject} {E.shown(whole)}", messages.verdict(Verdict.CONSISTENT)),
                  reasons=SUM_REASONS)


def _decomposed(whole: Claim, items: list[Claim]) -> bool:
    """An item names a part of a decomposition of the whole (cells.yml decompositions): those lists are
    decomposition_sums' to judge. Items of other known concepts ('公务用车运行维护费' under 机关运行经费) are kinds
    of the whole like the unknown ones, and so are items under a whole of no cell entry whose concepts have
    none either (no decomposition names them: '授予中小企业合同金额 d，其中，货物采购授予中小企业合同金额 a；…')."""
    k = key_of(whole)
    if k is None:
        return any(key_of(c) is not None for c in items if c.concept)
    parts = {p for d in decompositions() if d["whole"] == k[0] for p in d["parts"]}
    keys = [key_of(c) for c in items if c.concept]
    # a figure of the whole's own concept, or of a fund's scope ('支出 X，其中：财政拨款支出 X，一般公共预算拨款支出
    # X'): the same money split another way, no kind of it
    return any(ck is None or ck[0] in parts or ck[0] == k[0] or ck[1] != k[1] for ck in keys)


def lone_parts(amounts: list[Claim], checked: set[int], opts: CheckOptions,
               own: tuple[str, ...] = (), flagged: set[str] | frozenset = frozenset()) -> Iterator[Finding]:
    """A 其中 list of one item ('合计 100 万元，其中：A 120 万元'; the list opening the whole's sentence or
    the next): the part is no more than its whole, whatever else the whole holds. In a budget its 预算 is the
    year's (`own`): '项目总预算 T，其中 A a' names no period for a, the same one. An error when the
    part's concept is a part of the whole's by the decompositions, else a warning (read from the words).
    Counts too, item by unit ('接待 38 批次、412 人次，其中：外事接待 50 批次、24 人次'). A list on the numbered
    lines after a line ending '其中：' ('收入总预算 T。其中：', then '1、A a…', '2、B b…') holds no item larger than
    its whole either, however many it lists, and its items add to no more than it (a warning: the items are read
    as disjoint from their numbering; a whole another reading already found not to add up, `flagged`, aside)."""
    for at, whole in enumerate(amounts):
        if id(whole) not in checked or whole.approx:
            continue
        head = bare(whole.subject)
        listed = [c for c in listed_under(whole, amounts, at) if c.unit == whole.unit]
        items = [c for c in listed if c.paragraph is whole.paragraph]
        if not items and whole.id not in flagged:
            lines = [c for c in listed if on_lines_after(whole, c)]
            parts = [c for c in lines if held_to(whole, c, head, checked, own, by_concept=True)]
            larger = [f for c in parts for f in _larger_part(whole, c, opts)]
            yield from larger
            if not larger and len(parts) == len(lines) >= 2:     # none left out: they add to no more than it
                yield from (f for f in judge(whole, parts, False, opts, certain=False) if isinstance(f, Finding))
            continue
        if len(items) != 1:
            continue
        part = items[0]
        if not held_to(whole, part, head, checked, own) \
                or not (opens_list(whole, part) or in_list_sentence(part) and next_sentence(whole, part)):
            continue
        w, s = whole.interval, part.interval.clamp_nonneg()
        sev = severity(Verdict.CONTRADICTED if s.lo > w.hi else Verdict.CONSISTENT, part_key(part, whole))
        if sev is None:
            yield from _lone_settled(whole, part, w, s)
            continue
        if _fits_outer(whole, part, amounts):
            continue
        yield _part_over_whole(whole, part, w, s, sev, opts)


def held_to(whole: Claim, part: Claim, head: str, checked: set[int], own: tuple[str, ...],
             by_concept: bool = False) -> bool:
    """`part` is listed under `whole` by its words (`by_concept`: or, named by no head, linked to the whole's
    concept), of its period and unit, both checkable and exact."""
    wh = bare(part.extra.get("whole_head", ""))
    named = wh == head or by_concept and not wh and bool(whole.concept) and part.whole == whole.concept
    return named and claim_period(part, own) == claim_period(whole, own) \
        and not part.approx and id(part) in checked and part.unit == whole.unit


def on_lines_after(whole: Claim, part: Claim) -> bool:
    """The whole's line ends with a part marker and a colon ('…总预算 T。其中：') and `part` stands on a later
    numbered line ('1、A a'; listed_under keeps the run unbroken)."""
    tail = whole.paragraph.text[whole.end:].rstrip()
    return part.paragraph.index > whole.paragraph.index and tail.endswith(("：", ":")) \
        and tail[:-1].rstrip().endswith(tuple(vocab.load().part_markers)) \
        and bool(_NUMBERED.match(part.paragraph.text))


_NUMBERED = regex.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}\s*[、.．])")


def _larger_part(whole: Claim, part: Claim, opts: CheckOptions) -> Iterator[Finding]:
    """An item of a list on the lines after its whole that is larger than the whole."""
    w, s = whole.interval, part.interval.clamp_nonneg()
    if not s.lo > w.hi:
        return
    sev = severity(Verdict.CONTRADICTED, part_key(part, whole))
    yield _part_over_whole(whole, part, w, s, sev or "warning", opts)


def _part_over_whole(whole: Claim, part: Claim, w, s, sev: str, opts: CheckOptions) -> Finding:
    """One part (interval `s`) larger than its whole (interval `w`): an AR04 finding quoting both."""
    wiv, siv = E.in_printed_unit(w, whole), E.in_printed_unit(s, part)
    return Finding(
        check="AR04", severity=sev,
        message=messages.msg("AR04.lone", opts.lang, whole=whole.subject, value=E.shown(whole), wiv=wiv,
                             part=part.subject, pvalue=E.shown(part), piv=siv),
        evidence=[E.claim_evidence(whole), E.claim_evidence(part, role="context")],
        computation=messages.steps(f"{part.subject} {E.shown(part)} → {siv}", f"{whole.subject} {E.shown(whole)} → {wiv}",
                                   messages.term("part_at_most") + ("" if sev == "error" else messages.term("part_by_words")),
                                   messages.verdict(Verdict.CONTRADICTED)),
        claims=[whole.id, part.id], args={"verdict": Verdict.CONTRADICTED.value})


def _fits_outer(whole: Claim, part: Claim, amounts: list[Claim]) -> bool:
    """'本年支出 T，包括基本支出 a 和项目支出 b，其中财政拨款 c': a 其中 right after the last item of a list may
    open the parts of the list's own whole, not the item's; a part above the item but within that whole is
    read neither way."""
    head = bare(whole.extra.get("whole_head") or "")
    outer = next((c for c in reversed(amounts) if head and c.paragraph is whole.paragraph and c.start < whole.start
                  and c.sentence == whole.sentence and bare(c.subject) == head and c.unit == part.unit), None)
    return outer is not None and part.interval.lo <= outer.interval.hi


def _lone_settled(whole: Claim, part: Claim, w: Interval, s: Interval) -> list[Settlement]:
    """'本年支出 100 万元，其中：基本支出 100 万元': a lone part equal to its whole (within rounding) whose
    concept a decomposition counts as the whole's part, with no open end ('等', arith.yml open_ends) after
    the whole: the one item is all of it, so the two figures verify each other in the ledger. A part
    smaller than the whole (the rest unnamed), or a list left open, settles nothing."""
    spec = lexicon.load("arith").get("kinds_totals") or {}
    between = whole.paragraph.text[whole.end:part.clause[1]]
    if compare(w, s) != Verdict.CONSISTENT or not part_key(part, whole) \
            or any(e in between for e in spec.get("open_ends", ())):
        return []
    return settle([c for c in (whole, part) if c.status != "verified" and not c.checked_against], True, "AR04",
                  computation=messages.steps(f"{part.subject} {E.shown(part)} → {E.in_printed_unit(s, part)}",
                                             f"{whole.subject} {E.shown(whole)} → {E.in_printed_unit(w, whole)}",
                                             messages.term("one_part"), messages.verdict(Verdict.CONSISTENT)),
                  reasons=SUM_REASONS)


def _lists(analysis, kind: str, same_paragraph: bool, exact: bool = False) -> Iterator[tuple[Claim, list[Claim], list[str]]]:
    """Each checkable figure of a kind with the figures listed under it (same head, period and unit,
    all checkable) whose names read as kinds of one thing: two or more, none named twice, all
    ending alike (行政人员, 事业人员; 物业管理费, 设备购置费), none inside another's name (在职人数 and
    行政在职人数: a subtotal with its parts, two levels in one list)."""
    claims = [c for c in analysis.claims if c.kind == kind]
    checked = {id(c) for c in checkable(claims)}
    for at, whole in enumerate(claims):
        if id(whole) not in checked or whole.approx:
            continue
        head = bare(whole.subject)
        items = [c for c in listed_under(whole, claims, at) if claim_period(c) == claim_period(whole)
                 and bare(c.extra.get("whole_head", "")) == head
                 and (not same_paragraph or c.paragraph is whole.paragraph)]
        n = next((n for n, c in enumerate(items) if c.unit != whole.unit), len(items))
        items = items[:n]   # '车辆 5 辆，其中：…其他用车 0 辆，单价 100 万元以上设备 2 台': things of another unit end the list
        n = next((n for n, c in enumerate(items) if bare(c.subject).startswith(_plan_or_done())), len(items))
        items = items[:n]   # '计划投入资金 A，其中财政资金 a，实际到位资金 B': the plan's counterpart, no kind of it
        quotas = _quota_split(whole, items) if kind == "count" else None
        if quotas is not None:
            # '编制人数 15 人，其中：行政编制 10 人，实有 9 人；事业编制 5 人，实有 5 人': each kind's quota, then its
            # persons in post; the quotas add to a quota, the persons in post to an actual count
            names = [bare(c.subject) for c in quotas]
            if len(quotas) >= 2 and len(set(names)) == len(names) \
                    and all(id(c) in checked and not c.approx and c.unit == whole.unit for c in quotas):
                yield whole, quotas, names
            continue
        tree = _state_tree(items) if kind == "count" else None
        if tree is not None:
            # '实有人数 20 人，其中在职人员 12 人，行政人员 9 人，事业人员 3 人，退休人员 8 人': the 行政 and 事业
            # persons are some of the 在职 ones; each level is a list of its own
            for state, level in tree:
                names = [bare(c.subject) for c in level]
                if len(set(names)) == len(names) and _disjoint(names, level) \
                        and (state is not None or len(level) == 1 or _alike(names, whole, level)) \
                        and all(id(c) in checked and not c.approx and c.unit == whole.unit for c in level):
                    yield state or whole, level, names
            continue
        every = items
        items = _kinds_before_new_item(whole, items)
        names = [bare(c.subject) for c in items]
        if not _disjoint(names, items):
            continue
        kinds = names[:-1] if len(names) > 2 and closed_by_rest(names) else names   # '…，其他 c': the rest
        if len(names) >= 2 and len(set(names)) == len(names) and _alike(kinds, whole, items) \
                and all(id(c) in checked and not c.approx and c.unit == whole.unit for c in items):
            yield whole, items, names
        elif exact and len(every) >= 2 and _disjoint([bare(c.subject) for c in every], every) \
                and len({bare(c.subject) for c in every}) == len(every) \
                and all(id(c) in checked and c.unit == whole.unit for c in every) and _adds_up(whole, every):
            # '实有人数 108 人，其中在职人员 60 人，…；年末其他人员 0 人；…由养老保险基金发放养老金的离退休人员 48 人':
            # items whose names do not say they are kinds of one thing, read as the whole's parts only when
            # that reading adds up exactly (whole counts); a reading that does not is left unread
            yield whole, every, [bare(c.subject) for c in every]


def _quota_split(whole: Claim, items: list[Claim]) -> list[Claim] | None:
    """A count list of quotas each followed by its persons in post ('行政编制 10 人，实有 9 人；事业编制 5 人，实有 5 人':
    claims.counts actual_name): the quotas when the whole names a quota (directions.yml quota_words: '编制人数'),
    the actual counts when it names an actual one (actual_words: '实有人数'), [] when it names neither; None when
    the list is no such pairing (no actual count in it, or one whose quota is not listed right before it). The list
    ends with its last actual count."""
    names = [bare(c.subject) for c in items]
    marked = [k for k, n in enumerate(names) if n.endswith(ACTUAL_MARK)]
    if not marked:
        return None
    items, names = items[:marked[-1] + 1], names[:marked[-1] + 1]      # the pairs' run ends the list
    quotas, actuals = [], []
    for k, (c, n) in enumerate(zip(items, names)):
        if n.endswith(ACTUAL_MARK):
            if k == 0 or names[k - 1] != n[:-len(ACTUAL_MARK)]:
                return None
            actuals.append(c)
        elif n != ACTUAL_TOTAL:
            quotas.append(c)
    v, head = vocab.load(), bare(whole.subject)
    if any(w in head for w in v.quota_words) and not any(w in head for w in v.actual_words):
        return quotas
    if any(w in head for w in v.actual_words) and len(actuals) == len(quotas):
        return actuals
    return []


def _state_tree(items: list[Claim]) -> list[tuple[Claim | None, list[Claim]]] | None:
    """A count list whose items nest by the states of a unit's persons (arith.yml person_states nests): an item
    named by a kind of a state ('行政人员', '事业编制' of 在职) right after that state's item ('在职人员'), or
    after a kind following it, is that item's part. The levels as (head, items): (None, the whole's own items)
    first, then each state's item with its kinds; None when no item nests. A kind printed apart from its
    state's item (another item between them) leaves the nesting unsure: the list is then no levels at all ([])."""
    states = [_state_name(bare(c.subject)) for c in items]
    kids: dict[int, list[Claim]] = {}
    top: list[Claim] = []
    parent = None                       # the index of the state item whose kinds are running
    for n, c in enumerate(items):
        name = bare(c.subject)
        owner = next((i for i, s in enumerate(states) if s and _kind_of(name, s)), None)
        if owner is None:
            top.append(c)
            parent = n if states[n] else None
            continue
        if owner != parent or c.paragraph is not items[owner].paragraph:
            return []
        kids.setdefault(owner, []).append(c)
    if not kids:
        return None
    return [(None, top)] + [(items[i], k) for i, k in sorted(kids.items())]


@lru_cache(maxsize=None)
def _state_forms() -> "tuple[regex.Pattern[str], dict[str, regex.Pattern[str]]]":
    d = lexicon.load("arith").get("person_states") or {}
    alt = lexicon.alternation
    nouns = alt(d.get("nouns", ()))
    nests = d.get("nests") or {}
    state = regex.compile(rf"({alt(nests)})(?:{nouns})?")
    kinds = {str(s): regex.compile(rf"(?:{alt(k)})(?:{alt(d.get('kind_marks', ()))})?(?:{nouns})?")
             for s, k in nests.items()}
    return state, kinds


def _state_name(name: str) -> str:
    """The state whose kinds arith.yml person_states nests names the item ('在职人员' → 在职), else ''."""
    m = _state_forms()[0].fullmatch(name)
    return m.group(1) if m else ""


def _kind_of(name: str, state: str) -> bool:
    """The item is named by one of the state's kinds ('事业编制' of 在职, '退休人员' of 离退休)."""
    form = _state_forms()[1].get(state)
    return bool(form and form.fullmatch(name))


def _disjoint(names: list[str], items: list[Claim]) -> bool:
    """No item is a subtotal of others, nor within another by concept, nor a level of one tree."""
    if any(a != b and _holds_name(b, a) for a in names for b in names):
        return False  # '在职人数 49，行政在职人数 19、…；退休人数 13': a subtotal listed with its own parts
    if _nested(items):
        return False  # '接待 30 批次，其中国内接待 28 批次，外事接待 3 批次': the 外事 receptions are some of the 国内
    # '一级指标 3 个，二级指标 9 个，三级指标 12 个': one tree counted at several depths
    return sum(1 for n in names if _level_name(n)) < 2


def _holds_name(name: str, other: str) -> bool:
    """`other` is within `name` as a name of its own ('在职人数' in '行政在职人数'), not as the end of a longer
    state word that a qualifier precedes ('退休人员' in '由养老保险基金发放养老金的离退休人员': arith.yml
    person_states; that name counts the 离退休 persons the qualifier picks, the other the 退休 ones)."""
    at = name.find(other)
    while at >= 0:
        if not any(0 < m.start() < at < m.end() for m in _state_words().finditer(name, overlapped=True)):
            return True
        at = name.find(other, at + 1)
    return False


@lru_cache(maxsize=None)
def _state_words() -> "regex.Pattern[str]":
    d = lexicon.load("arith").get("person_states") or {}
    return regex.compile(lexicon.alternation(d.get("states", ())))


def _nested(items: list[Claim]) -> bool:
    """An item states a concept another item's holds (concepts.yml part_of; a count by its money twin): the
    外事接待 within the 国内接待, as the 三公 table lists '其中：外事接待费' under '国内接待费'. No disjoint kinds."""
    v = vocab.load()
    twins = dict(v.money_twins)
    ids = {twins.get(c.concept, c.concept) for c in items if c.concept}
    return any(v.concepts[i].part_of in ids for i in ids if i in v.concepts)


def _alike(names: list[str], whole: Claim, items: list[Claim]) -> bool:
    """The names read as kinds of one thing: they end alike (行政人员, 事业人员), or each names a state of the
    unit's persons (在职, 退休人员; arith.yml person_states) within the head's own ；-item ('实有人数 40 人，其中在职
    40 人；离退休人员 12 人，其中…': the retired after the ； may be no part of the head count), or each names
    what its figure was spent on ('其中：a 万元用于A，b 万元用于B'; arith.yml use_lists spent_on) and is of the year."""
    if len({n[-1:] for n in names}) == 1 or _class_items(whole, names) or level_split(names):
        return True
    if _kinds_of(whole, items):
        return True
    if all(n.startswith(_spent_on()) for n in names):
        return _of_the_year(whole, items)
    last = items[-1]
    return all(_person_state().fullmatch(n) for n in names) and last.paragraph is whole.paragraph \
        and not any(ch in "；;" for ch in whole.paragraph.text[whole.end:last.start])


def _kinds_of(whole: Claim, items: list[Claim]) -> bool:
    """Every item is of one concept that concepts.yml makes a part of the whole's (part_of): '实有人数 48 人，包括
    行政 20 人，全额事业编 28 人', staff_by_type under staff: kinds of the whole however their names end."""
    v = vocab.load()
    kinds = {c.concept for c in items}
    if len(kinds) != 1 or None in kinds or not whole.concept:
        return False
    concept = v.concepts.get(next(iter(kinds)))
    return concept is not None and concept.part_of == whole.concept


def _class_items(whole: Claim, names: list[str]) -> bool:
    """Each name is a 款 of the whole's 经济分类 class (lexicons/arith.yml class_items: '工资福利支出 a，其中：基本工资 b，
    津贴补贴 c，奖金 d')."""
    concept = vocab.load().concepts.get(whole.concept) if whole.concept else None
    items = _class_item_names().get(concept.code) if concept is not None and concept.id.startswith("econ_") else None
    return bool(items) and all(n in items for n in names)


@lru_cache(maxsize=1)
def _class_item_names() -> dict[str, frozenset[str]]:
    return {str(k): frozenset(v or ()) for k, v in (lexicon.load("arith").get("class_items") or {}).items()}


def _of_the_year(whole: Claim, items: list[Claim]) -> bool:
    """No use's words before its amount, in its clause ('其中 a 万元用于A，累计 b 万元用于B'), hold a word of
    arith.yml use_lists not_parts that the whole's own words lack: a cumulative, multi-year or planned amount
    is no part of the year's figure."""
    text = whole.paragraph.text
    own = text[whole.clause[0]:whole.start]
    starts = [max(prev.end, *(text.rfind(x, 0, c.start) + 1 for x in "，,；;：:")) for prev, c in zip([whole, *items], items)]
    return not any(w in text[a:c.start] and w not in own for a, c in zip(starts, items) for w in _not_parts())


def complete_list(whole: str, names: list[str]) -> bool:
    """The names are, in any order, every part of the whole by name (lexicons/arith.yml complete_lists: 税收收入
    and 非税收入 of a 一般公共预算收入, its level words aside: '全县一般公共预算收入')."""
    return any(sorted(names) == sorted(e["parts"]) and whole.endswith(tuple(e["wholes"])) for e in _complete_lists())


def level_split(names: list[str]) -> bool:
    """The names split a whole by level, every level named once (lexicons/arith.yml level_splits: '省本级' and
    '市县级'; '本级支出' and '所属单位支出'): each opens with a word of one group of a split, and each group is named."""
    for groups in _level_splits():
        if len(names) != len(groups):
            continue
        hit = [next((k for k, words in enumerate(groups) if n.startswith(words)), None) for n in names]
        if None not in hit and sorted(hit) == list(range(len(groups))):
            return True
    return False


@lru_cache(maxsize=None)
def _level_splits() -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(tuple(tuple(w) for w in split) for split in lexicon.load("arith").get("level_splits") or ())


@lru_cache(maxsize=None)
def _complete_lists() -> tuple[dict, ...]:
    return tuple(lexicon.load("arith").get("complete_lists") or ())


@lru_cache(maxsize=None)
def _spent_on() -> tuple[str, ...]:
    return tuple((lexicon.load("arith").get("use_lists") or {}).get("spent_on") or ())


@lru_cache(maxsize=None)
def _not_parts() -> tuple[str, ...]:
    return tuple((lexicon.load("arith").get("use_lists") or {}).get("not_parts") or ())


@lru_cache(maxsize=None)
def _paid_by() -> tuple[str, ...]:
    return tuple((lexicon.load("arith").get("person_states") or {}).get("paid_by") or ())


@lru_cache(maxsize=None)
def _person_state() -> "regex.Pattern[str]":
    d = lexicon.load("arith").get("person_states") or {}
    alt = lexicon.alternation
    return regex.compile(rf"(?:{alt(d.get('states', ()))})(?:{alt(d.get('nouns', ()))})?")


@lru_cache(maxsize=1)
def _plan_or_done() -> tuple[str, ...]:
    """Words naming a figure as planned or as done (appendix.yml planned_counts)."""
    words = lexicon.load("appendix")["planned_counts"]
    return tuple(words["plan"]) + tuple(words["done"])


def _kinds_before_new_item(whole: Claim, items: list[Claim]) -> list[Claim]:
    """'年末实有人员 51 人，其中：行政编制 30 人，事业编制 21 人；离退休人员 12 人': the whole's 其中 opens a
    list whose first items end alike, and an item ending otherwise follows a '；' that no gap between
    those items holds (nor a sentence end): that item starts a statement of its own, and the list is the
    items before it, unless one is named by a rank (arith.yml ranked_lists: a thing may hold several).
    Any other list whose endings differ stays as it is (unsummed)."""
    names = [bare(c.subject) for c in items]
    k = next((i for i, n in enumerate(names) if n[-1:] != names[0][-1:]), len(names))
    if k < 2 or k == len(names) or not opens_list(whole, items[0]) \
            or any(c.paragraph is not whole.paragraph for c in items[:k + 1]) \
            or any(n.startswith(_ranks()) for n in names[:k]):
        return items
    text = whole.paragraph.text
    gaps = [text[a.end:b.start] for a, b in zip(items[:k], items[1:k + 1])]
    if any(_LIST_STOP.search(g) for g in gaps) or any(_SEMICOLON.search(g) for g in gaps[:-1]) \
            or not _SEMICOLON.search(gaps[-1]):
        return items
    return items[:k]


@lru_cache(maxsize=None)
def _ranks() -> tuple[str, ...]:
    return tuple(lexicon.load("arith").get("ranked_lists") or ())


@lru_cache(maxsize=None)
def _level_words() -> "regex.Pattern[str]":
    d = lexicon.load("arith").get("level_lists") or {}
    alt = lexicon.alternation
    return regex.compile(rf"(?:{alt(d.get('levels', ()))})(?:{alt(d.get('nouns', ()))})$")


def _level_name(name: str) -> bool:
    """A name counting one level of a tree ('二级指标'; lexicons/arith.yml level_lists)."""
    return bool(_level_words().search(name))


def _count_interval(c: Claim) -> Interval:
    return Interval.exact(c.value) if c.decimals == 0 else c.interval
