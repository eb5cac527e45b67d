"""Grids of printed cells -> model.Table: header paths, merged cells, 科目编码 joins, typed cells."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from finder import lexicon
from finder.ingest import identify
from finder.model import Cell, Row, Table
from finder.numbers.parse import CellValue, parse_cell, to_halfwidth

_CODE = regex.compile(r"^\d{3}(?:\d{2}){0,2}$")
_SPLIT_CODE = regex.compile(r"^(\d{3})\s*(\d{2})?\s*(\d{2})?$")
_LABEL_CODE = regex.compile(r"^(\d{3}(?:\s?\d{2}){0,2})\s*(?=[^\d\s.,%])(.+)$")
_YEAR_HEAD = regex.compile(r"^\d{4}\s*年")
_SMALL_INT = regex.compile(r"^\d{1,3}$")
_CODE_PART = regex.compile(r"^\d{2,7}$|^\d{3}(?:\s\d{2}){1,2}$")
_CODE_CONTEXT = ("科目", "编码", "功能分类", "经济分类")
VALUE_KINDS = ("number", "percent", "target", "dash")


@dataclass(frozen=True)
class _Words:
    """The layout words of lexicons/tables.yml, normalised once."""

    index: frozenset[str]
    code_exact: frozenset[str]
    code_suffix: tuple[str, ...]
    label_exact: frozenset[str]
    label_prefix: tuple[str, ...]
    label_suffix: tuple[str, ...]
    group: frozenset[str]
    residue: frozenset[str]
    totals: frozenset[str]
    fields: frozenset[str]
    subheader: frozenset[str]
    anchors: frozenset[str]
    amounts: frozenset[str]


@lru_cache(maxsize=None)
def words() -> _Words:
    lay = lexicon.load("tables")["layout"]
    n = identify.normalize
    return _Words(
        frozenset(map(n, lay["index_headers"])), frozenset(map(n, lay["code_headers_exact"])),
        tuple(map(n, lay["code_headers_suffix"])), frozenset(map(n, lay["label_headers_exact"])),
        tuple(lay["label_headers_prefix"]), tuple(map(n, lay["label_headers_suffix"])),
        frozenset(map(n, lay["group_headers"])), frozenset(map(n, lay["residue_cells"])),
        frozenset(map(n, lay["total_labels"])), frozenset(map(n, lay["field_labels"])),
        frozenset(map(n, lay["subheader_words"])), frozenset(map(n, lay["anchor_headers"])),
        frozenset(map(n, lay["amount_headers"])))


def header_role(part: str) -> str | None:
    """index | code | label | group for a header word, else None (a value column)."""
    w = words()
    p = identify.normalize(part)
    if not p:
        return None
    if p in w.index:
        return "index"
    if p in w.code_exact or p.endswith(w.code_suffix):
        return "code"
    if p in w.label_exact or p.startswith(w.label_prefix) or p.endswith(w.label_suffix):
        return "label"
    if p in w.group:
        return "group"
    return None


# ------------------------------------------------------------------ row classes
def _txt(c: str | None) -> str:
    return (c or "").strip()


def _is_value(v: CellValue) -> bool:
    if v.kind in ("number", "percent"):
        return True
    return v.kind == "target" and v.target is not None and (bool(v.target.op) or len(v.target.unit) <= 2)


@lru_cache(maxsize=None)
def _residue_run() -> regex.Pattern:
    """A cell made only of residue words ('类', '栏次', and '类栏次' when a text extraction glued
    the wrapped 栏次 line onto the 类 cell)."""
    alts = lexicon.alternation(words().residue)
    return regex.compile(rf"^(?:{alts})+$")


def is_residue_word(cell: str) -> bool:
    return bool(_residue_run().match(cell))


def _residue(cells: list[str]) -> bool:
    """A row of residue words and column numbers 1 2 3 …; or of column headings repeated beside them
    ('支出功能分类科目编码 | 科目名称 | 1 | 2 | 3', a web page's second header row): no figures."""
    filled = [identify.normalize(c) for c in cells if c]
    ints = [int(c) for c in filled if _SMALL_INT.match(c)]
    other = [c for c in filled if not _SMALL_INT.match(c)]
    if not filled or not all(is_residue_word(c) or is_header_word(c) for c in other):
        return False
    ascending = all(b == a + 1 for a, b in zip(ints, ints[1:]))
    numbered = len(ints) >= 2 and ints[0] == 1
    return ascending and (numbered or bool(other) and all(is_residue_word(c) for c in other))


def is_header_word(cell: str) -> bool:
    """A column heading (项目名称 | 金额 is a header row, 项目名称 | XX工程 a form field)."""
    w = words()
    p = identify.normalize(cell)
    return bool(p) and (p in w.amounts or p in w.subheader or header_role(p) is not None)


def classify(row: list[str | None]) -> str:
    """empty | field | residue | subheader | valued | plain."""
    w = words()
    cells = [_txt(c) for c in row]
    filled = [c for c in cells if c]
    if not filled:
        return "empty"
    if identify.normalize(filled[0]) in w.fields and not is_header_word(filled[1] if len(filled) > 1 else ""):
        return "field"
    if _residue(cells):
        return "residue"
    if len(filled) >= 3 and header_role(filled[0]) == "label" and all(_YEAR_HEAD.match(c) for c in filled[1:]):
        return "plain"                          # 项目 | 2015年 | 2016年 | 2016年比2015年增减%: years over columns
    values = [parse_cell(c) for c in filled]
    if any(_is_value(v) for v in values):
        return "valued"
    norm = [identify.normalize(c) for c in filled]
    if norm[0] in w.totals and len(norm) >= 3:
        return "plain"                          # 合计 | 因公出国（境）费 | 公务接待费 …: a header of categories
    first = next(j for j, c in enumerate(cells) if c)
    if norm[0] in w.totals and first * 2 >= len(cells):
        return "plain"                          # '… | 小计 | 其中：基本建设支出' under 项目支出: a header row
    if norm[0] in w.totals or _CODE.match(norm[0]) or _LABEL_CODE.match(filled[0]):
        return "valued"
    hits = sum(1 for c in norm if c in w.subheader or any(c.startswith(s) and len(c) <= len(s) + 2
                                                          for s in w.subheader))
    if hits >= 2 and hits * 2 >= len(norm):
        return "subheader"
    return "plain"


@dataclass
class _Band:
    """Header rows and the data rows they govern (form tables have several bands)."""

    header: list[int] = field(default_factory=list)
    residue: list[int] = field(default_factory=list)
    data: list[int] = field(default_factory=list)


def split_bands(rows: list[list[str | None]]) -> tuple[list[_Band], dict[str, str], list[int]]:
    """Bands of (header, data) rows; field rows (项目名称 X) as a dict; indices of field rows."""
    bands: list[_Band] = []
    fields: dict[str, str] = {}
    field_rows: list[int] = []
    cur: _Band | None = None
    for i, row in enumerate(rows):
        kind = classify(row)
        if kind == "empty":
            continue
        if kind == "field":
            fields.update(_fields(row))
            field_rows.append(i)
            continue
        if cur is None:
            cur = _Band()
            bands.append(cur)
        if kind == "residue":
            cur.residue.append(i)
        elif kind == "subheader" and cur.data:
            cur = _Band(header=[i])
            bands.append(cur)
        elif not cur.data and (kind == "subheader" or (kind == "plain" and len(bands) == 1)):
            cur.header.append(i)
        else:
            cur.data.append(i)
    return bands, fields, field_rows


def _fields(row: list[str | None]) -> dict[str, str]:
    w = words()
    cells = [_txt(c) for c in row if _txt(c)]
    out = {}
    for k, c in enumerate(cells):
        if identify.normalize(c) in w.fields and k + 1 < len(cells):
            out[identify.normalize(c)] = cells[k + 1]
    return out


# ------------------------------------------------------------------ headers
def flatten_headers(hrows: list[list[str | None]], width: int) -> list[tuple[str, ...]]:
    """Column paths from header rows; an empty or merged header cell belongs to its left
    neighbour when both sit under the same parent (row 0: when within the printed headers)."""
    grid = [[identify.normalize(c) if c else "" for c in r] + [""] * (width - len(r)) for r in hrows]
    last = max((j for r in grid for j, c in enumerate(r) if c), default=-1)
    for r, row in enumerate(grid):
        for j in range(1, min(width, last + 1)):
            if row[j] or not row[j - 1]:
                continue
            merged = j < len(hrows[r]) and hrows[r][j] is None
            above = hrows[r - 1][j] if r > 0 and j < len(hrows[r - 1]) else None
            if merged and above:                # a header cell that spans rows: the path ends there
                continue
            parent = tuple(grid[k][j] for k in range(r))
            if parent == tuple(grid[k][j - 1] for k in range(r)):
                row[j] = row[j - 1]
    paths = []
    for j in range(width):
        path: list[str] = []
        for r in range(len(grid)):
            if grid[r][j] and (not path or path[-1] != grid[r][j]):
                path.append(grid[r][j])
        paths.append(tuple(path))
    return paths


def residue_codes(rows: list[list[str | None]], width: int) -> set[int]:
    """Columns a residue row marks 类 / 款 / 项 (the split 科目编码)."""
    out = set()
    for row in rows:
        for j, c in enumerate(row[:width]):
            cell = identify.normalize(_txt(c))
            if cell[:1] in ("类", "款", "项") and is_residue_word(cell):
                out.add(j)
    return out


# ------------------------------------------------------------------ alignment
def realign(cells: list[str | None], header_width: int, anchor: int | None) -> list[str | None]:
    """Undo the column shifts a text extraction makes when it drops merged cells: pad a row
    shorter than its header at the front; move a row so its first target/percent cell sits in
    the anchor column (年度指标)."""
    out = list(cells)
    if 0 < len(out) < header_width:
        out = [""] * (header_width - len(out)) + out
    if anchor is not None:
        first = next((k for k, c in enumerate(out) if _txt(c) and parse_cell(_txt(c)).kind
                      in ("target", "percent")), None)
        if first is not None and first < anchor:
            out = [""] * (anchor - first) + out
        elif first is not None and first > anchor:
            drop = first - anchor
            while drop and out and not _txt(out[0]):
                out.pop(0)
                drop -= 1
    return out


def _roles(paths: list[tuple[str, ...]], data: list[list[str | None]], split: set[int]) -> list[str]:
    """Per column: index | code | label | group | value | text."""
    roles = []
    for j, path in enumerate(paths):
        role = header_role(path[-1]) if path else None
        if role is None and j in split:
            role = "code"
        if role is None:
            vals = [parse_cell(_txt(r[j])) for r in data if j < len(r) and _txt(r[j])]
            blank_amounts = not vals and identify.normalize(path[-1] if path else "") in words().amounts
            role = "value" if blank_amounts or any(v.kind in VALUE_KINDS for v in vals) else "text"
        roles.append(role)
    return roles


def _segments(roles: list[str]) -> list[list[int]]:
    """Column groups of a two-sided table: a label/code column after a value column starts one."""
    segs: list[list[int]] = [[]]
    seen_value = False
    for j, role in enumerate(roles):
        if role in ("label", "code") and seen_value:
            segs.append([])
            seen_value = False
        segs[-1].append(j)
        seen_value = seen_value or role == "value"
    return [s for s in segs if s]


def _side(seg: list[int], paths: list[tuple[str, ...]], roles: list[str]) -> str:
    j = next((k for k in seg if roles[k] == "value"), seg[0])
    return paths[j][0] if len(paths[j]) > 1 else ""


@dataclass
class _Ctx:
    """What one band of one table shares while its rows are built."""

    paths: list[tuple[str, ...]]
    roles: list[str]
    segs: list[list[int]]
    sides: list[str]
    code_ok: bool
    groups: dict[int, str] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)


