"""Concept names -> cells.yml entries: scope words, core names, classification classes."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from finder import lexicon
from finder.claims import vocab
from finder.model import Claim

MONEY_UNITS = ("万元", "元", "亿元", "千元")      # a claim unit that is money

_NUMBERING = regex.compile(r"^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+、|\d+[、.．])\s*")
_SPACES = regex.compile(r"\s+")
_CLASS_ID = regex.compile(r"(func|econ)_(\d{3,7})")
_CLASS_KIND = {"func": "functional", "econ": "economic"}
_QUOTES = str.maketrans("", "", "\"“”'‘’「」『』〝〞")


@lru_cache(maxsize=1 << 16)
def norm_label(text: str) -> str:
    """A label for matching: no spaces, no list numbering, full-width brackets, no quote marks
    (“三公”经费, "三公"经费, 「三公」经费 and 三公经费 are one label)."""
    s = _SPACES.sub("", text or "")
    s = _NUMBERING.sub("", s)
    s = _label_openers().sub("", s)
    return s.replace("(", "（").replace(")", "）").translate(_QUOTES)


@lru_cache(maxsize=1)
def _label_openers() -> "regex.Pattern[str]":
    """Words opening a row label that are no part of the name ('其中：公务用车购置费'), cells.yml
    label_openers; never the whole label."""
    words = sorted(cells().get("label_openers", []), key=len, reverse=True)
    return regex.compile(rf"^(?:{'|'.join(regex.escape(w) for w in words) or '(?!)'})(?=.)")


@dataclass(frozen=True)
class ConceptRef:
    """What a subject names: the cells.yml entry (or a class code) and the money scope."""

    entry: str | None            # cells.yml entry name
    scope: str                   # all | fiscal | gpb | gov_fund | state_capital
    class_kind: str | None = None  # functional | economic when a classification class is named
    code: str | None = None
    scope_source: str = ""       # subject | clause | section | concept | default
    label: str | None = None     # a row label to look up directly (no entry or class matched)
    path: object = None          # paths.Path when a 款 / 项 below the class is named
    side: str | None = None      # with label: the flow of a fund's own total, looked up on that side


FLOWS = ("收入", "支出")          # the two sides of a two-sided table, as cell specs name them


@lru_cache(maxsize=None)
def cells() -> dict[str, Any]:
    return lexicon.load("cells")


@lru_cache(maxsize=None)
def _names_multi() -> dict[str, list[str]]:
    """normalised name -> entry names (several when the unit tells them apart)."""
    out: dict[str, list[str]] = {}
    for name, spec in cells()["entries"].items():
        for alias in [name, *spec.get("names", []), *spec.get("exact_names", [])]:
            out.setdefault(norm_label(alias), []).append(name)
    return out


@lru_cache(maxsize=None)
def _noisy_names() -> frozenset[str]:
    """Normalised entry names that a noise word would make another entry's ('收入总额' is not 收入)."""
    return frozenset(k for k in _names_multi() if strip_noise(k) != k and strip_noise(k) in _names_multi())


@lru_cache(maxsize=None)
def _exact_only() -> frozenset[str]:
    """Normalised names an entry carries only as a whole name (cells.yml exact_names)."""
    return frozenset(norm_label(a) for spec in cells()["entries"].values() for a in spec.get("exact_names", []))


@lru_cache(maxsize=None)
def _name_index() -> dict[str, str]:
    """normalised name -> first entry name."""
    return {k: v[0] for k, v in _names_multi().items()}


def by_unit(entry: str | None, unit: str) -> str | None:
    """The entry sharing `entry`'s name whose units admit `unit` (批 vs 人次)."""
    if entry is None:
        return None
    spec = cells()["entries"][entry]
    if not spec.get("units") or unit in spec["units"]:
        return entry
    for alias in [entry, *spec.get("names", [])]:
        for other in _names_multi().get(norm_label(alias), []):
            units = cells()["entries"][other].get("units")
            if units and unit in units:
                return other
    return entry


@lru_cache(maxsize=None)
def _class_index() -> dict[str, tuple[str, str]]:
    """normalised class name -> (functional|economic, code)."""
    out: dict[str, tuple[str, str]] = {}
    for kind in ("economic", "functional"):
        for code, names in cells()[f"{kind}_classes"].items():
            for n in names:
                out.setdefault(norm_label(n), (kind, str(code)))
    return out


