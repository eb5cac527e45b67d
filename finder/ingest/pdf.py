"""PDF ingest: one pass over the pages with pdfplumber -> narrative lines and tables -> model.Report.

Locations are 1-based page numbers (loc_kind "page"). Narrative characters are those outside
the bounding boxes of ruled tables (two columns or more); they are grouped into lines by
vertical overlap so digits set lower than the CJK text stay in their sentence. Table captions
(title, 公开NN表, 单位) come from the lines just above a table, or from a caption printed in
the table's first row; a table at the top of a page without a caption, right after a table
that ended the previous page, continues it (Table.extra["pages"] lists its pages), unless it opens
another self-evaluation form (pdf_tables.new_form: forms printed one a page, whose repeated title
the margin test takes for a running header, are still one table each, that title their caption).
Letter-spaced labels are collapsed in the cells handed to build_table (Row.label, Cell.raw)
while Row.raw keeps the printed text verbatim (TAB between cells).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from finder.ingest import glyphs, identify
from finder.ingest.errors import InputError
from finder.ingest.pdf_lines import PdfLine, make_lines, mark_residue
from finder.ingest.pdf_rotation import upright_page
from finder.ingest.pdf_tables import (GridTable, append_continuation, caption_kind, caption_lines, column_map,
                                      find_page_tables, new_form, note_department, opens_form, take_caption,
                                      widen)
from finder.ingest.pdf_forms import read_forms
from finder.ingest.pdf_unruled import add_rows, continuation, find_unruled, label_rows, names_table
from finder.model import Report, Table


@dataclass
class PageContent:
    """What one page holds, in reading order."""

    number: int
    height: float
    lines: list[PdfLine]
    tables: list[GridTable]
    chars: int = 0
    printed: list[PdfLine] = field(default_factory=list)   # every line outside ruled tables (pdf_forms)
    unmapped: int = 0               # characters the text layer gives only as glyph codes ('(cid:256)')


@dataclass
class PdfContent:
    """A whole PDF before model building: narrative lines (with hard breaks) and table grids."""

    pages: int
    narrative: list[tuple[PdfLine, bool]] = field(default_factory=list)   # (line, break_before)
    tables: list[GridTable] = field(default_factory=list)
    chars: int = 0
    conv: Any = None                                    # script.Converter: traditional -> simplified
    printed: dict[int, str] = field(default_factory=dict)   # id(PdfLine) -> its text as printed
    running: list[str] = field(default_factory=list)        # running header/footer texts, first seen first


def _inside(c: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    """The character is printed in a table's box: its middle set between the box's top and bottom and
    the glyph across the box's width (a comma hanging over a cell's right rule is no prose)."""
    y = (c["top"] + c["bottom"]) / 2
    return any(c["x0"] < b[2] and c["x1"] > b[0] and b[1] <= y <= b[3] for b in boxes)


# how pdfminer prints a character whose font gives no Unicode for it: its glyph code, '(cid:256)'
UNMAPPED = "(cid:"


def read_page(page: Any, number: int) -> PageContent:
    """Tables and the narrative lines outside them, for one pdfplumber page; a table printed
    without rules is looked for only on a page printing a table title, or column names naming a
    table, outside its ruled tables. Radical look-alikes in its text layer are read as their
    ideographs first (ingest.glyphs)."""
    glyphs.unify_chars(page.chars)
    tables = find_page_tables(page, number)
    boxes = [t.bbox for t in tables]
    unmapped = sum(1 for c in page.chars if c["text"].startswith(UNMAPPED))
    chars = [c for c in page.chars if c.get("upright", True) and c["text"].strip() and not c["text"].startswith(UNMAPPED)]
    outside = [c for c in chars if not _inside(c, boxes)] if boxes else chars
    printed = lines = make_lines(outside, number)
    if any(identify.match_title(ln.text) or names_table(ln) for ln in lines):
        unruled, taken = find_unruled(lines, number)
        lines = [ln for ln in lines if id(ln) not in taken]
        tables += unruled
    return PageContent(number, float(page.height), lines, tables, len(chars), printed, unmapped)


def _open_error(path: str, exc: Exception) -> InputError:
    name = type(exc).__name__
    if "Password" in name or "Encrypt" in name:
        return InputError("encrypted", "pdf_encrypted", path)
    return InputError("truncated", "pdf_broken", path, why=name)


def _from_pdf_library(exc: BaseException) -> bool:
    """True when pdfminer/pdfplumber (or the zlib/struct decoding under them) raised `exc`."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = tb.tb_frame.f_code.co_filename if tb else ""
    return any(k in where for k in ("pdfminer", "pdfplumber")) or type(exc).__module__.startswith(
        ("pdfminer", "pdfplumber", "zlib", "struct"))


