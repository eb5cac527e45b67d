"""The Chinese segmenter: spaCy's Chinese class on jieba, with a user dictionary from lexicons/ (once per process)."""
from __future__ import annotations

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
    return model


def user_words() -> list[str]:
    """Concept aliases, direction and period words, and unit names: kept whole by the segmenter."""
    units = [u.printed for u in patterns.units() if len(u.printed) > 1]
    return sorted(set(vocab.load().words()) | set(units))


@lru_cache(maxsize=512)
def doc(text: str) -> Any:
    """The segmented Doc of a sentence (cached: sentences repeat within a report)."""
    return nlp()(text)


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) of `text` to whole segmenter tokens (spaCy's alignment_mode="expand")."""
    if start >= end:
        return start, end
    a = max(0, start - 8)
    span = doc(text[a:end + 8]).char_span(start - a, end - a, alignment_mode="expand")
    if span is None:
        return start, end
    return a + span.start_char, a + span.end_char


def last_words(text: str, start: int, end: int, n: int) -> int:
    """The offset where the last `n` non-space tokens of text[start:end] begin."""
    toks = [t for t in doc(text[start:end]) if not t.is_space]
    if len(toks) <= n:
        return start
    return start + toks[-n].idx