@lru_cache(maxsize=None)
def _shared_class_names() -> frozenset[str]:
    """Names both a 功能分类 and an 经济分类 class carry (其他支出: 229 and 399)."""
    kinds = [{norm_label(n) for names in cells()[f"{k}_classes"].values() for n in names}
             for k in ("functional", "economic")]
    return frozenset(kinds[0] & kinds[1])


@lru_cache(maxsize=None)
def concept_names() -> dict[str, list[str]]:
    """concept id (concepts.yml, owned by the claims stage) -> its name and aliases."""
    try:
        data = lexicon.load("concepts")
    except ValueError:
        return {}
    items = data.get("concepts", data) if isinstance(data, dict) else {}
    out: dict[str, list[str]] = {}
    if isinstance(items, dict):
        for cid, spec in items.items():
            if isinstance(spec, dict):
                names = [spec.get("name", "")] + list(spec.get("aliases", []) or []) \
                    + list(spec.get("whole_aliases", []) or [])
                out[str(cid)] = [n for n in names if isinstance(n, str) and n]
            elif isinstance(spec, list):
                out[str(cid)] = [n for n in spec if isinstance(n, str)]
    elif isinstance(items, list):
        for spec in items:
            if isinstance(spec, dict) and "id" in spec:
                names = [spec.get("name", "")] + list(spec.get("aliases", []) or []) \
                    + list(spec.get("whole_aliases", []) or [])
                out[str(spec["id"])] = [n for n in names if isinstance(n, str) and n]
    return out


def scope_words() -> list[tuple[str, str]]:
    return list(vocab.scopes())


@lru_cache(maxsize=None)
def _note_re() -> "regex.Pattern[str]":
    words = lexicon.alternation(cells().get("note_openers"))
    return regex.compile(rf"（\s*(?:{words})[^（）]*）") if words else regex.compile(r"(?!)")


def drop_notes(text: str) -> str:
    """'本年收入合计（含财政拨款收入）' -> '本年收入合计': notes on what a figure includes name no scope."""
    return _note_re().sub("", text) if "（" in text else text


@lru_cache(maxsize=1 << 16)
def split_scope(text: str) -> tuple[str | None, str]:
    """'一般公共预算财政拨款基本支出' -> ('gpb', '基本支出'); no scope word -> (None, text)."""
    t = drop_notes(norm_label(text))
    for scope, word in scope_words():
        if word in t:
            return scope, t.replace(word, "", 1)
    return None, t


@lru_cache(maxsize=1 << 16)
def strip_noise(core: str) -> str:
    for w in cells()["noise"]:
        core = core.replace(w, "")
    return core


@lru_cache(maxsize=None)
def _total_words_re() -> "regex.Pattern[str]":
    return regex.compile(lexicon.alternation(cells().get("total_words")))


def total_words_re() -> "regex.Pattern[str]":
    """The total words of cells.yml (合计数, 合计, 总计, 总额), longest first."""
    return _total_words_re()


@lru_cache(maxsize=1 << 16)
def find_entry(name: str) -> str | None:
    """The cells.yml entry a core name denotes: the exact alias; else, with the total words
    dropped ('“三公”经费支出合计', '基本支出合计': the total of what the rest names), that name or
    the longest alias it ends with; else the longest alias the full name ends with (never the last
    name of a list: 'A、B和C' is no C; never an exact_names alias: '其他资金收入预算总计'; never a
    total after a fund's name: '其他资金收入总计', concepts.yml qualified_totals; never the rest of a figure
    or its average: '其他工资福利支出', '人均人员经费')."""
    idx = _name_index()
    printed = norm_label(name)
    if printed in idx and printed in _noisy_names():   # '收入总额': an entry's own name, noise word and all
        return idx[printed]
    n = strip_noise(printed)
    if not n:
        return None
    if n in idx:
        return idx[n]
    bare = _total_words_re().sub("", n)
    joiners = _list_joiners()
    for m in ((bare, n) if bare and bare != n else (n,)):
        if m in idx:
            return idx[m]
        for i in range(1, len(m) - 3):   # suffixes of 4+ characters, longest first
            if m[i:] in idx and m[i - 1] not in joiners and m[i:] not in _exact_only():   # 'A、B和C': not C's
                v = vocab.load()
                if m.endswith(v.residual_prefixes + v.average_prefixes, 0, i) \
                        or (idx[m[i:]] in _qualified_entries() and vocab.qualified_total(m, i)):
                    return None
                return idx[m[i:]]
    return None


