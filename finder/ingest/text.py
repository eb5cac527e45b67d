"""Text extractions (.txt) -> Report: decode, split TAB table blocks from narrative, re-flow prose."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import regex

from finder.ingest import (cell_codes, cell_forms, cell_lines, debris, flow, glyphs, holes, html_blocks, identify, markdown, meta, outline,
                           plain_across, plain_funds, plain_sides, plain_tables, plain_tree, script, spaced, spaced_named,
                           spaced_sides)
from finder.ingest.errors import InputError
from finder.ingest.tables import build_table
from finder.ingest.tables import words as table_words
from finder.ingest.wrapped import find_wrapped_tables
from finder.model import Report, Table

_MAX_META_LINES = 6          # non-blank lines above a TAB block that may carry its title/unit


def decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM), else GB18030 (a superset of GBK/GB2312); else InputError."""
    if not data.strip():
        raise InputError("empty", "empty", path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    raise InputError("undecodable", "text_encoding", path)


@dataclass
class _Block:
    """A TAB table in the source: its rows and the lines around it that describe it."""

    rows: list[list[str]] = field(default_factory=list)
    locs: list[int] = field(default_factory=list)
    raws: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)      # 0-based source lines consumed
    names: list[str] = field(default_factory=list)   # a turned table's headings (cell_lines)


def _is_continuation(cells: list[str]) -> bool:
    """"\t\t\t\t人\t\t\t" continues the row above: one or two short wordless cells; a total
    label alone ("\t\t\t合计\t\t" under a 栏次 row, an empty total row) is a row of its own."""
    filled = [c.strip() for c in cells if c.strip()]
    if any(identify.normalize(c) in table_words().totals for c in filled):
        return False
    return 0 < len(filled) <= 2 and all(len(c) <= 3 and not regex.search(r"\d", c) for c in filled)


def _caption_row(cells: list[str]) -> bool:
    """A TAB line of caption cells only (部门：…, 2024年度, 单位：万元, 公开01表), one at least naming
    the department or the unit: spreadsheet exports put a table's caption on one row."""
    unit, year, dept = (identify.meta_line_re(k) for k in ("unit", "year", "department"))
    filled = [c.strip() for c in cells if c.strip()]
    named = [c for c in filled if unit.search(c) or dept.match(c)]
    return bool(named) and all(c in named or year.match(c) or identify.find_number(c)[0] == c for c in filled)


_PIPE = regex.compile(r"[|｜]")
# A page break (form feed) printed right after the last text of a page, the next page's first line
# after it on the same line ('…其他事项。\f2026年单位预算编制说明', '…开支。\f3.“教育支出…'): a line break.
_PAGE_BREAK_MID_LINE = regex.compile(r"(?<=[^\n\f])\f")
_PIPE_RUN = 3                # consecutive lines with 2+ pipes that make a |-separated table
_RULE_ROW = regex.compile(r"^[\s|｜:：\-—=+]+$")     # a markdown rule row "|---|:--:|"


def _split_pipes(line: str) -> list[str]:
    """Cells of a |-separated row; a pipe opening or closing the row bounds no cell."""
    s = line.strip()
    s = s[1:] if _PIPE.match(s) else s
    s = s[:-1] if s and _PIPE.match(s[-1]) else s
    return _PIPE.split(s)


def pipe_rows(lines: list[str]) -> tuple[set[int], set[int]]:
    """Lines of |-separated tables (web text): runs of at least _PIPE_RUN consecutive lines each
    holding two or more pipes. Returns (table rows, title/unit lines): the lines at the head of
    a run that fill one cell only ("…统计表 | ||||", "单位:万元 | ||||") describe the table."""
    rows: set[int] = set()
    heads: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        if "\t" not in line and len(_PIPE.findall(line)) >= 2:
            run.append(i)
            continue
        if len(run) >= _PIPE_RUN:
            k = 0
            while k < len(run) and sum(1 for c in _split_pipes(lines[run[k]]) if c.strip()) <= 1:
                heads.add(run[k])
                k += 1
            titles = {i for i in run[k:] if _title_row(lines[i])}
            heads |= titles
            rows.update(i for i in run[k:] if i not in titles)
        run = []
    return rows, heads


_MAX_BROKEN = 3               # lines a broken row's cells may run on over


def _opens_row(line: str) -> bool:
    return bool(line.strip()) and _PIPE.match(line.strip()) is not None


def _filled_row(line: str) -> bool:
    """A row of two pipes or more with a cell printed in it: a line of pipes only ('||||', a one-cell-a-line table's
    blank cells) is none."""
    return len(_PIPE.findall(line)) >= 2 and any(c.strip() for c in _split_pipes(line))