def _spanned_from_left(cells: list[str | None], j: int, stub: list[int], ctx: _Ctx) -> str:
    """The text of a stub cell that spans rightwards over merged label column `j`: a non-code text
    in a code column, or any text with merged (None) cells between (合计 across 类/款/项/名称)."""
    k = j - 1
    while k in stub and cells[k] is None:
        k -= 1
    if k not in stub or not _txt(cells[k]) or _CODE_PART.match(_txt(cells[k])) or ctx.roles[k] == "index":
        return ""
    return _txt(cells[k]) if ctx.roles[k] == "code" or k < j - 1 else ""


def _label_and_code(cells: list[str | None], stub: list[int], ctx: _Ctx) -> tuple[str, str | None]:
    roles = ctx.roles
    code = join_code([_txt(cells[j]) for j in stub if roles[j] == "code" and _CODE_PART.match(_txt(cells[j]))])
    cands = [j for j in stub if roles[j] == "label"] or [j for j in stub if roles[j] == "text"]
    label = ""
    if cands:
        j = cands[-1]
        label = "" if _is_dash(cells[j]) else _txt(cells[j])
        if cells[j] is None and not label:      # merged: from the left (合计 over the code columns)
            label = _spanned_from_left(cells, j, stub, ctx) or ctx.labels.get(j, "")   # or from above
        ctx.labels[j] = label
    if not label:
        rest = [_txt(cells[j]) for j in stub if roles[j] != "index" and _txt(cells[j])
                and not _CODE_PART.match(_txt(cells[j])) and not _is_dash(cells[j])]
        label = rest[-1] if rest else ""
    if code is None:
        code, label = split_label_code(label, ctx.code_ok)
    return label, (to_halfwidth(code) if code else code)     # '２０１' is code 201


