"""Canonical table ids from lexicons/tables.yml: match titles, numbers (公开01表) and headers."""
from __future__ import annotations

from finder.model import Table


def identify(table: Table) -> str | None:
    """The canonical id (e.g. income_expense_summary) of `table`, or None."""
    raise NotImplementedError  # implemented in the text-ingest work


def match_title(line: str) -> str | None:
    """The canonical id whose title alias `line` is (a table title line), or None."""
    raise NotImplementedError
