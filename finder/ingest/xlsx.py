"""Excel (.xlsx) ingest: each visible sheet as one HTML table, its cells as printed, read by the HTML reader.

Departments publish the standard tables as a workbook beside the narrative (one sheet a table: title,
公开NN表 and 单位 rows above the header). A .xlsx is a zip: xl/workbook.xml lists the sheets in order,
xl/sharedStrings.xml holds the texts, xl/styles.xml the number formats, and each sheet's sheetData its
cells (merged ranges in mergeCells). A number is printed as its format prints it (#,##0.00 → 1,089.69),
so a figure keeps the precision the reader sees, not the binary double stored. The sheets become the
HTML a disclosure site would print (caption rows inside the table, colspan/rowspan), read exactly as an
HTML page; a narrative file read beside it (`finder check narrative.pdf tables.xlsx`) makes one report.
Locations are block numbers, as for HTML.
"""
from __future__ import annotations

import hashlib
import html
import re
import zipfile
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from xml.etree import ElementTree

from finder.ingest.errors import InputError
from finder.model import Report

_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
WORKBOOK = "xl/workbook.xml"
# Built-in number formats (ECMA-376 18.8.30) that matter for amounts; others print as General.
_BUILTIN = {1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 14: "yyyy-mm-dd", 37: "#,##0 ;(#,##0)",
            38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)"}
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_DATE = re.compile(r"[yYdD]|m{1,4}", re.I)


def load(path: str) -> Report:
    """Read a workbook through its HTML (kind 'xlsx')."""
    return book_report(path, read_sheets(path), "xlsx")


