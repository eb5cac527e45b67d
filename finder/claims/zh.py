"""The Chinese segmenter: spaCy's Chinese class on jieba, with a user dictionary from lexicons/ (once per process)."""
from __future__ import annotations

import logging
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from finder.claims import patterns, vocab

LOADS = {"nlp": 0}      # how many times the model was built (tests assert it stays 1)


@lru_cache(maxsize=1)
def nlp() -> Any:
    """spaCy Chinese with the jieba segmenter; lexicon words added to jieba's dictionary."""
    import jieba
    from spacy.lang.zh import Chinese

    jieba.setLogLevel(logging.WARNING)
    model = Chinese.from_config({"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for word in user_words():
        jieba.add_word(word, freq=100000)
    LOADS["nlp"] += 1
    return model


def user_words() -> list[str]:
    """Concept aliases, direction and period words, and unit names: kept whole by the segmenter."""
    units = [u.printed for u in patterns.units() if len(u.printed) > 1]
    return sorted(set(vocab.load().words()) | set(units))


@dataclass(frozen=True)
class Token:
    """One segmenter token: its text, offset, whether it is whitespace, and whether one space follows."""

    text: str
    idx: int
    is_space: bool
    space_after: bool


@lru_cache(maxsize=512)
def doc(text: str) -> tuple[Token, ...]:
    """The tokens of a sentence, exactly as spaCy's Chinese tokenizer makes them (the jieba words it
    is given, aligned to the text the way spacy.util.get_words_and_spaces does), without building a
    spaCy Doc: only token texts and offsets are ever read. Cached: sentences repeat within a report."""
    nlp()                                   # jieba's dictionary holds the lexicon words
    import jieba

    words = [w for w in jieba.cut(text, cut_all=False) if w]
    if "".join("".join(words).split()) != "".join(text.split()):
        raise ValueError(f"segmenter words do not align with the text: {text!r}")
    out: list[Token] = []
    pos = 0
    for word in words:
        if word.isspace():
            continue
        at = text.find(word, pos)
        if at < 0:
            raise ValueError(f"segmenter words do not align with the text: {text!r}")
        if at > pos:
            gap = text[pos:at]
            out.append(Token(gap, pos, gap.isspace(), False))
            pos = at
        pos += len(word)
        space = pos < len(text) and text[pos] == " "
        out.append(Token(word, at, word.isspace(), space))
        pos += space
    if pos < len(text):
        rest = text[pos:]
        out.append(Token(rest, pos, rest.isspace(), False))
    return tuple(out)


def _token_at(toks: tuple[Token, ...], starts: list[int], i: int) -> int:
    """Index of the token whose text or trailing space holds offset i, else -1 (spaCy's token_by_char)."""
    k = bisect_right(starts, i) - 1
    if k < 0 or i >= toks[k].idx + len(toks[k].text) + toks[k].space_after:
        return -1
    return k


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) of `text` to whole segmenter tokens (spaCy's alignment_mode="expand")."""
    if start >= end:
        return start, end
    a = max(0, start - 8)
    piece = text[a:end + 8]
    toks = doc(piece)
    starts = [t.idx for t in toks]
    i, j = _token_at(toks, starts, start - a), _token_at(toks, starts, end - a - 1)
    if i < 0 or j < 0:
        return start, end
    if start - a == toks[i].idx + len(toks[i].text):     # in the trailing space: not that token
        i += 1
    j += 1
    s = toks[i].idx if i < len(toks) else len(piece)
    e = s if i == j else toks[j - 1].idx + len(toks[j - 1].text)
    return a + s, a + e


def last_words(text: str, start: int, end: int, n: int) -> int:
    """The offset where the last `n` non-space tokens of text[start:end] begin."""
    toks = [t for t in doc(text[start:end]) if not t.is_space]
    if len(toks) <= n:
        return start
    return start + toks[-n].idx
