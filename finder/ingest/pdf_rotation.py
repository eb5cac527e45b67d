"""Pages whose text runs sideways, turned so it reads upright: a landscape table on a page that /Rotate
turns for display, or a page drawn turned. pdfminer lays a page out as displayed, so such a page's
characters come out sideways and would be dropped as stray marks (pdf.read_page keeps upright text)."""
from __future__ import annotations

from typing import Any

TURNS = (0, 90, 180, 270)


def reads_upright(c: dict[str, Any]) -> bool:
    """A character set upright and left to right (not sideways, not upside down)."""
    a, b, c_, d = c["matrix"][:4]
    return a > 0 and d > 0 and abs(b) < 1e-6 and abs(c_) < 1e-6


def upright_page(page: Any) -> Any:
    """`page`, or the same page laid out under the turn that sets most of its characters upright;
    a page that reads upright already, or that no turn makes read upright, is returned as it is."""
    chars = page.chars
    if not chars or _upright_share(chars) >= 0.5:
        return page
    best, share = page, _upright_share(chars)
    for turn in TURNS:
        if turn == page.rotation:
            continue
        turned = _turned(page, turn)
        s = _upright_share(turned.chars)
        if s > share:
            best, share = turned, s
    return best if share >= 0.5 else page


def _upright_share(chars: list[dict[str, Any]]) -> float:
    return sum(1 for c in chars if reads_upright(c)) / len(chars) if chars else 0.0


def _turned(page: Any, turn: int) -> Any:
    """The page laid out as if its /Rotate were `turn` (the layout is read now, while it is set)."""
    from pdfplumber.page import Page

    obj = page.page_obj
    saved = (obj.rotate, obj.attrs.get("Rotate"))
    obj.rotate, obj.attrs["Rotate"] = turn, turn
    try:
        out = Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)
        out.objects                      # noqa: B018 - lay the page out under the turn
        return out
    finally:
        obj.rotate = saved[0]
        if saved[1] is None:
            obj.attrs.pop("Rotate", None)
        else:
            obj.attrs["Rotate"] = saved[1]
