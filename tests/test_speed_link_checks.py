"""Per-object and per-report memos of the link and check stages: read once, read anew after an edit.

The checks ask for the same cell's and claim's interval many times; each is worked out once per
printed form and worked out again when the figure is edited in place (as the mutation test does).
"""
from __future__ import annotations

from decimal import Decimal

from finder.model import Cell
from finder.testing import claim, paragraph


def test_cell_interval_is_read_once_and_follows_an_edit():
    cell = Cell("12.5", "number", Decimal("12.5"), 1)
    first = cell.interval
    assert cell.interval is first
    assert (first.lo, first.hi) == (Decimal("12.45"), Decimal("12.55"))
    cell.raw, cell.value = "13.5", Decimal("13.5")
    assert (cell.interval.lo, cell.interval.hi) == (Decimal("13.45"), Decimal("13.55"))
    cell.kind = "text"
    assert cell.interval is None


def test_claim_interval_is_read_once_and_follows_an_edit():
    c = claim(paragraph("本年支出12.5万元。"), "12.5")
    first = c.interval
    assert c.interval is first
    c.extra["number"], c.value = "13.5", Decimal("13.5")
    assert (c.interval.lo, c.interval.hi) == (Decimal("13.45"), Decimal("13.55"))
    c.scale = Decimal(10000)
    assert c.interval.lo == Decimal("134500")
