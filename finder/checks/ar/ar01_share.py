"""AR01: a stated share (占 X%) disagrees with part ÷ whole."""
from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from typing import Iterator

from finder import messages
from finder.checks.ar.common import coarse_finding, nudged_ids, own_whole_part, summed_items
from finder.checks.ledger import Settlement, reasons, settle
from finder.checks.nt.levels import claim_identity
from finder.checks.nt.common import prose_claims, prose_groups, severity
from finder.checks.registry import CheckOptions, register
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.precision import judge
from finder.link.concepts import concept_names, entry_of_name, key_of
from finder.link.wholes import decompositions, either_whole, in_scope_parts, whole_scope, formula_labels, part_of_share, whole_claim, whole_label, whole_operand
from finder.model import Claim, Finding
from finder.numbers.interval import Verdict, compare, show, total

messages.add({
    "AR01.implied": {"zh": "“{subject}”占比文中为 {pct}%（{piv}）；{why}，整体应为各项之和，"
                           "按 {part} ÷ {whole} 重算为 {civ}%，两者不符",
                     "en": "'{subject}': stated share {pct}% ({piv}); {why}, so the whole "
                           "is the parts' sum, and {part} / {whole} gives {civ}%"},
    "AR01.implied.near": {"zh": "“{subject}”占比文中为 {pct}%（{piv}）；{why}，整体应为各项之和，"
                                "按 {part} ÷ {whole} 重算为 {civ}%，相差一个末位单位；各项占比之和 {shares}% 不为 100%，非尾数调整",
                          "en": "'{subject}': stated share {pct}% ({piv}); {why}, so the whole is the parts' sum, and "
                                "{part} / {whole} gives {civ}%, one last-digit unit off; the shares add to {shares}%, "
                                "not 100%: no rounding adjustment"},
    "AR01.bound": {"zh": "“{subject}”占比文中为 {pct}%（{piv}）；{why}，整体不小于各项之和，"
                         "按 {part} ÷ {whole} 至多为 {civ}%，两者不符",
                   "en": "'{subject}': stated share {pct}% ({piv}); {why}, so the whole is at least "
                         "the parts' sum, and {part} / {whole} gives at most {civ}%"},
    "AR01": {"zh": "“{subject}”占比文中为 {pct}%（{piv}），按 {part} ÷ {whole} 重算为 {civ}%，两者不符",
             "en": "'{subject}': stated share {pct}% ({piv}) but {part} / {whole} gives {civ}%"},
    # the whole a list of shares implies, and why (AR01.implied / AR01.bound)
    "AR01.where.section": {"zh": "同一部分", "en": "the section"},
    "AR01.where.sentence": {"zh": "同句", "en": "the sentence"},
    "AR01.why.every": {"zh": "{where}列出{name}的全部组成部分", "en": "{where} lists every part of '{name}'"},
    "AR01.why.some": {"zh": "{where}所列各项均为{name}的组成部分", "en": "{where} lists parts of '{name}'"},
    "AR01.why.sum": {"zh": "同句各项占比合计 100%", "en": "the sentence's shares add to 100%"},
    "AR01.basis.every": {"zh": "所列为{name}的全部组成部分，整体 = {printed} → {whole}",
                         "en": "the items listed are every part of '{name}': whole = {printed} → {whole}"},
    "AR01.basis.some": {"zh": "所列均为{name}的组成部分，整体 ≥ {printed} → {whole}",
                        "en": "the items listed are parts of '{name}': whole ≥ {printed} → {whole}"},
    "AR01.basis.sum": {"zh": "各项占比之和 {shares}% 含 100%，整体 = {printed} → {whole}",
                       "en": "the shares add to {shares}%, which holds 100%: whole = {printed} → {whole}"},
    "AR01.line": {"zh": "{part} ({piv}) ÷ 整体 × 100 → {civ}%，文中 {share}% → {siv}",
                  "en": "{part} ({piv}) / whole × 100 → {civ}%, text {share}% → {siv}"},
    "AR01.sep": {"zh": "；", "en": "; "},
    "AR01.over": {"zh": "contradicted", "en": "contradicted"},
    "AR01.over.near": {"zh": "相差一个末位单位", "en": "one last-digit unit off"},
    "AR01.over.bound": {"zh": "超过上限，contradicted", "en": "above the bound, contradicted"},
    "AR01.agree": {"zh": "整体 = {printed} → {whole}；各项占比相符", "en": "whole = {printed} → {whole}; the shares agree"},
})


