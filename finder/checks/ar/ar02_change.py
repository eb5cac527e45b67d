"""AR02: a stated growth rate disagrees with change ÷ base recomputed from the same sentence."""
from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.claims import vocab
from finder.checks.ar.common import coarse_finding
from finder.checks.nt.common import hedge, hedged, prose_claims, prose_groups, severity, slip_note, unit_slip, verdict_of
from finder.checks.ledger import reasons, settle
from finder.checks.registry import CheckOptions, register
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.precision import judge
from finder.link.concepts import key_of
from finder.link.groups import Change
from finder.link.ratios import PriorRatio, prior_ratios
from finder.model import Claim, Finding
from finder.numbers.interval import Interval, Verdict, compare, show
from finder.numbers.parse import parse_decimal

messages.add({
    "AR02": {"zh": "“{subject}”{base}变动率文中为 {pct}%（{piv}），按 {value} {dir} {abs} 重算为 {civ}%，两者不符",
             "en": "'{subject}': stated change {pct}% ({piv}) but {abs} on a base of {prior} gives {civ}%"},
    "AR02.slip": {"zh": "“{subject}”变动额 {abs} 与变动率 {pct}% 不符（按变动额重算为 {civ}%）；变动额{note} 后一致（{fixed}），"
                          "变动额或变动率之一疑似单位或小数点错误",
                  "en": "'{subject}': change {abs} does not fit {pct}%; {note} it does ({fixed}): a unit slip"},
    "AR02.negative": {"zh": "“{subject}”增加额 {abs} 大于本年数 {value}，推出的基数 {prior} 为负，不可能",
                       "en": "'{subject}': an increase of {abs} exceeds this year's {value}; the implied base {prior} is negative"},
    "AR02.prior": {"zh": "“{subject}”{base}变动率文中为 {pct}%（{piv}），按同句所列{basis} {formula} × 100 重算为 {civ}%，两者不符",
                   "en": "'{subject}': stated change {pct}% ({piv}) but the prior printed beside it gives {formula} × 100 = {civ}%"},
    "AR02.prior_abs": {"zh": "“{subject}”{base}{dir}额文中为 {abs}（{aiv}），按同句所列{basis} {formula} 重算为 {civ}，两者不符",
                       "en": "'{subject}': stated change {abs} ({aiv}) but the prior printed beside it gives {formula} = {civ}"},
    "AR02.apart_abs": {"zh": "“{subject}”{base}{dir}额文中为 {abs}（{aiv}），而前文所述本年数 {value}、上年数 {prior} 重算为 {formula} = {civ}，两者不符",
                       "en": "'{subject}': stated change {abs} ({aiv}) on last year, but this year's {value} and last year's {prior} stated earlier give {formula} = {civ}"},
    "reason.years_before.ok": {"zh": "与前文所述本年数、上年数重算一致",
                               "en": "recomputes right from this year's and last year's figures stated before it"},
    "reason.years_before.bad": {"zh": "与前文所述本年数、上年数重算不符",
                                "en": "does not recompute from this year's and last year's figures stated before it"},
    "AR02.comp.sign": {"zh": "（{direction}为正）", "en": " ('{direction}' positive)"},
    "AR02.points": {"zh": "“{subject}”{base}{dir} {abs} 个百分点（{aiv}），按同句所列{basis} {formula} 重算为 {civ}，两者不符",
                    "en": "'{subject}': stated change {abs} ({aiv}) but the two rates printed beside it give {formula} = {civ}"},
    "AR02.current": {"zh": "“{subject}”{base}变动率文中为 {pct}%（{piv}），按 {value} {dir} {abs} 重算为 {civ}%，两者不符；"
                           "文中比例恰与 {abs} ÷ {value} = {alt}% 相合，疑以本年数而非上年数为基数",
                     "en": "'{subject}': stated change {pct}% ({piv}) but {abs} on a base of {prior} gives {civ}%; "
                           "{pct}% is {abs} ÷ {value} = {alt}%, this year's figure taken as the base"},
    "AR02.ratio": {"zh": "“{subject}”为上年的 {r}（{riv}%），按 {formula} × 100 重算为 {civ}%，两者不符",
                   "en": "'{subject}' is said to be {r} of last year's ({riv}%), but {formula} × 100 gives {civ}%"},
    "AR02.overfall": {"zh": "“{subject}”{base}下降 {pct}%（{piv}），降幅超过 100%：该项不可能为负，降幅至多为 100%",
                      "en": "'{subject}': a fall of {pct}% ({piv}) is more than 100%, yet the figure cannot be negative"},
    "AR02.later": {"zh": "本年数取自后文所述“{subject}” {value}", "en": "this year's figure from the later statement '{subject}' {value}"},
    "reason.later_value.ok": {"zh": "与后文所述{subject} {value} 重算一致", "en": "agrees when recomputed on the later statement {subject} {value}"},
    "AR02.share_points": {"zh": "“{subject}”占比{base}{dir} {abs} 个百分点（{aiv}），按本年占比 {p1}% 与文中数推出的"
                                "上年占比 {formula} 重算为 {civ} 个百分点，两者不符",
                          "en": "'{subject}': its share's stated change {abs} points ({aiv}), but this year's {p1}% against "
                                "last year's share {formula} (implied by the figures stated) gives {civ}"},
    "reason.share_points.ok": {"zh": "与本年占比及由文中数推出的上年占比之差一致",
                               "en": "agrees with this year's share less last year's, implied by the figures stated"},
    "reason.share_points.bad": {"zh": "与本年占比及由文中数推出的上年占比之差不符",
                                "en": "does not fit this year's share less last year's, implied by the figures stated"},
    "AR02.share0": {"zh": "上年占比", "en": "last year's share"},
    "AR02.zero": {"zh": "“{subject}”基数为 {prior}，增长率无定义，文中却写 {pct}%",
                  "en": "'{subject}': the base is {prior}, a growth rate is undefined, yet {pct}% is stated"},
})


