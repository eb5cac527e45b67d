"""Lines -> paragraphs: re-flow hard wraps, find headings (page residue: residue; the section tree: outline).

Text is kept verbatim: lines are stripped at both ends and joined without a separator, except
that a single space is put between two ASCII letters/digits a wrap separated when joining them
would not make one number ("304.42" + "138.93" stays two numbers; "53.4" + "3" is 53.43, a
number the wrap split); anchors map every character back.
The spaces an extraction printed between Chinese and digits ("收入总计 1583.52 万元") stay.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

import regex

from finder import lexicon
from finder.ingest.bare_headings import bare_heading
from finder.model import Paragraph
from finder.numbers.parse import to_halfwidth, zh_numeral

_TERMINAL = "。；;：:！？!?"
_CLOSERS = "”’」』）)》〉】"
SENTENCE_INNER = regex.compile(r"[，。；：！？,;]")
_ASCII_ALNUM = regex.compile(r"[A-Za-z0-9%.]")
_SPACES = regex.compile(r"\s+")


@dataclass
class Line:
    """One printed line of narrative, as an ingest module hands it over.

    loc: page number (PDF/HTML) or 1-based line number (text); src: offset of the line's first
    character in the source text (text inputs) or a running offset (PDF); x0/x1: horizontal
    extent on the page when known (PDFs) — lets re-flow tell a wrapped line from a short one;
    break_before: a hard boundary (a table stood here, a new file began); joins: whether the line
    continues the one before it, when that was decided on the lines of its own element (see
    settle_elements); None leaves it to the document's re-flow.
    """

    text: str
    loc: int
    src: int = 0
    x0: float | None = None
    x1: float | None = None
    break_before: bool = False
    joins: bool | None = None


@dataclass(frozen=True)
class _Doc:
    """The document lexicon, compiled once."""

    headings: tuple[tuple[int, regex.Pattern], ...]
    items: tuple[regex.Pattern, ...]
    note: regex.Pattern
    leader: regex.Pattern
    residue: tuple[regex.Pattern, ...]
    toc_titles: frozenset[str]
    roles: tuple[tuple[str, tuple[str, ...]], ...]


@lru_cache(maxsize=None)
def doc_lexicon() -> _Doc:
    d = lexicon.load("tables")["document"]
    return _Doc(
        tuple((int(lv), regex.compile(p)) for lv, p in d["headings"]),
        tuple(regex.compile(p) for p in d["item_starts"]), regex.compile(d["note"]),
        regex.compile(d["leader"]), tuple(regex.compile(p) for p in d["page_residue"]),
        frozenset(d["toc_titles"]), tuple((k, tuple(v)) for k, v in d["roles"].items()))


def display_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def words_width(s: str) -> int:
    """A text line's display width with each run of spaces counted as one: a layout export pads
    figures with spaces ('增加      184.96  万元'), which would make a padded line set the margin
    and the lines of words around it look short of it."""
    return display_width(_SPACES.sub(" ", s.strip()))


def squash(s: str) -> str:
    """Text without whitespace (hard wraps and PDF spacing split words)."""
    return _SPACES.sub("", s)


_HEADING_MAX = 40            # characters (without spaces) of a heading's words, and of its note
# A bracketed note closing a heading, without a figure ("二、单位构成（仅有一个单位的部门，本部分
# 内容为“机构设置”）": templates tell the filler what goes there); its commas are no sentence.
_HEADING_NOTE = regex.compile(r"[（(][^（()）0-9０-９]+[)）]$")


def heading_of(text: str) -> tuple[int, int | None, str] | None:
    """(level, number, title) when `text` is a heading line (no sentence inside, but for a closing
    bracketed note without a figure; not a figure with its unit closed by 。), else None."""
    t = text.strip()
    for level, rx in doc_lexicon().headings:
        m = rx.match(t)
        if not m:
            continue
        body = t.rstrip("。：:")
        note = _HEADING_NOTE.search(body, m.end())
        if note and body[m.end():note.start()].strip() and len(squash(note.group(0))) <= _HEADING_MAX:
            body = body[:note.start()]
        if len(squash(body)) > _HEADING_MAX or SENTENCE_INNER.search(body[m.end():]):
            return None
        if t.endswith("。") and _stated_figure_re().search(body, m.end()):
            return None          # '1．财政拨款收入预算总计 18330.37 万元。': a numbered statement of a figure
        g = m.group(1)
        return level, int(g) if g.isdigit() else zh_numeral(g), t
    return None


@lru_cache(maxsize=1)
def _stated_figure_re() -> "regex.Pattern[str]":
    """A number and its unit word (lexicons/units.yml): what a heading names but never states."""
    return regex.compile(rf"[0-9０-９][0-9０-９,，.．]*\s*(?:{lexicon.alternation(_unit_words())})")


def heading_words(text: str) -> str:
    """A heading's words without its number ('（二）甲市第二人民医院' -> '甲市第二人民医院')."""
    t = text.strip()
    for _, rx in doc_lexicon().headings:
        m = rx.match(t)
        if m:
            return t[m.end():].strip()
    return t


