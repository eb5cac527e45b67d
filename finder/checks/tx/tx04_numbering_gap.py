"""TX04: an enumerated list (1、2、… / （一）（二）…) that skips or repeats a number."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tx.common import evidence, half, hygiene, sentences
from finder.ingest.numbering import STYLES, ZH, marker
from finder.model import Finding, Paragraph
from finder.numbers.parse import zh_numeral

messages.add({
    "TX04.gap": {"zh": "编号由 {prev} 跳至 {number}，缺少第 {missing} 项",
                 "en": "numbering jumps from {prev} to {number}; item {missing} is missing"},
    "TX04.repeat": {"zh": "编号 {number} 重复出现",
                    "en": "item number {number} appears twice"},
})

# an item run into the previous one after a sentence end: "…规则。（八）负责…", "…竞争力； 3、打造…"
INLINE = {style: regex.compile(r"[；;。]" + rx.pattern.removeprefix("^")) for style, rx in STYLES}
SKIP_ROLES = ("toc", "table")     # a text export's flattened table (ingest.debris) holds no list


@lru_cache(maxsize=1)
def _part_re() -> regex.Pattern:
    """A part heading "第一部分" (hygiene.yml numbering.part: the words around the numeral)."""
    before, after = (regex.escape(w) for w in hygiene()["numbering"]["part"])
    return regex.compile(rf"^\s*{before}[{ZH}]+{after}")


@lru_cache(maxsize=1)
def _note_re() -> regex.Pattern:
    words = lexicon.alternation(hygiene()["numbering"]["note_words"])
    return regex.compile(rf"^\s*(?:{words})\s*[:：]\s*")


@lru_cache(maxsize=1)
def _bare_re() -> regex.Pattern:
    """An arabic number right before an item's opening quote, its mark dropped ('18“…”')."""
    return regex.compile(rf"^\s*(\d{{1,2}})(?=[{regex.escape(''.join(hygiene()['numbering']['bare_item_openers']))}])")


@lru_cache(maxsize=1)
def _cell_quote_re() -> regex.Pattern:
    """A quote opening a spreadsheet cell's text, before the cell's first item number."""
    return regex.compile(rf"^\s*[{regex.escape(''.join(hygiene()['numbering']['cell_quotes']))}]\s*")


@dataclass
class _List:
    last: int
    item: tuple[Paragraph, int, int]          # paragraph and span of the last item's first sentence
    stack: list[tuple[int, tuple[Paragraph, int, int]]] = field(default_factory=list)


def _head(p: Paragraph) -> tuple[Paragraph, int, int]:
    spans = sentences(p.text)
    a, b = spans[0] if spans else (0, len(p.text))
    return p, a, b


def _finding(key: str, cur: tuple[Paragraph, int, int], before: tuple[Paragraph, int, int], **args) -> Finding:
    return Finding("TX04", "warning", messages.msg(f"TX04.{key}", **args),
                   [evidence(*cur), evidence(*before, role="context")],
                   computation=f"{args['prev']} → {args['number']}", args=args)


def _resume(suspended: list[_List], n: int) -> _List | None:
    """A list an embedded document (its own 一、二、…) interrupted, continued by number n."""
    for k in range(len(suspended) - 1, -1, -1):
        if suspended[k].last + 1 == n:
            return suspended.pop(k)
    return None


def _step(state: dict[str, _List], style: str, n: int, item,
          suspended: list[_List] = ()) -> Iterator[Finding]:
    cur = state.get(style)
    if cur is None:
        state[style] = _List(n, item)
        return
    if n == 1:
        cur.stack.append((cur.last, cur.item))
        cur.last, cur.item = n, item
        return
    if n == cur.last + 1:
        cur.last, cur.item = n, item
        return
    resumed = next((i for i, (last, _) in enumerate(cur.stack) if last + 1 == n), None)
    if resumed is not None:
        del cur.stack[resumed:]
        cur.last, cur.item = n, item
        return
    back = _resume(suspended, n) if suspended else None
    if back is not None:
        cur.stack.append((cur.last, cur.item))
        cur.last, cur.item = n, item
        return
    if n == cur.last:
        yield _finding("repeat", item, cur.item, number=n, prev=cur.last)
    elif n > cur.last + 1:
        missing = "、".join(str(k) for k in range(cur.last + 1, n))
        yield _finding("gap", item, cur.item, number=n, prev=cur.last, missing=missing)
    else:
        cur.stack.append((cur.last, cur.item))
    cur.last, cur.item = n, item


@register("TX04", name="numbering-gap", groups=("text",), kind="count_mismatch")
def numbering_gap(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """编号跳号或重号：列举项 1、2、…（或（一）（二）…）缺号或重复。

    Lists are read in document order per numbering style; a higher style (一、 above
    （一） above 1、) closes the lists below it, a 1 opens a new list, and an outer list
    may resume after an inner one. Warning: an item was dropped or numbered twice. In a text
    export, the lines of a flattened table (amount lines and the bare names around them) are
    not read as a list (ingest reads them as paragraphs of role "table"): "二、政府性基金" then
    "二、科学技术支出" are two columns of one row.

    **Anti-pattern**

    .. code-block:: text

        11、陶瓷文化保护传承创新基地完成计划投资率。……
        13、陶瓷文化旅游目的地项目完成计划投资率。……

    **Best practice**

    .. code-block:: text

        11、陶瓷文化保护传承创新基地完成计划投资率。……
        12、陶瓷文化旅游目的地项目完成计划投资率。……
    """
    state: dict[str, _List] = {}
    suspended: dict[str, list[_List]] = {}
    order = [s for s, _ in STYLES]
    for p in analysis.report.paragraphs:
        if p.role in SKIP_ROLES:
            continue
        if _part_re().match(p.text):
            state.clear()
            continue
        # a table note "注：1. 本表反映…" opens that table's own list of notes
        note = _note_re().match(p.text) if p.role == "note" else None
        # a spreadsheet cell printed in quotes numbers its first item after the quote ('" 3.开展…': item 3)
        quote = _cell_quote_re().match(p.text)
        m = marker(p.text[(note or quote).end():]) if note or quote else marker(p.text)
        if m is None:
            _bare(state, p)
            continue
        style, n = m
        nested = n == 1 and style in state      # an embedded document restarts 一、: keep the
        for lower in order[order.index(style) + 1:]:   # lists it interrupts for a later resume
            closed = state.pop(lower, None)
            if closed is not None and nested:
                suspended.setdefault(lower, []).append(closed)
        yield from _step(state, style, n, _head(p), suspended.get(style, []))
        _inline(state, p)


def _bare(state: dict[str, _List], p: Paragraph) -> None:
    """An arabic list's next number printed without its mark ('18“…”' after 17.) continues the list silently."""
    cur, m = state.get("arabic"), _bare_re().match(half(p.text))
    if cur is not None and m and int(m.group(1)) == cur.last + 1:
        cur.last, cur.item = cur.last + 1, _head(p)


def _inline(state: dict[str, _List], p: Paragraph) -> None:
    """Items run into the previous one ("…规则。（八）负责…") continue their list silently."""
    text = half(p.text)
    for style, cur in state.items():
        for m in INLINE[style].finditer(text):
            g = m.group(1)
            n = int(g) if g.isdigit() else zh_numeral(g)
            if n == cur.last + 1:
                cur.last, cur.item = n, (p, m.start(1), m.end())


# Lexicon-derived patterns compiled as the module loads (model loading), not by the first report
# that reaches them.
_note_re()
_bare_re()
_cell_quote_re()
