"""Administrative level / organisational scope of a claim (lexicons/levels.yml).

Two statements of one figure name the same thing only when they cover the same level: the whole
city's spending, the city's own budget and the spending of "41 counties" are different figures that
share a name. The level is read, in order, from the clause holding the number, from the clause that
opens the claim's sentence, for a sentence opening with a list marker from the first figure of the
latest sentence of its paragraph naming one level ('全区收入总量 A …。其中，…上年结转等 B' / '区本级收入总量
C …。其中，…上年结转等 D': B and D are two levels' figures),
from a framing clause that opened an earlier sentence of the same section without any figure of its
own (read inside a numbered list item, it holds to that item's end only: '10、…收集全国同类企业名录，…' frames no
figure of '13、…'; a clause naming units a level word qualifies, '发动全市各有关单位…', frames nothing: link/levels.py
names_units), and from the nearest section title naming one level.

A figure's identity (claim_identity) adds the organisation named before its subject ("甲市公安局
“三公”经费…" and "乙市环境保护局“三公”经费…" are two figures; the report's own department is none)
and the year it is of when that is not the report year (printed before it in its clause, or in a
clause with no figure that opens its sentence or paragraph), and the span of months its sentence or
paragraph opens with ('5月份，…' and '1—5月份，…' are a month's and the year-to-date figures).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from finder import lexicon
from finder.analysis import claims_by_paragraph
from finder.ingest.flow import heading_words
from finder.ingest.numbering import STYLES, marker
from finder.link.levels import level_patterns, levels_in, names_units, one_level, own_level
from finder.model import Claim

_SENTENCE_END = re.compile(r"[。！？!?]")
_SPACES = re.compile(r"\s+")


def _title_level(section, levels_of=levels_in) -> str | None:
    node = section
    while node is not None and node.level > 0:
        lv = levels_of(node.title)
        if lv:
            return one_level(lv)
        node = node.parent
    return None


def claim_levels(analysis) -> dict[str, str | None]:
    """claim id -> its level ('' for the reporting entity; None when nothing names one)."""
    return analysis.memo("nt.levels", _build)


def _build(analysis) -> dict[str, str | None]:
    _, _, end_re = level_patterns()
    levels_of = lru_cache(maxsize=None)(levels_in)   # this report's clauses repeat (one per claim)
    by_par = claims_by_paragraph(analysis)
    out: dict[str, str | None] = {}
    section, frame = object(), None
    items: list[tuple[int, str | None]] = []   # list items open: (style rank, the frame before the item)
    for p in analysis.report.paragraphs:
        if p.section is not section:
            section, frame, items = p.section, _title_level(p.section, levels_of), []
        frame = _item_frame(p.text, frame, items)
        claims = sorted(by_par.get(id(p), []), key=lambda c: c.start)
        text, pos = p.text, 0
        frames: list[tuple[int, str | None]] = []   # (offset from which it holds, level)
        for m in list(_SENTENCE_END.finditer(text)) + [None]:
            end = m.end() if m else len(text)
            if pos >= end:
                break
            e = end_re.search(text, pos, end)
            ob = e.start() if e else end
            lv = one_level(levels_of(text[pos:ob])) if not names_units(text, pos, ob) else None
            if lv is not None and not any(pos <= c.start < ob and c.kind != "count" for c in claims):
                frames.append((ob, lv))
            pos = end
        own = {c.id: own_level(c, levels_of) for c in claims}
        named: dict[tuple, set] = {}
        for c in claims:
            named.setdefault(c.sentence, set()).add(own[c.id])
        lead, sentence = None, None   # the one level the latest sentence's first figure names
        for c in claims:
            while frames and frames[0][0] <= c.start:
                frame = frames.pop(0)[1]
            out[c.id] = own[c.id]
            if c.sentence != sentence:
                sentence = c.sentence
                levels = named[c.sentence] - {None}
                if out[c.id] and len(levels) == 1:
                    lead = out[c.id]
                elif len(levels) > 1:
                    lead = None       # '盟本级…支出 A；旗级…支出 B。分项目看，…': the region's figures follow
            if out[c.id] is None:
                out[c.id] = (lead if lead and opens_list(text, c.sentence) else None) or frame
        for _, lv in frames:
            frame = lv
    for c in analysis.claims:   # claims of paragraphs the report does not list
        if c.id not in out:
            out[c.id] = own_level(c, levels_of)
    return out


def _item_frame(text: str, frame: str | None, items: list[tuple[int, str | None]]) -> str | None:
    """The frame a paragraph starts with. A framing clause read inside a numbered list item holds to the item's
    end: a paragraph opening with a list number of the same style, or of an outer one (ingest/numbering.py
    STYLES), ends every item open at that depth or deeper, and the frame that held before the outermost of them
    holds again ('10、…收集全国同类企业名录，…' frames nothing of '13、…签约项目 12 个')."""
    found = marker(text)
    if found is None:
        return frame
    rank = _STYLE_RANK[found[0]]
    while items and items[-1][0] >= rank:
        frame = items.pop()[1]
    items.append((rank, frame))
    return frame


_STYLE_RANK = {style: i for i, (style, _) in enumerate(STYLES)}


def opens_list(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence opens with a list marker (levels.yml list_openers: '其中，…'): it lists parts of the
    figure the sentence before it stated."""
    words = tuple(lexicon.load("levels").get("list_openers") or ())
    return bool(words) and text[sentence[0]:sentence[1]].lstrip(" \t\u3000，,：:").startswith(words)