def starts_item(text: str) -> bool:
    t = text.strip()
    d = doc_lexicon()
    return any(rx.match(t) for _, rx in d.headings) or any(rx.match(t) for rx in d.items)


# ------------------------------------------------------------------ re-flow
def _full_flags(lines: list[Line]) -> tuple[list[bool], list[bool], list[float]]:
    """Per line: does it run to the right margin? Is the text around it hard-wrapped? And each
    line's width as a share of the widest line near it."""
    if lines and all(ln.x1 is not None for ln in lines):
        right: dict[int, float] = {}
        left: dict[int, float] = {}
        for ln in lines:
            right[ln.loc] = max(right.get(ln.loc, 0.0), ln.x1 or 0.0)
            left[ln.loc] = min(left.get(ln.loc, 1e9), ln.x0 if ln.x0 is not None else 0.0)
        ratios = [((ln.x1 or 0) - left[ln.loc]) / max(right[ln.loc] - left[ln.loc], 1.0) for ln in lines]
        return [r >= 0.94 for r in ratios], [True] * len(lines), ratios
    if not lines:
        return [], [], []
    printed = [display_width(ln.text.strip()) for ln in lines]
    opens = [not _ends_terminal(ln.text.strip()) for ln in lines]
    every = _hard_wrapped(printed, opens)
    # a text export that prints a table's cells a line each (mupdf, pdfminer) is not wrapped as a
    # whole, yet its prose between the tables is: there each line is judged by the lines around it
    wrapped = [every or _hard_wrapped(printed[max(0, i - _WINDOW): i + _WINDOW + 1],
                                      opens[max(0, i - _WINDOW): i + _WINDOW + 1]) for i in range(len(lines))]
    # whether the text is wrapped is told by the lines as printed; where each line ends against
    # the margin, by its words (words_width)
    widths = [words_width(ln.text) for ln in lines]
    ratios = [w / max(_margin(widths[max(0, i - _WINDOW): i + _WINDOW + 1]), 1) for i, w in enumerate(widths)]
    return [wr and r >= 0.85 for wr, r in zip(wrapped, ratios)], wrapped, ratios


_WINDOW = 12             # lines either side that tell a line's margin and whether its text is wrapped


