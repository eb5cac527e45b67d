"""Layout-mode text exports: figures printed on a lower baseline put back into the holes they left.

A PDF whose digits sit a little lower than its Chinese (another font, another baseline) comes out of a
layout-keeping export (`pdftotext -layout`, pdfplumber's `extract_text(layout=True)`) as two lines: the
prose with a hole where each figure stood, and under it a line of the figures alone, each under its
hole:

    支出总计减少        万元，下降       。主要原因：…
                56.95       1.87%

Read as printed, the prose claims nothing and every hole looks like a template blank. A line of
figures alone is put back into the line above when every figure lies under a hole of that line that
no other figure takes (a run of spaces between two printed characters at least as wide as the figure,
or the indent right before the line's first character), and the line above is prose (it holds a
clause mark). A figure under the padding after a line's end is a page number or a line of its own:
such a line is left alone. Each line keeps its length, so line numbers and offsets stay those of the
file; the figures' line becomes blank.
"""
from __future__ import annotations

import regex

_FIGURES = regex.compile(r"[ \t]*[-+]?\d[\d,]*(?:\.\d+)?%?(?:[ \t]+[-+]?\d[\d,]*(?:\.\d+)?%?)*[ \t]*")
_FIGURE = regex.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
_HOLE = regex.compile(r"(?<=\S) {2,}(?=\S)")
_CLAUSE_MARK = regex.compile(r"[，。；：、]")
_DRIFT = 2            # columns a figure may stand left of its hole (wide characters shift the prose)


def fill(text: str) -> str:
    """`text` with each line of figures alone put back into the holes of the prose line above it."""
    if "  " not in text:
        return text
    lines = text.split("\n")
    for i in range(1, len(lines)):
        below = lines[i]
        if not below.strip() or not _FIGURES.fullmatch(below):
            continue
        filled = _filled(lines[i - 1], below)
        if filled is not None:
            lines[i - 1], lines[i] = filled, " " * len(below)
    return "\n".join(lines)


def _filled(above: str, below: str) -> str | None:
    """`above` with the figures of `below` in its holes, or None when one of them has no hole."""
    if not _CLAUSE_MARK.search(above):
        return None
    holes = [(m.start(), m.end()) for m in _HOLE.finditer(above)]
    first = len(above) - len(above.lstrip())
    out, taken = list(above), set()
    for m in _FIGURE.finditer(below):
        width = len(m[0])
        k = next((k for k, (a, b) in enumerate(holes) if a - _DRIFT <= m.start() < b and b - a >= width), None)
        if k is None and first - _DRIFT <= m.end() <= first + _DRIFT and first > width:
            k, a = -1, first - 1 - width       # the line's first figure, in its indent: right before its text
        elif k is None or k in taken:
            return None
        else:
            a, b = holes[k]
            a += b - a > width                   # one space before it when the hole has room
        taken.add(k)
        out[a:a + width] = m[0]
    return "".join(out)