@register("AR02", name="change-rate-mismatch", groups=("core", "arith"), kind="percent_recompute")
def change_rate_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """变动率与变动额、本年数重算不符 (P ≠ A ÷ (V ∓ A) × 100).

    A rate that fits only while a figure printed coarser than its neighbours of the same unit
    ('1万元' beside '0.53万元') ranges over its ±half unit, and not once that figure is read at
    their precision (1.00), is a warning showing both computations, never 已核实.

    A base printed in the clause ('比上年的 B 万元增长 P%') is used too: P against (V ÷ B − 1) × 100; and
    a base printed before the change's amount ('比上年（B 万元）增加 A 万元', '上年为 B 万元，减少 A 万元',
    '本年支出合计 V 万元，上年支出合计 B 万元，增加 A 万元': last year's figure under this year's name, its
    current-period word, if any, replaced by 上年, 上年度, 去年, 上年同期 or the year before;
    '年初预算为 B 万元，支出决算为 V 万元，决算数比年初预算数增加 A 万元'): A against V − B (B − V for a fall).
    A rate printed with both ('上年为 B 万元，增加 A 万元，增长 P%') is held to (V ÷ B − 1) and A ÷ B as well, each
    figure read once (V − A is twice as wide as a B printed alike). A fall's A ÷ (V + A) is bounded at (A.lo, V.hi)
    and (A.hi, V.lo), A read once.
    A ratio to last year ('是上年 B 万元的 R 倍', '为上年的 R%'; lexicons/directions.yml prior_ratio_links) is
    held to V ÷ B × 100, B printed in the sentence or V less its change on 上年 there.
    A rate named by a word with no way of its own right after a change ('增加 A 万元，变动率为 P%'; lexicons/
    directions.yml signless_rates) is that change's rate, moving its way.
    A score's change in points is held the same way ('自评得分 99 分，上年为 97 分，提高 2 分').
    A base may be another figure named in the sentence instead of a period ('年末结转和结余 V 万元，较年初
    结转和结余 B 万元增加 A 万元，增长 P%'): A against V − B, P on A or on B, as for a printed prior.
    A change and its rate stated in a sentence of their own are recomputed on the latest figure of
    the same concept stated before them in the section (a warning: the figure is read across sentences);
    so is each part's change in a 其中 list of such a sentence, on the part's own figure. Where the section states
    no figure of this year or a budget of that concept before them but last year's ('2030年决算情况 … 公务接待费 B
    万元' then '公务接待费较上年减少 A 万元，下降 P%'), P is held to A ÷ B × 100 (a warning too). Where it states
    neither, this year's figure of the concept stated after the change, in its section or a subsection ('…公务用车运行
    维护费…比去年增加 A 万元，增长 P%。具体情况如下：' then '（二）…公务用车运行支出 V 万元'), is read when every such
    later statement (same unit, level, organisation and year) prints one value: a warning at most, the computation
    naming the statement the figure came from. A change of a name
    of no concept in a paragraph of its own ('2023年收入 V 万元。' ⏎ '与上年相比，收入增加 A 万元，增长 P%') is read on
    the nearest figure of its name before it in the section (claims.regroup), a warning at most too, unless its
    sentence names another year than the report's ('2023年，收入增加 A' in the 2024 report: that year's rise).
    A change opening a sentence of its own with no subject after a 其中 list ('…，其中：A a，B b。比上年减少 D，下降
    P%') is read on the list's last item unless only the list's head fits; it may be the head's, so what it
    implies is a warning at most.
    A change whose own figure is named by a budget period before its base ('年初预算数比上年增加 A 万元，增长 P%' in a
    final account) is the budget's: P is held to A on the 年初预算 printed beside it, never on the year's actual.
    A change on one budget printed right after the other budget figure ('全年预算数 V 万元，比年初预算增加 A 万元')
    is that figure's, not the year's actual. A figure printed bare after a closed comparison ('与上年相比 A 万元，
    增长 P%', its way unprinted) may be last year's figure as well as the change: a P fitting V ÷ A − 1 is no
    contradiction.
    A contradicted P that equals A ÷ V × 100 is named as such (this year's figure taken as the base).
    One figure compared with last year's budget and with last year's actual in one sentence ('比上年预算减少
    A 万元，下降 P%，比上年决算增加 B 万元，增长 Q%') states two changes: P is held to A, Q to B, each on its
    own base (a base naming a budget period after the year is last year's budget). A budget's change
    stated alone on a budget page ('2031年度“三公”经费预算较2030年度增加 A 万元') after the budget and last
    year's actual were stated in sections of their own is held to their difference (a warning at most).
    A change in percentage points is the difference of two rates, never an amount's rate of change
    ('X 万元，比上年增加 A 万元，占比提高 d 个百分点' reads no d against A ÷ (X − A); '增长 d 个百分点' of an
    amount, a wording slip or a share's change, is not read either): d is held against P1 − P0 when the
    sentence prints the rate before it and last year's rate of the same item ('执行率 P1%，比上年提高 d 个
    百分点，上年执行率为 P0%', '占 P1%，上年占 P0%，提高 d 个百分点', '比上年（P0%）高 d 个百分点'). With last year's
    share unprinted, d is held against P1 less the share last year's part and whole give, each implied by its own
    statement ('财政拨款收入 a 万元，比上年增加 x 万元，占收入总计的 P1%，比上年提高 d 个百分点' after '收入总计 T 万元，比上年
    增加 y 万元': (a − x) ÷ (T − y) × 100; a rate of change gives V ÷ (1 ± P%), a '上年为 B 万元' beside it B); a fall said
    of a rise is so caught.

    A figure printed with an approximate word ('增加约 447 亿元，增幅约 10%', lexicons/units.yml approx)
    agrees when it misses by no more than its last digit's rounding; a clear miss is a warning. A
    bounding word makes the printed value a one-sided bound ('增长超过 50%', '100% 以上', '不足 10 万元'):
    it agrees with any recomputation past the value on its side; one on the other side is an error.
    A rate in words is read as its digits: '百分之十二点五' 12.5%, '增长一倍' 1 倍 (100%, printed to a whole
    倍: [50%, 150%]), '下降三成' 3 成 (30%, printed to a whole 成: [25%, 35%]); a doubling '翻一番' is a rise
    of 1 倍, '翻两番' of 3 倍, '翻了一番多' at least 1 倍 (lexicons/units.yml doublings).
    A money or count figure never falls by more than 100% ('较上年下降 120%'; lexicons/concepts.yml
    may_be_negative names the figures that may turn negative, an operating result, and may_be_negative_words
    a balance or a difference: '本年收支结余', '收支差额'), nor rises by more than
    all of it: an increase larger than the figure for certain leaves a negative base, with or without a rate
    printed ('支出 V 万元，与上年相比增加 A 万元', A > V).

    **Why it matters**
    A growth rate is the first thing readers quote; it must follow from the two amounts printed
    beside it.

    **Anti-pattern**
    A fall from 53.43 to 0.00 is a 100% fall:

    .. code-block:: text

        年末结转和结余 0.00 万元，比上年减少 53.43 万元，下降 10.07%。

    **Best practice**

    .. code-block:: text

        年末结转和结余 0.00 万元，比上年减少 53.43 万元，下降 100.00%。
    """
    claims = prose_claims(analysis)
    for group in prose_groups(analysis).values():
        found = G.changes(group, budget_value=True)
        points = G.point_changes(group)
        for ch in found + points:
            for f in _judged(ch, claims, opts):
                if (G.read_apart(ch) or G.carried_after_list(ch)) and f.severity == "error":
                    f.severity = "warning"       # the figure read from an earlier paragraph, or a list's item or head
                yield f
        yield from share_points(analysis, claims, group, {id(ch.abs) for ch in points}, opts)
        if not found:
            yield from _earlier_value(group, claims, opts, analysis)
        for pr in prior_ratios(group):
            yield from _prior_ratio(pr, opts)
    for ch in G.named_base_changes(claims):
        yield from _judged(ch, claims, opts)
    yield from _overfall(claims, opts)


