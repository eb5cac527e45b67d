"""Claims: every number in the prose becomes a typed Claim or a classified NonClaim."""
from __future__ import annotations

from finder.claims import extract as _extract_module  # loaded first so `extract` below stays the function
from finder.model import Claim, NonClaim, Report


def extract(report: Report) -> tuple[list[Claim], list[NonClaim], list[NonClaim]]:
    """(claims, non_claims, unclassified) over the report's narrative and appendix paragraphs."""
    return _extract_module.extract_report(report)