@register("AR01", name="share-mismatch", groups=("core", "arith"), kind="percent_recompute")
def share_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding | Settlement]:
    """所述占比与部分 ÷ 整体重算不符 (stated share ≠ part ÷ whole).

    A rate that fits only while a figure printed coarser than its neighbours of the same unit
    ('1万元' beside '0.53万元') ranges over its ±half unit, and not once that figure is read at
    their precision (1.00), is a warning showing both computations, never 已核实.

    A share one last-digit unit off, in a list of shares of one whole printed to add to exactly 100%
    whose honest roundings do not (the shares moved all toward 100), is a rounding adjustment that
    AR04 reports once, as info.

    A whole named by a word reports use for either of two totals ('占收入总额的 P%': 本年收入合计 or 收入总计,
    concepts.yml ambiguous_wholes) is whichever the share fits; a share fitting neither is a warning.

    A share printed after a count of the items before it and a sum word ('A a，B b，两项合计占 P%',
    lexicons/arith.yml item_sums) is of their sum.

    Shares of one whole in one sentence whose whole is printed nowhere (no text, no table) and that add
    to 100% within their rounding, or whose parts are every part of a complete decomposition (cells.yml
    decompositions: the three 三公 fees; the reporting unit's own, not shares of a budget by actuals), name
    every part: the whole is the parts' sum, and a share that
    contradicts its part over that sum is a warning, one per list ('基本支出 80.00 万元，占 60.00%；项目支出
    40.00 万元，占 40.00%': 80 ÷ 120 = 66.67%); shares that all fit are verified in the ledger. Every part of
    a complete decomposition is read across the sentences of one section too ('1. 基本支出 a，占一般公共预算支出的
    P%。…2. 项目支出 b，占一般公共预算支出的 Q%': a 财政拨款 figure is 基本支出 and 项目支出 only, cells.yml
    complete_in_scopes), when the parts are of one period. Parts that are only some parts of the whole's
    decomposition ('占本年支出的': 经营支出… left out) bound it: the whole is at least their sum, so a share
    above its part over that sum is a warning.

    **Why it matters**
    Readers quote the percentage, not the amounts; it must follow from them.

    **Anti-pattern**
    本年收入合计 1579.09 万元; 172.92 ÷ 1579.09 lies in [10.9503%, 10.9510%]:

    .. code-block:: text

        其他收入 172.92 万元，占 10.96%。

    **Best practice**

    .. code-block:: text

        其他收入 172.92 万元，占 10.95%。
    """
    claims = prose_claims(analysis)
    nudged = nudged_ids(analysis)       # one last digit moved to make a list add to 100%: AR04 says so once
    orphans: dict[tuple, list[tuple[Claim, Claim]]] = {}
    passages: dict[tuple, list[tuple[Claim, Claim]]] = {}   # the same, over a section's sentences
    for group in prose_groups(analysis).values():
        for share in (c for c in group if c.kind == "share" and c.unit == "%" and c.id not in nudged):
            items = summed_items(claims, share)
            if items:
                yield from _of_items(analysis, claims, share, items, opts)
                continue
            part = part_of_share(group, share)
            if part is None:
                continue
            whole = whole_operand(analysis.report, claims, share, part)
            if whole is None:
                if share.whole and not share.approx and not part.approx:
                    key = (share.whole, id(share.paragraph), share.sentence, part.unit)
                    orphans.setdefault(key, []).append((part, share))
                    at = share.paragraph.section or share.paragraph
                    passages.setdefault((share.whole, id(at), part.unit), []).append((part, share))
                continue
            j = judge(share.interval, [part, whole_claim(whole)], G.percent_interval)
            if j is None:
                continue
            if j.verdict != Verdict.CONSISTENT:
                whole, j = either_whole(analysis.report, claims, share, part, whole, j)
            pl, wl = formula_labels(part, whole)
            if j.only_by_rounding:
                yield coarse_finding("AR01", j, opts.lang, subject=part.subject, what="占比", pct=share,
                                     formula=f"{pl} ÷ {wl}",
                                     evidence=[E.claim_evidence([part, share]), whole.evidence, E.sentence_evidence(share)],
                                     claims=[part.id, share.id] + ([whole.claim.id] if whole.claim else []))
                continue
            verdict, computed = j.verdict, j.computed
            sev = severity(verdict, whole.certain)
            if sev is None:
                continue
            yield Finding(
                check="AR01", severity=sev,
                message=messages.msg("AR01", opts.lang, subject=part.subject, pct=E.printed(share),
                                     piv=str(share.interval), part=pl, whole=wl, civ=str(computed)),
                evidence=[E.claim_evidence([part, share]), whole.evidence, E.sentence_evidence(share)],
                computation=messages.steps(
                    f"{pl} ({part.interval}{_unit(pl, part)}) ÷ {wl} ({whole.interval}{_unit(pl, part)}) × 100 → {computed}%",
                    messages.stated("text", f"{E.printed(share)}%", share.interval), messages.verdict(verdict)),
                claims=[part.id, share.id] + ([whole.claim.id] if whole.claim else []),
                args={"verdict": verdict.value})
    ids = claim_identity(analysis)
    said: set[str] = set()              # a sentence's list judged wrong is not judged again in its section
    for pairs in orphans.values():
        for f in _implied_whole(pairs, opts, ids, analysis.report):
            said.update(f.claims if isinstance(f, Finding) else ())
            yield f
    for pairs in passages.values():
        if len({(id(s.paragraph), s.sentence) for _, s in pairs}) > 1 and _one_phase(pairs) \
                and not said & {s.id for _, s in pairs}:
            yield from _implied_whole(pairs, opts, ids, analysis.report, across=True)


