"""Lines of a text export that are a flattened table, not prose (amount lines and the bare names around them)."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon
from finder.ingest.flow import squash
from finder.ingest.numbering import marker
from finder.ingest.spaced import MONEY

# an amount cell: 2,940.05 / 51.30 / 1,200, maybe a percentage (a page number or a date "2025.1.1" is none):
# the space-laid table reader's money cell
_CELL = MONEY.pattern + "%?"
_NUMBERS_ONLY = regex.compile(rf"^\s*{_CELL}(?:\s+{_CELL})*\s*$")
_AMOUNT_LED = regex.compile(rf"^\s*{_CELL}\s+\S")              # "371,514,655.00 二、科学技术支出"
_SPACED_AMOUNT = regex.compile(rf"\S {{2,}}{_CELL}(?:\s|$)")     # "三、国防支出      2,388.04"
# a bare amount (no unit or percent after it: a cell, not a figure of a sentence), printed one space from
# its neighbours by pdfplumber's extract_text: "一、一般公共预算 493,761,082.20 16,067,196.24 0.00"
_BARE_CELL = regex.compile(rf"(?<![\d.,]){MONEY.pattern}(?![\d.,%])(?!\s*(?:万|亿|千)?元)")
_MIN_BARE_CELLS = 2            # a name with two amounts is a table row; one amount may be a sentence's
# ... or one amount on a line printing two numbered names (an income item and a spending item of one row,
# the other side's cell blank): "2. 政府性基金预算 三、城乡社区支出 33,775,592"
_SECOND_ITEM = regex.compile(r"(?<=[\s\d])[一二三四五六七八九十]{1,3}、")
_MIN_AMOUNT_LINES = 2          # a heading above one spaced sentence with an amount is no table


@lru_cache(maxsize=1)
def _spec() -> tuple[regex.Pattern, int]:
    d = lexicon.load("hygiene")["numbering"]["table_rows"]
    return regex.compile("[" + regex.escape(d["sentence_marks"]) + "]"), int(d["max_name_chars"])


def _kind(line: str) -> str:
    """amount | bare | prose: an amount line of a table, a short name with no sentence, or prose."""
    marks, longest = _spec()
    if marks.search(line):
        return "prose"
    if _NUMBERS_ONLY.match(line) or _AMOUNT_LED.match(line) or _SPACED_AMOUNT.search(line):
        return "amount"
    cells = len(_BARE_CELL.findall(line))
    if cells >= _MIN_BARE_CELLS or (cells and marker(line) and _SECOND_ITEM.search(line)):
        return "amount"
    return "bare" if len(squash(line)) <= longest else "prose"


def table_row_lines(lines: list[str]) -> frozenset[int]:
    """1-based source lines of a text report that belong to a flattened table. A table shows in
    a run of non-prose lines (blank lines ignored) as _MIN_AMOUNT_LINES amount lines, or as two
    numbered names with one number on adjacent lines ("二、政府性基金" / "二、外交支出": two
    columns of one row). Its lines run from the first such line to the last, then on over the
    names that continue the numbering of one of its columns (a column longer than the other, or
    the other column printed after the first); the headings above and below a table stay prose.
    PDF and HTML have no source lines: none."""
    out: set[int] = set()
    rows = [(i + 1, line) for i, line in enumerate(lines) if line.strip()] + [(0, "。")]
    run: list[tuple[int, str, str]] = []
    for no, line in rows:
        kind = _kind(line)
        if kind != "prose":
            run.append((no, line, kind))
            continue
        out.update(_table_span(run))
        run = []
    return frozenset(out)


def _table_span(run: list[tuple[int, str, str]]) -> list[int]:
    """The lines of one non-prose run that are table rows (see table_row_lines)."""
    marks = [marker(line) for _, line, _ in run]
    evidence = [k for k, (_, _, kind) in enumerate(run) if kind == "amount"]
    if len(evidence) < _MIN_AMOUNT_LINES:
        evidence = []
    pairs = [k for k in range(1, len(run)) if marks[k] and marks[k] == marks[k - 1]]
    evidence = sorted(set(evidence) | set(pairs) | {k - 1 for k in pairs})
    if not evidence:
        return []
    first, last = evidence[0], evidence[-1]
    columns: list[tuple[str, int]] = []      # each column's last number: two numbered alike are two columns
    for m in marks[first:last + 1]:
        if m and not _continues(columns, m):
            columns.append(m)
    j = last + 1
    while columns and j < len(run):          # unnumbered lines between: a name wrapped in its cell
        if marks[j] and not _continues(columns, marks[j]):
            break
        if marks[j]:
            last = j
        j += 1
    return [no for no, _, _ in run[first:last + 1]]


def _continues(columns: list[tuple[str, int]], mark: tuple[str, int]) -> bool:
    """Does `mark` number the next name of one of the columns (which then ends on it)? An extractor
    printing a two-sided table column by column gives one column's names, then the other's."""
    for k, (style, n) in enumerate(columns):
        if mark == (style, n + 1):
            columns[k] = mark
            return True
    return False
