"""JSON form of an Analysis: keys source, report, summary, claims, findings (sorted keys)."""
from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from typing import Any

from finder import __version__
from finder.analysis import Analysis
from finder.model import Claim, Finding, Report
from finder.render.fields import BLOCK_KINDS, nothing_found


def report_dict(r: Report) -> dict[str, Any]:
    return {"source": r.source, "sources": r.sources or [r.source], "kind": r.kind, "sha256": r.sha256,
            "title": r.title, "department": r.department, "year": r.year, "type": r.type,
            "money_unit": r.money_unit, "pages": r.pages, "script": r.script}


def claim_dict(c: Claim, findings: list[str] | None = None) -> dict[str, Any]:
    """`findings`: the ids of the findings that cite the claim (to_dict fills them)."""
    d: dict[str, Any] = {
        "id": c.id, "kind": c.kind, "raw": c.raw, "value": _num(c.value), "unit": c.unit,
        "subject": c.subject, "concept": c.concept, "period": c.period, "direction": c.direction,
        "approx": c.approx, "whole": c.whole, "status": c.status, "reason": c.reason,
        "quote": _quote(c), "start": c.start, "end": c.end, "paragraph": c.paragraph.index,
        "checked_against": c.checked_against,
    }
    if findings is not None:
        d["findings"] = findings
    d.update(c.paragraph.where(c.start))
    return d


def _quote(c: Claim) -> str:
    """The claim's clause as printed (a converted traditional paragraph keeps its original)."""
    p, (a, b) = c.paragraph, c.clause
    if p.original and b < len(p.original_at):
        return p.original[p.original_at[a]:p.original_at[b]]
    return c.quote("clause")


def finding_dict(f: Finding) -> dict[str, Any]:
    d = {"id": f.id, "check": f.check, "name": f.name, "kind": f.kind, "severity": f.severity,
         "message": f.message, "evidence": [e.to_dict() for e in f.evidence],
         "computation": f.computation, "claims": f.claims}
    if f.args:
        d["args"] = {k: str(v) for k, v in f.args.items()}
    if f.cause:
        d["cause"] = f.cause
    return d


def summary(a: Analysis) -> dict[str, Any]:
    status = Counter(c.status for c in a.claims)
    sev = Counter(f.severity for f in a.findings)
    numbers = len(a.claims) + len(a.non_claims) + len(a.unclassified)
    return {
        "claims": len(a.claims), "verified": status.get("verified", 0),
        "contradicted": status.get("contradicted", 0), "unverifiable": status.get("unverifiable", 0),
        "not_checkable": status.get("not_checkable", 0), "unchecked": status.get("unchecked", 0),
        "numbers": numbers, "non_claims": len(a.non_claims), "unclassified": len(a.unclassified),
        "findings": {"error": sev.get("error", 0), "warning": sev.get("warning", 0), "info": sev.get("info", 0)},
        "tables": len(a.report.tables),
    }


def to_dict(a: Analysis) -> dict[str, Any]:
    cited: dict[str, list[str]] = {}
    for f in a.findings:
        for cid in f.claims:
            cited.setdefault(cid, []).append(f.id)
    return _placed(a, {"source": a.report.source, "finder_version": __version__, "report": report_dict(a.report),
                       "summary": summary(a), "claims": [claim_dict(c, cited.get(c.id, [])) for c in a.claims],
                       "findings": [finding_dict(f) for f in a.findings],
                       "timings": {k: round(v, 4) for k, v in a.timings.items()}})


def _placed(a: Analysis, out: Any) -> Any:
    """`out` with a 'block' key beside each 'page' when the report numbers text blocks, not pages
    (a web page, a Word file): the key 'page' stays (it is fixed), 'block' says what it counts."""
    if a.report.kind not in BLOCK_KINDS:
        return out
    todo = [out]
    while todo:
        obj = todo.pop()
        if isinstance(obj, list):
            todo.extend(obj)
        elif isinstance(obj, dict):
            todo.extend(obj.values())
            if obj.get("page") is not None:
                obj["block"] = obj["page"]
    return out


def summary_row(a: Analysis, lang: str = "zh") -> dict[str, Any]:
    """One line per report in a batch: which report it is (department, year, type), its counts and findings. A
    file read as neither prose with figures nor a table, and with no finding, is status nothing_to_check, with the
    reason as message (a report whose findings say why nothing is checkable, an unfilled template, is ok: its
    findings are what the row reports)."""
    r = a.report
    out = {"source": r.source, "status": "ok", "title": r.title, "department": r.department, "year": r.year,
           "type": r.type, "summary": summary(a), "findings": [finding_dict(f) for f in a.findings]}
    if not a.claims and not r.tables and not a.findings:
        out |= {"status": "nothing_to_check", "message": nothing_found(a, lang)}
    return _placed(a, out)


def render(a: Analysis, jsonl: bool = False) -> str:
    if jsonl:
        return "\n".join(json.dumps(_placed(a, finding_dict(f)) | {"source": a.report.source}, ensure_ascii=False,
                                    sort_keys=True) for f in a.findings)
    return json.dumps(to_dict(a), ensure_ascii=False, indent=1, sort_keys=True, default=_default)


def _num(v: Decimal | None) -> str | None:
    return None if v is None else str(v)


def _default(o: Any) -> Any:
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(type(o).__name__)
