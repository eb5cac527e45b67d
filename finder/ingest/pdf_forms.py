"""Project self-evaluation forms printed without rules: rows of stacked cell lines read as a form."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

from finder import lexicon
from finder.appendix.model import column_name, fund_columns, is_total_label, parse_indicator
from finder.ingest import identify
from finder.ingest.flow import squash
from finder.ingest.pdf_lines import PdfLine
from finder.ingest.pdf_tables import GridTable, note_department, take_caption
from finder.ingest.tables import make_cell
from finder.model import Row, Table
from finder.numbers.parse import parse_cell

FORM_ID = "project_self_eval"
# Characters set apart wider than this many font sizes are two cells (a space is narrower).
CELL_GAP = 0.5
# Lines set closer than this many font sizes under one another print one row (a cell's text
# wrapped a few characters a line, the row's other cells centred beside it); rows are set further apart.
ROW_GAP = 0.75
# A form runs over this many pages at most, and ends with its 总分 row within this many lines.
MAX_PAGES = 3
MAX_LINES = 400
# The lines below a title in which a form's first rows (year, 项目名称) are looked for.
OPENING_LINES = 12
# A line set in a font this much larger than the form's is prose: the form ended unread.
PROSE_SIZE = 1.3

Cell = tuple[float, float, str]          # x0, x1, text


@dataclass
class FormRow:
    """A printed row of a form: its cells (a cell's stacked lines joined), left to right."""

    page: int
    top: float
    cells: list[Cell]
    lines: list[PdfLine]

    @property
    def texts(self) -> list[str]:
        return [t for _, _, t in self.cells]

    @property
    def raw(self) -> str:
        return "\t".join(self.texts)


def read_forms(pages: list[Any], conv: Callable[[str], str] = str) -> None:
    """Each form title among the pages' printed lines (PageContent.printed) with the lines down to
    its 总分 row, the first of them printing 项目名称: read as one table on the title's page when
    every row reads (GridTable.extra['form'] holds the Table); either way its lines leave the prose,
    and unruled tables read among them (its header block or fund rows under its title) go. A form
    with no 总分 row below it, or with a ruled table in between, is left as it was, unread. A
    report's forms are read all or none: one left unread would make the count of forms the prose
    states (EV13) differ from the count read."""
    read: list[tuple[Any, Table | None, list[PdfLine], list[PdfLine]]] = []
    unread = False
    taken: set[int] = set()
    for k, page in enumerate(pages):
        for ln in page.printed:
            if ln.residue or id(ln) in taken or identify.match_title(ln.text) != FORM_ID \
                    or not _opens_form(pages, k, ln, conv):
                continue
            region = _region(pages, k, ln, conv)
            if region is None:
                unread = True
                continue
            head, body = region
            taken |= {id(x) for x in head + body}
            for p in pages[k:k + MAX_PAGES]:
                p.lines = [x for x in p.lines if id(x) not in taken]
                p.tables = [t for t in p.tables if not (t.extra.get("unruled") and _among(t, p, head + body))]
            table = form_table(_unrepeated(rows_of(body, conv)), conv(head[0].text))
            unread = unread or table is None
            read.append((page, table, head, body))
    if not unread:
        for page, table, head, body in read:
            page.tables.append(_grid(table, head, body))


def _printed(pages: list[Any], k: int) -> list[PdfLine]:
    return [ln for p in pages[k:k + MAX_PAGES] for ln in (p.printed or p.lines) if not ln.residue]


def _following(pages: list[Any], k: int, title: PdfLine) -> list[PdfLine]:
    """The printed lines after `title` on its page and the next MAX_PAGES - 1 pages."""
    lines = _printed(pages, k)
    return lines[next(n for n, ln in enumerate(lines) if ln is title) + 1:]


def _opens_form(pages: list[Any], k: int, title: PdfLine, conv: Callable[[str], str] = str) -> bool:
    """The title's first printed rows (a year line among them) print the project's name field: a
    form starts (its value may wrap into lines above and below the name's)."""
    names = lexicon.load("appendix")["header"]["name"]
    rows = rows_of(_following(pages, k, title)[:OPENING_LINES], conv)[:2]
    return any(squash(t) in names for r in rows for t in r.texts)


def _region(pages: list[Any], k: int, title: PdfLine,
            conv: Callable[[str], str] = str) -> tuple[list[PdfLine], list[PdfLine]] | None:
    """(title and year lines, the form's lines down to its 总分 row), or None."""
    lines, at = _following(pages, k, title), 0
    head = [title]
    while at < len(lines) and take_caption([title.text, lines[at].text])[3] == 2 and len(head) < 2:
        head.append(lines[at])                          # '(2024年度)'
        at += 1
    body: list[PdfLine] = []
    for ln in lines[at:at + MAX_LINES]:
        if body and ln.size > PROSE_SIZE * body[0].size or identify.match_title(ln.text):
            return None
        body.append(ln)
        if _total_line(ln, conv):
            break
    else:
        return None
    if any(not t.extra.get("unruled") and _among(t, p, head + body) for p in pages[k:k + MAX_PAGES]
           for t in p.tables):
        return None
    return head, body


def _among(t: GridTable, page: Any, lines: list[PdfLine]) -> bool:
    """The table's top lies among the lines (those on its page)."""
    on = [ln for ln in lines if ln.page == page.number]
    return bool(on) and on[0].top <= t.bbox[1] <= on[-1].bottom


def _total_line(ln: PdfLine, conv: Callable[[str], str] = str) -> bool:
    cells = [conv(t) for _, _, t in _cells(ln)]
    return len(cells) >= 3 and is_total_label(cells[0]) and all(_number(t) for t in cells[1:])


def _number(text: str) -> bool:
    return parse_cell(text).kind == "number"


def _cells(ln: PdfLine) -> list[Cell]:
    """The line's runs of characters apart by gaps wider than CELL_GAP font sizes."""
    runs: list[list[dict]] = []
    for c in sorted(ln.chars, key=lambda ch: ch["x0"]):
        if runs and (c["x0"] - runs[-1][-1]["x1"]) <= CELL_GAP * max(c.get("size") or 0, 1.0):
            runs[-1].append(c)
        else:
            runs.append([c])
    return [(r[0]["x0"], r[-1]["x1"], "".join(ch["text"] for ch in r)) for r in runs]


def rows_of(lines: list[PdfLine], conv: Callable[[str], str] = str) -> list[FormRow]:
    """The printed rows: lines closer than ROW_GAP font sizes under one another on a page make one
    row; within it, pieces whose extents overlap across are one cell, read top to bottom."""
    groups: list[list[PdfLine]] = []
    for ln in lines:
        prev = groups[-1][-1] if groups else None
        if prev is not None and prev.page == ln.page and ln.top - max(x.bottom for x in groups[-1]) \
                < ROW_GAP * max(ln.size, 1.0):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return [FormRow(g[0].page, g[0].top, _stack(g, conv), g) for g in groups]


def _stack(lines: list[PdfLine], conv: Callable[[str], str]) -> list[Cell]:
    pieces = sorted(((x0, x1, t, ln.top) for ln in lines for x0, x1, t in _cells(ln)), key=lambda p: p[0])
    cells: list[list[tuple[float, float, str, float]]] = []
    for p in pieces:
        if cells and p[0] < max(q[1] for q in cells[-1]):
            cells[-1].append(p)
        else:
            cells.append([p])
    return [(min(q[0] for q in c), max(q[1] for q in c),
             conv("".join(q[2] for q in sorted(c, key=lambda q: (q[3], q[0]))))) for c in cells]


def _unrepeated(rows: list[FormRow]) -> list[FormRow]:
    """The rows without those opening a later page that repeat earlier rows (the form's header
    block or its column names printed again over a page break)."""
    out: list[FormRow] = []
    seen: set[tuple[str, ...]] = set()
    page, opening = None, False
    for r in rows:
        if r.page != page:
            page, opening = r.page, page is not None
        key = tuple(squash(t) for t in r.texts)
        if opening and key in seen:
            continue
        opening = False
        seen.add(key)
        out.append(r)
    return out


# ----------------------------------------------------------------------------- the form
def _has(row: FormRow, words: list[str]) -> bool:
    return any(w in squash(t) for t in row.texts for w in words)


def form_table(rows: list[FormRow], title: str) -> Table | None:
    """The form as a Table (rows carrying their printed cells: extra['cells'], extra['block']) when
    every part reads: header fields, fund rows of figures, the goal under its headers, indicator
    rows whose 分值 with the funds' add up to the 总分 row's; else None."""
    head = lexicon.load("appendix")["header"]
    starts = [k for k, r in enumerate(rows) if _has(r, head["funds_start"])]
    goal_at = next((k for k, r in enumerate(rows) if _has(r, head["goal_expected"]) and _has(r, head["goal_actual"])), None)
    ind_at = next((k for k, r in enumerate(rows) if all(_has(r, [w]) for w in lexicon.load("appendix")["indicator_block"])), None)
    if len(starts) != 1 or goal_at is None or ind_at is None or not starts[0] < goal_at < ind_at:
        return None
    fields = _fields(rows[:starts[0]], head)
    funds = [_fund_row(r, head, rows[starts[0]]) for r in rows[starts[0] + 1:goal_at]]
    goal = _goal_row(rows[goal_at], rows[goal_at + 1:ind_at], head)
    body = _indicator_rows(rows[ind_at + 1:])
    if fields is None or not funds or None in funds or goal is None or body is None:
        return None
    table = Table(title=title, rows=[*funds, goal, *body], columns=[], id=FORM_ID, unit="万元",
                  extra={"fields": fields, "project": fields.get(head["name"][0], "")})
    for k, r in enumerate(table.rows):
        r.index = k
    table.columns = list(dict.fromkeys(c.column for r in table.rows for c in r.cells))
    return table if _weights_add_up(table) else None


def _fields(rows: list[FormRow], head: dict) -> dict[str, str] | None:
    """项目名称 (部门（单位）名称) / 主管部门 / 实施单位 -> the cell right of each; None when a field has
    no value or no name field is printed."""
    keys = [w for key in ("name", "department", "unit") for w in head[key]]
    out: dict[str, str] = {}
    for r in rows:
        texts = [squash(t) for t in r.texts]
        for n, t in enumerate(texts):
            if t in keys:
                if n + 1 >= len(texts) or texts[n + 1] in keys:
                    return None
                out[t] = r.texts[n + 1].strip()
    return out if any(n in out for n in head["name"]) else None


def _fund_row(r: FormRow, head: dict, header: FormRow) -> Row | None:
    """年度资金总额 0 100 100 10 100 10: a fund label, then figures or dashes only. A row printing
    fewer figures than there are columns (a sub-row leaving 分值 and 得分 blank) has each read under
    the column name of the funds header it is printed under, the others blank."""
    label, *values = r.texts
    kinds = [parse_cell(v).kind for v in values]
    if not any(w in squash(label) for ws in [*head["fund_rows"].values(), *head["spending_split"].values()]
               for w in ws) \
            or not all(k in ("number", "dash", "percent") for k in kinds):
        return None
    cols = fund_columns()
    names = list(cols.values()) if len(values) == len(cols) else \
        [c for role, c in cols.items() if role != "rate"] if len(values) == len(cols) - 1 else None
    printed = None
    if names is None:
        placed = _under_columns(r.cells[1:], header, list(cols.values()))
        if placed is None:
            return None
        printed = [label, *placed]
        names = [c for v, c in zip(placed, cols.values()) if v]
    block = head["funds_start"][0]
    return _row(r, squash(label), [make_cell(v, (block, c)) for v, c in zip(values, names)], "funds", printed)


def _under_columns(cells: list[Cell], header: FormRow, names: list[str]) -> list[str] | None:
    """Each column's figure, blank where none is printed: a figure is the column's whose name in
    the header row it overlaps across. None when a column's name is not printed once, or a figure
    lies under no name or under several, or two under one: which column is blank is not known."""
    spans = []
    for name in names:
        found = [(x0, x1) for x0, x1, t in header.cells if name in squash(t)]
        if len(found) != 1:
            return None
        spans.append(found[0])
    out = [""] * len(names)
    for x0, x1, text in cells:
        hit = [k for k, (a, b) in enumerate(spans) if min(x1, b) > max(x0, a)]
        if len(hit) != 1 or out[hit[0]]:
            return None
        out[hit[0]] = text
    return out


def _goal_row(header: FormRow, rows: list[FormRow], head: dict) -> Row | None:
    """The goal's cells under the 预期目标 and 实际完成情况 headers (by their extents across); a
    cell under neither but the row's label column makes the goal unreadable."""
    def under(words: list[str]) -> tuple[float, float] | None:
        return next(((x0, x1) for x0, x1, t in header.cells if any(w in squash(t) for w in words)), None)

    spans = [under(head["goal_expected"]), under(head["goal_actual"])]
    if None in spans or not rows:
        return None
    parts: list[list[str]] = [[], []]
    for r in rows:
        for x0, x1, text in r.cells:
            hit = [k for k, (a, b) in enumerate(spans) if min(x1, b) - max(x0, a) > 0]
            if len(hit) == 1:
                parts[hit[0]].append(text)
            elif hit or x1 > spans[0][0]:
                return None
    expected, actual = ("".join(p) for p in parts)
    if not expected:
        return None
    label = head["funds_end"][0]
    cells = [make_cell(expected, (head["goal_expected"][0],), text=True),
             make_cell(actual, (head["goal_actual"][0],), text=True)]
    row = _row(rows[0], label, cells, "goal", [label, expected, actual])
    row.raw = "\n".join(r.raw for r in rows)
    return row


def _indicator_rows(rows: list[FormRow]) -> list[Row] | None:
    """Indicator rows (levels, name, target, actual, 分值, 得分: extra['cells'] as printed, read by
    appendix.model) down to the 总分 row; a row printing a figure that reads as neither makes the
    whole form unreadable; a row printing none (a level header, a wrapped word) is kept as text."""
    out: list[Row] = []
    table = Table(title="", rows=[], columns=[])
    prev = None
    names = lexicon.load("appendix")["indicator_columns"]
    for r in rows:
        texts = r.texts
        if is_total_label(squash(texts[0])):
            nums = texts[1:]
            if len(nums) != 2 or not all(_number(t) for t in nums) or r is not rows[-1]:
                return None
            cells = [make_cell(v, (c,)) for v, c in zip(nums, (column_name("weight"), column_name("score")))]
            out.append(_row(r, squash(texts[0]), cells, "total"))
            return out
        if not any(parse_cell(t).kind in ("number", "percent") for t in texts):
            out.append(_row(r, squash(texts[0]), [], "text"))
            continue
        row = _row(r, "", [], "indicator")
        ind = parse_indicator(texts, prev, row, table)
        if ind is None:
            return None
        row.label = ind.name
        row.cells = [make_cell(v, (c,), text=c != names[-1] and c != names[-2])
                     for v, c in zip((ind.level1, ind.group, ind.name, ind.target.raw, ind.actual.raw,
                                      ind.weight.raw, ind.score.raw), names)]
        out.append(row)
        prev = ind
    return None


def _row(r: FormRow, label: str, cells: list, block: str, printed: list[str] | None = None) -> Row:
    return Row(label=label, cells=cells, location=r.page, raw=r.raw,
               extra={"block": block, "cells": printed if printed is not None else r.texts})


def _weights_add_up(table: Table) -> bool:
    """The indicators' 分值 and the funds' add up to the 总分 row's: no row was lost or misread."""
    total = next((r for r in table.rows if r.extra["block"] == "total"), None)
    weight = column_name("weight")
    parts = [r.cell(weight) for r in table.rows if r.extra["block"] in ("indicator", "funds")]
    parts = [c for c in parts if c is not None and c.kind == "number"]
    whole = total.cell(weight) if total is not None else None
    if whole is None or whole.value is None or not parts:
        return False
    return sum((Decimal(str(c.value)) for c in parts), Decimal(0)) == Decimal(str(whole.value))


def _grid(table: Table, head: list[PdfLine], body: list[PdfLine]) -> GridTable:
    """The GridTable carrying the read form (pdf._to_table takes extra['form'] as it is)."""
    title = head[0]
    grid = [list(r.extra["cells"]) for r in table.rows]
    width = max(len(g) for g in grid)
    grid = [g + [""] * (width - len(g)) for g in grid]
    on_page = [ln for ln in body if ln.page == title.page]
    bottom = max((ln.bottom for ln in on_page), default=title.bottom)
    g = GridTable(grid, [r.raw for r in table.rows], [r.location for r in table.rows], title.page,
                  (min(ln.x0 for ln in head + on_page), title.top, max(ln.x1 for ln in head + on_page), bottom),
                  [], title=table.title, unit=table.unit,
                  pages=sorted({ln.page for ln in head + body}))
    note_department(g, [ln.text for ln in head])
    g.extra["form"] = table
    return g