def share_points(analysis, claims, group, read: set, opts: CheckOptions) -> Iterator[Finding]:
    """'财政拨款收入 400 万元，比上年增加 100 万元，占收入总计的 80.00%，比上年提高 5.00 个百分点' with last year's share
    unprinted: d against this year's printed share less last year's, part₀ ÷ whole₀ × 100, each of part and whole
    last year's figure its own statement implies (its printed 上年 figure, V ∓ A, or V ÷ (1 ± P%))."""
    for p in group:
        if id(p) in read or not G.in_points(p) or p.period not in G.PRIOR_PERIODS or G.sign(p.direction) in (None, 0):
            continue
        found = share_prior(analysis, claims, group, p)
        if found is None:
            continue
        share, part, whole, p0, (fp, fw), used = found
        s = G.sign(p.direction)
        j = judge(p.interval, [share.interval, p0], lambda x, y: (x - y).scale(s))
        if j is None:
            continue
        formula = f"({fp}) ÷ ({fw}) × 100 → {p0}%"
        statements: dict = {}           # the part's and the whole's statements, each quoted once
        for c in used:
            statements.setdefault((id(c.paragraph), c.sentence), []).append(c)
        evidence = [E.claim_evidence([share, p])] + [E.claim_evidence(sorted(cs, key=lambda c: c.start), role="context")
                                                     for cs in statements.values()]
        comp = messages.steps(f"{messages.msg('AR02.share0', opts.lang)} = {formula}",
                              f"{E.printed(share)}% − {p0}% → {j.computed}" + messages.msg("AR02.comp.sign", opts.lang, direction=p.direction),
                              messages.stated("text", E.printed(p), p.interval), messages.verdict(j.verdict))
        if j.verdict == Verdict.CONSISTENT:
            yield from settle([p], True, "AR02", evidence[1:], comp, reasons("share_points"))
            continue
        sev = hedge(severity(j.verdict, whole.certain and not whole.later), hedged([p, share, *used]))
        if sev is None:
            continue
        if sev == "error":               # the ledger says so: this reading is no group's own (link.resolve)
            yield from settle([p], False, "AR02", evidence[1:], comp, reasons("share_points"))
        yield Finding(
            check="AR02", severity=sev,
            message=messages.msg("AR02.share_points", opts.lang, subject=part.subject, base=G.base_label(G.Change(part, p, None, p.period)),
                                 dir=p.direction or "", abs=E.printed(p), aiv=str(p.interval), p1=E.printed(share),
                                 formula=f"({fp}) ÷ ({fw}) × 100", civ=str(j.computed)),
            evidence=evidence, kind="percent_recompute", computation=comp,
            claims=[c.id for c in (share, p, *used)], args={"verdict": j.verdict.value})


def share_prior(analysis, claims, group, p):
    """(share, part, whole, last year's share, (part₀, whole₀ as printed formulas), the claims used) for a change
    in points `p` of the share printed nearest before it in its sentence, when the share's part and whole are
    statements of the text each with last year's figure implied; None otherwise."""
    from finder.link.wholes import part_of_share, whole_operand
    shares = [c for c in group if c.kind == "share" and c.unit == "%" and c.paragraph is p.paragraph
              and c.sentence == p.sentence and c.start < p.start and not c.direction and not G.of_prior_year(c)]
    if not shares:
        return None
    share = max(shares, key=lambda c: c.start)
    if any(c.unit == "%" and share.start < c.start < p.start for c in group):
        return None        # another rate between them: not this share's change
    part = part_of_share(group, share)
    if part is None or part.kind != "amount":
        return None
    whole = whole_operand(analysis.report, claims, share, part)
    if whole is None or whole.claim is None or whole.cell is not None or whole.claim.unit != part.unit:
        return None
    by_key = prose_groups(analysis)
    p_part, p_whole = (_implied_prior(by_key.get(G.group_key(x), []), x) for x in (part, whole.claim))
    if p_part is None or p_whole is None:
        return None
    (iv_p, fp, used_p), (iv_w, fw, used_w) = p_part, p_whole
    p0 = G.percent_interval(iv_p, iv_w)
    if p0 is None:
        return None
    return share, part, whole, p0, (fp, fw), [part, *used_p, whole.claim, *used_w]


