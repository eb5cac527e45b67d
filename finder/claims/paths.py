"""功能分类 paths named in prose ('X（类）Y（款）Z（项）', '“X-Y-Z”科目') and the codes the report's tables give them."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import vocab
from finder.model import Report

# 'X（类）Y（款）Z（项）': each name followed by its level mark; consecutive marked names form one path.
_NAME = r"[\p{Han}A-Za-z（）()、]{2,30}?"
_MARKED_ONE = regex.compile(rf"(?P<name>{_NAME})\s*[（(]\s*(?P<lv>[类款项])\s*[)）]")
_LEVELS = {"类": 1, "款": 2, "项": 3}
_LEAD = regex.compile(r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[\d、.．\s])*")
# '“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目' (quotes or 科目 make it a path)
_PART = r"[\p{Han}A-Za-z（）()]{2,30}"
_DASHED = regex.compile(rf"[“\"「]?(?P<p>{_PART}(?:\s*[-－—–]\s*{_PART}){{1,2}})[”\"」]?\s*(?:科目|项目)?")
_DASH = regex.compile(r"\p{Han}\s*[-－—–]\s*\p{Han}")
_DASH_CHAR = regex.compile(r"[-－—–]")      # searched first: a _DASH match prints one
_MARK_RE = regex.compile(r"[（(]\s*[类款项]\s*[)）]")
# '小学教育（2050202）': the 款 / 项 code printed in brackets after the name
_PRINTED_CODE = regex.compile(r"\s*[（(]\s*(\d{5}(?:\d\d)?)\s*[)）]")


@dataclass(frozen=True)
class NamedPath:
    """A classification path printed at text[start:end]: names from the 类 down, and the leaf level."""

    start: int
    end: int
    names: tuple[str, ...]
    leaf_level: int                  # 2 款 / 3 项
    label: str = ""                  # the path as printed, without quotes and 科目
    code: str = ""                   # a code printed in brackets right after it, as printed


def _clean(name: str) -> str:
    return vocab.squeeze(name).strip("“”\"「」、，,:：-－—–")


def _class_code(name: str) -> str | None:
    cid = vocab.load().alias_to_concept.get(_clean(_MARK_RE.sub("", name)))
    return vocab.load().concepts[cid].code if cid and cid.startswith("func_") else None


def marked_runs(text: str, a: int, b: int) -> list[tuple[int, int, list[tuple[str, int]]]]:
    """The runs of _all_runs(text) inside text[a:b]."""
    return [r for r in _all_runs(text) if a <= r[0] and r[1] <= b]


@lru_cache(maxsize=256)
def _all_runs(text: str) -> list[tuple[int, int, list[tuple[str, int]]]]:
    """Runs of consecutive 'name（level）' in text[a:b]: (start, end, [(name, level)]); a name marked 类
    that is no 功能分类 类 is a 款 printed with the wrong mark ('住房改革支出（类）住房公积金（项）')."""
    runs: list[tuple[int, int, list[tuple[str, int]]]] = []
    if not _MARK_RE.search(text):
        return runs
    for m in _MARKED_ONE.finditer(text):
        name, start = m.group("name"), m.start()
        level = _LEVELS[m.group("lv")]
        if level == 1:
            first = [c for c in vocab.find_concepts(m.group()) if c[2].startswith("func_")]
            if first:                    # '其中一般公共服务支出（类）': the name starts at the 类
                start += first[-1][0]
                name = vocab.load().concepts[first[-1][2]].name
            else:
                level = 2
        lead = _LEAD.match(name)
        name, start = name[lead.end():], start + lead.end()
        if runs and not text[runs[-1][1]:start].strip() and runs[-1][2][-1][1] < level:
            runs[-1] = (runs[-1][0], m.end(), runs[-1][2] + [(_clean(name), level)])
        else:
            runs.append((start, m.end(), [(_clean(name), level)]))
    return runs


def find_paths(text: str, a: int, b: int, context: dict[int, str] | None = None) -> list[NamedPath]:
    """Every 款- or 项-level path printed in text[a:b], in text order; names above the first printed
    level come from `context` (the 类 / 款 last named by a heading: level -> name)."""
    out = []
    for start, end, run in marked_runs(text, a, b):
        if run[-1][1] < 2:
            continue
        names = [n for n, _ in run]
        top = run[0][1]
        above = [(context or {}).get(lv) for lv in range(1, top)]
        if all(above):
            names = [n for n in above if n] + names
        out.append(NamedPath(start, end, tuple(names), run[-1][1], text[start:end]))
    dashed = _DASH_CHAR.search(text, a, b) and _DASH.search(text, a, b)
    for m in (_DASHED.finditer(text, a, b) if dashed else ()):
        if any(p.start <= m.start() < p.end for p in out):
            continue
        parts = [_clean(x) for x in regex.split(r"\s*[-－—–]\s*", m.group("p"))]
        quoted = text[m.start()] in "“\"「" or text.startswith("科目", m.end() - 2)
        if _class_code(parts[0]) and quoted:
            out.append(NamedPath(m.start(), m.end(), tuple(parts), min(len(parts), 3), m.group("p")))
    for m in (_items_re().finditer(text, a, b) if _item_hint(text, a, b) else ()):
        if not any(p.start < m.end() and m.start() < p.end for p in out):
            names, _ = _items()[m.group("name")]
            out.append(NamedPath(m.start(), m.end(), names, min(len(names), 3), m.group()))
    return sorted((_with_code(text, p) for p in out), key=lambda p: p.start)


def _with_code(text: str, p: NamedPath) -> NamedPath:
    m = _PRINTED_CODE.match(text, p.end)
    return replace(p, code=m.group(1)) if m else p


def printed_code(names: tuple[str, ...], code: str, index: dict[tuple[str, str], str]) -> str | None:
    """`code` when the report's tables give it to the path's last name ('行政运行（2010301）' names
    the 行政运行 under 2010301, not the first 行政运行 in the lexicon); None when they give that code
    another name or do not print it (a name and code that disagree are not trusted to pick a row)."""
    if not code or not names:
        return None
    return code if index.get((code[:-2], _clean(names[-1]))) == code else None


@lru_cache(maxsize=None)
def _items() -> dict[str, tuple[tuple[str, ...], str]]:
    """Printed 款 / 项 name -> (path names from the 类 down, code): concepts.yml function_items and
    '其他<类名>' (function_other)."""
    data = lexicon.load("concepts")
    classes = {str(k): v[0] for k, v in (data.get("function_classes") or {}).items()}
    items = {str(k): v for k, v in (data.get("function_items") or {}).items()}
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for code, names in items.items():
        chain = [classes.get(code[:3])] + [items[code[:n]][0] if code[:n] in items else None
                                           for n in range(5, len(code) + 1, 2)]
        if None in chain:
            continue
        for n in names:
            out.setdefault(n, (tuple(chain[:-1]) + (n,), code))
    other = data.get("function_other") or {}
    if other.get("prefix"):
        for code, name in classes.items():
            if name.endswith("支出") and not name.startswith(other["prefix"]):
                out.setdefault(other["prefix"] + name, ((name, other["prefix"] + name), code + str(other["code"])))
    return out


@lru_cache(maxsize=None)
def _items_re() -> "regex.Pattern[str]":
    """A known 款 / 项 name (with the 支出 the prose may add) that ends a subject: what follows is no
    more of its name (punctuation, a number, a filler or period word)."""
    v = vocab.load()
    names = "|".join(regex.escape(n) for n in sorted(_items(), key=len, reverse=True))
    if not names:
        return regex.compile(r"(?!)")
    after = "|".join([v.filler_re.pattern, v.period_re.pattern])
    return regex.compile(rf"(?P<name>{names})(?:支出)?(?=[^\p{{Han}}]|$|{after})")


@lru_cache(maxsize=None)
def _hint_chars() -> frozenset[str]:
    return frozenset(n[-1] for n in _items())


def _item_hint(text: str, a: int, b: int) -> bool:
    """Cheap pre-test: some item name's last character occurs in text[a:b]."""
    return not _hint_chars().isdisjoint(text[a:b])


