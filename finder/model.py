"""The document model every stage shares: Report, Section, Paragraph, Table, Row, Cell, Claim, Finding."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import PurePath
from typing import Any, Callable, Iterator

from finder.numbers.interval import Interval
from finder.numbers.parse import Target


def _remembered(obj: Any, attr: str, key: Any, build: Callable[[], Any]) -> Any:
    """build() once per key, kept on obj (outside its dataclass fields): read again only when the key
    (the printed form it is worked out from) changes, as when a mutation test edits a figure in place."""
    hit = obj.__dict__.get(attr)
    if hit is None or hit[0] != key:
        hit = obj.__dict__[attr] = (key, build())
    return hit[1]


def place(loc_kind: str, loc: int | None, file: str = "", sheet: str = "") -> dict[str, Any]:
    """Evidence's where-fields: the page or line (as `loc_kind` says), and the file and sheet when
    a report joins several files or a table is a workbook's sheet (else the keys are left out)."""
    out: dict[str, Any] = {"page" if loc_kind == "page" else "line": loc}
    if file:
        out["file"] = file
    if sheet:
        out["sheet"] = sheet
    return out


# --------------------------------------------------------------------------- text
@dataclass
class Paragraph:
    """One logical paragraph, re-flowed across hard wraps and page breaks.

    `anchors` maps offsets in `text` to source locations: a sorted list of
    (offset in text, page or line number, offset in source). `loc_kind` says which.
    """

    text: str
    index: int = 0
    section: "Section | None" = field(default=None, repr=False)
    anchors: list[tuple[int, int, int]] = field(default_factory=list)
    loc_kind: str = "line"           # "line" for text inputs, "page" for PDFs / HTML
    role: str = "narrative"          # narrative | appendix | glossary | duties | toc | note | heading | table | form
    original: str = ""               # the text as printed when `text` was converted (traditional script)
    original_at: list[int] = field(default_factory=list, repr=False)   # offset in `original` of each char, + end
    source: str = ""                 # the file's name when a report joins several files, else ""

    @property
    def location(self) -> int | None:
        return self.anchors[0][1] if self.anchors else None

    def where(self, offset: int = 0) -> dict[str, Any]:
        """Where the character at `offset` is printed, as Evidence fields."""
        return place(self.loc_kind, self.locate(offset), self.source)

    def locate(self, offset: int) -> int | None:
        """Page or line of the character at `offset` in `text`."""
        if not self.anchors:
            return None
        keys = [a[0] for a in self.anchors]
        i = bisect.bisect_right(keys, offset) - 1
        return self.anchors[max(i, 0)][1]

    def derived(self, key: str, build: Callable[[str], Any]) -> Any:
        """build(text) once per paragraph text: what each claim of the paragraph reads off it alike
        (its numbers, say) is worked out once; a paragraph whose text is edited is read anew."""
        return _remembered(self, f"_derived_{key}", self.text, lambda: build(self.text))

    def source_offset(self, offset: int) -> int | None:
        if not self.anchors:
            return None
        keys = [a[0] for a in self.anchors]
        i = max(bisect.bisect_right(keys, offset) - 1, 0)
        start, _, src = self.anchors[i]
        return src + (offset - start)


@dataclass
class Section:
    """A heading (第一部分 / 一、/ （一）/ 1、/ (1)) with its level, paragraphs and subsections."""

    title: str
    level: int                       # 0 = document root, 1 = 第X部分, 2 = 一、, 3 = （一）, 4 = 1、, 5 = (1)
    number: str = ""
    location: int | None = None
    children: list["Section"] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    parent: "Section | None" = field(default=None, repr=False)

    def path(self) -> list[str]:
        out, node = [], self
        while node is not None and node.level > 0:
            out.append(node.title)
            node = node.parent
        return out[::-1]

    def walk(self) -> Iterator["Section"]:
        yield self
        for c in self.children:
            yield from c.walk()

    def encloses(self, other: "Section | None") -> bool:
        """Whether `other` is this section or lies somewhere under it."""
        node = other
        while node is not None:
            if node is self:
                return True
            node = node.parent
        return False