@lru_cache(maxsize=None)
def _qualified_entries() -> frozenset[str]:
    """The entries of the totals a fund's name before makes that fund's own (concepts.yml qualified_totals)."""
    idx, v = _name_index(), vocab.load()
    return frozenset(idx[norm_label(n)] for cid in v.qualified_totals for n in concept_names().get(cid, [])
                     if norm_label(n) in idx)


@lru_cache(maxsize=None)
def _list_joiners() -> str:
    """The characters joining a coordinated list of names (directions.yml respective joiners)."""
    joiners = (lexicon.load("directions").get("respective") or {}).get("joiners") or ()
    return "".join(w for w in joiners if len(w) == 1)


@lru_cache(maxsize=None)
def _class_order() -> dict[str, int]:
    """normalised class name -> its position in _class_index (the first listed alias wins)."""
    return {alias: i for i, alias in enumerate(_class_index())}


@lru_cache(maxsize=1 << 16)
def find_class(name: str) -> tuple[str, str] | None:
    n = strip_noise(norm_label(name))
    idx = _class_index()
    if n in idx:
        return idx[n]
    order = _class_order()
    tails = [n[i:] for i in range(1, len(n) - 3) if n[i:] in idx]
    return idx[min(tails, key=order.__getitem__)] if tails else None


def claim_scope(claim: Claim) -> tuple[str, str]:
    """(scope, where it came from): subject, then the clause before the number (or a counterpart's before it),
    then the head of the 其中 list it is an item of in its sentence, then the lead-in line of the list it is an
    item of (link/lead_in), then sections."""
    s, _ = split_scope(claim.subject)
    if s:
        return s, "subject"
    text = claim.paragraph.text
    a = claim.clause[0] if claim.clause != (0, 0) else max(0, claim.start - 30)
    a = max((m.end() for m in _FIGURE.finditer(text, a, claim.start)), default=a)
    s, _ = split_scope(text[a:claim.start])
    if s:
        return s, "clause"
    s = _counterpart_scope(claim.subject, text, claim.sentence[0], a)
    if s:
        return s, "clause"
    s = _head_scope(claim)
    if s:
        return s, "head"                 # '财政拨款收入 X，其中本年收入 Y': an item of the head's fund
    if claim.extra.get("share_whole"):
        return "all", "default"          # the whole a share is of, not the section's fund
    s = claim.extra.get("lead_scope") or section_scope(claim)
    return (s, "section") if s else ("all", "default")


_CLAUSE_START = regex.compile(r"[，,。；;：:！？!?、]")
_STATED = regex.compile(r"\s*(?:为|是|达|共)?\s*[0-9０-９]")
# a sum of money printed before a figure in its clause: the scope words before it are that sum's own
# ('财政拨款收入 A 万元和其他收入 B 万元': 其他收入 is not the 财政拨款's)
_FIGURE = regex.compile(r"[0-9０-９][0-9０-９,，.．]*\s*(?:" + "|".join(sorted(MONEY_UNITS, key=len, reverse=True)) + ")")


def _counterpart_scope(subject: str, text: str, since: int, before: int) -> str | None:
    """The scope of the nearest counterpart of `subject` stated in text[since:before], its sentence before it
    (cells.yml counterparts: 本年支出 ← '政府性基金预算财政拨款本年收入 A'): the scope words of the clause leading
    to that name. None when no counterpart precedes it or its clause names no scope; a sentence of its own
    ('…基本支出 A，占…。本年项目支出 B，占本年支出合计的…') says what it is of anew."""
    name = drop_notes(norm_label(subject or ""))
    for pair in cells().get("counterparts") or ():
        for a, b in (pair, pair[::-1]):
            if a not in name:
                continue
            other = name.replace(a, b, 1)
            at = text.rfind(other, since, before)
            while at >= 0 and not _STATED.match(text, at + len(other)):
                at = text.rfind(other, since, at)     # the name of a figure, not a word of a reason
            if at < 0:
                continue
            start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, at)), default=0)
            s, _ = split_scope(text[start:at])
            return s
    return None


