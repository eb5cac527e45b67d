"""A self-evaluation form a site printed one cell a line, each cell closed by its pipe ('项目名称 |', '总额 |', '123.45 |')
and a blank cell as a pipe alone ('|'): the rows rebuilt from what the form's own header rows and labels fix.

The lines carry no row breaks, so a row is found only where the form says where it starts and how long it is:
- the header fields: a field word (appendix.yml header name / department / unit) and the cell after it;
- the funds block: its header (the text cells right before the first funds row, three role words or more,
  fund_column_words) and rows each opened by a cell naming a funds row (fund_rows, fund_row_labels), running to
  the next such label or the indicator header;
- the indicator block: its header (column words from indicator_block on: '一级指标 | 二级指标 | 三级指标 | …') gives
  the width of a row from its 三级指标 column on; a row is its level headers (cells levels.level1/level2 name,
  merged cells above it printing none) then that many cells, its 分值/权重 cell a number or blank; the form's
  total row (total_labels) and the figures after it close the block.
Anything else breaks the form off where it is; a form with no funds row and no indicator row is left as text.
The form becomes a table as a wrapped form does (finder.ingest.wrapped): each row keeps its printed cells, so the
appendix reads them by position (a blank cell stays a blank of its column)."""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from finder import lexicon
from finder.appendix.model import header_role, is_total_label, level_kind
from finder.model import Cell, Row, Table
from finder.numbers.parse import parse_cell, to_halfwidth

_CELL = regex.compile(r"^\s*([^|｜]*?)\s*[|｜]\s*$")       # one cell and its closing pipe; '|' alone: a blank cell
_WS = regex.compile(r"\s+")
_NOTE = regex.compile(r"[（(][^）)]*[）)]$")
_MIN_RUN = 12             # cells a form printed so holds at the least (title, fields, a header, a row)
_MAX_LABEL = 12           # a funds row's label is short: a sentence naming 财政拨款 is none
_MAX_LEVELS = 2           # level header cells before an indicator's name
_OPERATOR = regex.compile(r"^[≥≤><=＝≧≦﹦》《]{1,2}$")


@dataclass
class CellForm:
    """A form rebuilt: its rows (cells), each row's 0-based first line, and the lines it uses; `title` the line
    of its title (read as the table's title, not a row)."""

    title: int
    name: str = ""
    rows: list[list[str]] = field(default_factory=list)
    locs: list[int] = field(default_factory=list)
    used: set[int] = field(default_factory=set)


def find(lines: list[str], skip: set[int]) -> list[CellForm]:
    """Every form printed one pipe-closed cell a line (module doc) whose title is a self-evaluation form's
    (appendix.yml wrapped_titles) and whose funds or indicator rows read."""
    out = []
    for run in _runs(lines, skip):
        starts = [k for k, (c, _) in enumerate(run) if _is_title(c)] + [len(run)]
        for a, b in zip(starts, starts[1:]):
            form = _read(run[a:b])
            if form is not None:
                out.append(form)
    return out


def _runs(lines: list[str], skip: set[int]) -> list[list[tuple[str, int]]]:
    """Runs of pipe-closed cell lines (no TAB, no second pipe inside), each cell with its line."""
    out, cur = [], []
    for i, line in enumerate([*lines, ""]):
        m = _CELL.match(line) if i < len(lines) and i not in skip and "\t" not in line else None
        if m is not None:
            cur.append((to_halfwidth(m.group(1)).strip(), i))
            continue
        if len(cur) >= _MIN_RUN:
            out.append(cur)
        cur = []
    return out


def _is_title(cell: str) -> bool:
    return any(t in _WS.sub("", cell) for t in lexicon.load("appendix")["wrapped_titles"])


def _figure(cell: str) -> bool:
    return parse_cell(cell).kind in ("number", "percent", "dash")


def _words(cell: str) -> str:
    return _NOTE.sub("", _WS.sub("", cell))


def _fund_label(cell: str) -> bool:
    """A cell naming a funds row ('总额', '其中:财政资金', '年度资金总额', '单位资金')."""
    head = lexicon.load("appendix")["header"]
    label = _WS.sub("", cell)
    whole = regex.sub(r"^其中[:：,，]?", "", label)
    if not label or _figure(label) or len(label) > _MAX_LABEL:
        return False
    return any(any(w in label for w in words) for words in head["fund_rows"].values()) \
        or any(whole in words for words in head["fund_row_labels"].values())


def _role_word(cell: str) -> bool:
    return any(_words(cell) in ws for ws in lexicon.load("appendix")["header"]["fund_column_words"].values())


def _column_word(cell: str) -> bool:
    lex = lexicon.load("appendix")
    w = _words(cell)
    split = lex["indicator_split_columns"]
    return w in lex["column_words"] or any(w in ws for ws in split.values()) \
        or w in lex["header"]["fund_note_columns"] or w in lex["cell_form_columns"]


