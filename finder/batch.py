"""Batch runs: one row per report, where a narrative-only file and a tables-only file of one report are paired."""
from __future__ import annotations

import os
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import regex

from finder.ingest.errors import InputError
from finder.messages import add, msg
from finder.model import Report

add({"batch.internal": {"zh": "内部错误：{error}（请把该文件报告给 finder 的维护者）",
                        "en": "internal error: {error} (please report this file to finder's maintainers)"}})

_DIGIT = regex.compile(r"\d")
# the statuses of a row whose file could not be checked (exit code 2); ok and nothing_to_check were read
FAILED = ("input_error", "internal_error")


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
    out: dict[str, Any] | None = None       # the row's output, when a worker process has checked it


def reports(paths: Iterable[Path], load: Callable[[str], Report]) -> Iterator[Row]:
    """Parse each file; yield a Row per report. A half report waits for its other half until the
    folder changes (files come sorted by folder) or the run ends, then goes on alone."""
    return pair(_loaded(paths, load))


def _loaded(paths: Iterable[Path], load: Callable[[str], Report]) -> Iterator[tuple[Path, Report | Row]]:
    for path in paths:
        try:
            yield path, load(str(path))
        except InputError as exc:
            yield path, Row([path], error=exc)
        except Exception as exc:  # noqa: BLE001 - a batch never stops on one file
            yield path, Row([path], failure=exc)


def pair(loaded: Iterable[tuple[Path, Report | Row]]) -> Iterator[Row]:
    """Rows in file order from (path, its Report or its finished Row); the two halves of a report
    become one row (see reports)."""
    from finder.ingest.merge import merge_reports

    pending: dict[tuple, tuple[str, Path, Report]] = {}      # pair key -> (part, path, report)
    folder = None
    for path, report in loaded:
        if path.parent != folder:
            yield from _flush(pending)
            folder = path.parent
        if isinstance(report, Row):
            yield report
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


def row_output(row: Row, lang: str = "zh", debug: bool = False) -> tuple[dict[str, Any], int]:
    """The JSON row of a report and its exit code (0 clean, 1 error findings, 2 bad input or a
    failure); a failure inside the checks is recorded, never raised (its traceback in the row only
    with debug)."""
    if row.out is not None:
        return row.out, _code(row.out)
    out = _output(row, lang, debug)
    if len(row.paths) > 1:
        out["sources"] = [str(p) for p in row.paths]
    return out, _code(out)


def _output(row: Row, lang: str, debug: bool = False) -> dict[str, Any]:
    from finder.analysis import analyse_report
    from finder.render import json_out

    if row.error is not None:
        source = str(row.paths[0])      # the row names the file: its message need not say it again
        return {"source": source, "status": "input_error", "reason": row.error.reason,
                "message": row.error.text(lang, with_path=False).removeprefix(f"{source}: ")}
    failure = row.failure
    if failure is None:
        try:
            return json_out.summary_row(analyse_report(row.report, lang=lang), lang)
        except Exception as exc:  # noqa: BLE001 - a batch never stops on one file
            failure = exc
    return failure_row(str(row.paths[0]), failure, lang, debug)


def failure_row(source: str, failure: BaseException, lang: str = "zh", debug: bool = False) -> dict[str, Any]:
    """The row of a file whose check failed inside finder: `reason` is the exception's type (a worker
    process that died: BrokenProcessPool), `message` one line; the traceback only with debug."""
    out = {"source": source, "status": "internal_error", "reason": type(failure).__name__,
           "message": internal_message(failure, lang)}
    if debug:
        out["traceback"] = "".join(traceback.format_exception(type(failure), failure, failure.__traceback__))
    return out


def internal_message(failure: BaseException, lang: str = "zh") -> str:
    """One line naming a failure inside finder (its type and the first line of what it says)."""
    said = next((ln.strip() for ln in str(failure).splitlines() if ln.strip()), "")
    error = f"{type(failure).__name__}: {said}" if said else type(failure).__name__
    return msg("batch.internal", lang, error=error)


def _code(out: dict[str, Any]) -> int:
    if out.get("status") in FAILED:
        return 2
    return 1 if any(f.get("severity") == "error" for f in out.get("findings", ())) else 0


def rows(paths: list[Path], load: Callable[[str], Report], lang: str = "zh", jobs: int = 1,
         debug: bool = False) -> Iterator[Row]:
    """Every report's Row in file order. With jobs > 1, worker processes parse and check the files
    (parsing a PDF is most of the time); a half report comes back to be paired here."""
    if jobs <= 1 or len(paths) < 2:
        yield from reports(paths, load)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(min(jobs, len(paths)), initializer=_warm) as pool:
        yield from pair(_results(pool, paths, lang, debug))


def _results(pool, paths: list[Path], lang: str, debug: bool = False) -> Iterator[tuple[Path, Report | Row]]:
    """Each file's worker result in file order; a worker that died (the pool is broken) leaves a
    failure row for each file it had not finished, and the batch goes on."""
    futures = [pool.submit(_work, (p, lang, debug)) for p in paths]
    for path, future in zip(paths, futures):
        try:
            yield future.result()
        except Exception as exc:  # noqa: BLE001 - a batch never stops on one file
            yield path, Row([path], failure=exc)


def jobs_wanted(n: int) -> int:
    """--jobs N: N worker processes; 0 = one per CPU."""
    return n if n > 0 else os.cpu_count() or 1


def _warm() -> None:
    """Register the checks once per worker process (the models load with its first report, once)."""
    from finder import checks

    checks._import_all()


def _work(job: tuple[Path, str, bool]) -> tuple[Path, Report | Row]:
    """In a worker: a whole report is parsed and checked here; a half goes back to be paired."""
    from finder import ingest

    path, lang, debug = job
    (loaded,) = _loaded([path], ingest.load)
    report = loaded[1]
    if isinstance(report, Report) and part_of(report) != "whole" and pair_key(path, report) is not None:
        return path, report
    row = report if isinstance(report, Row) else Row([path], report)
    return path, Row([path], out=row_output(row, lang, debug)[0])