def _head_scope(claim: Claim) -> str | None:
    """The scope the head of the 其中 list the figure is an item of names (extra whole_head), when the head
    stands in the figure's sentence before it, the item's clause prints its name, and the item is of the head's
    flow (no counterpart of it, cells.yml counterparts), the one list of its sentence. A list read on into the
    next sentence ('…收入预算 X，其中…。支出预算中，公共安全（类）支出 Y'), into a clause naming another figure, or
    beside another list ('…支出预算 X，其中：…；本部门支出预算 Y，其中：…') is of its own words."""
    head = drop_notes(norm_label(str(claim.extra.get("whole_head") or "")))
    s, _ = split_scope(head)
    if not s:
        return None
    text, name = claim.paragraph.text, drop_notes(norm_label(claim.subject or ""))
    a = claim.sentence[0] if claim.sentence != (0, 0) else 0
    clause = norm_label(text[claim.clause[0]:claim.start]) if claim.clause != (0, 0) else name
    other = any(x in head and x not in name and y in name and y not in head
                for pair in cells().get("counterparts") or () for x, y in (pair, pair[::-1]))
    b = claim.sentence[1] if claim.sentence != (0, 0) else len(text)
    lists = sum(text.count(m, a, b) for m in vocab.load().part_markers)
    return s if head in norm_label(text[a:claim.start]) and name in clause and not other and lists == 1 else None


def section_scope(claim: Claim) -> str | None:
    """The scope word of the innermost enclosing section title that prints one."""
    sec = claim.paragraph.section
    while sec is not None and sec.level > 0:
        s, _ = split_scope(sec.title)
        if s:
            return s
        sec = sec.parent
    return None


def names_for(claim: Claim) -> list[tuple[str, str | None]]:
    """Candidate (core name, scope it carries): the subject, then the concept's names (only these when
    the claims stage read the subject's name as another concept: extra 'renamed')."""
    out: list[tuple[str, str | None]] = []
    s, core = split_scope(claim.subject)
    if core and not claim.extra.get("renamed"):
        out.append((core, s))
    if claim.concept:
        for n in concept_names().get(claim.concept, []):
            out.append(split_scope(n)[::-1])
        out.append((claim.concept, None))
    return out


def concept_of(claim: Claim) -> ConceptRef | None:
    """The entry or class a claim is about, with its scope; None when nothing matches.

    A subject that is itself an entry name ("财政拨款收入") keeps that entry with its own
    all-funds cells; otherwise scope words are split off and the core name is matched.
    Worked out once per claim (resolve and key_of both ask), like claim_path and key_of.
    """
    cached = claim.extra.get("_concept_ref", False)
    if cached is not False:
        return cached
    ref = _concept_of(claim)
    claim.extra["_concept_ref"] = ref
    return ref


