"""`finder parse`: the document model as an outline with tables (text) or as JSON."""
from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from finder import messages
from finder.model import Cell, Paragraph, Report, Row, Section, Table
from finder.render.fields import loc_text

_PREVIEW_ROWS = 5
messages.add({
    "parse.summary": {"zh": "部门: {department}  年度: {year}  类型: {type}  金额单位: {unit}  段落: {paragraphs}"
                            "  表格: {tables}",
                      "en": "department: {department}  year: {year}  type: {type}  money unit: {unit}  "
                            "paragraphs: {paragraphs}  tables: {tables}"},
    "parse.type.final": {"zh": "决算", "en": "final accounts"},
    "parse.type.budget": {"zh": "预算", "en": "budget"},
    "parse.outline": {"zh": "目录结构:", "en": "outline:"},
    "parse.tables": {"zh": "表格:", "en": "tables:"},
    "parse.untitled": {"zh": "(无标题)", "en": "(untitled)"},
    "parse.size": {"zh": "{rows} 行 x {cols} 列  单位:{unit}", "en": "{rows} rows x {cols} columns  unit: {unit}"},
    "parse.columns": {"zh": "  列: ", "en": "  columns: "},
    "parse.more": {"zh": "  … 另有 {n} 行", "en": "  … {n} more rows"},
})


def _num(d: Decimal | None) -> str | None:
    return None if d is None else format(d, "f")


def cell_dict(c: Cell) -> dict[str, Any]:
    out: dict[str, Any] = {"column": list(c.column), "raw": c.raw, "kind": c.kind, "value": _num(c.value)}
    if c.target is not None:
        out["target"] = {"op": c.target.op, "value": _num(c.target.value), "unit": c.target.unit}
    return out


def row_dict(r: Row, loc_kind: str) -> dict[str, Any]:
    out = {"index": r.index, "label": r.label, "code": r.code, "level": r.level, "side": r.side,
           loc_kind: r.location, "raw": r.raw, "cells": [cell_dict(c) for c in r.cells]}
    out.update({k: list(v) if isinstance(v, tuple) else v for k, v in r.extra.items()})
    return out


def table_dict(t: Table) -> dict[str, Any]:
    return {"id": t.id, "title": t.title, "number": t.number, "unit": t.unit, t.loc_kind: t.location,
            "index": t.index, "section": t.section.path() if t.section else [],
            "columns": [list(c) for c in t.columns], "extra": _plain(t.extra),
            "rows": [row_dict(r, t.loc_kind) for r in t.rows]}


def _plain(extra: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in extra.items() if isinstance(v, (str, int, float, list, dict, tuple))}


def paragraph_dict(p: Paragraph) -> dict[str, Any]:
    return {"index": p.index, "role": p.role, p.loc_kind: p.location, "text": p.text,
            "anchors": [list(a) for a in p.anchors]}


def section_dict(s: Section) -> dict[str, Any]:
    return {"title": s.title, "level": s.level, "number": s.number, "location": s.location,
            "paragraphs": [p.index for p in s.paragraphs],
            "children": [section_dict(c) for c in s.children]}


def report_dict(r: Report) -> dict[str, Any]:
    return {"source": r.source, "sources": r.sources or [r.source], "kind": r.kind, "sha256": r.sha256,
            "title": r.title, "department": r.department, "year": r.year, "type": r.type,
            "money_unit": r.money_unit, "pages": r.pages, "lines": len(r.lines) or None}


def to_json(r: Report) -> str:
    doc = {"report": report_dict(r), "sections": section_dict(r.root)["children"],
           "paragraphs": [paragraph_dict(p) for p in r.paragraphs],
           "tables": [table_dict(t) for t in r.tables]}
    return json.dumps(doc, ensure_ascii=False, indent=1)


# ------------------------------------------------------------------ text
def _outline(s: Section, kind: str, lang: str, out: list[str]) -> None:
    for c in s.children:
        at = loc_text({kind: c.location}, lang)
        out.append(f"{'  ' * (c.level - 1)}{c.title}" + (f"  [{at}]" if at else ""))
        _outline(c, kind, lang, out)


def _table_text(t: Table, lang: str) -> list[str]:
    where = loc_text(t.where(), lang)
    head = f"[{t.id or '?'}] {t.title or t.extra.get('caption', '') or messages.msg('parse.untitled')}"
    size = messages.msg("parse.size", rows=len(t.rows), cols=len(t.columns), unit=t.unit or "-")
    out = [f"{head}  {t.number}  {where}  {size}".rstrip()]
    out.append(messages.msg("parse.columns") + " | ".join("/".join(c) or "-" for c in t.columns))
    for r in t.rows[:_PREVIEW_ROWS]:
        label = " ".join(x for x in (r.side and f"[{r.side}]", r.code or "", r.label) if x)
        vals = ", ".join(f"{'/'.join(c.column)}={c.raw}" for c in r.cells if c.kind not in ("blank", "text"))
        out.append(f"  - {label}: {vals}")
    if len(t.rows) > _PREVIEW_ROWS:
        out.append(messages.msg("parse.more", n=len(t.rows) - _PREVIEW_ROWS))
    return out


def to_text(r: Report, lang: str = "zh") -> str:
    kind = messages.msg(f"parse.type.{r.type}") if r.type in ("final", "budget") else r.type
    summary = messages.msg("parse.summary", department=r.department or "-", year=r.year or "-", type=kind,
                           unit=r.money_unit, paragraphs=len(r.paragraphs), tables=len(r.tables))
    out = [f"{r.title or r.source}", summary, "", messages.msg("parse.outline")]
    _outline(r.root, r.loc_kind, lang, out)
    out += ["", messages.msg("parse.tables")]
    for t in r.tables:
        out += _table_text(t, lang)
    return "\n".join(out) + "\n"


def render(report: Report, fmt: str, lang: str = "zh") -> str:
    """`fmt` is text or json; `lang` the language of the text's labels."""
    if fmt == "json":
        return to_json(report)
    with messages.language(lang):
        return to_text(report, lang)
