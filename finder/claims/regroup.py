"""After a paragraph is read: changes, rates and restated shares join their figure's group; a scale beside a total score is a weight."""
from __future__ import annotations

import regex

from finder import lexicon
from finder.claims import patterns, vocab
from finder.claims.period_words import labelled_year
from finder.claims.restated import stem
from finder.model import Claim, Paragraph


def scales_named_as_totals(claims: list[Claim], p: Paragraph) -> None:
    """'总分为 100 分，自评得分为 99.10 分', '得分 99.10 分（总分 100 分）': a score named by a scale word
    (directions.yml scale_words) printed next to a total score named otherwise (concept overall_score, or a
    bare score word) in its sentence, no lower than it, is that score's scale (a weight), not a second total score;
    the items of a list under the scale may lie between ('总分 100 分，其中产出指标 50 分、…，自评得分 99.10 分'). After the
    scores of parts ('…，预算执行率得分 9 分，总分 94 分') it stays their total (AR06)."""
    words, bare = vocab.load().scale_words, vocab.load().score_markers     # bare: '总分 100 分，得分 99.10 分'
    mine = claims[_paragraph_start(claims, p):]
    weighed = {c.sentence for c in mine if c.kind == "weight"}   # '…权重 10 分，得分 10 分；总分 95 分': their total
    scores = [c for c in mine if c.kind == "score" and (_total_score(c, bare) or not c.extra.get("whole_head"))]
    for x, y in zip(scores, scores[1:]):
        if x.sentence != y.sentence or x.sentence in weighed:
            continue
        for scale, other in ((x, y), (y, x)):
            if _named_by(scale, words) and not _named_by(other, words) and _total_score(other, bare) \
                    and scale.interval.lo >= other.interval.hi:
                scale.kind = "weight"


def _total_score(c: Claim, bare: tuple[str, ...]) -> bool:
    return c.concept == "overall_score" or "".join(c.subject.split()) in bare


def _named_by(c: Claim, words: tuple[str, ...]) -> bool:
    return "".join(c.subject.split()).endswith(words)


def _paragraph_start(claims: list[Claim], p: Paragraph) -> int:
    """Where the claims of paragraph p (the last read) start."""
    k = len(claims)
    while k > 0 and claims[k - 1].paragraph is p:
        k -= 1
    return k


def changes_join_their_figure(claims: list[Claim], p: Paragraph, own: tuple[str, ...]) -> None:
    """A change or a completion rate printed apart from its figure joins the figure's group, so it is
    checked on it: a change whose sentence names its figure again ('…财政拨款支出 400 万元，占…。与上年
    相比，…财政拨款支出增加 40 万元，增长 11.11%') joins the last statement of that concept before it in the
    paragraph, a figure of the report year (`own` periods: a budget's 预算 figures too), and one said of each
    side of a balanced pair ('收入预算总额 X，支出预算总额 X，与上年相比收、支预算总额各增加 A'), once every side
    was stated alike, joins the first side's figure (_each_figure); a share naming again a part its sentence
    listed ('…由人员经费 A、公用经费 B 组成，人员经费占 P%') joins that part's figure; a completion rate named only by its rate ('全年预算数 100 万元，执行数 95 万元，预算执行率
    为 95%') joins the budget and actual figures printed before it in its sentence."""
    mine = claims[_paragraph_start(claims, p):]
    stated = {c.extra.get("group") for c in mine if c.kind == "amount" and c.period in own}
    last: dict[str, Claim] = {}
    for i, c in enumerate(mine):
        group = c.extra.get("group")
        if c.kind == "amount" and c.period in own and c.concept:
            last[c.concept] = c
        elif c.kind in ("change_abs", "change_pct") and c.concept in last and group not in stated:
            _regroup(mine, group, last[c.concept].extra.get("group"))
        elif c.kind == "share" and c.concept in last and group not in stated \
                and last[c.concept].sentence == c.sentence:
            _regroup(mine, group, last[c.concept].extra.get("group"))
        elif c.kind in ("change_abs", "change_pct") and c.extra.get("each_of") and group not in stated:
            figure = _each_figure(c.extra["each_of"], last)
            if figure is not None:
                _regroup(mine, group, figure.extra.get("group"))
        elif c.kind == "completion" and group not in stated and _rate_only(c):
            figures = [o for o in mine[:i] if o.sentence == c.sentence and o.kind == "amount"]
            if figures and {o.extra.get("group") for o in figures} == {figures[-1].extra.get("group")} \
                    and {o.period for o in figures} & set(patterns.CURRENT_PERIODS) \
                    and {o.period for o in figures} - set(patterns.CURRENT_PERIODS):
                _regroup(mine, group, figures[-1].extra.get("group"))


def changes_join_an_earlier_figure(claims: list[Claim], p: Paragraph, own: tuple[str, ...], year: int | None) -> None:
    """A change of no known concept in a paragraph of its own whose group states no figure ('2023年收入 X 万元。' ⏎
    … ⏎ '与上年相比，收入增加 A 万元，…') joins the nearest figure of the report year (`own` periods) before it in its
    section that bears the change's own name (less current-period words), when that one names no concept either
    and is in the change's unit (a rate: any); marked extra 'figure_before' (what it implies is a warning at most,
    the figure read across paragraphs). A change of a concept is AR02's to read on an earlier figure; a change whose
    sentence names a year other than the report's `year` before it ('2023年，收入增加 A' in the 2024 report) is that
    year's, not the report year's figure's."""
    k = _paragraph_start(claims, p)
    earlier, mine = claims[:k], claims[k:]
    lone = [c for c in mine if c.kind in ("change_abs", "change_pct") and c.subject and not c.concept
            and c.unit != "个百分点" and labelled_year(p.text, c.sentence[0], c.start, year) is None]
    figured = {c.extra.get("group") for c in claims if c.kind == "amount" and c.period in own} if lone else set()
    for c in lone:
        group = c.extra.get("group")
        if group in figured:
            continue
        name = _name(c)
        figure = next((o for o in reversed(earlier) if o.kind == "amount" and o.period in own
                       and o.paragraph.section is p.section and _name(o) == name), None)
        if figure is not None and not figure.concept and (c.kind == "change_pct" or figure.unit == c.unit):
            for o in mine:
                if o.extra.get("group") == group:
                    o.extra["figure_before"] = True
            _regroup(mine, group, figure.extra.get("group"))


