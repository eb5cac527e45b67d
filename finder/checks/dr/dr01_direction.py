"""DR01: the direction words of one change contradict each other (减少 … 增长; 持平 with a change)."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.claims import vocab
from finder.checks.dr.flat_text import report_flat_statements
from finder.checks.dr.reason_heads import reason_heads, slips
from finder.checks.nt.common import head_changes, hedge_words, prose_groups, sentence_stop, stated_flat
from finder.checks.ledger import Settlement, settle
from finder.checks.registry import CheckOptions, register
from finder.link import evidence as E
from finder.link import groups as G
from finder.model import Claim, Evidence, Finding
from finder.numbers.interval import Verdict, compare

messages.add({
    "DR01": {"zh": "“{subject}”变动额写“{d1}”，变动率却写“{d2}”，方向相反{fit}",
             "en": "'{subject}': the change is '{d1}' but the rate says '{d2}'{fit}"},
    "DR01.moved_flat": {"zh": "“{subject}”写“{moved}”为 {value}，又写“{d}”，方向矛盾",
                         "en": "'{subject}' is said to have gone '{moved}' to {value} and to be unchanged ('{d}')"},
    "DR01.flat": {"zh": "“{subject}”写“{d}”，但所述变动为 {value}，并非零",
                  "en": "'{subject}' is said to be unchanged ('{d}') but a change of {value} is stated"},
    "DR01.changed_flat": {"zh": "“{subject}”写较上年{moved} {value}，又写“{d}”，方向矛盾",
                          "en": "'{subject}' is said to have {moved} by {value} on last year and to be unchanged ('{d}')"},
    "DR01.flat_elsewhere": {"zh": "“{item}”文中称“{d}”（未列数字），但另处写较上年{direction} {value}",
                            "en": "'{item}' is said to be unchanged ('{d}', no figure), yet elsewhere it changed ({direction} {value})"},
    "DR01.flat_prior": {"zh": "“{subject}”写“{d}”，但本年为 {value}，同句所列上年数为 {prior}，并不相等",
                        "en": "'{subject}' is said to be unchanged ('{d}') but is {value} against {prior} printed for last year"},
    "DR01.way_prior": {"zh": "“{subject}”写“{d}”，但本年为 {value}，同句所列上年数为 {prior}，方向矛盾",
                       "en": "'{subject}' is said to have gone '{d}' but is {value} against {prior} printed for last year"},
    "DR01.moved_prior": {"zh": "“{subject}”写由上年的 {prior}“{moved}”至 {value}，但 {value}{rel}上年数 {prior}，方向矛盾",
                         "en": "'{subject}' is said to have gone '{moved}' from last year's {prior} to {value}, yet {value} is {rel} {prior}"},
    "DR01.minus_repeated": {"zh": "“{subject}”写“{words}”：“{d}”后又印负号，按“{d}”读作 {value}；若负号属实则方向相反，"
                                  "应删去负号或改写方向词",
                            "en": "'{subject}' reads '{words}': a minus after '{d}'; read as '{d}' {value}, the other way "
                                  "if the minus is meant; drop the minus or change the word"},
    "DR01.below": {"zh": "低于", "en": "below"},
    "DR01.above": {"zh": "高于", "en": "above"},
    "DR01.fits": {"zh": "按“{word}”重算为 {iv}%，与 {pct}% 相符", "en": "read as '{word}' it recomputes to {iv}%, which fits {pct}%"},
    "DR01.misses": {"zh": "按“{word}”重算为 {iv}%", "en": "read as '{word}' it recomputes to {iv}%"},
    "DR01.sep": {"zh": "；", "en": "; "},
    "DR01.nonzero": {"zh": "，不含 0", "en": ", which excludes 0"},
    # the ledger's words for a change whose own direction word the finding contradicts
    "DR01.verified": {"zh": "变动方向一致", "en": "its direction agrees"},
    "DR01.contradicted": {"zh": "变动方向与同一变动的另一说法相反，见 DR01",
                          "en": "its direction contradicts another statement of the same change, see DR01"},
})


def _accused(f: Finding, claims: list[Claim]) -> Iterator[Finding | Settlement]:
    """The finding, then the ledger's verdict on the changes whose own direction words it finds in
    conflict (contradicted, with its computation): a figure that recomputes right under a wrong word
    must not stay verified. Figures it only quotes (the year's value a rate is measured on) keep theirs."""
    yield f
    yield from settle(claims, False, "DR01", computation=f.computation,
                      reasons=(messages.msg("DR01.verified"), messages.msg("DR01.contradicted")))


def _sep() -> str:
    """Between a computation's steps, in the run's language."""
    return messages.msg("DR01.sep")


@register("DR01", name="direction-conflict", groups=("core", "direction"), kind="change_direction")
def direction_conflict(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """同一变动的方向词互相矛盾 (减少 next to 增长; 持平 with a nonzero change).

    A change stated with no figure of its own beside it ('较上年减 0.04 万元，增 0.01%') is read
    too: its two direction words contradict each other whatever the figure. So is a level reached
    by a rise or a fall and said to be unchanged ('减少为 0.00 万元，与上年持平'), and a nonzero change on
    上年 said in the same breath to be none ('比上年增加 5.00 万元，与上年持平'; not '增幅与上年持平', the
    rate's own). A money item said to
    be unchanged on last year in a sentence printing no figure ('因公出国（境）费支出与上年持平') while
    the text states that item's change on 上年 as a nonzero rise or fall is a warning (lexicons/
    directions.yml flat_statement; '基本持平' and a budget's wording are left alone). A figure said to be
    unchanged with last year's printed beside it at another value ('450.00 万元，上年为 400.00 万元，与上年
    持平', '450.00 万元，与上年持平（上年 400.00 万元）', '450.00 万元，与上年 400.00 万元持平') is an error;
    so is a level said to be reached by a rise (a fall) from last year's figure printed before it in its sentence
    that lies below (above) it ('由上年的 3000.00 万元增加到 2700.00 万元').
    A reason's head naming a direction ('财政拨款收入支出增加的主要原因是…', directions.yml reason_heads) is held
    against the change of the figure it names, printed before it in its section ('收入支出' names both; the
    last change of each): a nonzero change on 上年 the other way is a warning; with no name ('…，减少 A 万元，
    增加的主要原因') the change before it in its sentence, an error. Either is read only when the figure's last
    comparison before the head is on 上年: after '决算数比年初预算增加 b' the head speaks of the budget. Two direction words printed one right after
    the other are a slip: '增加增加 A' is info (a doubled word), '与上年增加持平' a warning (two directions).
    A minus printed after a word of a fall ('减少 420.16 万元，下降 -64.20%') repeats the fall: the figure is read
    as the fall its word says, with a warning (which way is meant is not certain), and accuses no other figure.
    A 持平 said of a figure counting one thing ('共计接待 0 人次，与上年持平') is not held against a change counting
    another ('减少 119 批次'; lexicons/units.yml count, count_any).

    **Why it matters**
    A reader cannot tell whether spending went up or down.

    **Anti-pattern**

    .. code-block:: text

        商品和服务支出 24.58 万元，较上年减少 1.29 万元，增长 4.98%。

    **Best practice**
    1.29 ÷ (24.58 + 1.29) = 4.99% fits a decrease, so the rate is a 下降:

    .. code-block:: text

        商品和服务支出 24.58 万元，较上年减少 1.29 万元，下降 4.98%。
    """
    changes = head_changes(analysis, budget_value=True)      # a budget's change on 上年 has words too
    for ch in changes:
        yield from _pair(ch, opts)
        yield from _flat(ch, opts)
    yield from _valueless(analysis, {c.id for ch in changes for c in ch.claims()}, opts)
    yield from _moved_flat(analysis, opts)
    yield from _moved_against_prior(analysis, opts)
    yield from _flat_elsewhere(analysis, opts)
    yield from _flat_on_printed_prior(analysis, opts)
    yield from _way_on_printed_prior(analysis, opts)
    yield from reason_heads(analysis, opts)
    yield from slips(analysis, opts)
    yield from _minus_repeated(analysis, opts)


def _minus_repeated(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """'下降 -64.20%': a minus after a word of a fall; the claims stage read the fall the word says
    (lexicons/directions.yml minus_signs), which way is meant is not certain: a warning."""
    for c in analysis.claims:
        if not c.extra.get("minus_repeated") or G.in_points(c):
            continue
        text = c.paragraph.text
        words = text[max(c.clause[0], c.start - 6):c.end].lstrip("，,；;：: ")
        value = E.printed(c) + ("%" if c.kind == "change_pct" else c.unit or "")
        yield Finding(check="DR01", severity="warning",
                      message=messages.msg("DR01.minus_repeated", opts.lang, subject=c.subject, words=words,
                                           d=c.direction, value=value),
                      evidence=[E.sentence_evidence(c)],
                      computation=f"{c.direction} → {G.sign(c.direction):+d}{_sep()}− → {-G.sign(c.direction):+d}",
                      claims=[c.id])


def _flat_elsewhere(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """'因公出国（境）费支出与上年持平' (no figure) while the text states that item's change on 上年 as a
    nonzero rise or fall: a warning (the two may count the item differently)."""
    for st in report_flat_statements(analysis):
        changes = [c for c in analysis.claims if c.concept == st.concept and c.kind in ("change_abs", "change_pct")
                   and not G.in_points(c) and c.period == "上年" and G.sign(c.direction) and c.interval.lo > 0
                   and not _of_budget(c)]
        if not changes:
            continue
        c, name = changes[0], vocab.load().concepts[st.concept].name
        yield Finding(check="DR01", severity="warning",
                      message=messages.msg("DR01.flat_elsewhere", opts.lang, item=name, d=st.word,
                                           direction=c.direction, value=c.raw.strip()),
                      evidence=[Evidence(text=st.paragraph.text[st.start:st.end].strip(),
                                         **st.paragraph.where(st.start)),
                                *[E.claim_evidence([x], role="reference") for x in changes[:3]]],
                      computation=f"{st.word} → 0{_sep()}{c.direction} {E.printed(c)} → {G.sign(c.direction):+d}",
                      claims=[x.id for x in changes])


def _of_budget(c) -> bool:
    """The change is a budget's ('年初预算比上年增加…'): a flat actual says nothing of it."""
    s = c.paragraph.text[c.sentence[0]:c.sentence[1]]
    return any(w in s for w in lexicon.load("directions")["budget_comparison"]["budget"])


def _moved_flat(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """'公务接待费支出决算减少为 0.00 万元，与上年持平': a level reached by a rise or a fall
    (claims extra 'moved') said in the same breath to be unchanged; so is a nonzero change on 上年
    ('比上年增加 5.00 万元，与上年持平'), not one on last year's budget ('比上年预算下降 P%，比上年决算持平':
    a 持平 is read on last year's actual only, claims.bare)."""
    for group in prose_groups(analysis).values():
        flat = next((c for c in group if stated_flat(c)), None)
        changed = flat and next((c for c in group if c.kind in ("change_abs", "change_pct") and G.sign(c.direction)
                                 and c.interval.lo > 0 and c.period in G.PRIOR_PERIODS and not G.in_points(c)
                                 and not G.prior_kind(c)
                                 and c.subject == flat.subject and _same_measure(_measure(flat, group),
                                                                                 _measure(c, group))), None)
        if changed:
            c, d = changed, flat.extra["stated_direction"]
            yield from _accused(Finding(check="DR01", severity="error",
                          message=messages.msg("DR01.changed_flat", opts.lang, subject=c.subject, moved=c.direction,
                                               value=E.printed(c) + ("%" if c.kind == "change_pct" else c.unit or ""),
                                               d=d),
                          evidence=[E.claim_evidence([c]), E.sentence_evidence(c)],
                          computation=f"{c.direction} {E.printed(c)} → {c.interval}{messages.msg('DR01.nonzero')}{_sep()}{d} → 0",
                          claims=[c.id]), [c])
    for c in analysis.claims:
        moved, flat = c.extra.get("moved"), c.extra.get("stated_direction")
        if not moved or G.sign(flat) != 0 or not G.sign(moved):
            continue
        yield Finding(check="DR01", severity="error",
                      message=messages.msg("DR01.moved_flat", opts.lang, subject=c.subject, moved=moved,
                                           value=c.raw.strip(), d=flat),
                      evidence=[E.claim_evidence([c]), E.sentence_evidence(c)], computation=f"{moved} → {G.sign(moved):+d}{_sep()}{flat} → 0",
                      claims=[c.id])


def _unsure(*claims: Claim) -> bool:
    """A figure whose way is not certain ('下降 -64.20%', _minus_repeated warns) accuses no other."""
    return any(c.extra.get("minus_repeated") for c in claims)


def _measure(c: Claim, group: list[Claim]) -> str | None:
    """What a figure counts: 'money', the counted thing of its count unit (lexicons/units.yml count:
    批次 batches, 人次 persons), or None when its unit counts anything (count_any: 次, 个) or it has
    none. A rate counts what the figure of its subject printed before it counts ('减少 119 批次，下降 100%')."""
    if c.kind == "change_pct":
        prev = next((p for p in reversed(group) if p.end <= c.start and p.subject == c.subject
                     and p.kind != "change_pct"), None)
        return _measure(prev, group) if prev is not None else None
    units = lexicon.load("units")
    if c.unit in units["money"] or c.unit == "万元":
        return "money"
    if c.unit in units["count"] and c.unit not in units.get("count_any", ()):
        return units["count"][c.unit]
    return None


def _same_measure(a: str | None, b: str | None) -> bool:
    """Two figures may be one measure unless both say what they count and it differs: '共计接待 0 人次，
    与上年持平' says nothing of '减少 119 批次' before it."""
    return a is None or b is None or a == b


def _valueless(analysis, read: set[str], opts: CheckOptions) -> Iterator[Finding]:
    """A change stated with no figure of its own beside it ('商品和服务支出较上年减 0.04 万元，增
    0.01%'): its two direction words contradict each other all the same, whatever the value.
    `read`: the claims of the changes _pair has judged."""
    for group in prose_groups(analysis).values():
        for a in (c for c in group if c.kind == "change_abs" and c.id not in read):
            p = next((c for c in group if c.kind == "change_pct" and c.period == a.period and not G.in_points(c)
                      and c.subject == a.subject and c.start > a.start), None)
            if p is None or a.interval.lo <= 0 or p.interval.lo <= 0:
                continue
            s1, s2 = G.sign(a.direction), G.sign(p.direction)
            if s1 is None or s2 is None or 0 in (s1, s2) or s1 == s2 or _unsure(a, p):
                continue
            yield from _accused(Finding(check="DR01", severity="error",
                          message=messages.msg("DR01", opts.lang, subject=a.subject, d1=a.direction,
                                               d2=p.direction, fit=""),
                          evidence=[E.claim_evidence([a, p])], computation=f"{a.direction} → {s1:+d}{_sep()}{p.direction} → {s2:+d}",
                          claims=[a.id, p.id]), [a, p])


def _pair(ch: G.Change, opts: CheckOptions) -> Iterator[Finding]:
    if ch.abs is None or ch.pct is None or ch.abs.interval.lo <= 0 or ch.pct.interval.lo <= 0:
        return        # '减少 0 万元': a change that may be none has no way to contradict
    s1, s2 = G.sign(ch.abs.direction), G.sign(ch.pct.direction)
    if s1 is None or s2 is None or s1 == 0 or s2 == 0 or s1 == s2 or _unsure(ch.abs, ch.pct):
        return
    fits = []
    for s, word in ((s1, ch.abs.direction), (s2, ch.pct.direction)):
        iv = G.pct_change(ch, s)
        if iv is not None and compare(ch.pct.interval, iv) != Verdict.CONTRADICTED:
            fits.append(messages.msg("DR01.fits", word=word, iv=iv, pct=E.printed(ch.pct)))
        elif iv is not None:
            fits.append(messages.msg("DR01.misses", word=word, iv=iv))
    fit = messages.msg("DR01.sep") + messages.msg("DR01.sep").join(fits) if fits else ""
    yield from _accused(Finding(check="DR01", severity="error",
                  message=messages.msg("DR01", opts.lang, subject=ch.value.subject, d1=ch.abs.direction,
                                       d2=ch.pct.direction, fit=fit),
                  evidence=[E.claim_evidence(ch.claims())], computation=messages.msg("DR01.sep").join(fits),
                  claims=[c.id for c in ch.claims()]), [ch.abs, ch.pct])


def _moved_against_prior(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """'由上年的 2000.00 万元减少到 1800.00 万元': a level reached by a rise or a fall (claims extra 'moved') from last
    year's figure printed before it in its sentence goes the way the two figures go; an error when their
    intervals cannot meet and the level lies on the other side ('由上年的 2000.00 万元增加到 1800.00 万元')."""
    for group in prose_groups(analysis).values():
        for c in group:
            s = G.sign(c.extra.get("moved"))
            if not s or c.kind != "amount" or c.period in G.PRIOR_PERIODS:
                continue
            prior = next((p for p in reversed(group) if p.kind == "amount" and p.period in G.PRIOR_PERIODS
                          and p.unit == c.unit and p.paragraph is c.paragraph and p.sentence == c.sentence
                          and p.end <= c.start and not p.extra.get("in_reason")), None)
            if prior is None or compare(c.interval, prior.interval) != Verdict.CONTRADICTED \
                    or (c.interval.lo > prior.interval.hi) == (s > 0):
                continue
            rel = messages.msg("DR01.below" if s > 0 else "DR01.above", opts.lang)
            yield Finding(check="DR01", severity="error",
                          message=messages.msg("DR01.moved_prior", opts.lang, subject=c.subject, moved=c.extra["moved"],
                                               value=E.printed(c) + (c.unit or ""), prior=E.printed(prior) + (prior.unit or ""),
                                               rel=rel),
                          evidence=[E.claim_evidence([prior, c])],
                          computation=messages.steps(
                              messages.stated("text", E.printed(c), c.interval),
                              messages.stated("text_prior", E.printed(prior), prior.interval),
                              f"{c.interval} − {prior.interval} = {c.interval - prior.interval}",
                              f"{c.extra['moved']} → {s:+d}"),
                          claims=[prior.id, c.id])


def _flat_on_printed_prior(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """'本年支出合计 450.00 万元，上年为 400.00 万元，与上年持平': a figure said to be unchanged on 上年
    (no hedge: '基本持平' is not equality) with last year's printed beside it at another value."""
    for group in prose_groups(analysis).values():
        value = G.current_amount(group)
        prior = None if value is None or value.kind != "amount" else G.prior_beside(group, value)
        flat = prior and next((c for c in group if stated_flat(c)), None)
        d = flat.extra["stated_direction"] if flat else prior and _flat_after(prior)
        if not d or compare(value.interval, prior.interval) != Verdict.CONTRADICTED:
            continue
        yield Finding(check="DR01", severity="error",
                      message=messages.msg("DR01.flat_prior", opts.lang, subject=value.subject, d=d,
                                           value=E.printed(value), prior=E.printed(prior)),
                      evidence=[E.claim_evidence([value, prior])],
                      computation=f"本年 {value.interval} − 上年 {prior.interval} = {value.interval - prior.interval}，不含 0",
                      claims=[value.id, prior.id])


def _way_on_printed_prior(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """'公务接待费 3.00 万元，上年为 4.50 万元，比上年减少': a figure with last year's printed beside it and a bare way on
    上年 after them (no figure of the change: _bare_way) goes the way the two figures go; an error when their
    intervals cannot meet and the word says the other way."""
    for group in prose_groups(analysis).values():
        value = G.current_amount(group)
        prior = None if value is None or value.kind != "amount" else G.prior_beside(group, value)
        d = prior and _bare_way(prior)
        s = G.sign(d) if d else None
        if not s or compare(value.interval, prior.interval) != Verdict.CONTRADICTED \
                or (value.interval.lo > prior.interval.hi) == (s > 0):
            continue
        yield Finding(check="DR01", severity="error",
                      message=messages.msg("DR01.way_prior", opts.lang, subject=value.subject, d=d,
                                           value=E.printed(value) + (value.unit or ""),
                                           prior=E.printed(prior) + (prior.unit or "")),
                      evidence=[E.claim_evidence([value, prior])],
                      computation=messages.steps(f"{value.interval} − {prior.interval} = {value.interval - prior.interval}",
                                                 f"{d} → {s:+d}"),
                      claims=[value.id, prior.id])


def _bare_way(prior: Claim) -> str | None:
    """The words of a way on last year with no figure after them, in the clause right after last year's figure
    ('…，上年为 4.50 万元，比上年减少。'): the comparison (directions.yml prior period words after a comparison mark)
    and the direction word, then the sentence's end or its clause's."""
    text = prior.paragraph.text
    seg = text[prior.end:sentence_stop(text, prior.end)]
    m = _bare_way_re().match(seg)
    return m.group("way") if m else None


@lru_cache(maxsize=1)
def _bare_way_re() -> "regex.Pattern[str]":
    v = vocab.load()
    marks = lexicon.alternation(v.base_markers)
    priors = lexicon.alternation(w for w, p in v.period_of.items() if p == "上年")
    closers = lexicon.alternation(v.base_closers)
    same = lexicon.alternation(v.same_period_words)
    ways = lexicon.alternation(w for w in v.direction_of if G.sign(w))
    return regex.compile(rf"[\s，,、]*(?:(?:{marks})\s*(?:{priors})\s*(?:{closers})?|(?:{same}))\s*(?P<way>{ways})"
                         rf"\s*(?:[，,；;。]|$)")


def _flat_after(prior: Claim) -> str | None:
    """The unhedged word for 持平 printed right after last year's figure ('与上年 400.00 万元持平')."""
    text = prior.paragraph.text
    seg = text[prior.end:sentence_stop(text, prior.end)]
    m = vocab.load().flat_re.match(seg.lstrip())
    return m.group() if m and not any(w in m.group() for w in hedge_words()) else None


def _flat(ch: G.Change, opts: CheckOptions) -> Iterator[Finding]:
    for c in (ch.abs, ch.pct):
        if c is None or G.sign(c.direction) != 0 or c.interval.lo <= 0:
            continue
        yield from _accused(Finding(check="DR01", severity="error",
                      message=messages.msg("DR01.flat", opts.lang, subject=ch.value.subject, d=c.direction,
                                           value=E.printed(c)),
                      evidence=[E.claim_evidence(ch.claims())], computation=f"{E.printed(c)} → {c.interval}，不含 0",
                      claims=[x.id for x in ch.claims()]), [c])