def _concept_of(claim: Claim) -> ConceptRef | None:
    scope, source = claim_scope(claim)
    from finder.link.paths import claim_path

    path = claim_path(claim) if claim.kind in ("amount", "share", "change_abs", "change_pct", "completion") else None
    if path is not None:
        return ConceptRef(None, scope, "functional", path.class_code, source, path=path)
    full = strip_noise(drop_notes(norm_label(claim.subject)))
    if claim.extra.get("part_of"):       # '援外医疗队公务用车购置及运行费': a part of the entry, not the entry
        return ConceptRef(None, scope, None, None, source, label=drop_notes(norm_label(claim.subject)))
    heading = heading_entry(claim)
    if heading:
        return ConceptRef(heading, scope, None, None, source)
    if full in _name_index() and split_scope(full)[0]:
        entry = _name_index()[full]
        if "all" in cells()["entries"][entry]["cells"]:
            return ConceptRef(by_unit(entry, claim.unit), "all", None, None, "subject")
    if claim.concept and split_scope(full)[0] and split_scope(full)[1] in ("", "预算"):
        # a fund's name alone ('一般公共预算', '政府性基金' + 预算) read as a concept (一般公共预算财政拨款收入)
        for n in concept_names().get(claim.concept, []):
            entry = _name_index().get(norm_label(n))
            if entry and split_scope(n)[0] and "all" in cells()["entries"][entry]["cells"]:
                return ConceptRef(by_unit(entry, claim.unit), "all", None, None, "concept")
    for name, own in names_for(claim):
        sc, src = (own, "concept") if own and source in ("default", "section") else (scope, source)
        cls = find_class(name)
        if cls:
            own = _CLASS_ID.fullmatch(claim.concept or "")
            if own and strip_noise(norm_label(name)) in _shared_class_names():
                cls = (_CLASS_KIND[own.group(1)], own.group(2))   # '其他支出': the claim's concept says which
            return ConceptRef(None, sc, cls[0], cls[1], src)
        entry = by_unit(find_entry(name), claim.unit)
        if entry and not _blocked(entry, claim):
            return ConceptRef(entry, sc, None, None, src)
        m = _CLASS_ID.fullmatch(name)
        if m:
            return ConceptRef(None, scope, _CLASS_KIND[m.group(1)], m.group(2), source)
    whole = whole_of_parts(full)
    if whole:                          # '因公出国（境）费、公务用车购置及运行维护费和公务接待费的决算数': the 三公 total
        return ConceptRef(by_unit(whole, claim.unit), scope, None, None, source)
    fund = fund_total(claim.subject)
    if fund:
        return ConceptRef(None, scope, None, None, source, label=fund[0], side=fund[1])
    if claim.subject:
        return ConceptRef(None, scope, None, None, source, label=drop_notes(norm_label(claim.subject)))
    return None


@lru_cache(maxsize=1 << 12)
def whole_of_parts(name: str) -> str | None:
    """The whole of a complete decomposition (cells.yml decompositions) whose every part, and nothing else,
    the name lists ('A、B和C'; a part's own name may hold 及 or 和, so the last item splits only where both
    halves are parts): that whole's entry; else None."""
    pieces = name.split("、")
    if len(pieces) < 2 or not all(p.strip() for p in pieces):
        return None
    entries = [find_entry(p) for p in pieces[:-1]]
    last = pieces[-1]
    joiners = _list_joiners().replace("、", "")       # the words joining the last two names
    tail = next(([a, b] for i, ch in enumerate(last) if ch in joiners
                 for a, b in [(find_entry(last[:i]), find_entry(last[i + 1:]))] if a and b), None)
    entries += tail or [find_entry(last)]
    if not all(entries):
        return None
    return next((d["whole"] for d in cells().get("decompositions", [])
                 if d.get("complete") and sorted(d["parts"]) == sorted(entries)), None)


@lru_cache(maxsize=1 << 12)
def fund_total(subject: str) -> tuple[str, str] | None:
    """(fund, flow) of a total after the name of a fund that is no scope ('其他资金收入预算总计' ->
    ('其他资金', '收入'); concepts.yml qualified_totals): the fund's own total; None for any other name."""
    n = strip_noise(drop_notes(norm_label(subject or "")))
    m = _fund_total_re().fullmatch(n)
    if m is None or not vocab.qualified_total(n, m.end("fund")):
        return None
    return m.group("fund"), m.group("flow")


@lru_cache(maxsize=None)
def _fund_total_re() -> "regex.Pattern[str]":
    """A fund's name ending in a qualified_totals word, a flow, an optional period word and a total word."""
    c = lexicon.load("concepts")
    funds = lexicon.alternation((c.get("qualified_totals") or {}).get("words"))
    periods, totals = lexicon.alternation(c.get("period_infixes")), lexicon.alternation(cells().get("total_words"))
    return regex.compile(rf"(?P<fund>.+?(?:{funds}))(?P<flow>{lexicon.alternation(FLOWS)})(?:{periods})?(?:{totals})")


def generic(subject: str) -> bool:
    """A bare word such as 支出 / 收入 with no scope word (cells.yml generic_subjects)."""
    scope, printed = split_scope(subject or "")
    core = strip_noise(printed)
    return not scope and bool(core) and core in {norm_label(w) for w in cells().get("generic_subjects", [])} \
        and norm_label(printed) not in _noisy_names()      # '收入总额' is an entry of its own


