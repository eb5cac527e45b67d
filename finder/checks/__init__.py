"""Runs the registered checks and applies their claim settlements; importing it imports every check module."""
from __future__ import annotations

from pathlib import PurePath
from typing import Iterable

from finder import messages
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
    settlements: list[Settlement] = []
    specs = list(specs if specs is not None else all_checks())
    from finder.checks.tb import cause
    with messages.language(opts.lang), cause.recording() as judged:
        findings = _findings(analysis, opts, specs, settlements)
        apply(getattr(analysis, "claims", None) or [], settlements)     # default reasons in opts.lang
    findings = merge_restatements(findings, {s.code for s in specs if "core" in s.groups})
    order = {"error": 0, "warning": 1, "info": 2}
    report = getattr(analysis, "report", None)
    files = {PurePath(s).name: i for i, s in enumerate(getattr(report, "sources", None) or [])}

    def file_index(f: Finding) -> int:   # each file of a several-file report numbers its own pages
        placed = f.placed
        return files.get(placed.file, 0) if placed is not None and placed.file else 0

    findings.sort(key=lambda f: (file_index(f), f.location or 0, order.get(f.severity, 3), f.check))
    for i, f in enumerate(findings, 1):
        f.id = f"F{i:04d}"
    with messages.language(opts.lang):
        # one misprinted figure behind several table findings: named in each, and in a NT01 finding whose
        # text prints the value the table's sums want
        cause.attach(judged, findings, getattr(analysis, "claims", None))
    return findings


def _findings(analysis, opts: CheckOptions, specs: list[CheckSpec], settlements: list[Settlement]) -> list[Finding]:
    """Every spec's findings in spec order; the settlements they yield go to `settlements`."""
    findings: list[Finding] = []
    for spec in specs:
        for f in spec.run(analysis, opts):
            if isinstance(f, Settlement):
                settlements.append(f)
                continue
            f.check = f.check or spec.code
            if (f.args or {}).get("verdict") == "borderline":
                f.message = messages.borderline(f.message, opts.lang)
            f.name = f.name or spec.name
            f.kind = f.kind or spec.kind
            findings.append(f)
    return findings


def merge_restatements(findings: list[Finding], codes: set[str]) -> list[Finding]:
    """One finding per defect: when a report restates a figure (a summary and a detail paragraph
    print the same share), a core check (a prose figure against its reference) judges both with the
    same message and arithmetic; the later ones become evidence of the first, so the defect is
    reported once with every place. Other checks' findings are about one place each."""
    first: dict[tuple[str, str, str, str], Finding] = {}
    out: list[Finding] = []
    for f in findings:
        if not f.computation or f.check not in codes:
            out.append(f)
            continue
        key = (f.check, f.severity, f.message, f.computation)
        kept = first.get(key)
        if kept is None:
            first[key] = f
            out.append(f)
            continue
        kept.evidence.extend(e for e in f.evidence if e not in kept.evidence)
        kept.claims.extend(c for c in f.claims if c not in kept.claims)
    return out
