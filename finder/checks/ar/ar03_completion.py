"""AR03: a stated completion rate (完成预算的 X%) disagrees with 决算 ÷ 预算."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.ar.common import bare, coarse_finding, says, stated_result, words_before
from finder.checks.ev.common import unwanted
from finder.checks.nt.common import prose_claims, prose_groups, severity
from finder.checks.registry import CheckOptions, register
from finder.claims import vocab
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.precision import judge
from finder.link.resolve import table_budget
from finder.model import Claim, Finding
from finder.numbers.interval import Verdict, compare

messages.add({
    "AR03.stand_in": {"zh": "“{subject}”完成{base}的比例文中为 {pct}%（{piv}），该句未列决算数；以同段所列“{other}” {actual} 计，"
                            "{actual} ÷ {budget} 重算为 {civ}%，两者不符",
                      "en": "'{subject}': stated completion {pct}% ({piv}); with '{other}' {actual} printed earlier, "
                            "{actual} / {budget} gives {civ}%"},
    "AR03.zero": {"zh": "“{subject}”{base}数为 {budget}，完成{base}的比例无定义，文中却写 {pct}%",
                  "en": "'{subject}': the {base} is {budget}, so no completion rate exists, yet {pct}% is stated"},
    "AR03.fits_other": {"zh": "；{pct}% 恰为 {actual} ÷ {used}数 {other}，疑将{used}数当作{named}数计算",
                        "en": "; {pct}% is {actual} / the {used} figure {other}: the rate seems taken on the {used}, not the {named}"},
    "AR03.slot": {"zh": "；{pct} 恰为 {actual} − {budget} 之差，疑似把差额填入了百分比位置",
                  "en": "; {pct} is {actual} − {budget}: the difference seems typed into the percentage slot"},
    "AR03.implied": {"zh": "“{subject}”完成{base}的比例文中为 {pct}%（{piv}），文中未列{base}数；按所述{direction} {change} "
                           "推得{base}数为 {biv}，{actual} ÷ {base}数 重算为 {civ}%，两者不符",
                     "en": "'{subject}': stated completion {pct}% ({piv}); the budget, {biv}, follows from the stated "
                           "change ({direction} {change}), and {actual} / budget gives {civ}%"},
    "AR03.target": {"zh": "“{subject}”完成率文中为 {pct}%（{piv}），按实际完成值 {actual} ÷ 目标值 {target} 重算为 {civ}%，两者不符",
                    "en": "'{subject}': stated completion {pct}% ({piv}) but the result {actual} / the target {target} gives {civ}%"},
    "AR03": {"zh": "“{subject}”完成{base}的比例文中为 {pct}%（{piv}），按 {actual} ÷ {budget} 重算为 {civ}%，两者不符",
             "en": "'{subject}': stated completion {pct}% ({piv}) but {actual} / {budget} gives {civ}%"},
    "AR03.unit_slip": {"zh": "；若 {budget} 也以“{unit}”计（单位疑印错），重算为 {civ}%，与 {pct}% 相符或仅差末位",
                       "en": "; read in '{unit}' like the actual (a misprinted unit?), {budget} gives {civ}%, within a "
                             "last digit of {pct}%"},
    "AR03.table": {"zh": "“{subject}”完成{base}的比例文中为 {pct}%（{piv}），文中未列{base}数；按 {actual} ÷ {table}所列{base}数 "
                         "{budget} 重算为 {civ}%，两者不符",
                   "en": "'{subject}': stated completion {pct}% ({piv}); the text prints no budget, and {actual} / the "
                         "{table} budget {budget} gives {civ}%"},
    "AR03.unlabelled": {"zh": "（表列“{column}”未写明是年初预算还是全年预算，故仅为警告）",
                        "en": " (the table's '{column}' column does not say which budget it is, hence a warning only)"},
    "AR03.other_budget": {"zh": "；但文中只列了{used}数 {budget}，未列所称{named}数，两者可能因预算调整而不同，仅供核对",
                          "en": "; but the text prints only the {used} figure {budget}, not the {named} figure it names: "
                                "they may differ by the year's adjustments"},
})


@register("AR03", name="completion-rate-mismatch", groups=("core", "arith"), kind="percent_recompute")
def completion_rate_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """完成预算比例与决算 ÷ 预算重算不符 (completion ≠ actual ÷ budget).

    A rate that fits only while a figure printed coarser than its neighbours of the same unit
    ('1万元' beside '0.53万元') ranges over its ±half unit, and not once that figure is read at
    their precision (1.00), is a warning showing both computations, never 已核实.
    When the budget and the actual are printed in different money units ('预算为 360,000.00 万元，支出决算为
    84,312.40 元') and the rate fits with both in the actual's unit, the error says so (a misprinted unit word).

    A statement printing only the budget ('财政拨款支出年初预算数 B，完成年初预算的 P%') is measured
    against the paragraph's own figure, or its 支出总计 when no carry-over is named
    (lexicons/arith.yml, a warning); a P equal to actual − budget is named as such. A statement printing
    the actual and its change against the budget but not the budget ('本年收入 A，完成年初预算的 P%，比年初
    预算减少 D') is measured against the budget that change implies (A + D). A rate stated against a
    budget printed as 0 with money spent ('年初预算为 0 万元，支出决算为 A 万元，完成年初预算的 P%') has no
    value at all: info, as for growth from a zero base (AR02). A statement printing only the actual
    ('因公出国（境）费决算为 a 万元，完成预算的 P%', the national template's wording) is measured on the
    budget cell beside the actual's verified cell, same row and heading (lexicons/arith.yml table_budgets).
    A rate naming 年初预算 (or 全年预算) is measured on that figure; when the text prints only the other one
    (lexicons/arith.yml distinct_budgets), a contradiction is a warning saying so: the year's adjustments
    may make the two figures differ; a sentence printing the year's addition or cut ('年中追加 D 万元', a
    within_year non-claim) says they do, and its rate is measured on neither that figure nor a bare 预算数
    column. When both are printed and the rate is the actual over the one it does
    not name, the finding says so; a rate naming neither ('预算执行率 P%' after 年初预算 and 全年预算) fits
    when it is the actual over either. A rate after an indicator's target and result, no budget printed
    ('目标值 500 人次，实际完成 450 人次，完成率 95.00%'), is the result over the target (a target passed may
    be recorded as 100%); so is one after a planned and a done amount ('计划投入资金 A 万元，实际到位资金 B 万元，
    资金到位率 P%') when the rate's name says what the done amount does (lexicons/appendix.yml planned_amounts);
    the planned one needs no plan word when the two amounts open the sentence ('财政拨款 A 万元，实际使用 B
    万元，执行率 P%'), never after an amount of another kind. A done figure saying 完成 rather than 实际 is
    read when it names the planned figure's own noun or none ('本年计划投资 A 亿元，累计完成投资 B 亿元，年计划
    完成率 P%'; '计划任务 10 项，完成 9 项'), not another thing's ('完成招商引资 B').

    **Why it matters**
    Over- and under-spending against the budget is what oversight staff look for first.

    **Anti-pattern**
    902.70 ÷ 595.45 lies in [151.5975%, 151.6017%]:

    .. code-block:: text

        一般公共服务支出年初预算数为 595.45 万元，决算数为 902.70 万元，完成年初预算的 151.59%。

    **Best practice**

    .. code-block:: text

        一般公共服务支出年初预算数为 595.45 万元，决算数为 902.70 万元，完成年初预算的 151.60%。
    """
    claims = prose_claims(analysis)
    adjusted = _adjusted_sentences(analysis)
    for group in prose_groups(analysis).values():
        for comp in (c for c in group if c.kind == "completion" and c.unit == "%"):
            got = G.completion_interval(group, comp, claims)
            if got is None:
                zero = _zero_budget(group, comp, opts)
                implied = zero or list(_implied(group, comp, opts)) or list(_on_target(claims, comp, opts))
                yield from implied or _on_table(group, comp, opts, adjusted)
                continue
            actual, budget, _ = got
            if not any(c is actual for c in group):
                yield from _stand_in(comp, actual, budget, opts)
                continue
            j = judge(comp.interval, [actual, budget], G.percent_interval)
            if j is None:
                continue
            if j.only_by_rounding:
                yield coarse_finding("AR03", j, opts.lang, subject=actual.subject or comp.subject, what=f"完成{_base(comp, budget)}的比例",
                                     pct=comp, formula=f"{E.printed(actual)} ÷ {E.printed(budget)}",
                                     evidence=[E.claim_evidence([budget, actual, comp])],
                                     claims=[budget.id, actual.id, comp.id])
                continue
            verdict, computed = j.verdict, j.computed
            other = _other_budget(comp, budget)
            if other and (id(comp.paragraph), comp.sentence) in adjusted:
                continue          # '年初预算 B，年中追加 D，完成全年预算的 P%': the named budget is not B
            sev = severity(verdict, certain=not other)
            fits = _fits_other(group, comp, actual, budget, opts) if sev else ""
            if sev is None or (fits and not _names_one(comp)):   # '预算执行率' names neither budget: either will do
                continue
            note = messages.msg("AR03.other_budget", opts.lang, used=budget.period, named=comp.period,
                                budget=E.printed(budget)) if other else ""
            yield Finding(
                check="AR03", severity=sev,
                message=messages.msg("AR03", opts.lang, subject=actual.subject or comp.subject, base=_base(comp, budget),
                                     pct=E.printed(comp), piv=str(comp.interval), actual=E.printed(actual),
                                     budget=E.printed(budget), civ=str(computed)) + _slot(comp, actual, budget, opts)
                + _unit_slip(comp, actual, budget, opts)
                + note + fits,
                evidence=[E.claim_evidence([budget, actual, comp])],
                computation=messages.steps(f"{E.printed(actual)} ({actual.interval}) ÷ {E.printed(budget)} ({budget.interval}) × 100 → {computed}%", _said(comp),
                            messages.verdict(verdict)),
                claims=[budget.id, actual.id, comp.id], args={"verdict": verdict.value})


def _zero_budget(group: list[Claim], comp: Claim, opts: CheckOptions) -> list[Finding]:
    """A rate stated against a budget printed as 0 ('年初预算为 0 万元，支出决算为 412.30 万元，完成年初预算的
    96.12%'): no rate exists. Info, as for growth from a zero base (AR02): the rate may be a convention."""
    budget = G.budget_for(group, comp)
    actual = G.current_amount(group, budget.kind if budget is not None else None)
    if actual is None or budget is None or budget.value != 0 or actual.value <= 0 or comp.value == 0:
        return []
    return [Finding(
        check="AR03", severity="info",
        message=messages.msg("AR03.zero", opts.lang, subject=actual.subject, base=_base(comp, budget),
                             budget=E.printed(budget), pct=E.printed(comp)),
        evidence=[E.claim_evidence([budget, actual, comp])],
        computation=messages.steps(f"{E.printed(actual)} ÷ {E.printed(budget)}: {messages.term('zero_divisor')}"
                                   if opts.lang == "en" else
                                   f"{E.printed(actual)} ÷ {E.printed(budget)}：{messages.term('zero_divisor')}",
                                   f"{messages.term('text')} {E.printed(comp)}%"),
        claims=[budget.id, actual.id, comp.id], args={"variant": "zero"})]


def _implied(group: list[Claim], comp: Claim, opts: CheckOptions) -> Iterator[Finding]:
    """A rate printed with the actual and its change against the budget, but not the budget ('本年收入
    1205.11 万元，完成年初预算的 70%，比年初预算减少 537.35 万元'): the budget is actual − change (signed)
    and the rate is measured against it."""
    actual = G.current_amount(group)
    if actual is None or actual.kind != "amount" or actual.unit == "%":
        return
    changes = [c for c in group if c.kind == "change_abs" and c.unit == actual.unit
               and (c.extra.get("base_period") or c.period) == comp.period and c.extra.get("sign") in (1, -1)]
    if len(changes) != 1 or any(c.approx for c in (actual, comp, changes[0])):
        return
    change = changes[0]
    delta = change.interval if change.extra["sign"] > 0 else -change.interval
    budget = actual.interval - delta
    computed = G.percent_interval(actual.interval, budget)
    if computed is None:
        return
    verdict = compare(comp.interval, computed)
    sev = severity(verdict)
    if sev is None:
        return
    yield Finding(
        check="AR03", severity=sev,
        message=messages.msg("AR03.implied", opts.lang, subject=actual.subject, base=comp.period,
                             pct=E.printed(comp), piv=str(comp.interval), direction=change.direction or "",
                             change=E.printed(change), biv=str(budget), actual=E.printed(actual), civ=str(computed)),
        evidence=[E.claim_evidence([actual, comp, change])],
        computation=messages.steps(
            f"{comp.period}数 = {E.printed(actual)} {'−' if change.extra['sign'] > 0 else '+'} {E.printed(change)} → {budget}",
            f"{E.printed(actual)} ÷ {comp.period}数 × 100 → {computed}%", _said(comp), messages.verdict(verdict)),
        claims=[actual.id, comp.id, change.id], args={"verdict": verdict.value})


def _on_target(claims: list[Claim], comp: Claim, opts: CheckOptions) -> Iterator[Finding]:
    """A rate after an indicator's target and result in its sentence, no budget printed ('目标值 500 人次，
    实际完成 450 人次，完成率 95.00%'): result ÷ target. Only for targets to reach or pass (no ≤ target, no
    rate of unwanted events), printed exactly."""
    target = next((c for c in reversed(claims) if c.kind == "target" and c.paragraph is comp.paragraph
                   and c.sentence == comp.sentence and c.start < comp.start), None)
    result = stated_result(claims, target) if target is not None else None
    if target is None:
        target, result = _planned(claims, comp)
    if target is None or target.extra.get("operator") not in (None, ">=", ">") or unwanted(target.subject) \
            or target.value is None or target.value <= 0:
        return
    if result is None or result.start >= comp.start or any(c.approx for c in (target, result, comp)):
        return
    j = judge(comp.interval, [result, target], G.percent_interval)
    sev = severity(j.verdict) if j else None
    if sev is None or (comp.value == 100 and j.computed.lo > 100):   # a target passed, recorded as 100%
        return
    yield Finding(
        check="AR03", severity=sev,
        message=messages.msg("AR03.target", opts.lang, subject=_named(target, comp), pct=E.printed(comp),
                             piv=str(comp.interval), actual=E.printed(result), target=E.printed(target),
                             civ=str(j.computed)),
        evidence=[E.claim_evidence([target, result, comp])],
        computation=messages.steps(f"{E.printed(result)} ({result.interval}) ÷ {E.printed(target)} ({target.interval}) × 100 → {j.computed}%", _said(comp),
                    messages.verdict(j.verdict)),
        claims=[target.id, result.id, comp.id], args={"verdict": j.verdict.value})


def _said(comp: Claim) -> str:
    """The rate as the text prints it and its interval, a computation's step."""
    return messages.stated("text", f"{E.printed(comp)}%", comp.interval)


def _named(target: Claim, comp: Claim) -> str:
    """What the message names: the target's words, else its concept's name ('计划任务 10 项' read with no words:
    任务事项数), else the rate's own words."""
    if target.subject:
        return target.subject
    return vocab.load().concepts[target.concept].name if target.concept else comp.subject


def _planned(claims: list[Claim], comp: Claim) -> tuple[Claim | None, Claim | None]:
    """'计划培训 500 人次，实际培训 450 人次，完成率 90%' (appendix.yml planned_counts): the two counts
    printed right before the rate in its sentence, the first planned and the second done, of one unit; two
    amounts ('计划投入资金 A 万元，实际到位资金 B 万元，资金到位率 P%') when the rate names what B does (_does).
    Amounts the sentence opens with need no plan word: the first is what the rate measures the done one
    against ('财政拨款 A 万元，实际使用 B 万元，执行率 P%')."""
    k = next((i for i, c in enumerate(claims) if c is comp), 0)
    if k < 2:
        return None, None
    plan, done = claims[k - 2], claims[k - 1]
    words = lexicon.load("appendix")["planned_counts"]
    if all(c.kind in ("count", "amount") and c.paragraph is comp.paragraph and c.sentence == comp.sentence
           for c in (plan, done)) and plan.kind == done.kind and plan.unit == done.unit \
            and (says(done, words["done"]) or _one_noun(plan, done, words)) and not says(done, words["plan"]) \
            and (says(plan, words["plan"]) or done.kind == "amount" and _opens(claims, k - 2) and not says(plan, words["done"])) \
            and (done.kind == "count" or _does(done, comp)):
        return plan, done
    return None, None


def _one_noun(plan: Claim, done: Claim, words: dict) -> bool:
    """The done figure says a word of done_of_plan (appendix.yml planned_counts) and the words after it name
    the planned figure's own noun, or none ('计划投资 A，累计完成投资 B', '计划任务 10 项，完成 9 项')."""
    said = _noun_after(done, words.get("done_of_plan") or ())
    return said is not None and said in ("", _noun_after(plan, words["plan"]))


def _noun_after(c: Claim, words) -> str | None:
    """The words of the claim's clause between the last of `words` and its figure, less link words
    (directions.yml filler_words); None when it says none of them."""
    text = words_before(c).rstrip()
    ends = [text.rfind(w) + len(w) for w in words if w in text]
    return _filler_tail().sub("", text[max(ends):]) if ends else None


@lru_cache(maxsize=1)
def _filler_tail() -> regex.Pattern:
    return regex.compile(f"(?:{lexicon.alternation(lexicon.load('directions')['filler_words'])}|\\s)+$")


def _opens(claims: list[Claim], i: int) -> bool:
    """The claim at i is the first figure of its sentence."""
    return i == 0 or claims[i - 1].paragraph is not claims[i].paragraph or claims[i - 1].sentence != claims[i].sentence


def _does(done: Claim, comp: Claim) -> bool:
    """The rate's name says what the done amount does (appendix.yml planned_amounts: 到位率 after 实际到位); a
    name of two rates printed with one value ('资金到位率和到位及时率均为 P%') names its first too."""
    name, spec = bare(comp.subject), lexicon.load("appendix")["planned_amounts"]
    return any((name.endswith(rate) or any(rate + w in name for w in spec["joins"])) and says(done, verbs)
               for rate, verbs in spec["rates"].items())


def _on_table(group: list[Claim], comp: Claim, opts: CheckOptions, adjusted: set) -> Iterator[Finding]:
    """A rate whose statement prints only the actual ('因公出国（境）费决算为 a 万元，完成预算的 P%'), measured
    on the budget cell beside the actual's cell (link.resolve.table_budget); a bare 预算数 column is not the
    budget a rate names when its sentence prints the year's addition or cut (`adjusted`)."""
    got = table_budget(group, comp)
    j = judge(comp.interval, [got[0], got[2]], G.percent_interval) if got else None
    if j is None or severity(j.verdict) is None or (got[3] and (id(comp.paragraph), comp.sentence) in adjusted):
        return
    actual, ref, _, unlabelled = got
    yield Finding(
        check="AR03", severity="warning" if unlabelled else severity(j.verdict),
        message=messages.msg("AR03.table", opts.lang, subject=actual.subject or comp.subject, base=comp.period,
                             pct=E.printed(comp), piv=str(comp.interval), actual=E.printed(actual),
                             table=ref.table.title, budget=ref.text, civ=str(j.computed))
        + (messages.msg("AR03.unlabelled", opts.lang, column=ref.cell.column[-1]) if unlabelled else ""),
        evidence=[E.claim_evidence([actual, comp]), ref.evidence()],
        computation=messages.steps(f"{E.printed(actual)} ({actual.interval}) ÷ {ref.text} ({got[2]}) × 100 → {j.computed}%",
                                   _said(comp), messages.verdict(j.verdict)),
        claims=[actual.id, comp.id], args={"verdict": j.verdict.value})


def _adjusted_sentences(analysis) -> set[tuple[int, tuple[int, int]]]:
    """(paragraph, sentence) of the prose sentences printing a within-year addition or cut (a within_year
    non-claim, '年中追加 100.00 万元'): there the two distinct budgets differ by a figure no claim holds."""
    out = set()
    for n in analysis.non_claims:
        if n.reason == "within_year":
            for c in (c for c in analysis.claims if c.paragraph is n.paragraph and c.sentence[0] <= n.start < c.sentence[1]):
                out.add((id(n.paragraph), c.sentence))
    return out


def _other_budget(comp: Claim, budget: Claim) -> bool:
    """The rate names one of two distinct budget figures (arith.yml distinct_budgets) and is measured
    against the other, the only one printed: the figure it names may differ."""
    named = lexicon.load("arith").get("distinct_budgets") or []
    return comp.period in named and budget.period in named and comp.period != budget.period


def _names_one(comp: Claim) -> bool:
    """The rate names one of the distinct budget figures (完成年初预算的 P%), not a budget at large (预算执行率)."""
    return comp.period in (lexicon.load("arith").get("distinct_budgets") or [])


def _base(comp: Claim, budget: Claim) -> str:
    return comp.period if comp.period in G.BUDGET_PERIODS else budget.period


def _stand_in(comp: Claim, actual: Claim, budget: Claim, opts: CheckOptions) -> Iterator[Finding]:
    """A rate whose statement prints no actual, recomputed on the figure printed earlier in the paragraph
    (link.groups.stand_in_actual): a contradiction is a warning, the link being read, not printed."""
    j = judge(comp.interval, [actual, budget], G.percent_interval)
    if j is None or j.verdict == Verdict.CONSISTENT:
        return
    yield Finding(
        check="AR03", severity="warning",
        message=messages.msg("AR03.stand_in", opts.lang, subject=budget.subject, base=_base(comp, budget),
                             pct=E.printed(comp), piv=str(comp.interval), other=actual.subject,
                             actual=E.printed(actual), budget=E.printed(budget), civ=str(j.computed))
        + _slot(comp, actual, budget, opts),
        evidence=[E.claim_evidence([budget, comp]), E.claim_evidence(actual, role="context")],
        computation=messages.steps(f"{E.printed(actual)} ({actual.interval}) ÷ {E.printed(budget)} ({budget.interval}) × 100 → {j.computed}%", _said(comp),
                    messages.verdict(j.verdict)),
        claims=[budget.id, actual.id, comp.id], args={"verdict": j.verdict.value, "stand_in": actual.id})


def _fits_other(group: list[Claim], comp: Claim, actual: Claim, budget: Claim, opts: CheckOptions) -> str:
    """A note when the rate is the actual over another budget figure of its statement ('年初预算 10，全年预算 12，
    决算 8，完成年初预算的 66.7%': 8 ÷ 12): the rate names one budget and was taken on the other."""
    for other in group:
        if other.kind == "amount" and other is not budget and other.period in G.BUDGET_PERIODS \
                and other.period != budget.period and other.unit == actual.unit:
            computed = G.percent_interval(actual.interval, other.interval)
            if computed is not None and compare(comp.interval, computed) == Verdict.CONSISTENT:
                return messages.msg("AR03.fits_other", opts.lang, pct=E.printed(comp), actual=E.printed(actual),
                                    other=E.printed(other), used=other.period, named=_base(comp, budget))
    return ""


def _unit_slip(comp: Claim, actual: Claim, budget: Claim, opts: CheckOptions) -> str:
    """A note when the two amounts are printed in different money units ('预算为 360,000.00 万元，支出决算为
    84,312.40 元') and the rate fits (or misses by one last digit) with the budget read in the actual's
    unit: the unit word is the likely misprint."""
    if actual.scale == budget.scale or actual.unit != budget.unit or not actual.scale or not budget.scale:
        return ""
    alt = G.percent_interval(actual.interval, E.read_in_unit_of(budget, actual))
    if alt is None or compare(comp.interval, alt) == Verdict.CONTRADICTED:
        return ""
    return messages.msg("AR03.unit_slip", opts.lang, budget=E.printed(budget), unit=E.printed_unit(actual),
                        civ=str(alt), pct=E.printed(comp))


def _slot(comp: Claim, actual: Claim, budget: Claim, opts: CheckOptions) -> str:
    """A note when the rate's digits are the two amounts' difference (27.22 where 500.12 − 472.90 =
    27.22): an amount typed into the percentage slot."""
    diff = actual.interval - budget.interval
    diff = diff if diff.lo >= 0 else -diff
    if compare(comp.interval, diff) != Verdict.CONSISTENT:
        return ""
    return messages.msg("AR03.slot", opts.lang, pct=E.printed(comp), actual=E.printed(actual), budget=E.printed(budget))
