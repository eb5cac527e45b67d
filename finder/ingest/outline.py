"""Paragraphs -> the section tree: headings open, restart or resume numbering; each paragraph's role."""
from __future__ import annotations

from dataclasses import dataclass

from finder.ingest.bare_headings import bare_heading
from finder.ingest.flow import Line, doc_lexicon, heading_of, heading_words, join_block, reflow, squash
from finder.ingest.line_lists import listed_items
from finder.ingest.residue import drop_residue
from finder.model import Paragraph, Section


@dataclass
class _Frame:
    """A numbering context: an embedded report restarts 一、 under a deeper section."""

    base: Section
    stack: list[Section]


class _Outline:
    """Builds the Section tree; knows when a heading restarts or resumes numbering."""

    def __init__(self) -> None:
        self.root = Section("", 0)
        self.frames = [_Frame(self.root, [self.root])]

    @property
    def top(self) -> Section:
        return self.frames[-1].stack[-1]

    def _resumes_outer(self, level: int, number: int | None) -> bool:
        if len(self.frames) < 2 or number is None:
            return False
        inner = self.frames[-1].stack[1:]
        if any(s.level == level and _num(s) is not None and _num(s) + 1 == number for s in inner):
            return False
        outer = self.frames[-2].stack
        return any(s.level == level and _num(s) is not None and _num(s) + 1 == number for s in outer)

    def _restarts(self, level: int, number: int | None) -> bool:
        if number != 1 or self.top.level <= level:
            return False
        stack = self.frames[-1].stack
        return any(s.level == level and (_num(s) or 0) > 1 for s in stack) or any(
            c.level == level and (_num(c) or 0) > 1 for s in stack for c in s.children)

    def add(self, level: int, number: int | None, title: str, loc: int) -> Section:
        if level == 1:
            del self.frames[1:]
        while self._resumes_outer(level, number):
            self.frames.pop()
        if self._restarts(level, number):
            self.frames.append(_Frame(self.top, [self.top]))
        stack = self.frames[-1].stack
        while len(stack) > 1 and stack[-1].level >= level:
            stack.pop()
        parent = stack[-1]
        sec = Section(title=title, level=level, number=str(number or ""), location=loc, parent=parent)
        parent.children.append(sec)
        stack.append(sec)
        return sec


def _num(s: Section) -> int | None:
    return int(s.number) if s.number.isdigit() else None


def role_of(section: Section | None) -> str:
    """glossary | duties | appendix from the deepest section title holding a role word."""
    roles = doc_lexicon().roles
    node = section
    while node is not None and node.level > 0:
        title = squash(node.title)
        for role, words in roles:
            if any(w in title for w in words):
                return role
        node = node.parent
    return "narrative"


def _toc_key(text: str) -> str:
    t = doc_lexicon().leader.sub("", text.strip())
    return squash(t)


def _reprints(text: str, toc_first: str | None) -> bool:
    """Is the paragraph the contents' first entry printed again (where the contents end)? Also when
    the body prints that entry's number alone and its name on the next line ('第一部分' | '部门概况'
    for the entry '第一部分 部门概况')."""
    if toc_first is None:
        return False
    key = _toc_key(text)
    return key == toc_first or (toc_first.startswith(key) and heading_of(text) is not None)


def build_document(lines: list[Line], loc_kind: str,
                   debris: frozenset[int] = frozenset()) -> tuple[Section, list[Paragraph]]:
    """Re-flow `lines` into Paragraphs (anchors keep page/line per character) under a Section tree.

    Headings become Sections and also Paragraphs with role "heading" (also a template's section name
    alone on its line, with no ordinal: ingest.bare_headings); a heading-numbered line that carries a
    sentence ("（一）工资福利支出 652.55 万元，比上年减少…") stays a paragraph.
    A 目录 line (or '目' and '录' on two lines) opens a table of contents that ends where its first
    entry is printed again.
    A paragraph opening on a line of `debris` (ingest.debris: a table a text export flattened
    into lines) is role "table": no heading, whatever its list number.
    Items printed a line each after a paragraph ending with a colon ('…以下三个方面：' ⏎ '1.人员减少。')
    stay paragraphs of its section (ingest.line_lists), though numbered and short as headings are.
    """
    d = doc_lexicon()
    outline = _Outline()
    paragraphs: list[Paragraph] = []
    toc_first: str | None = None
    in_toc = False
    prev_item: tuple[int, str] | None = None     # (level, role) of the last numbered item paragraph
    blocks = reflow(drop_residue(lines))
    paras = [join_block(block, loc_kind, k) for k, block in enumerate(blocks)]
    found = [heading_of(p.text) or (bare_heading(p.text) if len(blocks[k]) == 1 else None)
             for k, p in enumerate(paras)]
    items = listed_items([p.text for p in paras], [h is not None for h in found],
                         lambda k: paras[k].location in debris or bool(d.leader.search(paras[k].text)))
    for k, para in enumerate(paras):
        key = squash(para.text)
        if key in d.toc_titles:
            in_toc, toc_first = True, None
        elif in_toc and toc_first is None and found[k]:
            toc_first = _toc_key(para.text)
        elif in_toc and (_reprints(para.text, toc_first) or (len(key) > 40 and not d.leader.search(para.text))):
            in_toc = False
        if para.location in debris:
            para.section, para.role = outline.top, "table"
            para.section.paragraphs.append(para)
            paragraphs.append(para)
            prev_item = None
            continue
        head = None if in_toc or k in items else found[k]
        if head and prev_item and prev_item[0] == head[0] and (prev_item[1] == "note" or para.text.rstrip().endswith("。")):
            head = None                         # the next item of a list (or of a 注：1. 2. note)
            in_note = prev_item[1] == "note"
        else:
            in_note = False
        if head and head[1] is None and paragraphs and _number_alone(paragraphs[-1], outline.top):
            outline.top.title = f"{outline.top.title} {head[2]}"     # '第四部分' | '名词解释': its name
            para.section, para.role = outline.top, "heading"
        elif head:
            section = outline.add(head[0], head[1], head[2], para.location or 0)
            para.section, para.role = section, "heading"
        else:
            para.section = outline.top
            para.role = "note" if in_note else _role(para.text, outline.top, in_toc)
        para.section.paragraphs.append(para)
        paragraphs.append(para)
        prev_item = _item_level(para, prev_item)
    return outline.root, paragraphs


def _number_alone(prev: Paragraph, top: Section) -> bool:
    """Is `prev` the heading of `top` printed as its number alone ('第四部分'), its name on the next line?"""
    return prev.role == "heading" and prev.section is top and not heading_words(prev.text)


def _item_level(para: Paragraph, prev: tuple[int, str] | None) -> tuple[int, str] | None:
    """The numbering level a non-heading paragraph starts with (注：1. counts as level 4)."""
    if para.role == "heading":
        return None
    d = doc_lexicon()
    text = d.note.sub("", para.text.strip()) if para.role == "note" else para.text.strip()
    for level, rx in d.headings:
        if rx.match(text):
            return level, para.role
    return prev if para.role == "note" else None


def _role(text: str, section: Section, in_toc: bool) -> str:
    d = doc_lexicon()
    if in_toc or d.leader.search(text):
        return "toc"
    if d.note.match(text.strip()):
        return "note"
    return role_of(section)
