"""PDF characters -> printed lines: baseline-tolerant clustering, running headers/footers, CJK spacing."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

# A character joins a line when its vertical extent overlaps the line's anchor band by at
# least this share of the smaller height. Digits set in a Latin font often sit 40% lower
# than the CJK text around them (pdfplumber's default y_tolerance=3 splits them off);
# the next printed line overlaps far less than half.
MIN_OVERLAP = 0.5
# A gap wider than this share of the font size between two characters prints as a space.
SPACE_GAP = 0.5
# Bands at the top and bottom of a page where running headers, footers and page numbers live.
MARGIN_BAND = 0.12
# A margin line whose text (digits masked) repeats on this share of pages is residue.
REPEAT_SHARE = 0.5

_CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_SPACE_RE = re.compile(rf"(?<=[{_CJK}])[ \u00a0]+(?=[{_CJK}])")
_PAGE_NO_RE = re.compile(r"^[\s\-—–_·•]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*(?:共\s*)?\d{1,4}\s*页?)?[\s\-—–_·•]*$")
_DIGITS_RE = re.compile(r"\d+")
# A repeated margin line is a running header or footer only when it prints a word: figures alone
# ('0 30 30 10 100 10', a table row opening a page) mask to the same key as every page number.
_WORD_RE = re.compile(rf"[A-Za-z{_CJK}]")


@dataclass
class PdfLine:
    """One printed line of a page, characters in x order; top/bottom from its anchor band."""

    text: str
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float = 0.0
    residue: bool = False
    chars: list[dict[str, Any]] = field(default_factory=list, repr=False)


def normalize_label(text: str) -> str:
    """Collapse letter-spacing between CJK characters: '本 年 收 入 合 计' -> '本年收入合计'."""
    return _CJK_SPACE_RE.sub("", text.strip())


def join_cell_text(text: str | None) -> str | None:
    """A cell's wrapped lines as one string: no space at a break next to CJK, one space otherwise."""
    if text is None or "\n" not in text:
        return text
    parts = [p.strip() for p in text.split("\n") if p.strip()]
    out = parts[0] if parts else ""
    for p in parts[1:]:
        cjk = re.match(rf"[{_CJK}]", out[-1:]) or re.match(rf"[{_CJK}]", p[:1])
        out += p if cjk else " " + p
    return out


def _overlap(a_top: float, a_bottom: float, b_top: float, b_bottom: float) -> float:
    return min(a_bottom, b_bottom) - max(a_top, b_top)


def _collides(line: list[dict[str, Any]], c: dict[str, Any]) -> bool:
    """True when `c` prints over one of the line's last characters (another line, not this one)."""
    for o in line[-4:]:
        ov = min(c["x1"], o["x1"]) - max(c["x0"], o["x0"])
        if ov > 0.6 * min(c["x1"] - c["x0"], o["x1"] - o["x0"]) and ov > 1:
            return True
    return False


def _is_duplicate(line: list[dict[str, Any]], c: dict[str, Any]) -> bool:
    """Fake bold: the same glyph printed twice at (almost) the same place."""
    for o in line[-4:]:
        if o["text"] == c["text"] and abs(o["x0"] - c["x0"]) < 1 and abs(o["top"] - c["top"]) < 1:
            return True
    return False


def cluster_chars(chars: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group characters into lines by vertical overlap with each line's anchor band."""
    lines: list[list[dict[str, Any]]] = []
    bands: list[tuple[float, float]] = []
    for c in sorted(chars, key=lambda ch: (round(ch["top"], 1), ch["x0"])):
        h = max(c["bottom"] - c["top"], 0.1)
        best, best_ov = -1, 0.0
        for i in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
            top, bottom = bands[i]
            ov = _overlap(top, bottom, c["top"], c["bottom"])
            if ov >= MIN_OVERLAP * min(h, bottom - top) and ov > best_ov:
                best, best_ov = i, ov
        if best >= 0 and _is_duplicate(lines[best], c):
            continue
        if best >= 0 and not _collides(lines[best], c):
            lines[best].append(c)
        else:
            lines.append([c])
            bands.append((c["top"], c["bottom"]))
    return lines


def _line_text(chars: Sequence[dict[str, Any]]) -> str:
    out: list[str] = []
    prev = None
    for c in chars:
        if prev is not None:
            gap = c["x0"] - prev["x1"]
            size = max(c.get("size") or 0, prev.get("size") or 0, 1.0)
            if gap > SPACE_GAP * size and not (out and out[-1].endswith(" ")):
                out.append(" ")
        out.append(c["text"])
        prev = c
    return "".join(out).strip()


def make_lines(chars: Iterable[dict[str, Any]], page: int) -> list[PdfLine]:
    """The page's printed lines in reading order (top to bottom, left to right)."""
    out = []
    for group in cluster_chars(chars):
        group.sort(key=lambda ch: ch["x0"])
        text = _line_text(group)
        if not text:
            continue
        first = group[0]
        top = min(ch["top"] for ch in group)
        bottom = max(ch["bottom"] for ch in group)
        out.append(PdfLine(text, page, top, bottom, first["x0"], max(ch["x1"] for ch in group),
                           max((ch.get("size") or 0) for ch in group), chars=group))
    out.sort(key=lambda ln: (round(ln.top), ln.x0))
    return out


def _in_margin(line: PdfLine, height: float) -> bool:
    middle = (line.top + line.bottom) / 2
    return middle < height * MARGIN_BAND or middle > height * (1 - MARGIN_BAND)


def mark_residue(pages: Sequence[tuple[float, list[PdfLine]]],
                 numbered: Callable[[str], bool] = lambda t: False) -> None:
    """Flag running headers/footers (margin lines repeated on most pages) and page numbers. A line
    `numbered` says is a table's number ('公开02表') repeats only as itself: tables numbered in turn,
    one a page, each print their own (a caption), a table's number on each of its pages repeats."""
    def key(ln: PdfLine) -> str:
        t = ln.text.replace(" ", "")
        return t if numbered(t) else _DIGITS_RE.sub("#", t)

    counts: Counter[str] = Counter()
    for height, lines in pages:
        counts.update({key(ln) for ln in lines if _in_margin(ln, height)})
    need = max(3, int(len(pages) * REPEAT_SHARE + 0.999))
    for height, lines in pages:
        for ln in lines:
            if not _in_margin(ln, height):
                continue
            k = key(ln)
            if (counts[k] >= need and _WORD_RE.search(k)) or _PAGE_NO_RE.match(ln.text):
                ln.residue = True
