"""Lines -> paragraphs and the section tree: re-flow hard wraps, drop page residue, find headings."""
from __future__ import annotations

from dataclasses import dataclass

from finder.model import Paragraph, Section


@dataclass
class Line:
    """One printed line of narrative, as an ingest module hands it over.

    loc: page number (PDF/HTML) or 1-based line number (text); src: offset of the line's first
    character in the source text (text inputs) or a running offset (PDF); x0/x1: horizontal
    extent on the page when known (PDFs) — lets re-flow tell a wrapped line from a short one;
    break_before: a hard boundary (a table stood here, a new file began).
    """

    text: str
    loc: int
    src: int = 0
    x0: float | None = None
    x1: float | None = None
    break_before: bool = False


def build_document(lines: list[Line], loc_kind: str) -> tuple[Section, list[Paragraph]]:
    """Re-flow `lines` into Paragraphs (anchors keep page/line per character) under a Section tree."""
    raise NotImplementedError  # implemented in the text-ingest work
