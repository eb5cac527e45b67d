"""The Chinese segmenter: spaCy's Chinese class on jieba, with a user dictionary from lexicons/ (once per process)."""
from __future__ import annotations

import gc
import logging
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
    # The model and lexicons are ~100k long-lived objects that every full garbage collection
    # would walk again (about 60 ms each, landing in whichever report comes next); they live
    # as long as the process, so they are moved out of the collector's reach once.
    gc.collect()
    gc.freeze()
    return model


def user_words() -> list[str]:
    """Concept aliases, direction and period words, and unit names: kept whole by the segmenter."""
    units = [u.printed for u in patterns.units() if len(u.printed) > 1]
    return sorted(set(vocab.load().words()) | set(units))


@lru_cache(maxsize=512)
def spans(text: str) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, trailing space) of each token of nlp()(text), computed as spaCy's Chinese tokenizer
    computes them (its jieba segmenter's words aligned by spaCy's get_words_and_spaces) without
    building the Doc: offsets are all snap and last_words need, and a Doc costs a lexeme for every
    string the vocabulary has not seen (most of the segmenter's time in a report's first reading).
    tests/test_zh_spans.py holds them equal to the Doc's tokens."""
    from spacy import util

    tokenizer = nlp().tokenizer
    words, spaces = util.get_words_and_spaces([w for w in tokenizer.jieba_seg.cut(text, cut_all=False) if w], text)
    out, i = [], 0
    for w, sp in zip(words, spaces):
        out.append((i, i + len(w), sp))
        i += len(w) + sp
    return tuple(out)


def _token_at(toks: tuple[tuple[int, int, bool], ...], k: int) -> int:
    """The token whose characters (or trailing space) hold offset k (spaCy's token_by_char), or -1."""
    for i, (a, b, sp) in enumerate(toks):
        if a <= k < b + sp:
            return i
    return -1


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) of `text` to whole segmenter tokens (spaCy's alignment_mode="expand")."""
    if start >= end:
        return start, end
    a = max(0, start - 8)
    window = text[a:end + 8]
    toks = spans(window)
    first, last = _token_at(toks, start - a), _token_at(toks, end - a - 1)
    if first < 0 or last < 0:
        return start, end
    if start - a == toks[first][1]:      # on the space after a token: not part of it
        first += 1
    if first > last:                     # an empty span, where the next token starts
        at = toks[first][0] if first < len(toks) else len(window)
        return a + at, a + at
    return a + toks[first][0], a + toks[last][1]


def last_words(text: str, start: int, end: int, n: int) -> int:
    """The offset where the last `n` non-space tokens of text[start:end] begin."""
    seg = text[start:end]
    toks = [a for a, b, _ in spans(seg) if not seg[a:b].isspace()]
    if len(toks) <= n:
        return start
    return start + toks[-n]
