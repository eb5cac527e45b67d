"""The EV checks' share of the claim ledger: which prose claim a number they read is, and its status."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Iterable

from finder.appendix.text import Span
from finder.model import Claim, Evidence

_STATUS_REASON = {"verified": "与绩效自评表/说明一致", "contradicted": "与绩效自评表/说明不符"}


RATE = ("ratio", "completion", "share")
ANY = ("amount", "count", "ratio", "completion", "share", "score", "weight", "target", "change_abs", "change_pct")


def _index(analysis) -> dict[int, list[Claim]]:
    out: dict[int, list[Claim]] = {}
    for c in getattr(analysis, "claims", None) or []:
        out.setdefault(id(c.paragraph), []).append(c)
    return out


def claims_at(analysis, span: Span | None, kinds: tuple[str, ...], raw: str | None = None,
              within: tuple[int, int] | None = None) -> list[Claim]:
    """Claims of `kinds` inside `span` (its sentence); with `raw`, only those whose value is that
    number; with `within` (offsets into the sentence), only claims whose number starts there."""
    if span is None or not hasattr(analysis, "memo"):
        return []
    found = analysis.memo("ev.claims_by_paragraph", _index).get(id(span.paragraph), [])
    found = [c for c in found if span.start <= c.start < span.end and c.kind in kinds]
    if within is not None:
        found = [c for c in found if span.start + within[0] <= c.start < span.start + within[1]]
    if raw is not None:
        want = _decimal(raw)
        found = [c for c in found if want is not None and c.value == want]
    return found


def _decimal(raw: str) -> Decimal | None:
    try:
        return Decimal(raw.replace(",", "").replace("%", "").replace("％", "").strip())
    except (InvalidOperation, AttributeError):
        return None


def settle(claims: Iterable[Claim], ok: bool, check: str, against: Iterable[Evidence] = (),
           computation: str = "") -> list[str]:
    """Record an EV comparison on its claims: verified when consistent, contradicted when a finding
    was raised (a contradiction is never downgraded by a later agreement); returns the claim ids."""
    ids = []
    refs: list[dict[str, Any]] = [e.to_dict() | {"used": True, "check": check} for e in against]
    if computation:
        refs.append({"check": check, "computed": computation})
    for c in claims:
        if ok and c.status != "contradicted":
            c.status = "verified"
        elif not ok:
            c.status = "contradicted"
        c.reason = _STATUS_REASON[c.status]
        c.checked_against += [r for r in refs if r not in c.checked_against]
        ids.append(c.id)
    return ids
