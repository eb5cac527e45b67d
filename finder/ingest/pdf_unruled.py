"""Unruled PDF tables: printed lines whose cells (text apart by wide gaps) line up in columns under a table title."""
from __future__ import annotations

from dataclasses import replace

from finder.ingest import identify
from finder.ingest.pdf_columns import clashes, glued, groupings, named_once, regions, with_blanks
from finder.ingest.pdf_lines import PdfLine, normalize_label
from finder.ingest.pdf_tables import GridTable, caption_kind, caption_lines, clean_grid, span_map, take_caption
from finder.numbers.parse import parse_cell

# A gap wider than this many font sizes between two characters separates two cells: a space in a
# sentence is about half a font size; a letter-spaced label's wider gaps fall inside its own
# column, whose pieces are joined again.
CELL_GAP = 1.0
# A table has at least this many lines holding a figure.
MIN_ROWS = 2
# Header lines (two cells or more, no figure) taken above the first row with a figure.
MAX_HEADER_LINES = 3

# A narrower gap, wider than a space (this many font sizes), still parts two cells where a figure
# right-aligned in its column meets the label left-aligned in the next ('849.17  一、一般公共服务支出'),
# and parts the header names of two columns when a header run straddles several figure columns.
NARROW_GAP = 0.5

Cell = tuple[float, float, str]          # x0, x1, text
_CAPTION_KINDS = ("unit", "title+unit")   # pdf_tables.caption_kind of a department or unit caption line


def _runs(chars: list[dict], split) -> list[list[dict]]:
    out: list[list[dict]] = []
    for c in sorted(chars, key=lambda ch: ch["x0"]):
        if out and split(out[-1], c, len(out)):
            out.append([c])
        elif out:
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _gap(run: list[dict], c: dict) -> float:
    return (c["x0"] - run[-1]["x1"]) / max(c.get("size") or 0, 1.0)


def _figure_then_label(run: list[dict], c: dict, k: int) -> bool:
    """A run ending in a figure, then after a gap wider than a space another figure ('1  849.17':
    行次 and 金额), or a Han character when the run is not the line's first (a first cell may be
    '201 一般公共服务支出')."""
    if _gap(run, c) <= NARROW_GAP or run[-1]["text"] not in "0123456789%" \
            or not _figure("".join(ch["text"] for ch in run)):
        return False
    return c["text"] in "-−0123456789" or (k > 1 and "\u3400" <= c["text"] <= "\u9fff")


def _char_runs(line: PdfLine) -> list[list[dict]]:
    return _runs(line.chars, lambda run, c, k: _gap(run, c) > CELL_GAP or _figure_then_label(run, c, k))


def cells_of(line: PdfLine) -> list[Cell]:
    """The line's runs of characters apart by gaps wider than CELL_GAP font sizes (NARROW_GAP after
    a figure)."""
    return [_cell(run) for run in _char_runs(line)]


def _cell(run: list[dict]) -> Cell:
    """A run's text, a space where its characters are set apart wider than a space (letter-spaced
    CJK is closed up again: normalize_label)."""
    text = run[0]["text"]
    for a, b in zip(run, run[1:]):
        text += (" " if _gap([a], b) > NARROW_GAP else "") + b["text"]
    return run[0]["x0"], run[-1]["x1"], normalize_label(text)


def _figure(text: str) -> bool:
    return parse_cell(text).kind == "number"


def _is_row(cells: list[Cell]) -> bool:
    """Two cells or more, a figure after the first: an amount, a rate ('100%') or a target ('40篇')."""
    return len(cells) >= 2 and any(parse_cell(t).kind in ("number", "percent", "target") for _, _, t in cells[1:])


