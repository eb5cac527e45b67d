"""AR05: a stated saving (节约资金, 差值), saving rate or variance rate disagrees with plan and actual."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from finder import lexicon, messages
from finder.checks.ar.common import bare, coarse_finding, says, words_before
from finder.checks.ledger import reasons, settle
from finder.checks.nt.common import (generic_subject, printed_cell, prose_claims, settled_on_bases, severity,
                                     usable_value)
from finder.checks.registry import CheckOptions, register
from finder.claims import vocab
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.bases import budget_cells
from finder.link.concepts import concept_of
from finder.link.precision import judge
from finder.link.tables_index import lookup, value_interval
from finder.model import Claim, Finding
from finder.numbers.interval import Interval, Verdict, compare

messages.add({
    "AR05.amount": {"zh": "“{subject}”文中为 {value}（{viv}），按计划 {plan} 与实际 {actual} 之差重算为 {civ}，两者不符",
                    "en": "'{subject}' is {value} ({viv}) but plan {plan} minus actual {actual} gives {civ}"},
    "AR05.rate": {"zh": "“{subject}”文中为 {value}%（{viv}），按 {saving} ÷ {plan} 重算为 {civ}%，两者不符",
                  "en": "'{subject}' is {value}% ({viv}) but {saving} / {plan} gives {civ}%"},
    "AR05.variance": {"zh": "“{subject}”文中为 {value}%（{viv}），按（决算 {actual} − 预算 {plan}）÷ 预算 重算为 {civ}%，两者不符",
                      "en": "'{subject}' is {value}% ({viv}) but (actual {actual} − budget {plan}) / budget gives {civ}%"},
    "AR05.variance_table": {"zh": "“{subject}”文中为 {value}%（{viv}），文中未列预算数；按（决算 {actual} − 表中{cell}）÷ 预算 "
                                  "重算为 {civ}%，两者不符",
                            "en": "'{subject}' is {value}% ({viv}); the text prints no budget, and (actual {actual} − the "
                                  "table's {cell}) / budget gives {civ}%"},
    "AR05.variance_row": {"zh": "“{subject}”文中为 {value}%（{viv}），按{where}决算数 {actual}、预算数 {plan} 重算"
                                "（决算 − 预算）÷ 预算 为 {civ}%，两者不符（该行由文字读出，仅供核对）",
                          "en": "'{subject}' is {value}% ({viv}) but {where}'s actual {actual} and budget {plan} give "
                                "{civ}% (the row is read from the words)"},
    "reason.offset.ok": {"zh": "与前文所述总收入、总支出之差一致", "en": "agrees with the total income less the total expense stated before it"},
    "reason.offset.bad": {"zh": "与前文所述总收入、总支出之差不符", "en": "disagrees with the total income less the total expense stated before it"},
    "AR05.balance": {"zh": "“{subject}”文中为 {value}（{viv}），按{plus_side} {income} 与{minus_side} {expense} 之差重算为 {civ}，两者不符",
                     "en": "'{subject}' is {value} ({viv}) but {income} minus {expense} gives {civ}"},
    "AR05.net": {"zh": "“{subject}”文中为{way} {value}（{viv}），按前述各项变动 {terms} 合计重算为 {civ}，两者不符",
                 "en": "'{subject}' is {way} {value} ({viv}) but the changes listed before it, {terms}, add up to {civ}"},
    "AR05.variance_sign": {"zh": "“{subject}”文中为 {value}%，按（决算 {actual} − 预算 {plan}）÷ 预算 重算为 {civ}%："
                                 "大小相符但文中未印负号（或按 预算 − 决算 计算），请核对口径",
                           "en": "'{subject}' is {value}% but (actual {actual} − budget {plan}) / budget gives {civ}%: "
                                 "the size fits, the minus sign is not printed (or the gap is taken as budget − actual)"},
    "AR05.comp.sign_only": {"zh": "仅符号不同", "en": "only the sign differs"},
    "AR05.comp.row_read": {"zh": "（该行由文字“{text}”读出）", "en": " (the row read from the words '{text}')"},
})


@register("AR05", name="saving-mismatch", groups=("core", "arith"), kind="percent_recompute")
def saving_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """节约金额或节约率与计划、实际数重算不符 (saving ≠ plan − actual, or rate ≠ saving ÷ plan).

    Only the tight shape is read: a plan figure and an actual figure printed right before the
    saving in one sentence (either order), and the saving rate right after it; a saving or rate that
    recomputes is verified in the claim ledger. The words are in
    lexicons/hygiene.yml ``savings``. A variance rate (预决算差异率) printed right after a budget and an
    actual figure of its sentence is (决算 − 预算) ÷ 预算, its sign printed before it; a rate whose size fits
    but which lacks the minus sign of a shortfall is a warning (the text may print the gap's size).
    After an actual figure alone ('公务接待费决算数 A，预决算差异率 R%'), the budget is read from the tables:
    the budget cells of A's row in a table printing A's actual beside them (as NT04 reads them); an error
    only when each such column is the budget itself and the row is named for sure, else a warning. With
    neither figure printed ('公务接待费预决算差异率 R%'), the row its clause names gives both (a warning).
    A balance named after the year's income and expense figures of its sentence ('本年收入合计 I，本年
    支出合计 E，收支结余 S', hygiene.yml savings.balance) is I − E, and net assets after assets and liabilities
    ('资产总额 A，负债总额 L，净资产 N') are A − L; one below 0 is read only when its minus sign is printed
    ('收支差额 -10.00 万元'), a size alone does not say which way. In a government's final accounts a balance named
    after 收支相抵 ('…，加上 B，全市总收入 T。…，加上 D，全市总支出 E。收支相抵，结转下年 S', hygiene.yml savings.offset)
    is the last total income less the last total expense before it in its section, each named by a grand-total name
    (总收入, 收入总量; 总支出, 支出总量) and closing a sentence that adds items ('加上'); a department's 收入总计 and
    支出总计 (equal by construction) or a '总收入' printed alone (its 本年收入合计, the opening carry-over apart) are
    no operands.
    A net closing the changes a reason lists ('主要原因是 A 较上年减少 a 万元，B 较上年增加 b 万元（净额减少 n 万元）',
    hygiene.yml savings.net) is their signed sum, read only when there are two or more, each directed, of the
    net's base and unit, nothing between them says some are parts of another ('其中'), and every direction word
    from the reason's start to the net is a term's ('经费统一压减，A 增加 a 万元…' leaves the sum short: unread).

    A saving or a rate that fits only while a figure printed coarser than its neighbours of the same
    unit ('120万元' beside '98.35万元') ranges over its ±half unit, and not once that figure is read
    at their precision (120.00), is a warning showing both computations, never 已核实.

    **Why it matters**
    Savings are what a 政府采购 passage reports as its result; a saving that its own plan and actual
    figures contradict overstates (or hides) it.

    **Anti-pattern**
    6120.50 − 5634.20 = 486.30, and 486.30 ÷ 6120.50 = 7.95%:

    .. code-block:: text

        采购计划金额共计6120.50万元，实际采购金额共计5634.20万元，共节约资金468.30万元，节约率为7.65%。

    **Best practice**

    .. code-block:: text

        采购计划金额共计6120.50万元，实际采购金额共计5634.20万元，共节约资金486.30万元，节约率为7.95%。
    """
    words = lexicon.load("hygiene")["savings"]
    claims = prose_claims(analysis)
    yield from _variances(claims, words, opts, analysis.report)
    for spec in words.get("balance") or ():
        yield from _balances(claims, spec, opts)
    yield from _offsets(claims, words.get("offset") or {}, opts)
    yield from _nets(claims, words, opts)
    for i, s in enumerate(claims):
        if i < 2 or s.kind != "amount" or s.concept or not says(s, words["saving"]) or says(s, words["rate"]) \
                or says(s, words["balances"]):
            continue
        k = i
        while k > 0 and claims[k - 1].kind in _RATES and _same_sentence(claims[k - 1], s):
            k -= 1                       # '…实际支出 A，预算执行率 R%，结余 S': the rate between is no figure of it
        if k < 2:
            continue
        a, b = claims[k - 2], claims[k - 1]
        if not all(_same_sentence(c, s) and c.kind == "amount" and c.unit == s.unit for c in (a, b)):
            continue
        plans = [c for c in (a, b) if _says_plan(c, words) and not says(c, words["saving"])]
        if len(plans) != 1:
            continue
        plan = plans[0]
        actual = b if plan is a else a
        if _says_plan(actual, words) or says(actual, words["saving"]):
            continue
        formula = f"|{E.shown(plan)} − {E.shown(actual)}|"
        j = judge(s.interval, [plan, actual], _gap)
        if j.only_by_rounding:
            yield coarse_finding("AR05", j, opts.lang, subject=s.subject, what="", pct=s, formula=formula,
                                 evidence=[E.claim_evidence(s)] + [E.claim_evidence(o, role="context")
                                                                   for o in (plan, actual)],
                                 claims=[s.id, plan.id, actual.id])
        else:
            yield from _judge(s, j.computed, "AR05.amount", opts, plan=E.shown(plan), actual=E.shown(actual),
                              civ=E.in_printed_unit(j.computed, s), others=[plan, actual], formula=formula)
        rate = claims[i + 1] if i + 1 < len(claims) else None
        if rate is not None and rate.unit == "%" and _same_sentence(rate, s) and says(rate, words["rate"]):
            j = judge(rate.interval, [s, plan], G.percent_interval)
            if j is not None and j.only_by_rounding:
                yield coarse_finding("AR05", j, opts.lang, subject=rate.subject, what="", pct=rate,
                                     formula=f"{E.shown(s)} ÷ {E.shown(plan)}", evidence=[E.claim_evidence(rate)]
                                     + [E.claim_evidence(o, role="context") for o in (s, plan)],
                                     claims=[rate.id, s.id, plan.id])
            elif plan.interval.lo > 0:
                computed = s.interval.clamp_nonneg().percent_of(plan.interval)
                yield from _judge(rate, computed, "AR05.rate", opts, saving=E.shown(s), plan=E.shown(plan),
                                  civ=str(computed), others=[s, plan],
                                  formula=f"{E.shown(s)} ÷ {E.shown(plan)} × 100")


def _says_plan(c: Claim, words: dict) -> bool:
    """The claim's clause names a plan word (计划, 预算) outside a fund's name (一般公共预算…)."""
    text = words_before(c)
    for fund in words.get("plan_not") or ():
        text = text.replace(fund, "")
    return any(w in text for w in words["plan"])


_MINUS = "-－−"


def _variances(claims: list[Claim], words: dict, opts: CheckOptions, report=None) -> Iterator[Finding]:
    """'预算数 P，决算数 A，预决算差异率 R%': R = (A − P) ÷ P × 100, its sign printed before the number."""
    for i, r in enumerate(claims):
        if r.unit != "%" or not says(r, words.get("variance", [])):
            continue
        before = [c for c in claims[max(0, i - 2):i] if _same_sentence(c, r) and c.kind == "amount"]
        if len(before) == 1 and before[0] is claims[i - 1] and before[0].period in G.CURRENT_PERIODS:
            yield from _variance_on_table(report, r, before[0], opts)     # the budget left to the table
            continue
        if not before:
            yield from _variance_of_row(report, r, opts)                  # both figures left to the table
            continue
        if len(before) != 2 or before[0].unit != before[1].unit:
            continue
        a, b = before
        plans = [c for c in (a, b) if c.period in G.BUDGET_PERIODS]
        actuals = [c for c in (a, b) if c.period in G.CURRENT_PERIODS]
        if len(plans) != 1 or len(actuals) != 1:
            continue
        plan, actual = plans[0], actuals[0]
        reported, minus = _signed(r)
        j = judge(reported, [actual, plan], _variance)
        if j is None:
            continue
        formula = f"({E.shown(actual)} − {E.shown(plan)}) ÷ {E.shown(plan)}"
        shown = ("-" if minus else "") + E.printed(r)
        claim_ids = [r.id, actual.id, plan.id]
        evidence = [E.claim_evidence(r)] + [E.claim_evidence(o, role="context") for o in (actual, plan)]
        if j.only_by_rounding:
            yield coarse_finding("AR05", j, opts.lang, subject=r.subject, what="", pct=r, formula=formula,
                                 evidence=evidence, claims=claim_ids)
            continue
        sev = severity(j.verdict)
        if sev is None:
            continue
        flipped = compare(reported, -j.computed)
        if not minus and j.computed.hi < 0 and severity(flipped) is None:
            yield Finding(check="AR05", severity="warning", kind="percent_recompute",
                          message=messages.msg("AR05.variance_sign", opts.lang, subject=r.subject, value=shown,
                                               actual=E.shown(actual), plan=E.shown(plan), civ=str(j.computed)),
                          evidence=evidence, claims=claim_ids, args={"verdict": "sign"},
                          computation=messages.steps(f"{formula} × 100 → {j.computed}", messages.stated("text", f"{shown}%", reported),
                                                     messages.msg("AR05.comp.sign_only")))
            continue
        yield Finding(check="AR05", severity=sev, kind="percent_recompute",
                      message=messages.msg("AR05.variance", opts.lang, subject=r.subject, value=shown,
                                           viv=str(reported), actual=E.shown(actual), plan=E.shown(plan),
                                           civ=str(j.computed)),
                      evidence=evidence, claims=claim_ids, args={"verdict": j.verdict.value},
                      computation=messages.steps(f"{formula} × 100 → {j.computed}", messages.stated("text", f"{shown}%", reported),
                                                 messages.verdict(j.verdict)))


def _balances(claims: list[Claim], spec: dict, opts: CheckOptions) -> Iterator[Finding]:
    """'本年收入合计 I，本年支出合计 E，收支结余 S': S = I − E, the last figures of each side before it in its
    sentence (hygiene.yml savings.balance: one identity)."""
    for i, s in enumerate(claims):
        if s.kind != "amount" or s.concept or not _bare(s, spec.get("words", []), spec.get("lead", [])):
            continue
        before = [c for c in claims[:i] if _same_sentence(c, s) and c.kind == "amount" and c.unit == s.unit
                  and not c.direction and c.period in G.CURRENT_PERIODS]
        plus = _side(before, spec["plus"], spec.get("plus_names"))
        minus = _side(before, spec["minus"], spec.get("minus_names"))
        if plus is None or minus is None:
            continue
        reported, sign = _signed(s)
        j = judge(reported, [plus, minus], lambda a, b: a - b)
        if j is None or (j.computed.hi < 0 and not sign):
            continue                          # a shortfall printed as its size: which way is not said
        formula = f"{E.shown(plus)} − {E.shown(minus)}"
        evidence = [E.claim_evidence(s)] + [E.claim_evidence(o, role="context") for o in (plus, minus)]
        if j.only_by_rounding:
            yield coarse_finding("AR05", j, opts.lang, subject=s.subject, what="", pct=s, formula=formula,
                                 evidence=evidence, claims=[s.id, plus.id, minus.id])
            continue
        sev = severity(j.verdict)
        if sev is None:
            continue
        value, viv, civ = ("-" if sign else "") + E.printed(s), E.in_printed_unit(reported, s), E.in_printed_unit(j.computed, s)
        sides = spec.get("sides") or ("", "")
        yield Finding(
            check="AR05", severity=sev, kind="percent_recompute",
            message=messages.msg("AR05.balance", opts.lang, subject=s.subject, value=value, viv=viv, plus_side=sides[0],
                                 minus_side=sides[1], income=E.shown(plus), expense=E.shown(minus), civ=civ),
            evidence=evidence, computation=messages.steps(f"{formula} → {civ}", messages.stated("text", value, viv), messages.verdict(j.verdict)),
            claims=[s.id, plus.id, minus.id], args={"verdict": j.verdict.value})


def _offsets(claims: list[Claim], spec: dict, opts: CheckOptions) -> Iterator[Finding]:
    """'…，全市总收入 T。…，全市总支出 E。收支相抵，结转下年 S' (hygiene.yml savings.offset): a balance named after
    收支相抵 is the last total income less the last total expense stated before it in its section, each named by a
    grand-total name (总收入, 收入总量; 总支出, 支出总量). Read only when both are of its unit and period and none is
    approximate; a balance below 0 only with its minus sign printed."""
    leads, words = tuple(spec.get("leads") or ()), tuple(spec.get("words") or ())
    plus_names, minus_names = tuple(spec.get("plus_names") or ()), tuple(spec.get("minus_names") or ())
    if not (leads and words and plus_names and minus_names):
        return
    for i, s in enumerate(claims):
        if s.kind != "amount" or s.approx or s.direction or not bare(s.subject).endswith(words):
            continue
        head = s.paragraph.text[s.sentence[0]:s.start]
        if not any(w in head for w in leads) or _DIGIT.search(head):
            continue
        before = [c for c in claims[:i] if c.kind == "amount" and c.unit == s.unit and not c.direction
                  and not c.approx and c.period == s.period and c.paragraph.section is s.paragraph.section]
        plus = next((c for c in reversed(before) if bare(c.subject).endswith(plus_names)), None)
        minus = next((c for c in reversed(before) if bare(c.subject).endswith(minus_names)), None)
        if plus is None or minus is None or not (_closes_added(plus) and _closes_added(minus)):
            continue
        reported, sign = _signed(s)
        j = judge(reported, [plus, minus], lambda a, b: a - b)
        if j is None or (j.computed.hi < 0 and not sign):
            continue
        formula = f"{E.shown(plus)} − {E.shown(minus)}"
        civ = E.in_printed_unit(j.computed, s)
        evidence = [E.claim_evidence(o, role="context") for o in (plus, minus)]
        if j.only_by_rounding:
            yield coarse_finding("AR05", j, opts.lang, subject=s.subject, what="", pct=s, formula=formula,
                                 evidence=[E.claim_evidence(s)] + evidence, claims=[s.id, plus.id, minus.id])
            continue
        sev = severity(j.verdict)
        if sev is None:
            if j.verdict == Verdict.CONSISTENT:
                yield from settle([s], True, "AR05", evidence, f"{formula} → {civ}", reasons=reasons("offset"))
            continue
        value, viv = ("-" if sign else "") + E.printed(s), E.in_printed_unit(reported, s)
        yield Finding(
            check="AR05", severity=sev, kind="percent_recompute",
            message=messages.msg("AR05.balance", opts.lang, subject=s.subject, value=value, viv=viv, plus_side="总收入",
                                 minus_side="总支出", income=E.shown(plus), expense=E.shown(minus), civ=civ),
            evidence=[E.claim_evidence(s)] + evidence,
            computation=messages.steps(f"{formula} → {civ}", messages.stated("text", value, viv),
                                       messages.verdict(j.verdict)),
            claims=[s.id, plus.id, minus.id], args={"verdict": j.verdict.value})


def _closes_added(c: Claim) -> bool:
    """The total closes a sentence adding items to a figure ('…收入 A，加上 B、C，总收入 T': arith.yml trailing_totals
    adders after a clause mark), as a government's balance states it; a department's '总收入 T' printed alone may be
    its 本年收入合计, which leaves the year's opening carry-over out of the balance."""
    adders = (lexicon.load("arith").get("trailing_totals") or {}).get("adders") or ()
    text = c.paragraph.text[c.sentence[0]:c.start]
    return any(ch + w in text for w in adders for ch in "，,：:；;")


def _nets(claims: list[Claim], words: dict, opts: CheckOptions) -> Iterator[Finding]:
    """'主要原因是 A 较上年减少 a，B 较上年增加 b（净额减少 n）': n, signed, is the sum of the signed changes the
    reason lists before it in its sentence (hygiene.yml savings.net); read only when they are two or more, each
    directed, of the net's base and unit, and no word between them says some are parts of another."""
    net_words = tuple(words.get("net") or ())
    if not net_words:
        return
    for i, n in enumerate(claims):
        if n.kind != "change_abs" or not n.extra.get("in_reason") or G.sign(n.direction) in (None, 0) \
                or not says(n, net_words):
            continue
        terms = [c for c in claims[:i] if _same_sentence(c, n) and c.extra.get("in_reason")
                 and c.kind in ("change_abs", "change_pct")]
        if len(terms) < 2 or any(c.kind != "change_abs" or c.unit != n.unit or c.period != n.period
                                 or G.sign(c.direction) in (None, 0) or says(c, net_words) for c in terms):
            continue
        between = n.paragraph.text[terms[0].start:n.start]
        if any(w in between for w in words.get("net_parts") or ()) or not _every_move_a_term(n, terms):
            continue
        signs = [G.sign(c.direction) for c in terms]
        j = judge(n.interval.scale(G.sign(n.direction)), terms,
                  lambda *ivs: _signed_sum(ivs, signs))
        if j is None:
            continue
        shown = " ".join(("+ " if s > 0 else "− ") + E.shown(c) for s, c in zip(signs, terms)).lstrip("+ ")
        evidence = [E.claim_evidence(n)] + [E.claim_evidence(c, role="context") for c in terms]
        ids = [n.id] + [c.id for c in terms]
        if j.only_by_rounding:
            yield coarse_finding("AR05", j, opts.lang, subject=n.subject, what="", pct=n, formula=shown,
                                 evidence=evidence, claims=ids)
            continue
        if j.verdict == Verdict.CONSISTENT:
            yield from settle([n], True, "AR05", evidence[1:], f"{shown} ≈ {n.direction} {E.printed(n)}",
                              reasons("net_terms"))
            continue
        sev = severity(j.verdict)
        if sev is None:
            continue
        viv = E.in_printed_unit(n.interval.scale(G.sign(n.direction)), n)     # signed, as the sum is
        civ = E.in_printed_unit(j.computed, n)
        yield Finding(
            check="AR05", severity=sev, kind="percent_recompute",
            message=messages.msg("AR05.net", opts.lang, subject=n.subject, way=n.direction, value=E.printed(n),
                                 viv=viv, terms=shown, civ=civ),
            evidence=evidence, computation=messages.steps(f"{shown} → {civ}", messages.stated("text", f"{n.direction} {E.printed(n)}", viv),
                                                   messages.verdict(j.verdict)),
            claims=ids, args={"verdict": j.verdict.value})


def _every_move_a_term(n: Claim, terms: list[Claim]) -> bool:
    """Each direction word from the reason's start to the net is a term's or the net's own: a move printed
    without a figure ('经费统一压减，A 增加 a 万元，…增减相抵后增加 n') leaves the sum short, unread."""
    v = vocab.load()
    text = n.paragraph.text
    heads = [m.end() for m in v.reason_re.finditer(text, 0, terms[0].start)]
    if not heads:
        return False
    return sum(1 for _ in v.direction_re.finditer(text, heads[-1], n.end)) == len(terms) + 1


def _signed_sum(ivs, signs) -> Interval:
    out = Interval.exact(0)
    for iv, s in zip(ivs, signs):
        out = out + (iv if s > 0 else -iv)
    return out


def _side(before: list[Claim], concepts: list[str], names: list[str] | None) -> Claim | None:
    """The last of `before` that is one side of an identity: of one of `concepts`, or of no concept and
    named by a name ending in one of `names`."""
    return next((c for c in reversed(before) if c.concept in concepts
                 or not c.concept and bare(c.subject).endswith(tuple(names or ()))), None)


def _signed(r: Claim) -> tuple[Interval, bool]:
    """The rate as printed with its sign (a minus printed before the number), and whether it has one."""
    minus = r.paragraph.text[:r.start].rstrip(" \t\u3000").endswith(tuple(_MINUS))
    printed = -r.interval if minus else r.interval
    return Interval(printed.lo, printed.hi, r.interval.text), minus


def _variance_on_table(report, r: Claim, actual: Claim, opts: CheckOptions) -> Iterator[Finding]:
    """'公务接待费决算数 A，预决算差异率 R%' with no budget printed: R against the budget cells of A's row in a
    table printing A's actual beside them (NT04's budget columns), (A − B) ÷ B × 100. Verified when one
    agrees; an error only when every such column is the budget itself and the row is named for sure."""
    if report is None or report.type == "budget" or not report.tables or not usable_value(actual):
        return
    bases = budget_cells(report, actual, "预算")
    if not bases:
        return
    reported, minus = _signed(r)
    computed = [_variance(actual.interval, b.interval) for b in bases]
    if any(c is None for c in computed):
        return                                        # a budget of 0: no rate
    verdicts = [compare(reported, c) for c in computed]
    certain = all(b.exact for b in bases) and not generic_subject(actual) \
        and actual.extra.get("scope_source") != "guess" and not actual.extra.get("link_guess")
    if Verdict.CONSISTENT in verdicts:
        yield from settled_on_bases("AR05", r, None, bases, _TABLE_REASONS)
        return
    k = verdicts.index(Verdict.BORDERLINE) if Verdict.BORDERLINE in verdicts else 0
    sev = severity(verdicts[k], certain)
    sign = not minus and computed[k].hi < 0 and severity(compare(reported, -computed[k])) is None
    sev = "warning" if sign and sev else sev          # the size fits, the minus sign is missing
    yield from settled_on_bases("AR05", r, sev, bases, _TABLE_REASONS)
    if sev is None:
        return
    b = bases[k]
    cell = f"{b.ref.table.title}“{b.ref.row.label}”{''.join(b.ref.cell.column)} {printed_cell(b.ref, actual.unit)}"
    shown = ("-" if minus else "") + E.printed(r)
    formula = f"({E.shown(actual)} − {cell}) ÷ {printed_cell(b.ref, actual.unit)}"
    words = dict(subject=r.subject, value=shown, viv=str(reported), actual=E.shown(actual), cell=cell,
                 plan=f"{printed_cell(b.ref, actual.unit)}（{b.ref.table.title}“{b.ref.row.label}”）", civ=str(computed[k]))
    yield Finding(check="AR05", severity=sev, kind="percent_recompute",
                  message=messages.msg("AR05.variance_sign" if sign else "AR05.variance_table", opts.lang, **words),
                  evidence=[E.claim_evidence(r), E.claim_evidence(actual, role="context"),
                            *(x.ref.evidence() for x in bases)],
                  claims=[r.id, actual.id], args={"verdict": verdicts[k].value},
                  computation=messages.steps(f"{formula} × 100 → {computed[k]}", messages.stated("text", f"{shown}%", reported),
                                             messages.verdict(verdicts[k])))


_TABLE_REASONS = reasons("budget_recomputed")
_ROW_REASONS = reasons("row_recomputed")
_REASONS = {"AR05.amount": reasons("plan_gap"), "AR05.rate": reasons("saving_rate")}


def _variance_of_row(report, r: Claim, opts: CheckOptions) -> Iterator[Finding]:
    """'公务接待费预决算差异率 -20.83%' with neither figure printed in its sentence: the money figure its clause
    names (the last one before the rate) is looked up in a table printing its actual and budget in one row;
    R against (决算 − 预算) ÷ 预算 of that row. A warning at most: the row is read from the words."""
    if report is None or report.type == "budget" or not report.tables:
        return
    text = r.paragraph.text
    a = r.clause[0] if r.clause != (0, 0) else r.sentence[0]
    v = vocab.load()
    named = [x for x in vocab.find_concepts(text, a, r.start) if v.concepts[x[2]].measure == "money"]
    if not named:
        return
    s, e, cid = named[-1]
    row = replace(r, kind="amount", subject=text[s:e], concept=cid, unit="万元", period="决算", extra={})
    ref = concept_of(row)
    if ref is None or not (ref.entry or ref.class_kind):
        return
    actuals = {(id(x.table), x.row.index): x for x in lookup(report, ref, "决算")}
    pairs = [(actuals[k], b) for b in lookup(report, ref, "预算")
             if (k := (id(b.table), b.row.index)) in actuals and actuals[k].cell is not b.cell]
    rows = [(act, b, value_interval(act, "万元"), value_interval(b, "万元")) for act, b in pairs]
    rows = [x for x in rows if x[2] is not None and x[3] is not None]
    if not rows:
        return
    reported, minus = _signed(r)
    computed = [_variance(x[2], x[3]) for x in rows]
    if any(c is None for c in computed):
        return
    verdicts = [compare(reported, c) for c in computed]
    evidence = [ev for act, b, _, _ in rows for ev in (act.evidence(), b.evidence())]
    if Verdict.CONSISTENT in verdicts:
        yield from settle([r], True, "AR05", evidence, reasons=_ROW_REASONS)
        return
    k = verdicts.index(Verdict.BORDERLINE) if Verdict.BORDERLINE in verdicts else 0
    if severity(verdicts[k]) is None:
        return
    act, b, _, _ = rows[k]
    shown = ("-" if minus else "") + E.printed(r)
    where = f"{b.table.title}“{b.row.label}”"
    yield Finding(check="AR05", severity="warning", kind="percent_recompute",
                  message=messages.msg("AR05.variance_row", opts.lang, subject=r.subject, value=shown,
                                       viv=str(reported), where=where, actual=act.text, plan=b.text,
                                       civ=str(computed[k])),
                  evidence=[E.claim_evidence(r), *evidence], claims=[r.id], args={"verdict": verdicts[k].value},
                  computation=messages.steps(f"({act.text} − {b.text}) ÷ {b.text} × 100 → {computed[k]}",
                                             messages.stated("text", f"{shown}%", reported),
                                             messages.verdict(verdicts[k]) + messages.msg("AR05.comp.row_read", text=text[s:e])))


def _variance(actual: Interval, plan: Interval) -> Interval | None:
    """(actual − plan) ÷ plan × 100; none on a budget that may be 0."""
    return None if plan.lo <= 0 else (actual.clamp_nonneg() - plan).percent_of(plan)


def _gap(plan: Interval, actual: Interval) -> Interval:
    """plan − actual, or actual − plan when the actual figure is the larger (an overspend)."""
    diff = plan - actual
    return -diff if diff.hi < 0 else diff


_RATES = ("completion", "share")


_DIGIT = re.compile(r"\d")


def _bare(c: Claim, words: list[str], lead: list[str]) -> bool:
    """The clause names the figure by one of `words` with nothing before it but one of `lead` ('收支结余',
    '当年收支结余'; not '其他资金收支结余', a part's or a fund's balance)."""
    text = words_before(c)
    at = [(text.find(w), w) for w in words if w in text]
    if not at:
        return False
    pos = min(at)[0]
    if _DIGIT.search(text, pos):
        return False      # '净资产 N（行政单位资产 a，…）': the word names the figure printed after it, not this one
    before = "".join(ch for ch in text[:pos] if ch.isalnum())
    return not before or before in lead


def _same_sentence(c: Claim, other: Claim) -> bool:
    return c.paragraph is other.paragraph and c.sentence == other.sentence


def _judge(c: Claim, computed: Interval, key: str, opts: CheckOptions, others: list[Claim], formula: str,
           **words: str) -> Iterator[Finding]:
    verdict = compare(c.interval, computed)
    sev = severity(verdict)
    viv = E.in_printed_unit(c.interval, c) if c.unit != "%" else str(c.interval)
    if sev is None:              # it holds: the ledger says so ('差值为 0.90 万元' after its plan and actual)
        if verdict == Verdict.CONSISTENT:
            yield from settle([c], True, "AR05", [E.claim_evidence(o, role="context") for o in others],
                              f"{formula} → {words['civ']}", reasons=_REASONS.get(key, ()))
        return
    yield Finding(
        check="AR05", severity=sev, kind="percent_recompute",
        message=messages.msg(key, opts.lang, subject=c.subject, value=E.printed(c), viv=viv, **words),
        evidence=[E.claim_evidence(c)] + [E.claim_evidence(o, role="context") for o in others],
        computation=messages.steps(f"{formula} → {words['civ']}", messages.stated("text", E.printed(c), viv),
                                   messages.verdict(verdict)),
        claims=[c.id] + [o.id for o in others], args={"verdict": verdict.value})