# -------------------------------------------------------------------------- tables
@dataclass
class Cell:
    """A printed cell: `raw` verbatim; `value` exact; `kind` number|percent|blank|dash|text|target."""

    raw: str
    kind: str
    value: Decimal | None = None
    decimals: int = 0
    target: Target | None = None
    column: tuple[str, ...] = ()

    @property
    def interval(self) -> Interval | None:
        """The printed figure's rounding interval (None for a blank, dash or text cell), read once
        per printed form: checks ask for the same cells again and again, and a cell edited in place
        (a mutation test) is read anew."""
        if self.value is None or self.kind not in ("number", "percent", "target"):
            return None
        return _remembered(self, "_interval", (self.raw, self.kind, self.value, self.decimals),
                           lambda: Interval.rounded(self.value, self.decimals, self.raw.strip()))


@dataclass
class Row:
    """A table row: label text, joined 科目编码 with its level, and cells aligned to Table.columns."""

    label: str
    cells: list[Cell]
    code: str | None = None
    level: int | None = None         # 1 类 / 2 款 / 3 项 (功能分类); 1 / 2 for 经济分类 30x / 30xxx
    index: int = 0
    location: int | None = None      # page or line
    raw: str = ""                    # the printed row, verbatim (TAB-joined for text input)
    side: str = ""                   # for two-sided tables (收入 | 支出)
    extra: dict[str, Any] = field(default_factory=dict)

    def cell(self, column: str) -> Cell | None:
        """The first cell whose header path contains `column` (exact part match first)."""
        for c in self.cells:
            if column in c.column:
                return c
        for c in self.cells:
            if any(column in part for part in c.column):
                return c
        return None


@dataclass
class Table:
    """A table with canonical id (from lexicons/tables.yml), header paths and rows."""

    title: str
    rows: list[Row]
    columns: list[tuple[str, ...]]
    id: str | None = None            # canonical id, e.g. income_expense_summary
    number: str = ""                 # e.g. 公开01表
    unit: str = ""                   # e.g. 万元
    location: int | None = None      # page or line of the title
    loc_kind: str = "line"
    index: int = 0
    section: "Section | None" = field(default=None, repr=False)
    extra: dict[str, Any] = field(default_factory=dict)

    def where(self, row: Row | None = None) -> dict[str, Any]:
        """Where `row` (else the title) is printed, as Evidence fields: the file when the report joins
        several files (extra['source']), the sheet's name for a workbook's table (extra['sheet'])."""
        loc = row.location if row is not None and row.location is not None else self.location
        return place(self.loc_kind, loc, PurePath(self.extra.get("source", "")).name, self.extra.get("sheet", ""))

    def find_rows(self, label: str) -> list[Row]:
        return [r for r in self.rows if label in r.label]

    def row_by_code(self, code: str) -> Row | None:
        for r in self.rows:
            if r.code == code:
                return r
        return None


# -------------------------------------------------------------------------- report
@dataclass
class Report:
    """A whole report: where it came from, its outline, paragraphs and tables."""

    source: str
    kind: str                        # text | pdf | html
    sha256: str
    title: str = ""
    department: str = ""
    year: int | None = None
    type: str = "final"              # final (决算) | budget (预算)
    money_unit: str = "万元"
    root: Section = field(default_factory=lambda: Section("", 0))
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    pages: int | None = None
    lines: list[str] = field(default_factory=list, repr=False)   # source lines (text input)
    sources: list[str] = field(default_factory=list)             # all files of a multi-file report
    script: str = "simplified"       # "traditional" when read through lexicons/t2s.tsv
    originals: dict[str, str] = field(default_factory=dict, repr=False)   # converted -> printed text
    running: list[str] = field(default_factory=list, repr=False)  # a PDF's running headers/footers (left out of the text)

    def table(self, table_id: str) -> Table | None:
        for t in self.tables:
            if t.id == table_id:
                return t
        return None

    def tables_by_id(self, table_id: str) -> list[Table]:
        return [t for t in self.tables if t.id == table_id]

    @property
    def loc_kind(self) -> str:
        return "line" if self.kind == "text" else "page"


