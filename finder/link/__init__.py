"""Link: resolve each claim to the table cells (or statements) it should reflect."""
from __future__ import annotations


def resolve(analysis) -> None:
    """Fill each claim's concept links in place (see link/resolve.py)."""
    from finder.link.resolve import resolve_all

    resolve_all(analysis)
