"""Several files of one report (e.g. narrative PDF + tables PDF) -> one Report.

Page numbers stay per file — the page a reader opens in that file — so every paragraph
records its file's name in Paragraph.source and every table its file in Table.extra["source"]
(with extra["source_index"], 0-based in Report.sources); evidence names the file. The
files' outlines hang side by side under one root, in the order the files were given;
paragraphs and tables are renumbered in that order.
"""
from __future__ import annotations

import hashlib
from pathlib import PurePath
from typing import Sequence

from finder.model import Report, Section


def merge_reports(reports: Sequence[Report]) -> Report:
    """One Report from the reports of several files, in the given order."""
    if not reports:
        raise ValueError("merge_reports needs at least one report")
    if len(reports) == 1:
        return reports[0]
    first = reports[0]
    kinds = {r.kind for r in reports}
    digest = hashlib.sha256("".join(r.sha256 for r in reports).encode("ascii")).hexdigest()
    merged = Report(source=first.source, kind=first.kind if len(kinds) == 1 else "mixed", sha256=digest,
                    type=first.type, money_unit=first.money_unit)
    for field_name in ("title", "department", "year"):
        setattr(merged, field_name, next((getattr(r, field_name) for r in reports if getattr(r, field_name)),
                                         getattr(first, field_name)))
    merged.type = next((r.type for r in reports if r.title or r.department), first.type)
    merged.sources = [s for r in reports for s in (r.sources or [r.source])]
    pages = [r.pages for r in reports]
    merged.pages = sum(p for p in pages if p) if any(pages) else None
    text_reports = [r for r in reports if r.lines]
    merged.lines = text_reports[0].lines if len(text_reports) == 1 else []
    merged.script = next((r.script for r in reports if r.script != "simplified"), first.script)
    for r in reports:
        merged.originals.update(r.originals)
    merged.root = _merge_roots(reports)
    _collect(reports, merged)
    return merged


def _merge_roots(reports: Sequence[Report]) -> Section:
    root = Section("", 0)
    for r in reports:
        root.paragraphs.extend(r.root.paragraphs)
        for child in r.root.children:
            child.parent = root
            root.children.append(child)
    for p in root.paragraphs:
        p.section = root
    return root


def _collect(reports: Sequence[Report], merged: Report) -> None:
    index = 0
    for r in reports:
        source = (r.sources or [r.source])[0]
        for p in r.paragraphs:
            p.index = len(merged.paragraphs)
            p.source = p.source or PurePath(source).name
            merged.paragraphs.append(p)
        for t in r.tables:
            t.extra.setdefault("source", source)
            t.extra.setdefault("source_index", merged.sources.index(source) if source in merged.sources else index)
            t.index = len(merged.tables)
            merged.tables.append(t)
        index += 1