def _is_dash(cell: str | None) -> bool:
    """A stub cell printing only a dash ('-', '—'): a blank, never a row's name."""
    return parse_cell(_txt(cell)).kind == "dash"


def _groups(cells: list[str | None], stub: list[int], label_col: int | None, ctx: _Ctx) -> list[str]:
    out = []
    for j in stub:
        if label_col is not None and j > label_col:
            break
        if ctx.roles[j] == "group" or (ctx.roles[j] == "text" and j != label_col):
            if _txt(cells[j]):                  # a new outer group ends the inner ones
                for k in [k for k in ctx.groups if k > j]:
                    del ctx.groups[k]
            val = _txt(cells[j]) or ctx.groups.get(j, "")
            ctx.groups[j] = val
            if val:
                out.append(val)
    return out


def _logical_rows(cells: list[str | None], ctx: _Ctx) -> list[tuple[Row, bool]]:
    """One printed row -> one logical row per side; (row, has_values)."""
    out: list[tuple[Row, bool]] = []
    for seg, side in zip(ctx.segs, ctx.sides):
        first_value = next((k for k, j in enumerate(seg) if ctx.roles[j] == "value"), len(seg))
        stub = seg[:first_value]
        label, code = _label_and_code(cells, stub, ctx)
        labels = [j for j in stub if ctx.roles[j] == "label"] or [j for j in stub if ctx.roles[j] == "text"]
        group = _groups(cells, stub, labels[-1] if labels else None, ctx)
        kept = [j for j in seg if ctx.roles[j] not in ("index", "code")]
        row_cells = [make_cell(cells[j], ctx.paths[j], text=j in stub) for j in kept]
        has_values = any(c.kind != "blank" for c, j in zip(row_cells, kept) if j not in stub)
        line_no = next((_txt(cells[j]) for j in stub if ctx.roles[j] == "index" and _txt(cells[j])), "")
        extra = {k: v for k, v in (("line_no", line_no), ("group", tuple(group))) if v}
        if not label and code is None and out and not out[-1][1] and has_values:
            prev = out[-1][0]                   # a label merged across sides: 公用经费合计 ... 51.00
            prev.cells = [c for c in prev.cells if c.kind != "blank"]
            prev.cells.extend(c for c, j in zip(row_cells, kept) if j not in stub)
            out[-1] = (prev, True)
            continue
        if not label and code is None and all(c.kind in ("blank", "dash") for c in row_cells):
            continue        # no label and no figure: a web page prints '-' under an empty stub too
        out.append((Row(label=label, cells=row_cells, code=code, level=code_level(code), side=side,
                        extra=extra), has_values))
    return out