def _read(cells: list[tuple[str, int]]) -> CellForm | None:
    """The form from its title cell on (module doc); None when neither block reads."""
    form = CellForm(title=cells[0][1], name=cells[0][0])
    k = 1
    head = lexicon.load("appendix")["header"]
    fields = {w for key in ("name", "department", "unit") for w in head[key]}
    funds_at = next((j for j in range(1, len(cells)) if _fund_label(cells[j][0])), None)
    block_at = next((j for j in range(1, len(cells)) if _words(cells[j][0]) in
                     lexicon.load("appendix")["indicator_block"]), None)
    first = min(j for j in (funds_at, block_at, len(cells)) if j is not None)
    while k < first:                                   # the header fields: a field and its value
        c, _ = cells[k]
        if _WS.sub("", _NOTE.sub("", c)) in fields and k + 1 < first and cells[k + 1][0] \
                and not _WS.sub("", cells[k + 1][0]) in fields:
            _row(form, cells[k:k + 2])
            k += 2
            continue
        k += 1
    read = 0
    if funds_at is not None and (block_at is None or funds_at < block_at):
        h = funds_at
        while h > 1 and cells[h - 1][0] and not _figure(cells[h - 1][0]) and funds_at - h < 10:
            h -= 1
        header = cells[h:funds_at]
        if sum(1 for c, _ in header if _role_word(c)) >= 3:
            _row(form, header)
            k = funds_at
            while k < len(cells) and _fund_label(cells[k][0]):
                j = k + 1
                while j < len(cells) and not _fund_label(cells[j][0]) and not _opens_indicators(cells, j):
                    j += 1
                _row(form, cells[k:j])
                read += 1
                k = j
    if block_at is not None:
        read += _indicators(form, cells, block_at)
    return form if read and form.rows else None


def _opens_indicators(cells: list[tuple[str, int]], j: int) -> bool:
    """cells[j] opens the indicator header: it, or the cell after it (the block's label: '绩效指标(90分)'), is one
    of indicator_block."""
    block = lexicon.load("appendix")["indicator_block"]
    return any(_words(c) in block for c, _ in cells[j:j + 2])


def _indicators(form: CellForm, cells: list[tuple[str, int]], at: int) -> int:
    """The indicator header from cells[at] (with the label cell before it, if any) and its rows; the number of
    indicator and total rows read."""
    start = at - 1 if at > 0 and cells[at - 1][0] and not _figure(cells[at - 1][0]) \
        and not _column_word(cells[at - 1][0]) and _words(cells[at - 1][0]).startswith(
            tuple(lexicon.load("appendix")["column_words"])) else at
    k = at
    while k < len(cells) and cells[k][0] and _column_word(cells[k][0]):
        k += 1
    names = [_words(c) for c, _ in cells[at:k]]
    lv3 = next((j for j, n in enumerate(names) if header_role(n) == "name"), None)
    weight = next((j for j, n in enumerate(names) if header_role(n) == "weight"), None)
    if lv3 is None or weight is None or weight <= lv3:
        return 0
    tail = len(names) - lv3                            # cells of a row from its name on
    _row(form, cells[at:k])            # the header from 一级指标 on: as wide as a row (a label cell before it left out)
    form.used.update(i for _, i in cells[start:at])
    read = 0
    while k < len(cells):
        c = cells[k][0]
        if is_total_label(c):
            j = k + 1
            while j < len(cells) and (not cells[j][0] or _figure(cells[j][0])):
                j += 1
            while j > k + 1 and not cells[j - 1][0] and j - k - 1 > 3:
                j -= 1
            _row(form, cells[k:j])
            return read + 1
        j = k
        while j < len(cells) and j - k < _MAX_LEVELS and level_kind(cells[j][0]) is not None:
            j += 1
        row = cells[j:j + tail]
        if len(row) < tail or not _indicator_row(row, names[lv3:]):
            if j > k and len(cells[j - 1:j - 1 + tail]) == tail and _indicator_row(cells[j - 1:j - 1 + tail], names[lv3:]):
                j -= 1                                 # the row's name is a level word itself
                row = cells[j:j + tail]
            else:
                return read
        levels = [c for c, _ in cells[k:j]]
        pad = [""] * (lv3 - len(levels))
        if len(levels) == 1 and level_kind(levels[0]) == "level1":
            lead = levels + pad
        else:
            lead = pad + levels
        _row(form, [*((x, cells[k][1]) for x in lead), *row])
        read += 1
        k = j + tail
    return read


def _indicator_row(row: list[tuple[str, int]], names: list[str]) -> bool:
    """A row from its name on under these column names: a name (text), a blank or a number under 分值/权重 and 得分,
    an operator or a blank under 指标性质."""
    if not row[0][0] or _figure(row[0][0]) or is_total_label(row[0][0]):
        return False
    lex = lexicon.load("appendix")
    for (c, _), n in zip(row, names):
        if header_role(n) in ("weight", "score") and c and parse_cell(c).kind != "number":
            return False
        if n in lex["indicator_split_columns"]["operator"] and c and not _OPERATOR.match(c) \
                and c not in lex["indicator_nature_words"]:
            return False
    return True


def _row(form: CellForm, cells: list[tuple[str, int]]) -> None:
    form.rows.append([c for c, _ in cells])
    form.locs.append(cells[0][1])
    form.used.update(i for _, i in cells)


def table(form: CellForm) -> Table:
    """The form as a project_self_eval table (as finder.ingest.wrapped builds one): each row its printed cells."""
    rows = []
    for k, (cells, at) in enumerate(zip(form.rows, form.locs)):
        label = next((c for c in cells if c), "")
        rows.append(Row(label=label, cells=[_cell(c) for c in cells[1:]], location=at + 1, raw=" | ".join(cells),
                        index=k, extra={"cells": list(cells), "lines": (at, at)}))
    return Table(title=_WS.sub("", form.name), rows=rows, columns=[], id="project_self_eval", unit="万元",
                 location=form.title + 1, loc_kind="line", extra={})


def _cell(raw: str) -> Cell:
    v = parse_cell(raw)
    return Cell(raw=raw, kind=v.kind, value=v.value, decimals=v.decimals, target=v.target)
