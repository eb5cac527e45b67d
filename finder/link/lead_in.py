"""The fund scope a list's lead-in line ('财政拨款支出主要内容如下：') gives the numbered items after it."""
from __future__ import annotations

import regex

from finder.ingest.numbering import marker
from finder.link.concepts import split_scope
from finder.model import Paragraph

_ITEMS = ("arabic", "arabic_paren")          # the list numbers of the items: 1、 / （1）
_LEAD_END = ("：", ":")
_DIGIT = regex.compile(r"\d")


def lead_scopes(paragraphs: list[Paragraph]) -> dict[int, str]:
    """id(paragraph) -> scope for each numbered item under a lead-in that names a fund scope and prints no
    figure of its own; the run ends at the first paragraph that is no item or opens another section."""
    out: dict[int, str] = {}
    scope, section = None, None
    for p in paragraphs:
        text = p.text.strip()
        mark = marker(text)
        if scope and p.section is section and mark is not None and mark[0] in _ITEMS:
            out[id(p)] = scope
            continue
        scope, section = None, None
        if text.endswith(_LEAD_END) and not _DIGIT.search(text):
            scope, section = split_scope(text)[0], p.section
    return out
