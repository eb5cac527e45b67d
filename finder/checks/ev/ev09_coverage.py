"""EV09-EV11: explanations vs table rows, targets restated between tables, unwanted-event rates."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.appendix.build import Appendix, of
from finder.appendix.model import column_name, interval
from finder.appendix.text import Item, Span, Stated, pattern, stated_numbers
from finder.checks.ev import goal_rows
from finder.checks.ev.common import judge, row_evidence, severity, unwanted
from finder.checks.ev.ev06_items import TARGET_SIGNS, matched_items, summary_items
from finder.checks.ev.ledger import ANY, claims_at, ids, settle
from finder.checks.registry import CheckOptions, register
from finder.claims.vocab import squeeze
from finder.link.indicators import STRONG, Match, best_match, best_of, compatible, in_row_units, unit_category
from finder.model import Finding
from finder.numbers.interval import Verdict, compare
from finder.numbers.parse import to_halfwidth

messages.add({
    "EV09.unmatched.comp": {"zh": "{run} 项说明中 {n} 项在表中找不到对应指标（编号 {numbers}）",
                            "en": "of {run} explained items, {n} match no indicator of the table (items {numbers})"},
    "EV09.gap.comp": {"zh": "编号 {prev} → {number}；说明 {run} 项，表列 {rows} 项",
                      "en": "item {prev} → {number}; {run} explained, {rows} in the table"},
    "EV11.none.comp": {"zh": "{value} vs 文字“未发生” → 0%", "en": "{value} vs the text's 'none occurred' → 0%"},
    "EV09.unmatched": {"zh": "文字逐项说明了 {n} 项表中没有的指标：{names}",
                       "en": "the text explains {n} indicators the table does not list: {names}"},
    "EV09.gap": {"zh": "指标说明编号由 {prev} 跳至 {number}；表中 {rows} 项指标，只说明了 {explained} 项{missing}",
                 "en": "explanations jump from {prev} to {number}; the table has {rows} indicators, {explained} explained{missing}"},
    "EV09.silent": {"zh": "，未说明：{rows}", "en": "; not explained: {rows}"},
    "EV10": {"zh": "“{name}”的目标值在绩效目标表中为 {first}，在自评表中为 {second}",
             "en": "target of '{name}' is {first} in the targets table but {second} in the evaluation table"},
    "EV10.text": {"zh": "文字所述“{name}”目标值 {reported} 与自评表年度指标值 {table} 不符",
                  "en": "the text states the target of '{name}' as {reported}, but the evaluation table's is {table}"},
    "EV11": {"zh": "“{name}”是不良事件的发生率，{which}却为 {value}",
             "en": "'{name}' is the rate of an unwanted event, yet its {which} is {value}"},
    "EV11.none": {"zh": "“{name}”表列 {value}，而文字说明未发生此类事件（应为 0%）",
                  "en": "'{name}' is {value} in the table, but the text says no such event happened (0%)"},
})


def _runs(items: list[Item]) -> list[list[Item]]:
    """Consecutive numbered explanation items of one style; a restart at 1 opens a new run."""
    runs: list[list[Item]] = []
    for it in items:
        if it.number is None or not it.explains:
            continue
        if runs and runs[-1][-1].style == it.style and it.number > runs[-1][-1].number \
                and it.index - runs[-1][-1].index <= 3:
            runs[-1].append(it)
        else:
            runs.append([it])
    return runs


@register("EV09", name="explanations-vs-rows", groups=("appendix",), kind="count_mismatch")
def explanations_vs_rows(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """逐项说明与指标表不对应：说明了表中没有的指标，或编号跳号、表中指标未获说明。

    **Anti-pattern**
    ``3、云上瓷博会入驻企业数量。……达到绩效目标值的要求。`` where the table has no such row;
    explanations numbered 1–11, 13–15 for a table of 16 indicators.

    **Best practice**
    One explanation per table row, numbered without gaps, each naming a row of the table.
    """
    app = of(analysis)
    if not app.indicators:
        return
    for run in _runs(app.items):
        yield from _unmatched(app, run, opts)
        yield from _gaps(app, run, opts)


def _unmatched(app: Appendix, run: list[Item], opts: CheckOptions) -> Iterator[Finding]:
    inds = app.indicators
    lost = [it for it in run if best_match(it.name, inds) is None]
    if not lost or len(lost) == len(run):
        return
    names = messages.listing(it.name for it in lost)
    yield Finding("EV09", "warning", messages.msg("EV09.unmatched", opts.lang, n=len(lost), names=names),
                  [it.head.evidence() for it in lost],
                  computation=messages.msg("EV09.unmatched.comp", opts.lang, run=len(run), n=len(lost),
                                           numbers=messages.listing(str(it.number) for it in lost)))


def _gaps(app: Appendix, run: list[Item], opts: CheckOptions) -> Iterator[Finding]:
    matched = {id(it): m for it, m in matched_items(app)}
    tables = [matched[id(it)].indicator.table for it in run if id(it) in matched]
    if not tables:
        return
    table = max(tables, key=lambda t: sum(x is t for x in tables))
    rows = [i for i in app.indicators if i.table is table]
    explained = {id(matched[id(it)].indicator) for it in run if id(it) in matched}
    silent = [i.name for i in rows if id(i) not in explained]
    for prev, it in zip(run, run[1:]):
        if it.number - prev.number <= 1:
            continue
        missing = messages.msg("EV09.silent", rows=messages.listing(silent)) if silent else ""
        yield Finding("EV09", "warning", messages.msg("EV09.gap", opts.lang, prev=prev.number, number=it.number,
                                                      rows=len(rows), explained=len(run), missing=missing),
                      [it.head.evidence()], computation=messages.msg("EV09.gap.comp", opts.lang, prev=prev.number,
                                                                               number=it.number, run=len(run), rows=len(rows)))


@register("EV10", name="target-restated", groups=("appendix",), kind="narrative_vs_table")
def target_restated(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """同一指标的目标值在绩效目标表与自评表中写法不一，或文字所述目标值与自评表年度指标值不符。

    A 综述 restating an indicator ('一是<三级指标>年度目标值为≥120 场，实际完成 126 场', the item EV07
    reads its result from) prints the row's target as the figure right after the target words (a
    comparison sign may stand before it); that figure, in the same unit as the row's 年度指标值, is held
    against it (an error when the intervals cannot meet). The operator is not compared. A numbered
    explanation's restatement of its row's target (``1、举办讲座场次：年度目标值为≥20 场``, nothing but the
    item's name or ``该指标`` before the target words) is held the same way, where the row match is strong. A figure in
    a form's own 预期目标 box (``培训不少于 300 人次``) is held against the 年度指标值 of the row of that form it names
    (as EV07 reads the 实际完成情况 box).

    **Anti-pattern**
    ``协调推进国家试验区重点项目计划总投资额 1200 亿`` in the 部门年度预算支出绩效目标 table, but
    ``… 1209 亿 1209 亿元 2 2`` in the evaluation table; ``一是举办讲座场次年度目标值为≥30 场，实际完成
    24 场`` for the row ``举办讲座场次 ≥20 场 24 场 10 10``.

    **Best practice**
    The evaluation repeats the target set in advance; a revised target is explained; the text restates
    the table's target as printed.
    """
    app = of(analysis)
    named = [(i.name, i) for i in app.indicators]
    for tl in app.targets:
        hit = best_of(tl.name, named)
        if hit is None or hit[1] < STRONG:
            continue
        ind = hit[0]
        a, b = interval(tl.target), interval(ind.target)
        if a is None or b is None or ind.target is None:
            continue
        ua, ub = unit_category(_unit(tl.target)), unit_category(_unit(ind.target))
        if ua != ub and ua and ub:
            continue
        if compare(a, b) == Verdict.CONSISTENT:
            continue
        yield Finding("EV10", "warning", messages.msg("EV10", opts.lang, name=ind.name, first=tl.target.raw,
                                                      second=ind.target.raw),
                      [row_evidence(tl.row, tl.table, column_name("target_cell"), role="claim"),
                       row_evidence(ind.row, ind.table, column_name("target"))],
                      computation=f"{tl.target.raw} vs {ind.target.raw}")
    for part, m, stated, at in summary_items(app):
        yield from _text_target(analysis, app, part, m, _restated(part, stated, at), at, opts)
    for it, m in matched_items(app):
        if m.strong:
            for s, stated, at in _item_targets(it, m):
                yield from _text_target(analysis, app, s, m, _restated(s, stated, at), at, opts)
    yield from goal_rows.held(analysis, app, "expected", opts)


def _item_targets(it: Item, m: Match) -> Iterator[tuple[Span, list[Stated], int]]:
    """A numbered explanation's restated targets ('1、<name>：年度目标值为≥120 场'; appendix.yml item_target): the
    sentence, the numbers after the target words and where those words end (offsets into the sentence, read
    half-width); only where nothing but the item's own name or an owner word ('该指标') stands before them."""
    owners = lexicon.load("appendix")["item_target_owners"]
    names = (it.name, squeeze(m.indicator.name))
    for s in it.spans:
        half = to_halfwidth(s.text)
        for t in pattern("item_target").finditer(half):
            owner = squeeze(pattern("summary_opener").sub("", t.group("owner")))
            if not owner or owner in owners or owner in names:
                yield s, stated_numbers(half[t.end():], t.end()), t.end()


def _restated(part: Span, stated: list[Stated], at: int) -> Stated | None:
    """The figure right after the target words (only spaces and a comparison sign between)."""
    if not stated:
        return None
    gap = to_halfwidth(part.text)[at:stated[0].start]
    return stated[0] if not gap.strip(" " + "".join(TARGET_SIGNS)) else None


def _text_target(analysis, app: Appendix, part: Span, m: Match, n: Stated | None, at: int,
                 opts: CheckOptions) -> Iterator[Finding]:
    """A 综述's restated target against its row's 年度指标值, in the unit the row prints it."""
    ind = m.indicator
    table = interval(ind.target)
    if n is None or table is None or not compatible(n, ind) or _unit(ind.target) != n.unit \
            or len({i.target.raw for i in app.indicators if i.name == ind.name and i.target is not None}) > 1:
        return
    verdict = judge(in_row_units(n, ind), table)
    ref = row_evidence(ind.row, ind.table, column_name("target"))
    comp = messages.msg("EV07.comp", reported=n.raw, riv=in_row_units(n, ind), table=ind.target.raw, tiv=table, similarity=f"{m.score:.2f}")
    sev = severity(verdict)
    end = to_halfwidth(part.text).index(n.raw, n.start) + len(n.raw)     # n.start may be at a space before it
    settled = settle(claims_at(analysis, part, ANY, within=(at, end)), sev is None, "EV10", [ref], comp)
    yield from settled
    if sev is not None:
        printed = part.text[at:end].strip()
        yield Finding("EV10", sev, messages.msg("EV10.text", opts.lang, name=ind.name, reported=printed,
                                                table=ind.target.raw),
                      [part.evidence(), ref], computation=comp, claims=ids(settled))


def _unit(cell) -> str:
    from finder.appendix.model import unit_of

    return unit_of(cell.raw)


@lru_cache(maxsize=1)
def _none_re() -> regex.Pattern:
    """Any 'it did not happen' word of lexicons/appendix.yml none_happened."""
    return regex.compile(lexicon.alternation(lexicon.load("appendix")["none_happened"]))


@register("EV11", name="unwanted-rate-full", groups=("appendix",), kind="other")
def unwanted_rate_full(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """不良事件发生率（事故发生率、投诉率…）的目标值或完成值为 100%。

    **Anti-pattern**
    ``重大责任事故发生率 100% 100% 5 5`` while the text says ``未发生一起……安全事件``.

    **Best practice**
    ``重大责任事故发生率 ≤0% 0% 5 5`` (or 0 起).
    """
    app = of(analysis)
    told = {id(m.indicator): it for it, m in matched_items(app)}
    none_re = _none_re()
    for ind in app.indicators:
        if not unwanted(ind.name):
            continue
        full = [(column_name(w), c) for w, c in (("target", ind.target), ("actual", ind.actual))
                if c is not None and c.value is not None and c.kind in ("percent", "target")
                and c.value == 100 and "%" in c.raw.replace("％", "%")]
        if not full:
            continue
        which, cell = full[-1]
        it = told.get(id(ind))
        said_none = it is not None and any(none_re.search(s.text) for s in it.spans)
        ev = [row_evidence(ind.row, ind.table, which, role="claim")]
        if said_none:
            ev.append(next(s for s in it.spans if none_re.search(s.text)).evidence("reference"))
            yield Finding("EV11", "error", messages.msg("EV11.none", opts.lang, name=ind.name, value=cell.raw), ev,
                          kind="narrative_vs_table", computation=messages.msg("EV11.none.comp", opts.lang, value=cell.raw))
            continue
        yield Finding("EV11", "warning", messages.msg("EV11", opts.lang, name=ind.name, which=which, value=cell.raw),
                      ev, computation=f"{which} {cell.raw}")
