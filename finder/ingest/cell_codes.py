"""Coded tables a text export prints one cell a line, folded into one row a line for finder.ingest.plain_tables.

Such an export (a budget's 支出预算总表, 一般公共预算支出功能分类预算表, 基本支出经济分类预算表 …) prints the title,
the unit lines, every header cell on a line of its own ('项目' / '支出预算' / '功能分类科目编码' /
'功能分类科目名称' / '合计' / '基本支出' / '项目支出' / '类' / '款' / '项'), then each row as its codes one a
line ('207' / '01' / '01'), its name, its figures one a line, blank cells left out; a total row is its
name and figures. A row opens at a 类 code (three digits) followed by up to two 款/项 codes (two digits)
and a name that is no total: read as a figure, such a code would leave the name below it a row
without a code, which only a total is. The run is folded into the lines a row-a-line export prints
('项目 支出预算', '功能分类科目编码', '功能分类科目名称 合计 基本支出 项目支出', '类 款 项', '207 01 01 行政运行
4,654,597 4,614,597 40,000', '合计 …'): a header cell with a role (a label or code heading) opens a
header line, the column names after it join it, the 类 款 项 cells make one line; the header printed
again on a new page is folded the same way (plain_tables passes it over as page furniture).
plain_tables then places the figures only where its sums make placement certain. Where the fold is
not certain (a 款/项-like figure '05' among the figures, two name lines, a line of neither kind) the
run ends there, and plain_tables' own end test leaves the table unread.
"""
from __future__ import annotations

import regex

from finder.ingest import identify, plain_tables
from finder.ingest.plain_place import is_total
from finder.ingest.plain_tables import PROSE, is_meta, is_value
from finder.ingest.spaced import SpacedTable
from finder.ingest.tables import header_role, is_code_context, is_residue_word

_CLASS = regex.compile(r"\d{3}")
_SUB = regex.compile(r"\d{2}")
_ZERO_LED = regex.compile(r"0\d+")           # a code, never a printed figure
_HAN = regex.compile(r"\p{Han}")
_MAX_META = 6
_MAX_HEADER = 16          # header cells, one a line


def _cells(line: str) -> list[str]:
    return line.split()


def _figures(line: str) -> bool:
    toks = _cells(line)
    return bool(toks) and all(is_value(t) for t in toks) and not any(_ZERO_LED.fullmatch(t) for t in toks)


def _name(line: str) -> bool:
    text = line.strip()
    return bool(_HAN.search(text)) and not is_value(text) and not PROSE.search(text) \
        and not identify.match_title(text)


def _opener(lines: list[str], i: int) -> int:
    """How many code lines open a row at line i (a 类 code, up to two 款/项 codes, then a name that is no
    total), else 0."""
    if i >= len(lines) or not _CLASS.fullmatch(lines[i].strip()):
        return 0
    k = i + 1
    while k < len(lines) and k - i < 3 and _SUB.fullmatch(lines[k].strip()):
        k += 1
    if k < len(lines) and _name(lines[k]) and not is_total(lines[k].strip()):
        return k - i
    return 0


def _header_cell(line: str) -> bool:
    text = line.strip()
    return bool(text) and bool(_HAN.search(text)) and len(text.split()) == 1 and not PROSE.search(text) \
        and not is_value(text)


def _header_lines(cells: list[str]) -> list[list[int]]:
    """Header cells (their positions) grouped into the lines a row-a-line export prints."""
    out: list[list[int]] = []
    residue = False
    for k, cell in enumerate(cells):
        word = identify.normalize(cell)
        if len(word) == 1 and is_residue_word(word):
            if out and residue:
                out[-1].append(k)
            else:
                out.append([k])
            residue = True
            continue
        role = header_role(cell) or ("code" if is_code_context([(word,)]) else None)
        if role is not None or not out or residue:
            out.append([k])
        else:
            out[-1].append(k)
        residue = False
    return out


def _fold(lines: list[str], title: int, skip: set[int]) -> list[tuple[str, list[int]]] | None:
    """The folded lines (text, the original lines) of the coded table under the title on line `title`."""
    out: list[tuple[str, list[int]]] = [(lines[title], [title])]
    i = title + 1
    n = 0
    while i < len(lines) and n < _MAX_META and (not lines[i].strip() or is_meta(lines[i])):
        out.append((lines[i], [i]))
        n += bool(lines[i].strip())
        i += 1
    start = i
    while i < len(lines) and i - start < _MAX_HEADER and not _opener(lines, i) and _header_cell(lines[i]):
        i += 1
    if i == start or not _opener(lines, i) or skip.intersection(range(title, i)):
        return None
    cells = [lines[k].strip() for k in range(start, i)]
    groups = _header_lines(cells)

    def header_at(at: int) -> bool:
        return at + len(cells) <= len(lines) and [lines[k].strip() for k in range(at, at + len(cells))] == cells

    def add_header(at: int) -> None:
        for g in groups:
            out.append((" ".join(cells[k] for k in g), [at + k for k in g]))

    add_header(start)
    rows = 0
    while i < len(lines) and i not in skip:
        codes = _opener(lines, i)
        text = lines[i].strip()
        if codes:
            head = [lines[k].strip() for k in range(i, i + codes + 1)]
            k = i + codes + 1
        elif _name(text) and is_total(text):
            head, k = [text], i + 1
        elif header_at(i) and rows:
            add_header(i)
            i += len(cells)
            continue
        else:
            break
        while k < len(lines) and k not in skip and not _opener(lines, k) and _figures(lines[k]):
            k += 1
        figs = [t for m in range(i + len(head), k) for t in _cells(lines[m])]
        out.append((" ".join(head + figs), list(range(i, k))))
        rows += 1
        i = k
        if not codes:                  # a total row ends the table
            break
    return out if rows else None


def find(lines: list[str], skip: set[int]) -> list[SpacedTable]:
    """The coded tables printed one cell a line in `lines` (0-based lines in `skip` are taken)."""
    out: list[SpacedTable] = []
    taken = set(skip)
    for i, line in enumerate(lines):
        if i in taken or not identify.match_title(line.strip()):
            continue
        folded = _fold(lines, i, taken)
        if folded is None:
            continue
        texts = [t for t, _ in folded]
        origin = [o for _, o in folded]
        tail = len(folded)
        texts.append(lines[origin[-1][-1] + 1] if origin[-1][-1] + 1 < len(lines) else "")
        origin.append([origin[-1][-1] + 1])
        for t in plain_tables.find(texts, {tail}):
            used = {j for k in t.used for j in origin[k]}
            locs = [origin[loc - 1][0] + 1 for loc in t.locs]
            out.append(SpacedTable(t.rows, locs, t.raws, used))
            taken |= used
    return out
