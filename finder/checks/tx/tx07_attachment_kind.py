"""TX07: a sentence promises an attached document of one kind; the attachment the report holds is of another."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tx.common import evidence, sentences, squash
from finder.ingest.flow import starts_item
from finder.model import Evidence, Finding, Paragraph, Report, Section
from finder.numbers.parse import to_halfwidth, zh_numeral

messages.add({
    "TX07": {"zh": "此处称“{doc}”（{want}）见{place}，但{place}的标题或开头表明所附为{got}，所称材料未附或附错",
             "en": "“{doc}” ({want}) is said to be in {place}, but {place}'s title or opening shows a {got}; "
                   "the promised document is missing or the wrong one is attached"},
    "TX07.comp": {"zh": "所称材料：{want}；{place}所附：{got}", "en": "promised: {want}; attached in {place}: {got}"},
})
PROMISE_ROLES = ("narrative", "appendix", "note", "heading")
PROSE_ROLES = ("narrative", "appendix")
_NUM = r"[0-9０-９]+|[一二三四五六七八九十]+"
_SENTENCE_PUNCT = regex.compile(r"[。，,；;！？!?]")
_CLAUSE_END = regex.compile(r"[，,；;：:。！？!?]")
_DOT_LEADER = regex.compile(r"[.．…·]{3,}")


def lex() -> dict:
    return lexicon.load("attachments")


@lru_cache(maxsize=1)
def _promise_re() -> regex.Pattern:
    p = lex()["promise"]
    verbs, after, places = (lexicon.alternation(p[k]) for k in ("verbs", "after", "places"))
    return regex.compile(
        rf"(?:(?P<verb>{verbs})\s*(?:第\s*(?P<part>{_NUM})\s*部分\s*)?(?P<place>{places})\s*(?P<num>{_NUM})?"
        rf"|(?P<after>{after}))")


@lru_cache(maxsize=1)
def _label_re() -> regex.Pattern:
    places = lexicon.alternation(lex()["promise"]["places"])
    return regex.compile(rf"^\s*(?P<place>{places})(?:\s*(?P<num>{_NUM})\s*[:：、.．]?|\s*[:：、.．]|\s+|$)")


@lru_cache(maxsize=1)
def _title_re() -> regex.Pattern:
    """A document word, with a bracketed year or note after it ("报告（2024年度）")."""
    return regex.compile(rf"(?:{lexicon.alternation(lex()['documents'])})(?:\s*[（(][^）)]{{0,12}}[）)])?")


@dataclass
class Promise:
    """A promise: the sentence, the document phrase it names, and the place it points at."""

    para: Paragraph
    span: tuple[int, int]
    doc: str
    place: str              # 附件 | 附表
    part: int | None        # 第N部分
    num: int | None         # 附件N
    kinds: dict[str, str]
    where: str              # the place as printed: 第五部分附件, 附件2


@dataclass
class Attached:
    """One attached document: its title paragraph (or table title) and what kind it is."""

    title: Evidence
    kinds: dict[str, str | None]
    opening: Evidence | None = None


@register("TX07", name="attachment-kind-mismatch", groups=("hygiene",), kind="narrative_vs_narrative")
def attachment_kind_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文中称某材料（项目绩效评价报告、整体支出自评表…）见附件，而报告所附该附件的标题或开头表明是另一种材料。

    **Why it matters**
    The reader is sent to an attachment for the promised evaluation and finds another one (a
    department-wide evaluation instead of the project's), so the promised evaluation is not
    published at all. Reports that publish no attachment in the same file are not judged.

    **Anti-pattern**
    The promise names a project evaluation; the attached report evaluates the department as a whole:

    .. code-block:: text

        （三）部门评价项目绩效评价情况。
        项目绩效评价报告见第四部分附件。
        第四部分 附件
        某某市档案馆 绩效评价报告（2024年度）
        根据有关要求，本馆就本部门2024年度的预算执行、履职效果等方面开展整体支出绩效评价，现将评价情况报告如下：

    **Best practice**
    Attach the promised project evaluation report (or name the attachment for what it is).
    """
    report: Report = analysis.report
    for pr in _promises(report):
        docs = _attached(report, pr)
        if not docs:
            continue
        for axis, want in pr.kinds.items():
            got = [d.kinds.get(axis) for d in docs]
            if None in got or want in got:
                continue
            values = lex()["kinds"][axis]
            shown = messages.listing(dict.fromkeys(values[g]["label"] for g in got), opts.lang)
            ev = [evidence(pr.para, *pr.span)]
            for d in docs:
                ev.append(d.title)
                if d.opening is not None and axis not in _kinds_of(d.title.text):
                    ev.append(d.opening)
            yield Finding(
                "TX07", "warning",
                messages.msg("TX07", opts.lang, doc=pr.doc, want=values[want]["label"], place=pr.where, got=shown),
                ev,
                computation=messages.msg("TX07.comp", opts.lang, want=values[want]["label"], place=pr.where, got=shown),
                args={"axis": axis, "promised": want, "attached": got, "place": pr.where})
            break


