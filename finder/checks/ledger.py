"""Settlements: a check's verdict on a prose claim, yielded beside its findings and applied by the runner."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from finder import messages
from finder.model import Claim, Evidence

# The checks' words for their verdicts, as template pairs (settle(reasons=reasons("…"))): a claim's reason is
# written in the run's language when the ledger applies it; a reason that names no template stays as given.
messages.add({
    "reason.listed_names.ok": {"zh": "与随后列举的名称个数一致", "en": "agrees with the number of names listed after it"},
    "reason.listed_names.bad": {"zh": "与随后列举的名称个数不符", "en": "disagrees with the number of names listed after it"},
    "reason.listed_items.ok": {"zh": "与随后列举的项数一致", "en": "agrees with the number of items listed after it"},
    "reason.listed_items.bad": {"zh": "与随后列举的项数不符", "en": "disagrees with the number of items listed after it"},
    "reason.unit_list.ok": {"zh": "与所列单位名单一致", "en": "agrees with the list of units"},
    "reason.unit_list.bad": {"zh": "与所列单位名单不符", "en": "disagrees with the list of units"},
    "reason.balance_terms.ok": {"zh": "与收支平衡中的其余各项一致", "en": "agrees with the other terms of the income-expenditure balance"},
    "reason.balance_terms.bad": {"zh": "与收支平衡中的其余各项不符", "en": "disagrees with the other terms of the income-expenditure balance"},
    "reason.prior_recomputed.ok": {"zh": "与表中上年数重算一致", "en": "recomputes right from the tables' prior-year figure"},
    "reason.prior_recomputed.bad": {"zh": "与表中上年数重算不符", "en": "does not recompute from the tables' prior-year figure"},
    "reason.prior_level.ok": {"zh": "与表中上年数一致", "en": "agrees with the tables' prior-year figure"},
    "reason.prior_level.bad": {"zh": "与表中上年数不符", "en": "disagrees with the tables' prior-year figure"},
    "reason.budget_recomputed.ok": {"zh": "与表中预算数重算一致", "en": "recomputes right from the tables' budget figure"},
    "reason.budget_recomputed.bad": {"zh": "与表中预算数重算不符", "en": "does not recompute from the tables' budget figure"},
    "reason.target_met.ok": {"zh": "完成值与同句所述目标值核对：已达到", "en": "result checked against the target in its sentence: met"},
    "reason.target_met.bad": {"zh": "完成值与同句所述目标值核对：未达到", "en": "result checked against the target in its sentence: not met"},
    "reason.target_missed.ok": {"zh": "完成值与同句所述目标值核对：确未达到", "en": "result checked against the target in its sentence: indeed not met"},
    "reason.target_missed.bad": {"zh": "完成值与同句所述目标值核对：已达到，文字却称未达到", "en": "result checked against the target in its sentence: met, though the text says it was not"},
    "reason.sentence_sum.ok": {"zh": "与同句各项之和重算一致", "en": "recomputes right from the sum of the items in its sentence"},
    "reason.sentence_sum.bad": {"zh": "与同句各项之和重算不符", "en": "does not recompute from the sum of the items in its sentence"},
    "reason.listed_sum.ok": {"zh": "与所列各项之和重算一致", "en": "recomputes right from the sum of the listed items"},
    "reason.listed_sum.bad": {"zh": "与所列各项之和重算不符", "en": "does not recompute from the sum of the listed items"},
    "reason.changes_sum.ok": {"zh": "与其下所列各项变动之和一致", "en": "agrees with the sum of the changes listed under it"},
    "reason.changes_sum.bad": {"zh": "与其下所列各项变动之和不符", "en": "disagrees with the sum of the changes listed under it"},
    "reason.row_recomputed.ok": {"zh": "与表中该行决算数、预算数重算一致", "en": "recomputes right from the row's final and budget figures"},
    "reason.row_recomputed.bad": {"zh": "与表中该行决算数、预算数重算不符", "en": "does not recompute from the row's final and budget figures"},
    "reason.parts_sum.ok": {"zh": "与所述分项之和一致", "en": "agrees with the sum of the stated parts"},
    "reason.parts_sum.bad": {"zh": "与所述分项之和不符", "en": "disagrees with the sum of the stated parts"},
    "reason.ratio_prior.ok": {"zh": "与本年数、上年数之比一致", "en": "agrees with the ratio of this year's and last year's figures"},
    "reason.ratio_prior.bad": {"zh": "与本年数、上年数之比不符", "en": "disagrees with the ratio of this year's and last year's figures"},
    "reason.weight_score.ok": {"zh": "与分值、得分之差一致", "en": "agrees with the weight minus the score"},
    "reason.weight_score.bad": {"zh": "与分值、得分之差不符", "en": "disagrees with the weight minus the score"},
    "reason.net_terms.ok": {"zh": "与前述各项变动合计一致", "en": "agrees with the sum of the changes listed before it"},
    "reason.net_terms.bad": {"zh": "与前述各项变动合计不符", "en": "disagrees with the sum of the changes listed before it"},
    "reason.plan_gap.ok": {"zh": "与同句所述计划（预算）数、实际数之差一致", "en": "agrees with the gap between the plan (budget) and actual figures of its sentence"},
    "reason.plan_gap.bad": {"zh": "与同句所述计划（预算）数、实际数之差不符", "en": "disagrees with the gap between the plan (budget) and actual figures of its sentence"},
    "reason.saving_rate.ok": {"zh": "与节约额 ÷ 计划（预算）数重算一致", "en": "recomputes right as the saving over the plan (budget)"},
    "reason.saving_rate.bad": {"zh": "与节约额 ÷ 计划（预算）数重算不符", "en": "does not recompute as the saving over the plan (budget)"},
    "reason.rating_counts.ok": {"zh": "与各评价等级项目数之和一致", "en": "agrees with the sum of the projects of each rating"},
    "reason.rating_counts.bad": {"zh": "与各评价等级项目数之和不符", "en": "disagrees with the sum of the projects of each rating"},
})
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
    fallback: bool = False            # an agreement that keeps the reason of any other agreement the claim has
    note: bool = False                # no verdict: why the check could not judge it, the reason of a claim left unverifiable

    def refs(self) -> list[dict[str, Any]]:
        """The entries this comparison adds to Claim.checked_against."""
        out: list[dict[str, Any]] = [e.to_dict() | {"used": True, "check": self.check} for e in self.against]
        if self.computation:
            out.append({"check": self.check, "computed": self.computation})
        return out


def settle(claims: Iterable[Claim], ok: bool, check: str, against: Iterable[Evidence] = (),
           computation: str = "", reasons: tuple[str, str] = (), fallback: bool = False) -> list[Settlement]:
    """One Settlement per claim of a comparison; the check yields them, it never edits the claims. A `fallback`
    agreement (the same count stated again in the prose) verifies a claim nothing else judged, and leaves the
    reason of a claim another comparison verified (against a table) as it is."""
    against = tuple(against)
    return [Settlement(c.id, ok, check, against, computation, tuple(reasons), fallback) for c in claims]


def ids(settlements: Iterable[Settlement]) -> list[str]:
    return [s.claim_id for s in settlements]


def apply(claims: Iterable[Claim], settlements: Iterable[Settlement]) -> None:
    """Apply settlements in the order the checks yielded them: a claim is verified when every
    comparison agreed, contradicted as soon as one did not (never downgraded by a later agreement)."""
    by_id = {c.id: c for c in claims}
    settlements = list(settlements)
    for s in settlements:
        c = by_id.get(s.claim_id)
        if c is None or s.note:
            continue
        words = {k: _reader(r) for k, r in zip(("verified", "contradicted"), s.reasons or ())} or {
            k: messages.msg(f"ledger.{k}") for k in ("verified", "contradicted")}
        if s.ok and s.fallback and c.status == "verified":
            pass                        # verified by another comparison already: its reason stays
        elif s.ok and c.status != "contradicted":
            c.status, c.reason = "verified", words["verified"]
        elif not s.ok:
            c.status, c.reason = "contradicted", words["contradicted"]
        c.checked_against += [r for r in s.refs() if r not in c.checked_against]
    for s in settlements:                # notes last: only a claim nothing judged takes one as its reason
        c = by_id.get(s.claim_id)
        if s.note and c is not None and c.status == "unverifiable" and s.reasons:
            c.reason = _reader(s.reasons[0])


def reasons(name: str) -> tuple[str, str]:
    """The (verified, contradicted) reason templates named `name` (reason.<name>.ok/.bad above)."""
    return f"reason.{name}.ok", f"reason.{name}.bad"


def _reader(reason: str) -> str:
    """A check's reason in the run's language: a template key is written out, other words stay as given."""
    return messages.msg(reason) if reason in messages.TEMPLATES else reason
