"""Link: resolve each claim to the table cells (or statements) it should reflect."""
from __future__ import annotations

# Load the submodule first: importing finder.link.resolve later would otherwise replace the
# function below with the module of the same name.
from finder.link import resolve as _resolve_module


def resolve(analysis) -> None:
    """Fill each claim's concept links in place (see link/resolve.py)."""
    _resolve_module.resolve_all(analysis)