def _hard_wrapped(printed: list[int], opens: list[bool]) -> bool:
    """Lines of these printed widths, `opens` telling which end mid-sentence, are hard-wrapped prose: most
    reach near the widest, and hard wraps cut sentences (in text printed one paragraph a line nearly
    every line ends one)."""
    ordered = sorted(printed)
    p50, p90 = ordered[len(ordered) // 2], ordered[int(len(ordered) * 0.9)]
    return p90 <= 200 and p50 >= 0.6 * p90 and sum(opens) * 3 >= len(opens)


_MARGIN_PEERS = 3        # lines (itself included) that must reach within 10% of a width for it to be the margin


def _margin(window: list[int]) -> int:
    """The right margin of a window of hard-wrapped lines: the widest width that at least
    _MARGIN_PEERS lines reach within 10%. A lone longer line (a URL, a metadata row, a table
    header printed as text) is an outlier and sets no margin; with no such width, the widest."""
    ws = sorted(window, reverse=True)
    for k, w in enumerate(ws[: len(ws) - _MARGIN_PEERS + 1]):
        if ws[k + _MARGIN_PEERS - 1] >= 0.9 * w:
            return w
    return ws[0] if ws else 0


def _ends_terminal(t: str) -> bool:
    t = t.rstrip(_CLOSERS + " ")
    return bool(t) and t[-1] in _TERMINAL


_MID_SENTENCE = ("、", "，", ",")


@lru_cache(maxsize=1)
def _unit_words() -> tuple[str, ...]:
    """Every unit word of lexicons/units.yml, longest first (a number never ends a paragraph
    when the next line opens with its unit)."""
    u = lexicon.load("units")
    words = set(u["money"]) | set(u["count"]) | set(u["percent"]) | set(u["score"])
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _share_markers() -> tuple[str, ...]:
    """The share markers of lexicons/directions.yml ('占', '占比'): a clause ending with one awaits its rate."""
    return tuple(lexicon.load("directions")["share_markers"])


def _cut_mid_sentence(cur: str, nxt: str) -> bool:
    """The break falls where no paragraph can end: after 、/，, between a number and its unit, or
    between a share marker and its rate ('…万元，占' | '99.94 %；')."""
    if cur.endswith(_MID_SENTENCE):
        return True
    if cur.endswith(_share_markers()) and _NUMBER_START.match(nxt):
        return True
    if cur and to_halfwidth(cur[-1]).isdigit() and nxt.startswith(_unit_words()):
        return True
    for w in _unit_words():                  # "130 万" | "元": the break cut the unit itself
        for k in range(1, len(w)):
            head = cur[: len(cur) - k].rstrip()
            if cur.endswith(w[:k]) and nxt.startswith(w[k:]) and head and to_halfwidth(head[-1]).isdigit():
                return True
    return False


_NUMBER_START = regex.compile(r"[0-9０-９%％]")
_WORD_END = regex.compile(r"\p{Han}$")


def _number_follows_words(cur: str, n: str) -> bool:
    """The break split a clause: words run up to it and a number follows ("占…支出的" | "96.74%")."""
    return bool(_WORD_END.search(cur.rstrip())) and bool(_NUMBER_START.match(n))


def _joins(cur: str, nxt: Line, full: bool, wrapped: bool, nxt_full: bool, width_ratio: float) -> bool:
    """Does the paragraph that ends with line `cur` continue on `nxt`?"""
    n = nxt.text.strip()
    if nxt.break_before or starts_item(n) or (not nxt_full and bare_heading(n) is not None):
        return False                         # a section name alone on a short line opens its section
    if _cut_mid_sentence(cur.rstrip(), n):
        return True
    if wrapped:
        if _ends_terminal(cur):
            lead_in = not nxt_full and n.rstrip().endswith(("：", ":")) and len(n) <= 20
            return full and not lead_in
        # text lines measure width by characters only; a line a little short of the margin
        # still runs on when the break split a clause before its number (PDF lines know x1)
        return width_ratio >= 0.7 or (nxt.x1 is None and width_ratio >= 0.5 and _number_follows_words(cur, n))
    if _ends_terminal(cur) or cur.rstrip().endswith(_CLOSERS):
        return False
    w = display_width(cur)
    if w >= 80 or (w >= 40 and bool(SENTENCE_INNER.search(cur))):
        return True
    # a clause with an enumeration ("全年收入、支出合计") cut before its figure on the next line;
    # a running title or a table header printed as a line has no 、 and stays apart
    return w >= 40 and _ENUMERATION in cur and _number_follows_words(cur, n)


_ENUMERATION = "、"


FIRST_INDENT_COLUMNS = 4     # display columns of the two-character first-line indent
_ITEM_LEVEL = 4              # heading levels from 1、 down: items that often open a paragraph
_MIN_MARGIN = 40             # display columns: a narrower "margin" is short lines, not a page width


def _full_with_indent(text: str, ratio: float) -> bool:
    """Whether a text line whose width is `ratio` of the margin reaches it (0.85, as any text line)
    once its lost first-line indent is counted back."""
    w = words_width(text)
    return ratio > 0 and w / ratio >= _MIN_MARGIN and (w + FIRST_INDENT_COLUMNS) / w * ratio >= 0.85


def _continues(prev: Line, ln: Line, full_prev: bool, full_cur: bool, wrapped: bool, ratio: float,
               set_in: bool = False) -> bool:
    """set_in: prev is a full PDF line printed indented and ln starts at the text edge (its next line)."""
    p = prev.text.strip()
    toc = doc_lexicon().toc_titles           # "目 录" is a heading of its own: never part of the
    if squash(p) in toc or squash(ln.text) in toc:    # cover title above it nor of its first entry
        return False
    head = heading_of(p)
    if head is not None:                     # a heading runs on only when it is a wrapped item
        # CJK line breaking never ends a line with an opening bracket: the line before "（项）…"
        # may stop about one character short of the margin and still be full.
        near_full = full_prev or (ratio >= 0.85 and ln.text.lstrip()[:1] in _OPENERS)
        # A text export drops the first-line indent (首行缩进, two characters) an item numbered
        # 1、/ (1) opening its paragraph is printed with: measured with it, it may reach the margin.
        near_full = near_full or (prev.x1 is None and head[0] >= _ITEM_LEVEL and _full_with_indent(p, ratio))
        # An item opening its paragraph indented (1、…（项）。) whose first line ends at the margin
        # with its sentence: the line after it at the text edge is its second line, since a new
        # paragraph on such a page would be indented too.
        ends_ok = not _ends_terminal(p) or (set_in and head[0] >= _ITEM_LEVEL)
        return wrapped and near_full and ends_ok and not ln.break_before and not starts_item(ln.text)
    return _joins(p, ln, full_prev, wrapped, full_cur, ratio)


# A printed line whose left edge sits this many character widths right of the page's text edge is
# indented: after a line short of the margin it opens a paragraph (首行缩进), whatever its words.
INDENT_CHARS = 1.5


def _indented(lines: list[Line]) -> list[bool]:
    """Per line (PDF lines, which know x0/x1): does it start indented from the page's left edge?"""
    if not lines or any(ln.x0 is None or ln.x1 is None for ln in lines):
        return [False] * len(lines)
    left: dict[int, float] = {}
    for ln in lines:
        left[ln.loc] = min(left.get(ln.loc, 1e9), ln.x0)
    out = []
    for ln in lines:
        char = (ln.x1 - ln.x0) / max(display_width(ln.text.strip()) / 2, 1.0)
        out.append(ln.x0 - left[ln.loc] >= INDENT_CHARS * char)
    return out


def reflow(lines: list[Line], opening: frozenset[int] = frozenset()) -> list[list[Line]]:
    """Group lines into paragraphs (blank lines ignored; a break_before always splits; an indented
    line after one short of the margin opens a paragraph unless the break cut a clause).
    opening: positions (among the non-blank lines) of lines known to open a paragraph, as if
    printed indented."""
    kept = [ln for ln in lines if ln.text.strip()]
    full, wrapped, ratio = _full_flags(kept)
    indented = [k in opening or ind for k, ind in enumerate(_indented(kept))]
    split_toc = _split_toc_titles(kept)
    blocks: list[list[Line]] = []
    for i, ln in enumerate(kept):
        if blocks and ln.joins is not None and not ln.break_before:     # decided on its element's lines
            if ln.joins:
                blocks[-1].append(ln)
            else:
                blocks.append([ln])
            continue
        if i - 1 in split_toc or i in split_toc or i - 2 in split_toc:    # 目 | 录: the title's own paragraph
            if i - 1 in split_toc:
                blocks[-1].append(ln)
            else:
                blocks.append([ln])
            continue
        opens = i in opening or i > 0 and indented[i] and not full[i - 1] and not _cut_mid_sentence(
            kept[i - 1].text.strip(), ln.text.strip())
        set_in = i > 0 and full[i - 1] and indented[i - 1] and not indented[i]
        if blocks and not opens and _continues(kept[i - 1], ln, full[i - 1], full[i], wrapped[i - 1], ratio[i - 1],
                                               set_in):
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    return blocks


def settle_elements(lines: list[Line], elements: list[int]) -> None:
    """Decide the breaks inside the elements whose lines <br> separates (elements[i]: the element
    of lines[i]) by re-flowing their lines apart from the page's other lines: paragraphs hard-wrapped
    at one width rejoin as a text file's do, lines that are paragraphs of their own stay apart. A
    page that breaks lines inside its elements marks its paragraphs by them: such an element opens a
    paragraph, and the line after it opens the next."""
    pool: list[Line] = []
    opening: set[int] = set()
    for _, run in groupby(range(len(lines)), key=lambda i: elements[i]):
        run = list(run)
        kept = [lines[i] for i in run if lines[i].text.strip()]
        if len(kept) < 2:
            continue
        opening.add(len(pool))
        pool += kept
        if run[-1] + 1 < len(lines):
            lines[run[-1] + 1].joins = False
    for block in reflow(pool, frozenset(opening)):
        for k, ln in enumerate(block):
            ln.joins = k > 0


def _split_toc_titles(kept: list[Line]) -> set[int]:
    """Indices of lines that, with the line after them, print a contents title alone ('目' on one
    line, '录' on the next: a title spaced wide on its page comes out of some extractors so)."""
    toc = doc_lexicon().toc_titles
    return {i for i in range(len(kept) - 1) if squash(kept[i].text) + squash(kept[i + 1].text) in toc}


_OPENERS = "（(《“‘〔【["

_TAIL_NUM = regex.compile(r"(?<![\d.,])\d[\d,]*\.?\d*$")
_HEAD_NUM = regex.compile(r"^(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?![\d.])")
_ONE_NUMBER = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _splits_number(before: str, after: str) -> bool:
    """True when the wrap cut one number in two: the digits around it join into one valid number."""
    before, after = to_halfwidth(before[-40:]), to_halfwidth(after[:40])   # ０-９．， count as digits
    tail, head = _TAIL_NUM.search(before), _HEAD_NUM.match(after)
    if not tail or not head:
        return False
    return bool(_ONE_NUMBER.fullmatch(tail.group(0) + head.group(0)))


# A space between two Han characters, one of them standing alone ("同 比 增 加", "经 费 总预 算"):
# justification spread the letters of a PDF line apart. Two-character words separated by spaces
# ("张三 李四", "基本支出 人员经费") are words, not letters.
_LETTER_GAP = regex.compile(r"(?<=(?:^|[^\p{Han}])\p{Han}) (?=\p{Han})|(?<=\p{Han}) (?=\p{Han}(?:$|[^\p{Han}]))")
_LETTER_GAPS_MIN = 3         # gaps on one line before it counts as letter-spaced


def _pieces(stripped: str) -> list[tuple[int, str]]:
    """(offset in the line, text) runs of a line without its letter-spacing gaps, when it has
    at least _LETTER_GAPS_MIN of them; else the whole line. Each run keeps its own anchor."""
    gaps = [m.start() for m in _LETTER_GAP.finditer(stripped)]
    if len(gaps) < _LETTER_GAPS_MIN:
        return [(0, stripped)]
    out, start = [], 0
    for g in gaps:
        out.append((start, stripped[start:g]))
        start = g + 1
    out.append((start, stripped[start:]))
    return [(k, t) for k, t in out if t]


def join_block(block: list[Line], loc_kind: str, index: int) -> Paragraph:
    """One paragraph from its lines; anchors (offset in text, loc, source offset) per line, and
    per run of a letter-spaced line whose gaps were dropped."""
    text = ""
    anchors: list[tuple[int, int, int]] = []
    for ln in block:
        stripped = ln.text.strip()
        lead = len(ln.text) - len(ln.text.lstrip())
        if text and _ASCII_ALNUM.match(to_halfwidth(text[-1])) and _ASCII_ALNUM.match(to_halfwidth(stripped[0])) \
                and not _splits_number(text, stripped):
            text += " "
        for k, piece in _pieces(stripped):
            anchors.append((len(text), ln.loc, ln.src + lead + k))
            text += piece
    return Paragraph(text=text, index=index, anchors=anchors, loc_kind=loc_kind)