def _implied_prior(group, value) -> tuple[Interval, str, list] | None:
    """Last year's figure of `value` its own statement implies: the 上年 figure printed in it, else V ∓ A, else
    V ÷ (1 ± P%), else (no change of it stated) the one 上年 figure printed after it; (interval, formula, the claims
    used)."""
    for ch in G.changes(group):
        if ch.value is not value or ch.base not in G.PRIOR_PERIODS:
            continue
        s = G.sign(ch.direction)
        if ch.stated_prior is not None and ch.stated_prior.unit == value.unit:
            return ch.stated_prior.interval, E.printed(ch.stated_prior), [ch.stated_prior]
        if s is None:
            return None
        if ch.abs is not None and ch.abs.unit == value.unit and not G.in_points(ch.abs):
            op = "−" if s > 0 else "+"
            return ch.prior(s), f"{E.printed(value)} {op} {E.printed(ch.abs)}", [ch.abs]
        if ch.pct is not None and not G.in_points(ch.pct):
            factor = Interval.exact(100) + ch.pct.interval.scale(s)
            if factor.lo <= 0:
                return None
            op = "+" if s > 0 else "−"
            return (value.interval.scale(100) / factor), f"{E.printed(value)} ÷ (1 {op} {E.printed(ch.pct)}%)", [ch.pct]
    # no change of the figure stated: last year's figure printed after it in its sentence ('V 万元，上年为 B 万元')
    beside = [c for c in group if c.kind == "amount" and c.period in G.PRIOR_PERIODS and c.unit == value.unit
              and c.paragraph is value.paragraph and c.sentence == value.sentence and c.start > value.end
              and not c.extra.get("in_reason")]
    return (beside[0].interval, E.printed(beside[0]), beside) if len(beside) == 1 else None


def _overfall(claims, opts: CheckOptions) -> Iterator[Finding]:
    """'机关运行经费支出较上年下降 120%': a money or count figure is never negative (concepts.yml
    may_be_negative names those that may be), so it cannot fall by more than all of it, whatever else
    is printed. A fall in points, bounded from below ('下降超过 100%'), or of a rate ('降幅较上年扩大 120%')
    is left alone."""
    concepts = vocab.load().concepts
    for c in claims:
        concept = concepts.get(c.concept) if c.concept else None
        if c.kind != "change_pct" or G.sign(c.direction) != -1 or G.in_points(c) or concept is None \
                or concept.measure not in ("money", "count") or _signed(c) or c.interval.lo <= 100 \
                or _rate_compared().search(c.paragraph.text, E.clause_span(c)[0], c.start):
            continue
        yield Finding("AR02", "error",
                      messages.msg("AR02.overfall", opts.lang, subject=c.subject, base=G.base_label(G.Change(c, None, c, c.period or "上年")),
                                   pct=E.printed(c), piv=c.interval),
                      [E.claim_evidence(c)], computation=f"{c.direction} {E.printed(c)}% → {c.interval} > 100%；"
                                                          f"本年数 ≥ 0 时降幅 ≤ 100%",
                      claims=[c.id], args={"verdict": Verdict.CONTRADICTED.value})


@lru_cache(maxsize=1)
def _rate_compared():
    """A rate noun then a comparison marker ('降幅较上年扩大'): directions.yml rate_nouns, comparative_markers."""
    d = lexicon.load("directions")
    return regex.compile(f"(?:{lexicon.alternation(d['rate_nouns'])})\\s*(?:{lexicon.alternation(d['comparative_markers'])})")


def _signed(c) -> bool:
    """The figure may turn negative: its concept (concepts.yml may_be_negative) or a word of its name
    (may_be_negative_words: '本年收支结余', '收支差额')."""
    concepts, words = _may_be_negative()
    return c.concept in concepts or any(w in (c.subject or "") for w in words)


@lru_cache(maxsize=1)
def _may_be_negative() -> tuple[frozenset, tuple[str, ...]]:
    lex = lexicon.load("concepts")
    return frozenset(lex.get("may_be_negative") or ()), tuple(lex.get("may_be_negative_words") or ())


def _judged(ch: G.Change, claims, opts: CheckOptions) -> Iterator[Finding]:
    """A change's amount on the base printed beside it, and its rate on that base or on its amount."""
    ch = G.head_reading(claims, ch)
    on_prior = G.abs_on_printed_prior(ch)
    found = list(_check_abs_prior(ch, opts)) if on_prior else []
    yield from found
    if ch.pct is None and ch.abs is not None and not found:
        yield from _negative_base(ch, opts)
    if ch.pct is None or G.sign(ch.direction) in (None, 0):
        return
    if ch.abs is None and ch.stated_prior is not None:
        yield from _check_prior(ch, opts)
    elif ch.abs is not None:
        on_abs = list(_check(ch, opts))
        yield from on_abs
        if on_prior and not found and not on_abs:      # 'V，上年为 B，增加 A，增长 P%': P on B too, each figure read once
            on_b = list(_check_prior(ch, opts))
            yield from on_b
            if not on_b:
                yield from _check_prior(ch, opts, by_abs=True)


