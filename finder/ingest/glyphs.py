"""Radical look-alikes in a text layer → the ideographs they stand for, one code point for one.

Some PDF producers (and the copy-paste of their output) map a glyph to a radical code point that
looks the same: '⼀般公共预算⽀出' with U+2F00 and U+2F40 for 一 and 支, '⻓' U+2ED3 for 长. The text
then matches no concept, table title or direction word. The Kangxi Radicals block and the CJK
Compatibility Ideographs map by NFKC; the CJK Radicals Supplement by lexicons/radicals.tsv (Unicode's
EquivalentUnifiedIdeograph). Invisible characters a copy or an editor leaves inside words (soft
hyphen, zero-width space and joiners, word joiner, a stray byte-order mark: '48.00\u00ad%') are
dropped. Every reader applies this to the text it decodes before anything else reads it.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

import regex

from finder import lexicon

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
LOOK_ALIKE = regex.compile(f"[\u2e80-\u2fdf\uf900-\ufaff{INVISIBLE}]")


@lru_cache(maxsize=1)
def table() -> dict[int, str]:
    """str.translate table: each radical or compatibility ideograph → its unified ideograph, each
    invisible character → nothing."""
    out: dict[int, str] = {ord(ch): "" for ch in INVISIBLE}
    for cp in list(range(0x2F00, 0x2FD6)) + list(range(0xF900, 0xFB00)):
        ch = chr(cp)
        norm = unicodedata.normalize("NFKC", ch)
        if len(norm) == 1 and norm != ch:
            out[cp] = norm
    with lexicon.path("radicals.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            radical, ideograph = line.split("\t")[:2]
            out[ord(radical)] = ideograph
    return out


def unify(text: str) -> str:
    """`text` with every radical look-alike read as its ideograph and no invisible characters."""
    return text.translate(table()) if text and LOOK_ALIKE.search(text) else text


def unify_chars(chars: list[dict[str, Any]]) -> None:
    """The same for a PDF page's characters (pdfplumber char dicts, changed in place, so the page's
    words, lines and table cells all read the ideographs). One search over the page's text first:
    most pages print none."""
    if not LOOK_ALIKE.search("".join(c.get("text") or "" for c in chars)):
        return
    for c in chars:
        t = c.get("text")
        if t and LOOK_ALIKE.search(t):
            c["text"] = unify(t)
