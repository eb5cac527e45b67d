"""HTML report, tables: escaping, locating cited cells and quotes, and the table pane (two-sided
summary tables side by side, as printed)."""
from __future__ import annotations

import html
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from finder import lexicon
from finder.ingest import script
from finder.model import Cell, Evidence, Paragraph, Report, Row, Table
from finder.render.fields import loc_text


def esc(s: Any) -> str:
    """Document text -> HTML text or attribute value (quotes escaped too)."""
    return html.escape("" if s is None else str(s), quote=True)


# ------------------------------------------------------------------- finding the places
_WS = re.compile(r"\s+")


def locate_quote(paragraphs: list[Paragraph], ev: Evidence) -> tuple[int, int, int] | None:
    """(paragraph position, start, end) of the evidence text, whitespace-insensitive; the
    paragraph at the evidence's page/line is tried first."""
    loc = ev.page if ev.page is not None else ev.line
    order = sorted(range(len(paragraphs)), key=lambda i: 0 if _covers(paragraphs[i], loc) else 1)
    quote = _as_read(ev.text) if any(p.original for p in paragraphs) else ev.text
    needle = _WS.sub("", quote)
    if not needle:
        return None
    for i in order:
        text = paragraphs[i].text
        j = text.find(quote)
        if j >= 0:
            return i, j, j + len(quote)
        keep, squeezed = _squeeze(text)
        j = squeezed.find(needle)
        if j >= 0:
            return i, keep[j], keep[j + len(needle) - 1] + 1
    return None


def _as_read(printed: str | None) -> str | None:
    """Evidence quotes a traditional-script report as printed; its model holds the text as read."""
    return script.to_simplified(script.strip_ruby(printed)[0]) if printed else printed


@lru_cache(maxsize=4096)
def _squeeze(text: str) -> tuple[tuple[int, ...], str]:
    """Offsets of the non-space characters of `text`, and those characters joined."""
    keep = tuple(k for k, ch in enumerate(text) if not ch.isspace())
    return keep, "".join(text[k] for k in keep)


def _covers(p: Paragraph, loc: int | None) -> bool:
    if loc is None or not p.anchors:
        return False
    return p.anchors[0][1] <= loc <= p.anchors[-1][1]


def _norm(s: str | None) -> str:
    return _WS.sub("", s or "")


def find_cells(report: Report, table: str | None, row: str | None, column: str | None,
               text: str | None = None, title: str | None = None) -> list[str]:
    """Ids of the cells (or of the row, when no column fits) a reference points at."""
    if report.script == "traditional":
        row, column, text, title = map(_as_read, (row, column, text, title))
    tables = [(i, t) for i, t in enumerate(report.tables) if table and t.id == table]
    if not tables:
        keys = {_norm(x) for x in (table, title) if x}
        tables = [(i, t) for i, t in enumerate(report.tables) if keys & {_norm(t.title), _norm(t.number)}]
    out: list[str] = []
    for ti, t in tables:
        for ri, r in _rows(t, row):
            cis = _columns(r, column, text)
            out.extend([f"t{ti}-r{ri}-c{ci}" for ci in cis] or [f"t{ti}-r{ri}"])
        if out:
            break
    return out


def _rows(t: Table, label: str | None) -> list[tuple[int, Row]]:
    if not label:
        return []
    want = _norm(label)
    exact = [(i, r) for i, r in enumerate(t.rows) if _norm(r.label) == want or r.code == label]
    return exact or [(i, r) for i, r in enumerate(t.rows) if want and want in _norm(r.label)]


def _columns(r: Row, column: str | None, text: str | None) -> list[int]:
    cands = list(range(len(r.cells)))
    if column:
        want = _norm(column)
        path = [i for i in cands if _norm("/".join(r.cells[i].column)) == want]
        part = [i for i in cands if want in {_norm(x) for x in r.cells[i].column}]
        loose = [i for i in cands if want in _norm("/".join(r.cells[i].column))]
        cands = path or part or loose
    if text and len(cands) != 1:
        same = [i for i in cands if _norm(r.cells[i].raw) == _norm(text)]
        cands = same or (cands if column else [])
    return cands


# ------------------------------------------------------------------------------ tables
def printed_tables(report: Report) -> list[Table]:
    """The report's tables as printed: a traditional-script report is read converted, and is shown
    as it was printed (copies; same rows and cells, so cell ids are unchanged)."""
    if report.script != "traditional":
        return report.tables
    shown = script.restorer(report)
    return [replace(t, title=shown(t.title), number=shown(t.number), unit=shown(t.unit),
                    columns=[tuple(map(shown, col)) for col in t.columns],
                    rows=[replace(r, label=shown(r.label), side=shown(r.side),
                                  cells=[replace(c, raw=shown(c.raw), column=tuple(map(shown, c.column)))
                                         for c in r.cells]) for r in t.rows]) for t in report.tables]


def render_tables(report: Report, marked: dict[str, str], L: dict[str, str], lang: str) -> str:
    """The tables pane; `marked` maps cell ids to their state class (checked, cited …)."""
    parts = [_table(ti, t, marked, L, lang) for ti, t in enumerate(printed_tables(report))]
    body = "".join(parts) or f'<p class="empty">{esc(L["no_tables"])}</p>'
    return f'<section class="pane" id="tables"><h2>{esc(L["tables"])} ({len(parts)})</h2>{body}</section>'