def _earlier_value(group, claims, opts: CheckOptions, analysis) -> Iterator[Finding]:
    """A change and its rate stated in a sentence of their own ('2018年“三公”经费预算数比2017年
    减少 0.06 万元，减幅 0.02%'), the figure in the sentence before ('“三公”经费预算总额为 2.7 万元'):
    the rate is recomputed on the latest figure of the same concept stated earlier in the same
    section: this year's, or the budget's where none is stated (a budget compared with the year before;
    '…决算为 X 万元，年初预算为 B 万元' then '…比上年增加 A 万元' changes the 决算 X, not B); a warning at
    most, the figure being read across sentences. Each change of the sentence is so read: a 其中 list
    of the parts' changes ('其中：因公出国（境）费增加 a 万元，增长 p%；公务接待费减少 b 万元…') too."""
    if any(c.kind == "amount" for c in group):
        return
    concepts = vocab.load().concepts        # a part's figure ('其中：因公出国（境）费 a') is its own
    for a in (c for c in group if c.kind == "change_abs" and c.period in G.PRIOR_PERIODS):
        p = next((c for c in group if c.kind == "change_pct" and c.period == a.period and not G.in_points(c)
                  and c.subject == a.subject and c.start > a.start), None)
        if p is None and G.sign(a.direction) not in (None, 0) and a.concept is not None:
            yield from _abs_on_earlier_pair(a, claims, opts)
        if p is None or G.sign(a.direction) in (None, 0) or a.concept is None:
            continue
        earlier = [c for c in claims if c.kind == "amount"
                   and c.paragraph.section is a.paragraph.section and c.concept == a.concept
                   and (c.paragraph.index, c.start) < (a.paragraph.index, a.start)
                   and c.period in G.CURRENT_PERIODS + G.BUDGET_PERIODS and c.unit == a.unit
                   and (not c.whole or c.whole == concepts[c.concept].part_of)]
        value = next((c for c in reversed(earlier) if c.period in G.CURRENT_PERIODS), earlier[-1] if earlier else None)
        later = None
        if value is None:
            if _earlier_prior(a, claims) is not None:
                yield from _on_earlier_prior(a, p, claims, opts)
                continue
            later = value = _later_value(a, claims, _identities(analysis))
            if value is None:
                continue
        found = list(_check(Change(value, a, p, a.period), opts))
        source = messages.msg("AR02.later", opts.lang, subject=value.subject, value=E.printed(value)) if later else ""
        for f in found:
            if f.severity == "error":
                f.severity = "warning"
            f.evidence = [E.claim_evidence([a, p]), E.claim_evidence(value, role="context")]
            f.computation = messages.steps(source, f.computation)
            yield f
        if not found:          # agreeing on the figure stated before (or after): the ledger says so (no mismatch is sure)
            yield from settle([a, p], True, "AR02", [E.claim_evidence(value, role="context")],
                              messages.steps(source, f"{E.printed(a)} ÷ ({E.printed(value)} {'−' if G.sign(a.direction) > 0 else '+'} "
                                                     f"{E.printed(a)}) × 100 ≈ {E.printed(p)}%"),
                              (messages.msg("reason.later_value.ok", opts.lang, subject=value.subject, value=E.printed(value)), "")
                              if later else (f"与前文所述{value.subject} {E.printed(value)} 重算一致", ""))


def _later_value(a, claims, identities: dict) -> Claim | None:
    """This year's figure of a change's concept stated only after it, in its section or a subsection of it ('公务用车运行
    维护费…比去年增加 A 万元，增长 P%' then '（二）…公务用车运行支出 V 万元'): read only when it is one figure (every
    later statement of the concept, period, unit and identity prints one value) of the same unit, level,
    organisation and year as the change, and is no part of another whole than its concept's own."""
    concepts = vocab.load().concepts
    whole = concepts[a.concept].part_of if a.concept in concepts else None
    ident = identities.get(a.id)
    later = [c for c in claims if c.kind == "amount" and c.concept == a.concept and c.unit == a.unit
             and c.period in G.CURRENT_PERIODS and (c.paragraph.index, c.start) > (a.paragraph.index, a.start)
             and a.paragraph.section is not None and a.paragraph.section.encloses(c.paragraph.section)
             and (not c.whole or c.whole == whole) and identities.get(c.id) == ident]
    if not later or len({c.value for c in later}) != 1:
        return None
    return later[0]


def _identities(analysis) -> dict:
    from finder.checks.nt.levels import claim_identity
    return claim_identity(analysis)


def _earlier_prior(a, claims):
    """Last year's figure of the change's concept stated before it in its section, if any."""
    return next((c for c in reversed(claims) if c.kind == "amount" and c.period in G.PRIOR_PERIODS
                 and c.paragraph.section is a.paragraph.section and c.concept == a.concept and c.unit == a.unit
                 and (c.paragraph.index, c.start) < (a.paragraph.index, a.start)), None)


