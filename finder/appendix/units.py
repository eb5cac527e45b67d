"""The department's budget units (部门基本情况 / 单位构成) and whether a named unit is one of them."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from finder import lexicon
from finder.appendix.text import Span, _half, count_value, may_hold, sentences
from finder.model import Evidence, Paragraph, Report, Row, Table
from finder.numbers.parse import to_halfwidth

_NOISE = regex.compile(r"[\s\p{P}\p{S}]+")


@dataclass
class UnitList:
    """One printed list of the department's units: the names, and where it was read."""

    names: list[str]
    evidence: list[Evidence] = field(default_factory=list)
    self_named: bool = False         # the list names the department itself (局本级, 机关本级 …)


def _lex() -> dict:
    return lexicon.load("appendix")["units"]


@lru_cache(maxsize=1)
def _split_re() -> regex.Pattern:
    """What separates the names of a printed unit list (、 ， 和 …)."""
    return regex.compile("(?:" + lexicon.alternation(_lex()["separators"]) + ")+")


@lru_cache(maxsize=None)
def _re(key: str) -> regex.Pattern:
    p = _lex()[key]
    return regex.compile("|".join(p) if isinstance(p, list) else p)


def unit_lists(report: Report, paragraphs: list[Paragraph]) -> list[UnitList]:
    """Every unit list found: 单位构成 tables, and prose that states a count of units and then
    names exactly that many ("纳入…预算单位 2 个…，即局本级和 X")."""
    out = [u for t in report.tables if t.id == _lex()["table_id"] for u in [_from_table(t)] if u.names]
    for p in paragraphs:
        if not may_hold(p, _re("count")):
            continue                     # a unit list opens with a count of units
        for s in sentences(p):
            found = _from_sentence(s)
            if found is not None:
                out.append(found)
    return out


def _from_table(t: Table) -> UnitList:
    col = _lex()["name_column"]
    names, rows = [], []
    for r in t.rows:
        c = r.cell(col)
        name = (c.raw if c is not None else "").strip()
        if name:
            names.append(name)
            rows.append(r)
    return UnitList(names, [_row_evidence(r, t) for r in rows])


def _row_evidence(r: Row, t: Table) -> Evidence:
    return Evidence(text=r.raw.strip() or r.label, **t.where(r), table=t.id, table_title=t.title or None,
                    row=r.label.strip() or None, column=_lex()["name_column"], role="reference")


def _from_sentence(s: Span) -> UnitList | None:
    text = _half(s.text)
    m = _re("count").search(text)
    if m is None:
        return None
    n = count_value(m.group("n"))
    rest = text[m.end():]
    intro = list(_re("introducer").finditer(rest))
    if n is None or not intro:
        return None
    names = [_clean(x) for x in _split_re().split(rest[intro[-1].end():].rstrip("。；;，, "))]
    names = [x for x in names if x]
    if len(names) != n:
        return None
    me = [is_self(x) for x in names]
    return UnitList([x for x, m in zip(names, me) if not m], [s.evidence("reference")], any(me))


def is_self(name: str) -> bool:
    """A listed name that is the department itself: '某某局本级', '某某局（本级）', '机关本级'."""
    return bool(_re("self").search(_core(name)))


def _clean(name: str) -> str:
    return _re("prefix").sub("", name.strip()).strip()


# ---------------------------------------------------------------- matching names
def _core(name: str) -> str:
    return _NOISE.sub("", to_halfwidth(name or ""))


def _variants(name: str) -> set[str]:
    """The name, and the name without its leading region ('景德镇市', '上海市普陀区')."""
    out, cur = {_core(name)}, _core(name)
    for _ in range(2):
        cur = _re("region").sub("", cur, count=1)
        out.add(cur)
    return {v for v in out if len(v) >= _lex()["min_name"]}


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def same_unit(a: str, b: str) -> bool:
    """Two names of one unit: equal, or one the abbreviation of the other (its characters in order
    in the other: 国家试验区管委会 / 国家陶瓷文化传承创新试验区管理委员会办公室)."""
    for x in _variants(a):
        for y in _variants(b):
            short, long = sorted((x, y), key=len)
            if _subsequence(short, long):
                return True
    return False


def belongs(unit: str, department: str, lists: list[UnitList]) -> bool:
    """The implementing unit is the department itself, one of its internal offices, or a listed unit."""
    u, d = _core(unit), _core(department)
    if not _variants(u) or _re("internal").fullmatch(u):
        return True                  # too short to compare, or an office inside the department
    if d and (same_unit(u, d) or u.startswith(d)):
        return True
    return any(same_unit(u, name) for ul in lists for name in ul.names)


# Lexicon-derived patterns compiled as the module loads (model loading), not by the first report
# that reaches them.
_split_re()
for _key in ("count", "introducer", "self", "prefix", "region", "internal"):
    _re(_key)
