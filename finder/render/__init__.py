"""Renderers: one module per output format, all reading the same Analysis."""
from __future__ import annotations


def render(a, fmt: str, lang: str = "zh", quiet: bool = False, color: bool = False) -> str:
    from finder.render.fields import placed_in

    with placed_in(a.report.kind):
        return _render(a, fmt, lang, quiet, color)


def _render(a, fmt: str, lang: str, quiet: bool, color: bool) -> str:
    if fmt in ("json", "jsonl"):
        from finder.render import json_out

        return json_out.render(a, jsonl=fmt == "jsonl")
    if fmt == "csv":
        from finder.render import csv_out

        return csv_out.render(a, lang=lang)
    if fmt == "html":
        from finder.render import html

        return html.render(a, lang=lang)
    from finder.render import text

    return text.render(a, lang=lang, quiet=quiet, color=color)