def _abs_on_earlier_pair(a, claims, opts: CheckOptions) -> Iterator[Finding]:
    """A change on last year stated alone, no rate with it ('2030年“三公”经费相较于上年增加 A 万元'), after the
    section stated both this year's and last year's figure of the same item ('2030年的“三公”经费决算数合计为 V 万元
    …。2029年的“三公”经费决算数合计为 B 万元…'): A against V − B (B − V for a fall), each the latest such
    statement of the item (its entry and scope, in the change's unit) before the change; a warning at most, the
    figures being read across sentences."""
    k = key_of(a)
    if k is None:
        return
    concepts = vocab.load().concepts

    def latest(periods):
        return next((c for c in reversed(claims) if c.kind == "amount" and c.period in periods
                     and c.paragraph.section is a.paragraph.section and c.concept == a.concept and c.unit == a.unit
                     and (c.paragraph.index, c.start) < (a.paragraph.index, a.start) and not c.approx
                     and (not c.whole or c.whole in _ancestors(c.concept, concepts)) and key_of(c) == k), None)

    value, prior = latest(G.CURRENT_PERIODS), latest(G.PRIOR_PERIODS)
    if value is None and prior is not None and _of_budget(a):
        value = _budget_before(a, claims, k)
    if value is None or prior is None or _one_statement(value, prior, a):
        return
    s = G.sign(a.direction)
    formula = f"{E.printed(value)} − {E.printed(prior)}" if s > 0 else f"{E.printed(prior)} − {E.printed(value)}"
    j = judge(a.interval, [value, prior], lambda x, y: (x - y).scale(s))
    if j is None:
        return
    comp = messages.steps(f"{formula} → {E.in_printed_unit(j.computed, a)}" + messages.msg("AR02.comp.sign", direction=a.direction),
                          messages.stated("text", E.printed(a), a.interval), messages.verdict(j.verdict))
    evidence = [E.claim_evidence(a), E.claim_evidence([value, prior], role="context")]
    if j.verdict == Verdict.CONSISTENT:
        yield from settle([a], True, "AR02", evidence[1:], comp, reasons("years_before"))
        return
    sev = hedge(severity(j.verdict), hedged([a, value, prior]))
    if sev is None or j.only_by_rounding:
        return
    yield Finding(
        check="AR02", severity="warning",
        message=messages.msg("AR02.apart_abs", opts.lang, subject=a.subject, base=G.base_label(G.Change(value, a, None, a.period)),
                             dir=a.direction or "", abs=E.shown(a), aiv=E.in_printed_unit(a.interval, a),
                             value=E.shown(value), prior=E.shown(prior), formula=formula,
                             civ=E.in_printed_unit(j.computed, a)),
        evidence=evidence, kind="percent_recompute", computation=comp,
        claims=[c.id for c in (a, value, prior)], args={"verdict": j.verdict.value})


def _of_budget(a: Claim) -> bool:
    """The change's own words say a budget changed ('2031年度“三公”经费预算较2030年度增加 A 万元'): a budget
    period word (directions.yml periods) before it in its sentence, no actual's."""
    v = vocab.load()
    kinds = {v.period_of[m.group()] for m in v.period_re.finditer(a.paragraph.text, a.sentence[0], a.start)}
    return bool(kinds & set(G.BUDGET_PERIODS)) and not kinds & set(G.CURRENT_PERIODS)


def _budget_before(a: Claim, claims: list[Claim], k: tuple) -> Claim | None:
    """This year's budget of the change's item stated before it anywhere in the report (a budget page's
    '一、2031年预算安排 … V' before '二、2030年决算 … B' and the change), when every such statement prints one
    value (its entry and scope, in the change's unit); None otherwise."""
    found = [c for c in claims if c.kind == "amount" and c.period in G.BUDGET_PERIODS and c.concept == a.concept
             and c.unit == a.unit and not c.approx and (c.paragraph.index, c.start) < (a.paragraph.index, a.start)
             and key_of(c) == k and (not c.whole or c.whole in _ancestors(c.concept, vocab.load().concepts))]
    return found[-1] if found and len({c.value for c in found}) == 1 else None


def _ancestors(concept: str, concepts) -> set[str]:
    """The concepts `concept` is a part of, at any depth (concepts.yml part_of)."""
    out: set[str] = set()
    while concept in concepts and concepts[concept].part_of and concepts[concept].part_of not in out:
        concept = concepts[concept].part_of
        out.add(concept)
    return out


def _one_statement(*claims) -> bool:
    return len({(id(c.paragraph), c.sentence) for c in claims}) == 1


def _on_earlier_prior(a, p, claims, opts: CheckOptions) -> Iterator[Finding]:
    """A change and its rate in a sentence of their own after last year's figure of the same concept stated
    earlier in the section, with no figure of this year or a budget before them ('二、2030年决算情况 … 公务接待费
    B 万元。' then '…公务接待费较上年减少 A 万元，下降 P%'): P against A ÷ B × 100, the base read across sentences
    (a warning at most)."""
    prior = _earlier_prior(a, claims)
    if prior is None or prior.value == 0:
        return
    j = judge(p.interval, [a, prior], G.percent_interval)
    if j is None:
        return
    formula = f"{E.printed(a)} ÷ {E.printed(prior)}"
    comp = messages.steps(f"{formula} × 100 → {j.computed}%", messages.stated("text", f"{E.printed(p)}%", p.interval),
                          messages.verdict(j.verdict))
    evidence = [E.claim_evidence([a, p]), E.claim_evidence(prior, role="context")]
    if j.only_by_rounding:
        return
    if j.verdict == Verdict.CONSISTENT:
        yield from settle([a, p], True, "AR02", evidence[1:], comp, (f"与前文所述上年数 {E.printed(prior)} 重算一致", ""))
        return
    if hedge(severity(j.verdict), hedged([a, p, prior])) is None:
        return
    yield Finding(
        check="AR02", severity="warning",
        message=messages.msg("AR02.prior", opts.lang, subject=a.subject, base=G.base_label(G.Change(prior, a, p, a.period)),
                             pct=E.printed(p), piv=str(p.interval), formula=formula, civ=str(j.computed),
                             basis=f"前文上年数 {E.printed(prior)}，"),
        evidence=evidence, kind="percent_recompute", computation=comp,
        claims=[c.id for c in (a, p, prior)], args={"verdict": j.verdict.value})