def item_code(names: tuple[str, ...]) -> str | None:
    """The code of a 款 / 项 path as function_items names it, else None."""
    found = _items().get(names[-1]) if names else None
    return found[1] if found and found[0] == tuple(names) else None


def update_context(text: str, context: dict[int, str]) -> None:
    """Remember the 类 / 款 a paragraph names ('（一）一般公共服务（类）', '检察（款）:…') for later items."""
    for _, _, run in marked_runs(text, 0, len(text)):
        for name, level in run:
            if level == 1:
                context.clear()
                context[1] = name
            elif level == 2:
                context.pop(3, None)
                context[2] = name


def code_index(report: Report) -> dict[tuple[str, str], str]:
    """(parent code, row name) -> 功能分类 code for every coded 款/项 row of the report's tables."""
    index: dict[tuple[str, str], str] = {}
    for t in report.tables:
        for r in t.rows:
            code = (r.code or "").strip()
            if len(code) in (5, 7) and code.isdigit():
                index.setdefault((code[:len(code) - 2], _clean(_MARK_RE.sub("", r.label))), code)
    return index


def resolve_code(path: NamedPath, index: dict[tuple[str, str], str]) -> tuple[str | None, str | None]:
    """(class code, leaf code) of a path whose first name is a 类; the leaf code when the tables print it."""
    if len(path.names) < 2:
        return None, None
    cls = _class_code(path.names[0]) or _class_code(f"{path.names[0]}（类）")
    if cls is None:
        return None, None
    code = cls
    for name in path.names[1:]:
        code = index.get((code, name))
        if code is None:
            return cls, item_code(path.names)
    return cls, code