def _blocks(lines: list[PdfLine], cells: list[list[Cell]], min_rows: int = MIN_ROWS) -> list[tuple[int, int]]:
    """[start, end) runs of lines forming a table: header lines, rows with a figure (`min_rows` at
    least), and label-only lines between two rows (a row whose figures are blank). `cells`: cells_of
    each line. A caption line printing the department or the unit ('部门：…  2024年度  单位：万元', its
    cells spread over the width) is no row, though its year reads as a figure."""
    rows = [_is_row(c) and caption_kind(ln.text) not in _CAPTION_KINDS for ln, c in zip(lines, cells)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not rows[i]:
            i += 1
            continue
        j = i
        last = i
        while j + 1 < len(lines) and (rows[j + 1] or _blank_row(lines, cells, j + 1, rows, last)
                                      or _text_row(lines, cells, j + 1, i, rows)):
            j += 1
            if rows[j] or _text_row(lines, cells, j, i, rows):
                last = j
        last = _wrapped_tail(lines, cells, i, last)
        start = i
        while start > 0 and i - start < MAX_HEADER_LINES and len(cells[start - 1]) >= 2 and not rows[start - 1] \
                and not take_caption([lines[start - 1].text])[3]:     # '公开02表    单位：万元' is caption
            start -= 1
        alone = last == i and all(_figure(t) for _, _, t in cells[i])
        if alone:
            start = _figure_row_head(lines, i, out[-1][1] if out else 0)
        if sum(rows[start:last + 1]) >= min_rows or (alone and start < i):
            out.append((start, last + 1))
        i = last + 1
    return out


def _figure_row_head(lines: list[PdfLine], i: int, floor: int) -> int:
    """The first header line over a row holding figures only (no label column: a one-row table
    under a header of several levels, '合计 | 因公出国（境）费 …' over '预算数 | 决算数 …'): the lines
    above it in its font size, each set at most ROW_PITCH of the header's last pitch above the next,
    up to a caption or title, or the block above (ending at line `floor`)."""
    start = i
    pitch = lines[i].top - lines[i - 1].top if i else 0.0
    while start > floor and lines[start - 1].size == lines[i].size \
            and lines[start].top - lines[start - 1].top <= ROW_PITCH * pitch \
            and not take_caption([lines[start - 1].text])[3] and not identify.match_title(lines[start - 1].text):
        start -= 1
    return start


def _text_row(lines: list[PdfLine], cells: list[list[Cell]], k: int, first: int, rows: list[bool]) -> bool:
    """A line right below a row printing no figure ('做好陶瓷发展的安全员 | 做好') whose cells, two or
    more, each stand in a column of its own among the rows above since `first`, the first one a
    label, set no further below than the rows' usual pitch allows."""
    if len(cells[k]) < 2 or rows[k] or k == 0 or take_caption([lines[k].text])[3]:
        return False
    above = [j for j in range(first, k) if rows[j]]
    spans = _columns([cells[j] for j in above])
    hit = [[n for n, (a, b) in enumerate(spans) if min(x1, b) - max(x0, a) > 0] for x0, x1, _ in cells[k]]
    if any(len(h) != 1 for h in hit) or len({h[0] for h in hit}) < len(hit) or parse_cell(cells[k][0][2]).kind != "text":
        return False
    gaps = sorted(lines[b].top - lines[a].top for a, b in zip(above, above[1:]) if b == a + 1)
    pitch = gaps[len(gaps) // 2] if gaps else lines[k].bottom - lines[k].top
    return lines[k].top - lines[k - 1].top <= ROW_PITCH * pitch


def _label_starts(cells: list[list[Cell]], last: int) -> list[float]:
    """Where the label cells (no figure) of the last few lines start: the first cell of each, and
    the labels of a side-by-side layout further right ('项目 | 金额 | 项目 | 金额')."""
    return [c[0] for j in range(max(last - 2, 0), last + 1)
            for n, c in enumerate(cells[j]) if n == 0 or not _figure(c[2])]


def _in_label_column(lines: list[PdfLine], cells: list[list[Cell]], k: int, last: int) -> bool:
    """A one-cell line starting where a label of the last few lines starts."""
    return len(cells[k]) == 1 and any(abs(cells[k][0][0] - x) <= 2 * max(lines[k].size, 1.0)
                                      for x in _label_starts(cells, last))


def _wrapped_tail(lines: list[PdfLine], cells: list[list[Cell]], first: int, last: int) -> int:
    """The block's last line, taking after its last row the one-cell lines in a label column set
    closer than WRAP_PITCH of the block's line pitch (the rest of a label wrapped around its
    row's figures)."""
    gaps = sorted(b.top - a.top for a, b in zip(lines[first:last], lines[first + 1:last + 1]))
    pitch = gaps[len(gaps) // 2] if gaps else 0.0
    while last + 1 < len(lines) and _in_label_column(lines, cells, last + 1, last) \
            and lines[last + 1].top - lines[last].top < WRAP_PITCH * pitch:
        last += 1
    return last


def _blank_row(lines: list[PdfLine], cells: list[list[Cell]], k: int, rows: list[bool], last: int) -> bool:
    """A one-cell line after a row, in a label column (a row whose label wraps prints its centred
    figures on a line of their own), with a row below it before any other line."""
    if not _in_label_column(lines, cells, k, last):
        return False
    n = k + 1
    while n < len(lines) and len(cells[n]) == 1 and not rows[n]:
        n += 1
    return n < len(lines) and rows[n]


# A line closer than this share of the block's usual line pitch to the line above prints more of
# the same row (a label or header wrapped inside its cell).
WRAP_PITCH = 0.7
# A line set no further below the one above than this many of the rows' usual pitch is the
# table's next row.
ROW_PITCH = 1.5


def _printed_rows(block: list[PdfLine]) -> list[list[PdfLine]]:
    """The block's lines grouped into table rows: a line set closer to the one above than the usual
    pitch continues its row ('二、政府性基金预算财政拨款' over '收入')."""
    gaps = sorted(b.top - a.top for a, b in zip(block, block[1:]))
    pitch = gaps[len(gaps) // 2] if gaps else 0.0
    rows: list[list[PdfLine]] = []
    for ln in block:
        if rows and ln.top - rows[-1][-1].top < WRAP_PITCH * pitch:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return rows


def _columns(cells: list[list[Cell]]) -> list[tuple[float, float]]:
    """Column spans: the cells' x extents merged where they overlap (labels share a left edge,
    right-aligned figures a right edge)."""
    spans = sorted((x0, x1) for row in cells for x0, x1, _ in row)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def _head_rows(cells: list[list[Cell]], printed: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """The printed rows above the first row holding a figure: the header."""
    head = 0
    while head < len(cells) and not _is_row(cells[head]):
        head += 1
    return printed[:head]


def _head_cells(cells: list[list[Cell]], printed: list[list[PdfLine]], of: dict[int, list[Cell]],
                spans: list[tuple[float, float]]) -> list[list[Cell]]:
    """The cells of each header line (printed rows above the first row), names over two spans parted."""
    return [[c for ln in row for c in _split_straddling(ln, of[id(ln)], spans)] for row in _head_rows(cells, printed)]


def _head_names(cells: list[list[Cell]], printed: list[list[PdfLine]], of: dict[int, list[Cell]]) -> list[list[Cell]]:
    """Each header line's cells parted at every gap wider than a space: the names set on it."""
    return [[_cell(run) for x0, x1, _ in of[id(ln)]
             for run in _runs([ch for ch in ln.chars if ch["x0"] >= x0 - 0.01 and ch["x1"] <= x1 + 0.01],
                              lambda run, c, k: _gap(run, c) > NARROW_GAP)]
            for row in _head_rows(cells, printed) for ln in row]


def _grouped_columns(cells: list[list[Cell]], printed: list[list[PdfLine]], of: dict[int, list[Cell]],
                     spans: list[tuple[float, float]]) -> list[tuple[float, float]] | None:
    """Columns when some neighbouring spans never share a row (one column's cells set left, right
    or centred by turns): the one grouping of the spans, among the fewest-column ones, whose
    columns the header lines name one by one; None when no header names them or several fit."""
    rows = [r for r in cells if _is_row(r)]
    names = _head_names(cells, printed, of)
    fits = []
    for grouping in groupings(len(spans), clashes(rows, spans)):
        cols = with_blanks(names, [(spans[i][0], max(b for _, b in spans[i:j])) for i, j in grouping])
        heads = _head_cells(cells, printed, of, cols)
        if heads and named_once(heads, cols):
            fits.append(cols)
    return fits[0] if len(fits) == 1 else None


def _column_of(x0: float, x1: float, cols: list[tuple[float, float]]) -> int:
    """The column a cell overlaps most; the nearest one when it overlaps none."""
    return max(range(len(cols)), key=lambda i: (min(x1, cols[i][1]) - max(x0, cols[i][0]),
                                                 -min(abs(x0 - cols[i][1]), abs(x1 - cols[i][0]))))


def _grid(cells: list[list[Cell]], cols: list[tuple[float, float]]) -> list[list[str | None]]:
    grid: list[list[str | None]] = []
    for row in cells:
        out: list[str | None] = [""] * len(cols)
        for x0, x1, text in row:
            k = _column_of(x0, x1, cols)
            out[k] = f"{out[k]} {text}".strip()
        grid.append(out)
    return grid


def _split_straddling(line: PdfLine, cells: list[Cell], cols: list[tuple[float, float]]) -> list[Cell]:
    """A header cell over two figure columns or more, parted at gaps wider than a space (header
    names set closer than CELL_GAP); cells over one column stay whole."""
    out: list[Cell] = []
    for x0, x1, text in cells:
        over = [c for c in cols if min(x1, c[1]) - max(x0, c[0]) > 0]
        if len(over) < 2:
            out.append((x0, x1, text))
            continue
        chars = [ch for ch in line.chars if ch["x0"] >= x0 - 0.01 and ch["x1"] <= x1 + 0.01]
        out += [_cell(run) for run in _runs(chars, lambda run, c, k: _gap(run, c) > NARROW_GAP)]
    return out


def _merged_figures(grid: list[list[str | None]]) -> bool:
    """A cell holding two figures or a figure and a label: columns were run together."""
    for row in grid:
        for cell in row[1:]:
            parts = (cell or "").split()
            if len(parts) >= 2 and any(_figure(p) for p in parts):
                return True
    return False


def _amount(text: str | None) -> bool:
    """An amount ('8.00') or a dash printed for one ('---'); integers may be 行次 or codes."""
    v = parse_cell(text or "")
    return v.kind == "dash" or (v.kind == "number" and (v.decimals or 0) > 0)


def _unnamed_amounts(grid: list[list[str | None]], rows: list[bool]) -> bool:
    """Under header lines, an amount in a column none of them names: the header names and the
    figures were put in different columns (a dash set left, figures right, names centred)."""
    head = 0
    while head < len(grid) and not rows[head]:
        head += 1
    if head == 0:
        return False
    named = {k for r in grid[:head] for k, c in enumerate(r) if c}
    return any(_amount(c) and k not in named for r in grid[head:] for k, c in enumerate(r) if k > 0)


def _glued(cells: list[list[Cell]], printed: list[list[PdfLine]], of: dict[int, list[Cell]],
           cols: list[tuple[float, float]]) -> bool:
    """pdf_columns.glued over the header lines' names and the columns holding an amount."""
    figures = {k for r in _grid([r for r in cells if _is_row(r)], cols) for k, c in enumerate(r) if _amount(c)}
    names = _head_names(cells, printed, of)
    where = [[k if k in figures else None for k in (_column_of(x0, x1, cols) for x0, x1, _ in line)] for line in names]
    return glued(names, where)


def find_unruled(lines: list[PdfLine], page_no: int) -> tuple[list[GridTable], set[int]]:
    """Tables printed without rules among a page's narrative lines, each under a caption whose title
    names a known table (tables.yml) or under header lines whose names do (headers), and the ids of
    the lines they take (caption lines stay: they are taken as the caption later, as for a ruled
    table). A table that cannot be read with
    confidence (columns run together or apart from their names, more rows right below) is
    dropped, its lines taken all the same: a table read in part gives false totals, its rows read
    as prose false numbering."""
    tables: list[GridTable] = []
    taken: set[int] = set()
    cells = [cells_of(ln) for ln in lines]
    blocks = _blocks(lines, cells)
    for n, (a, b) in enumerate(blocks):
        block = lines[a:b]
        caption = caption_lines(lines[:a], block[0].top)
        title, _, _, used = take_caption([ln.text for ln in caption])
        if not used or identify.title_id(title) is None:
            if _header_id(cells[a:b]) is None:
                continue
            caption, used = [], 0                       # named by its header: any caption is found later
        more = _rows_below(lines, b, blocks[n + 1:])
        g = _table(block, cells[a:b], page_no, named=not used) if not more else None
        if g is not None:
            tables.append(g)
        else:                                           # rows not read stay out of the prose, caption too
            more += caption[len(caption) - used:]
        taken.update(id(ln) for ln in block + more)
    return tables, taken


def _header_id(cells: list[list[Cell]]) -> str | None:
    """The table the header lines (above the first row) name by their column names (tables.yml
    headers), for a table printed without a title."""
    head = next((k for k, c in enumerate(cells) if _is_row(c)), 0)
    return identify.words_id([t for c in cells[:head] for _, _, t in c]) if head else None


def names_table(line: PdfLine) -> bool:
    """A line printing column names that name a table (tables.yml headers): an untitled table's header."""
    words = line.text.split()
    return len(words) >= 2 and identify.words_id(words) is not None


def _rows_below(lines: list[PdfLine], end: int, later: list[tuple[int, int]]) -> list[PdfLine]:
    """The lines of a run of rows starting right below a block (one line between at most, no
    caption): the table goes on in a shape its block did not take, so it stopped early."""
    if not later or later[0][0] > end + 1:
        return []
    a, b = later[0]
    if any(identify.match_title(ln.text) or take_caption([ln.text])[3] for ln in lines[end:a]):
        return []
    return lines[end:b]


def continuation(lines: list[PdfLine], page_no: int,
                 guide: list[tuple[float, float]] | None = None) -> tuple[GridTable | None, set[int]]:
    """The rows opening a page (`lines`: its narrative lines, running headers left out) when an
    unruled table ended the page before: that table's continuation, which prints no caption
    (pdf._assemble joins it, pdf_tables.span_map lining its columns up with `guide`, the spans of
    the part before). Rows that cannot be read, or whose columns do not line up with the part
    before, come back as (None, their line ids): the table goes on but is not read (pdf drops it)."""
    cells = [cells_of(ln) for ln in lines]
    blocks = _blocks(lines, cells, min_rows=1)          # the last row alone on the next page goes on too
    if not blocks:
        return None, set()
    start, end = blocks[0]
    if not _opens(lines, cells, start):                 # rows printing a label only, then the rows
        g = _table(lines[start:end], cells[start:end], page_no, guide=guide)
        rows = label_rows(g, lines[start:end], lines[:start], after=False) if g is not None else None
        if rows is None:
            return None, set()
        add_rows(g, rows, lines[:start], after=False)
        return g, {id(ln) for ln in lines[:end]}
    first = lines[start]
    if start:                                           # a wrapped label's first line: part of the row
        first = replace(first, x0=min(ln.x0 for ln in lines[:start + 1]), x1=max(ln.x1 for ln in lines[:start + 1]),
                        chars=sorted((c for ln in lines[:start + 1] for c in ln.chars), key=lambda c: c["x0"]))
    block = [first] + lines[start + 1:end]
    line_cells = [cells_of(first)] + cells[start + 1:end]
    return _table(block, line_cells, page_no, guide=guide), {id(ln) for ln in lines[:end]}


def label_rows(g: GridTable, own: list[PdfLine], lines: list[PdfLine], after: bool) -> list[list[str]] | None:
    """`lines`, set right after the rows of table `g` (`own`: its printed lines) when `after`, else
    right before them, read as rows printing a label and no figure (labels whose figures are blank
    ending a page, or opening the next): each line one cell of text standing in one column of `g`
    that holds the labels of its rows, in their font size, set a row's pitch from the line before
    it, no title or caption; None when a line is no such row."""
    spans = g.extra.get("spans")
    if not lines or not spans or len(own) < 2:
        return None
    gaps = sorted(b.top - a.top for a, b in zip(own, own[1:]))
    pitch = gaps[len(gaps) // 2]
    seq = own[-1:] + lines if after else lines + own[:1]
    if any(not WRAP_PITCH * pitch <= b.top - a.top <= ROW_PITCH * pitch for a, b in zip(seq, seq[1:])):
        return None
    labels = {k for r in g.grid if any(_figure(c or "") for c in r) for k, c in enumerate(r)
              if c and parse_cell(c).kind == "text"}
    if any(identify.match_title(ln.text) or take_caption([ln.text])[3] for ln in lines):
        return None
    rows = []
    for ln in lines:
        cells = cells_of(ln)
        over = [k for k, (a, b) in enumerate(spans) if cells and min(cells[0][1], b) - max(cells[0][0], a) > 0]
        if len(cells) != 1 or ln.size != seq[0 if after else -1].size or parse_cell(cells[0][2]).kind != "text" \
                or len(over) != 1 or over[0] not in labels:
            return None
        rows.append(["" if k != over[0] else cells[0][2] for k in range(len(spans))])
    return rows


def add_rows(g: GridTable, rows: list[list[str]], lines: list[PdfLine], after: bool) -> None:
    """`rows` (label_rows of `lines`) put on the table after its rows or before them."""
    raws = ["\t".join(r) for r in rows]
    pages = [ln.page for ln in lines]
    x0, top, x1, bottom = g.bbox
    if after:
        g.grid, g.raws, g.row_pages = g.grid + rows, g.raws + raws, g.row_pages + pages
        g.bbox = (x0, top, x1, max(bottom, lines[-1].bottom))
    else:
        g.grid, g.raws, g.row_pages = rows + g.grid, raws + g.raws, pages + g.row_pages
        g.bbox = (x0, min(top, lines[0].top), x1, bottom)


def _opens(lines: list[PdfLine], cells: list[list[Cell]], start: int) -> bool:
    """The block starting at line `start` opens the page: nothing above it but one or two one-cell
    lines set less than a line's height above its first row (a label wrapped around that row's
    figures, its first line printed above them)."""
    return start == 0 or (start <= 2 and all(len(cells[k]) == 1 for k in range(start))
                          and lines[start].top - lines[0].top < lines[0].bottom - lines[0].top)


def _table(block: list[PdfLine], line_cells: list[list[Cell]], page_no: int, named: bool = False,
           guide: list[tuple[float, float]] | None = None) -> GridTable | None:
    """_block_table; a continuation's (`guide`: the spans of the part before) only when its columns
    line up with the part before: its spans (first cells parted when need be, _parted) grouped under
    that part's columns when they must be, no two cells of a row in one."""
    g = _block_table(block, line_cells, page_no, named)
    if guide is None or (g is not None and g.extra.get("spans") and span_map(guide, g.extra["spans"])):
        return g
    ends = regions(guide)
    for part in (False, True):
        of = {id(ln): _parted(ln, c) if part else c for ln, c in zip(block, line_cells)}
        printed = _printed_rows(block)
        cells = [[c for ln in row for c in of[id(ln)]] for row in printed]
        rows = [r for r in cells if _is_row(r)]
        spans = _columns(rows)
        under = [next(k for k, e in enumerate(ends) if (a + b) / 2 < e) for a, b in spans]
        if any(under[i] == under[j] for i, j in clashes(rows, spans)):
            continue
        cols = [(min(a for (a, _), u in zip(spans, under) if u == k), max(b for (_, b), u in zip(spans, under) if u == k))
                for k in sorted(set(under))]
        g = _read(block, cells, printed, of, cols, page_no)
        if g is not None and g.extra.get("spans") and _under_guide(rows, spans, [guide[k] for k in under]):
            g.extra["spans"] = [guide[k] for k in sorted(set(under))]
            return g
    return None


def _under_guide(rows: list[list[Cell]], spans: list[tuple[float, float]], guide: list[tuple[float, float]]) -> bool:
    """Each span stands in the column of the part before it was put under (`guide`, one a span),
    or holds no figure: a label printed across a code and a name column ('人员经费合计' set left of
    the codes) goes to the column its region falls in, a figure only to the one it stands in."""
    def figure_in(a: float, b: float) -> bool:
        return any(a - 0.01 <= x0 and x1 <= b + 0.01 and _figure(t) for r in rows for x0, x1, t in r)
    return all(min(b, y) - max(a, x) > 0 or not figure_in(a, b) for (a, b), (x, y) in zip(spans, guide))


def _block_table(block: list[PdfLine], line_cells: list[list[Cell]], page_no: int, named: bool) -> GridTable | None:
    """The block's grid in its cells' column spans when the header lines name each column once.
    Else the same with each line's first cell '1  投入' parted in two (序号 and 项目 set close);
    then, when the spans cannot be read, in the columns the names give spans that never share a
    row (_grouped_columns). A titled table (not `named`: known by its header names) whose spans
    read but no such reading fits its names is read in its spans all the same; else None."""
    fallback = None
    for part in (False, True):
        of = {id(ln): _parted(ln, c) if part else c for ln, c in zip(block, line_cells)}
        if part and all(of[id(ln)] == c for ln, c in zip(block, line_cells)):
            break
        printed = _printed_rows(block)
        cells = [[c for ln in row for c in of[id(ln)]] for row in printed]
        spans = _columns([r for r in cells if _is_row(r)])
        cols = with_blanks(_head_names(cells, printed, of), spans)
        fits = named_once(_head_cells(cells, printed, of, cols), cols)
        g = _read(block, cells, printed, of, cols, page_no) if fits or not part else None
        if g is not None and fits:
            return g
        if g is not None and not named:
            fallback = g
        if fallback is None and len(spans) > 2:
            grouped = _grouped_columns(cells, printed, of, spans)
            g = _read(block, cells, printed, of, grouped, page_no) if grouped else None
            if g is not None:
                return g
    return fallback


def _parted(line: PdfLine, cells: list[Cell]) -> list[Cell]:
    """The line's first cell parted where a figure meets a Han character past a space's width
    ('1  投入', '30101  基本工资'): a number column and a label column set close."""
    if not cells:
        return cells
    x0, x1, _ = cells[0]
    chars = [ch for ch in line.chars if ch["x0"] >= x0 - 0.01 and ch["x1"] <= x1 + 0.01]
    runs = _runs(chars, lambda run, c, k: k == 1 and _gap(run, c) > NARROW_GAP and "\u3400" <= c["text"] <= "\u9fff"
                 and _figure("".join(ch["text"] for ch in run)))
    return [_cell(run) for run in runs] + cells[1:]


def _read(block: list[PdfLine], cells: list[list[Cell]], printed: list[list[PdfLine]], of: dict[int, list[Cell]],
          cols: list[tuple[float, float]], page_no: int) -> GridTable | None:
    cells = [r if _is_row(r) else [c for ln in row for c in _split_straddling(ln, of[id(ln)], cols)]
             for r, row in zip(cells, printed)]
    if len(cols) < 2:
        return None
    if _merged_figures(_grid(cells, cols)):
        return None                     # columns cannot be told apart: no table rather than a misread
    if _unnamed_amounts(_grid(cells, cols), [_is_row(r) for r in cells]):
        return None                     # amounts beside their header names: columns misread
    if _glued(cells, printed, of, cols):
        return None                     # two names over one column of figures: which is whose unknown
    bbox = (min(ln.x0 for ln in block), block[0].top, max(ln.x1 for ln in block), max(ln.bottom for ln in block))
    g = GridTable(_grid(cells, cols), [], [], page_no, bbox, [a for a, _ in cols], pages=[page_no])
    clean_grid(g)
    g.extra["unruled"] = True
    if g.ncols == len(cols):
        g.extra["spans"] = cols
    return g