def join_broken_rows(lines: list[str], skip: set[int]) -> tuple[list[str], set[int]]:
    """A |-table whose rows each open with a pipe ('| 主管部门 | 甲局 | …') and whose cells break over lines: a row
    line, or a pipe alone opening a row whose first cell starts on the next line ('|' / '项目资金 (万元) |' / '年初预算数
    | 全年预算数 | … |'), followed by lines that open with no pipe but close with one (at most _MAX_BROKEN) is one row
    broken inside its cells: joined onto its last line (a space where it broke), the lines before it taken. Only
    where the rows around it (the line before the broken row, or the line after it) open with a pipe and hold two
    or more and a cell, so a table printed one cell a line ('cell |' lines, '||' blank cells) is never joined. Returns (the lines, those taken)."""
    out, taken = list(lines), set()
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        if i in skip or "\t" in line or not _opens_row(line) or (line.strip() not in "|｜" and not _filled_row(line)):
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= _MAX_BROKEN and j not in skip and "\t" not in lines[j] and lines[j].strip() \
                and not _opens_row(lines[j]) and _PIPE.match(lines[j].strip()[-1]):
            j += 1
        after = lines[j] if j < n else ""
        before = lines[i - 1] if i > 0 else ""
        rows_around = any(_opens_row(x) and _filled_row(x) for x in (before, after))
        if j == i + 1 or j - i > _MAX_BROKEN or not rows_around:
            i = max(j, i + 1)
            continue
        out[j - 1] = " ".join(x.strip() for x in lines[i:j])
        taken.update(range(i, j - 1))
        for k in range(i, j - 1):
            out[k] = ""
        i = j
    return out, taken


def _title_row(line: str) -> bool:
    """A row of a |-run filling one cell only with a known table's title ('部门预算项目支出绩效自评表（2023年度） |
    |||||'): a site printing several forms as one <table> runs them together; the title opens the next."""
    filled = [c.strip() for c in _split_pipes(line) if c.strip()]
    return len(filled) == 1 and identify.match_title(filled[0]) is not None


def tab_blocks(lines: list[str], skip: set[int], pipes: set[int] = frozenset()) -> list[_Block]:
    """Consecutive TAB lines (blank lines inside allowed), continuation lines merged back; lines
    in `pipes` are rows of a |-separated table and split on their pipes."""
    blocks: list[_Block] = []
    cur: _Block | None = None
    for i, line in enumerate(lines):
        if i in skip:
            cur = None
            continue
        if i in pipes and _RULE_ROW.match(line):
            if cur is not None:
                cur.used.add(i)
            continue
        if "\t" in line or i in pipes:
            cells = line.split("\t") if "\t" in line else _split_pipes(line)
            if i not in pipes and _caption_row(cells):
                cur = None                  # '部门：…\t2024年度\t单位：万元' describes the table below
                continue
            if cur is None:
                cur = _Block()
                blocks.append(cur)
            elif len(cur.rows) > 1 and _is_continuation(cells):
                prev = cur.rows[-1]
                for j, c in enumerate(cells):
                    if c.strip():
                        while len(prev) <= j:
                            prev.append("")
                        prev[j] = prev[j] + c.strip()
                cur.raws[-1] += "\n" + line
                cur.used.add(i)
                continue
            cur.rows.append(cells)
            cur.locs.append(i + 1)
            cur.raws.append(line)
            cur.used.add(i)
        elif line.strip():
            cur = None
    for b in blocks:                # TAB positions are explicit: a short row lost empty cells at its end
        width = max(len(r) for r in b.rows)
        b.rows = [r + [""] * (width - len(r)) for r in b.rows]
        if b.locs[0] - 1 in pipes:
            _place_under_spans(b.rows)
    return blocks


_FIGURE_CELL = regex.compile(r"^\s*[-+−]?[\d,，]*\.?\d+\s*[%％]?\s*$")


def _place_under_spans(rows: list[list[str]]) -> None:
    """Web text prints no cell a rowspan covers: under "项目 | 上年 | 本年 | 增减情况 | |" (or
    "项目 | 2023年预算数 | 2024年预算数 | 比上年增减情况 | |") the second header row "增减金额 |
    增减幅度 | | | |" belongs under the span 增减情况 opens (its cell and the empty ones after it),
    not under 项目 | 上年."""
    for r in range(1, len(rows)):
        row, above = rows[r], rows[r - 1]
        if any(_FIGURE_CELL.match(c) for c in row + above):
            return                                   # header rows only (a heading may name a year)
        filled = [c for c in row if c.strip()]
        k = len(filled)
        if k < 2 or any(c.strip() for c in row[k:]):
            continue
        for j in range(1, len(above) - k + 1):
            span = above[j].strip() and not any(c.strip() for c in above[j + 1: j + k])
            if span and (j + k == len(above) or above[j + k].strip()):
                rows[r] = [""] * j + filled + [""] * (len(row) - j - k)
                break


