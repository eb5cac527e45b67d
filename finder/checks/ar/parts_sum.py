"""AR04's arithmetic: stated parts against their whole, as a finding or as a ledger settlement."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

from finder import messages
from finder.checks.ledger import Settlement, reasons, settle
from finder.checks.nt.common import severity
from finder.checks.registry import CheckOptions
from finder.claims import vocab
from finder.link import evidence as E
from finder.model import Claim, Evidence, Finding
from finder.numbers.interval import Interval, Verdict, compare, total

SUM_REASONS = reasons("parts_sum")
messages.add({
    "AR04.unit": {"zh": "“{whole}”文中为 {value}（{wiv}），其组成部分 {parts} 之和为 {siv}，两者不符；“{part}”的 {pvalue} "
                        "若按所列其他各项的单位“{unit}”读，各项之和为 {fiv}，与总数一致：其单位“{punit}”疑似误植",
                  "en": "'{whole}' is {value} ({wiv}) but its parts {parts} add to {siv}; read in '{unit}', the unit of the "
                        "other parts listed, '{part}' {pvalue} makes them add to {fiv}, as the whole says: its unit word "
                        "'{punit}' is the likely misprint"},
})


@dataclass(frozen=True)
class LeftOut:
    """A part a 其中 list leaves out, read elsewhere: from a table cell, or as 0 from words saying so."""

    name: str
    shown: str
    source: str
    evidence: Evidence
    interval: Interval


def _average(c: Claim) -> bool:
    """The figure is named by an average word in its clause ('人均公用经费 5.23 万元'): a per-head figure."""
    a = c.clause[0] if c.clause != (0, 0) else c.start
    return any(w in c.paragraph.text[a:c.start] for w in vocab.load().average_prefixes)


def judge(whole: Claim, parts: list[Claim], complete: bool, opts: CheckOptions,
          iv=lambda c: c.interval, certain: bool = True,
          table_parts: list["LeftOut"] = (), exact: bool = False, why: str = "",
          ledger: bool = False, worded: bool = False) -> Iterator[Finding | Settlement]:
    """`table_parts`: parts the list leaves out, read from a table or from words saying they are 0;
    `exact`: the figures are whole counts, so a gap of one is no rounding adjustment; `worded`: the list is
    read as complete from its words alone (closed by the rest): a shortfall is then a warning, while parts
    adding to more than the whole contradict it whatever the list leaves out; `why`: how an
    uncertain reading was made (said in the computation; default: the items read as disjoint by name);
    `ledger`: a complete, certain list that adds up verifies its figures in the ledger. An average in the list
    ('…，公用经费 b，人均公用经费 5.23 万元', arith.yml averages) is no part: it is left out of the sum, and a
    list left with fewer than two parts says nothing."""
    if any(_average(p) for p in parts):
        parts = [p for p in parts if not _average(p)]
        if len(parts) < 2:
            return
    s = total([iv(p).clamp_nonneg() for p in parts] + [c.interval.clamp_nonneg() for c in table_parts])
    w = iv(whole)
    over = s.lo > w.hi and w.bound not in (">", ">=")      # '收入合计超过 4000 万元' sets no upper end
    verdict = compare(w, s, unit=Decimal(0) if exact else None) if complete else (Verdict.CONTRADICTED if over else Verdict.CONSISTENT)
    if verdict == Verdict.BORDERLINE or (complete and not exact and verdict == Verdict.CONTRADICTED and s.gap(w) <= digit_unit(whole)):
        verdict = Verdict.BORDERLINE
    certain = certain and not (worded and not over)
    sev = severity(verdict, certain)
    names = " + ".join([f"{p.subject} {E.shown(p)}" for p in parts]
                       + [f"{t.name} {t.shown}（文中未列，{t.source}）" for t in table_parts])
    wiv, siv = E.in_printed_unit(w, whole), E.in_printed_unit(s, whole)
    if sev is not None and complete:
        slipped = _unit_slip(whole, parts, w, [iv(p) for p in parts], table_parts, exact)
        if slipped is not None:
            yield _slip_finding(whole, parts, slipped, names, wiv, siv, opts)
            return
    if sev is None:
        if ledger and complete and certain:      # figures no cell judged: checked against each other
            yield from settle([c for c in (whole, *parts) if c.status != "verified" and not c.checked_against],
                              True, "AR04", (t.evidence for t in table_parts),
                              messages.steps(f"{names} → {siv}", f"{whole.subject} {E.shown(whole)} → {wiv}",
                                             messages.verdict(verdict)), SUM_REASONS)
        return
    yield Finding(
        check="AR04", severity=sev,
        message=messages.msg("AR04", opts.lang, whole=whole.subject, value=E.shown(whole), wiv=wiv,
                             parts=names, siv=siv),
        evidence=[E.claim_evidence(whole)] + [E.claim_evidence(p, role="context") for p in parts]
                 + [t.evidence for t in table_parts],
        computation=messages.steps(f"{names} → {siv}", f"{whole.subject} {E.shown(whole)} → {wiv}",
                                   messages.term("equal" if complete else "at_most")
                                   + ("" if certain else why or messages.term("disjoint")), messages.verdict(verdict)),
        claims=[whole.id] + [p.id for p in parts], args={"verdict": verdict.value})


def _unit_slip(whole: Claim, parts: list[Claim], w: Interval, ivs: list[Interval],
               table_parts, exact: bool) -> tuple[Claim, Interval] | None:
    """The one part printed in another money unit than the whole and every other part ('“三公”经费 13.07 万元，其中：
    因公出国（境）费 4.46 元，公务接待费 8.61 万元') that, read in theirs, makes the list add to the whole (its
    rounding intervals meet): that part and the sum so read. None when no such part, or when more than one part
    is printed in an odd unit (the list has no one unit to read it in)."""
    odd = [i for i, p in enumerate(parts) if p.scale != whole.scale]
    if len(odd) != 1 or len(parts) < 2 or E.money_factor(E.printed_unit(whole)) is None:
        return None
    k = odd[0]
    p = parts[k]
    if not p.raw_number or E.money_factor(E.printed_unit(p)) is None or p.approx:
        return None
    reread = E.read_in_unit_of(p, whole)
    s = total([(reread if i == k else x).clamp_nonneg() for i, x in enumerate(ivs)]
              + [t.interval.clamp_nonneg() for t in table_parts])
    if compare(w, s, unit=Decimal(0) if exact else None) != Verdict.CONSISTENT:
        return None
    return p, s


def _slip_finding(whole: Claim, parts: list[Claim], slipped: tuple[Claim, Interval], names: str,
                  wiv: str, siv: str, opts: CheckOptions) -> Finding:
    """A warning that one part's unit word, not the figures, is wrong: the parts add up once it is read in the
    list's unit (_unit_slip)."""
    part, s = slipped
    unit, punit = E.printed_unit(whole), E.printed_unit(part)
    fiv = E.in_printed_unit(s, whole)
    return Finding(
        check="AR04", severity="warning",
        message=messages.msg("AR04.unit", opts.lang, whole=whole.subject, value=E.shown(whole), wiv=wiv, parts=names,
                             siv=siv, part=part.subject, pvalue=E.shown(part), unit=unit, punit=punit, fiv=fiv),
        evidence=[E.claim_evidence(whole)] + [E.claim_evidence(p, role="context") for p in parts if p is not part]
                 + [E.claim_evidence(part)],
        computation=messages.steps(f"{names} → {siv}", f"{part.subject} {E.printed(part)}{punit} → "
                                   f"{E.printed(part)}{unit}", f"→ {fiv}", f"{whole.subject} {E.shown(whole)} → {wiv}",
                                   messages.verdict(Verdict.CONSISTENT)),
        claims=[whole.id] + [p.id for p in parts],
        args={"verdict": Verdict.CONTRADICTED.value, "slip": part.id, "unit": unit, "printed_unit": punit})


def digit_unit(c: Claim) -> Decimal:
    """One unit of the claim's last printed digit, in the unit of its value ('7元' read as 万元: 0.0001)."""
    n = c.raw_number or str(c.value)
    try:
        unit = Decimal(1).scaleb(Decimal(n.replace(",", "")).as_tuple().exponent)
    except Exception:  # noqa: BLE001
        return Decimal(0)
    return unit * c.scale if c.scale else unit