def read_pdf(path: str) -> PdfContent:
    """Open the PDF once and read every page; raises InputError when it cannot be read."""
    import pdfplumber
    try:
        with pdfplumber.open(path) as pdf:
            pages = [read_page(upright_page(p), i) for i, p in enumerate(pdf.pages, 1)]
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on broken files
        if not _from_pdf_library(exc):
            raise                       # a bug of ours stays an internal error, not "corrupt PDF"
        raise _open_error(path, exc) from exc
    content = PdfContent(len(pages), chars=sum(p.chars for p in pages))
    unmapped = sum(p.unmapped for p in pages)
    if unmapped > content.chars:
        raise InputError("undecodable", "pdf_glyph_codes", path)
    if content.chars == 0:
        raise InputError("scanned", "pdf_scanned", path)
    mark_residue([(p.height, p.lines) for p in pages], numbered=_table_number)
    content.running = list(dict.fromkeys(ln.text.strip() for p in pages for ln in p.lines if ln.residue and ln.text.strip()))
    _continue_unruled(pages)
    _convert(pages, content)
    read_forms(pages, content.conv)
    _assemble(pages, content)
    return content


def _table_number(text: str) -> bool:
    return caption_kind(text) == "number"


def _continue_unruled(pages: list[PageContent]) -> None:
    """Rows opening a page after an unruled table that ended the page before are its continuation;
    when they cannot be read, the table read so far is dropped with them (part of a table would
    give false totals), its parts on earlier pages too."""
    parts: list[tuple[PageContent, GridTable]] = []       # the unruled table running over pages
    for prev, page in zip(pages, pages[1:]):
        body = [ln for ln in prev.lines if not ln.residue]
        last = max(prev.tables, key=lambda t: t.bbox[3], default=None)
        below = [ln for ln in body if last is not None and ln.top > last.bbox[3]]
        tail = _tail_rows(prev, last, below) if below else []
        if last is None or not last.extra.get("unruled") or tail is None:
            parts = []
            continue
        if not parts or parts[-1][1] is not last:
            parts = [(prev, last)]
        lines = [ln for ln in page.lines if not ln.residue]
        cont, taken = continuation(lines, page.number, last.extra.get("spans"))
        if not taken or any(t.bbox[1] < (cont.bbox[1] if cont else lines[0].top) for t in page.tables):
            parts = []
            continue
        page.lines = [ln for ln in page.lines if id(ln) not in taken]
        if cont is None:
            for p, t in parts:
                p.tables = [x for x in p.tables if x is not t]
            parts = []
            continue
        if tail:                                        # rows printing a label only ended the page
            add_rows(last, tail, below, after=True)
            prev.lines = [ln for ln in prev.lines if all(ln is not b for b in below)]
        page.tables.append(cont)
        parts.append((page, cont))


def _tail_rows(page: PageContent, table: GridTable | None, below: list[PdfLine]) -> list[list[str]] | None:
    """The lines below an unruled table ending the page read as its rows printing a label only
    (pdf_unruled.label_rows, the table's rows being the lines printed in its box); None otherwise."""
    if table is None or not table.extra.get("unruled"):
        return None
    own = [ln for ln in page.printed if table.bbox[1] <= ln.top and ln.bottom <= table.bbox[3]]
    return label_rows(table, own, below, after=True)


def _convert(pages: list[PageContent], out: PdfContent) -> None:
    """A traditional-script PDF is read through its simplified twin (finder.ingest.script) before
    captions are matched; each line's printed text is kept."""
    from finder.ingest import script

    texts = [ln.text for p in pages for ln in p.lines] + [script.grid_text(g) for p in pages for g in p.tables]
    out.conv = script.Converter(active=script.is_traditional("\n".join(texts)))
    if not out.conv.active:
        return
    for p in pages:
        for ln in p.lines:
            out.printed[id(ln)] = ln.text
            ln.text = out.conv(ln.text)
        for g in p.tables:
            script.convert_grid(g, out.conv)


