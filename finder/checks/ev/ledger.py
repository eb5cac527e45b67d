"""The EV checks' share of the claim ledger: which prose claims a number they read is (settled by the runner)."""
from __future__ import annotations

from decimal import Decimal

from finder.analysis import claims_by_paragraph
from finder.appendix.text import Span
from finder.checks.ledger import Settlement, ids, settle  # noqa: F401 - the EV checks' ledger API
from finder.model import Claim
from finder.numbers.parse import parse_decimal

RATE = ("ratio", "completion", "share")
ANY = ("amount", "count", "ratio", "completion", "share", "score", "weight", "target", "change_abs", "change_pct")


def claims_at(analysis, span: Span | None, kinds: tuple[str, ...], raw: str | None = None,
              within: tuple[int, int] | None = None) -> list[Claim]:
    """Claims of `kinds` inside `span` (its sentence); with `raw`, only those whose value is that
    number; with `within` (offsets into the sentence), only claims whose number starts there."""
    if span is None or not hasattr(analysis, "memo"):
        return []
    found = claims_by_paragraph(analysis).get(id(span.paragraph), [])
    found = [c for c in found if span.start <= c.start < span.end and c.kind in kinds]
    if within is not None:
        found = [c for c in found if span.start + within[0] <= c.start < span.start + within[1]]
    if raw is not None:
        want = _decimal(raw)
        found = [c for c in found if want is not None and c.value == want]
    return found


def _decimal(raw: str) -> Decimal | None:
    try:
        return parse_decimal(raw.replace("%", "").replace("％", ""))
    except (ValueError, AttributeError):
        return None
