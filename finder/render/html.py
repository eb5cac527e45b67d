"""HTML report: one self-contained page (inline CSS and JS) with findings, highlighted prose and tables.

Every piece of document text goes through `esc` (html.escape, quote=True); the JSON the script
reads is embedded with "<", ">" and "&" written as \\u escapes, so nothing from a report can
close the script element or open markup.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable

from finder import __version__, messages
from finder.analysis import Analysis
from finder.ingest import script
from finder.model import Claim, Evidence, Finding, Paragraph
from finder.render import json_out
from finder.render.fields import SEVERITY_ZH, STATUS_ZH, evidence_place, nothing_found, shown_evidence, table_label
from finder.render.fields import loc_text as _loc
from finder.render.html_tables import esc, find_cells, locate_quote, render_tables
from finder.render.html_tables import _norm

ASSETS = Path(__file__).resolve().parent / "assets"
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}

LABELS = json.loads((ASSETS / "labels.json").read_text("utf-8"))   # {"zh": {...}, "en": {...}}
SEVERITY_EN = {"error": "error", "warning": "warning", "info": "info"}
STATUS_EN = {k: k.replace("_", " ") for k in STATUS_ZH}


def script_json(obj: Any) -> str:
    """JSON safe inside <script>: no "</", "<!--" or "]]>" can survive; U+2028/9 escaped."""
    s = json.dumps(obj, ensure_ascii=False, sort_keys=True)
    for ch, rep in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        s = s.replace(ch, rep)
    return s


def safe_id(prefix: str, raw: str, taken: set[str]) -> str:
    base = prefix + (re.sub(r"[^A-Za-z0-9_.-]", "_", raw) or "x")
    out, n = base, 1
    while out in taken:
        n += 1
        out = f"{base}~{n}"
    taken.add(out)
    return out


# ----------------------------------------------------------------------------- index
@dataclass
class Mark:
    """A span to wrap around paragraph.text[start:end]."""

    start: int
    end: int
    attrs: str                       # attributes of the first fragment (with id)
    cont: str                        # attributes of later fragments (no id)


@dataclass
class Index:
    """Where each claim, finding and cell lands in the page."""

    claim_ids: dict[int, str] = field(default_factory=dict)          # id(claim) -> html id
    finding_ids: list[str] = field(default_factory=list)
    marks: dict[int, list[Mark]] = field(default_factory=lambda: defaultdict(list))  # para pos
    sentences: dict[tuple[int, int, int], str] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)              # cell id -> class
    targets: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    claim_cells: dict[str, list[str]] = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)


def document_paragraphs(a: Analysis) -> list[Paragraph]:
    """The report's paragraphs, then any paragraph a claim sits in that the report does not list
    (so every claim is shown)."""
    out, seen = list(a.report.paragraphs), {id(p) for p in a.report.paragraphs}
    for c in a.claims:
        if id(c.paragraph) not in seen:
            seen.add(id(c.paragraph))
            out.append(c.paragraph)
    return out


def build_index(a: Analysis, lang: str) -> Index:
    ix = Index(paragraphs=document_paragraphs(a))
    pos = {id(p): i for i, p in enumerate(ix.paragraphs)}
    taken: set[str] = set()
    for c in a.claims:
        ix.claim_ids[id(c)] = safe_id("c-", c.id, taken)
    by_id = {c.id: c for c in a.claims}
    for c in a.claims:
        cells = []
        for ref in c.checked_against:
            for cid in find_cells(a.report, ref.get("table"), ref.get("row"), ref.get("column"),
                                  ref.get("text"), ref.get("table_title")):
                cells.append(cid)
                cls = "checked" if ref.get("used", True) else "candidate"
                _mark_cell(ix, cid, "contradicted" if c.status == "contradicted" and cls == "checked" else cls)
        ix.claim_cells[ix.claim_ids[id(c)]] = _unique(cells)
        p = pos.get(id(c.paragraph))
        if p is not None and c.end > c.start:
            ix.marks[p].append(_claim_mark(c, ix.claim_ids[id(c)], a.findings, lang))
    for i, f in enumerate(a.findings):
        fid = safe_id("f-", f.id or str(i + 1), taken)
        ix.finding_ids.append(fid)
        ix.targets[fid] = _finding_targets(a, f, ix, pos, by_id)
    return ix


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _mark_cell(ix: Index, cell_id: str, cls: str) -> None:
    rank = {"candidate": 0, "checked": 1, "cited": 2, "contradicted": 3}
    if rank[cls] >= rank.get(ix.cells.get(cell_id, ""), -1):
        ix.cells[cell_id] = cls


def _sentence(ix: Index, p: int, a: int, b: int) -> str:
    key = (p, a, b)
    if key not in ix.sentences:
        ix.sentences[key] = sid = f"s-{p}-{a}-{b}"
        ix.marks[p].append(Mark(a, b, f'class="sent" id="{sid}"', 'class="sent"'))
    return ix.sentences[key]


def _finding_targets(a: Analysis, f: Finding, ix: Index, pos: dict[int, int],
                     by_id: dict[str, Claim]) -> dict[str, list[str]]:
    sents, claims, cells = [], [], []
    for cid in f.claims:
        c = by_id.get(cid)
        if c is None:
            continue
        claims.append(ix.claim_ids[id(c)])
        p = pos.get(id(c.paragraph))
        a0, b0 = next((s for s in (c.sentence, c.clause) if s[1] > s[0]), (c.start, c.end))
        if p is not None:
            sents.append(_sentence(ix, p, a0, b0))
    for ev in f.evidence:
        if ev.table or ev.row or ev.table_title:
            hits = find_cells(a.report, ev.table, ev.row, ev.column, ev.text, ev.table_title)
            for cid in hits:
                _mark_cell(ix, cid, "contradicted" if f.severity != "info" else "cited")
            cells.extend(hits)
        elif ev.text and not (sents and ev.role == "claim"):
            hit = locate_quote(ix.paragraphs, ev)
            if hit is not None:
                sents.append(_sentence(ix, *hit))
    return {"sentences": _unique(sents), "claims": _unique(claims), "cells": _unique(cells)}


def _claim_mark(c: Claim, hid: str, findings: list[Finding], lang: str) -> Mark:
    st = c.status if c.status in STATUS_ZH else "unchecked"
    title = esc(claim_tooltip(c, findings, lang))
    cls = f"claim st-{esc(st)}"
    return Mark(c.start, c.end, f'class="{cls}" id="{hid}" data-claim="{esc(c.id)}" '
                f'data-status="{esc(c.status)}" title="{title}"', f'class="{cls}" title="{title}"')


def claim_tooltip(c: Claim, findings: list[Finding], lang: str) -> str:
    L = LABELS[lang]
    st = (STATUS_ZH if lang == "zh" else STATUS_EN).get(c.status, c.status)
    colon, paren = _punct(lang)
    lines = [f"{L['status']}{colon}{st}" + (paren.format(c.reason) if c.reason else "")]
    for ref in c.checked_against:
        lines.append(_ref_line(ref, L, lang))
    for f in findings:
        if c.id in f.claims:
            lines.append(f"[{f.check}] {f.message}")
            if f.computation:
                lines.append(f"{L['computation']}{colon}{f.computation}")
    return "\n".join(lines)


_REF_KEYS = ("table_title", "table", "row", "column", "text", "used", "page", "line")


def _punct(lang: str) -> tuple[str, str]:
    """A label's colon and an aside's brackets as a reader of `lang` writes them."""
    return ("：", "（{}）") if lang == "zh" else (": ", " ({})")


def _ref_line(ref: dict[str, Any], L: dict[str, str], lang: str = "zh") -> str:
    """One checked_against entry: a cell (table / row / column = value) or a computation."""
    colon, paren = _punct(lang)
    if any(ref.get(k) for k in ("table", "table_title", "row")):
        where = " / ".join(str(ref[k]) for k in ("table_title", "row", "column") if ref.get(k))
        mark = "" if ref.get("used", True) else paren.format(L["candidate"])
        return f"{L['checked']}{colon}{where} = {ref.get('text', '')}{mark}"
    rest = messages.term("sep", lang).join(f"{k} {v}" for k, v in ref.items() if k not in _REF_KEYS and k != "computed")
    comp = f" → {ref['computed']}" if ref.get("computed") else ""
    return f"{L['computation']}{colon}{rest}{comp}"


# ------------------------------------------------------------------------------ render
def printed(p: Paragraph, marks: list[Mark]) -> tuple[str, list[Mark]]:
    """A paragraph as printed with its marks: a converted (traditional-script) paragraph shows its
    original text, each mark moved to the same characters there."""
    if not p.original:
        return p.text, marks
    at = p.original_at
    return p.original, [replace(m, start=at[m.start], end=at[m.end]) for m in marks if m.end < len(at)]


def weave(text: str, marks: list[Mark]) -> str:
    """Escape `text` and wrap each mark in a <span>; crossing marks are split so tags nest."""
    marks = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)),
                   key=lambda m: (m.start, -m.end))
    points = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out, stack, nxt, pos = [], [], 0, 0
    for b in points:
        out.append(esc(text[pos:b]))
        pos = b
        if any(m.end == b for m in stack):
            reopen = []
            while any(m.end == b for m in stack):
                m = stack.pop()
                out.append("</span>")
                if m.end != b:
                    reopen.append(m)
            for m in reversed(reopen):
                out.append(f"<span {m.cont}>")
                stack.append(m)
        while nxt < len(marks) and marks[nxt].start == b:
            out.append(f"<span {marks[nxt].attrs}>")
            stack.append(marks[nxt])
            nxt += 1
    return "".join(out)


def render_header(a: Analysis, L: dict[str, str], lang: str, generated: str) -> str:
    r, s, shown = a.report, json_out.summary(a), script.restorer(a.report)
    sources = r.sources or [r.source]
    meta = [(L["department"], shown(r.department or "")), (L["year"], r.year), (L["type"], L.get(r.type, r.type)),
            (L["file"], messages.listing((Path(x).name for x in sources), lang)), ("sha256", r.sha256),
            (L["version"], __version__), (L["time"], generated)]
    sev = SEVERITY_ZH if lang == "zh" else SEVERITY_EN
    st = STATUS_ZH if lang == "zh" else STATUS_EN
    counts = [("st-" + k, st[k], s[k]) for k in ("verified", "contradicted", "unverifiable", "not_checkable")]
    counts += [("sev-" + k, sev[k], s["findings"][k]) for k in ("error", "warning", "info")]
    pct = f"{100 * s['claims'] / s['numbers']:.0f}%" if s["numbers"] else "—"
    counts.append(("coverage", f"{L['claims']}/{L['numbers']}", f"{s['claims']}/{s['numbers']} ({pct})"))
    lis = "".join(f'<li class="{c}" data-count="{esc(c)}">{esc(lab)} <span class="n">{esc(n)}</span></li>'
                  for c, lab, n in counts)
    colon = _punct(lang)[0]
    spans = "".join(f"<span>{esc(k)}{colon}{esc(v)}</span>" for k, v in meta if v not in (None, ""))
    return (f'<header><h1>{esc(shown(r.title) or Path(r.source).name)}</h1><p class="meta">{spans}</p>'
            f'<ul class="counts">{lis}</ul></header>')


def render_findings(a: Analysis, ix: Index, L: dict[str, str], lang: str) -> str:
    sev = SEVERITY_ZH if lang == "zh" else SEVERITY_EN
    order = sorted(range(len(a.findings)), key=lambda i: (SEVERITY_ORDER.get(a.findings[i].severity, 9), i))
    items = []
    for i in order:
        f, fid = a.findings[i], ix.finding_ids[i]
        loc = evidence_place(f.placed, lang) if f.placed else ""
        head = (f'<div class="head"><span class="sev">{esc(sev.get(f.severity, f.severity))}</span>'
                f'<span class="code">{esc(f.check)}</span><span class="name">{esc(f.name)}</span>'
                f'<span class="loc">{esc(loc)}</span></div>')
        evs = "".join(_evidence(e, L, lang) for e in shown_evidence(f))
        comp = f'<div class="comp">{esc(f.computation)}</div>' if f.computation else ""
        items.append(f'<li class="finding sev-{esc(f.severity)}" id="{fid}" tabindex="0" role="button" '
                     f'data-finding="{esc(f.id)}" data-check="{esc(f.check)}" data-severity="{esc(f.severity)}">'
                     f'{head}<div class="msg">{esc(f.message)}</div>{evs}{comp}</li>')
    body = f"<ol>{''.join(items)}</ol>" if items else f'<p class="empty">{esc(nothing_found(a, lang))}</p>'
    return f'<section class="pane" id="findings"><h2>{esc(L["findings"])} ({len(items)})</h2>{body}</section>'


def _evidence(e: Evidence, L: dict[str, str], lang: str) -> str:
    where = [L.get(e.role, e.role), evidence_place(e, lang)]
    where += [x for x in (table_label(e), e.row, e.column) if x]
    return (f'<blockquote data-role="{esc(e.role)}"><span class="where">{esc(" · ".join(w for w in where if w))}'
            f"</span>{esc(e.text)}</blockquote>")


def render_narrative(a: Analysis, ix: Index, L: dict[str, str], lang: str) -> str:
    st = STATUS_ZH if lang == "zh" else STATUS_EN
    legend = "".join(f'<span class="claim st-{k}">{esc(st[k])}</span> '
                     for k in ("verified", "contradicted", "unverifiable", "not_checkable"))
    out, section = [f'<p class="legend">{esc(L["legend"])}{legend}</p>'], None
    shown = script.restorer(a.report)
    for i, p in enumerate(ix.paragraphs):
        if p.section is not section:
            section = p.section
            if section is not None and section.level > 0 and _norm(section.title) not in _norm(p.text)[:80]:
                out.append(f"<h3>{esc(shown(section.title))}</h3>")
        loc = f'<span class="loc">{esc(_loc(p.where(), lang))}</span>'
        tag = "h4" if p.role == "heading" else "p"
        out.append(f'<{tag} id="p-{i}" data-role="{esc(p.role)}">{loc}{weave(*printed(p, ix.marks.get(i, [])))}</{tag}>')
    return f'<section class="pane" id="narrative"><h2>{esc(L["narrative"])}</h2>{"".join(out)}</section>'


def render(a: Analysis, lang: str = "zh", generated: str | None = None) -> str:
    """The whole page; `generated` fixes the time stamp (default: now, local time)."""
    lang = lang if lang in LABELS else "zh"
    L = LABELS[lang]
    ix = build_index(a, lang)
    generated = generated or datetime.now().astimezone().isoformat(timespec="seconds")
    data = {"findings": ix.targets, "claims": ix.claim_cells}
    css = (ASSETS / "report.css").read_text("utf-8")
    js = (ASSETS / "report.js").read_text("utf-8")
    title = script.restorer(a.report)(a.report.title or "") or Path(a.report.source).name
    return (f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="finder {esc(__version__)}">'
            f'<link rel="icon" href="data:,"><title>{esc(title)} — finder</title><style>{css}</style></head>'
            f"<body>{render_header(a, L, lang, generated)}<div class=\"panes\">"
            f"{render_findings(a, ix, L, lang)}{render_narrative(a, ix, L, lang)}{render_tables(a.report, ix.cells, L, lang)}</div>"
            f'<script type="application/json" id="finder-data">{script_json(data)}</script>'
            f"<script>{js}</script></body></html>\n")