def _is_toc(block: _Block) -> bool:
    leader = flow.doc_lexicon().leader
    return sum(1 for r in block.raws if leader.search(r.replace("\t", ""))) * 2 >= len(block.raws)


@dataclass
class _Meta:
    title: str = ""
    number: str = ""
    unit: str = ""
    location: int | None = None
    caption: str = ""


def _describe(lines: list[str], first: int, block: _Block, taken: set[int]) -> _Meta:
    """Walk up from a TAB block over its title / 公开NN表 / 部门： / 年度 / 单位 lines."""
    unit_rx, year_rx, dept_rx = (identify.meta_line_re(k) for k in ("unit", "year", "department"))
    m = _Meta()
    seen = 0
    i = first - 1
    while i >= 0 and seen < _MAX_META_LINES and i not in taken:
        text = lines[i].strip()
        i -= 1
        if not text:
            continue
        seen += 1
        hit = False
        if regex.search(r"[，。；,;]", text):
            break                               # a sentence, not a caption
        num, _, span = identify.find_number(text)
        if num and not m.number:
            m.number, hit = num, True
            rest = (text[: span[0]] + text[span[1]:]).strip(" :：")
            if rest and identify.match_title(rest):
                m.title, m.location = rest, i + 2
        if unit_rx.search(text):
            m.unit = m.unit or unit_rx.search(text).group("unit")
            hit = True
        if dept_rx.match(text) or year_rx.match(text):
            hit = True
        if not hit and not m.title and identify.match_title(text):
            m.title, m.location, hit = text, i + 2, True
        if not hit and not m.title and not m.caption and _caption_like(text):
            m.caption, m.location, hit = text, i + 2, True
            above = lines[i].strip() if i >= 0 and i not in taken else ""
            if above and _caption_like(above + text) and not unit_rx.search(above):
                m.caption, m.location = above + text, i + 1     # a title printed over two lines
                block.used.add(i)
                i -= 1
        if not hit:
            break
        block.used.add(i + 1)
        if m.title:
            break
    return m


def _read_ids(lines: list[str], blocks: list[_Block]) -> list[tuple[str, list[list[str]]]]:
    """The tables read so far as (the id their title names, grid rows), for a reader that checks its
    placements against another table of the report (plain_tree's references); untitled ones left out."""
    taken = {i for b in blocks for i in b.used}
    out = []
    for b in blocks:
        if not b.used:
            continue
        title = _describe(lines, min(b.used), _Block(used=set(b.used)), taken - b.used).title
        tid = identify.title_id(title) if title else None
        if tid:
            out.append((tid, b.rows))
    return out


def _caption_like(text: str) -> bool:
    return len(text) <= 30 and not regex.search(r"[，。；：:,;]", text) and flow.heading_of(text) is None \
        and not flow.starts_item(text)