def heading_entry(claim: Claim) -> str | None:
    """The entry the nearest enclosing heading names, for a money figure whose subject is only a
    generic word ('(3)公务接待费支出情况' / '支出 2.05 万元' -> 公务接待费); None otherwise."""
    if claim.unit not in MONEY_UNITS or not generic(claim.subject):
        return None
    own = find_entry(split_scope(claim.subject)[1])
    side = _side(claim.subject)
    sec = claim.paragraph.section
    while sec is not None and sec.level > 0:
        title = norm_label(sec.title)
        for w in cells().get("heading_words", []):
            title = title.replace(w, "")
        entry = find_entry(split_scope(title)[1]) if title else None
        if entry and side and _side(entry) not in (None, side):
            return None                 # '支出总额 X' under '二、收入决算情况说明': the subject's own side
        if entry and entry != own and not _blocked(entry, claim):
            return entry if cells()["entries"][entry].get("unit_kind", "money") == "money" else None
        if entry:
            return None
        sec = sec.parent
    return None


def _side(name: str) -> str | None:
    """The one side of the accounts a name prints (cells.yml generic_sides: 收入 or 支出), None for none or both."""
    found = [w for w in cells().get("generic_sides", []) if w in name]
    return found[0] if len(found) == 1 else None


_ITEM_STOPS = "，,；;。、：:"
_GROUP_STOPS = "；;。"


def _blocked(entry: str, claim: Claim) -> bool:
    """A qualifier of the entry's `blocked_by` words in the subject or in the list item before
    the number ('国（境）外公务接待批次 3 个' is no 国内 figure); for a count, in its ；-item
    ('国（境）外公务接待批次 3 个，接待人次 20 人': the persons of those receptions)."""
    words = cells()["entries"][entry].get("blocked_by")
    if not words:
        return False
    text = claim.paragraph.text
    stops = _GROUP_STOPS if claim.kind == "count" else _ITEM_STOPS
    a = max([claim.clause[0] if claim.clause != (0, 0) and claim.kind != "count" else 0]
            + [text.rfind(x, 0, claim.start) + 1 for x in stops])
    seen = norm_label(claim.subject) + norm_label(text[a:claim.start])
    return any(norm_label(w) in seen for w in words)


def key_of(claim: Claim) -> tuple | None:
    """(entry or class code, scope) identifying what a claim states; None when unresolved."""
    cached = claim.extra.get("_concept_key", False)
    if cached is not False:
        return cached
    ref = concept_of(claim)
    key = None if ref is None or ref.label or rebased(claim) else (ref.entry or f"{ref.class_kind}:{ref.code}", ref.scope)
    if key is not None and ref.path is not None:
        key = (f"{key[0]}/{ref.path.key()}", key[1])
    claim.extra["_concept_key"] = key
    return key


def rebased(claim: Claim) -> bool:
    """Its sentence (its item of a ；-list) says the figure is re-based before stating it (cells.yml
    rebasing_words: '剔除以上两项因素，…运行维护费为 266.73 万元'): not the figure the report
    states elsewhere."""
    words = cells().get("rebasing_words")
    if not words:
        return False
    text, a = claim.paragraph.text, claim.sentence[0] if claim.sentence != (0, 0) else 0
    a = max(a, text.rfind("；", a, claim.start) + 1, text.rfind(";", a, claim.start) + 1)
    return any(text.find(w, a, claim.start) >= 0 for w in words)


def entry_of_name(name: str) -> str | None:
    """The entry for a concept id or a name (used for Claim.whole). A name that is itself an entry's alias,
    an entry of every scope ('财政拨款收入': a row of the summary's income side), is that entry, as concept_of
    reads a claim's subject: not the rest after a fund's name read as a scope (收入 → 本年收入合计)."""
    if not name:
        return None
    for n in [name, *concept_names().get(name, [])]:
        full = strip_noise(drop_notes(norm_label(n)))
        if full in _name_index() and split_scope(full)[0] \
                and "all" in cells()["entries"][_name_index()[full]]["cells"]:
            return _name_index()[full]
        e = find_entry(split_scope(n)[1])
        if e:
            return e
    return None


# Lexicon-derived patterns compiled as the module loads (model loading), not by the first report
# that reaches them.
_note_re()
