"""AR04's parts by concept: decompositions (a left-out grandchild read from a table), 功能分类 classes, fund splits."""
from __future__ import annotations

from typing import Callable, Iterator

from finder.checks.ar.common import bare
from finder.checks.ar.heads import claim_period, in_list_sentence, listed_under, part_key
from finder.checks.ar.parts_sum import LeftOut, judge
from finder.checks.registry import CheckOptions
from finder.link.concepts import ConceptRef, cells, generic, key_of
from finder.link.levels import fits_level
from finder.link.tables_index import CellRef, lookup, value_interval
from finder.link.wholes import decompositions, in_scope_parts
from finder.model import Claim, Evidence, Finding, Section
from finder.numbers.interval import Interval


def _subtree(c: Claim) -> Section | None:
    return c.paragraph.section


def _within(c: Claim, sec: Section | None) -> bool:
    return sec is None or sec.encloses(c.paragraph.section)


def _siblings(c: Claim, whole: Claim) -> bool:
    """Both are listed as parts of the same whole (one 其中 list, its whole a known concept or only named:
    '总支出 A，其中：一般公共预算支出 B，转移性支出 C'), in one sentence or in the sentences the list runs on
    into ('支出 T，其中：基本支出 a，项目支出 b。一般公共预算拨款支出 c。': c is read under the same head):
    neither is a part of the other."""
    if c.paragraph is not whole.paragraph:
        return False
    head = bare(whole.extra.get("whole_head", ""))
    if head and bare(c.extra.get("whole_head", "")) == head:
        return True
    return c.sentence == whole.sentence and bool(whole.whole) and c.whole == whole.whole


def _listed_elsewhere(c: Claim, whole: Claim, amounts: list[Claim]) -> bool:
    """`c` is an item of another figure's 其中 list (its head neither the whole nor an item listed under
    the whole): '政府性基金预算总支出 T，其中：…债务还本支出 c' gives c to that fund's total, not to a
    一般公共预算支出 stated before it."""
    head = bare(c.extra.get("whole_head", ""))
    if not head or head == bare(whole.subject):
        return False
    heads = [h for h in amounts if h.paragraph is c.paragraph and h.start < c.start and bare(h.subject) == head]
    if not heads:
        return False
    h = heads[-1]
    return h is not whole and bare(h.extra.get("whole_head", "")) != bare(whole.subject) \
        and not part_key(h, whole)


def _within_another(c: Claim, items: list[Claim]) -> bool:
    """`c` is an item of another part's own 其中 list, so within it: '收入 T，其中：上年结转结余 a' (a budget's 收入
    its grand total) gives no parts 收入 + 上年结转结余 of a 收入总额 stated after it, a counted twice. Only a part
    named by a generic word (收入, 支出: cells.yml generic_subjects) may so hold a sibling: one named as a concept
    ('公务用车购置及运行维护费') cannot, and a sibling read under it ('…；公务接待费 c' after the vehicle fee's own
    其中 list) was read under the wrong head."""
    head = bare(c.extra.get("whole_head", ""))
    return bool(head) and any(q is not c and q.paragraph is c.paragraph and q.start < c.start
                              and bare(q.subject) == head and generic(q.subject) for q in items)


def _rivalled(whole: Claim, keyed: list[tuple[Claim, tuple]]) -> bool:
    """Its sentence states the same whole for the same period at another value ('2010年…预算数 A、决算数 B' in
    the 2011 budget: both last year's, a budget and an actual): the period read does not say which of
    them a list of parts adds up to."""
    k = key_of(whole)
    return any(c is not whole and kc == k and c.paragraph is whole.paragraph and c.sentence == whole.sentence
               and c.value != whole.value for c, kc in keyed)


def _whole_of_its_own(c: Claim, whole: Claim, keyed: list[tuple[Claim, tuple]]) -> bool:
    """Another statement of the whole's figure for the same period, at another value, is the nearer head of `c`:
    it stands in `c`'s paragraph while `whole` does not ('2018年为 4.3 亿元' … next paragraph: '以2020年为例，实际
    支出 1.78 亿元…因公出国（境）费 0.02 亿元'), or between `whole` and `c`, or, `whole` printed after `c`, before
    `c` in its paragraph ('实际支出 1.78 亿元…因公出国（境）费 0.02 亿元…2018年执行支出 2.73 亿元'): `c` is a part
    of that figure, not of `whole`."""
    k = key_of(whole)

    def at(x: Claim) -> tuple[int, int]:
        return x.paragraph.index, x.start

    for w, kw in keyed:
        if w is whole or kw != k or w.value == whole.value:
            continue
        if w.paragraph is c.paragraph and whole.paragraph is not c.paragraph:
            return True
        if at(whole) < at(w) < at(c):
            return True
        if at(c) < at(whole) and w.paragraph is c.paragraph and at(w) < at(c):
            return True
    return False