def _tables(lines: list[str], doc_type: str) -> tuple[list[Table], set[int]]:
    """Wrapped tables (from finder.ingest.wrapped), HTML <table> elements (finder.ingest.html_blocks),
    TAB and |-separated tables and tables printed one cell per line (finder.ingest.cell_lines), with
    the source lines they use. The one-cell
    lines heading a |-table are read as its title/unit lines."""
    tables: list[Table] = []
    used: set[int] = set()
    for wt in find_wrapped_tables(lines):
        used.update(range(wt.start, wt.end))
        tables.append(wt.table)
    marked = [_Block(b.rows, b.locs, b.raws, b.used) for b in html_blocks.find(lines, used)]
    used.update(i for b in marked for i in b.used)
    for f in cell_forms.find(lines, used):             # a form printed one pipe-closed cell a line
        used.update(f.used | {f.title})
        tables.append(cell_forms.table(f))
    lines, joined = join_broken_rows(lines, used)
    used |= joined
    cells = [t for t in cell_lines.find(lines) if not used.intersection(t.used)]
    one_cell = {i for t in cells for i in t.used}
    pipes, heads = pipe_rows(lines)
    pipes -= used | one_cell
    heads |= {i for t in cells for i in t.lead}
    lines = [_PIPE.sub(" ", ln) if i in heads else ln for i, ln in enumerate(lines)]
    blocks = marked + tab_blocks(lines, used | one_cell, pipes) + [
        _Block(t.rows, [i + 1 for i in t.locs], [" | ".join(r) for r in t.rows], set(t.used), t.names)
        for t in cells]
    taken = used | one_cell | pipes | {i for b in blocks for i in b.used}
    blocks += [_Block(t.rows, t.locs, t.raws, t.used) for t in spaced.find(lines, taken)]
    taken |= {i for b in blocks for i in b.used}
    blocks += [_Block(t.rows, t.locs, t.raws, t.used) for t in spaced_named.find(lines, taken)]
    taken |= {i for b in blocks for i in b.used}
    blocks += [_Block(t.rows, t.locs, t.raws, t.used) for t in spaced_sides.find(lines, taken)]
    taken |= {i for b in blocks for i in b.used}
    blocks += [_Block(t.rows, t.locs, t.raws, t.used) for t in plain_tables.find(lines, taken)]
    taken |= {i for b in blocks for i in b.used}
    blocks += [_Block(t.rows, t.locs, t.raws, t.used) for t in cell_codes.find(lines, taken)]
    taken |= {i for b in blocks for i in b.used}
    blocks += [_Block(t.rows, t.locs, t.raws, t.used) for t in plain_across.find(lines, taken)]
    taken |= {i for b in blocks for i in b.used}
    blocks += [_Block(t.rows, t.locs, t.raws, t.used) for t in plain_tree.find(lines, taken, _read_ids(lines, blocks))]
    taken |= {i for b in blocks for i in b.used}
    blocks += [_Block(t.rows, t.locs, t.raws, t.used) for t in plain_funds.find(lines, taken)]
    taken |= {i for b in blocks for i in b.used}
    blocks += [_Block(t.rows, t.locs, t.raws, t.used) for t in plain_sides.find(lines, taken)]
    for block in sorted(blocks, key=lambda b: min(b.used)):
        if _is_toc(block):
            continue
        desc = _describe(lines, min(block.used), block, used)
        used.update(block.used)
        t = build_table(block.rows, title=desc.title, number=desc.number, unit=desc.unit,
                        location=desc.location or block.locs[0], loc_kind="line",
                        row_locations=block.locs, row_raws=block.raws)
        if desc.caption:
            t.extra["caption"] = desc.caption
        if t.id is None and doc_type and t.number:
            t.extra["doc_type"] = doc_type
            t.id = identify.identify(t)
        if t.id is None and block.names:            # a turned table: its columns' headings name it
            t.id = identify.words_id(block.names)
        tables.append(t)
    tables.sort(key=lambda t: t.location or 0)
    for k, t in enumerate(tables):
        t.index = k
    return tables, used


def _narrative(lines: list[str], used: set[int]) -> list[flow.Line]:
    out: list[flow.Line] = []
    offset = 0
    gap = False
    for i, line in enumerate(lines):
        if i in used:
            gap = gap or bool(out)
        else:
            out.append(flow.Line(line, i + 1, offset, break_before=gap and bool(line.strip())))
            if line.strip():
                gap = False
        offset += len(line) + 1
    return out


def _attach_sections(report: Report) -> None:
    """Each table belongs to the section of the last paragraph printed before it."""
    for t in report.tables:
        before = [p for p in report.paragraphs if (p.location or 0) <= (t.location or 0)]
        t.section = before[-1].section if before else report.root


def load(path: str) -> Report:
    """Read a text extraction into a Report; raises InputError on missing/empty/undecodable input."""
    p = Path(path)
    if not p.exists():
        raise InputError("missing", "missing", path)
    if not p.is_file():
        raise InputError("not_a_file", "not_a_file", path)
    data = p.read_bytes()
    text = decode(data, path)
    return from_text(text, source=str(path), sha256=hashlib.sha256(data).hexdigest())


def from_text(text: str, source: str = "<text>", sha256: str = "") -> Report:
    """The Report of already-decoded text (tests, HTML fallbacks); traditional script is read
    through its simplified twin (finder.ingest.script), the printed text kept; radical look-alikes
    are read as their ideographs (finder.ingest.glyphs); figures a layout export printed under their
    holes are put back (finder.ingest.holes). A page break inside a line ends it: line numbers count it
    as a line break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")            # CRLF, and CR alone (old Mac)
    text = _PAGE_BREAK_MID_LINE.sub("\n\f", text)                     # a page's first line opens a line
    text = holes.fill(glyphs.unify(markdown.blank_marks(text)))
    conv = script.Converter(active=script.is_traditional(text))
    printed, text = text, conv(text)
    lines = text.split("\n")
    tables, used = _tables(lines, meta.guess_type(text))
    root, paragraphs = outline.build_document(_narrative(lines, used), "line", debris.table_row_lines(lines))
    report = Report(source=source, kind="text", sha256=sha256 or hashlib.sha256(printed.encode()).hexdigest(),
                    root=root, paragraphs=paragraphs, tables=tables, lines=lines, sources=[source])
    _attach_sections(report)
    meta.fill(report)
    return script.mark(report, conv, printed, text)