_IMPLIED_REASONS = reasons("sentence_sum")


def _implied_whole(pairs: list[tuple[Claim, Claim]], opts: CheckOptions, ids: dict, report,
                   across: bool = False) -> Iterator[Finding | Settlement]:
    """Shares of one whole, the whole printed nowhere, in one sentence adding to 100% within their
    rounding, or (in one sentence or across a section's sentences) whose parts are every part of a
    complete decomposition: the list is every part, so the whole is the parts' sum, and each share is its
    part over that sum (a warning: the whole is read from the shares). Parts that are only some parts of
    the whole's decomposition bound it: the whole is at least their sum, so a share above its part over
    that sum is wrong. Interval arithmetic counts each part twice (in its own share and in the sum), so it
    only widens: a share it contradicts is wrong. One finding per list: one wrong figure moves every share."""
    parts = [p for p, _ in pairs]
    if len(pairs) < 2 or len({id(p) for p in parts}) < len(parts):
        return
    shares = total([s.interval for _, s in pairs])
    hundred = not across and shares.contains(Decimal(100))
    own = all(own_whole_part(s, p, ids) for p, s in pairs)
    listed = _listed(parts, pairs[0][1].whole, report) if own and not hundred else None
    if listed is None and not hundred:
        return
    name, complete = listed or (None, True)
    whole = total([p.interval.clamp_nonneg() for p in parts])
    printed = " + ".join(E.printed(p) for p in parts)
    off, near = [], []
    for part, share in pairs:
        computed = G.percent_interval(part.interval, whole)
        verdict = compare(share.interval, computed) if computed is not None and complete else None
        if computed is not None and (verdict == Verdict.CONTRADICTED if complete
                                     else share.interval.lo > computed.hi):
            off.append((part, share, computed))
        elif verdict == Verdict.BORDERLINE:
            near.append((part, share, computed))
    # a share one last-digit unit off its part over the sum is a rounding adjustment only where the printed
    # shares add to 100% (AR04 notes those); in a list that does not ('20.65%、55.3%、25%': 100.95%) it is wrong
    borderline = not off and bool(near) and not shares.contains(Decimal(100))
    if borderline:
        off = near
    if not off:         # every share is its part over the parts' sum: verified, no cell having judged them
        if complete:
            yield from settle([s for _, s in pairs if s.status != "verified" and not s.checked_against], True, "AR01",
                              computation=messages.msg("AR01.agree", opts.lang, printed=printed,
                                                       whole=E.in_printed_unit(whole, parts[0])),
                              reasons=_IMPLIED_REASONS)
        return
    part, share, computed = off[0]      # one wrong figure moves every share: one finding for the list
    sep = messages.msg("AR01.sep", opts.lang)
    lines = sep.join(messages.msg("AR01.line", opts.lang, part=E.printed(p), piv=E.in_printed_unit(p.interval, p), civ=c,
                                  share=E.printed(s), siv=s.interval) for p, s, c in off)
    where = messages.msg("AR01.where.section" if across else "AR01.where.sentence", opts.lang)
    kind = ("every" if complete else "some") if name else "sum"
    why = messages.msg(f"AR01.why.{kind}", opts.lang, where=where, name=name)
    basis = messages.msg(f"AR01.basis.{kind}", opts.lang, name=name, printed=printed,
                         whole=E.in_printed_unit(whole, parts[0]), shares=shares)   # in the unit the parts print
    yield Finding(
        check="AR01", severity="warning",
        message=messages.msg("AR01.implied.near" if borderline else "AR01.implied" if complete else "AR01.bound",
                             opts.lang, subject=part.subject, pct=E.printed(share), piv=str(share.interval),
                             part=E.printed(part), whole=f"（{printed}）", shares=shares,
                             civ=str(computed) if complete else show(computed.hi, ROUND_CEILING), why=why),
        evidence=[E.claim_evidence([part, share])] + [E.claim_evidence([p, s], role="context")
                                                     for p, s in pairs if s is not share],
        computation=sep.join([basis, lines, messages.msg("AR01.over.near" if borderline else "AR01.over"
                                                         if complete else "AR01.over.bound", opts.lang)]),
        claims=[c.id for p, s in pairs for c in (p, s)],
        args={"verdict": (Verdict.BORDERLINE if borderline else Verdict.CONTRADICTED).value})


