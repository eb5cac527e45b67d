"""NT02: prior-year values implied by (value, change, direction) break the summary identity or carry-over."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from finder import messages
from finder.checks.nt.common import checkable
from finder.checks.registry import CheckOptions, register
from finder.link import groups as G
from finder.link.concepts import cells, key_of
from finder.model import Finding
from finder.numbers.interval import Interval, Verdict, compare, total

messages.add({
    "NT02": {"zh": "由本年数和“比上年”变动推出的上年数不满足“{name}”：上年{term}按文中应为 {implied}，"
                   "按其余各项推算应为 {solved}",
             "en": "prior-year values implied by the stated changes break '{name}': prior {term} is {implied} "
                   "from its own change but {solved} from the other items"},
    "NT02.carry": {"zh": "本年{opening} {value} 应等于上年{closing}，而文中推出上年{closing}为 {prior}",
                   "en": "this year's {opening} {value} should equal last year's {closing}, implied to be {prior}"},
})


def priors(claims) -> dict[str, tuple[Interval, G.Change]]:
    """entry -> (prior-year interval, the change it came from), first statement of each."""
    out: dict[str, tuple[Interval, G.Change]] = {}
    for group in G.groups(claims).values():
        for ch in G.changes(group):
            k = key_of(ch.value)
            if ch.base != "上年" or k is None or k[1] != "all" or k[0] in out:
                continue
            iv = ch.prior()
            if iv is not None:
                out[k[0]] = (iv, ch)
    for c in claims:  # "与上年持平" printed without a number: the prior equals this year's value
        k = key_of(c)
        if (c.kind == "amount" and c.period in G.CURRENT_PERIODS and G.flat_after(c)
                and k is not None and k[1] == "all" and k[0] not in out):
            out[k[0]] = (c.interval.clamp_nonneg(), G.Change(c, None, None, "上年"))
    return out


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
    """
    claims = checkable(analysis.claims)
    known = priors(claims)
    for ident in cells().get("identities", []):
        yield from _identity(ident, known, opts)
    for rule in cells().get("continuity", []):
        yield from _continuity(rule, claims, known, opts)


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
        bad = any(c.status == "contradicted" for c in known[t][1].claims())
        rank = (bad, sol.hi >= 0, iv.lo > 0, iv.gap(sol) / max(abs(iv.hi), Decimal("0.01")))
        if worst_rank is None or rank > worst_rank:
            worst, worst_rank, solved = t, rank, sol
    chs = [known[t][1] for t, _ in terms]
    blamed = known[worst][1]
    yield Finding(
        check="NT02", severity="error",
        message=messages.msg("NT02", opts.lang, name=ident["name"], term=worst, implied=str(known[worst][0]),
                             solved=str(solved)),
        evidence=[G.claim_evidence(blamed.claims())] + [G.claim_evidence(c.claims(), role="context")
                                                          for c in chs if c is not blamed],
        computation="；".join(f"上年{t} = {G.printed(known[t][1].value)} {_op(known[t][1])} → {known[t][0]}"
                             for t, _ in terms) + f"；左边 {left} ≠ 右边 {right}",
        claims=[c.id for ch in chs for c in ch.claims()])


def _op(ch: G.Change) -> str:
    s = G.sign(ch.direction)
    if s == 0 or ch.abs is None:
        return "（持平）"
    return f"{'−' if s > 0 else '+'} {G.printed(ch.abs)}"


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
                             value=G.printed(opening), prior=str(closing[0])),
        evidence=[G.claim_evidence(opening), G.claim_evidence(closing[1].claims(), role="context")],
        computation=f"本年{rule['opening']} {opening.interval} vs 上年{rule['closing']} {closing[0]}（可能有重述）",
        claims=[opening.id] + [c.id for c in closing[1].claims()])