# ------------------------------------------------------------------ identity: level, organisation, year
@dataclass(frozen=True)
class Identity:
    """What a figure is about besides its concept and period: the administrative level, the
    organisation named before its subject ('' = the reporting unit) and an explicit year printed
    before it in its clause or in a figure-less clause framing its sentence or paragraph, other
    than the report year (None = the report's own year)."""

    level: str = ""
    org: str = ""
    year: int | None = None
    months: str = ""          # the span of months its sentence or paragraph opens with ('1—5月份，'), if any


def claim_identity(analysis) -> dict[str, Identity]:
    """claim id -> Identity. Two statements are of one figure only when their identities are equal
    (NT03; reusable by any check pairing claims, e.g. AR04 wholes and parts)."""
    return analysis.memo("nt.identity", _build_identity)


def _build_identity(analysis) -> dict[str, Identity]:
    levels = claim_levels(analysis)
    orgs = _orgs(analysis)
    years = _years(analysis)
    return {c.id: Identity(levels.get(c.id) or "", orgs.get(c.id, ""), years.get(c.id), _months(c))
            for c in analysis.claims}


# a span of months opening a sentence or paragraph: '5月份，', '1—5月份，', '1-6月，' (a date such as
# '截至2031年5月' opens none)
_MONTHS = re.compile(r"\s*(\d{1,2}(?:\s*[—–\-~～至到]\s*\d{1,2})?)\s*月份?\s*[，,]")
_DASHES = re.compile(r"\s*[—–\-~～至到]\s*")


def _months(c: Claim) -> str:
    """The span of months the claim's sentence, else its paragraph, opens with ('5月份，财政总收入 A' and
    '1—5月份，财政总收入 B' are two figures); '' when neither opens with one."""
    text = c.paragraph.text
    for at in (c.sentence[0] if c.sentence != (0, 0) else None, 0):
        m = _MONTHS.match(text, at) if at is not None and at <= c.start else None
        if m and m.end() <= c.start:
            return _DASHES.sub("-", m.group(1))
    return ""


@lru_cache(maxsize=1)
def _org_lexicon() -> dict:
    data = lexicon.load("levels")
    alt = lexicon.alternation
    suffixes = alt(data.get("org_suffixes") or [])
    name = r"[\u4e00-\u9fff（）()]"
    return {
        "org": re.compile(f"{name}+?(?:{suffixes})"),
        "lead": re.compile(rf"(?:\s|[“”\"'‘’「」，,、：:；;]|[12]\d{{3}}\s*年度?"
                           rf"|{alt(data.get('org_lead') or [])})+"),
        "trail": re.compile(rf"(?:\s|[12]\d{{3}}\s*年度?|{alt(data.get('org_trail') or [])})+$"),
        "min": int(data.get("org_min_chars") or 3),
        "max": int(data.get("org_max_chars") or 30),
        "not_ends": tuple(data.get("not_org_ends") or ()),
        "not_starts": tuple(data.get("not_org_starts") or ()),
        "self_re": re.compile(f"(?:{alt(data.get('self_prefixes') or [])})(?:{suffixes})"),
        "self_words": frozenset(data.get("self_words") or ()),
    }


def org_of(text: str) -> str | None:
    """The organisation `text` names as a whole ('甲市公安局的' -> '甲市公安局'), else None."""
    lx = _org_lexicon()
    word_re = level_patterns()[0]
    s = text.strip()
    while True:   # lead words, years and level words, in any order
        m = lx["lead"].match(s) or word_re.match(s)
        if not m or not m.end():
            break
        s = s[m.end():]
    m = lx["trail"].search(s)
    s = s[:m.start()] if m else s
    if not (lx["min"] <= len(s) <= lx["max"]) or not lx["org"].fullmatch(s):
        return None
    if s.endswith(lx["not_ends"]) or s.startswith(lx["not_starts"]):
        return None
    return s


