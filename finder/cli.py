"""Command line: finder parse | claims | check | batch; exit codes 0 / 1 / 2."""
from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Sequence

from finder import __version__
from finder.ingest.errors import InputError

FORMATS = ("text", "json", "jsonl", "csv", "html")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="finder", description="核对部门决算/预算公开文本与表格数据是否一致")
    p.add_argument("--version", action="version", version=f"finder {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser, formats: Sequence[str]) -> None:
        sp.add_argument("files", nargs="+", metavar="FILE",
                        help="report file(s): .txt, .md, .pdf, .html, .docx, .xlsx or .xls; several files = one report")
        sp.add_argument("--format", "-f", choices=formats, default="text")
        sp.add_argument("--output", "-o", help="write here instead of stdout")
        sp.add_argument("--lang", choices=("zh", "en"), default="zh")
        sp.add_argument("--debug", action="store_true", help="on an internal error, print its traceback")

    common(sub.add_parser("parse", help="show the document model (outline, tables)"), ("text", "json"))
    sp = sub.add_parser("claims", help="the claim ledger: every number in the prose")
    common(sp, ("text", "json"))
    sp.add_argument("--unclassified", action="store_true", help="list numbers that are neither")
    sp = sub.add_parser("check", help="check the prose against the tables")
    common(sp, FORMATS)
    sp.add_argument("--select", default="all", help="check codes, prefixes or groups (comma-separated)")
    sp.add_argument("--ignore", default="", help="check codes, prefixes or groups to skip")
    sp.add_argument("--fail-on", choices=("error", "warning", "info"), default="error")
    sp.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings (never masks 2)")
    sp.add_argument("--quiet", "-q", action="store_true", help="text format: summary only")
    sp = sub.add_parser("batch", help="check many reports; one JSON line per file, errors recorded")
    sp.add_argument("files", nargs="+", metavar="FILE_OR_DIR")
    sp.add_argument("--output", "-o", help="write here instead of stdout")
    sp.add_argument("--format", "-f", choices=("jsonl", "csv"), default="jsonl",
                    help="jsonl: one JSON line per report with its findings; csv: one summary row per report")
    sp.add_argument("--lang", choices=("zh", "en"), default="zh")
    sp.add_argument("--jobs", "-j", type=int, default=1,
                    help="worker processes (0 = one per CPU); rows keep the file order")
    sp.add_argument("--debug", action="store_true", help="an internal_error row carries its traceback")
    sp = sub.add_parser("checks", help="list the registered checks")
    sp.add_argument("--lang", choices=("zh", "en"), default="zh")
    return p.parse_args(argv)


def _emit(text: str, output: str | None) -> None:
    if output:
        with _output_file(output) as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
        if text and not text.endswith("\n"):
            sys.stdout.write("\n")


def _output_file(output: str, newline: str | None = None):
    """The -o file opened for writing; a path that cannot be written is bad input (exit 2, one line),
    not an internal error."""
    try:
        return open(output, "w", encoding="utf-8", newline=newline)
    except OSError as exc:
        raise InputError("not_a_file", "output_unwritable", output, why=exc.strerror or type(exc).__name__) from exc


def _cmd_parse(args: argparse.Namespace) -> int:
    from finder.analysis import parse

    report = parse(args.files)  # input errors first, before any renderer is imported
    from finder.render import model as render_model
    from finder.render.fields import placed_in

    with placed_in(report.kind):
        _emit(render_model.render(report, args.format, getattr(args, "lang", "zh")), args.output)
    return 0


def _cmd_claims(args: argparse.Namespace) -> int:
    """The claim ledger after the checks: each claim with its verdict and, unverifiable, the reason."""
    from finder.analysis import analyse_report, parse

    a = analyse_report(parse(args.files), lang=args.lang)
    from finder.render import ledger
    from finder.render.fields import placed_in

    with placed_in(a.report.kind):
        _emit(ledger.render(a, args.format, unclassified=args.unclassified, lang=args.lang), args.output)
    return 0


_RANK = {"error": 0, "warning": 1, "info": 2}


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


def _cmd_check(args: argparse.Namespace) -> int:
    from finder.analysis import analyse
    from finder.render import render

    a = analyse(args.files, _split(args.select) or ["all"], _split(args.ignore), args.lang)
    _emit(render(a, args.format, lang=args.lang, quiet=args.quiet, color=_color(args)), args.output)
    if args.exit_zero:
        return 0
    bar = _RANK[args.fail_on]
    return 1 if any(_RANK.get(f.severity, 9) <= bar for f in a.findings) else 0


def _color(args: argparse.Namespace) -> bool:
    return args.format == "text" and not args.output and sys.stdout.isatty()


# the files a batch over a folder reads (an old .doc too: its row says to save it as .docx or PDF,
# where skipping it would leave a report out of the count unseen)
REPORT_SUFFIXES = (".pdf", ".txt", ".md", ".html", ".htm", ".docx", ".xlsx", ".xls", ".doc")


def _expand(items: Sequence[str], lang: str = "zh") -> tuple[list[Path], list[str]]:
    """The files to check, and a line for each folder given that holds no report file (a wrong
    folder must not pass as an empty, clean batch)."""
    out: list[Path] = []
    empty: list[str] = []
    for it in items:
        p = Path(it)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.suffix.lower() in REPORT_SUFFIXES and not q.is_dir())
            if not found:
                empty.append(InputError("empty", "no_reports", p, suffixes=" ".join(REPORT_SUFFIXES)).text(lang))
            out.extend(found)
        else:
            out.append(p)
    return out, empty


