"""Tables of plain text exports (pdfplumber extract_text): one row a line, cells one space apart, blank cells left out.

A table is looked for under a title line the lexicon knows (tables.yml titles), past its number,
department, year and unit lines. The header lines above the first row name the value columns; the
栏次 line (栏次 1 2 3 …) says how many there are. Three layouts are read:
- two sides with 行次 (收入支出决算总表): a row is anchored by both sides' running row numbers
  ('一、…收入 1 849.17 一、…支出 32 549.27', '9 九、卫生健康支出 40 37.92');
- one side with 行次 (“三公” table): name, row number, values;
- two sides without 行次 (收入支出决算总表 of a district export: '一、…收入 849.17 一、…支出 549.27'): a
  row is one name and its values per side, names one word each; a row of one name is placed on the
  side whose own word (收入 | 支出, what the two side names differ in) it holds and the other's not,
  else the table stays unread;
- coded (收入决算表, 支出决算表 …): code, name, values; a long name wrapped around its line of figures
  (wrapped_row), or the code, a line of words and the figures on three lines, the name left blank
  (split_row: the words may hold the row above's name run into this one's); such a row, and the row
  above it, take the name the report prints for their code on another line where that is certain.
A row printing every value of its side is read as printed and one printing none as blank; one
printing fewer only where finder.ingest.plain_place finds one placement alone. Page furniture
between rows (page numbers, the header printed again) is passed over. A row that cannot be read, or
a table that does not end at a note, a title, a heading or prose, leaves the whole table unread:
its lines stay text, never a value in the wrong column (a blank reads as 0 to the checks).
Layout exports (pdftotext -layout, extract_text(layout=True): cells apart by runs of spaces, blank
cells as spaces) are read the same way where no space-laid reader (finder.ingest.spaced…) took the
lines: each run of spaces is one separator, x positions are not used, blank cells are placed by
the sums as in a plain export.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from finder import lexicon
from finder.ingest import flow, identify, plain_codes
from finder.ingest.pdf_lines import normalize_label
from finder.ingest.plain_place import PlainRow, is_total, place
from finder.ingest.spaced import SpacedTable
from finder.ingest.tables import words as table_words
from finder.ingest.tables import header_role, is_code, is_code_context, is_header_word, is_residue_word

_HAN = regex.compile(r"\p{Han}")
_VALUE = regex.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-—–－]{1,3}")
_INT = regex.compile(r"[1-9]\d{0,2}")
PROSE = regex.compile(r"[，。；;！？!?]")
_MAX_META = 6             # lines between a title and its header (number, department, year, unit)
_MAX_HEADER = 6           # header lines above the first row
_MIN_ROWS = 3
_RUNNING = 3              # a line printed this often is a running header or footer


@dataclass
class _Group:
    """One side of the header: its label heading, whether it has a 行次 column, its value names."""

    label: str
    indexed: bool
    names: list[str]


def is_meta(text: str) -> bool:
    unit, year, dept = (identify.meta_line_re(k) for k in ("unit", "year", "department"))
    return bool(identify.find_number(text)[0] or unit.search(text) or year.match(text) or dept.match(text))


def merged(line: str) -> list[str]:
    """Header tokens: a run of one-character words is read as the header words it spells ('项 目
    行 次 金 额' -> 项目 行次 金额, '类 款 项' -> 类款项, a residue run), else as one word."""
    out: list[str] = []
    run = ""
    for tok in line.split() + [""]:
        if len(tok) == 1 and _HAN.match(tok):
            run += tok
            continue
        if run:
            out += _spell(run)
            run = ""
        if tok:
            out.append(tok)
    return out


def _known(word: str) -> bool:
    return is_header_word(word) or is_residue_word(word) or word in table_words().totals


def _spell(run: str) -> list[str]:
    """Known header words that spell `run` (longest first), or the run as one word."""
    out: list[str] = []
    p = 0
    while p < len(run):
        size = next((n for n in range(len(run) - p, 0, -1) if _known(run[p:p + n])), 0)
        if not size:
            return [run]
        out.append(run[p:p + size])
        p += size
    return out


def is_value(tok: str) -> bool:
    return bool(_VALUE.fullmatch(tok))


def _role(tok: str) -> str | None:
    role = header_role(tok)
    if role is None and is_code_context([(identify.normalize(tok),)]):
        return "code"
    return role


def is_residue(toks: list[str]) -> bool:
    return bool(toks) and all(_INT.fullmatch(t) or is_residue_word(identify.normalize(t)) for t in toks)


def _counts(toks: list[str]) -> list[int]:
    """Value columns per side from a 栏次 line: 栏次 1 栏次 2 3 4 5 -> [1, 4]; 类 款 项 1 2 3 -> [3]."""
    out: list[int] = []
    fresh = True
    for t in toks:
        if _INT.fullmatch(t):
            if fresh:
                out.append(0)
                fresh = False
            out[-1] += 1
        elif header_role(t) == "index":
            fresh = True
    return out


def _groups(toks: list[str]) -> list[_Group]:
    """The sides of a names line: a label heading opens each (项目 行次 金额 项目（按功能分类） 行次 金额)."""
    out: list[_Group] = []
    for t in toks:
        role = _role(t)
        if role == "label" and (not out or out[-1].names or out[-1].indexed):
            out.append(_Group(t, False, []))
        elif role == "label" and not out[-1].label:
            out[-1].label = t
        elif not out:
            out.append(_Group("", False, []))
            if role is None:
                out[-1].names.append(t)
        elif role == "index":
            out[-1].indexed = True
        elif role is None:
            out[-1].names.append(t)
    return out


@dataclass
class _Header:
    sides: list[str]
    groups: list[_Group]
    counts: list[int]
    lines: list[int]


def _header(lines: list[str], start: int, stop: int) -> _Header | None:
    """The header of lines[start:stop]: side names, one names line, a 栏次 line."""
    sides: list[str] = []
    named: list[list[_Group]] = []
    counts: list[int] = []
    for i in range(start, stop):
        toks = merged(lines[i])
        if not toks:
            continue
        if is_residue(toks):
            counts = counts or _counts(toks)
            continue
        roles = [_role(t) for t in toks]
        if not named and not sides and all(r is None and _HAN.search(t) for t, r in zip(toks, roles)):
            sides = side_names(lines[i])
            if sides:
                continue
        groups = _groups(toks)
        if any(g.names for g in groups):
            named.append(groups)
    while len(named) > 1 and _spans(named[0]):
        named.pop(0)
    if len(named) != 1:
        return None
    return _Header(sides, named[0], counts, list(range(start, stop)))


def _spans(groups: list[_Group]) -> bool:
    """A heading over the value columns, printed above their names ('项目 支出预算' over '合计 基本支出
    项目支出'): the label heading and one name. A names line below the names (a wrapped column name)
    is no heading: the header stays two names lines, unread."""
    return len(groups) == 1 and bool(groups[0].label) and len(groups[0].names) == 1


def side_names(line: str) -> list[str]:
    """'收入 支出' or '收 入 支 出' -> [收入, 支出]; anything else names no sides."""
    toks = line.split()
    if len(toks) == 2:
        return toks
    if len(toks) % 2 == 0 and all(len(t) == 1 for t in toks):
        h = len(toks) // 2
        return ["".join(toks[:h]), "".join(toks[h:])]
    return []


# ------------------------------------------------------------------ rows
def coded_row(line: str) -> PlainRow | None:
    """code name value* (or a total's name and values): every token after the name is a value."""
    toks = line.split()
    code = toks.pop(0) if toks and is_code(toks[0]) else ""
    k = 0
    while k < len(toks) and not is_value(toks[k]):
        k += 1
    name, values = " ".join(toks[:k]), toks[k:]
    if not name or not _HAN.search(name) or not all(is_value(v) for v in values):
        return None
    if not code and not is_total(name):
        return None
    return PlainRow(code, name, values)


def _indexed_row(line: str, n: int) -> PlainRow | None:
    """name n value*: the row's number anchors it (a name may hold figures, not end in one: '单价 100
    万元以上设备 10 0')."""
    toks = line.split()
    hits = [i for i, t in enumerate(toks) if t == str(n) and i > 0 and not is_value(toks[i - 1])
            and _HAN.search(" ".join(toks[:i])) and all(is_value(x) for x in toks[i + 1:])]
    if len(hits) != 1:
        return None
    i = hits[0]
    return PlainRow("", " ".join(toks[:i]), toks[i + 1:])


def side_cores(sides: list[str]) -> tuple[str, str] | None:
    """What two side names differ in: 本年收入 | 本年支出 -> (收入, 支出); None when one holds the other."""
    if len(sides) != 2:
        return None
    a, b = sides
    p = len(_common(a, b))
    a, b = a[p:], b[p:]
    q = len(_common(a[::-1], b[::-1]))
    a, b = a[:len(a) - q], b[:len(b) - q]
    return (a, b) if a and b and a not in b and b not in a else None


def _common(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def side_of(name: str, cores: tuple[str, str]) -> int | None:
    """0 or 1: the side whose word the name holds and not the other's (a bare side word is no row)."""
    held = [c in name for c in cores]
    return held.index(True) if held.count(True) == 1 and name not in cores else None


# In a plain export's line (cells one space apart; a layout export's line, runs of spaces apart, keeps the
# reading its layout was given): a value run into the next side's numbered name ('47,483,458一、社会保障和就业支出':
# the export dropped the space) is two words, a sub-item's number a space before its name ('1. 一般公共预算') one
_GLUED_NAME = regex.compile(r"(?<=\d)(?=[一二三四五六七八九十]{1,3}、)")
_SUB_ITEM = regex.compile(r"(?<!\S)(\d{1,2}[.．]) (?=\p{Han})")
_LAID = regex.compile(r"\S {2,}\S")


def mend_words(line: str) -> str:
    """A plain export's line with its glued and split words mended (see _GLUED_NAME)."""
    return line if _LAID.search(line.strip()) else _SUB_ITEM.sub(r"\1", _GLUED_NAME.sub(" ", line))


def name_segments(line: str) -> list[PlainRow] | None:
    """'name value* name value*': one segment a name (a word holding a Chinese character) and the
    figures after it; None for a line opening with a figure, a note, a title or a sentence."""
    if PROSE.search(line) or flow.doc_lexicon().note.match(line) or identify.match_title(line):
        return None
    segs: list[PlainRow] = []
    for t in line.split():
        if is_value(t) and segs:
            segs[-1].values.append(t)
        elif _HAN.search(t) and not is_value(t):
            segs.append(PlainRow("", t, []))
        else:
            return None
    return segs or None


def _paired_row(line: str, cores: tuple[str, str]) -> list[PlainRow] | None:
    """'name value* name value*' (left then right) or 'name value*' on its side's word: each side's row
    (a note, a title or a sentence is none)."""
    segs = name_segments(line)
    if segs is None:
        return None
    if len(segs) == 2:
        return None if side_of(segs[0].name, cores) == 1 or side_of(segs[1].name, cores) == 0 else segs
    side = side_of(segs[0].name, cores) if len(segs) == 1 else None
    if side is None:
        return None
    blank = PlainRow("", "", [])
    return [segs[0], blank] if side == 0 else [blank, segs[0]]


def _paired(lines: list[str], i: int, cores: tuple[str, str]) -> tuple[list[PlainRow] | None, int]:
    """The sides of line i, or of a one-item line i whose name's last characters wrapped alone onto
    the next line ('二十二、灾害防治及应急管理支 0.00' / '出') or, its figures printed between, onto the line
    after them ('二十二、灾害防治及应急管理支' / '98.23' / '出'), and how many lines they take."""
    row = _paired_row(lines[i], cores)
    toks = lines[i].split()
    tail = _fragment(lines[i + 1]) if row is None and toks and i + 1 < len(lines) else ""
    if tail and not is_value(toks[0]) and sum(not is_value(t) for t in toks) == 1:
        return _paired_row(" ".join([toks[0] + tail, *toks[1:]]), cores), 2
    vals = lines[i + 1].split() if row is None and len(toks) == 1 and i + 2 < len(lines) else []
    tail = _fragment(lines[i + 2]) if vals and all(is_value(t) for t in vals) else ""
    if tail and not is_value(toks[0]):      # '二十二、灾害防治及应急管理支' / '98.23' / '出': the figures between
        return _paired_row(" ".join([toks[0] + tail, *vals]), cores), 3
    return row, 1


def sided_rows(line: str, left: int, right: int | None) -> list[tuple[PlainRow, PlainRow, int]]:
    """Readings of 'name? L value* name? R value*' with L = `left` (and R = `right` when known)."""
    toks = line.split()
    out = []
    for i in (i for i, t in enumerate(toks) if t == str(left)):
        if any(is_value(x) for x in toks[:i]):
            continue
        for j in range(i + 1, len(toks)):
            if not _INT.fullmatch(toks[j]) or (right is not None and toks[j] != str(right)):
                continue
            mid = toks[i + 1:j]
            b = next((n for n, x in enumerate(mid) if not is_value(x)), len(mid))
            if any(is_value(x) for x in mid[b:]) or not all(is_value(x) for x in toks[j + 1:]):
                continue
            out.append((PlainRow("", " ".join(toks[:i]), mid[:b]),
                        PlainRow("", " ".join(mid[b:]), toks[j + 1:]), int(toks[j])))
    return out


# ------------------------------------------------------------------ tables
@dataclass
class _Body:
    rows: list[list[PlainRow]]
    locs: list[int]
    used: set[int]
    end: int
    right: int = 0                   # the right side's first row number (two sides)
    unsure: set[int] = field(default_factory=set)   # rows whose name split_row left blank or cut short


def _furniture(text: str, header: set[str], running: frozenset[str]) -> bool:
    """Page furniture inside a table: a page number, the header printed again on the next page, a
    running header or footer (a line printed _RUNNING times or more)."""
    if not text or text.isdigit() or "".join(text.split()) in header or text in running:
        return True
    return any(rx.fullmatch(text) for rx in flow.doc_lexicon().residue)


def _ends(lines: list[str], i: int, after: int | None, running: frozenset[str], headed: bool = True) -> bool:
    """The line after a table (past page furniture): none, a note, a title, a heading (when `headed`:
    a paired table's rows read as headings, '九、卫生健康支出') or prose; not a row that failed to read
    (one that prints the next row number `after`, or opens with a code)."""
    while i < len(lines) and _furniture(lines[i].strip(), set(), running):
        i += 1
    if i >= len(lines):
        return True
    text = lines[i].strip()
    toks = text.split()
    if (after is not None and str(after) in toks) or is_code(toks[0]):
        return False
    return bool(flow.doc_lexicon().note.match(text) or identify.match_title(text)
                or (headed and flow.heading_of(text)) or PROSE.search(text))


def _fragment(line: str) -> str:
    """A piece of a wrapped name alone on its line (one word, no figure, no total), else ""."""
    toks = line.split()
    ok = len(toks) == 1 and bool(_HAN.search(toks[0])) and not is_value(toks[0]) and not is_total(toks[0])
    return toks[0] if ok else ""


def wrapped_row(lines: list[str], i: int) -> tuple[PlainRow, int] | None:
    """A coded row whose name wrapped in its cell: the export prints the name's lines around the
    line of figures ('20103 政府办公厅（室）及相关机' / '449.03 449.03 …' / '构事务', or '机关事业单位
    基本养老保险缴费支' / '2080505 62.55 62.55' / '出', the middle piece beside the code when the name takes
    three lines: '机关事业单位' / '2080505 基本养老保险 62.55 62.55' / '缴费支出'). The row and how many
    lines it takes."""
    if i + 1 >= len(lines):
        return None
    head, vals = lines[i].split(), lines[i + 1].split()
    pre = _fragment(lines[i])
    if pre and len(vals) > 1 and is_code(vals[0]):
        k = next((n for n, t in enumerate(vals[1:], 1) if is_value(t)), len(vals))
        code, name, vals = vals[0], pre + "".join(vals[1:k]), vals[k:]
    elif len(head) >= 2 and is_code(head[0]) and not any(is_value(t) for t in head[1:]):
        code, name = head[0], " ".join(head[1:])
    else:
        return None
    if not vals or not all(is_value(t) for t in vals):
        return None
    tail = _fragment(lines[i + 2]) if i + 2 < len(lines) else ""
    return PlainRow(code, name + tail, vals), (3 if tail else 2)


def split_row(lines: list[str], i: int) -> tuple[PlainRow, int] | None:
    """A coded row the export printed over three lines, its code alone, then a line of words, then its
    figures alone ('2080599' / '…' / '30.00 30.00 0.00'): the row and 3. Its name is left blank: the
    words between may be its name, or its name's first line run together character by character with
    the last line of the row above's wrapped name ('支甲出乙事务' for the row above's '…支出' and its own
    '甲乙事务…'), and nothing printed tells which (a name read wrong would link the prose to the wrong row)."""
    if i + 2 >= len(lines) or not is_code(lines[i].strip()):
        return None
    words, vals = lines[i + 1].split(), lines[i + 2].split()
    if not words or not _HAN.search(lines[i + 1]) or any(is_value(t) or _known(t) for t in merged(lines[i + 1])):
        return None                     # no name: a header printed again under a page number, a total
    if not vals or not all(is_value(t) for t in vals):
        return None
    return PlainRow(lines[i].strip(), "", vals), 3


def _name_unsure(lines: list[str], body: _Body, own: set[int]) -> None:
    """The rows split_row left unnamed or cut short, named as the report prints their code elsewhere
    (a 收入决算表 or 支出决算表 line '2080599 <name> 10.00 …' for the 2080599 of the
    一般公共预算财政拨款支出决算表): a code names one 科目 in a report, and a name cut short in its cell is
    the head of the whole one, so the longest printed name is taken when every other (and the row's
    own) is its head; a name no other line prints, or two names that differ, leave the row as it was."""
    found: dict[str, list[str]] = {}
    for i, line in enumerate(lines):
        row = coded_row(line.strip()) if i not in own and line[:1].isdigit() else None
        if row is not None and row.code and row.values:
            found.setdefault(row.code, []).append("".join(row.name.split()))
    for k in sorted(body.unsure):
        row = body.rows[k][0]
        names = found.get(row.code, [])
        whole = max(names, key=len, default="")
        mine = "".join(row.name.split())
        if whole and all(whole.startswith(n) for n in names + [mine]):
            body.rows[k] = [PlainRow(row.code, whole, row.values)]


def _body(lines: list[str], first: int, head: _Header, skip: set[int], layout: str,
          running: frozenset[str]) -> _Body | None:
    header = {"".join(lines[i].split()) for i in head.lines if lines[i].strip()}
    body = _Body([], [], set(), first)
    left, right = 1, None
    i = first
    while i < len(lines) and i not in skip and "\t" not in lines[i]:
        text = lines[i].strip()
        step = 1
        if layout == "sided":
            reads = sided_rows(text, left, right)
            row = list(reads[0][:2]) if len(reads) == 1 else None
            if row and right is None:
                right = reads[0][2]
        elif layout == "indexed":
            one = _indexed_row(text, left)
            row = [one] if one else None
        elif layout == "paired":
            row, step = _paired(lines, i, side_cores(head.sides))
            if skip.intersection(range(i, i + step)):
                break
        else:
            wrap = wrapped_row(lines, i) or split_row(lines, i)
            one = None if wrap else coded_row(text)
            row = [one] if one else None
            if wrap and not skip.intersection(range(i, i + wrap[1])):
                if not wrap[0].name:          # split_row: its name blank, the row above's cut short
                    body.unsure |= {len(body.rows), len(body.rows) - 1} - {-1}
                body.rows.append([wrap[0]])
                body.locs.append(i)
                body.used.update(range(i, i + wrap[1]))
                i += wrap[1]
                body.end = i
                continue
        if row is None and body.rows and _furniture(text, header, running):
            body.used.add(i)
            i += 1
            continue
        if row is None:
            break
        body.rows.append(row)
        body.locs.append(i)
        body.used.update(range(i, i + step))
        body.end = i + step
        left += 1
        right = right + 1 if right is not None else None
        i += step
    if len(body.rows) < _MIN_ROWS:
        return None
    body.used = {u for u in body.used if u < body.end}
    body.right = right - len(body.rows) if right is not None else 0
    after = left if layout in ("sided", "indexed") else None
    return body if _ends(lines, body.end, after, running, layout != "paired") else None


def _layout(head: _Header) -> str | None:
    indexed = [g.indexed for g in head.groups]
    if len(head.groups) == 2 and all(indexed) and len(head.sides) == 2:
        return "sided"
    if len(head.groups) == 2 and not any(indexed) and side_cores(head.sides):
        return "paired"
    if len(head.groups) == 1:
        return "indexed" if indexed[0] else "coded"
    return None


def _first_row(lines: list[str], start: int, head: _Header, layout: str) -> bool:
    text = lines[start].strip() if start < len(lines) else ""
    if not text or is_residue(merged(text)):
        return False
    if layout == "sided":
        return bool(sided_rows(text, 1, None))
    if layout == "indexed":
        return _indexed_row(text, 1) is not None
    if layout == "paired":
        return _paired_row(text, side_cores(head.sides)) is not None
    return (coded_row(text) is not None or wrapped_row(lines, start) is not None) and not is_residue(merged(text))


def _table(lines: list[str], title: int, skip: set[int], running: frozenset[str]) -> SpacedTable | None:
    """The table under the title on line `title`, or None (blank lines between are not counted)."""
    filled = [i for i in range(title + 1, min(len(lines), title + 4 * (_MAX_META + _MAX_HEADER)))
              if lines[i].strip()]
    k = 0
    while k < len(filled) and k < _MAX_META and is_meta(lines[filled[k]]):
        k += 1
    for n, top in enumerate(filled[k + 1:k + 1 + _MAX_HEADER]):
        above = lines[filled[k + n]]
        if filled[k + n] in skip or "\t" in above or PROSE.search(above) \
                or flow.doc_lexicon().note.match(above.strip()):
            return None
        head = _header(lines, filled[k], top)
        layout = _layout(head) if head else None
        if layout and _first_row(lines, top, head, layout):
            return _read(lines, head, layout, top, skip, running)
    return None


def _read(lines: list[str], head: _Header, layout: str, first: int, skip: set[int],
          running: frozenset[str]) -> SpacedTable | None:
    body = _body(lines, first, head, skip, layout, running)
    if body is None:
        return None
    counts = head.counts or [len(g.names) for g in head.groups]
    if len(counts) != len(head.groups) or any(n != len(g.names) for n, g in zip(counts, head.groups)):
        return None
    if body.unsure:
        _name_unsure(lines, body, set(head.lines) | body.used)
    sides = list(zip(*body.rows))
    placed = []
    for g, rows in zip(head.groups, sides):
        cells = place(list(rows), len(g.names), _sums_to_first(g.names), layout == "coded")
        if cells is None:
            return None
        placed.append(cells)
    grid = _grid(head, layout, body, placed)
    n_head = len(grid) - len(body.rows)
    locs = [first + 1] * n_head + [i + 1 for i in body.locs]
    raws = [" ".join(g) for g in grid[:n_head]] + [lines[i] for i in body.locs]
    return SpacedTable(grid, locs, raws, set(head.lines) | body.used)


def _sums_to_first(names: list[str]) -> bool:
    """Whether the first column is the sum of the others: a total, and no other total or 其中 part
    among them (合计 | 财政拨款 | 其中：一般公共预算 counts a part twice)."""
    openers = tuple(lexicon.load("cells")["label_openers"])
    return is_total(names[0]) and not any(is_total(n) or n.startswith(openers) for n in names[1:])


def _grid(head: _Header, layout: str, body: _Body, placed: list[list[list[str]]]) -> list[list[str]]:
    """Header rows (side names, then column names) and body rows for build_table."""
    given = lexicon.load("tables")["layout"]["plain_headers"]
    if layout == "coded":
        g = head.groups[0]
        grid = [[given["code"], g.label or given["label"], *g.names]]
        return grid + [[r[0].code, normalize_label(r[0].name), *cells] for r, cells in zip(body.rows, placed[0])]
    top: list[str] = []
    names: list[str] = []
    index = [given["index"]] if layout == "sided" else []
    for k, g in enumerate(head.groups):
        names += [g.label or given["label"], *index, *g.names]
        top += [head.sides[k] if head.sides else ""] * (1 + len(index) + len(g.names))
    grid = ([top] if head.sides else []) + [names]
    for r, row in enumerate(body.rows):
        out: list[str] = []
        for k, side in enumerate(row):
            index = [str((body.right if k else 1) + r)] if layout == "sided" else []
            out += [normalize_label(side.name), *index, *placed[k][r]]
        grid.append(out)
    return grid


def find(lines: list[str], skip: set[int]) -> list[SpacedTable]:
    """The plain (one-space) tables in `lines` (0-based lines in `skip` are taken). A space-laid line
    (a layout export's: cells apart by runs of spaces, blank cells as spaces) no space-laid reader
    took is read with each run of spaces as one separator, so as the plain export prints it."""
    out: list[SpacedTable] = []
    lines = [ln if "\t" in ln else plain_codes.joined(" ".join(mend_words(ln).split())) for ln in lines]
    taken = set(skip)
    seen = Counter(ln.strip() for ln in lines if ln.strip())
    running = frozenset(ln for ln, n in seen.items() if n >= _RUNNING)
    for i, line in enumerate(lines):
        if i in taken or "\t" in line or not identify.match_title(line):
            continue
        t = _table(lines, i, taken, running)
        if t is not None:
            out.append(t)
            taken |= t.used
    return out
