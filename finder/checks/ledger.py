"""Settlements: a check's verdict on a prose claim, yielded beside its findings and applied by the runner."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from finder.model import Claim, Evidence

_STATUS_REASON = {"verified": "与绩效自评表/说明一致", "contradicted": "与绩效自评表/说明不符"}


@dataclass(frozen=True)
class Settlement:
    """One comparison a check made for one claim: `ok` when consistent, with what it was held against."""

    claim_id: str
    ok: bool
    check: str
    against: tuple[Evidence, ...] = ()
    computation: str = ""
    reasons: tuple[str, str] = ()     # the ledger's words for (verified, contradicted); default 绩效自评表

    def refs(self) -> list[dict[str, Any]]:
        """The entries this comparison adds to Claim.checked_against."""
        out: list[dict[str, Any]] = [e.to_dict() | {"used": True, "check": self.check} for e in self.against]
        if self.computation:
            out.append({"check": self.check, "computed": self.computation})
        return out


def settle(claims: Iterable[Claim], ok: bool, check: str, against: Iterable[Evidence] = (),
           computation: str = "", reasons: tuple[str, str] = ()) -> list[Settlement]:
    """One Settlement per claim of a comparison; the check yields them, it never edits the claims."""
    against = tuple(against)
    return [Settlement(c.id, ok, check, against, computation, tuple(reasons)) for c in claims]


def ids(settlements: Iterable[Settlement]) -> list[str]:
    return [s.claim_id for s in settlements]


def apply(claims: Iterable[Claim], settlements: Iterable[Settlement]) -> None:
    """Apply settlements in the order the checks yielded them: a claim is verified when every
    comparison agreed, contradicted as soon as one did not (never downgraded by a later agreement)."""
    by_id = {c.id: c for c in claims}
    for s in settlements:
        c = by_id.get(s.claim_id)
        if c is None:
            continue
        words = dict(zip(("verified", "contradicted"), s.reasons or ())) or _STATUS_REASON
        if s.ok and c.status != "contradicted":
            c.status, c.reason = "verified", words["verified"]
        elif not s.ok:
            c.status, c.reason = "contradicted", words["contradicted"]
        c.checked_against += [r for r in s.refs() if r not in c.checked_against]