def _cmd_batch(args: argparse.Namespace) -> int:
    """One row per report; a bad file is a row with status input_error and the run goes on. A
    narrative-only file and a tables-only file of the same report in one folder are checked together."""
    from finder import batch, ingest
    from finder.render.csv_out import batch_line

    files, empty = _expand(args.files, args.lang)
    for line in empty:
        print(f"finder: {line}", file=sys.stderr)
    worst = 2 if empty else 0
    # -o is opened before the first report (a path that cannot be written fails at once, not after
    # hours of checking) and each row is written as it comes, so a stopped run keeps its rows
    sink = _output_file(args.output, newline="") if args.output else sys.stdout
    try:
        first = True
        for row in batch.rows(files, ingest.load, args.lang, batch.jobs_wanted(args.jobs), args.debug):
            out, code = batch.row_output(row, args.lang, args.debug)
            worst = max(worst, code)
            if args.format == "csv":
                sink.write(batch_line(out, header=first))
            else:
                sink.write(json.dumps(out, ensure_ascii=False, sort_keys=True) + "\n")
            sink.flush()
            first = False
    finally:
        if sink is not sys.stdout:
            sink.close()
    return worst


def _cmd_checks(args: argparse.Namespace) -> int:
    from finder import checks

    from finder.render import checklist

    checks._import_all()
    sys.stdout.write(checklist.render(checks.all_checks(), args.lang))
    return 0


COMMANDS = {"parse": _cmd_parse, "claims": _cmd_claims, "check": _cmd_check, "batch": _cmd_batch,
            "checks": _cmd_checks}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # argparse: bad options are exit 2, as ruff does
        return int(exc.code or 0)
    try:
        return COMMANDS[args.command](args)
    except InputError as exc:
        print(f"finder: {exc.text(getattr(args, 'lang', 'zh'))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:             # the reader closed the pipe ('finder check … | head'): not an error of ours
        _quiet_stdout()
        return 141
    except Exception as exc:  # noqa: BLE001 - exit 2 with one line, no traceback (unless --debug)
        from finder.batch import internal_message

        if getattr(args, "debug", False):
            traceback.print_exc()
        print(f"finder: {internal_message(exc, getattr(args, 'lang', 'zh'))}", file=sys.stderr)
        return 2


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit after a closed pipe says nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