def _check_prior(ch: G.Change, opts: CheckOptions, by_abs: bool = False) -> Iterator[Finding]:
    """'本年 V，比上年的 B 增长 P%': P against (V ÷ B − 1) × 100, the base printed in the clause; by_abs, with
    the change's amount printed too ('上年为 B，增加 A，增长 P%'): P against A ÷ B × 100."""
    s = G.sign(ch.direction)
    v, b = E.printed(ch.abs if by_abs else ch.value), E.printed(ch.stated_prior)
    formula = f"{v} ÷ {b}" if by_abs else f"({v} ÷ {b} − 1)" if s > 0 else f"(1 − {v} ÷ {b})"
    if by_abs:
        j = judge(ch.pct.interval, [ch.abs, ch.stated_prior], G.percent_interval)
    else:
        j = judge(ch.pct.interval, [ch.value, ch.stated_prior], lambda x, y: G.rate_on_prior(x, y, s))
    if j is None:
        return
    claims = [ch.value, ch.stated_prior, ch.pct] + ([ch.abs] if by_abs else [])
    loose = hedged(claims)
    if j.only_by_rounding and loose:
        return
    if j.only_by_rounding:
        yield coarse_finding("AR02", j, opts.lang, subject=ch.value.subject, what=f"{G.base_label(ch)}变动率", pct=ch.pct,
                             formula=formula, evidence=[E.claim_evidence(claims)], claims=[c.id for c in claims])
        return
    sev = hedge(severity(j.verdict), loose)
    if sev is None:
        return
    yield Finding(
        check="AR02", severity=sev,
        message=messages.msg("AR02.prior", opts.lang, subject=ch.value.subject, base=G.base_label(ch), pct=E.printed(ch.pct),
                             piv=str(ch.pct.interval), formula=formula, civ=str(j.computed), basis=G.base_words(ch)),
        evidence=[E.claim_evidence(claims)], kind="percent_recompute",
        computation=messages.steps(f"{formula} × 100 → {j.computed}%" + messages.msg("AR02.comp.sign", direction=ch.direction),
                                   messages.stated("text", f"{E.printed(ch.pct)}%", ch.pct.interval),
                                   messages.verdict(j.verdict)),
        claims=[c.id for c in claims], args={"verdict": j.verdict.value})


def _prior_ratio(pr: PriorRatio, opts: CheckOptions) -> Iterator[Finding]:
    """'本年 V，是上年（B）的 R 倍': R against V ÷ B × 100 (B = V ∓ A when the sentence gives the change)."""
    base = pr.base
    j = judge(pr.ratio.interval, [pr.value, *pr.operands], lambda v, *_: v.percent_of(base))
    claims = [pr.value, *pr.operands, pr.ratio]
    evidence = [E.claim_evidence(claims)]
    if j is None:
        return
    sev = hedge(severity(j.verdict), hedged(claims))
    comp = messages.steps(f"{pr.formula} × 100 → {j.computed}%", messages.stated("text", E.printed(pr.ratio), f"{pr.ratio.interval}%"),
                          messages.verdict(j.verdict))
    if sev is None:
        yield from settle([pr.ratio], True, "AR02", evidence, comp, reasons("ratio_prior"))
        return
    yield Finding(
        check="AR02", severity=sev,
        message=messages.msg("AR02.ratio", opts.lang, subject=pr.value.subject, r=pr.ratio.raw, riv=str(pr.ratio.interval),
                             formula=pr.formula, civ=str(j.computed)),
        evidence=evidence, kind="percent_recompute", computation=comp,
        claims=[c.id for c in claims], args={"verdict": j.verdict.value})


def _check_abs_prior(ch: G.Change, opts: CheckOptions) -> Iterator[Finding]:
    """'本年 V，比上年（B）增加 A' / '…，上年为 B，减少 A': A against V − B (B − V for a fall), the base
    printed in the sentence; a rate's change in points the same, on last year's rate printed beside it."""
    s = G.sign(ch.direction)
    v, b = E.printed(ch.value), E.printed(ch.stated_prior)
    if G.in_points(ch.abs):
        v, b = f"{v}%", f"{b}%"
    formula = f"{v} − {b}" if s > 0 else f"{b} − {v}"
    j = judge(ch.abs.interval, [ch.value, ch.stated_prior], lambda x, y: (x - y).scale(s))
    claims = [ch.value, ch.stated_prior, ch.abs]
    sev = None if j is None else hedge(severity(j.verdict), hedged(claims))
    if sev is None:
        return
    civ = E.in_printed_unit(j.computed, ch.abs)
    yield Finding(
        check="AR02", severity=sev,
        message=messages.msg("AR02.points" if G.in_points(ch.abs) else "AR02.prior_abs", opts.lang,
                             subject=ch.value.subject, base=G.base_label(ch), dir=ch.direction or "", abs=E.shown(ch.abs), aiv=E.in_printed_unit(ch.abs.interval, ch.abs),
                             formula=formula, civ=civ, basis=G.base_words(ch)),
        evidence=[E.claim_evidence(claims)],
        computation=messages.steps(f"{formula} → {civ}" + messages.msg("AR02.comp.sign", direction=ch.direction),
                                   messages.stated("text", E.printed(ch.abs), ch.abs.interval), messages.verdict(j.verdict)),
        claims=[c.id for c in claims], args={"verdict": j.verdict.value})


def _base_shown(prior, ch: G.Change) -> str:
    """The implied base in the unit the figure is printed in (911000.39 元, not 91.1 万元)."""
    return E.show_iv(prior) if prior is None else E.in_printed_unit(prior, ch.value)


def _negative(ch: G.Change, prior: Interval, opts: CheckOptions) -> Finding:
    """The increase exceeds this year's figure for certain: its base V − A would be negative."""
    value, abs_ = E.shown_alike(ch.value, ch.abs)
    return Finding(check="AR02", severity="error",
                   message=messages.msg("AR02.negative", opts.lang, subject=ch.value.subject, abs=abs_,
                                        value=value, prior=E.show_iv(prior)),
                   evidence=[E.claim_evidence(ch.claims())], kind="percent_recompute",
                   computation=f"{messages.term('base')} = {value} − {abs_} → {_base_shown(prior, ch)} < 0",
                   claims=[c.id for c in ch.claims()])


def _negative_base(ch: G.Change, opts: CheckOptions) -> Iterator[Finding]:
    """'支出 1,045.93 万元，与上年相比增加 1,045.97 万元', no rate printed: a rise larger than this year's figure
    (both in one unit, of a figure that cannot turn negative: concepts.yml may_be_negative, may_be_negative_words)
    leaves a negative base."""
    if G.sign(ch.direction) != 1 or ch.abs.unit != ch.value.unit or _signed(ch.value) \
            or G.in_points(ch.abs):
        return
    prior = ch.prior(1)
    if prior is not None and prior.hi < 0:
        yield _negative(ch, prior, opts)