def book_report(path: str, sheets: list[tuple[int, str, str]], kind: str) -> Report:
    """The Report of a workbook's sheets (number, name, HTML table) read as one HTML page. A table's
    location is its sheet's number in the workbook (1 = the first sheet), its sheet's name in
    `extra['sheet']`."""
    from finder.ingest import html as html_reader

    with open(path, "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()
    report = html_reader.from_page(to_html(sheets), str(path), sha, kind=kind)
    if len(report.tables) == len(sheets):    # each table read as printed (else block numbers stay)
        for table, (number, name, _) in zip(report.tables, sheets):
            table.location, table.extra["sheet"] = number, name
            for row in table.rows:
                row.location = number
    return report


def to_html(sheets: list[tuple[int, str, str]]) -> str:
    """The sheets' tables as one HTML page."""
    return "\n".join(["<html><head><meta charset=\"utf-8\"></head><body>"] + [t for _, _, t in sheets]
                     + ["</body></html>"]) + "\n"


def read_sheets(path: str) -> list[tuple[int, str, str]]:
    """(number of its sheet in the workbook, the sheet's name, HTML table) of each table the visible
    sheets print; InputError when the workbook is broken or cut."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            read = lambda n: ElementTree.fromstring(z.read(n)) if n in names else None  # noqa: E731
            strings = _shared_strings(read("xl/sharedStrings.xml"))
            formats = _formats(read("xl/styles.xml"))
            sheets = [(n, name, t) for n, name, p in _sheet_paths(read(WORKBOOK), read("xl/_rels/workbook.xml.rels"))
                      if p in names for t in _tables(read(p), strings, formats)]
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError, EOFError) as exc:
        raise broken(path) from exc
    if not sheets:
        raise empty(path)
    return sheets


def broken(path: str) -> InputError:
    """The one-line error of a workbook (.xlsx or .xls) that is cut or damaged."""
    return InputError("truncated", "xlsx_truncated", path)


def empty(path: str) -> InputError:
    """The one-line error of a workbook with nothing to read."""
    return InputError("empty", "xlsx_empty", path)


def _sheet_paths(workbook: ElementTree.Element | None, rels: ElementTree.Element | None) -> list[tuple[int, str, str]]:
    """(number, name, zip path) of the visible sheets, in the workbook's order."""
    if workbook is None:
        raise KeyError(WORKBOOK)
    target = {r.get("Id"): r.get("Target", "") for r in (rels if rels is not None else ())
              if r.tag == f"{_REL}Relationship"}
    out = []
    for n, sheet in enumerate(workbook.iter(f"{_S}sheet"), 1):
        if sheet.get("state") in ("hidden", "veryHidden"):
            continue
        t = target.get(sheet.get(f"{_R}id"), "")
        out.append((n, sheet.get("name", ""), t.lstrip("/") if t.startswith("/") else f"xl/{t}"))
    return out


def _shared_strings(root: ElementTree.Element | None) -> list[str]:
    """Each shared string's text (rich-text runs joined; phonetic guides, rPh, left out)."""
    if root is None:
        return []
    return ["".join(t.text or "" for t in si.findall(f"{_S}t") + si.findall(f"{_S}r/{_S}t"))
            for si in root.findall(f"{_S}si")]


def _formats(root: ElementTree.Element | None) -> list[str]:
    """The number-format code of each cell style (index = a cell's s attribute)."""
    if root is None:
        return []
    custom = {int(f.get("numFmtId", "0")): f.get("formatCode", "") for f in root.iter(f"{_S}numFmt")}
    xfs = root.find(f"{_S}cellXfs")
    return [custom.get(n, _BUILTIN.get(n, "General"))
            for n in (int(x.get("numFmtId", "0")) for x in (xfs if xfs is not None else ()))]


def printed(value: str, code: str) -> str:
    """A stored number as its format code prints it: decimals and thousands separators of the code's
    first section ('#,##0.00' → '1,089.69'; '0.00%' → '12.50%'); General prints the shortest form."""
    try:
        v = Decimal(value)
    except InvalidOperation:
        return value
    section = _QUOTED.sub("", code.split(";")[0])
    if _DATE.search(section) and not any(ch in section for ch in "0#"):
        return (date(1899, 12, 30) + timedelta(days=int(v))).isoformat()   # a date serial: '2025-01-15', no figure
    if code == "General" or not any(ch in section for ch in "0#"):
        text = f"{float(v):.10g}"            # Excel's General shows about 10 significant digits
        return format(Decimal(text), "f") if "e" in text else text
    pct = "%" in section
    if pct:
        v *= 100
    m = re.search(r"\.([0#]+)", section)
    places = len(m.group(1)) if m else 0
    v = v.quantize(Decimal(1).scaleb(-places))
    text = f"{v:,.{places}f}" if "," in section else f"{v:.{places}f}"
    return text + ("%" if pct else "")


def _tables(sheet: ElementTree.Element | None, strings: list[str], formats: list[str]) -> list[str]:
    """One sheet's cells by their A1 references and its merged ranges, as grid_tables prints them."""
    if sheet is None:
        return []
    grid: dict[tuple[int, int], str] = {}
    for row in sheet.iter(f"{_S}row"):
        r = int(row.get("r", "0") or 0)
        for n, c in enumerate(row.findall(f"{_S}c")):
            m = _CELL_REF.fullmatch(c.get("r", ""))
            at = (int(m.group(2)), _column(m.group(1))) if m else (r, n)
            text = _value(c, strings, formats)
            if text:
                grid[at] = text
    merges = []
    for mc in sheet.iter(f"{_S}mergeCell"):
        a, _, b = mc.get("ref", "").partition(":")
        ma, mb = _CELL_REF.fullmatch(a), _CELL_REF.fullmatch(b or a)
        if ma and mb:
            merges.append((int(ma.group(2)), _column(ma.group(1)), int(mb.group(2)), _column(mb.group(1))))
    return grid_tables(grid, merges)


def grid_tables(grid: dict[tuple[int, int], str], merges: list[tuple[int, int, int, int]]) -> list[str]:
    """One sheet as <table>s: its printed texts by (row, column) from 1, its merged ranges (first row,
    first column, last row, last column) as colspan/rowspan (the cells a merge covers left out), empty
    rows dropped. A sheet holding several tables one under another is cut where a caption line (a
    title, 公开NN表, 单位) stands alone after empty rows."""
    from finder.ingest.pdf_tables import caption_kind

    spans, covered = {}, set()
    for r0, c0, r1, c1 in merges:
        spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
    if not grid:
        return []
    last_col = max(c + spans.get((r, c), (1, 1))[1] - 1 for r, c in grid)
    tables: list[list[str]] = []
    prev = None
    for r in sorted({r for r, _ in grid}):
        texts = [grid[(r, c)] for c in range(1, last_col + 1) if (r, c) in grid]
        if not tables or (prev is not None and r > prev + 1 and len(texts) == 1 and caption_kind(texts[0]) != "other"):
            tables.append([])
        prev = r
        cells = []
        for c in range(1, last_col + 1):
            if (r, c) in covered:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<td{attrs}>{html.escape(grid.get((r, c), ''))}</td>")
        tables[-1].append("<tr>" + "".join(cells) + "</tr>")
    return ["\n".join(["<table>"] + rows + ["</table>"]) for rows in tables]


def _value(c: ElementTree.Element, strings: list[str], formats: list[str]) -> str:
    """A cell's printed text: a shared or inline string as it is, a number through its style's format."""
    kind, v = c.get("t", "n"), c.find(f"{_S}v")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in c.iter(f"{_S}t")).strip()
    if v is None or v.text is None:
        return ""
    if kind == "s":
        i = int(v.text)
        return strings[i].strip() if 0 <= i < len(strings) else ""
    if kind in ("str", "e"):
        return v.text.strip() if kind == "str" else ""
    if kind == "b":
        return "TRUE" if v.text == "1" else "FALSE"
    style = int(c.get("s", "0") or 0)
    return printed(v.text, formats[style] if 0 <= style < len(formats) else "General")


def _column(letters: str) -> int:
    """'A' → 1, 'Z' → 26, 'AA' → 27."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n
