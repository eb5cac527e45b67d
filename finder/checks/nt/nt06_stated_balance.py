"""NT06: this year's stated opening balance, income, spending and closing balance break the summary's identity."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from finder import messages
from finder.checks.ledger import Settlement, reasons, settle
from finder.checks.nt.common import generic_subject, prose_claims, severity
from finder.checks.nt.levels import claim_levels
from finder.checks.registry import CheckOptions, register
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.concepts import cells, key_of
from finder.model import Claim, Finding
from finder.numbers.interval import Verdict, compare, total, unit_of_last_digit

_REASONS = reasons("balance_terms")

messages.add({
    "NT06": {"zh": "文中本年各项不满足“{name}”：{left_terms} = {left}，{right_terms} = {right}，两边不等",
             "en": "this year's figures in the text break '{name}': {left_terms} = {left} but {right_terms} = {right}"},
})


@register("NT06", name="stated-balance-broken", groups=("core", "narrative"), kind="narrative_vs_narrative")
def stated_balance_broken(analysis, opts: CheckOptions) -> Iterator[Finding | Settlement]:
    """文中所述本年年初结转和结余、收入、支出、年末结转和结余不满足收支平衡 (this year's stated figures
    break 年初 + 收入 + 使用非财政拨款结余 = 支出 + 结余分配 + 年末).

    **Why it matters**
    A report printed without its tables (or whose tables were not read) still restates the summary
    in prose; the six figures of one year must balance, whichever of them is mistyped.

    **Anti-pattern**
    45.15 + 1089.69 + 0.00 = 1134.84, yet the closing balance is printed as 10.00:

    .. code-block:: text

        年初结转和结余 45.15 万元，本年收入合计 1089.69 万元，使用非财政拨款结余 0.00 万元；本年支出合计
        1134.84 万元，结余分配 0.00 万元，年末结转和结余 10.00 万元。

    **Best practice**

    .. code-block:: text

        年初结转和结余 45.15 万元，本年收入合计 1089.69 万元，使用非财政拨款结余 0.00 万元；本年支出合计
        1134.84 万元，结余分配 0.00 万元，年末结转和结余 0.00 万元。

    The identities are ``identities`` in lexicons/cells.yml (NT02 holds last year's figures to the
    same ones). Every term must be stated for this year, for the whole department (all funds), in
    one unit and level; the first statement of each in the report is used. A figure a table
    cell contradicts is NT01's finding and leaves the identity alone; when every figure agrees with
    its cell the tables' own identity (TB03) speaks for them. One unit of the last printed digit
    over all terms is a warning (rounding); beyond that an error. Figures that balance and that no
    cell judged are verified in the ledger ('与收支平衡中的其余各项一致').
    """
    levels = claim_levels(analysis)
    stated = [c for c in prose_claims(analysis)
              if c.kind == "amount" and c.period in G.CURRENT_PERIODS and not c.approx]
    for ident in cells().get("identities", []):
        names = [*ident["left"], *ident["right"]]
        for terms in _statements(stated, names, levels):
            yield from _judge(ident, terms, opts)


def _statements(stated: list[Claim], names: list[str], levels: dict) -> Iterator[dict[str, Claim]]:
    """Per unit and level: the first statement of every name, when all are stated (income and spending
    are often told in sibling sections: 一、收入决算情况 and 二、支出决算情况)."""
    first: dict[tuple, dict[str, Claim]] = {}
    for c in stated:
        k = key_of(c)
        if k is None or k[1] != "all" or k[0] not in names:
            continue
        first.setdefault((c.unit, levels.get(c.id) or ""), {}).setdefault(k[0], c)
    for group in first.values():
        if len(group) == len(names):
            yield group


def _judge(ident: dict, terms: dict[str, Claim], opts: CheckOptions) -> Iterator[Finding | Settlement]:
    claims = list(terms.values())
    if any(c.status == "contradicted" for c in claims) or all(c.status == "verified" for c in claims):
        return
    left = total([terms[t].interval for t in ident["left"]])
    right = total([terms[t].interval for t in ident["right"]])
    verdict = compare(left, right, unit=_unit(claims))
    sev = severity(verdict, certain=not any(generic_subject(c) for c in claims))
    side = {t: " + ".join(E.printed(terms[u]) for u in ident[t]) for t in ("left", "right")}
    computation = f"{side['left']} → {left}；{side['right']} → {right}；{messages.verdict(verdict)}"
    if sev is None:      # balanced: the figures no cell judged are checked against each other
        if verdict == Verdict.CONSISTENT:
            yield from settle([c for c in claims if c.status != "verified" and not c.checked_against], True, "NT06",
                              computation=computation, reasons=_REASONS)
        return
    yield Finding(
        check="NT06", severity=sev,
        message=messages.msg("NT06", opts.lang, name=ident["name"], left=str(left), right=str(right),
                             left_terms=" + ".join(ident["left"]), right_terms=" + ".join(ident["right"])),
        evidence=[E.claim_evidence(c, role="claim" if i == 0 else "context")
                  for i, c in enumerate(sorted(claims, key=lambda c: (c.paragraph.index, c.start)))],
        computation=computation,
        claims=[c.id for c in claims], args={"verdict": verdict.value})


def _unit(claims: list[Claim]) -> Decimal | None:
    """One unit of the coarsest last printed digit among the terms (the band of a rounding adjustment)."""
    try:
        return max(unit_of_last_digit(E.printed(c)) for c in claims)
    except Exception:  # noqa: BLE001 - a figure not printed as a plain number: no borderline band
        return None
