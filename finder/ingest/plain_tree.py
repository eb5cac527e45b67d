"""Coded tables a plain text export prints under wrapped headings (政府性基金预算财政拨款收入支出决算表).

pdfplumber prints such a table's headings as pieces in no column order of its own ('年初结转和 年末结转和'
/ '本年收入 本年支出' / '结余 结余'), its 合计 row on the line of the 本年支出 members' headings
('合计 105.00 合计 基本支出 项目支出'), then code, name and values per row, a long name wrapped around
its line of figures, blank cells left out ('221 住房保障支出 105.00 105.00 105.00' under six columns).
The column tree is the template's (tables.yml layout.plain_tree); the text tells only its order, as in
finder.ingest.plain_across: each heading piece goes to the heading it spells with the others, headings
on one line print left to right. A row's values may sit in any of its columns in printed order; a
placement is kept where the tree's sums hold over the printed rounding (a total member is the sum of
the members beside it, and the balance: 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出). A column
is read only where every column order all rows fit and every placement they allow give it the same
cell in every row (in '105.00 105.00 105.00' the year's spending 本年支出 合计 is 105.00 whichever
placement holds, while 年初结转和结余 or 本年收入 and 基本支出 or 项目支出 are not known): the other
columns, the 合计 row printed among the headings, and a table whose headings cannot be spelled or
whose rows fit no placement stay text. A 合计 row alone on the last line above the coded rows ('合计 300.00
200.00 100.00', or after the code columns' residue '类 款 项') is read as their first row; a pair line's words
(决算数 over every column) name no heading. A final account's 收入决算表 / 支出决算表 are read so: their wrapped
heading (对附属单位补助支出) may be any column and no sum tells the parts apart, so in '300.00 200.00 100.00'
only 本年支出合计 is known (基本支出 and 项目支出 fit 上缴上级支出 or 经营支出 as well). Rows no placement fits
(a misprinted figure: '13,500.00 1,050.00 3,000.00' for 10,500.00) are read by plain_place's rule: one pick of the
misprinted value per such row, read at what the rest of its row gives, must be the only one under which
the families' sums (parent = Σ children by code, column by column) can hold; the figures stay as printed.

Another table of the report read before may fix what no sum of the table's own does (tables.yml
plain_tree.<id>.references): a 支出决算表 row's spending is its 一般公共预算财政拨款支出决算表 row's and more
(other funds), split the same way (基本支出, 项目支出; those funds pay no 上缴上级支出, 经营支出 or 对附属单位补助
支出). So where the row of that table with the same code (the total row for the total row) prints the same
total, the row's 基本支出 and 项目支出 are that row's, and only the column orders and placements that give
them so are kept ('306.90 306.90' is 基本支出 there when 一般公共预算财政拨款支出决算表 prints 306.90 as 基本支出,
and its wrapped heading must stand where every fully printed row puts the other table's split). Rows whose
total differs (other funds spent there) or that the other table lacks are placed by the sums alone, so a
column is read only where those rows agree too; where no order is left (the two tables disagree), the
references are not used. A 收入决算表's total row takes the 收入支出决算总表's rows of its sources (七、附属单位
上缴收入 0.00: that column's total), which places its wrapped heading (附属单位上缴收入) where every row prints
all its values. A budget's 收入预算总表 (事业单位经营收入 wrapped) is read so too: where a row's total is what the
一般公共预算 (or 政府性基金预算) 支出功能分类预算表 spends on its code, all of it is 财政拨款收入; its total row
closes the coded rows ('合计 9,000 9,000'), and heading lines printed twice running are read once.
Where no figure of the table is negative, a column the total row holds 0 in holds 0 in every row (a 类 row is
part of the total, a 款 or 项 part of its 类): a 收入决算表 printing '306.90 306.90' under six sources, whose
收入支出决算总表 lists no income but 财政拨款, reads every row's figure as its 财政拨款收入.
"""
from __future__ import annotations

import itertools
from functools import lru_cache