def _assemble(pages: list[PageContent], out: PdfContent) -> None:
    """Walk pages in reading order: captions to tables, continuations merged, the rest narrative."""
    last_was_table = False
    for page in pages:
        items: list[tuple[float, int, Any]] = [(ln.top, 0, ln) for ln in page.lines if not ln.residue]
        items += [(t.bbox[1], 1, t) for t in page.tables]
        items.sort(key=lambda it: (it[0], it[1]))
        since_table: list[PdfLine] = []
        broke = False
        for _, is_table, obj in items:
            if not is_table:
                out.narrative.append((obj, broke))
                since_table.append(obj)
                broke = False
                last_was_table = False
                continue
            if not obj.title and not caption_lines(since_table, obj.bbox[1]):
                _form_caption(obj, [ln for ln in page.lines if ln.residue and ln.bottom <= obj.bbox[1]])
            _place_table(obj, since_table, last_was_table, out)
            since_table, broke, last_was_table = [], True, True


def _form_caption(t: GridTable, margin: list[PdfLine]) -> None:
    """A form's title taken for a running header (the forms of a short appendix printed one a page
    under the same title and year lines) is still its caption when it stands right above the form:
    the table opening a form takes the title and year among the margin lines over it."""
    cands = caption_lines(margin, t.bbox[1])
    if t.grid and opens_form(t.grid[0]) and cands:
        title, _, _, used = take_caption([ln.text for ln in cands])
        if used and identify.match_title(title):
            t.title = title
            note_department(t, [ln.text for ln in cands[-used:]])


def _place_table(t: GridTable, above: list[PdfLine], after_table: bool, out: PdfContent) -> None:
    cands = caption_lines(above, t.bbox[1])
    if not t.title and cands:
        title, number, unit, used = take_caption([ln.text for ln in cands])
        if used:
            t.title, t.number, t.unit = title, number, unit or t.unit
            t.page = cands[-used].page
            note_department(t, [ln.text for ln in cands[-used:]])
            del out.narrative[len(out.narrative) - used:]
    if not t.title and not t.number and not above and after_table and out.tables and not new_form(out.tables[-1], t):
        prev = out.tables[-1]
        mapping = column_map(prev, t) if prev.pages[-1] == t.page - 1 else None
        if mapping is None and prev.pages[-1] == t.page - 1 and widen(prev, t):
            mapping = list(range(t.ncols))
        if mapping is not None:
            append_continuation(prev, t, mapping)
            return
    out.tables.append(t)


def _to_table(g: GridTable, index: int) -> Table:
    from finder.ingest.tables import build_table

    if g.extra.get("form") is not None:                 # a form read row by row (ingest.pdf_forms)
        table = g.extra["form"]
        table.index, table.location, table.loc_kind = index, g.page, "page"
        table.extra.update({"pages": list(g.pages), **{k: v for k, v in g.extra.items() if k != "form"}})
        return table
    table = build_table(g.grid, title=g.title, number=g.number, unit=g.unit, location=g.page,
                        loc_kind="page", row_locations=list(g.row_pages), row_raws=list(g.raws))
    table.index = index
    table.extra.setdefault("pages", list(g.pages))
    table.extra.update({k: v for k, v in g.extra.items() if k not in table.extra})
    return table


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def to_flow_lines(narrative: list[tuple[PdfLine, bool]]) -> list[Any]:
    """PdfLines -> flow.Line with page, running offset and horizontal extent."""
    from finder.ingest.flow import Line

    out, offset = [], 0
    for ln, brk in narrative:
        out.append(Line(ln.text, ln.page, offset, ln.x0, ln.x1, brk))
        offset += len(ln.text) + 1
    return out


def load(path: str) -> Report:
    """Read a PDF report: outline, paragraphs (page anchors) and tables."""
    from finder.ingest.outline import build_document

    from finder.ingest import script

    content = read_pdf(path)
    conv = content.conv or script.Converter()
    printed = "\n".join(content.printed.get(id(ln), ln.text) for ln, _ in content.narrative) if conv.active else ""
    flow_lines = to_flow_lines(content.narrative)
    root, paragraphs = build_document(flow_lines, "page")
    report = Report(source=str(path), kind="pdf", sha256=_sha256(path), root=root,
                    paragraphs=paragraphs, tables=[_to_table(g, i) for i, g in enumerate(content.tables)],
                    pages=content.pages, sources=[str(path)], running=content.running)
    _fill_meta(report)
    return script.mark(report, conv, printed, "\n".join(ln.text for ln in flow_lines))


def _fill_meta(report: Report) -> None:
    try:
        from finder.ingest import meta
    except ImportError:  # meta.py lands with the text-ingest work
        return
    meta.fill(report)