# ------------------------------------------------------------------ kinds
def _kinds_of(text: str) -> dict[str, str]:
    """axis -> value for the axes on which `text` names exactly one value."""
    t = squash(text)
    out = {}
    for axis, values in lex()["kinds"].items():
        hit = [v for v, spec in values.items() if any(w in t for w in spec["words"])]
        if len(hit) == 1:
            out[axis] = hit[0]
    return out


@lru_cache(maxsize=1)
def _evaluation_re() -> regex.Pattern:
    return regex.compile(lexicon.alternation(lex()["evaluation_words"]))


def _opening_scope(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The scope an opening paragraph evaluates: the scope words in the clause before each evaluation
    word (at most scope_window characters back) all name one value."""
    found: dict[str, tuple[int, int]] = {}
    back = int(lex()["scope_window"])
    for m in _evaluation_re().finditer(text):
        a = max(m.start() - back, max(text.rfind(c, 0, m.start()) for c in "，,；;：:。") + 1)
        window = text[a:m.start()]
        hit = [v for v, spec in lex()["kinds"]["scope"].items() if any(w in window for w in spec["words"])]
        for v in hit:
            found.setdefault(v, (a, m.end()))
    if len(found) != 1:
        return None, None
    (kind, span), = found.items()
    return kind, span


# ------------------------------------------------------------------ promises
def _promises(report: Report) -> Iterator[Promise]:
    for p in report.paragraphs:
        if p.role not in PROMISE_ROLES:
            continue
        for a, b in sentences(p.text):
            s = p.text[a:b]
            for m in _promise_re().finditer(s):
                doc = _subject(s[:m.start()])
                kinds = _kinds_of(doc)
                if not kinds or not any(w in doc for w in (*lex()["documents"], *lex()["evaluation_words"])):
                    continue
                place = m.group("place") or lex()["promise"]["places"][0]
                where = squash(m.group(0)[len(m.group("verb") or ""):]) if m.group("place") else place
                yield Promise(p, (a, b), doc, place, _int(m.group("part")), _int(m.group("num")), kinds, where)


def _subject(before: str) -> str:
    """The document phrase a promise names: the clause before its verb, without brackets."""
    t = before.rstrip(" \t（(：:")
    cut = max(t.rfind(c) for c in "，,；;：:（(。")
    return squash(t[cut + 1:]).strip("“”\"")


def _int(g: str | None) -> int | None:
    if not g:
        return None
    g = to_halfwidth(g)
    return int(g) if g.isdigit() else zh_numeral(g)


# ------------------------------------------------------------------ attachments
def _attached(report: Report, pr: Promise) -> list[Attached]:
    """The documents in the place a promise points at; [] when the report does not hold it."""
    region = _region(report, pr)
    if not region:
        return []
    sections = {id(p.section) for p in region if p.section is not None}
    docs: list[Attached] = []
    n_open = int(lex()["opening_paragraphs"])
    for i, p in enumerate(region):
        title = _title(p)
        if title is None or p is pr.para:
            continue
        d = Attached(evidence(p, *title, role="reference"), _kinds_of(p.text[title[0]:title[1]]))
        # a title run into its opening sentence in one paragraph (a hard-wrapped export's line joined
        # to the next): the paragraph's own text after the title is the opening
        kind, span = _opening_scope(p.text[title[1]:]) if "scope" not in d.kinds else (None, None)
        if kind:
            d.kinds["scope"] = kind
            at = (span[0] + title[1], span[1] + title[1])
            d.opening = evidence(p, *_clause_of(p.text, at), role="reference")
        if "scope" not in d.kinds:
            for q in [q for q in region[i + 1:] if q.role in PROSE_ROLES][:n_open]:
                if _title(q) is not None:
                    break
                kind, span = _opening_scope(q.text)
                if kind:
                    d.kinds["scope"] = kind
                    d.opening = evidence(q, *_clause_of(q.text, span), role="reference")
                    break
        docs.append(d)
    for t in report.tables:
        if t.section is not None and id(t.section) in sections and _within(report, region, t.location) \
                and _is_title(t.title or ""):
            docs.append(Attached(Evidence(text=t.title, table=t.id, table_title=t.title, role="reference", **t.where()),
                                 _kinds_of(t.title)))
    return docs


def _within(report: Report, region: list[Paragraph], loc: int | None) -> bool:
    """A table printed between the region's first paragraph and the paragraph after its last."""
    nxt = region[-1].index + 1
    hi = report.paragraphs[nxt].location if nxt < len(report.paragraphs) else None
    lo = region[0].location
    return loc is not None and (lo is None or loc >= lo) and (hi is None or loc <= hi)


def _clause_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The clause around span: from the punctuation before it to the punctuation after it."""
    a = max(text.rfind(c, 0, span[0]) for c in "，,；;：:。") + 1
    m = _CLAUSE_END.search(text, span[1])
    return a, m.end() if m else len(text)


def _title(p: Paragraph) -> tuple[int, int] | None:
    """(start, end) of a document title at the paragraph's start: a document word within the first
    characters, no sentence punctuation before it; not a numbered heading or item (一、 3.) unless
    labelled as an attachment (附件2：), not a table-of-contents line (dot leader)."""
    if p.role in ("glossary", "table") or _DOT_LEADER.search(p.text) \
            or (starts_item(p.text) and not _label_re().match(p.text)):
        return None
    window = p.text[:int(lex()["title_window"])]
    m = _title_re().search(window)
    if not m or _SENTENCE_PUNCT.search(window[:m.start()]):
        return None
    return 0, m.end()


def _is_title(text: str) -> bool:
    t = text[:int(lex()["title_window"])]
    return any(w in t for w in lex()["documents"]) and not _SENTENCE_PUNCT.search(t)


def _region(report: Report, pr: Promise) -> list[Paragraph]:
    """The paragraphs of the attachment a promise points at, in document order."""
    paras = report.paragraphs
    out: list[Paragraph] = []
    for s in report.root.walk():     # every match: a table of contents may print the outline as headings
        if s.level < 1:
            continue
        if pr.part is not None:
            hit = s.level == 1 and _section_number(s) == pr.part and pr.place in squash(s.title)
        else:
            m = _label_re().match(s.title)
            hit = bool(m and m.group("place") == pr.place and (pr.num is None or _int(m.group("num")) == pr.num)) \
                or (s.level == 1 and pr.place in squash(s.title) and pr.num is None)
        if hit:
            out.extend(_subtree(report, s))
    if out or pr.part is not None:
        return sorted({id(q): q for q in out}.values(), key=lambda q: q.index)
    for i, p in enumerate(paras):
        if p.role == "toc" or p is pr.para:
            continue
        m = _label_re().match(p.text)
        if not m or m.group("place") != pr.place or (pr.num is not None and _int(m.group("num")) != pr.num):
            continue
        out.append(p)
        for q in paras[i + 1:]:
            if _label_re().match(q.text) or (q.role == "heading" and q.section is not None and q.section.level == 1):
                break
            out.append(q)
    return out


def _section_number(s: Section) -> int | None:
    return _int(str(s.number)) if s.number not in (None, "") else None


def _subtree(report: Report, s: Section) -> list[Paragraph]:
    return [p for p in report.paragraphs if s.encloses(p.section)]


# Lexicon-derived patterns compiled as the module loads (model loading), not by the first report
# that reaches them.
_label_re(), _title_re(), _evaluation_re()
