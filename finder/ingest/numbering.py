"""The list number a paragraph opens with (一、 / （一） / (1) / 1、): its style and value."""
from __future__ import annotations

import regex

from finder.numbers.parse import to_halfwidth, zh_numeral

ZH = "一二三四五六七八九十"
# (style, pattern); a style resets the state of every style after it in this order
STYLES: list[tuple[str, regex.Pattern]] = [
    ("zh_dun", regex.compile(rf"^\s*([{ZH}]{{1,3}})\s*、")),
    ("zh_paren", regex.compile(rf"^\s*[（(]\s*([{ZH}]{{1,3}})\s*[）)]")),
    ("arabic_paren", regex.compile(r"^\s*[（(]\s*(\d{1,2})\s*[）)]")),
    ("arabic", regex.compile(r"^\s*(\d{1,2})\s*[、.．](?!\d)")),
]


def marker(text: str) -> tuple[str, int] | None:
    """('arabic', 13) for '13、…'; None when the text opens with no list number."""
    found = marker_span(text)
    return found[:2] if found else None


def marker_span(text: str) -> tuple[str, int, int] | None:
    """marker() and where the list number ends: ('zh_paren', 2, 3) for '（二）A 项目…'."""
    t = to_halfwidth(text)
    for style, rx in STYLES:
        m = rx.match(t)
        if m:
            n = int(m.group(1)) if m.group(1).isdigit() else zh_numeral(m.group(1))
            return (style, n, m.end()) if n else None
    return None
