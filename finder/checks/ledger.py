"""Settlements: a check's verdict on a prose claim, yielded beside its findings and applied by the runner."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from finder import messages
from finder.model import Claim, Evidence

# The checks' own words for their verdicts (settle(reasons=(verified, contradicted)), zh as they pass
# them) -> the words a reader of --lang en gets; a pair not listed here stays as the check gave it.
REASONS_EN = {
    "与随后列举的名称个数一致": "agrees with the number of names listed after it",
    "与随后列举的名称个数不符": "disagrees with the number of names listed after it",
    "与随后列举的项数一致": "agrees with the number of items listed after it",
    "与随后列举的项数不符": "disagrees with the number of items listed after it",
    "与所列单位名单一致": "agrees with the list of units",
    "与所列单位名单不符": "disagrees with the list of units",
    "与收支平衡中的其余各项一致": "agrees with the other terms of the income-expenditure balance",
    "与收支平衡中的其余各项不符": "disagrees with the other terms of the income-expenditure balance",
    "与表中上年数重算一致": "recomputes right from the tables' prior-year figure",
    "与表中上年数重算不符": "does not recompute from the tables' prior-year figure",
    "与表中上年数一致": "agrees with the tables' prior-year figure",
    "与表中上年数不符": "disagrees with the tables' prior-year figure",
    "与表中预算数重算一致": "recomputes right from the tables' budget figure",
    "与表中预算数重算不符": "does not recompute from the tables' budget figure",
    "完成值与同句所述目标值核对：已达到": "result checked against the target in its sentence: met",
    "完成值与同句所述目标值核对：未达到": "result checked against the target in its sentence: not met",
    "完成值与同句所述目标值核对：确未达到": "result checked against the target in its sentence: indeed not met",
    "完成值与同句所述目标值核对：已达到，文字却称未达到":
        "result checked against the target in its sentence: met, though the text says it was not",
    "与同句各项之和重算一致": "recomputes right from the sum of the items in its sentence",
    "与同句各项之和重算不符": "does not recompute from the sum of the items in its sentence",
    "与所列各项之和重算一致": "recomputes right from the sum of the listed items",
    "与所列各项之和重算不符": "does not recompute from the sum of the listed items",
    "与其下所列各项变动之和一致": "agrees with the sum of the changes listed under it",
    "与其下所列各项变动之和不符": "disagrees with the sum of the changes listed under it",
    "与表中该行决算数、预算数重算一致": "recomputes right from the row's final and budget figures",
    "与表中该行决算数、预算数重算不符": "does not recompute from the row's final and budget figures",
    "与所述分项之和一致": "agrees with the sum of the stated parts",
    "与所述分项之和不符": "disagrees with the sum of the stated parts",
    "与各评价等级项目数之和一致": "agrees with the sum of the projects of each rating",
    "与各评价等级项目数之和不符": "disagrees with the sum of the projects of each rating",
}
messages.add({"ledger.verified": {"zh": "与绩效自评表/说明一致", "en": "agrees with the self-evaluation forms / text"},
              "ledger.contradicted": {"zh": "与绩效自评表/说明不符", "en": "disagrees with the self-evaluation forms / text"}})


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
        words = {k: _reader(r) for k, r in zip(("verified", "contradicted"), s.reasons or ())} or {
            k: messages.msg(f"ledger.{k}") for k in ("verified", "contradicted")}
        if s.ok and c.status != "contradicted":
            c.status, c.reason = "verified", words["verified"]
        elif not s.ok:
            c.status, c.reason = "contradicted", words["contradicted"]
        c.checked_against += [r for r in s.refs() if r not in c.checked_against]


def _reader(reason: str) -> str:
    """A check's reason in the run's language (REASONS_EN under en)."""
    return REASONS_EN.get(reason, reason) if messages.current() == "en" else reason
