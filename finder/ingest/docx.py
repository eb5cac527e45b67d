"""Word (.docx) ingest: the document body as HTML blocks and tables, read by the HTML reader.

A .docx is a zip whose word/document.xml holds the body in reading order: paragraphs (w:p) and
tables (w:tbl; merged cells as w:gridSpan across and w:vMerge down). Both become the HTML the
disclosure site would print (<p>, <table> with colspan/rowspan), so captions, the section tree
and the tables are read exactly as for an HTML page. Locations are block numbers, as for HTML.
"""
from __future__ import annotations

import hashlib
import html
import zipfile
from xml.etree import ElementTree

from finder.ingest.errors import InputError
from finder.model import Report

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY = "word/document.xml"


def load(path: str) -> Report:
    """Read a Word report through its HTML (kind 'docx'; locations = block numbers)."""
    from finder.ingest import html as html_reader

    with open(path, "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()
    report = html_reader.from_page(to_html(path), str(path), sha, kind="docx")
    if not html_reader.readable(report):
        raise InputError("empty", "docx_empty", path)
    return report


def to_html(path: str) -> str:
    """The body of a .docx as an HTML page; InputError when the file is a broken or truncated zip."""
    try:
        with zipfile.ZipFile(path) as z:
            root = ElementTree.fromstring(z.read(BODY))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as exc:
        raise InputError("truncated", "docx_truncated", path) from exc
    body = root.find(f"{_W}body")
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for el in body if body is not None else ():
        if el.tag == f"{_W}p":
            out.append(f"<p>{html.escape(_text(el))}</p>")
        elif el.tag == f"{_W}tbl":
            out.append(_table(el))
    return "\n".join(out + ["</body></html>"]) + "\n"


def _text(el: ElementTree.Element) -> str:
    """A paragraph's (or cell's) text: runs in order, a tab as TAB, a break as a new line."""
    parts = []
    for node in el.iter():
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif node.tag == f"{_W}p" and parts and node is not el:
            parts.append("\n")            # the next paragraph of a cell starts a new line
    return "".join(parts).strip()


def _table(tbl: ElementTree.Element) -> str:
    """One w:tbl as <table>: a cell continuing a vertical merge is left out and the cell that
    starts the merge gets the rowspan."""
    rows = []
    for tr in tbl.findall(f"{_W}tr"):
        cells, col = [], 0
        for tc in tr.findall(f"{_W}tc"):
            pr = tc.find(f"{_W}tcPr")
            span = _val(pr, "gridSpan")
            merge = pr.find(f"{_W}vMerge") if pr is not None else None
            state = None if merge is None else (merge.get(f"{_W}val") or "continue")
            cells.append([col, int(span or 1), state, _text(tc), 1])
            col += int(span or 1)
        rows.append(cells)
    for r, cells in enumerate(rows):          # rowspan of each merge start: rows continuing it below
        for cell in cells:
            if cell[2] != "restart":
                continue
            k = r + 1
            while k < len(rows) and any(c[0] == cell[0] and c[2] == "continue" for c in rows[k]):
                k += 1
            cell[4] = k - r
    trs = []
    for cells in rows:
        tds = "".join(f"<td{_attr('colspan', span)}{_attr('rowspan', down)}>"
                      + html.escape(text).replace("\n", "<br>") + "</td>"
                      for _, span, state, text, down in cells if state != "continue")
        trs.append(f"<tr>{tds}</tr>")
    return "<table>" + "".join(trs) + "</table>"


def _val(pr: ElementTree.Element | None, name: str) -> str | None:
    node = pr.find(f"{_W}{name}") if pr is not None else None
    return None if node is None else node.get(f"{_W}val")


def _attr(name: str, n: int) -> str:
    return f' {name}="{n}"' if n > 1 else ""
