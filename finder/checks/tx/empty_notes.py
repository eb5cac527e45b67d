"""TX09's table side: the table a note sits under, where that is certain, and a fund's nonzero cells."""
from __future__ import annotations

from pathlib import PurePath

from finder.checks.tx.common import hygiene, squash
from finder.link.concepts import ConceptRef, cells
from finder.link.tables_index import CellRef, is_amount_cell, lookup
from finder.model import Paragraph, Report, Table

_SENTENCE_ENDS = ("。", "！", "？", "!", "?")


def _span(t: Table) -> list[int]:
    """The pages (or lines) a table is printed on: its title's, its rows', its pages'."""
    locs = [t.location, *(r.location for r in t.rows), *(t.extra.get("pages") or [])]
    return [x for x in locs if x is not None]


def _same_file(t: Table, p: Paragraph) -> bool:
    return PurePath(t.extra.get("source", "")).name == PurePath(p.source).name


def _notes_only(report: Report, end: int, at: int) -> bool:
    """Every line (or block) printed after `end` and before `at` opens a note ('注：', '说明：') or goes on
    with a note's unfinished sentence: a table title or a narrative line there may be what the note is of."""
    starts = tuple(hygiene()["empty_funds"]["note_starts"])
    for q in report.paragraphs:
        for i, (off, loc, _) in enumerate(q.anchors):
            if not end < loc < at:
                continue
            stop = q.anchors[i + 1][0] if i + 1 < len(q.anchors) else len(q.text)
            before = q.text[:off].rstrip()
            goes_on = bool(before) and not before.endswith(_SENTENCE_ENDS)
            if q.role in ("heading", "table", "toc") or not (squash(q.text[off:stop]).startswith(starts) or goes_on):
                return False
    return True


def table_above(report: Report, p: Paragraph, offset: int) -> Table | None:
    """The table the note at p.text[offset] is printed under. In lines or blocks (text, web page,
    Word): the last table titled before it, when only notes are printed between its last row and the
    note. In a PDF, where a page gives no order: the one table printed on the note's page, ending
    there. Else None."""
    at = p.locate(offset)
    if at is None:
        return None
    tables = [t for t in report.tables if t.location is not None and _same_file(t, p) and t.loc_kind == p.loc_kind]
    if report.kind == "pdf":
        on_page = [t for t in tables if min(_span(t)) <= at <= max(_span(t))]
        return on_page[0] if len(on_page) == 1 and max(_span(on_page[0])) == at else None
    before = [t for t in tables if t.location < at]
    if not before:
        return None
    t = max(before, key=lambda x: x.location)
    end = max(_span(t))
    if end >= at:
        return None
    return t if _notes_only(report, end, at) else None


def nonzero(cells: list[CellRef]) -> list[CellRef]:
    """The amount cells printed nonzero (a blank, a dash or 0.00 is empty)."""
    return [r for r in cells if r.cell.kind == "number" and r.cell.value and is_amount_cell(r.cell) and not r.loose]


def table_cells(t: Table) -> list[CellRef]:
    """The table's nonzero amounts, last year's columns (cells.yml prior_column_words) left out: a note
    says this year's table is empty."""
    prior = cells().get("prior_column_words", [])
    return nonzero([CellRef(t, row, c) for row in t.rows for c in row.cells
                    if not any(w in "".join(c.column) for w in prior)])


def flow_cells(report: Report, spec: dict) -> list[CellRef]:
    """A fund's flow (cells.yml entry and scope) in this year's columns, nonzero only."""
    return nonzero(lookup(report, ConceptRef(spec["entry"], spec["scope"]), "本年"))
