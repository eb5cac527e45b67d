"""CSV report: one row per finding, columns fields.CSV_FIELDS, for spreadsheets.

The text starts with a UTF-8 byte-order mark (U+FEFF) so that Excel, which otherwise guesses a
legacy code page, opens the Chinese text correctly when the file is written as UTF-8 (the CLI
writes UTF-8). Rows end with CRLF as RFC 4180 says. A cell whose text begins with = + - @ or a
TAB/CR and is not a plain number gets a leading apostrophe, so a crafted report cannot plant a
spreadsheet formula (CSV injection); the evidence text is otherwise verbatim.
"""
from __future__ import annotations

import csv
import io
import re

from finder.analysis import Analysis
from finder.model import Evidence, Finding
from finder.render.fields import CSV_FIELDS, cell_quote, counts_blocks, evidence_place, shown_evidence, table_label

BOM = "\ufeff"
_PLAIN_NUMBER = re.compile(r"[-+]?\d[\d,]*(\.\d+)?%?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

def defuse(value: object) -> str:
    """A cell value that a spreadsheet will show as text, never evaluate."""
    s = "" if value is None else str(value)
    if s.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(s):
        return "'" + s
    return s


def _where(e: Evidence, lang: str) -> str:
    parts = [x for x in (table_label(e), e.row, e.column) if x]
    loc = evidence_place(e, lang)
    head = " / ".join(parts)
    text = cell_quote(head, e.text, "：" if lang == "zh" else ": ") if head else e.text
    return f"{text} ({loc})" if loc else text


def row(source: str, f: Finding, lang: str) -> dict[str, str]:
    quotes = [e for e in f.evidence if e.role == "claim"]
    refs = [e for e in shown_evidence(f) if e.role != "claim"]
    first = f.placed
    values = {
        "source": source, "id": f.id, "check": f.check, "name": f.name,
        "severity": f.severity, "file": (first.file or "") if first else "",
        "page": first.page if first and first.page is not None else "",
        "line": first.line if first and first.line is not None else "",
        "block": first.page if first and first.page is not None and counts_blocks() else "",
        "sheet": (first.sheet or "") if first else "",
        "quote": " | ".join(e.text for e in quotes), "message": f.message,
        "computation": f.computation, "reference": " | ".join(_where(e, lang) for e in refs),
    }
    return {k: defuse(values[k]) for k in CSV_FIELDS}


def render(a: Analysis, lang: str = "zh") -> str:
    """BOM + header row (the field names, as in the JSON) + one row per finding; severity stays
    error | warning | info in every language so spreadsheet filters work across runs."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_FIELDS)
    for f in a.findings:
        r = row(a.report.source, f, lang)
        w.writerow([r[k] for k in CSV_FIELDS])
    return BOM + buf.getvalue()


# a batch summary's columns: one row per report, its identity, status and counts (a failed file: reason, message)
BATCH_FIELDS = ("source", "status", "reason", "department", "year", "type", "error", "warning", "info", "claims",
                "verified", "contradicted", "unverifiable", "not_checkable", "tables", "message")


def batch_line(out: dict, header: bool = False) -> str:
    """One batch row (batch.row_output's dict) as a CSV line (BOM + the header line before it when `header`):
    a paired report's files are joined by ' + ' in `source`; counts are blank for a file not read."""
    s, sev = out.get("summary") or {}, (out.get("summary") or {}).get("findings") or {}
    values = {**{k: s.get(k, "") for k in BATCH_FIELDS}, **{k: sev.get(k, "") for k in ("error", "warning", "info")},
              **{k: out.get(k) for k in ("status", "reason", "department", "year", "type", "message")},
              "source": " + ".join(out.get("sources") or [out.get("source", "")])}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if header:
        w.writerow(BATCH_FIELDS)
    w.writerow([defuse(values[k]) for k in BATCH_FIELDS])
    return (BOM if header else "") + buf.getvalue()
