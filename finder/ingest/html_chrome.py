"""A web page's furniture (navigation, breadcrumb, publication line, footer): text blocks that are no report prose."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon

# text outside links that makes a block more than a row of links: a letter, digit or ideograph
# (the separators between menu links, '|', '>', '·', are none)
_WORDS = regex.compile(r"[\p{Han}\p{L}\p{N}]")


@lru_cache(maxsize=None)
def _patterns() -> tuple[regex.Pattern, ...]:
    return tuple(regex.compile(p) for p in lexicon.load("tables")["document"]["web_chrome"])


def has_words(text: str) -> bool:
    """Does `text` (printed outside any link) hold words of its own?"""
    return bool(_WORDS.search(text))


def is_chrome(text: str) -> bool:
    """A block of the site's own (lexicons/tables.yml document.web_chrome): a breadcrumb, a
    publication line, print/close links, a footer line."""
    return any(rx.search(text) for rx in _patterns())