def kind_name(table_id: str | None, lang: str) -> str:
    """The name of a table's kind a reader knows (tables.yml: zh, or en under --lang en), never its
    internal id ('unit_list'); '' for a table of no known kind."""
    spec = lexicon.load("tables")["tables"].get(table_id or "")
    return (spec.get(lang) or spec["zh"]) if spec else ""


def _table(ti: int, t: Table, marked: dict[str, str], L: dict[str, str], lang: str) -> str:
    has_code = any(r.code for r in t.rows)
    sides = two_sides(t)
    if sides:
        heads, rows = _two_sided(ti, t, sides, has_code, marked, L)
    else:
        heads, rows = _one_sided(ti, t, has_code, marked, L)
    kind = kind_name(t.id, lang)
    title = t.title.strip() or kind
    sub = " · ".join(x for x in (t.number, f"{L['unit']}{'：' if lang == 'zh' else ': '}{t.unit}" if t.unit else "",
                                 loc_text(t.where(), lang), kind if kind != title else "") if x)
    thead = "".join(f'<th scope="col">{esc(h)}</th>' for h in heads)
    return (f'<table class="tbl" id="t{ti}" data-table="{esc(t.id or "")}"><caption>{esc(title)} '
            f'<span class="sub">{esc(sub)}</span></caption><thead><tr>{thead}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _one_sided(ti: int, t: Table, has_code: bool, marked: dict[str, str], L: dict[str, str]):
    width = max([len(t.columns)] + [len(r.cells) for r in t.rows])
    heads = [L["label"]] + ([L["code"]] if has_code else [])
    heads += ["/".join(t.columns[k]) if k < len(t.columns) else "" for k in range(width)]
    rows = []
    for ri, r in enumerate(t.rows):
        rid = f"t{ti}-r{ri}"
        label = f"{r.side}｜{r.label}" if r.side else r.label
        tds = [f'<th scope="row">{esc(label)}</th>'] + ([f"<td>{esc(r.code or '')}</td>"] if has_code else [])
        tds += [_td(rid, ci, r.cells[ci] if ci < len(r.cells) else None, marked) for ci in range(width)]
        rows.append(f'<tr id="{rid}">{"".join(tds)}</tr>')
    return heads, rows


def _td(rid: str, ci: int, cell: Cell | None, marked: dict[str, str]) -> str:
    cid = f"{rid}-c{ci}"
    cls = " ".join(x for x in ("num" if cell and cell.kind in ("number", "percent") else "",
                               marked.get(cid, "")) if x)
    return f'<td id="{cid}"' + (f' class="{cls}"' if cls else "") + f">{esc(cell.raw if cell else '')}</td>"


def two_sides(t: Table) -> list[str] | None:
    """The two sides (收入 | 支出) of a table whose every row belongs to one of them, else None."""
    sides = list(dict.fromkeys(r.side for r in t.rows))
    return sides if len(sides) == 2 and all(sides) else None


def printed_lines(t: Table, sides: list[str]) -> list[list[tuple[int, Row] | None]]:
    """Rows paired as printed: a second-side row joins the first-side row printed just before it
    at the same place (line or page); any other row has the line to itself."""
    lines: list[list[tuple[int, Row] | None]] = []
    for ri, r in enumerate(t.rows):
        k = sides.index(r.side)
        last = lines[-1] if lines else None
        if k == 1 and last is not None and last[1] is None and last[0] is not None \
                and last[0][0] == ri - 1 and last[0][1].location == r.location:
            last[1] = (ri, r)
            continue
        line: list[tuple[int, Row] | None] = [None, None]
        line[k] = (ri, r)
        lines.append(line)
    return lines


def _two_sided(ti: int, t: Table, sides: list[str], has_code: bool, marked: dict[str, str], L: dict[str, str]):
    """收入 | 支出 side by side, as printed. Each row keeps its ids: the row id sits on its label
    cell; when a side's first column prints the label itself, that cell is the label cell."""
    layout, heads = [], []
    for side in sides:
        cols = [c for c in t.columns if c and c[0] == side]
        mine = [r for r in t.rows if r.side == side]
        width = max([len(cols)] + [len(r.cells) for r in mine])
        lead = all(r.cells and _norm(r.cells[0].raw) == _norm(r.label) for r in mine)
        layout.append((width, lead))
        names = ["/".join(cols[k]) if k < len(cols) else "" for k in range(width)]
        heads += ([names[0]] if lead else [L["label"]]) + ([L["code"]] if has_code else []) + names[lead:]
    rows = []
    for line in printed_lines(t, sides):
        tds: list[str] = []
        for (width, lead), hit in zip(layout, line):
            code = [f"<td>{esc(hit[1].code or '') if hit else ''}</td>"] if has_code else []
            if hit is None:
                tds += ["<th></th>", *code] + ["<td></td>"] * (width - lead)
                continue
            ri, r = hit
            rid = f"t{ti}-r{ri}"
            label = f'<span id="{rid}-c0">{esc(r.label)}</span>' if lead else esc(r.label)
            tds += [f'<th scope="row" id="{rid}">{label}</th>', *code]
            tds += [_td(rid, ci, r.cells[ci] if ci < len(r.cells) else None, marked) for ci in range(lead, width)]
        rows.append(f'<tr>{"".join(tds)}</tr>')
    return heads, rows
