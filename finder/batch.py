"""Batch runs: one row per report, where a narrative-only file and a tables-only file of one report are paired."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import regex

from finder.ingest.errors import InputError
from finder.model import Report

_DIGIT = regex.compile(r"\d")


def part_of(report: Report) -> str:
    """'whole', 'narrative' (prose with figures, no table) or 'tables' (tables, no prose with figures)."""
    prose = any(len(p.text) > 30 and _DIGIT.search(p.text) for p in report.paragraphs)
    if report.tables and not prose:
        return "tables"
    if prose and not report.tables:
        return "narrative"
    return "whole"


def pair_key(path: Path, report: Report) -> tuple | None:
    """Two halves pair when they sit in one folder and name the same department, year and report type."""
    if not (report.department and report.year):
        return None
    return (str(path.parent), report.department, report.year, report.type)


@dataclass
class Row:
    """One batch row: the report's files and either its Report or the input error."""

    paths: list[Path]
    report: Report | None = None
    error: InputError | None = None
    failure: Exception | None = None


def reports(paths: Iterable[Path], load: Callable[[str], Report]) -> Iterator[Row]:
    """Parse each file; yield a Row per report. A half report waits for its other half until the
    folder changes (files come sorted by folder) or the run ends, then goes on alone."""
    from finder.ingest.merge import merge_reports

    pending: dict[tuple, tuple[str, Path, Report]] = {}      # pair key -> (part, path, report)
    folder = None
    for path in paths:
        if path.parent != folder:
            yield from _flush(pending)
            folder = path.parent
        try:
            report = load(str(path))
        except InputError as exc:
            yield Row([path], error=exc)
            continue
        except Exception as exc:  # noqa: BLE001 - a batch never stops on one file
            yield Row([path], failure=exc)
            continue
        part, key = part_of(report), pair_key(path, report)
        if part == "whole" or key is None:
            yield Row([path], report)
            continue
        other = pending.get(key)
        if other is None or other[0] == part:
            if other is not None:                      # two halves of the same side: the older goes alone
                yield Row([other[1]], other[2])
            pending[key] = (part, path, report)
            continue
        del pending[key]
        halves = sorted([other, (part, path, report)], key=lambda h: h[0] != "narrative")
        yield Row([h[1] for h in halves], merge_reports([h[2] for h in halves]))
    yield from _flush(pending)


def _flush(pending: dict[tuple, tuple[str, Path, Report]]) -> Iterator[Row]:
    for _, path, report in pending.values():
        yield Row([path], report)
    pending.clear()
