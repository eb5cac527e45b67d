"""Lists printed an item a line after the paragraph that announces them ('…主要有以下三个方面：' ⏎ '1.…' ⏎ '2.…')."""
from __future__ import annotations

from typing import Callable, Sequence

from finder.ingest.numbering import marker_span

_HEAD_ENDS = ("：", ":")
_SENTENCE_ENDS = ("。", "；", ";")


def listed_items(texts: Sequence[str], heads: Sequence[bool], skip: Callable[[int], bool]) -> set[int]:
    """Positions of the paragraphs, read as headings by their number (heads[i]), that are items of a list:
    a paragraph that is no heading and ends with a colon, then two or more paragraphs right after it
    numbered 1, 2, 3 … in one style (marker_span), none of them skipped (a table's, the contents'). Such
    an item is no heading when every heading-like item of the run is one: the run's next item follows it
    right away, or it is the last and no list numbered 1 opens after it (that would be its own content,
    '（三）产出情况' ⏎ '（一）…'), and it ends a sentence (。；) or a heading or nothing follows it. A run one
    of whose items may open a section is left alone: headings and their sections stay as printed."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        if heads[i] or skip(i) or not text.rstrip().endswith(_HEAD_ENDS):
            continue
        run = _run(texts, i + 1, skip)
        if len(run) < 2:
            continue
        if all(_item(k, run, texts, heads) for k in run if heads[k]):
            out.update(k for k in run if heads[k])
    return out


def _run(texts: Sequence[str], start: int, skip: Callable[[int], bool]) -> list[int]:
    """The paragraphs from `start` numbered 1, 2, 3 … in one style, one after another."""
    run: list[int] = []
    style = None
    for k in range(start, len(texts)):
        m = marker_span(texts[k])
        if m is None or skip(k) or (style is not None and m[0] != style) or m[1] != len(run) + 1:
            break
        style = m[0]
        run.append(k)
    return run


def _item(k: int, run: list[int], texts: Sequence[str], heads: Sequence[bool]) -> bool:
    """Whether the heading-like run member k reads as an item (listed_items)."""
    if k != run[-1]:
        return True
    if k + 1 == len(texts):
        return True
    nxt = marker_span(texts[k + 1])
    if nxt is not None and nxt[1] == 1:
        return False
    return texts[k].rstrip().endswith(_SENTENCE_ENDS) or heads[k + 1]