def _name(c: Claim) -> str:
    return stem("".join(c.subject.split()))


def _each_figure(names: list[str], last: dict[str, Claim]) -> Claim | None:
    """'收入总计 X，支出总计 X。与上年相比，收入总计、支出总计各增加 A': the change is each name's, and each
    name's figure was stated before it alike; the first of those figures (None when a name has no
    figure of its own before it or the figures differ as printed)."""
    figures = []
    for name in names:
        found = vocab.find_concepts(name)   # the one concept the name opens with ('收入预算总额': 收入总计)
        if len(found) != 1 or found[0][0] != 0 or found[0][2] not in last:
            return None
        figures.append(last[found[0][2]])
    return figures[0] if len({(f.value, f.unit) for f in figures}) == 1 else None


def part_named_between(text: str, sa: int, before: list[Claim], mine: list[Claim], st) -> None:
    """A sentence printing no subject of its own, whose figures were read in the frame carried from an earlier
    sentence, states a figure of that frame again for a period it already has, with another value ('…“三公”经费
    决算数 413.89 万元，比年初预算 325.55 万元增加 88.34 万元。超预算原因主要是因公出国（境）费用增加。2015年决算数
    180.40 万元，比…年初预算数 62.10 万元增加 118.30 万元'): one figure has one value, so these are not the frame's.
    When the figure-less sentences between name one concept only, a part of the frame's (concepts.yml part_of), the
    figures are that part's (a group of their own); else they stay as read."""
    groups = {c.extra.get("group") for c in mine}
    if len(groups) != 1 or not before:
        return
    group = next(iter(groups))
    earlier = [c for c in before if c.extra.get("group") == group and c.kind == "amount"]
    if not earlier or before[-1].sentence[1] > sa or any(_named_in_own_clause(c) for c in mine):
        return
    if not any(c.kind == "amount" and o.period == c.period and not o.interval.overlaps(c.interval)
               for c in mine for o in earlier):
        return
    head = earlier[-1].concept
    gap_start = before[-1].sentence[1]
    named = {cid: (a, b) for a, b, cid in vocab.find_concepts(text, gap_start, sa)}
    if len(named) != 1 or head is None:
        return
    [(cid, (a, b))] = named.items()
    if vocab.load().concepts[cid].part_of != head:
        return
    st.groups += 1
    for c in mine:
        c.subject, c.concept, c.extra["group"] = text[a:b], cid, f"G{st.groups}"
        c.extra["subject_before"] = True      # named in the sentence before, not in the figure's own


def names_pointed_back(claims: list[Claim], p: Paragraph) -> None:
    """A figure's name opening with a word pointing back (concepts.yml demonstratives: 本次, 此次) at a thing named
    earlier in the paragraph ('2031 某市招商推介会，旨在…。本次推介会成功签约项目 12 个') is read with that thing's full
    name ('某市招商推介会成功签约项目'): the longest opening of the rest of the name printed before the figure's
    sentence as the end of a phrase (a clause mark after it), taken with the name characters before it. A name
    pointing at nothing printed before stays as read."""
    words = tuple(lexicon.load("concepts").get("demonstratives") or ())
    text = p.text
    for c in claims[_paragraph_start(claims, p):]:
        subject = c.subject.strip()
        word = next((w for w in words if subject.startswith(w)), None)
        if word is None or c.kind not in ("count", "amount") or c.sentence[0] <= 0:
            continue
        rest = subject[len(word):]
        for k in range(len(rest), 1, -1):
            e = _phrase_end(text, rest[:k], c.sentence[0])
            if e is not None:
                s = e - k
                while s > 0 and _NAME_CHAR.match(text[s - 1]):
                    s -= 1
                if s < e - k:
                    c.extra["printed_subject"] = c.subject
                    c.subject = text[s:e] + rest[k:]
                break


def _phrase_end(text: str, part: str, end: int) -> int | None:
    """Where the last `part` printed before `end` ends when a clause mark follows it; None if none does."""
    k = text.rfind(part, 0, end)
    while k >= 0:
        e = k + len(part)
        if e < len(text) and text[e] in "，,。；;：:、":
            return e
        k = text.rfind(part, 0, k)
    return None


_NAME_CHAR = regex.compile(r"[\p{Han}A-Za-z“”\"《》（）()·]")


def _named_in_own_clause(c: Claim) -> bool:
    """The claim's subject is printed in its own sentence (then it was read, not carried)."""
    text = c.paragraph.text
    return bool(c.subject) and text.find(c.subject, c.sentence[0], c.start) >= 0


def _regroup(claims: list[Claim], old: str | None, new: str | None) -> None:
    for o in claims:
        if o.extra.get("group") == old:
            o.extra["group"] = new


def _rate_only(c: Claim) -> bool:
    """A completion claim whose concept is a rate, not a figure ('预算执行率 95%')."""
    concept = vocab.load().concepts.get(c.concept or "")
    return concept is not None and concept.measure == "percent"