def _first_by_key(items: list[Claim]) -> dict[tuple, Claim]:
    out: dict[tuple, Claim] = {}
    for c in items:
        k = key_of(c)
        if k is not None:
            out.setdefault(k, c)
    return out


def decomposition_sums(stated: list[Claim], same: Callable[[Claim, Claim], bool], opts: CheckOptions,
                       report=None, printed: list[Claim] = (), every: list[Claim] = ()) -> Iterator[Finding]:
    keyed = [(c, k) for c, k in ((c, key_of(c)) for c in stated) if k]
    judged: set[tuple] = set()          # a whole restated with its printed value is judged once on the same parts
    for d in decompositions():
        candidates = [(c, k) for c, k in keyed if k[0] in d["parts"]]   # in document order
        for whole, (_, scope) in ((c, k) for c, k in keyed if k[0] == d["whole"]):
            if _rivalled(whole, keyed):
                continue
            filled = _with_grandchildren(whole, scope, d, stated, printed, report) if d.get("complete") else None
            if filled is not None:
                seen = (d["whole"], whole.value, whole.decimals, frozenset(id(c) for c in filled[0]))
                if seen not in judged:
                    judged.add(seen)
                    yield from judge(whole, filled[0], True, opts, table_parts=filled[1], ledger=True)
                continue
            listed = grandchild_list(whole, scope, d, stated) if d.get("complete") else None
            if listed is not None and len(listed[0]) >= 2 and not _printed(listed[2], printed):
                # its grandchild left out is read nowhere (no table, no words): the list bounds the whole
                seen = (d["whole"], whole.value, whole.decimals, frozenset(id(c) for c in listed[0]))
                if seen not in judged:
                    judged.add(seen)
                    yield from judge(whole, listed[0], False, opts)
                continue
            near = [c for c, k in candidates if c is not whole and (k[1] == scope or k[1] == "all" and _under(c, k[0], whole))
                    and _within(c, _subtree(whole)) and not _siblings(c, whole) and same(c, whole)
                    and not _listed_elsewhere(c, whole, every or printed)   # a list's head may be of any period
                    and not _whole_of_its_own(c, whole, keyed)]
            parts = _first_by_key([c for c in near if not _within_another(c, near)])
            seen = (d["whole"], whole.value, whole.decimals, frozenset(id(c) for c in parts.values()))
            if len(parts) < 2 or seen in judged:
                continue
            judged.add(seen)
            complete = d.get("complete") and (len({k[0] for k in parts}) == len(d["parts"])
                                              or _scope_complete(d, scope, parts, report))
            yield from judge(whole, list(parts.values()), complete, opts, ledger=True)


def _scope_complete(d: dict, scope: str, parts: dict[tuple, Claim], report) -> bool:
    """The parts are every part the whole has in its scope (cells.yml complete_in_scopes: a 财政拨款 figure is
    基本支出 and 项目支出 only, while the whole of every fund also holds 经营支出…), and the report names no kind
    that list leaves out (unless_named: 单位预留机动经费)."""
    return report is not None and {k[0] for k in parts} == in_scope_parts(d, scope, report)


def _under(c: Claim, entry: str, whole: Claim) -> bool:
    """A part printing no scope is a scoped whole's part when its figure is one whatever the fund (a cells.yml
    entry whose cells are 'any': 因公出国（境）费 of the “三公”经费), or when listed with the whole: in its
    paragraph, or under it as its list's head ('一般公共预算财政拨款支出 X，其中：基本支出 a'). A figure that each
    fund has apart, printed elsewhere without a fund, is all the funds' ('基本支出预算 a，项目支出预算 b' is no
    split of '政府性基金拨款支出 0')."""
    return "any" in cells()["entries"].get(entry, {}).get("cells", {}) or c.paragraph is whole.paragraph \
        or bare(c.extra.get("whole_head", "")) == bare(whole.subject)


