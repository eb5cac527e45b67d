"""Two-sided tables a plain text export prints with one side split by fund under wrapped headings (财政拨款收入支出决算总表).

pdfplumber prints the table's side names ('收入 支出', '财政拨款收入 财政拨款支出'), then its column
headings as pieces, the fund columns' names wrapped over lines in no column order of its own
('一般公共 政府性基 国有资本' / '项目 决算数 项目 合计 预算财政 金预算财 经营预算' / '拨款 政拨款 财政拨款'),
then one printed line a row: the 收入 side's name and figure and the 支出 side's name and figures, blank
cells left out ('一、一般公共预算财政拨款 19,044.27 一、一般公共服务支出 306.90 306.90'), a row of one side
alone ('四、公共安全支出 350.56 350.56'), a long name wrapped around its line of figures ('二十二、灾害防治
及应急管理支' / '98.23 98.23' / '出'). The column trees are the template's (tables.yml layout.plain_funds);
the text tells only their order, as in finder.ingest.plain_across: each heading piece goes to the
heading it spells with the others, headings on one line print left to right.

A row of one name is on the side whose own word (收入 | 支出, what the side names differ in) it holds and
the other's not, else on the side that printed that name before (the carry-over lines 一、一般公共预算财政
拨款 … under 年初财政拨款结转和结余 repeat the income lines' names); else the table stays text.

The split side's figures are placed by the sums the template implies, over the printed rounding:
in a row, the total column (合计) is the sum of the fund columns; down a column, each total row
(本年支出合计, 总计: a name ending in a total word) is the sum of the rows since the total row above
it and that total row (本年支出合计 = Σ 一、…二十四、; 总计 = 本年支出合计 + 年末财政拨款结转和结余); and
across the sides, the split side's last total row in a fund's column is the sum of the other side's
rows named after that fund (一、一般公共预算财政拨款 income and its carry-over line: what the fund
brought in is what it spent and kept). A table is read only where every column order the headings
allow and every placement these sums leave give each cell the same figure; a row printing every
column is read as printed (its sums are the checks' to test, TB02). Otherwise (no placement or more
than one, a row that cannot be read, a table that does not end at a note, a title or prose, a blank
form printing no figure) its lines stay text: a figure in the wrong fund's column would be a false
finding.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

import regex

from finder import lexicon
from finder.ingest import flow, identify, plain_codes
from finder.ingest.numbering import marker_span
from finder.ingest.pdf_lines import normalize_label
from finder.ingest.plain_across import HeadingNode, arrangements, fits, heading_tree, left_of, spellings, sums_hold
from finder.ingest.plain_place import PlainRow, interval, is_total, place, place_families
from finder.ingest.plain_tables import (PROSE, is_meta, is_residue, is_value, mend_words, merged, name_segments,
                                        side_cores, side_names, side_of, sided_rows)
from finder.ingest.spaced import SpacedTable
from finder.ingest.tables import header_role, is_code_context
from finder.numbers.interval import Interval, total

_HAN = regex.compile(r"\p{Han}")
_MAX_META = 6             # lines between a title and its headings (number, department, year, unit)
_MAX_HEADER = 8           # heading lines above the first row
_MAX_ARRANGEMENTS = 64
_RUNNING = 3              # a line printed this often is a running header or footer
_SIDE = ("<0>", "<1>")    # the two sides' nodes in the column tree (no heading prints these)


@dataclass(frozen=True)
class _Spec:
    table: str
    root: HeadingNode         # kids: the two sides' nodes, each over its own columns


@lru_cache(maxsize=1)
def _specs() -> list[_Spec]:
    out = []
    for name, spec in lexicon.load("tables")["layout"].get("plain_funds", {}).items():
        sides = tuple(HeadingNode(s, tuple(heading_tree(k) for k in kids)) for s, kids in zip(_SIDE, spec["sides"]))
        out.append(_Spec(spec.get("table", name), HeadingNode("", sides)))
    return out


def _bare(name: str) -> str:
    """A row name without its list number ('一、一般公共预算财政拨款' -> '一般公共预算财政拨款')."""
    name = identify.normalize(name)
    m = marker_span(name)
    return name[m[2]:] if m else name


def _label_word(tok: str) -> bool:
    return header_role(tok) in ("label", "code", "index") or is_code_context([(tok,)])


# ------------------------------------------------------------------ headings
@dataclass
class _Head:
    sides: list[str]          # the side names as printed
    cores: tuple[str, str]    # what they differ in (收入, 支出)
    label: str                # the name columns' heading (项目)
    pieces: list[str]
    at: list[int]
    indexed: bool = False     # both sides print a 行次 column: each row carries its two row numbers
    labels: tuple[str, ...] = ()  # the name headings printed, one a side where both print theirs


def _residue(line: str) -> bool:
    """A 栏次 line ('栏 次 1 栏 次 2 3 4 5'): column numbers and 栏次 words only."""
    return is_residue(merged(line))


def _head(lines: list[str], start: int, stop: int) -> _Head | None:
    """The side names line and the heading pieces of lines[start:stop] (the name columns' headings
    passed over); None when a line prints a figure or a sentence, or no side names are printed."""
    sides: list[str] = []
    label = ""
    labels: list[str] = []
    pieces: list[str] = []
    at: list[int] = []
    indexed = 0
    for i in range(start, stop):
        toks = [identify.normalize(t) for t in merged(lines[i])]
        if not toks or _residue(lines[i]):
            continue
        if PROSE.search(lines[i]) or any(is_value(t) for t in toks):
            return None
        if not sides and not pieces and side_cores(side_names(lines[i])):
            sides = side_names(lines[i])
            continue
        for t in toks:
            indexed += header_role(t) == "index"
            if _label_word(t) and len(t) > 1:     # a lone character is a wrapped name's piece ('…财政拨' / '款')
                label = label or t
                labels += [t] if header_role(t) == "label" else []
            else:
                pieces.append(t)
                at.append(i)
    cores = side_cores(sides)
    if indexed not in (0, 2):
        return None                   # a 行次 column on one side only: no layout this reader knows
    return _Head(sides, cores, label, pieces, at, indexed == 2, tuple(labels)) if cores and pieces else None


def _orders(root: HeadingNode, head: _Head) -> list[HeadingNode]:
    """Every arrangement of the columns (sides in printed order) the heading pieces allow."""
    names = [n.name for n in root.nodes() if n.name and n.name not in _SIDE]
    out: list[HeadingNode] = []
    for spelling in spellings(head.pieces, names):
        # a heading's pieces side by side on one line are one print of it ('一般公共预算财政拨 款')
        keep = [k for k in range(len(spelling))
                if not k or (spelling[k], head.at[k]) != (spelling[k - 1], head.at[k - 1])]
        before = left_of(tuple(spelling[k] for k in keep), [head.at[k] for k in keep], root)
        if before is None:
            continue
        for arr in arrangements(root):
            if [k.name for k in arr.kids] == list(_SIDE) and fits(arr, before) and arr not in out:
                out.append(arr)
                if len(out) > _MAX_ARRANGEMENTS:
                    return []
    return out


# ------------------------------------------------------------------ rows
_BLANK = PlainRow("", "", [])


def _piece(line: str) -> str:
    """A piece of a wrapped name alone on its line (one word, no figure, no total, no heading or
    title), else ""."""
    toks = line.split()
    ok = len(toks) == 1 and bool(_HAN.search(toks[0])) and not is_value(toks[0]) and not is_total(toks[0]) \
        and not flow.heading_of(toks[0]) and not identify.match_title(toks[0])
    return toks[0] if ok else ""


class _Sides:
    """Which side a row of one name is on: its side word, else the side that printed its name."""

    def __init__(self, cores: tuple[str, str], widths: list[int]):
        self.cores, self.widths = cores, widths
        self.seen: dict[str, set[int]] = {}

    def of(self, name: str) -> int | None:
        side = side_of(name, self.cores)
        if side is not None:
            return side
        seen = self.seen.get(_bare(name), set())
        return next(iter(seen)) if len(seen) == 1 else None

    def pair(self, segs: list[PlainRow] | None) -> list[PlainRow] | None:
        if not segs or len(segs) > 2:
            return None
        if len(segs) == 2:
            ok = side_of(segs[0].name, self.cores) != 1 and side_of(segs[1].name, self.cores) != 0
            return segs if ok else None
        side = self.of(segs[0].name)
        if side is None or segs[0].name in self.cores:
            return None
        return [segs[0], _BLANK] if side == 0 else [_BLANK, segs[0]]

    def note(self, row: list[PlainRow]) -> None:
        for k, r in enumerate(row):
            if r.name:
                self.seen.setdefault(_bare(r.name), set()).add(k)


def _row(lines: list[str], i: int, sides: _Sides) -> tuple[list[PlainRow], int] | None:
    """The two sides of the row printed from line i, and how many lines it takes: one line, or a
    name of one side whose last characters wrapped alone onto the next line ('二十四、抗疫特别国债安排的
    支' / '出') or onto the line after its figures ('二十二、灾害防治及应急管理支' / '98.23 98.23' / '出')."""
    segs = name_segments(lines[i])
    row = sides.pair(segs)
    if row is not None:
        return row, 1
    toks = lines[i].split()
    if segs is None or is_value(toks[0]) or sum(not is_value(t) for t in toks) != 1:
        return None                   # a note, a title or a sentence starts no wrapped row
    tail = _piece(lines[i + 1]) if i + 1 < len(lines) else ""
    if tail:
        row = sides.pair(name_segments(" ".join([toks[0] + tail, *toks[1:]])))
        return (row, 2) if row is not None else None
    vals = lines[i + 1].split() if len(toks) == 1 and i + 2 < len(lines) else []
    tail = _piece(lines[i + 2]) if vals else ""
    if tail and all(is_value(t) for t in vals):
        row = sides.pair(name_segments(" ".join([toks[0] + tail, *vals])))
        return (row, 3) if row is not None else None
    return _around(toks[0] + tail, name_segments(lines[i + 1]), sides) if tail else None


def _around(name: str, segs: list[PlainRow] | None, sides: _Sides) -> tuple[list[PlainRow], int] | None:
    """A name of one side wrapped in its cell around the other side's line, its first piece above the
    line and its last below ('一、社会保障和就业' / '一、一般公共预算 493,761,082.20 16,067,196.24 …' / '支出';
    '三、国有资本经营预' / '三、城乡社区支出 3,182,716,265.16 …' / '算'): the line's one name is the other
    side's, and its figures are split between the sides where only one split fits the columns."""
    if not segs or len(segs) != 1 or segs[0].name in sides.cores:
        return None
    one, two = sides.of(segs[0].name), sides.of(name)
    if one is None and two is None or one == two:
        return None
    one = 1 - two if one is None else one
    row = segs[0]
    if one == 1:                      # the wrapped name is the left side's: the line's figures are the right's
        return [PlainRow("", name, []), row], 3
    splits = [n for n in range(len(row.values) + 1) if n <= sides.widths[0] and len(row.values) - n <= sides.widths[1]]
    if len(splits) != 1:
        return None
    n = splits[0]
    return [PlainRow("", row.name, row.values[:n]), PlainRow("", name, row.values[n:])], 3


def _lone(line: str) -> str:
    """One word of a name alone on its line (no figure, total or title); a list number may open it
    ('七、文化旅游体育与传': the numbered line between tells it from a heading)."""
    toks = line.split()
    ok = len(toks) == 1 and bool(_HAN.search(toks[0])) and not is_value(toks[0]) and not is_total(toks[0]) \
        and not identify.match_title(toks[0])
    return toks[0] if ok else ""


def _numbered(lines: list[str], i: int, left: int, right: int | None,
              cores: tuple[str, str]) -> tuple[list[PlainRow], int, int] | None:
    """The two sides of the row whose row numbers (行次) are `left` and `right` (None before the first
    row), printed on line i ('一、一般公共预算财政拨款 1 849.17 一、一般公共服务支出 33 549.27 549.27',
    '4 四、公共安全支出 36'), or a line of one name piece, that line and the piece after it ('七、文化旅游
    体育与传' / '7 39 130.00 130.00' / '媒支出'; '年末财政拨款结转和结' / '年初财政拨款结转和结余 28 60' / '余'):
    the wrapped name is the side's whose name the numbered line leaves blank, of both blank the one
    whose word (收入 | 支出) the name holds; the rows, the lines taken and the right row number."""
    reads = sided_rows(lines[i], left, right)
    if len(reads) == 1:
        a, b, r = reads[0]
        return [a, b], 1, r
    if reads or i + 2 >= len(lines):
        return None
    head, tail = _lone(lines[i]), _lone(lines[i + 2])
    reads = sided_rows(lines[i + 1], left, right) if head and tail else []
    if len(reads) != 1:
        return None
    row, r = list(reads[0][:2]), reads[0][2]
    name = head + tail
    blank = [k for k in (0, 1) if not row[k].name]
    k = blank[0] if len(blank) == 1 else side_of(name, cores) if len(blank) == 2 else None
    if k is None or side_of(name, cores) not in (None, k):
        return None                   # a name of the other side's word: its middle piece is on the line
    row[k] = PlainRow("", name, row[k].values)
    return row, 3, r


def _furniture(text: str, header: set[str], running: frozenset[str]) -> bool:
    """A page number, the headings printed again on the next page, a running header or footer."""
    if not text or text.isdigit() or "".join(text.split()) in header or text in running:
        return True
    return any(rx.fullmatch(text) for rx in flow.doc_lexicon().residue)


def _ends(lines: list[str], i: int, running: frozenset[str]) -> bool:
    """The line after the table (past page furniture): none, a note, a title or prose."""
    while i < len(lines) and _furniture(lines[i].strip(), set(), running):
        i += 1
    if i >= len(lines):
        return True
    text = lines[i].strip()
    return bool(flow.doc_lexicon().note.match(text) or identify.match_title(text) or PROSE.search(text))


def _body(lines: list[str], first: int, head: _Head, widths: list[int], header: set[str], skip: set[int],
          running: frozenset[str]) -> tuple[list[list[PlainRow]], list[int], int, int] | None:
    """The rows from line `first` to the table's end, their lines, the line after them, the right
    side's first row number (行次; 0 when none is printed)."""
    sides = _Sides(head.cores, widths)
    rows: list[list[PlainRow]] = []
    locs: list[int] = []
    i = end = first
    right: int | None = None
    while i < len(lines) and i not in skip and "\t" not in lines[i]:
        if head.indexed:
            got = _numbered(lines, i, len(rows) + 1, right, head.cores)
            right = got[2] + 1 if got else right
        else:
            got = _row(lines, i, sides)
        if got is not None and not skip.intersection(range(i, i + got[1])):
            sides.note(got[0])
            rows.append(got[0])
            locs.append(i)
            i = end = i + got[1]
        elif rows and _furniture(lines[i].strip(), header, running):
            i += 1
        else:
            break
    first_right = right - len(rows) if right is not None else 0
    return (rows, locs, end, first_right) if len(rows) >= 3 and _ends(lines, end, running) else None


# ------------------------------------------------------------------ placement
def _columns(side: HeadingNode, row: PlainRow, strict: bool) -> list[tuple[int, ...]]:
    """The columns the row's figures may fill under `side`'s column order: as printed when it prints
    every column (and, `strict`, its sums hold) or none, else where its sums hold."""
    leaves = side.leaves()
    m, k = len(row.values), len(leaves)
    if m == 0:
        return [()]
    if m > k:
        return []
    zero = interval("0")
    out = []
    for cols in itertools.combinations(range(k), m):
        cells = {leaf: [zero] for leaf in leaves}
        for c, v in zip(cols, row.values):
            cells[leaves[c]] = [interval(v)]
        if (m == k and not strict) or sums_hold(side, cells):
            out.append(cols)
    return out


def _parents(rows: list[PlainRow]) -> list[int | None]:
    """Each row's total row: a total row adds up the rows since the total row above it and that one."""
    out: list[int | None] = [None] * len(rows)
    start, prev = 0, None
    for j, r in enumerate(rows):
        if r.name and is_total(r.name):
            for c in range(start, j):
                out[c] = j if rows[c].name else None
            if prev is not None:
                out[prev] = j
            start, prev = j + 1, j
    return out


def _fed(other: list[PlainRow], cells: list[list[str]], leaves: list[str], core: str) -> dict[int, Interval]:
    """Column k of the split side -> the sum of the other side's figures in rows named after its
    heading (with or without the other side's word: 一般公共预算财政拨款收入)."""
    out: dict[int, Interval] = {}
    for k, leaf in enumerate(leaves):
        if is_total(leaf):
            continue
        hits = [c[0] for r, c in zip(other, cells) if r.name and _bare(r.name) in (leaf, leaf + core)]
        if hits:
            out[k] = total([interval(x) if x else interval("0") for x in hits])
    return out


def _solve(side: HeadingNode, rows: list[PlainRow], strict: bool, fed: dict[int, Interval]) -> list[list[str]] | None:
    """Each row's cells under `side` (the one placement its sums leave), else None."""
    k = len(side.leaves())
    cands = [_columns(side, r, strict) for r in rows]
    if all(len(c) == 1 for c in cands):       # every row as printed: its sums are the checks' to test
        return [_cells(r, c[0], k) for r, c in zip(rows, cands)]
    parents = _parents(rows)
    tops = [j for j, r in enumerate(rows) if r.name and is_total(r.name)]
    if tops and fed:
        last = tops[-1]
        keep = []
        for cols in cands[last]:
            cells = dict(zip(cols, rows[last].values))
            if all(interval(cells[c]).overlaps(v) if c in cells else v.lo <= 0 <= v.hi for c, v in fed.items()):
                keep.append(cols)
        cands[last] = keep
    chosen = place_families(rows, cands, k, parents)
    return None if chosen is None else [_cells(r, cols, k) for r, cols in zip(rows, chosen)]


def _cells(row: PlainRow, cols: tuple[int, ...], k: int) -> list[str]:
    out = [""] * k
    for c, v in zip(cols, row.values):
        out[c] = v
    return out


def _place(spec: _Spec, head: _Head, rows: list[list[PlainRow]]):
    """(column order, cells of each side per row) agreed by every order and placement, or None."""
    arrs = _orders(spec.root, head)
    if not arrs or any(interval(v) is None for row in rows for r in row for v in r.values):
        return None
    split = [any(is_total(x) for x in s.leaves()) and len(s.leaves()) > 1 for s in spec.root.kids]
    if split.count(True) != 1:
        return None
    s = split.index(True)
    o = 1 - s
    found = []
    for arr in arrs:
        plain = arr.kids[o]
        mine = place([r[o] for r in rows], len(plain.leaves()), False, False)
        if mine is None:
            return None
        fed = _fed([r[o] for r in rows], mine, arr.kids[s].leaves(), head.cores[o]) \
            if len(plain.leaves()) == 1 else {}
        cells = _solve(arr.kids[s], [r[s] for r in rows], len(arrs) > 1, fed)
        if cells is not None:
            both = [mine, cells] if o == 0 else [cells, mine]
            found.append((arr, both))
    if not found:
        return None
    named = [[{leaf: c[n] for n, leaf in enumerate(a.kids[k].leaves())} for k in range(2) for c in both[k]]
             for a, both in found]
    if any(x != named[0] for x in named[1:]):
        return None
    return found[0]


# ------------------------------------------------------------------ tables
def _grid(arr: HeadingNode, head: _Head, rows: list[list[PlainRow]], cells: list[list[list[str]]],
          numbers: list[tuple[int, int]]) -> list[list[str]]:
    """Side names, column names, then a row per printed row (a blank side: an empty name)."""
    given = lexicon.load("tables")["layout"]["plain_headers"]
    label = head.label or given["label"]
    index = [given["index"]] if head.indexed else []
    top: list[str] = []
    names: list[str] = []
    for k, side in enumerate(arr.kids):
        # a side is named by its printed name when that ends with its word (财政拨款收入), else by the
        # word ('收入决算数' over 项目 | 决算数 is the 收入 side)
        shown = head.sides[k] if head.sides[k].endswith(head.cores[k]) else head.cores[k]
        names += [head.labels[k] if len(head.labels) == 2 else label, *index, *side.leaves()]
        top += [shown] * (1 + len(index) + len(side.leaves()))
    grid = [top, names]
    for r, row in enumerate(rows):
        out: list[str] = []
        for k, side in enumerate(row):
            number = [str(numbers[r][k])] if head.indexed else []
            out += [normalize_label(side.name), *number, *cells[k][r]]
        grid.append(out)
    return grid


def _table(lines: list[str], title: int, spec: _Spec, skip: set[int], running: frozenset[str]) -> SpacedTable | None:
    i, k = title + 1, 0
    while i < len(lines) and k < _MAX_META and (not lines[i].strip() or is_meta(lines[i])):
        k += bool(lines[i].strip())
        i += 1
    first = i
    while i < len(lines) and i - first <= _MAX_HEADER and i not in skip \
            and (_residue(lines[i]) or not any(is_value(t) or marker_span(t) for t in lines[i].split())):
        i += 1
    if i >= len(lines) or i in skip or i == first:
        return None
    head = _head(lines, first, i)
    if head is None:
        return None
    header = {"".join(lines[j].split()) for j in range(first, i) if lines[j].strip()}
    body = _body(lines, i, head, [len(k.leaves()) for k in spec.root.kids], header, skip, running)
    if body is None:
        return None
    rows, locs, end, right = body
    if not any(r.values for row in rows for r in row):
        return None                   # a blank form (a template): no figure tells a column from text
    read = _place(spec, head, rows)
    if read is None:
        return None
    arr, cells = read
    grid = _grid(arr, head, rows, cells, [(r + 1, right + r) for r in range(len(rows))])
    return SpacedTable(grid, [first + 1] * 2 + [j + 1 for j in locs],
                       [" ".join(r) for r in grid[:2]] + [lines[j] for j in locs], set(range(first, end)))


def find(lines: list[str], skip: set[int]) -> list[SpacedTable]:
    """The fund-split two-sided tables in `lines` (0-based lines in `skip` are taken)."""
    out = []
    lines = [ln if "\t" in ln else plain_codes.joined(" ".join(mend_words(ln).split())) for ln in lines]
    seen: dict[str, int] = {}
    for ln in lines:
        if ln.strip():
            seen[ln.strip()] = seen.get(ln.strip(), 0) + 1
    running = frozenset(ln for ln, n in seen.items() if n >= _RUNNING)
    taken = set(skip)
    for i, line in enumerate(lines):
        tid = None if i in taken or "\t" in line else identify.match_title(line)
        for spec in _specs() if tid else ():
            t = _table(lines, i, spec, taken, running) if spec.table == tid else None
            if t is not None:
                out.append(t)
                taken |= t.used
                break
    return out
