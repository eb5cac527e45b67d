"""Page residue among narrative lines: page numbers, page marks and running headers or footers."""
from __future__ import annotations

import regex

from finder.ingest.flow import SENTENCE_INNER, Line, doc_lexicon, heading_of, squash

_PAGE_NUMBER = regex.compile(r"\d{1,3}")
_HAN = regex.compile(r"\p{Han}")


def drop_residue(lines: list[Line]) -> list[Line]:
    """Remove page numbers ("- 3 -", "第 3 页", a rising run of bare numbers) and running headers,
    also when a space-laid export glued them into one line (see _glued)."""
    bare = [i for i, ln in enumerate(lines) if _PAGE_NUMBER.fullmatch(ln.text.strip())]
    drop = _page_numbers(bare, [int(lines[i].text.strip()) for i in bare])
    keys = [squash(ln.text) for ln in lines]
    where: dict[str, list[int]] = {}            # squashed text -> its line positions, built once
    for k, key in enumerate(keys):
        where.setdefault(key, []).append(k)
    glued = {i: parts for i, ln in enumerate(lines) if (parts := _glued(ln.text))}
    fields: dict[str, list[int]] = {}           # the same for the fields of glued lines
    for k, parts in glued.items():
        for part in parts:
            fields.setdefault(squash(part), []).append(k)
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if not t or i in drop:
            continue
        if i in glued:
            if all(_page_mark(p) or _running_header(p, fields[squash(p)]) for p in glued[i]):
                drop.add(i)
        elif _page_mark(t) or _running_header(t, where[keys[i]]):
            drop.add(i)
    out = []
    carry = False
    for i, ln in enumerate(lines):
        if i in drop:
            carry = carry or ln.break_before
            continue
        if carry:
            ln = Line(ln.text, ln.loc, ln.src, ln.x0, ln.x1, True)
            carry = False
        out.append(ln)
    return out


_FIELD_GAP = regex.compile(r"\s{2,}")


def _page_mark(t: str) -> bool:
    """A printed page number other than a bare one ("- 3 -", "第 3 页", "3/25")."""
    return not t.isdigit() and any(rx.fullmatch(t) for rx in doc_lexicon().residue)


def _glued(text: str) -> list[str] | None:
    """The fields of a line a space-laid export set from page furniture of two pages ("第 1 页
    <spaces> …年度部门决算": one page's footer, the next page's running header), when one of
    them is a page number and the line is not one ("─  3 ─"): each field is then judged as
    furniture on its own. Else None."""
    parts = [p for p in _FIELD_GAP.split(text.strip()) if p]
    if len(parts) < 2 or _page_mark(text.strip()) or not any(_page_mark(p) for p in parts):
        return None
    return parts


_MIN_PAGE_RUN = 3


def _page_numbers(positions: list[int], values: list[int]) -> set[int]:
    """The bare numbers that are page numbers: the longest chain of them, in order, each 1 or 2
    above the one before (a text export also prints table cells "20" or "1" as bare lines, which
    break a run of all of them but not the chain)."""
    if len(values) < _MIN_PAGE_RUN:
        return set()
    if all(0 < b - a <= 2 for a, b in zip(values, values[1:])):
        return set(positions)
    best: dict[int, tuple[int, int]] = {}      # value -> (length of the chain ending there, its end)
    back: dict[int, int] = {}                  # k -> index of the chain member before it
    top = (0, -1)
    for k, v in enumerate(values):
        prev = max((best[w] for w in (v - 1, v - 2) if w in best), default=(0, -1))
        if prev[1] >= 0:
            back[k] = prev[1]
        cur = (prev[0] + 1, k)
        if cur[0] >= best.get(v, (0, -1))[0]:
            best[v] = cur
        top = max(top, cur)
    if top[0] < _MIN_PAGE_RUN:
        return set()
    out, k = set(), top[1]
    while k >= 0:
        out.add(positions[k])
        k = back.get(k, -1)
    return out


def _running_header(t: str, positions: list[int]) -> bool:
    """A short titled line printed again and again (three times or more), far apart: a page header
    or footer."""
    key = squash(t)
    if len(positions) < 3:
        return False
    if not 6 <= len(key) <= 40 or not _HAN.search(key) or heading_of(t) is not None:
        return False
    if SENTENCE_INNER.search(t):
        return False
    return min(b - a for a, b in zip(positions, positions[1:])) >= 15