def _check(ch: G.Change, opts: CheckOptions) -> Iterator[Finding]:
    s = G.sign(ch.abs.direction or ch.direction)
    prior = ch.prior(s)
    value, abs_ = E.shown_alike(ch.value, ch.abs)
    args = dict(subject=ch.value.subject, base=G.base_label(ch), pct=E.printed(ch.pct),
                piv=str(ch.pct.interval), value=value, abs=abs_,
                dir="减" if s and s > 0 else "加", prior=E.show_iv(prior))
    computed = G.pct_change(ch, s)
    if prior is not None and prior.hi < 0:
        if not _signed(ch.value):      # a balance's rate on a deficit is no rate to recompute
            yield _negative(ch, prior, opts)
        return
    civ = None
    if computed is None:
        if prior is None or prior.hi <= 0:
            return
        point = ch.value.interval.mid - s * ch.abs.interval.mid
        if point <= 0 and ch.pct.value in _zero_base_rates():
            # 50 − 50: the base is 0 whatever the rounding, a growth rate is undefined ('增长 100%': new)
            if ch.pct.value != 0:
                yield Finding(check="AR02", severity="info", message=messages.msg("AR02.zero", opts.lang, **args),
                              evidence=[E.claim_evidence(ch.claims())], kind="percent_recompute",
                              computation=f"{messages.term('base')} = {value} ∓ {abs_} → {_base_shown(prior, ch)}"
                                          + messages.term("with_zero"),
                              claims=[c.id for c in ch.claims()])
            return
        # only the rounding of a coarse figure ("1万元" ± 0.5) reaches 0, or the rate says some other
        # base was used ('2.8 万元，增加 2.8 万元，增长 127.27%'): any base in (0, prior.hi] is possible,
        # so the rate is at least A.lo ÷ prior.hi and has no upper bound
        computed = Interval(ch.abs.interval.clamp_nonneg().lo * 100 / prior.hi, Decimal("Infinity"))
        civ = f"≥ {show(computed.lo, ROUND_FLOOR)}"
    if civ is None:
        j = judge(ch.pct.interval, [ch.value, ch.abs], lambda v, a: G.rate_of_change(v, a, s))
        if j is not None and j.only_by_rounding and hedged(ch.claims()):
            return
        if j is not None and j.only_by_rounding:
            yield coarse_finding("AR02", j, opts.lang, subject=ch.value.subject, what=f"{G.base_label(ch)}变动率", pct=ch.pct,
                                 formula=f"{args['abs']} ÷ ({args['value']} {'−' if s > 0 else '+'} {args['abs']})",
                                 evidence=[E.claim_evidence(ch.claims())], claims=[c.id for c in ch.claims()])
            return
    verdict = compare(ch.pct.interval, computed)
    sev = hedge(severity(verdict), hedged(ch.claims()))
    if sev is None or (verdict == Verdict.CONTRADICTED and _read_as_prior(ch, s)):
        return
    args["civ"] = civ or str(computed)
    key, kind = "AR02", "percent_recompute"
    if verdict == Verdict.CONTRADICTED and civ is None and ch.base in G.PRIOR_PERIODS:
        alt = ch.abs.interval.clamp_nonneg().percent_of(ch.value.interval) if ch.value.interval.lo > 0 else None
        if alt is not None and verdict_of(ch.pct.interval, alt) == Verdict.CONSISTENT:
            key, args["alt"] = "AR02.current", str(alt)        # the rate of the change on this year's figure
    if verdict == Verdict.CONTRADICTED and key == "AR02":
        k = unit_slip(ch.abs.interval, lambda a: verdict_of(ch.pct.interval, _pct_with(ch, a, s)))
        if k is not None and civ is None:
            key, kind, args["note"] = "AR02.slip", "unit_slip", slip_note(k, opts.lang)
            fixed = parse_decimal(E.printed(ch.abs)).scaleb(-k)
            args["fixed"] = f"{fixed} → {_pct_with(ch, ch.abs.interval.scale(_factor(k)), s)}%"
    yield Finding(
        check="AR02", severity=sev, message=messages.msg(key, opts.lang, **args),
        evidence=[E.claim_evidence(ch.claims())], kind=kind,
        computation=messages.steps(f"{messages.term('base')} = {value} {'−' if s > 0 else '+'} {abs_} → {_base_shown(prior, ch)}",
                                   f"{abs_} ÷ {messages.term('base')} × 100 → {args['civ']}%",
                                   messages.stated("text", f"{E.printed(ch.pct)}%", ch.pct.interval)),
        claims=[c.id for c in ch.claims()], args={"verdict": verdict.value})


def _read_as_prior(ch: G.Change, s: int | None) -> bool:
    """A change whose way is unprinted ('与上年相比 12.00 万元，下降 16.67%', claims: direction_unprinted) may be
    last year's figure instead: when the rate is this year's figure on it, the words fit that reading."""
    if not ch.abs.extra.get("direction_unprinted"):
        return False
    alt = G.rate_on_prior(ch.value.interval, ch.abs.interval, s)
    return alt is not None and verdict_of(ch.pct.interval, alt) == Verdict.CONSISTENT


@lru_cache(maxsize=1)
def _zero_base_rates() -> frozenset:
    """lexicons/arith.yml zero_base_rates (and 0): rates that may stand on a base of 0."""
    return frozenset({Decimal(0), *(Decimal(str(r)) for r in lexicon.load("arith").get("zero_base_rates", ()))})


def _factor(k: int):
    from decimal import Decimal
    return Decimal(1).scaleb(-k)


def _pct_with(ch: G.Change, a, s: int):
    v = ch.value.interval
    prior = (v - a if s > 0 else v + a).clamp_nonneg()
    if prior.lo <= 0:
        return None
    return a.clamp_nonneg().percent_of(prior)
