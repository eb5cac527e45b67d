"""NT02: prior-year values implied by (value, change, direction) break an identity, a decomposition or carry-over."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterator

from finder import lexicon, messages
from finder.checks.nt.common import (generic_subject, head_changes, prose_claims, prose_groups, severity, stated_flat,
                                     within)
from finder.checks.nt.levels import claim_identity, claim_levels
from finder.checks.registry import CheckOptions, register
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.concepts import cells, key_of
from finder.link.wholes import decompositions
from finder.model import Claim, Finding
from finder.numbers.interval import ZERO, Interval, Verdict, compare, total, unit_of_last_digit

messages.add({
    "NT02": {"zh": "由本年数和“比上年”变动推出的上年数不满足“{name}”：上年{term}按文中应为 {implied}，"
                   "按其余各项推算应为 {solved}",
             "en": "prior-year values implied by the stated changes break '{name}': prior {term} is {implied} "
                   "from its own change but {solved} from the other items"},
    "NT02.carry": {"zh": "本年{opening} {value} 应等于上年{closing}，而文中推出上年{closing}为 {prior}",
                   "en": "this year's {opening} {value} should equal last year's {closing}, implied to be {prior}"},
    "NT02.comp.prior": {"zh": "上年{term} = {how} → {iv}", "en": "prior {term} = {how} → {iv}"},
    "NT02.comp.sides": {"zh": "左边 {left} ≠ 右边 {right}", "en": "left side {left} ≠ right side {right}"},
    "NT02.comp.stated": {"zh": "文中所列上年数 {printed}", "en": "the text's prior-year figure {printed}"},
    "NT02.comp.parts": {"zh": "{names} 的上年数之和 {pp} vs 上年{name} {wp}；变动：{name} {wd} vs {pds} → {pd}",
                        "en": "the priors of {names} add to {pp} vs prior {name} {wp}; changes: {name} {wd} vs {pds} → {pd}"},
    "NT02.comp.budget": {"zh": "预算数：", "en": "budget: "},
    "NT02.comp.sum": {"zh": "之和 {siv} vs {whole} {wiv}", "en": "sum {siv} vs {whole} {wiv}"},
    "NT02.comp.flat": {"zh": "（持平）", "en": " (unchanged)"},
    "NT02.comp.carry": {"zh": "本年{opening} {value} vs 上年{closing} {prior}（可能有重述）",
                        "en": "this year's {opening} {value} vs last year's {closing} {prior} (perhaps restated)"},
    "NT02.parts": {"zh": "{whole}与其组成部分 {parts} 的“比上年”变动对不上：{whole}变动 {wd}，各部分变动之和 {pd}"
                         "（推出的上年{whole}为 {wp}，各部分上年数之和为 {pp}）",
                   "en": "the changes on last year of '{whole}' and of its parts {parts} disagree: {wd} against a sum of "
                         "{pd} (implied prior whole {wp}, sum of the parts' implied priors {pp})"},
    "NT02.stated": {"zh": "由“{subject}”本年数 {value} 与“比上年{direction} {change}”推出其上年数为 {implied}，"
                          "而文中另处所述上年数为 {stated}（{siv}），两者不符",
                    "en": "'{subject}': {value} and its change on last year ({direction} {change}) imply last year's "
                          "{implied}, but the text elsewhere gives last year's as {stated} ({siv})"},
    "NT02.budget": {"zh": "{whole}的预算数 {value}（{wiv}）与其组成部分 {parts} 的预算数之和 {siv} 不符"
                          "（部分预算数由决算数与“比预算”增减额推出，跨句读取，故为警告）",
                    "en": "the budget of '{whole}' {value} ({wiv}) is not the sum {siv} of its parts' budgets {parts} "
                          "(some implied by the actual and its change on the budget, read across sentences)"},
})


@dataclass
class Stated:
    """One figure with its stated change on 上年: the entry, the change, the signed change interval."""

    key: tuple
    change: G.Change
    delta: Interval

    @property
    def value(self) -> Claim:
        return self.change.value

    def prior(self) -> Interval:
        return (self.value.interval - self.delta).clamp_nonneg()


def stated_changes(readings: list[G.Change], flat: list[Claim]) -> list[Stated]:
    """Every figure with a known entry and a change on 上年 it states by amount (`readings`), or 持平
    (with or without a number: `flat`), in document order."""
    out: list[Stated] = []
    seen: set[str] = set()
    for ch in readings:
        k, d = key_of(ch.value), _delta(ch)
        if ch.base == "上年" and k is not None and d is not None and ch.value.id not in seen:
            out.append(Stated(k, ch, d))
            seen.add(ch.value.id)
    for c in flat:
        k = key_of(c)
        if c.id not in seen and k is not None:
            out.append(Stated(k, G.Change(c, None, None, "上年"), Interval(ZERO, ZERO)))
            seen.add(c.id)
    return sorted(out, key=lambda s: (s.value.paragraph.index, s.value.start))


def flat_on_prior(claims) -> list[Claim]:
    """This year's amounts said to be unchanged on 上年 ('与上年持平'; '与2030年度相同' as the claims stage
    read it), in order."""
    return [c for c in claims if c.kind == "amount" and c.period in G.CURRENT_PERIODS
            and (G.flat_after(c) or stated_flat(c)) and not _other_base(c)]


@lru_cache(maxsize=1)
def _other_base_words() -> tuple[str, ...]:
    from finder import lexicon

    periods = lexicon.load("directions")["periods"]
    return tuple(w for p, forms in periods.items() if p not in ("上年", "本年", "决算") for w in forms)


def _other_base(c: Claim) -> bool:
    """'…0 万元，和年初预算持平': the words after the figure name a base other than 上年 (a budget or
    a plan of directions.yml periods; '与上年决算数持平' is 上年)."""
    words = _other_base_words()
    text = c.paragraph.text
    stop = min([i for i in (text.find(x, c.end) for x in "；。") if i >= 0] or [len(text)])
    return any(w in text[c.end:stop] for w in words)


def _delta(ch: G.Change) -> Interval | None:
    """This year minus last year as an interval: +A, −A, or 0 for 持平."""
    s = G.sign(ch.direction)
    if s == 0:
        return Interval(ZERO, ZERO)
    if s is None or ch.abs is None:
        return None
    a = ch.abs.interval.clamp_nonneg()
    return a if s > 0 else -a


def priors(readings: list[G.Change], flat: list[Claim], stated: list[G.Change] = ()
           ) -> dict[str, tuple[Interval, G.Change]]:
    """entry -> (prior-year interval, the change it came from), first statement of each."""
    out: dict[str, tuple[Interval, G.Change]] = {}
    for ch in readings:
        k = key_of(ch.value)
        if ch.base != "上年" or k is None or k[1] != "all" or k[0] in out:
            continue
        iv = ch.prior()
        if iv is not None:
            out[k[0]] = (iv, ch)
    for c in flat:  # "与上年持平" printed without a number: the prior equals this year's value
        k = key_of(c)
        if k is not None and k[1] == "all" and k[0] not in out:
            out[k[0]] = (c.interval.clamp_nonneg(), G.Change(c, None, None, "上年"))
    for ch in stated:  # 'X 万元，上年为 B 万元' (or '上年无此项支出'): the prior printed
        k = key_of(ch.value)
        if k is not None and k[1] == "all" and k[0] not in out:
            out[k[0]] = (ch.stated_prior.interval.clamp_nonneg(), ch)
    return out


def stated_priors(groups) -> list[G.Change]:
    """This year's amount with last year's printed beside it and no change stated (link.groups.prior_beside),
    one reading per group, as a Change holding that figure as its stated_prior."""
    out = []
    for group in groups:
        value = G.current_amount(group)
        prior = None if value is None or value.kind != "amount" else G.prior_beside(group, value)
        if prior is not None:
            out.append(G.Change(value, None, None, "上年", prior))
    return out


def _quoted(ch: G.Change) -> list[Claim]:
    """The claims a prior came from: the change's, and last year's figure when printed instead."""
    return ch.claims() + ([ch.stated_prior] if ch.abs is None and ch.pct is None and ch.stated_prior else [])


@register("NT02", name="implied-prior-value-conflict", groups=("core", "narrative"), kind="implied_prior_value")
def implied_prior_value_conflict(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """上年数（本年数 ∓ 变动额）互相矛盾 (implied prior-year values break an identity).

    **Why it matters**
    Each "比上年减少 A" fixes last year's figure; those figures must still balance.

    **Anti-pattern**
    上年 年初 46.02 + 收入 2095.70 = 支出 1588.29 + 年末 553.43, but the text implies 53.43:

    .. code-block:: text

        年初结转和结余 45.15 万元，比上年减少 0.87 万元；本年收入合计 1089.69 万元，比上年减少 1006.01 万元。
        本年支出合计 1134.84 万元，比上年减少 453.45 万元；年末结转和结余 0.00 万元，比上年减少 53.43 万元。

    **Best practice**

    .. code-block:: text

        年末结转和结余 0.00 万元，比上年减少 553.43 万元。

    Decompositions (``decompositions`` in lexicons/cells.yml) hold last year too: when a whole and
    EVERY one of its parts state a change on 上年 (an amount, 0, or 持平) in the same section, scope
    and level, the parts' changes add to the whole's change — equivalently their implied prior
    values add to the whole's. 公务用车购置及运行维护费 “同比减少 144.92 万元” whose parts
    公务用车购置费 and 公务用车运行维护费 are both “同比减少 0 万元” cannot be right.

    Budgets are implied the same way: a part's actual and its change on the budget ('公务接待费支出决算数
    比预算数减少 4.82 万元') fix the part's budget, and the budgets of every part of a complete
    decomposition add to the whole's printed budget ('“三公”经费支出预算为 89.90 万元'); a warning, the
    actual being read from an earlier sentence.

    Last year's figure printed after this year's in its sentence, no change stated ('年末结转和结余 10.00
    万元，上年为 40.00 万元'; '上年无此项支出' is 0), is that figure's prior in the identities and carry-over.

    In a final account, the prior a change implies is also held to last year's figure stated in another
    sentence ('本年支出合计 380.00 万元，比上年增加 20.00 万元。……上年支出合计 350.00 万元': 360 ≠ 350), the
    same entry, scope and level; the first such statement is used (AR02 holds one in the change's own sentence,
    also when the value and last year's figure share another: '本年收入 X，上年收入 B。' ⏎ '与上年相比，收入增加 A').
    A change read on a figure of an earlier paragraph (a name of no concept, claims.regroup) is a warning at most.
    """
    claims = prose_claims(analysis)
    readings, flat = head_changes(analysis), flat_on_prior(claims)
    known = priors(readings, flat, stated_priors(prose_groups(analysis).values()))
    for ident in cells().get("identities", []):
        yield from _identity(ident, known, opts)
    yield from _decompositions(stated_changes(readings, flat), claim_levels(analysis), opts)
    yield from _budget_parts(claims, claim_identity(analysis), opts)
    for rule in cells().get("continuity", []):
        yield from _continuity(rule, claims, known, opts)
    if analysis.report.type == "final":
        yield from _stated_elsewhere(readings, claims, claim_identity(analysis), analysis.report.year, opts)


def _stated_elsewhere(readings: list[G.Change], claims: list[Claim], identity: dict, year: int | None,
                      opts: CheckOptions) -> Iterator[Finding]:
    """Each change's implied prior against the first 上年 amount of its figure stated in another sentence
    (of the same level and organisation; a year printed before it must be the year before the report's).
    A change on last year's budget ('比上年预算增加', directions.yml budget_comparison budget) is left, and so
    is a figure or a change on a restated footing ('同口径', '调整后': budget_comparison restated)."""
    restated = tuple(lexicon.load("directions")["budget_comparison"].get("restated", ()))
    stated: dict[tuple, Claim] = {}
    for c in claims:
        k = key_of(c) if c.kind == "amount" and c.period in G.PRIOR_PERIODS and not c.approx else None
        if k is not None and any(w in c.paragraph.text[slice(*c.sentence)] for w in restated):
            continue                    # '上年同口径支出合计 355.00 万元': last year's figure on another footing
        i = identity[c.id]
        if k is not None and (i.year is None or year is not None and i.year == year - 1):
            stated.setdefault((k, i.level, i.org), c)
    budget = lexicon.load("directions")["budget_comparison"]["budget"]
    for ch in readings:
        k = key_of(ch.value) if ch.base == "上年" and ch.abs is not None else None
        if k is not None and any(w in str(ch.abs.extra.get("base_text", "")) for w in budget):
            continue                    # '比上年预算增加 20.00 万元': last year's budget, not its final account
        if k is not None and any(w in ch.value.paragraph.text[slice(*E.clause_span(ch.abs))] for w in restated):
            continue                    # '比上年调整后增加': on a restated footing
        i = identity[ch.value.id]
        prior = None if k is None or i.year is not None else stated.get((k, i.level, i.org))
        if prior is None or ch.stated_prior is not None or _one_sentence(prior, ch.value, ch.abs):
            continue                    # the change's own sentence prints its base: AR02's
        implied = ch.prior()
        verdict = Verdict.CONSISTENT if implied is None else compare(prior.interval, implied)
        sev = "warning" if G.read_apart(ch) and severity(verdict) else severity(verdict)
        if sev is None:
            continue
        computation = messages.steps(f"{E.shown(ch.value)} {'−' if G.sign(ch.direction) > 0 else '+'} {E.shown(ch.abs)} → "
                                     f"{E.in_printed_unit(implied, ch.value)}",
                                     messages.stated("text_prior", E.shown(prior), E.in_printed_unit(prior.interval, prior)),
                                     messages.verdict(verdict))
        yield Finding("NT02", sev, messages.msg("NT02.stated", opts.lang, subject=ch.value.subject,
                                                value=E.shown(ch.value), direction=ch.direction,
                                                change=E.shown(ch.abs), implied=E.in_printed_unit(implied, ch.value),
                                                stated=E.shown(prior),
                                                siv=E.in_printed_unit(prior.interval, prior)),
                      [E.claim_evidence(ch.claims()), E.claim_evidence(prior, role="context")],
                      kind="implied_prior_value", computation=computation,
                      claims=[c.id for c in ch.claims()] + [prior.id], args={"verdict": verdict.value})


def _one_sentence(*claims: Claim) -> bool:
    return len({(id(c.paragraph), c.sentence) for c in claims}) == 1


def _identity(ident: dict, known: dict, opts: CheckOptions) -> Iterator[Finding]:
    terms = [(t, 1) for t in ident["left"]] + [(t, -1) for t in ident["right"]]
    if not all(t in known for t, _ in terms):
        return
    left = total([known[t][0] for t, _ in terms if _ > 0])
    right = total([known[t][0] for t, _ in terms if _ < 0])
    if compare(left, right, unit=0) == Verdict.CONSISTENT:
        return
    # blame a term whose own arithmetic is already contradicted, else the one the residual
    # moves most in proportion to its size (one equation cannot say more; all go in evidence)
    worst, worst_rank, solved = None, None, None
    for t, side in terms:
        others_l = total([known[u][0] for u, s in terms if s > 0 and u != t])
        others_r = total([known[u][0] for u, s in terms if s < 0 and u != t])
        sol = (others_r - others_l) if side > 0 else (others_l - others_r)
        iv = known[t][0]
        bad = any(c.status == "contradicted" for c in _quoted(known[t][1]))
        rank = (bad, sol.hi >= 0, iv.lo > 0, iv.gap(sol) / max(abs(iv.hi), Decimal("0.01")))
        if worst_rank is None or rank > worst_rank:
            worst, worst_rank, solved = t, rank, sol
    chs = [known[t][1] for t, _ in terms]
    blamed = known[worst][1]
    yield Finding(
        check="NT02", severity="error",
        message=messages.msg("NT02", opts.lang, name=ident["name"], term=worst, implied=str(known[worst][0]),
                             solved=str(solved)),
        evidence=[E.claim_evidence(_quoted(blamed))] + [E.claim_evidence(_quoted(c), role="context")
                                                          for c in chs if c is not blamed],
        computation=messages.steps(*(messages.msg("NT02.comp.prior", opts.lang, term=t, how=_implied(known[t][1]),
                                                  iv=str(known[t][0])) for t, _ in terms),
                                   messages.msg("NT02.comp.sides", opts.lang, left=str(left), right=str(right))),
        claims=[c.id for ch in chs for c in _quoted(ch)])


def _implied(ch: G.Change) -> str:
    """How a prior was found: this year's figure and its change, or last year's as printed."""
    if ch.abs is None and ch.pct is None and ch.stated_prior is not None:
        return messages.msg("NT02.comp.stated", printed=E.printed(ch.stated_prior))
    return f"{E.printed(ch.value)} {_op(ch)}"


def _op(ch: G.Change) -> str:
    s = G.sign(ch.direction)
    if s == 0 or ch.abs is None:
        return messages.msg("NT02.comp.flat")
    return f"{'−' if s > 0 else '+'} {E.printed(ch.abs)}"


def _continuity(rule: dict, claims, known: dict, opts: CheckOptions) -> Iterator[Finding]:
    closing = known.get(rule["closing"])
    if closing is None:
        return
    opening = next((c for c in claims if c.kind == "amount" and c.period in G.CURRENT_PERIODS
                    and key_of(c) == (rule["opening"], "all")), None)
    if opening is None or compare(opening.interval, closing[0]) == Verdict.CONSISTENT:
        return
    yield Finding(
        check="NT02", severity="info",
        message=messages.msg("NT02.carry", opts.lang, opening=rule["opening"], closing=rule["closing"],
                             value=E.printed(opening), prior=str(closing[0])),
        evidence=[E.claim_evidence(opening), E.claim_evidence(_quoted(closing[1]), role="context")],
        computation=messages.msg("NT02.comp.carry", opts.lang, opening=rule["opening"], closing=rule["closing"],
                                 value=str(opening.interval), prior=str(closing[0])),
        claims=[opening.id] + [c.id for c in _quoted(closing[1])])


def _decompositions(stated: list[Stated], levels: dict, opts: CheckOptions) -> Iterator[Finding]:
    """Each whole with a stated change whose parts all state one (the nearest statement of each)."""
    done: set[frozenset] = set()
    for d in decompositions():
        if not d.get("complete"):
            continue
        for whole in (s for s in stated if s.key[0] == d["whole"]):
            parts = _parts(whole, stated, d["parts"], levels)
            if parts is None:
                continue
            ids = frozenset([whole.value.id] + [p.value.id for p in parts])
            if ids not in done:
                done.add(ids)
                yield from _judge_parts(whole, parts, opts)


def _parts(whole: Stated, stated: list[Stated], names: list[str], levels: dict) -> list[Stated] | None:
    """The nearest statement of every part in the whole's section, scope, level and unit; None when
    one part states no change."""
    w = whole.value
    scope, level = whole.key[1], levels.get(w.id) or ""
    best: dict[str, Stated] = {}
    for s in stated:
        c = s.value
        if (s.key[0] not in names or s.key[1] not in (scope, "all") or c.unit != w.unit
                or (levels.get(c.id) or "") != level or not within(c, w.paragraph.section)
                or (w.whole and c.whole == w.whole and c.paragraph is w.paragraph and c.sentence == w.sentence)):
            continue
        if s.key[0] not in best or _distance(c, w) < _distance(best[s.key[0]].value, w):
            best[s.key[0]] = s
    if len(best) != len(names):
        return None
    return [best[n] for n in names]


def _distance(c: Claim, w: Claim) -> tuple[int, int]:
    return abs(c.paragraph.index - w.paragraph.index), abs(c.start - w.start)


def _judge_parts(whole: Stated, parts: list[Stated], opts: CheckOptions) -> Iterator[Finding]:
    pd = total([p.delta for p in parts])
    verdict = compare(whole.delta, pd, unit=_unit(whole))
    certain = not any(generic_subject(s.value) for s in [whole, *parts])
    sev = severity(verdict, certain)
    if sev is None:
        return
    wp, pp = whole.prior(), total([p.prior() for p in parts])
    name = whole.key[0]
    names = " + ".join(p.key[0] for p in parts)
    lines = [messages.msg("NT02.comp.prior", opts.lang, term=s.key[0], how=f"{E.printed(s.value)} {_op(s.change)}",
                          iv=str(s.prior())) for s in [whole, *parts]]
    yield Finding(
        check="NT02", severity=sev,
        message=messages.msg("NT02.parts", opts.lang, whole=name, parts=names, wd=_signed(whole), pd=str(pd),
                             wp=str(wp), pp=str(pp)),
        evidence=[E.claim_evidence(whole.change.claims())]
                 + [E.claim_evidence(p.change.claims(), role="context") for p in parts],
        computation=messages.steps(*lines, messages.msg("NT02.comp.parts", opts.lang, names=names, pp=str(pp), name=name,
                                                        wp=str(wp), wd=_signed(whole), pd=str(pd),
                                                        pds=" ".join(_signed(p) for p in parts)),
                                   messages.verdict(verdict)),
        claims=[c.id for s in [whole, *parts] for c in s.change.claims()], args={"verdict": verdict.value})


def _signed(s: Stated) -> str:
    """'−144.92' / '+3.00' / '0（持平）' as printed."""
    sign = G.sign(s.change.direction)
    if not sign or s.change.abs is None:
        return "0（持平）"
    return f"{'+' if sign > 0 else '−'}{E.printed(s.change.abs)}"


def _unit(s: Stated) -> Decimal | None:
    """One unit of the last printed digit of the whole's change (of its value when 持平)."""
    c = s.change.abs or s.value
    if c.interval.width > 0:
        return c.interval.width        # in the unit of its value ('500元' read as 万元: 0.0001)
    try:
        return unit_of_last_digit(E.printed(c))
    except Exception:  # noqa: BLE001 - not a plain number: no borderline band
        return None


def _budget_parts(claims: list[Claim], identity: dict, opts: CheckOptions) -> Iterator[Finding]:
    """A whole's printed budget against the budgets of all its parts, one at least implied by the
    part's actual and its change on the budget ('比预算数减少 A'); printed budgets of the parts count too.
    The parts are read in the section holding the whole's (its parent: the 总体情况 and 具体情况 of the
    “三公” note are sibling headings), of the whole's unit, organisation and year."""
    amounts = [c for c in claims if c.kind == "amount"]
    for d in decompositions():
        if not d.get("complete"):
            continue
        for w in amounts:
            k = key_of(w)
            if k is None or k[0] != d["whole"] or w.period not in G.BUDGET_PERIODS:
                continue
            sec = w.paragraph.section
            sec = sec.parent if sec is not None and sec.parent is not None else sec
            same = [c for c in claims if within(c, sec) and _same_identity(identity, c, w)]
            same_amounts = [c for c in same if c.kind == "amount"]
            named: dict[str, list[Claim]] = {}      # the claims of each entry, in order: a part reads its own
            for c in same:
                ck = key_of(c)
                if ck is not None:
                    named.setdefault(ck[0], []).append(c)
            found = [_part_budget(n, k[1], w, named.get(n, []), same_amounts) for n in d["parts"]]
            if any(f is None for f in found) or not any(f[2] for f in found):
                continue
            siv = total([f[0] for f in found])
            if compare(w.interval, siv) != Verdict.CONTRADICTED:
                continue
            used = [c for f in found for c in f[1]]
            lines = [f"{n} {f[2] or E.printed(f[1][0])} → {f[0]}" for n, f in zip(d["parts"], found)]
            yield Finding(
                check="NT02", severity="warning",
                message=messages.msg("NT02.budget", opts.lang, whole=d["whole"], value=E.printed(w), wiv=str(w.interval),
                                     parts=" + ".join(d["parts"]), siv=str(siv)),
                evidence=[E.claim_evidence(w)] + [E.claim_evidence(f[1], role="context") for f in found],
                computation=messages.msg("NT02.comp.budget", opts.lang) + messages.steps(
                    *lines, messages.msg("NT02.comp.sum", opts.lang, siv=str(siv), whole=d["whole"], wiv=str(w.interval)),
                    "contradicted"),
                claims=[w.id] + [c.id for c in used], args={"verdict": Verdict.CONTRADICTED.value})


def _part_budget(name: str, scope: str, w: Claim, claims: list[Claim],
                 amounts: list[Claim]) -> tuple[Interval, list[Claim], str] | None:
    """The part's budget in the whole's unit, nearest the whole: printed (an amount of a budget
    period), or implied (its actual ∓ its change on the budget): (interval, claims, how implied or '')."""
    best: tuple[tuple[int, int], tuple[Interval, list[Claim], str]] | None = None
    for c in claims:
        k = key_of(c)
        if k is None or k[0] != name or k[1] not in (scope, "all") or c.unit != w.unit \
                or c.period not in G.BUDGET_PERIODS:
            continue
        got = None
        if c.kind == "amount":
            got = (c.interval.clamp_nonneg(), [c], "")
        elif c.kind == "change_abs":
            actual = next((v for v in reversed(amounts) if (v.paragraph.index, v.start) < (c.paragraph.index, c.start)
                           and key_of(v) == k and v.period in G.CURRENT_PERIODS and v.unit == c.unit), None)
            s = G.sign(c.direction) if c.value else 0
            if actual is not None and s is not None:
                iv = actual.interval if s == 0 else actual.interval + c.interval if s < 0 else actual.interval - c.interval
                op = "（持平）" if s == 0 else f"{'+' if s < 0 else '−'} {E.printed(c)}"
                got = (iv.clamp_nonneg(), [actual, c], f"{E.printed(actual)} {op}")
        if got is not None and (best is None or _distance(c, w) < best[0]):
            best = (_distance(c, w), got)
    return best[1] if best else None


def _same_identity(identity: dict, a: Claim, b: Claim) -> bool:
    x, y = identity.get(a.id), identity.get(b.id)
    return x is None or y is None or (x.org, x.year, x.level) == (y.org, y.year, y.level)
