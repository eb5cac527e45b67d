"""Coded tables a plain text export prints in sides (一般公共预算财政拨款基本支出决算表): code, name, value, twice a line.

A district final account's basic-spending table prints its economic classification in two sides, 人员经费
left and 公用经费 right, each side's columns its code, its name and one value ('科目名称 决算数 科目名称 决算数'
on the names line). pdfplumber prints a table row a line, both sides on it, blank cells left out, a code
printed apart by level ('301 01 基本工资 405.36 302 01 办公费 92.11') or whole ('30101 基本工资 …'),
and a long name in pieces around the line of its code: above and below when the line prints none of it
('机关事业单位基本' / '301 08 229.67 302 07 邮电费 3.48' / '养老保险缴费'), below when it prints the first piece
('301 11 公务员医疗补助缴 0.00 …' / '费 因公出国（境）费' / '301 12 … 302 12 0.00' / '用': one line holds the
last piece of one side's name and the first of the other's). The side totals close the table ('人员经费合计
2,949.02 公用经费合计 416.36').

The code anchors each value: a value belongs to the code before it on its line, so a side of one value
column places its value (or its blank) for certain. A side printing more values than it has columns,
a line that is neither a row nor name pieces, or a table that does not end at a note, a title or prose
leaves the table as text. Name pieces: a name missing from its code line must get a piece from the line
above and one from the line below (else the table stays text); a further piece goes to a name printed on
its line only where one name alone can take it (one side's tail above or head below); a piece two names
could take is left out of both (the names stay as printed; the values are unaffected).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from finder import lexicon
from finder.ingest import flow, identify
from finder.ingest.plain_place import interval, is_total
from finder.ingest.plain_tables import PROSE, is_meta, is_value, merged
from finder.ingest.spaced import SpacedTable
from finder.ingest.tables import header_role, is_code

_HAN = regex.compile(r"\p{Han}")
# a class code and its 款 printed apart ('301 01'), before a name, a value, another code or the line's end
_APART = regex.compile(r"(?<!\S)(\d{3}) (\d{2})(?=(?: \p{Han}| -?[\d,]*\.\d+(?!\S)| \d{3}(?!\S)| \d{5}(?!\S))|$)")
_MAX_META = 6
_MAX_HEADER = 10
_MIN_ROWS = 3


@dataclass
class _Seg:
    """One side's cells on a row line: code (none for a side total), the name printed there, values."""

    code: str
    name: str
    values: list[str]
    side: int | None                 # 0, 1 … on a line printing every side; None when the line prints fewer
    head: str = ""
    tail: str = ""

    @property
    def bare(self) -> bool:
        return bool(self.code) and not self.name

    def label(self) -> str:
        return self.head + self.name + self.tail


@dataclass
class _Line:
    index: int
    segs: list[_Seg] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)


def _joined(line: str) -> str:
    return _APART.sub(lambda m: m.group(1) + m.group(2), " ".join(line.split()))


def _number(tok: str) -> bool:
    """A printed amount: a value that is no bare code (an integer of 3, 5 or 7 digits reads as a code)."""
    return is_value(tok) and not is_code(tok)


def _segments(line: str, sides: int) -> list[_Seg] | None:
    """The sides printed on a row line, or None when the line is no row."""
    segs: list[_Seg] = []
    for tok in line.split():
        if is_code(tok):
            segs.append(_Seg(tok, "", [], None))
        elif _number(tok):
            if not segs:
                return None
            segs[-1].values.append(tok)
        elif _HAN.search(tok):
            if is_total(tok) and not (segs and segs[-1].code and not segs[-1].values and not segs[-1].name):
                segs.append(_Seg("", tok, [], None))
            elif not segs or segs[-1].values or (not segs[-1].code and segs[-1].name):
                return None
            else:
                segs[-1].name += tok
        else:
            return None
    if not segs or len(segs) > sides or any(not s.code and not s.values for s in segs):
        return None
    if len(segs) == sides:
        for k, s in enumerate(segs):
            s.side = k
    return segs


