"""Field names and place labels shared by every renderer (one place, like statcheck's constants)."""
from contextlib import contextmanager
from contextvars import ContextVar

from finder import lexicon

# page and line as in the JSON; block (a web page's or a Word file's text block, which its 'page' counts)
# and sheet (a workbook's table) say what the text and HTML reports show as the place
CSV_FIELDS = ("source", "id", "check", "name", "severity", "file", "page", "line", "block", "sheet", "quote",
              "message", "computation", "reference")
SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
STATUS_ZH = {"verified": "已核实", "contradicted": "矛盾", "unverifiable": "无法核实",
             "not_checkable": "不可核对", "unchecked": "未核对"}

PLACE = {"zh": {"page": "第{}页", "block": "第{}段", "line": "第{}行", "sheet": "工作表“{}”"},
         "en": {"page": "p. {}", "block": "block {}", "line": "line {}", "sheet": "sheet “{}”"}}
# Reports whose 'page' is the running number of a text block, not a printed page (ingest/html.py:
# a web page, or a Word body read as one): shown to a reader as 第N段.
BLOCK_KINDS = ("html", "docx")
_BLOCKS: ContextVar[bool] = ContextVar("blocks", default=False)


@contextmanager
def placed_in(report_kind: str):
    """Render within: a report of a block kind shows its 'page' numbers as blocks."""
    token = _BLOCKS.set(report_kind in BLOCK_KINDS)
    try:
        yield
    finally:
        _BLOCKS.reset(token)


def place(lang: str, page: int | None = None, line: int | None = None, file: str | None = None,
          sheet: str | None = None) -> str:
    """Where a thing is printed, for a reader: a workbook table's sheet by name, else its page or line;
    in a report of several files the file's name comes first (each file numbers its own pages)."""
    P = PLACE.get(lang, PLACE["zh"])
    at = (P["sheet"].format(sheet) if sheet else P["block" if _BLOCKS.get() else "page"].format(page) if page is not None
          else P["line"].format(line) if line is not None else "")
    return f"{file} {at}".strip() if file else at


def counts_blocks() -> bool:
    """True while rendering a report whose 'page' numbers are text blocks (see placed_in)."""
    return _BLOCKS.get()


def evidence_place(e, lang: str) -> str:
    """place() of an Evidence."""
    return place(lang, e.page, e.line, e.file, e.sheet)


def table_label(e) -> str | None:
    """How evidence names its table: the printed title, else the name of the table's kind (tables.yml zh:
    an appendix table printed without a title, such as 绩效指标评分表), never its internal id."""
    if e.table_title or not e.table:
        return e.table_title
    spec = lexicon.load("tables")["tables"].get(e.table)
    return spec["zh"] if spec else e.table


def shown_evidence(f) -> list:
    """A finding's evidence as a reader sees it: a context that repeats a quote already shown at the same
    place (a share's own sentence as its context) is left out; the JSON keeps every piece."""
    seen, out = set(), []
    for e in f.evidence:
        key = (" ".join(e.text.split()), e.page, e.line, e.file, e.table, e.row, e.column)
        if e.role == "context" and key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


def cell_quote(where: str, text: str, colon: str) -> str:
    """Table evidence for a reader: 'table / row / column = value' when the text is one printed value,
    the text in 「」 after the place when it is more (a form's row printed whole), so that no row reads as
    the column's value."""
    if not where:
        return f"「{text}」"
    return f"{where}{colon}「{text}」" if len(text.split()) > 1 else f"{where} = {text}"


def loc_text(where: dict, lang: str) -> str:
    """place() of a thing's where-fields (Paragraph.where, Table.where)."""
    return place(lang, where.get("page"), where.get("line"), where.get("file"), where.get("sheet"))


NOTHING_FOUND = {
    "zh": {"none": "未发现问题",
           "unverifiable": "未发现问题；另有 {n} 项数量表述无法核实（原因见 finder claims 或 JSON 的 claims）",
           "empty": "没有可核对的内容：文中没有数量表述，也未识别出表格（这是部门预算或决算报告吗？）"},
    "en": {"none": "no findings",
           "unverifiable": "no findings; {n} claims could not be verified (reasons: finder claims, or the JSON's claims)",
           "empty": "nothing to check: no quantitative claims in the text and no table found (is this a budget or "
                    "final-accounts report?)"},
}


def nothing_found(a, lang: str) -> str:
    """What a report with no finding says: that nothing could be checked, or how much could not."""
    M = NOTHING_FOUND.get(lang, NOTHING_FOUND["zh"])
    if not a.claims and not a.report.tables:
        return M["empty"]
    open_ = sum(1 for c in a.claims if c.status == "unverifiable")
    return M["unverifiable"].format(n=open_) if open_ else M["none"]