def _listed(parts: list[Claim], whole_name: str, report) -> tuple[str, bool] | None:
    """The whole these parts are of, and whether they are all of it: every part of a complete decomposition
    (cells.yml decompositions), one each, of one scope ('因公出国（境）费 a，占 P%；公务用车购置及运行维护费 b，占 Q%；
    公务接待费 c，占 R%'), or every part the share's whole has in its scope (complete_in_scopes: a 财政拨款
    figure is 基本支出 and 项目支出): their sum is the whole even when one printed share is wrong, so the shares
    need not add to 100% to name it. Distinct parts of the share's own whole's decomposition that are not all
    of it are (whole, False): a bound. None otherwise."""
    keys = [key_of(p) for p in parts]
    if any(k is None for k in keys) or len({k[1] for k in keys}) > 1:
        return None
    names, scope = [k[0] for k in keys], keys[0][1]
    if len(set(names)) != len(names):
        return None
    whole, of = entry_of_name(whole_name), whole_scope(whole_name)
    for d in decompositions():
        if d.get("complete") and (set(d["parts"]) == set(names) or d["whole"] == whole and of == scope
                                  and in_scope_parts(d, scope, report) == set(names)):
            return d["whole"] if set(d["parts"]) == set(names) else _named(whole_name), True
    return next(((d["whole"], False) for d in decompositions() if d["whole"] == whole and of in (None, scope)
                 and set(names) <= set(d["parts"])), None)


def _named(name: str) -> str:
    """A share's whole as a reader names it ('gpb_expense' → 一般公共预算财政拨款支出)."""
    return next(iter(concept_names().get(name, [])), name)


def _one_phase(pairs: list[tuple[Claim, Claim]]) -> bool:
    """The shares of a section's sentences are of one period, and their parts too: not one year's 基本支出 beside
    another's, nor a budget figure beside an actual one ('基本支出预算 a' beside '项目支出 b' is one budget: 本年
    names no period of its own)."""
    def phase(c: Claim) -> str | None:
        return "预算" if c.period in G.BUDGET_PERIODS else None if c.period == "本年" else c.period
    return len({phase(p) for p, _ in pairs} - {None}) <= 1 \
        and len({(phase(s), s.extra.get("whole_period")) for _, s in pairs}) == 1


def _unit(label: str, part) -> str:
    """The intervals' unit, named when the labels print units of their own."""
    return part.unit if label != E.printed(part) else ""


_ITEMS_REASONS = reasons("listed_sum")


def _of_items(analysis, claims, share, items, opts: CheckOptions) -> Iterator[Finding | Settlement]:
    """'A a，B b，两项合计占 P%': P is (a + b) ÷ the whole the items are parts of; a share that fits is
    verified in the ledger (no cell holds the items' sum)."""
    whole = whole_operand(analysis.report, claims, share, items[-1])
    if whole is None:
        return
    s = total([c.interval.clamp_nonneg() for c in items])
    j = judge(share.interval, [s, whole_claim(whole)], G.percent_interval)
    if j is None:
        return
    subject = "、".join(c.subject for c in items)
    printed = " + ".join(E.printed(c) for c in items)
    sev = severity(j.verdict, whole.certain)
    if sev is None:
        if j.verdict == Verdict.CONSISTENT and share.status != "verified" and not share.checked_against:
            yield from settle([share], True, "AR01", against=[whole.evidence], reasons=_ITEMS_REASONS,
                              computation=messages.steps(
                                  f"（{printed}）({s}) ÷ {whole_label(whole)} ({whole.interval}) × 100 → {j.computed}%",
                                  messages.stated("text", f"{E.printed(share)}%", share.interval)))
        return
    yield Finding(
        check="AR01", severity=sev,
        message=messages.msg("AR01", opts.lang, subject=subject, pct=E.printed(share), piv=str(share.interval),
                             part=f"（{printed}）", whole=whole_label(whole), civ=str(j.computed)),
        evidence=[E.claim_evidence([*items, share]), whole.evidence, E.sentence_evidence(share)],
        computation=messages.steps(f"（{printed}）({s}) ÷ {whole_label(whole)} ({whole.interval}) × 100 → {j.computed}%",
                                   messages.stated("text", f"{E.printed(share)}%", share.interval),
                                   messages.verdict(j.verdict)),
        claims=[c.id for c in items] + [share.id] + ([whole.claim.id] if whole.claim else []),
        args={"verdict": j.verdict.value})