from finder import lexicon
from finder.ingest import flow, identify, numbering, plain_codes
from finder.ingest.plain_across import HeadingNode, arrangements, fits, heading_tree, left_of, spellings, sums_hold
from finder.ingest.plain_place import PlainRow, holds_somehow, interval, is_total, misprint_trials
from finder.ingest.plain_tables import PROSE, coded_row, is_meta, is_value, wrapped_row
from finder.ingest.spaced import SpacedTable
from finder.ingest.tables import header_role, is_code_context, is_residue_word
from finder.numbers.parse import parse_cell
from finder.numbers.interval import total

_MAX_META = 6             # lines between a title and its headings (number, department, year, unit)
_MAX_HEADER = 10          # heading lines above the first row
_MAX_STEPS = 200_000      # placements tried in all; past it the table stays text
_MAX_MISPRINTS = 2        # rows no placement fits that a table may hold and still be read
_MAX_LOOSE = 3            # heading pieces that may be the wrapped label heading's


@lru_cache(maxsize=1)
def _specs() -> dict[str, tuple[HeadingNode, dict[str, object]]]:
    out = {}
    for tid, spec in lexicon.load("tables")["layout"].get("plain_tree", {}).items():
        bal = spec.get("balance") or {}
        balance = {k: ([identify.normalize(x) for x in v] if isinstance(v, list) else identify.normalize(v))
                   for k, v in bal.items()}
        out[tid] = (HeadingNode("", tuple(heading_tree(k) for k in spec["tree"])), balance)
    return out


def _spec_table(key: str) -> str:
    """The table id a spec reads: its `table`, else its key."""
    return lexicon.load("tables")["layout"]["plain_tree"][key].get("table", key)


@lru_cache(maxsize=1)
def _reference_specs() -> dict[str, list[tuple[str, dict[str, str], dict[str, str], bool]]]:
    """Per table id: (the other table's id, {leaf: its column} that must agree for a row to apply,
    {leaf: its column or row} the row then takes, whether the other table names them by row)."""
    out: dict[str, list] = {}
    for tid, spec in lexicon.load("tables")["layout"].get("plain_tree", {}).items():
        for ref in spec.get("references") or ():
            norm = lambda d: {identify.normalize(k): identify.normalize(v) for k, v in (d or {}).items()}
            by_rows = "rows" in ref
            out.setdefault(tid, []).append((ref["table"], norm(ref.get("when")),
                                            norm(ref["rows"] if by_rows else ref["cells"]), by_rows))
    return out


_TOTAL_KEY = "\0total"


def _row_key(code: str, name: str) -> str | None:
    """A row's key across tables: its code, or the total row's mark."""
    code = "".join(code.split())
    if code.isdigit():
        return code
    return _TOTAL_KEY if is_total(code or name) else None


def _grid_columns(grid: list[list[str]]) -> tuple[dict[str, int], int] | None:
    """The columns of a read grid (heading name -> index) and its first body row: the header rows are
    those before the first row printing a figure; a heading over two columns names neither."""
    first = next((k for k, r in enumerate(grid) if any(is_value(c) for c in r)), None)
    if first is None or first == 0:
        return None
    cols: dict[str, int] = {}
    twice: set[str] = set()
    for r in grid[:first]:
        for j, c in enumerate(r):
            name = identify.normalize(c)
            if name and cols.get(name, j) != j:
                twice.add(name)
            if name:
                cols[name] = j
    return {n: j for n, j in cols.items() if n not in twice}, first


def _named_rows(grid: list[list[str]], names: dict[str, str]) -> dict[str, dict[str, object]] | None:
    """{total key: {leaf: interval}} from the rows of a two-sided table named so (its list number left
    out: '七、附属单位上缴收入' and the figure after it, a blank one 0); None unless each name is printed
    once, its figure a number or blank."""
    found: dict[str, list] = {}
    for r in grid:
        for j, c in enumerate(r):
            name = identify.normalize(c)
            span = numbering.marker_span(name)
            name = name[span[2]:].strip() if span else name
            for leaf, want in names.items():
                if name == want:
                    raw = r[j + 1] if j + 1 < len(r) else ""
                    found.setdefault(leaf, []).append(_cell(raw))
    if set(found) != set(names) or any(len(v) != 1 or v[0] is None for v in found.values()):
        return None
    return {_TOTAL_KEY: {leaf: v[0] for leaf, v in found.items()}}