# --------------------------------------------------------------------------- claims
@dataclass
class Claim:
    """One quantitative statement in the prose, typed and located.

    kind: amount | change_abs | change_pct | share | completion | count | score | weight |
          target | ratio
    """

    id: str
    kind: str
    raw: str                         # the number as printed, with its unit
    value: Decimal
    decimals: int
    unit: str                        # 万元 for money (normalised), %, 分, or a count unit
    paragraph: Paragraph = field(repr=False)
    start: int = 0                   # offsets into paragraph.text (the number and unit)
    end: int = 0
    subject: str = ""                # the phrase the number is about
    concept: str | None = None       # concept id from lexicons/concepts.yml
    period: str = "本年"              # 本年 | 上年 | 年初预算 | 全年预算 | 预算 | 决算 | a year
    direction: str | None = None     # 增加 | 减少 | 持平 | 增长 | 下降 | ...
    approx: str | None = None        # at_least | at_most | about | more_than | less_than
    whole: str | None = None         # for shares / 其中: the concept it is a part of
    scale: Decimal = Decimal(1)      # factor from the printed unit to `unit`
    clause: tuple[int, int] = (0, 0)      # offsets of the clause holding the claim
    sentence: tuple[int, int] = (0, 0)    # offsets of the sentence holding the claim
    status: str = "unchecked"        # verified | contradicted | unverifiable | not_checkable
    reason: str = ""
    checked_against: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def interval(self) -> Interval:
        """The printed value's rounding interval, in `unit` (magnitudes stay positive; the sign of
        a change lives in `direction`); a whole count (not approximate, not in 万), or a change of one
        ('比上年增加 2 人'), is exact; one printed with a bounding word ('超过 50%', '10 余万元', '不足 10
        万元') is the one-sided bound of its printed value (Interval.bounded)."""
        num = self.raw_number
        if not num:
            return Interval.exact(self.value)
        if (self.kind == "count" or self.extra.get("counted")) and not self.approx and "." not in num \
                and self.scale in (None, 1):
            return Interval(self.value, self.value)   # 2 辆 is two, not [1.5, 2.5): whole things are not rounded
        return _remembered(self, "_interval", (num, self.scale, self.approx),
                           lambda: Interval.printed(num, self.scale).bounded(self.approx))

    @property
    def garbled(self) -> str:
        """The mark of a lost character its digits touch ('?' of '?8639.20', hygiene.yml garbled_marks),
        else '': such a figure may have lost a digit, so nothing computes with it."""
        return self.extra.get("garbled", "")

    @property
    def raw_number(self) -> str:
        return self.extra.get("number", "")

    @property
    def page(self) -> int | None:
        return self.paragraph.locate(self.start) if self.paragraph.loc_kind == "page" else None

    @property
    def line(self) -> int | None:
        return self.paragraph.locate(self.start) if self.paragraph.loc_kind == "line" else None

    def quote(self, which: str = "clause") -> str:
        a, b = self.clause if which == "clause" else self.sentence
        return self.paragraph.text[a:b]


@dataclass
class NonClaim:
    """A number in the prose that is not a quantitative claim, with the reason."""

    raw: str
    reason: str                      # year | date | doc_number | list_number | code | page | phone | ...
    paragraph: Paragraph = field(repr=False)
    start: int = 0
    end: int = 0


# ------------------------------------------------------------------------- findings
@dataclass
class Evidence:
    """One piece of evidence: verbatim text and where it is."""

    text: str
    page: int | None = None
    line: int | None = None
    table: str | None = None         # canonical table id
    table_title: str | None = None
    row: str | None = None           # row label
    column: str | None = None        # column path joined with '/'
    role: str = "claim"              # claim | reference | context
    file: str | None = None          # the file's name, in a report of several files
    sheet: str | None = None         # the sheet's name, for a workbook's table

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "")}


@dataclass
class Finding:
    """A contradiction (or warning / info) raised by one check, with evidence and arithmetic."""

    check: str                       # check code, e.g. NT01
    severity: str                    # error | warning | info
    message: str
    evidence: list[Evidence]
    computation: str = ""
    name: str = ""
    kind: str = ""                   # gold taxonomy kind
    id: str = ""
    claims: list[str] = field(default_factory=list)   # claim ids involved
    args: dict[str, Any] = field(default_factory=dict)
    # the likely misprinted figure this finding shares with others (checks/tb/cause.py): its cells,
    # the value(s) under which they all hold, the slip named, the findings it explains; {} when none
    cause: dict[str, Any] = field(default_factory=dict)

    @property
    def location(self) -> int | None:
        e = self.placed
        return None if e is None else e.page if e.page is not None else e.line

    @property
    def placed(self) -> Evidence | None:
        """The first evidence with a page or line: where the finding is shown."""
        return next((e for e in self.evidence if e.page is not None or e.line is not None), None)
