"""The pipeline: ingest -> claims -> link -> checks, held in one Analysis value."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from finder import messages
from finder.model import Claim, Finding, NonClaim, Report


@dataclass
class Analysis:
    """Everything known about one report after each stage; checks read it, never mutate tables."""

    report: Report
    claims: list[Claim] = field(default_factory=list)
    non_claims: list[NonClaim] = field(default_factory=list)
    unclassified: list[NonClaim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def memo(self, key: str, build: Callable[["Analysis"], Any]) -> Any:
        """Derived data (an appendix model, a table index) built once per report and shared by
        every check that asks for it under the same key; checks stay pure."""
        if key not in self._memo:
            self._memo[key] = build(self)
        return self._memo[key]


def claims_by_paragraph(analysis: Analysis) -> dict[int, list[Claim]]:
    """id(paragraph) -> its claims in reading order, built once per report for every check."""
    def build(a: Analysis) -> dict[int, list[Claim]]:
        out: dict[int, list[Claim]] = {}
        for c in a.claims:
            out.setdefault(id(c.paragraph), []).append(c)
        return out

    return analysis.memo("claims_by_paragraph", build)


def parse(paths: Sequence[str]) -> Report:
    from finder import ingest

    return ingest.load(paths)


def extract(report: Report) -> Analysis:
    from finder import claims

    a = Analysis(report)
    a.claims, a.non_claims, a.unclassified = claims.extract(report)
    return a


def analyse(paths: Sequence[str], select: Sequence[str] = ("all",), ignore: Sequence[str] = (),
            lang: str = "zh") -> Analysis:
    """Run every stage on one report (one or more files) and time each stage."""
    t0 = time.perf_counter()
    report = parse(paths)
    return analyse_report(report, select, ignore, lang, parse_time=time.perf_counter() - t0)


def analyse_report(report: Report, select: Sequence[str] = ("all",), ignore: Sequence[str] = (),
                   lang: str = "zh", parse_time: float = 0.0) -> Analysis:
    """Every stage after parsing, on a Report already read (a batch pairs files before this)."""
    from finder import checks, link
    from finder.ingest import script

    t1 = time.perf_counter()
    a = extract(report)
    t2 = time.perf_counter()
    with messages.language(lang):       # the ledger's reasons in the reader's language
        link.resolve(a)
    t3 = time.perf_counter()
    checks._import_all()
    a.findings = checks.run(a, checks.CheckOptions(lang=lang), checks.select(select, ignore))
    script.restore_findings(a.findings, report)     # quotes as printed (traditional script)
    t4 = time.perf_counter()
    a.timings = {"parse": parse_time, "claims": t2 - t1, "link": t3 - t2, "checks": t4 - t3}
    return a
