"""Classification paths below a 类 (类-款-项 / X（类）Y（款）Z（项）) and the table rows they name."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from finder.link.concepts import cells, find_class, norm_label
from finder.model import Claim, Row, Table

_MARKED = regex.compile(r"([^（(]+?)\s*[（(]\s*(类|款|项)\s*[)）]")
_MARK = regex.compile(r"[（(]\s*(?:类|款|项)\s*[)）]")
_QUOTES = "“”\"'「」『』‘’"
_LEVELS = {"类": 1, "款": 2, "项": 3}
_CODE_LEVEL = {3: 1, 5: 2, 7: 3}


@dataclass(frozen=True)
class Path:
    """Names from the 类 down (the first may be missing), the level of the last, a code if known."""

    names: tuple[str, ...]
    leaf_level: int               # 2 款 / 3 项
    class_code: str | None = None
    code: str | None = None       # the leaf's 功能分类 code when the claim states it

    def key(self) -> str:
        return self.code or "/".join(self.names)


def _marked(text: str) -> list[tuple[str, int]]:
    """(name, level) of every 'name（类|款|项）' printed in text. The mark is looked for first: the
    name before it is tried from every offset up to a bracket, which costs the square of the length
    of a long text that has no mark at all."""
    if not _MARK.search(text):
        return []
    return [(m.group(1), _LEVELS[m.group(2)]) for m in _MARKED.finditer(text)]


def _clean(name: str) -> str:
    s = norm_label(name).strip(_QUOTES + "、，,:：")
    for w in cells().get("path_suffixes", []):
        if s.endswith(w) and len(s) > len(w) + 1:
            s = s[: -len(w)]
    return s.strip(_QUOTES + "-－—–、，,:：")


def _from_extra(claim: Claim) -> Path | None:
    raw = claim.extra.get("path")
    if not raw or not isinstance(raw, (list, tuple)):
        return None
    names = tuple(_clean(n) for n in raw if isinstance(n, str) and n.strip())
    code = str(claim.extra.get("code") or "") or None
    if len(names) < 2 and not (code and len(code) > 3):
        return None
    cls = find_class(names[0]) if names else None
    level = _CODE_LEVEL.get(len(code), len(names)) if code else min(len(names), 3)
    return Path(names, level, cls[1] if cls and cls[0] == "functional" else None, code)


def subject_path(subject: str) -> Path | None:
    """'一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目' or
    '一般公共服务支出（类）财政事务（款）行政运行（项）' -> Path; a bare 类 -> None."""
    text = norm_label(subject).strip(_QUOTES)
    marked = _marked(text)
    if marked and max(lv for _, lv in marked) >= 2:
        names = tuple(_clean(n) for n, _ in marked)
        first = find_class(names[0]) if marked[0][1] == 1 else None
        return Path(names, marked[-1][1], first[1] if first and first[0] == "functional" else None)
    seps = cells().get("path_separators", [])
    parts = [text]
    for sep in seps:
        parts = [q for p in parts for q in p.split(sep)]
    parts = [_clean(p) for p in parts]
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return None
    first = find_class(parts[0])
    if not first or first[0] != "functional" or norm_label(parts[0]) != parts[0]:
        return None
    return Path(tuple(parts), min(len(parts), 3), first[1])


def claim_path(claim: Claim) -> Path | None:
    """The claim's path: Claim.extra['path'] (claims stage) when present, else its subject, else
    a 款 / 项 marked in its sentence before the number when the subject names nothing itself
    ("住房公积金(项):支出 1,073.77 万元"); a missing 类 is read from the enclosing headings."""
    cached = claim.extra.get("_path", False)
    if cached is not False:
        return cached
    p = _from_extra(claim) or subject_path(claim.subject)
    if p is None and not names_something(claim.subject):
        p = _marked_before(claim)
    if p is not None and p.class_code is None and not p.code:
        p = _with_section_class(claim, p)
    claim.extra["_path"] = p
    return p


def names_something(subject: str) -> bool:
    """The subject is itself an entry or class name (not a bare 支出 / 预算支出合计)."""
    from finder.link.concepts import _class_index, _name_index, split_scope, strip_noise

    scope, core = split_scope(subject or "")
    core = strip_noise(core)
    generic = core in {norm_label(w) for w in cells().get("generic_subjects", [])}
    return bool(core) and (core in _name_index() or core in _class_index()) and (bool(scope) or not generic)


def _marked_before(claim: Claim) -> Path | None:
    a = claim.sentence[0] if claim.sentence != (0, 0) else max(0, claim.start - 60)
    text = norm_label(claim.paragraph.text[a:claim.start])
    found = _marked(text)
    if not found or found[-1][1] < 2:
        return None
    return Path((_clean(regex.split(r"[，。；：:]", found[-1][0])[-1]),), found[-1][1])


def _with_section_class(claim: Claim, p: Path) -> Path:
    sec = claim.paragraph.section
    while sec is not None and sec.level > 0:
        marked = _marked(norm_label(sec.title))
        for name, lv in marked:
            hit = find_class(_clean(name)) if lv == 1 else None
            if hit and hit[0] == "functional":
                return Path((_clean(name), *p.names), p.leaf_level, hit[1], p.code)
        sec = sec.parent
    return p


def row_level(row: Row) -> int | None:
    if row.level:
        return row.level
    return _CODE_LEVEL.get(len(row.code)) if row.code else None


def rows_for_path(table: Table, path: Path) -> list[Row]:
    """Rows of `table` that the path names: by code, else the leaf's name under the 类 (and 款)."""
    if path.code:
        hit = table.row_by_code(path.code)
        return [hit] if hit is not None else []
    if not any(r.code for r in table.rows):
        return []  # a table printing 类 names only cannot hold a 款 or 项
    scope = _under(table.rows, path.class_code, 1) if path.class_code else list(table.rows)
    inner = path.names[1:] if path.class_code else path.names
    if path.leaf_level == 3 and len(inner) >= 2:
        kuan = [r for r in scope if row_level(r) == 2 and norm_label(r.label) == inner[-2]]
        if len(kuan) == 1 and kuan[0].code:
            scope = _under(scope, kuan[0].code, 2)
    leaf = _name_key(inner[-1]) if inner else ""
    level = [r for r in scope if row_level(r) == path.leaf_level]
    exact = [r for r in level if _name_key(r.label) == leaf]
    if exact or len(leaf) < 4:
        return exact
    # the prose may shorten a long name ("执行等检察监督支出" for "公诉、审判、侦查、执行等…"):
    # a unique row whose name ends with the stated one
    tail = [r for r in level if _name_key(r.label).endswith(leaf)]
    return tail if len(tail) == 1 else []


def _name_key(name: str) -> str:
    """A row name for comparison: normalised, without words that prose adds or drops
    (cells.yml path_optional_words: 支出, 费, 的 ...)."""
    s = norm_label(name)
    for w in cells().get("path_optional_words", []):
        s = s.replace(w, "")
    for w in cells().get("path_optional_suffixes", []):
        if s.endswith(w) and len(s) > len(w) + 1:
            s = s[: -len(w)]
    return s


def _under(rows: list[Row], code: str, level: int) -> list[Row]:
    """The rows below the row coded `code`, up to the next row of the same or a higher level."""
    out, inside = [], False
    for r in rows:
        lv = row_level(r)
        if r.code == code:
            inside = True
            continue
        if inside:
            if lv is not None and lv <= level:
                break
            if r.code and not r.code.startswith(code):
                break
            out.append(r)
    return out