def fund_split_sums(stated: list[Claim], same: Callable[[Claim, Claim], bool], opts: CheckOptions) -> Iterator[Finding]:
    """'财政拨款支出 N，其中一般公共预算 a，政府性基金预算 b': a figure of one scope listing the same figure
    of the scopes it splits into (cells.yml scope_splits) as its 其中 items: they add up to it when every
    scope is listed, to no more than it otherwise (国有资本经营预算 left out may be 0 or unsaid)."""
    splits = cells().get("scope_splits") or {}
    for at, whole in enumerate(stated):
        k = key_of(whole)
        if not k or k[1] not in splits or whole.approx:
            continue
        items = [c for c in listed_under(whole, stated, at) if c.paragraph is whole.paragraph and same(c, whole)]
        keys = [key_of(c) for c in items]
        if len(items) < 2 or any(x is None or x[0] != k[0] or x[1] not in splits[k[1]] for x in keys) \
                or len({x[1] for x in keys}) != len(keys) or any(c.approx for c in items):
            continue
        yield from judge(whole, items, len(keys) == len(splits[k[1]]), opts, ledger=True)


def _with_grandchildren(whole: Claim, scope: str, d: dict, stated: list[Claim], printed: list[Claim],
                        report) -> tuple[list[Claim], list["LeftOut"]] | None:
    """'“三公”经费 A，其中：因公出国（境）费 B，公务用车运行维护费 C，公务接待费 D': a 其中 list naming, for a part
    it leaves out (公务用车购置及运行维护费), parts of that part's own decomposition (公务用车运行维护费) instead;
    the list runs on from the whole (in its sentence or the next) while its items name the whole as head.
    Judged only when every item of the list is a part or such a grandchild, and each grandchild left
    out (公务用车购置费) is printed nowhere in the text, nor the part it makes up, while a table shows it
    (a blank cell reads 0) or, with no table, the whole's section says it is zero ('无新购车辆'): then
    the items and those add up to the whole. None otherwise (the list stays a bound, or unjudged)."""
    listed = grandchild_list(whole, scope, d, stated)
    if listed is None:
        return None
    items, names, subs = listed
    said = {k[0] for k in (key_of(c) for c in printed) if k}
    cells_: list[LeftOut] = []
    for part, sub in subs.items():
        if sub is None or part in said or not set(sub["parts"]) & set(names):
            return None
        for n in (n for n in sub["parts"] if n not in names):
            if n in said:
                return None
            ref = _table_cell(report, n, scope, whole)
            left = LeftOut(n, ref[0].text or "0", f"取自{ref[0].table.title}", ref[0].evidence(), ref[1]) \
                if ref is not None else _said_zero(n, whole)
            if left is None:
                return None
            cells_.append(left)
    return items, cells_


def grandchild_list(whole: Claim, scope: str, d: dict, stated: list[Claim]) \
        -> tuple[list[Claim], list[str], dict[str, dict | None]] | None:
    """The 其中 list under `whole` when it names, for a part it leaves out, parts of that part's own
    decomposition ('…，公务用车运行维护费 C，…' for 公务用车购置及运行维护费): its items, their entries and the
    decomposition of each part left out; None when the list names anything else or no such grandchild. The
    list runs on from the whole (in its sentence or the next, or in the paragraphs after a paragraph ending with
    its 其中：) while its items name the whole as head."""
    head = bare(whole.subject)
    below = whole.paragraph.text.rstrip().endswith(("：", ":"))   # '…3923 万元，…。其中：' ⏎ '公务接待费 638 万元…'
    items = []                  # the list may open the next sentence ('“三公”经费预算合计 A。其中：…')
    for c in (c for c in stated if c.paragraph is whole.paragraph and c.start > whole.start
              or below and c.paragraph.index > whole.paragraph.index):
        if bare(c.extra.get("whole_head", "")) != head \
                or (c.paragraph is whole.paragraph and c.sentence != whole.sentence and not in_list_sentence(c)):
            break         # (not '…。较2014年度“三公”经费合计 B 增加 A': a later sentence of its own)
        items.append(c)
    keys = [key_of(c) for c in items]
    if not items or any(k is None or k[1] not in (scope, "all") for k in keys):
        return None
    names = [k[0] for k in keys]
    missing = [p for p in d["parts"] if p not in names]
    subs = {p: next((e for e in decompositions() if e["whole"] == p and e.get("complete")), None) for p in missing}
    grand = {n for e in subs.values() if e for n in e["parts"]}
    if len(set(names)) != len(names) or not grand & set(names) \
            or any(n not in d["parts"] and n not in grand for n in names):
        return None
    return items, names, subs


def _printed(entries, printed: list[Claim]) -> bool:
    """Some figure of the text is of one of these entries."""
    return any(k and k[0] in entries for k in (key_of(c) for c in printed))


