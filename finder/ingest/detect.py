"""What kind of file a report is (pdf | html | docx | xlsx | xls | text), by content; bad input -> one-line InputError."""
from __future__ import annotations

import os
import re
import zipfile
from typing import Any

from finder.ingest import docx, xls, xlsx
from finder.ingest.errors import InputError

HEAD_BYTES = 4096
TAIL_BYTES = 4096
TEXT_SAMPLE = 65536
# Share of control characters (other than TAB/LF/CR/FF) above which decoded "text" is junk.
MAX_CONTROL_SHARE = 0.02

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"      # an OLE2 compound file: old .xls / .doc
_HTML_RE = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<table[\s>]|<head[\s>]", re.I)
# text lines with <table> elements between them (what PDF-to-Markdown tools print): a text report
_TABLE_ELEMENT_RE = re.compile(rb"<table[\s>].*?(?:</table\s*>|\Z)", re.I | re.S)
_LINE_TABLE_RE = re.compile(rb"^[ \t]*<table[\s>]", re.I | re.M)
_MARKUP_RE = re.compile(rb"</?[A-Za-z][A-Za-z0-9]*[\s/>]")
_OTHER_MAGIC = (
    (b"PK\x03\x04", "kind.zip"),
    (OLE_MAGIC, "kind.ole"),
    (b"\x89PNG", "kind.png"),
    (b"\xff\xd8\xff", "kind.jpeg"),
    (b"GIF8", "kind.gif"),
    (b"II*\x00", "kind.tiff"),
    (b"MM\x00*", "kind.tiff"),
    (b"{\\rtf", "kind.rtf"),
)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def sniff(path: str) -> str:
    """'pdf', 'html', 'docx', 'xlsx', 'xls' or 'text' for the file at `path`; raises InputError when it cannot
    be a report. A file named .xls may hold an HTML or text table (sites serve such exports as .xls): it
    is read as what it holds."""
    head, tail, size = _read_ends(path)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        check_pdf(path, tail, size)
        return "pdf"
    office = _office_kind(path) if head.startswith(b"PK\x03\x04") else None
    if office:
        return office
    if head.startswith(OLE_MAGIC) and (path.lower().endswith(".xls") or xls.is_workbook(path)):
        return "xls"                    # also an old workbook saved under a .xlsx name
    if path.lower().endswith(".docx"):
        raise InputError("truncated", "docx_truncated", path)
    if path.lower().endswith(".xlsx"):
        raise xlsx.broken(path)
    for magic, what in _OTHER_MAGIC:
        if head.startswith(magic):
            raise InputError("unsupported", "other_format", path, what=what)
    if path.lower().endswith(".pdf"):
        raise InputError("not_pdf", "not_pdf", path)
    if _HTML_RE.search(head) and not _text_with_tables(head):
        return "html"
    try:
        _check_text(path, head)
    except InputError as exc:
        if path.lower().endswith(".xls"):
            raise InputError("unsupported", "xls_misnamed", path) from exc
        raise
    return "text"


def _text_with_tables(head: bytes) -> bool:
    """Lines of text with <table> elements of their own between them (finder.ingest.html_blocks
    reads those), and no other markup: a text report, not a page."""
    tables = _TABLE_ELEMENT_RE.findall(head)
    if not tables or len(_LINE_TABLE_RE.findall(head)) != len(tables):
        return False
    return not _MARKUP_RE.search(_TABLE_ELEMENT_RE.sub(b"", head))


def _office_kind(path: str) -> str | None:
    """'docx' for a zip holding a Word body, 'xlsx' for one holding a workbook, else None (any other
    zip, or one too broken to list)."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError):
        return None
    return "docx" if docx.BODY in names else "xlsx" if xlsx.WORKBOOK in names else None


def _read_ends(path: str) -> tuple[bytes, bytes, int]:
    if not os.path.exists(path):
        raise InputError("missing", "missing", path)
    if os.path.isdir(path):
        raise InputError("not_a_file", "directory", path)
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(max(HEAD_BYTES, TEXT_SAMPLE))
            fh.seek(max(size - TAIL_BYTES, 0))
            tail = fh.read(TAIL_BYTES)
    except OSError as exc:
        raise InputError("not_a_file", "unreadable", path, why=exc.strerror) from exc
    if size == 0 or not head.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise InputError("empty", "empty", path)
    return head, tail, size


def _check_text(path: str, head: bytes) -> None:
    """Text in UTF-8, UTF-16 (with BOM) or GB18030 passes; binary junk does not."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    junk = InputError("undecodable", "binary", path)
    if b"\x00" in head:
        raise junk
    sample = head[:TEXT_SAMPLE]
    for enc in ("utf-8", "gb18030"):
        try:
            text = _decode_prefix(sample, enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise junk
    if text and len(_CONTROL_RE.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise junk


def _decode_prefix(data: bytes, enc: str) -> str:
    """Decode, forgiving only a multi-byte character cut off at the end of the sample."""
    for cut in range(4):
        try:
            return data[: len(data) - cut].decode(enc)
        except UnicodeDecodeError:
            if cut == 3 or len(data) - cut <= 0:
                raise
    raise UnicodeDecodeError(enc, data, 0, 1, "undecodable")


def check_pdf(path: str, tail: bytes, size: int) -> None:
    """Truncated, corrupt, encrypted or image-only PDFs end here with a clear message."""
    corrupt = InputError("truncated", "pdf_truncated", path)
    if b"%%EOF" not in tail:
        raise corrupt
    doc = _open_pdf(path, corrupt)
    if not _has_fonts(doc):
        raise InputError("scanned", "pdf_scanned", path)


def _open_pdf(path: str, corrupt: InputError) -> Any:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    try:
        with open(path, "rb") as fh:
            doc = PDFDocument(PDFParser(fh), password="")
            pages = _page_resources(doc)
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on broken files
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name or "encrypt" in str(exc).lower():
            raise InputError("encrypted", "pdf_encrypted", path) from exc
        raise corrupt from exc
    if not pages:
        raise corrupt
    return pages


def _page_resources(doc: Any) -> list[Any]:
    from pdfminer.pdfpage import PDFPage

    return [page.resources for page in PDFPage.create_pages(doc)]


def _has_fonts(resources: list[Any], depth: int = 0) -> bool:
    """True when some page (or a form it draws) declares a font: text can be extracted."""
    from pdfminer.pdftypes import resolve1

    for res in resources:
        res = resolve1(res) or {}
        if not isinstance(res, dict):
            continue
        if resolve1(res.get("Font")):
            return True
        xobjects = resolve1(res.get("XObject")) or {}
        if depth < 2 and isinstance(xobjects, dict):
            forms = [resolve1(x) for x in xobjects.values()]
            subs = [f.attrs.get("Resources") for f in forms if hasattr(f, "attrs")
                    and getattr(resolve1(f.attrs.get("Subtype")), "name", "") == "Form"]
            if _has_fonts(subs, depth + 1):
                return True
    return False