def _fragment(line: str) -> list[str] | None:
    """The name pieces of a line holding nothing else (no figure, code, total, clause mark, note or title)."""
    toks = line.split()
    if PROSE.search(line) or flow.doc_lexicon().note.match(line) or identify.match_title(line) or is_meta(line):
        return None
    ok = toks and all(_HAN.search(t) and not is_value(t) and not is_total(t) and not is_code(t)
                      for t in toks)
    return toks if ok else None


def _give(pieces: list[str], tails: list[_Seg], heads: list[_Seg]) -> bool:
    """Pieces of one line (left to right) to the names above (`tails`) and below (`heads`) they end or
    open. A bare name (no piece on its code line) must take one; the rest only where one name alone may
    take the piece. False when the pieces cannot be given so."""
    need = [(s, "tail") for s in tails if s.bare and not s.tail] + [(s, "head") for s in heads if s.bare]
    if len(pieces) < len(need):
        return False
    if len(pieces) == len(need) and len({id(s) for s, _ in need}) == len(need):
        order = need
        if len(need) > 1:
            if any(s.side is None for s, _ in need) or len({s.side for s, _ in need}) < len(need):
                return False
            order = sorted(need, key=lambda x: x[0].side)
        for p, (s, end) in zip(pieces, order):
            setattr(s, end, p)
        return True
    # more pieces than bare names: every side must be known to tell which piece is whose; one piece
    # alone goes to the one name that may take it (to none where two may)
    taken = {s.side for s, _ in need}
    may = [(s, "tail") for s in tails if not s.bare and not s.tail] + [(s, "head") for s in heads if not s.bare]
    if not need and len(pieces) == 1:
        if len(may) == 1:
            setattr(may[0][0], may[0][1], pieces[0])
        return bool(may)
    if any(s.side is None for s, _ in need + may) or len(taken) < len(need):
        return False
    free = sorted({s.side for s, _ in may} - taken)
    if len(pieces) != len(need) + len(free):
        return False
    slots = sorted([(s.side, [(s, end)]) for s, end in need]
                   + [(side, [(s, end) for s, end in may if s.side == side]) for side in free],
                   key=lambda x: x[0])
    for p, (_, who) in zip(pieces, slots):
        if len(who) == 1:
            setattr(who[0][0], who[0][1], p)
    return True


def _names(body: list[_Line]) -> bool:
    """Give the name pieces between row lines to their names; False when a piece has no place."""
    rows = [k for k, ln in enumerate(body) if ln.segs]
    for a, b in zip(rows, rows[1:]):
        gap = [ln.pieces for ln in body[a + 1:b]]
        above, below = body[a].segs, body[b].segs
        if not gap:
            ok = not any(s.bare for s in below) and not any(s.bare and not s.tail for s in above)
        elif len(gap) == 1:
            ok = _give(gap[0], above, below)
        elif len(gap) == 2:
            ok = _give(gap[0], above, []) and _give(gap[1], [], below)
        else:
            ok = False
        if not ok:
            return False
    trail = [ln.pieces for ln in body[rows[-1] + 1:]]
    last = body[rows[-1]].segs
    if len(trail) > 1 or (trail and not _give(trail[0], last, [])):
        return False
    return not any(s.bare for s in body[rows[0]].segs) and not any(s.bare and not s.tail for s in last)