def _add_band(table: Table, grid: list[list[str | None]], band: _Band, width: int, b_index: int,
              locs: list[int | None], raws: list[str]) -> None:
    w = words()
    paths = flatten_headers([grid[i] for i in band.header], width)
    anchor = next((j for j, p in enumerate(paths) if p and p[-1] in w.anchors), None)
    hw = max((len(grid[i]) for i in band.header), default=0)
    data = [realign(grid[i], hw, anchor) for i in band.data]
    span = max([width] + [len(r) for r in data])
    paths += [()] * (span - len(paths))
    data = [r + [""] * (span - len(r)) for r in data]
    roles = _roles(paths, data, residue_codes([grid[i] for i in band.residue], span))
    segs = _segments(roles)
    sides = [_side(s, paths, roles) for s in segs] if len(segs) > 1 else [""]
    if len(set(sides)) == 1:
        sides = [""] * len(segs)
    ctx = _Ctx(paths, roles, segs, sides, is_code_context(paths) or "code" in roles)
    for j, role in enumerate(roles):
        if role not in ("index", "code") and paths[j] not in table.columns:
            table.columns.append(paths[j])
    for i, cells in zip(band.data, data):
        for row, _ in _logical_rows(cells, ctx):
            row.index, row.location, row.raw = len(table.rows), locs[i], raws[i]
            if b_index:
                row.extra["band"] = b_index
            table.rows.append(row)