def _references(tid: str, read) -> list[tuple[dict[str, str], dict[str, dict[str, object]]]]:
    """Per reference of `tid`: ({leaf: column} when, {row key: {leaf: interval}}) from the tables read."""
    out = []
    for other, when, cells, by_rows in _reference_specs().get(tid, ()):
        grids = [g for t, g in read if t == other]
        if len(grids) != 1:            # none, or two tables of that id: which row is whose is not certain
            continue
        if by_rows:
            rows = _named_rows(grids[0], cells)
            if rows is not None:
                out.append(({}, rows))
            continue
        got = _grid_columns(grids[0])
        if got is None:
            continue
        cols, first = got
        want = {**when, **cells}
        if not all(c in cols for c in want.values()):
            continue
        rows = {}
        dup: set[str] = set()
        lead = min(cols[c] for c in want.values())     # the code and name columns come first
        for r in grids[0][first:]:
            key = _row_key("".join(c for c in r[:lead] if c.strip().isdigit()),
                           next((c for c in r[:lead] if c.strip() and not c.strip().isdigit()), ""))
            if key is None:
                continue
            vals = {leaf: _cell(r[cols[c]] if cols[c] < len(r) else "") for leaf, c in want.items()}
            if any(v is None for v in vals.values()):
                continue
            if key in rows:
                dup.add(key)
            rows[key] = vals
        for key in dup:                # a code printed twice: neither row is taken
            rows.pop(key)
        out.append((when, rows))
    return out


def _cell(raw: str):
    return interval("0") if not raw.strip() else interval(raw)


def _referenced(rows: list[PlainRow], sols: list[list[dict[str, str]]], refs) -> list[list[dict[str, str]] | None]:
    """Per row, the placements giving the cells of the other tables' row (an empty list: none does), or
    None where no reference applies (no such row, or another total: other funds spent on it too)."""
    out: list[list[dict[str, str]] | None] = []
    for row, sol in zip(rows, sols):
        key = _row_key(row.code, row.name)
        kept = None
        for when, table in refs:
            ref = table.get(key) if key else None
            if ref is None or not any(all(_cell(s[leaf]).overlaps(ref[leaf]) for leaf in when) for s in sol):
                continue
            kept = [s for s in (sol if kept is None else kept)
                    if all(_cell(s[leaf]).overlaps(ref[leaf]) for leaf in ref)]
        out.append(kept)
    return out


def _narrowed(rows: list[PlainRow], viable: list, refs) -> list:
    """The column orders and placements the other tables leave. A row whose reference no order gives
    (the two tables print it differently: '1,367.76' here, '1,367.75' there) is placed by the sums alone;
    an order where another row loses every placement is dropped. All of them unless some order is left."""
    got = [(arr, sols, _referenced(rows, sols, refs)) for arr, sols in viable]
    fits = [any(ref[r] for _, _, ref in got) for r in range(len(rows))]
    out = []
    for arr, sols, ref in got:
        mine = [ref[r] if ref[r] is not None and fits[r] else sols[r] for r in range(len(rows))]
        if all(mine):
            out.append((arr, mine))
    return out or viable


def _nil(raw: str) -> bool:
    """A cell printing nothing or a zero ('', '0.00', '-')."""
    if not raw.strip():
        return True
    v = parse_cell(raw)
    return v.kind == "dash" or (v.kind == "number" and v.value == 0)


def _zero_columns(rows: list[PlainRow], viable: list) -> list:
    """A column the total row holds 0 in (every placement of that row gives it 0: '合计 900.00 900.00' where
    the other tables leave 财政拨款收入 the only place) holds 0 in every row, where no figure of the table is
    negative: a 类 row is part of that total, a 款 or 项 part of its 类. Only the placements keeping those
    columns empty are kept; an order where a row then has none is dropped (all of them unless some is left)."""
    tot = [r for r, row in enumerate(rows) if _row_key(row.code, row.name) == _TOTAL_KEY]
    values = [parse_cell(v) for row in rows for v in row.values]
    if len(tot) != 1 or any(v.kind != "number" and v.kind != "dash" or (v.value or 0) < 0 for v in values):
        return viable
    out = []
    for arr, sols in viable:
        zero = [leaf for leaf in arr.leaves() if all(_nil(s[leaf]) for s in sols[tot[0]])]
        mine = [[s for s in sol if all(_nil(s[leaf]) for leaf in zero)] for sol in sols]
        if all(mine):
            out.append((arr, mine))
    return out or viable