def _is_self(org: str, report) -> bool:
    """The report's own unit: 本局 / 我委 / 本单位, its department name or an abbreviation of it
    (a part of the name, or its characters in order with the same last character)."""
    lx = _org_lexicon()
    if org in lx["self_words"] or lx["self_re"].fullmatch(org):
        return True
    department = _SPACES.sub("", report.department or "")
    if org in department or org in _SPACES.sub("", report.title or ""):
        return True
    it = iter(department)
    return bool(department) and org[-1] == department[-1] and all(ch in it for ch in org)


_SEGMENT_END = re.compile(r"[。！？!?；;]")


def _orgs(analysis) -> dict[str, str]:
    """claim id -> organisation ('' when none other than the reporting unit is named; when the
    report's department is unknown, a text naming only one organisation is that unit's own)."""
    end_re = level_patterns()[2]
    report = analysis.report
    by_par = claims_by_paragraph(analysis)
    # memoised for this report only: its segments and clauses repeat from one claim to the next
    orgs_of, heading_org = lru_cache(maxsize=None)(org_of), lru_cache(maxsize=None)(_heading_org)
    is_self = lru_cache(maxsize=None)(lambda org: _is_self(org, report))
    out: dict[str, str] = {}
    for p in {id(c.paragraph): c.paragraph for c in analysis.claims}.values():
        text = p.text
        claims = sorted(by_par.get(id(p), []), key=lambda c: c.start)
        ends = [x.end() for x in _SEGMENT_END.finditer(text)]    # read once: a segment end is one character
        current, seg_end, pos = "", -1, 0
        for c in claims:
            if c.start >= seg_end:   # a new segment of the sentence: no organisation carried in
                k = bisect.bisect_right(ends, c.start)     # ends[:k] are at or before the claim's start
                seg_end = ends[k] if k < len(ends) else len(text)
                pos, current = (ends[k - 1] if k else 0), _title_org(p.section, heading_org)
            # clauses before this claim's clause with no figure of their own frame it ("甲镇：")
            a = c.clause[0] if c.clause != (0, 0) else pos
            while pos < a:
                e = end_re.search(text, pos, a)
                ob = e.start() if e else a
                named = orgs_of(text[pos:ob])
                if named:
                    current = named
                pos = (e.end() if e else a)
            own = _own_org(c, orgs_of)
            if own is not None:
                current = own
            pos = max(pos, c.clause[1] if c.clause != (0, 0) else c.end)
            out[c.id] = "" if not current or is_self(current) else current
    named = set(out.values()) - {""}
    if not report.department and len(named) == 1:   # a unit's own excerpt: the one unit it names
        out = dict.fromkeys(out, "")
    return out


def _title_org(section, heading_org=None) -> str:
    """The organisation a heading above the paragraph names as a whole ("（二）甲市第二人民医院")."""
    heading_org = heading_org or _heading_org
    node = section
    while node is not None and node.level > 0:
        named = heading_org(node.title)
        if named:
            return named
        node = node.parent
    return ""


def _heading_org(title: str | None) -> str | None:
    return org_of(heading_words(title or ""))


def _subject_pattern(subject: str) -> re.Pattern:
    """The subject as printed, maybe with spaces between its characters."""
    return re.compile(r"\s*".join(re.escape(ch) for ch in subject.replace(" ", "")))


def _last_spaced(text: str, word: str, a: int, b: int) -> int | None:
    """Where _subject_pattern(word) last matches in text[a:b] (scanning left to right, matches
    not overlapping), without compiling a pattern per subject; `word` is not empty and holds no
    whitespace, so the whitespace between its characters is skipped greedily."""
    found, i = None, text.find(word[0], a, b)
    while i >= 0:
        j = i + 1
        for ch in word[1:]:
            while j < b and text[j].isspace():
                j += 1
            if j >= b or text[j] != ch:
                break
            j += 1
        else:
            found = i
            i = text.find(word[0], j, b)
            continue
        i = text.find(word[0], i + 1, b)
    return found


def _own_org(c: Claim, orgs_of=org_of) -> str | None:
    """The organisation filling the claim's clause between its start and the subject."""
    if not c.subject or c.clause == (0, 0):
        return None
    text = c.paragraph.text
    word = c.subject.replace(" ", "")
    if word and not _SPACES.search(word):   # re's \s is str.isspace
        at = _last_spaced(text, word, c.clause[0], c.start)
    else:
        at = None
        for found in _subject_pattern(c.subject).finditer(text, c.clause[0], c.start):
            at = found.start()
    if at is None:
        return None
    return orgs_of(text[c.clause[0]:at]) if at > c.clause[0] else None


