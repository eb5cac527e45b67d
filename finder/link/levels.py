"""The administrative level a figure names (lexicons/levels.yml): the level words, a claim's own
level, and whether two levels fit. Shared by link (a share's whole) and checks (NT03, AR04)."""
from __future__ import annotations

import re
from functools import lru_cache

from finder import lexicon
from finder.model import Claim

_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def level_patterns() -> tuple[re.Pattern, dict[str, str], re.Pattern]:
    data = lexicon.load("levels")
    canon: dict[str, str] = {}
    for level, words in (data.get("levels") or {}).items():
        for w in words or []:
            canon[str(w)] = str(level or "")
    # the words, longest first, behind a lookahead on their first characters: re tries every
    # alternative at every position of the text, the lookahead one character class
    firsts = "".join(sorted({re.escape(w[0]) for w in canon if w}))
    alt = lexicon.alternation(canon)
    if alt and all(canon):
        alt = f"(?=[{firsts}])(?:{alt})"
    counted = data.get("counted") or ""
    if counted:
        alt = f"(?P<counted>{counted})|{alt}"
    opening = {str(w): str(level) for level, words in (data.get("opening_levels") or {}).items() for w in words or []}
    if opening:     # a word opening the text, or a sentence of it
        alt = f"(?<![^。；;\n])\\s*(?P<opening>{lexicon.alternation(opening)})|{alt}"
        canon.update(opening)
    not_before = [re.escape(w) for w in data.get("not_before") or []]
    guard = f"(?!{'|'.join(not_before)})" if not_before else ""
    ends = "".join(re.escape(e) for e in data.get("clause_ends") or []) or "，,"
    return re.compile(f"(?:{alt}){guard}"), canon, re.compile(f"[{ends}]")


def levels_in(text: str) -> list[str]:
    """Canonical levels named in `text`, in order ('' = the reporting entity itself)."""
    word_re, canon, _ = level_patterns()
    return [_SPACES.sub("", m.group("counted")) if m.lastgroup == "counted" else level_of(m, canon)
            for m in word_re.finditer(text or "")]


def level_of(m: re.Match, canon: dict[str, str]) -> str:
    """The level a match of level_patterns' word pattern names (not a counted group's)."""
    return canon.get(m.group("opening") if m.lastgroup == "opening" else m.group(0), "")


def one_level(levels: list[str]) -> str | None:
    return levels[0] if levels and len(set(levels)) == 1 else None


def fits_level(named: str | None, other: str | None) -> bool:
    """Whether two figures' levels agree where a text states a total at several levels: the same
    level, or one naming none and the other a whole region's (levels.yml whole_levels)."""
    a, b = named or "", other or ""
    return a == b or (not (a and b) and (a or b) in _whole_levels())


@lru_cache(maxsize=1)
def _whole_levels() -> frozenset[str]:
    return frozenset(lexicon.load("levels").get("whole_levels") or ())


def own_level(c: Claim, levels_of=levels_in) -> str | None:
    """The level named in the claim's clause before the number, else in its sentence's opening clause (neither when
    its level word names the units an action reaches: names_units)."""
    text = c.paragraph.text
    if c.clause != (0, 0) and not names_units(text, c.clause[0], c.start):
        own = _qualified(levels_of(text[c.clause[0]:c.start]))
        if own:
            return own[0]
    end_re = level_patterns()[2]
    a, b = c.sentence if c.sentence != (0, 0) else (0, len(text))
    e = end_re.search(text, a, b)
    b = min(e.start() if e else b, c.start)
    return one_level(_qualified(levels_of(text[a:b]))) if not names_units(text, a, b) else None


def names_units(text: str, a: int, b: int) -> bool:
    """A level word in text[a:b] is followed by a word naming units of that level (levels.yml units_after:
    '部门发动全市各有关单位…', '赴…市直有关单位…等 30 家单位'): the text names whom an action reaches, not the level of
    a figure in it or after it."""
    after = tuple(lexicon.load("levels").get("units_after") or ())
    if not after:
        return False
    word_re = level_patterns()[0]
    return any(text[m.end():b].lstrip().startswith(after) for m in word_re.finditer(text, a, b))


def _qualified(levels: list[str]) -> list[str]:
    """The reporting entity named before a level qualifies it: '本部门所属单位' is 所属单位, not the department."""
    return [lv for lv in levels if lv] or levels


def part_named(c: Claim) -> str | None:
    """The part of the reporting department a money figure is said of (levels.yml part_levels: '所属二级单位因公出国
    （境）费 5.00 万元', '机关本级公务接待费 X'): the one level word of its clause before the number, else of its
    sentence's opening clause, when it is such a part and stands alone ('机关本级及所属单位…' joins the parts into
    the whole: levels.yml part_joiners). None otherwise."""
    text = c.paragraph.text
    word_re, canon, end_re = level_patterns()
    spans = []
    if c.clause != (0, 0):
        spans.append((c.clause[0], c.start))
    a, b = c.sentence if c.sentence != (0, 0) else (0, len(text))
    e = end_re.search(text, a, b)
    spans.append((a, min(e.start() if e else b, c.start)))
    data = lexicon.load("levels")
    parts, joiners = set(data.get("part_levels") or ()), tuple(data.get("part_joiners") or ())
    for x, y in spans:
        found = [m for m in word_re.finditer(text, x, y) if m.lastgroup != "counted" and level_of(m, canon)]
        if not found:
            continue
        levels = {level_of(m, canon) for m in found}
        m = found[0]
        if len(found) == 1 and levels <= parts and not text.startswith(joiners, m.end()) \
                and not text[:m.start()].endswith(joiners):
            return level_of(m, canon)
        return None
    return None


def self_names(department: str | None) -> tuple[str, ...]:
    """The generic names the reporting unit calls itself by (levels.yml self_names): '学校', '本校' in the report
    of a 大学 or 学院, '本院' in a hospital's; none when its name ends in no listed kind."""
    name = _SPACES.sub("", department or "")
    out: list[str] = []
    for entry in lexicon.load("levels").get("self_names") or ():
        if name and name.endswith(tuple(entry.get("ends") or ())):
            out += [str(w) for w in entry.get("names") or () if str(w) not in out]
    return tuple(out)