def _said_zero(entry: str, whole: Claim) -> LeftOut | None:
    """0 for an entry the text says is zero without a figure ('无新购车辆': cells.yml zero_statements),
    in the section of the whole (or one of its subsections); None when nothing says so."""
    words = cells().get("zero_statements", {}).get(entry, [])
    sec = _subtree(whole)
    for p in ([whole.paragraph] if sec is None else (p for x in sec.walk() for p in x.paragraphs)):
        hit = next((w for w in words if w in p.text), None)
        if hit is not None:
            k = p.text.index(hit)
            a = max(p.text.rfind(x, 0, k) for x in "。；;") + 1          # from the sentence's start
            ev = Evidence(text=p.text[a:k + len(hit)].strip(), **p.where(a), role="context")
            return LeftOut(entry, "0", f"文中称“{hit}”", ev, Interval.exact(0))
    return None


def _table_cell(report, entry: str, scope: str, whole: Claim) -> tuple[CellRef, Interval] | None:
    """The first table cell of an entry for the whole's period, in the whole's unit."""
    if report is None or not report.tables or whole.period in cells().get("not_in_tables", {}):
        return None
    for ref in lookup(report, ConceptRef(entry, scope), whole.period):
        iv = value_interval(ref, whole.unit)
        if iv is not None and not ref.loose:
            return ref, iv
    return None


def class_sums(stated: list[Claim], amounts: list[Claim], opts: CheckOptions,
               levels: dict[str, str | None]) -> Iterator[Finding]:
    """Class-level figures of 财政拨款支出 by 功能分类 add to the stated total (a 款 / 项 path is
    not a class: a list of 项 may leave some out). Equal only when every item of the whole's own list
    is a class; a list that also names something else (a 款, 专项上解, 结转下年) bounds them from above.
    When the text states the total at several levels ('全盟…支出 A；盟本级…支出 B，旗级…支出 C'),
    classes not listed under a total bound only the total of their own level (lexicons/levels.yml)."""
    checked = {id(c) for c in stated}
    totals = [c for c in stated if (k := key_of(c)) and k[0] == "本年支出合计" and k[1] in ("fiscal", "gpb")]
    leveled = len({levels.get(c.id) or "" for c in totals}) > 1
    for whole in totals:
        items = [c for c in listed_under(whole, amounts) if claim_period(c) == claim_period(whole)]
        complete = bool(items) and all(_is_class(c) and id(c) in checked for c in items)
        level = levels.get(whole.id)
        parts = _first_by_key(items if complete else [
            c for c in stated if c is not whole and _within(c, _subtree(whole)) and not _siblings(c, whole)
            and _is_class(c) and (not leveled or fits_level(levels.get(c.id), level))
            and not _listed_elsewhere(c, whole, amounts)])
        if len(parts) >= 2:
            yield from judge(whole, list(parts.values()), complete, opts, ledger=True)


def economic_list_sums(stated: list[Claim], amounts: list[Claim], opts: CheckOptions,
                       own: tuple[str, ...] = ()) -> Iterator[Finding]:
    """经济分类 classes listed right under a figure ('一般公共预算财政拨款支出 T。按经济分类，工资福利支出 a，
    商品和服务支出 b，…'; or its 其中 list) are disjoint parts of it: they add to no more than it. Not to exactly
    it: the classes a report prints are seldom every one (债务利息及费用支出, 对企业补助… are left out when
    small), so a shortfall says nothing; shares printed to add to 100% say the list is complete (read apart).
    `own`: the periods that are the report's own year (a budget's 预算)."""
    checked = {id(c) for c in stated}
    for whole in stated:
        items = [c for c in listed_under(whole, amounts) if claim_period(c, own) == claim_period(whole, own)]
        if len(items) < 2 or not whole.concept or not all(
                _is_economic_class(c) and id(c) in checked and c.whole == whole.concept for c in items):
            continue        # the run after an item of a list is its siblings' ('（二）商品和服务支出 b…（三）…'), not its parts'
        parts = _first_by_key(items)
        if len(parts) == len(items):
            yield from judge(whole, list(parts.values()), False, opts)


def _is_economic_class(c: Claim) -> bool:
    k = key_of(c)
    return bool(k) and str(k[0]).startswith("economic:") and "/" not in str(k[0])


def _is_class(c: Claim) -> bool:
    k = key_of(c)
    return bool(k) and str(k[0]).startswith("functional:") and "/" not in str(k[0])