def _header(lines: list[str], start: int, stop: int) -> tuple[str, list[str], int] | None:
    """The names line of lines[start:stop]: the label heading once a side, the same value headings
    after each ('科目名称 决算数 科目名称 决算数'). (label, value names, sides), or None."""
    amounts = set(lexicon.load("tables")["layout"]["amount_headers"])
    found = None
    for i in range(start, stop):
        if PROSE.search(lines[i]) or any(is_value(t) for t in lines[i].split()):
            return None
        toks = merged(lines[i])
        at = [k for k, t in enumerate(toks) if header_role(identify.normalize(t)) == "label"]
        if len(at) < 2:
            continue
        if found is not None:
            return None
        label = toks[at[0]]
        groups = [toks[k + 1:nxt] for k, nxt in zip(at, at[1:] + [len(toks)])]
        values = groups[0]
        if not values or any(g != values for g in groups) or any(t not in amounts for t in values) \
                or any(toks[k] != label for k in at):
            return None
        found = (label, values, len(at))
    return found


def _ends(lines: list[str], i: int) -> bool:
    while i < len(lines) and (not lines[i].strip() or (lines[i].strip().isdigit() and not is_code(lines[i].strip()))):
        i += 1
    if i >= len(lines):
        return True
    text = lines[i].strip()
    return bool(flow.doc_lexicon().note.match(text) or identify.match_title(text) or PROSE.search(text))


def _table(lines: list[str], title: int, skip: set[int]) -> SpacedTable | None:
    i, k = title + 1, 0
    while i < len(lines) and k < _MAX_META and (not lines[i].strip() or is_meta(lines[i])):
        k += bool(lines[i].strip())
        i += 1
    first = i
    while i < len(lines) and i - first <= _MAX_HEADER and i not in skip and not (
            lines[i].split() and is_code(lines[i].split()[0])):
        i += 1
    if i >= len(lines) or i in skip or i == first or not lines[i].split() \
            or not is_code(lines[i].split()[0]):
        return None
    head = _header(lines, first, i)
    if head is None:
        return None
    label, values, sides = head
    body: list[_Line] = []
    while i < len(lines) and i not in skip:
        text = lines[i].strip()
        if not text or (text.isdigit() and not is_code(text)):      # a page number
            i += 1
            continue
        segs = _segments(text, sides)
        pieces = None if segs else _fragment(text)
        if segs is None and (pieces is None or not body):
            break
        body.append(_Line(i, segs or [], pieces or []))
        i += 1
    rows = [ln for ln in body if ln.segs]
    if len(rows) < _MIN_ROWS or not _ends(lines, body[-1].index + 1):
        return None
    if any(len(s.values) not in (0, len(values)) or any(interval(v) is None for v in s.values)
           for ln in rows for s in ln.segs):
        return None
    if not _names(body):
        return None
    return _grid(label, values, sides, rows, first, lines, set(range(first, body[-1].index + 1)))


def _grid(label: str, values: list[str], sides: int, rows: list[_Line], first: int, lines: list[str],
          used: set[int]) -> SpacedTable:
    given = lexicon.load("tables")["layout"]["plain_headers"]
    width = 2 + len(values)
    grid = [[given["code"], label, *values] * sides]
    for ln in rows:
        out = [""] * (width * sides)
        for k, s in enumerate(ln.segs):
            at = (s.side if s.side is not None else k) * width
            out[at:at + width] = [s.code, s.label(), *(s.values or [""] * len(values))]
        grid.append(out)
    return SpacedTable(grid, [first + 1] + [ln.index + 1 for ln in rows],
                       [" ".join(grid[0])] + [lines[ln.index] for ln in rows], used)


def find(lines: list[str], skip: set[int]) -> list[SpacedTable]:
    """The side-by-side coded tables in `lines` under a title of a two-sided table (tables.yml two_sided)
    whose names line repeats its label and value headings (0-based lines in `skip` are taken)."""
    out = []
    specs = lexicon.load("tables")["tables"]
    lines = [ln if "\t" in ln else _joined(ln) for ln in lines]
    taken = set(skip)
    for i, line in enumerate(lines):
        tid = None if i in taken or "\t" in line else identify.match_title(line)
        if tid and specs.get(tid, {}).get("two_sided"):
            t = _table(lines, i, taken)
            if t is not None:
                out.append(t)
                taken |= t.used
    return out
