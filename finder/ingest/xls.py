"""Old Excel (.xls: BIFF records in an OLE2 compound file) ingest through xlrd, as the .xlsx reader's tables.

Many departments still attach the standard tables as a .xls workbook. xlrd (2.x reads .xls only) gives
each sheet's cells, their number formats (formatting_info=True) and merged ranges; the cells are printed
as their format prints them (xlsx.printed) and the sheets become the HTML tables the .xlsx reader makes
(xlsx.grid_tables, xlsx.book_report), so both kinds of workbook read alike.
"""
from __future__ import annotations

import io

from finder.ingest import xlsx
from finder.ingest.errors import InputError
from finder.model import Report

# The OLE2 stream that holds a BIFF5-8 workbook ('Book' in BIFF5); a Word .doc has 'WordDocument' instead.
WORKBOOK_STREAMS = ("Workbook", "Book")


def load(path: str) -> Report:
    """Read a .xls workbook (kind 'xls'); InputError when it is encrypted, broken or no workbook."""
    return xlsx.book_report(path, read_sheets(path), "xls")


def is_workbook(path: str) -> bool:
    """True for an OLE2 compound file holding a workbook stream (False for a .doc or a broken file)."""
    from xlrd import compdoc

    try:
        with open(path, "rb") as fh:
            doc = compdoc.CompDoc(fh.read(), logfile=io.StringIO())
    except Exception:  # noqa: BLE001 - xlrd's compdoc raises many types on broken files
        return False
    return any(d.name in WORKBOOK_STREAMS for d in doc.dirlist)


def read_sheets(path: str) -> list[tuple[int, str, str]]:
    """(number of its sheet in the workbook, the sheet's name, HTML table) of each table the visible
    sheets print."""
    import xlrd

    try:
        book = xlrd.open_workbook(path, formatting_info=True, logfile=io.StringIO())
    except Exception as exc:  # noqa: BLE001 - xlrd raises many types (struct.error, IndexError...) on broken files
        text = str(exc)
        if "encrypted" in text:
            raise InputError("encrypted", "xls_encrypted", path) from exc
        if "find workbook" in text or "Unsupported format" in text:
            raise InputError("unsupported", "xls_not_workbook", path) from exc
        raise xlsx.broken(path) from exc
    sheets = [(n, sheet.name, t) for n, sheet in enumerate(book.sheets(), 1) if not sheet.visibility
              for t in xlsx.grid_tables(_grid(book, sheet), _merges(sheet))]
    if not sheets:
        raise xlsx.empty(path)
    return sheets


def _grid(book, sheet) -> dict[tuple[int, int], str]:
    """The sheet's printed texts by (row, column), counted from 1."""
    grid = {}
    for r in range(sheet.nrows):
        for c in range(sheet.ncols):
            text = _value(book, sheet.cell(r, c))
            if text:
                grid[(r + 1, c + 1)] = text
    return grid


def _merges(sheet) -> list[tuple[int, int, int, int]]:
    """xlrd's merged ranges (first row, row after the last, first column, column after the last; from 0)
    as (first row, first column, last row, last column) from 1."""
    return [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in sheet.merged_cells]


def _value(book, cell) -> str:
    """A cell's printed text: a string as it is, a number through its format, a date as its ISO date."""
    import xlrd

    if cell.ctype == xlrd.XL_CELL_TEXT:
        return cell.value.strip()
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if cell.ctype == xlrd.XL_CELL_DATE:
        return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode).date().isoformat()
    if cell.ctype != xlrd.XL_CELL_NUMBER:
        return ""                        # empty, blank, or an error value (#DIV/0!)
    fmt = book.format_map.get(book.xf_list[cell.xf_index].format_key)
    return xlsx.printed(repr(cell.value), fmt.format_str if fmt else "General")
