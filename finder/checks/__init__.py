"""Runs the registered checks and applies their claim settlements; importing it imports every check module."""
from __future__ import annotations

from typing import Iterable

from finder.checks.ledger import Settlement, apply
from finder.checks.registry import CheckOptions, CheckSpec, all_checks, register, select  # noqa: F401
from finder.model import Finding

# The single list of check modules: add a module here and it is registered.
CHECK_MODULES: tuple[str, ...] = (
    "finder.checks.nt", "finder.checks.ar", "finder.checks.dr", "finder.checks.tb",
    "finder.checks.tx", "finder.checks.ev",
)  # each group's __init__ imports its own check modules


def _import_all() -> None:
    import importlib

    for mod in CHECK_MODULES:
        importlib.import_module(mod)


def run(analysis, opts: CheckOptions | None = None, specs: Iterable[CheckSpec] | None = None) -> list[Finding]:
    """Run checks over an Analysis; findings get stable ids F0001... in document order.

    A check yields Findings and Settlements (its verdicts on prose claims); only after every check
    has run are the settlements applied to analysis.claims, so no check sees another's verdicts."""
    _import_all()
    opts = opts or CheckOptions()
    findings: list[Finding] = []
    settlements: list[Settlement] = []
    for spec in (specs if specs is not None else all_checks()):
        for f in spec.run(analysis, opts):
            if isinstance(f, Settlement):
                settlements.append(f)
                continue
            f.check = f.check or spec.code
            f.name = f.name or spec.name
            f.kind = f.kind or spec.kind
            findings.append(f)
    apply(getattr(analysis, "claims", None) or [], settlements)
    order = {"error": 0, "warning": 1, "info": 2}
    findings.sort(key=lambda f: (f.location or 0, order.get(f.severity, 3), f.check))
    for i, f in enumerate(findings, 1):
        f.id = f"F{i:04d}"
    return findings