@lru_cache(maxsize=1)
def _amount_words() -> frozenset[str]:
    """Words a pair line prints over every column (决算数, 预算数): no heading of the tree."""
    return frozenset(identify.normalize(w) for w in lexicon.load("tables")["layout"]["amount_headers"])


def _label_word(tok: str) -> bool:
    """A heading of the code and name columns (项目, 功能分类, 科目编码, 科目名称, 类 款 项)."""
    return header_role(tok) in ("label", "code", "index") or is_code_context([(tok,)])


def _headings(lines: list[str], start: int, stop: int) -> tuple[list[str], list[int], list[int]] | None:
    """The heading pieces of lines[start:stop] and their lines; the 合计 row printed among them (a total
    word followed by figures) is passed over, unread. None when a line is prose or prints figures
    of no such row. The label heading may wrap too, its pieces opening lines ('功能分' / '类科目' / '编码'):
    a line's first piece that makes a label word with the first piece of the next line opened by one
    ('功能分' + '类科目') may be the label's (loose: indices of such pieces, read both ways). Heading lines
    printed twice running (a page's header repeated) are read once."""
    pieces: list[str] = []
    at: list[int] = []
    loose: list[int] = []
    for k in range((stop - start) // 2, 1, -1):     # the heading lines printed twice over: read once
        if [ln.strip() for ln in lines[stop - 2 * k:stop - k]] == [ln.strip() for ln in lines[stop - k:stop]]:
            stop -= k
            break
    firsts = [(identify.normalize(lines[i].split()[0]) if lines[i].split() else "") for i in range(start, stop)]
    for i in range(start, stop):
        if PROSE.search(lines[i]):
            return None
        toks = [identify.normalize(t) for t in lines[i].split()]
        totals = [k for k, t in enumerate(toks) if is_total(t) and k + 1 < len(toks) and is_value(toks[k + 1])]
        if any(is_value(t) for t in toks) and totals[:1] != [0]:
            return None
        nxt = next((f for f in firsts[i - start + 1:] if _label_word(f)), "")
        for k, t in enumerate(toks):
            if is_value(t) or (totals[:1] == [0] and k == 0) or _label_word(t) or t in _amount_words():
                continue
            if k == 0 and nxt and _label_word(t + nxt):
                loose.append(len(pieces))
            pieces.append(t)
            at.append(i)
    return pieces, at, loose


def _total_row(line: str) -> PlainRow | None:
    """A total row alone on its line, after the code columns' residue words at most ('合计 105.00 105.00',
    '类 款 项 合计 105.00 …'): the table's first row when it is the last line above the coded rows."""
    toks = line.split()
    k = 0
    while k < len(toks) and is_residue_word(identify.normalize(toks[k])) and not is_total(toks[k]):
        k += 1
    rest = toks[k:]
    if len(rest) < 2 or not is_total(rest[0]) or not all(is_value(t) for t in rest[1:]):
        return None
    return PlainRow("", rest[0], rest[1:])


def _first_row(lines: list[str], i: int) -> bool:
    return i < len(lines) and (wrapped_row(lines, i) is not None or (
        coded_row(lines[i]) is not None and bool(lines[i].split()[0][:1].isdigit())))


def _rows(lines: list[str], first: int, skip: set[int]) -> tuple[list[PlainRow], list[int], int] | None:
    """The coded rows from line `first` to a note, a title or prose (page numbers passed over); None
    when a line between is none of these."""
    rows: list[PlainRow] = []
    locs: list[int] = []
    i = first
    while i < len(lines) and i not in skip:
        text = lines[i].strip()
        if not text or text.isdigit():
            i += 1
            continue
        wrap = wrapped_row(lines, i)
        if wrap and not skip.intersection(range(i, i + wrap[1])):
            rows.append(wrap[0])
            locs.append(i)
            i += wrap[1]
            continue
        one = coded_row(text)
        if one is not None and one.code:
            rows.append(one)
            locs.append(i)
            i += 1
            continue
        break
    if rows and i < len(lines) and i not in skip and (last := _total_row(lines[i])) is not None:
        rows.append(last)              # the total row closing the coded rows ('合计 300 200 100')
        locs.append(i)
        i += 1
    end = i
    text = lines[end].strip() if end < len(lines) else ""
    done = not text or flow.doc_lexicon().note.match(text) or identify.match_title(text) or PROSE.search(text)
    return (rows, locs, end) if rows and done else None


def _balanced(arr: HeadingNode, cells: dict[str, list], balance: dict) -> bool:
    """closing = opening + Σ plus − Σ minus (a group as its total member)."""
    if not balance:
        return True
    nodes = {n.name: n for n in arr.nodes() if n.name}

    def value(name: str):
        n = nodes[name]
        while n.kids:
            tot = [k for k in n.kids if is_total(k.name)]
            if len(tot) != 1:
                return total([value(k.name) for k in n.kids])
            n = tot[0]
        return cells[n.name][0]

    try:
        got = value(balance["opening"]) + total([value(x) for x in balance["plus"]]) \
            - total([value(x) for x in balance["minus"]])
        return got.overlaps(value(balance["closing"]))
    except KeyError:
        return False


def _placements(arr: HeadingNode, row: PlainRow, balance: dict, budget: list[int]):
    """The columns and leaf cells of each placement of the row's values the sums allow under `arr`
    (a value the row reads as another interval, read_as, is summed so and kept as printed)."""
    zero = interval("0")
    leaves = arr.leaves()
    for cols in itertools.combinations(range(len(leaves)), len(row.values)):
        budget[0] -= 1
        if budget[0] < 0:
            return
        raw = [""] * len(leaves)
        cells = {leaf: [zero] for leaf in leaves}
        for n, (c, v) in enumerate(zip(cols, row.values)):
            raw[c] = v
            cells[leaves[c]] = [row.read_as[n] if row.read_as and n in row.read_as else interval(v)]
        if sums_hold(arr, cells) and _balanced(arr, cells, balance):
            yield cols, dict(zip(leaves, raw))


def _misprinted(arr: HeadingNode, balance: dict, rows: list[PlainRow], sols: list[list], budget: list[int]):
    """plain_place's rule for rows no placement fits under `arr` (at most _MAX_MISPRINTS): each way to pick
    one misprinted value per such row, read at what the rest of its row gives (plain_place.misprint_trials),
    is kept where every row then has placements and some choice of them keeps the families' sums
    (parent = Σ children by code, column by column). Returns (pick, placements) when exactly one pick is
    kept, None when none or more than one is, "undecided" past the search's bounds."""
    bad = [i for i, s in enumerate(sols) if not s]
    if len(bad) > _MAX_MISPRINTS:
        return None
    k = len(arr.leaves())
    found = []
    for pick, trial in misprint_trials(rows, bad):
        got = [sols[i] if i not in bad else list(_placements(arr, trial[i], balance, budget))
               for i in range(len(rows))]
        if budget[0] < 0:
            return "undecided"
        cands = [[cols for cols, _ in s] for s in got]
        ok = holds_somehow(trial, cands, k, around=bad)    # the misprinted rows' own families first: cheap
        if ok:
            ok = holds_somehow(trial, cands, k)
        if ok is None:
            return "undecided"
        if ok:
            found.append((tuple(zip(bad, pick)), got))
        if len(found) > 1:
            return None
    return found[0] if found else None


def _read(root: HeadingNode, balance: dict, pieces: list[str], at: list[int], loose: list[int],
          rows: list[PlainRow], refs=()):
    """An arrangement and, per row, the cells of the leaves every solution agrees on, or None; `refs`
    (_references) narrow the solutions where they leave some. Pieces in `loose` may be the label
    heading's (left out) or a column's: every way is tried."""
    if any(interval(v) is None for r in rows for v in r.values):
        return None
    names = [n.name for n in root.nodes() if n.name]
    budget = [_MAX_STEPS]
    viable: list[tuple[HeadingNode, list[list[dict[str, str]]]]] = []
    picks: set[tuple] = set()
    if len(loose) > _MAX_LOOSE:
        return None
    ways = []
    for n in range(len(loose) + 1):
        for out in itertools.combinations(loose, n):
            kept = [k for k in range(len(pieces)) if k not in out]
            ways += [(sp, [at[k] for k in kept]) for sp in spellings([pieces[k] for k in kept], names)]
    for spelling, lines_at in ways:
        before = left_of(spelling, lines_at, root)
        if before is None:
            continue
        for arr in arrangements(root):
            if not fits(arr, before):
                continue
            sols = [list(_placements(arr, r, balance, budget)) for r in rows]
            if budget[0] < 0:
                return None
            pick = ()
            if not all(sols):            # a misprinted figure: read where one pick of it fits the sums
                got = _misprinted(arr, balance, rows, sols, budget)
                if got == "undecided":
                    return None
                if got is None:
                    continue
                pick, sols = got
            picks.add(pick)
            viable.append((arr, [[cells for _, cells in s] for s in sols]))
    if not viable or len(picks) > 1:   # orders that differ on the misprint (or on whether there is one)
        return None
    if refs:
        viable = _narrowed(rows, viable, refs)
    viable = _zero_columns(rows, viable)
    leaves = root.leaves()
    agreed = [leaf for leaf in leaves
              if all(len({s[leaf] for _, sols in viable for s in sols[r]}) == 1 for r in range(len(rows)))]
    if not agreed:
        return None
    arr, sols = viable[0]
    return arr, agreed, [sols[r][0] for r in range(len(rows))]


def _grid(arr: HeadingNode, agreed: list[str], cells: list[dict[str, str]], rows: list[PlainRow]) -> list[list[str]]:
    """Heading rows (科目编码, 科目名称, then a row per level: a heading over its first kept column) and
    the body rows."""
    given = lexicon.load("tables")["layout"]["plain_headers"]
    kept = [leaf for leaf in arr.leaves() if leaf in agreed]
    heads: list[list[str]] = []
    level = list(arr.kids)
    while level:
        row = [""] * len(kept)
        for n in level:
            mine = [k for k, leaf in enumerate(kept) if leaf in n.leaves()]
            if mine:
                row[mine[0]] = n.name
        heads.append(row)
        level = [k for n in level for k in n.kids]
    grid = [[given["code"], given["label"], *heads[0]]] + [["", "", *h] for h in heads[1:]]
    return grid + [[r.code, r.name, *[c[leaf] for leaf in kept]] for r, c in zip(rows, cells)]


def _table(lines: list[str], title: int, key: str, skip: set[int], read=()) -> SpacedTable | None:
    root, balance = _specs()[key]
    i, k = title + 1, 0
    while i < len(lines) and k < _MAX_META and (not lines[i].strip() or is_meta(lines[i])):
        k += bool(lines[i].strip())
        i += 1
    first = i
    while i < len(lines) and i - first <= _MAX_HEADER and i not in skip and not _first_row(lines, i):
        i += 1
    if not _first_row(lines, i) or i in skip or i == first:
        return None
    top = _total_row(lines[i - 1]) if i - 1 > first else None
    heads = _headings(lines, first, i - 1 if top else i)
    if heads is None:
        return None
    body = _rows(lines, i, skip)
    if body is None:
        return None
    rows, locs, end = body
    if top:                          # the total row above the coded rows is read as one of them
        rows, locs = [top, *rows], [i - 1, *locs]
    got = _read(root, balance, *heads, rows, _references(key, read))
    if got is None:
        return None
    arr, agreed, cells = got
    grid = _grid(arr, agreed, cells, rows)
    n_head = len(grid) - len(rows)
    return SpacedTable(grid, [first + 1] * n_head + [j + 1 for j in locs],
                       [" ".join(r) for r in grid[:n_head]] + [lines[j] for j in locs], set(range(first, end)))


def find(lines: list[str], skip: set[int], read=()) -> list[SpacedTable]:
    """The coded tables under wrapped headings in `lines` (0-based lines in `skip` are taken); `read`: the
    tables read before, (table id, grid rows), for the references a table's spec names."""
    out = []
    lines = [ln if "\t" in ln else plain_codes.joined(" ".join(ln.split())) for ln in lines]
    taken = set(skip)
    for i, line in enumerate(lines):
        tid = None if i in taken or "\t" in line else identify.match_title(line)
        for key in (k for k in _specs() if _spec_table(k) == tid):
            t = _table(lines, i, key, taken, read)
            if t is not None:       # one spec's headings spell the table's: the others' do not
                out.append(t)
                taken |= t.used
                break
    return out
