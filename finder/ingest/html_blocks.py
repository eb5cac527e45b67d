"""HTML <table> elements inside a text or Markdown file, read as table blocks of that file.

PDF-to-Markdown tools (MinerU and others) print the prose as text lines and each table as one
<table>…</table> element, often on one line. The element is read by the HTML reader's table
parser (rowspan and colspan placed, a merged position left blank, as a TAB export prints it);
its lines are then the table's, never prose. Only an element that has its lines to itself is
read (a line opening with <table, a line closing with </table>); one cut off or with prose
around it on its lines stays text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

_OPENS = regex.compile(r"^\s*<table\b", regex.IGNORECASE)
_CLOSES = regex.compile(r"</table\s*>\s*$", regex.IGNORECASE)
_MAX_LINES = 2000          # an element never runs longer than this: an unclosed one is left as text


@dataclass
class HtmlBlock:
    rows: list[list[str]]
    locs: list[int]                                   # 1-based line of each row (the line its <tr> opens on)
    raws: list[str]
    used: set[int] = field(default_factory=set)       # 0-based source lines of the element


def find(lines: list[str], taken: set[int]) -> list[HtmlBlock]:
    """Every <table> element of `lines` outside `taken`, one block per table it holds."""
    out: list[HtmlBlock] = []
    i = 0
    while i < len(lines):
        if i in taken or not _OPENS.match(lines[i]):
            i += 1
            continue
        end = next((j for j in range(i, min(len(lines), i + _MAX_LINES)) if _CLOSES.search(lines[j])), None)
        if end is None or taken.intersection(range(i, end + 1)):
            i += 1
            continue
        from finder.ingest import html      # only for a text that holds such an element

        used = set(range(i, end + 1))
        for grid in html.parse("\n".join(lines[i:end + 1])).tables:
            rows = [[(c or "").strip() for c in r] for r in grid.grid]
            if not rows:
                continue
            block = HtmlBlock(rows, [i + 1] * len(rows), ["\t".join(r) for r in rows], used)
            if out and _continues(out[-1], block, lines):
                _join(out[-1], block)
            else:
                out.append(block)
        i = end + 1
    return out


def _continues(before: HtmlBlock, block: HtmlBlock, lines: list[str]) -> bool:
    """A table cut in two (at a page end): the next element follows after blank lines only (no
    title of its own), with as many columns. (Columns empty in one part are dropped from it, so
    parts of unlike widths are not joined: their cells would not line up.)"""
    gap = range(max(before.used) + 1, min(block.used))
    return (min(block.used) > max(before.used) and all(not lines[k].strip() for k in gap)
            and max(len(r) for r in block.rows) == max(len(r) for r in before.rows))


def _join(before: HtmlBlock, block: HtmlBlock) -> None:
    before.rows += block.rows
    before.locs += block.locs
    before.raws += block.raws
    before.used |= block.used | set(range(max(before.used), min(block.used)))