_YEAR = re.compile(r"(?<![0-9０-９])((?:19|20)\d{2})\s*年")
_CLAUSE_END = re.compile(r"[，,；;：:、。！？!?]")


def _years(analysis) -> dict[str, int | None]:
    """claim id -> the year a figure is of, when it is not the report's year; None otherwise. The
    year is the last one printed in its clause before the number, else in a clause of its sentence
    before it that holds no figure ("2010年A费、B费…预算数 x、决算数 y": both 2010), else in the
    paragraph's opening clause when that holds no figure ("2011年甲局预算中，……。B费 z"); a year that
    is the base of a comparison ("较2022年") is none."""
    from finder.ingest.meta import is_base_year

    by_par = claims_by_paragraph(analysis)
    printed: dict[str, int] = {}
    for p in {id(c.paragraph): c.paragraph for c in analysis.claims}.values():
        text = p.text
        # the paragraph's years read once: a match (four digits after a non-digit, spaces, 年) never
        # overlaps another, so the years of text[a:b] are the whole text's matches inside [a, b)
        years_at = [(m.start(1), m.end(), int(m.group(1))) for m in _YEAR.finditer(text)
                    if not is_base_year(text, m.start(1), m.end(1))]

        def stated(a: int, b: int) -> list[int]:
            return [y for s, e, y in years_at if a <= s and e <= b]

        starts = sorted(c.start for c in by_par.get(id(p), []))
        bounds = [0] + [m.end() for m in _CLAUSE_END.finditer(text)] + [len(text)]
        frames = [(x, y, stated(x, y)) for x, y in zip(bounds, bounds[1:])
                  if y > x and not _holds_any(starts, x, y)]   # clauses with no figure
        opening = frames[0][2] if frames and frames[0][0] == 0 else []
        for c in by_par.get(id(p), []):
            if c.clause == (0, 0):
                continue
            years = stated(c.clause[0], c.start)
            if not years:
                a = c.sentence[0] if c.sentence != (0, 0) else c.clause[0]
                years = [y for x, e, ys in frames if a <= x and e <= c.clause[0] for y in ys]
            if not years and c.sentence[0] > 0:
                years = opening
            if years:
                printed[c.id] = years[-1]
            elif analysis.report.year and _opens_prior(text, c.sentence[0] if c.sentence != (0, 0) else c.clause[0]):
                printed[c.id] = analysis.report.year - 1   # '上年“三公”经费…年初预算为 B，支出决算为 A'

        _parts_take_head_year(by_par.get(id(p), []), printed)
    own = analysis.report.year
    if own is None and printed:   # the year most statements name is the report's own
        own = max(set(printed.values()), key=list(printed.values()).count)
    return {c.id: (printed[c.id] if printed.get(c.id) not in (None, own) else None) for c in analysis.claims}


@lru_cache(maxsize=1)
def _prior_terms_re() -> "re.Pattern[str]":
    """A sentence opening with a word for last year (hygiene.yml years.prior_year_terms) that opens no name
    of its own ('上年结转' is this year's opening balance: concepts.yml carryover_begin)."""
    from finder.claims import vocab

    terms = sorted(lexicon.load("hygiene")["years"]["prior_year_terms"], key=len, reverse=True)
    names = sorted((a for a, cid in vocab.load().alias_to_concept.items() if a.startswith(tuple(terms))),
                   key=len, reverse=True)
    guard = f"(?!{'|'.join(re.escape(n[len(t):]) for n in names for t in terms if n.startswith(t))})" if names else ""
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, terms))}){guard}")


def _opens_prior(text: str, a: int) -> bool:
    return _prior_terms_re().match(text, a) is not None


def _holds_any(starts: list[int], a: int, b: int) -> bool:
    """Whether the sorted offsets `starts` hold one in [a, b)."""
    i = bisect.bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _parts_take_head_year(claims: list[Claim], printed: dict[str, int]) -> None:
    """A part of a 其中 list printing no year is of its head's year ('2021年“三公”经费 25 万元，其中：
    公务接待费 12 万元' — the 12 is 2021's): the head is the last amount before it in its sentence
    whose subject is the list's head."""
    heads: dict[tuple, Claim] = {}
    for c in sorted(claims, key=lambda x: x.start):
        head = str(c.extra.get("whole_head") or "").replace(" ", "")
        if head and c.id not in printed:
            h = heads.get((c.sentence, head))
            if h is not None and h.id in printed:
                printed[c.id] = printed[h.id]
        if c.kind == "amount" and c.subject:
            heads[(c.sentence, c.subject.replace(" ", ""))] = c
