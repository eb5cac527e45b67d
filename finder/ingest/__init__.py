"""Ingest: any report file(s) -> one Report (text, PDF, HTML, Word .docx or Excel .xlsx / .xls; several files make one report)."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from finder.ingest.errors import InputError
from finder.model import Report


def load(paths: Sequence[str] | str) -> Report:
    """Read one report from one or more files; raises InputError on bad input."""
    from finder.ingest import detect

    if isinstance(paths, (str, Path)):
        paths = [str(paths)]
    reports = [_load_one(str(p), detect.sniff(str(p))) for p in paths]
    if len(reports) == 1:
        return reports[0]
    from finder.ingest.merge import merge_reports

    return merge_reports(reports)


def _load_one(path: str, kind: str) -> Report:
    if kind == "pdf":
        from finder.ingest import pdf

        return pdf.load(path)
    if kind == "html":
        from finder.ingest import html

        return html.load(path)
    if kind == "text":
        from finder.ingest import text

        return text.load(path)
    if kind == "docx":
        from finder.ingest import docx

        return docx.load(path)
    if kind == "xlsx":
        from finder.ingest import xlsx

        return xlsx.load(path)
    if kind == "xls":
        from finder.ingest import xls

        return xls.load(path)
    raise InputError("unsupported", "unsupported_kind", path, kind=kind)