# ------------------------------------------------------------------ build
def build_table(grid: list[list[str | None]], *, title: str = "", number: str = "", unit: str = "",
                location: int | None = None, loc_kind: str = "line",
                row_locations: list[int | None] | None = None,
                row_raws: list[str] | None = None) -> Table:
    """Turn a grid (rows of printed cell strings; None = merged into the cell above/left) into a Table.

    Finds the header rows and flattens them into column paths, resolves merged cells, joins
    split 类/款/项 code columns (201|06|01 -> 2010601) and sets each row's code and level,
    splits two-sided tables (收入 | 支出) into rows with `side`, and parses every cell with
    finder.numbers.parse.parse_cell. Identifies the table with finder.ingest.identify.
    Two-sided tables: each logical row holds only its own side's cells.
    """
    locs = list(row_locations or []) + [None] * len(grid)
    raws = list(row_raws or ["\t".join(_txt(c) for c in r) for r in grid])
    locs = locs[:len(grid)]
    width = max((len(r) for r in grid), default=0)
    table = Table(title=title.strip(), rows=[], columns=[], number=number, unit=unit,
                  location=location, loc_kind=loc_kind)
    bands, fields, _ = split_bands(grid)
    if fields:
        table.extra["fields"] = fields
    for b_index, band in enumerate(bands):
        _add_band(table, grid, band, width, b_index, locs, raws)
    table.id = identify.identify(table)
    return table


def is_code(tok: str) -> bool:
    """A 功能分类 code as printed whole: 类 (3 digits), 款 (5) or 项 (7)."""
    return _CODE.match(tok) is not None


def code_level(code: str | None) -> int | None:
    """功能分类 201 / 20103 / 2010301 and 经济分类 301 / 30101 -> 1 / 2 / 3."""
    return {3: 1, 5: 2, 7: 3}.get(len(code)) if code else None


def split_label_code(label: str, allow: bool) -> tuple[str | None, str]:
    """'2010301 行政运行' -> ('2010301', '行政运行'); '208 05 06 名称' -> ('2080506', '名称')."""
    if not allow:
        return None, label
    m = _LABEL_CODE.match(label.strip())
    if not m:
        return None, label
    return regex.sub(r"\s", "", m.group(1)), m.group(2).strip()


def join_code(parts: list[str]) -> str | None:
    """Cells of the 类/款/项 columns -> one code ('201', '06', '01' -> '2010601')."""
    digits = "".join(regex.sub(r"\s", "", p) for p in parts if p)
    if digits and _CODE.match(digits):
        return digits
    m = _SPLIT_CODE.match(" ".join(p for p in parts if p))
    return "".join(g for g in m.groups() if g) if m else None


def is_code_context(paths: list[tuple[str, ...]]) -> bool:
    return any(any(k in p for k in _CODE_CONTEXT) for path in paths for p in path)


def make_cell(raw: str | None, column: tuple[str, ...], text: bool = False) -> Cell:
    """A typed Cell; `text` forces a label cell that starts with a code or year to stay text."""
    raw_text = _txt(raw)
    v = parse_cell(raw_text)
    if text and v.kind == "target" and regex.search(r"\p{Han}", raw_text):
        v = CellValue("text")
    text = raw_text
    return Cell(raw=text, kind=v.kind, value=v.value, decimals=v.decimals, target=v.target,
                column=column)
