"""EV06-EV08: each indicator's explanation (score, stated actual, "达到目标") against its table row."""
from __future__ import annotations

from typing import Iterator

import regex

from finder import messages
from finder.appendix.build import Appendix, of
from finder.appendix.model import Indicator, column_name, interval
from finder.appendix.text import Item, Span, Stated, may_match, pattern, sentences, stated_numbers
from finder.checks.ev import goal_rows
from finder.checks.ev.common import judge, points, row_evidence, severity, target_op
from finder.checks.ev.ev08_rows import full_score_misses
from finder.checks.ev.ledger import ANY, claims_at, ids, settle
from finder.checks.registry import CheckOptions, register
from finder.link.indicators import Match, best_match, compatible, in_row_units, normalize
from finder.model import Finding
from finder.numbers.interval import Interval, Verdict, compare
from finder.numbers.parse import to_halfwidth

messages.add({
    "EV06": {"zh": "文字称“{name}”该项得分 {reported} 分，而表中该项得分为 {table}",
             "en": "the text scores '{name}' {reported}, but the table gives {table}"},
    "EV06.weight": {"zh": "文字称“{name}”该项分值 {reported} 分，而表中该项分值为 {table}",
                    "en": "the text gives '{name}' a weight of {reported}, but the table gives {table}"},
    "EV07": {"zh": "文字所述“{name}”完成值 {reported} 与表中实际完成值 {table} 不符",
             "en": "the text states {reported} for '{name}', but the table's actual is {table}"},
    "EV08": {"zh": "文字称“{name}”达到目标，但所述完成值 {reported} 未达到目标值 {target}",
             "en": "the text says '{name}' met its target, but the stated {reported} misses the target {target}"},
    "EV06.comp": {"zh": "文字 {reported} 分 vs 表 {table} 分（名称相似度 {similarity}）",
                  "en": "text {reported} points vs table {table} points (name similarity {similarity})"},
    "EV07.comp": {"zh": "文字 {reported} ∈ {riv} vs 表 {table} ∈ {tiv}（名称相似度 {similarity}）",
                  "en": "text {reported} ∈ {riv} vs table {table} ∈ {tiv} (name similarity {similarity})"},
    "EV07.comp.fits": {"zh": "文字 {reported} vs 表 {table}", "en": "text {reported} vs table {table}"},
    "EV08.comp": {"zh": "{reported} ∈ {iv}，目标 {op} {target}", "en": "{reported} ∈ {iv}, target {op} {target}"},
    "EV08.comp.printed": {"zh": "（{target}）", "en": " ({target})"},
    "EV08.comp.full": {"zh": "{short}；得分 {score} = 分值 {weight}", "en": "{short}; score {score} = weight {weight}"},
    "EV08.comp.grade": {"zh": "等级 {actual} < {target}", "en": "grade {actual} < {target}"},
})

_ITEM_END = regex.compile("[；;]")     # the semicolons parting a sentence's items
# the signs that print a figure as a target ('≥8 场', '＝100%')
TARGET_SIGNS = ("≥", "≤", ">", "<", "=", "＞", "＜", "＝", "≧", "≦")


def matched_items(app: Appendix) -> list[tuple[Item, Match]]:
    """Explanation items with the indicator row they are about (computed once per appendix)."""
    return app.memo("matched_items", _match_items)


def _match_items(app: Appendix) -> list[tuple[Item, Match]]:
    inds = app.indicators
    out = []
    for it in app.items:
        if not it.explains:
            continue
        m = best_match(it.name, inds, near=it.head.paragraph.location)
        if m is not None:
            out.append((it, m))
    return out


@register("EV06", name="item-score-mismatch", groups=("appendix",), kind="narrative_vs_table")
def item_score_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """某项指标说明中的得分（“该项得分 2 分”）或分值（“该指标分值 3 分”）与自评表该行不符。

    **Anti-pattern**
    ``1、工作建设简报部省支持模块收集数量。……根据既定评分标准，该项得分 2 分。`` while the row
    ``试验区工作建设简报部省支持模块收集数量 40 篇 47 篇 2 3`` scores 3.

    **Best practice**
    The explanation repeats the row's 得分 (matched by indicator name, compared on printed
    intervals): ``该项得分 3 分``; a restated 分值 (``该指标分值 2 分，得 2 分``) repeats the row's 分值.
    """
    for it, m in matched_items(of(analysis)):
        for attr, key, kinds in (("score", "item_score", ("score",)), ("weight", "item_weight", ("weight",))):
            yield from _restated_points(analysis, it, m, attr, key, kinds, opts)


def _restated_points(analysis, it: Item, m: Match, attr: str, key: str, kinds: tuple[str, ...],
                     opts: CheckOptions) -> Iterator[Finding]:
    """The item's restated 得分 (or 分值: attr 'weight', phrase item_weight) against its row's."""
    ind = m.indicator
    cell = getattr(ind, attr)
    table = points(cell)
    if table is None:
        return
    for span, raw in it.score_claims(key):
        sev = severity(judge(points(raw), table))
        ref = row_evidence(ind.row, ind.table, column_name(attr))
        comp = messages.msg("EV06.comp", reported=raw, table=cell.raw, similarity=f"{m.score:.2f}")
        settled = settle(claims_at(analysis, span, kinds, raw), sev is None, "EV06", [ref], comp)
        yield from settled
        if sev is None:
            continue
        if not m.strong:
            sev = "warning"
        yield Finding("EV06", sev, messages.msg("EV06" if attr == "score" else "EV06.weight", opts.lang, name=ind.name,
                                                reported=raw, table=cell.raw),
                      [span.evidence(), ref], computation=comp, claims=ids(settled))


def _measured(cell) -> bool:
    """An actual that is a figure ('1900', '30000 平米'), not a target expression ('≥90%')."""
    if cell is None or cell.value is None:
        return False
    return cell.kind != "target" or not cell.target.op


def _candidates(it: Item, ind: Indicator) -> list[tuple[Span, Stated]]:
    """Numbers in the item's "达到目标" sentences whose unit fits the indicator; a number printed after
    a comparison sign ('年度目标值为≥8 场') restates the target, never a result."""
    out = []
    for s in it.met_sentences():
        for n in stated_numbers(s.text):
            if compatible(n, ind) and not s.text[:n.start].rstrip().endswith(TARGET_SIGNS):
                out.append((s, n))
    return out


def item_candidates(app: Appendix) -> list[list[tuple[Span, Stated]]]:
    """_candidates of every matched item, in matched_items order (EV07 and EV08 both weigh them;
    computed once per appendix)."""
    return app.memo("item_candidates", lambda a: [_candidates(it, m.indicator) for it, m in matched_items(a)])


def _closest(cands: list[tuple[Span, Stated]], ind: Indicator, ref: Interval | None) -> tuple[Span, Stated]:
    if ref is None:
        return cands[-1]
    return min(cands, key=lambda c: in_row_units(c[1], ind).gap(ref))


@register("EV07", name="item-actual-mismatch", groups=("appendix",), kind="narrative_vs_table")
def item_actual_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """某项指标说明中的完成值与自评表该行实际完成值不符。

    **Anti-pattern**
    ``1、设有标准展位数量。……本届瓷博会共设标准展位 1500 个，达到绩效目标值的要求。`` while the
    row reads ``设有国际标准展位数量 1800 1900 5 5``.

    **Best practice**
    Some number of the same kind of unit in the sentence agrees with 实际完成值 (1900 个); "约 X"
    spans X rounded at its last non-zero digit, "X 余" spans [X, next step). A 综述 restating an
    indicator outside the numbered explanations (``一是举办公益讲座场次年度目标值为≥20 场，实际完成
    24 场``, or ``目标值 20 场``) states its result as the first figure after the target; with no target
    (``一是举办公益讲座场次实际完成 24 场``), as the first figure after the result words. A figure in a form's own
    实际完成情况 box (``完成培训 320 人次``) is held against the row of that form whose name its clause spells most
    (at least half its character pairs, no other row as much) and whose 实际完成值 is printed in the figure's unit
    (goal_rows.py); a box restating the target beside the result (``计划培训 300 人次，实际培训 320 人次``) is
    verified by the figure that agrees; a figure meeting the row's target but not its result is a warning.
    """
    app = of(analysis)
    for (it, m), cands in zip(matched_items(app), item_candidates(app)):
        ind = m.indicator
        actual = interval(ind.actual) if _measured(ind.actual) else None
        if actual is None or not cands:
            continue
        ref = row_evidence(ind.row, ind.table, column_name("actual"))
        verdicts = [compare(in_row_units(n, ind), actual, _unit(n, ind)) for _, n in cands]
        if Verdict.CONSISTENT in verdicts:
            for (span, n), v in zip(cands, verdicts):
                if v == Verdict.CONSISTENT:
                    yield from settle(_claims(analysis, span, n), True, "EV07", [ref],
                                      messages.msg("EV07.comp.fits", reported=n.raw, table=ind.actual.raw))
            continue
        span, n = _closest(cands, ind, actual)
        verdict = compare(in_row_units(n, ind), actual, _unit(n, ind))
        sev = severity(verdict)
        if sev is None:
            continue
        if not m.strong or narrower_row(it.name, ind.name):
            sev = "warning"
        comp = messages.msg("EV07.comp", reported=n.raw, riv=in_row_units(n, ind), table=ind.actual.raw, tiv=actual, similarity=f"{m.score:.2f}")
        settled = settle(_claims(analysis, span, n), False, "EV07", [ref], comp)
        yield from settled
        yield Finding("EV07", sev, messages.msg("EV07", opts.lang, name=ind.name, reported=n.raw, table=ind.actual.raw),
                      [span.evidence(), ref], computation=comp, claims=ids(settled))
    yield from _summary_results(analysis, app, opts)
    yield from goal_rows.held(analysis, app, "actual", opts)


def narrower_row(item: str, row: str) -> bool:
    """The row's name is the item's with words before it ('签约项目总数' explained, the row '现场签约项目总数'): the
    row counts a part of what the item names (those signed on site, of all signed), so a different figure may be
    no contradiction; a warning, not an error."""
    a, b = normalize(item), normalize(row)
    return bool(a) and len(b) > len(a) and b.endswith(a)


def _summary_results(analysis, app: Appendix, opts: CheckOptions) -> Iterator[Finding]:
    """Outside the numbered explanations, a 综述 restating an indicator ('一是<三级指标>年度目标值为≥120 场，
    实际完成 126 场…', appendix.yml summary_target): the first figure after the target, of the row's kind of
    unit, is its result, held against the row's 实际完成值; so is the first figure after the result words of an
    item naming its indicator before them and no target ('<三级指标>实际完成 126 场', summary_result)."""
    inds = app.indicators
    results = [(part, m, [None, *stated]) for part, m, stated in result_items(app)]
    for part, m, stated, *_ in [*summary_items(app), *results]:
        ind = m.indicator
        if not _measured(ind.actual) or len({i.actual.raw for i in inds if i.name == ind.name}) > 1:
            continue
        n = next((x for x in stated[1:] if compatible(x, ind)), None)       # the first restates the target
        if n is None:
            continue
        actual = interval(ind.actual)
        verdict = compare(in_row_units(n, ind), actual, _unit(n, ind))
        ref = row_evidence(ind.row, ind.table, column_name("actual"))
        comp = messages.msg("EV07.comp", reported=n.raw, riv=in_row_units(n, ind), table=ind.actual.raw, tiv=actual, similarity=f"{m.score:.2f}")
        sev = severity(verdict)
        settled = settle(_claims(analysis, part, n), sev is None, "EV07", [ref], comp)
        yield from settled
        if sev is not None:
            yield Finding("EV07", sev, messages.msg("EV07", opts.lang, name=ind.name, reported=n.raw,
                                                    table=ind.actual.raw),
                          [part.evidence(), ref], computation=comp, claims=ids(settled))


def summary_items(app: Appendix) -> list[tuple[Span, Match, list[Stated], int]]:
    """Each 综述 item outside the numbered explanations naming an indicator before its target words (a
    sentence's semicolons part its items; appendix.yml summary_target), with the row it strongly matches,
    the numbers printed after the target words and where those words end (offsets into the item, read
    half-width; computed once per appendix)."""
    return app.memo("summary_items", _summary_items)


def _summary_items(app: Appendix) -> list[tuple[Span, Match, list[Stated], int]]:
    return [(part, m, stated_numbers(half[t.end():], t.end()), t.end())
            for part, half, t, m in _named_parts(app, "summary_target")]


def result_items(app: Appendix) -> list[tuple[Span, Match, list[Stated]]]:
    """Each 综述 item outside the numbered explanations naming an indicator right before its result words and
    stating no target ('一是<三级指标>实际完成 126 场'; appendix.yml summary_result), with the row it strongly
    matches and the numbers printed after those words (computed once per appendix)."""
    return app.memo("result_items", lambda a: [
        (part, m, stated_numbers(half[t.end():], t.end())) for part, half, t, m in _named_parts(a, "summary_result")
        if pattern("summary_target").search(half) is None])


def _named_parts(app: Appendix, key: str) -> Iterator[tuple[Span, str, "regex.Match[str]", Match]]:
    """The semicolon-parted items of the sentences outside the numbered explanations where the phrase `key`
    matches, the words before it (past a list opener) strongly matching an indicator: the item, its text read
    half-width, the match and the row's."""
    inds = app.indicators
    explained = {(id(s.paragraph), s.start) for it, _ in matched_items(app) for s in it.spans}
    for p in app.report.paragraphs if inds else ():
        if not may_match(p, key):
            continue
        for s in sentences(p):
            if (id(p), s.start) in explained:
                continue
            for part in _parts(s):
                half = to_halfwidth(part.text)
                t = pattern(key).search(half)
                if t is None:
                    continue
                m = best_match(pattern("summary_opener").sub("", t.group("name")).strip(), inds,
                               near=part.paragraph.location)
                if m is not None and m.strong:
                    yield part, half, t, m


def _parts(s: Span) -> list[Span]:
    """The semicolon-parted items of a sentence."""
    out, start = [], s.start
    for m in _ITEM_END.finditer(s.paragraph.text, s.start, s.end):
        out.append(Span(s.paragraph, start, m.start()))
        start = m.end()
    return [*out, Span(s.paragraph, start, s.end)]


def _claims(analysis, span: Span, n: Stated) -> list:
    """The ledger claim of a number stated in an explanation sentence."""
    return claims_at(analysis, span, ANY, within=(n.start, n.start + len(n.raw)))


def _unit(n: Stated, ind: Indicator):
    """One unit of the coarser printed last digit (a table's 90% may round a stated 89.48%)."""
    from decimal import Decimal

    if n.approx:
        return Decimal(0)
    mine = Decimal(1).scaleb(n.value.as_tuple().exponent)
    table = Decimal(1).scaleb(-ind.actual.decimals)
    return max(mine, table)


def _misses(n: Stated, iv: Interval, op: str, target) -> tuple[bool, bool]:
    """(misses for certain, misses only at an open boundary)."""
    v = target
    if op in (">=", ""):
        return iv.hi < v, n.hi_open and iv.hi == v
    if op == ">":
        return iv.hi <= v, False
    if op == "<=":
        return iv.lo > v, False
    if op == "<":
        return iv.lo >= v, False
    return not iv.contains(v), False


@register("EV08", name="target-missed-but-claimed", groups=("appendix",), kind="target_not_met_but_claimed")
def target_missed_but_claimed(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文字称“达到目标”，但所述完成值未达到该指标的年度目标值；或自评表某行实际完成值（定性等级或数值）未达到年度指标值却得满分。

    **Anti-pattern**
    ``已完成101.22亿元，完成年度计划84.59%，达到了既定目标值`` for a row whose target is 85%
    (84.59% ∈ [84.585%, 84.595%] < 85%); ``助推经济发展上新台阶 显著 良好 4 4``; ``举办培训场次 ≥8 场 6 场
    5 5`` (a warning: some regions score a near miss in full by their own rules).

    **Best practice**
    Say the target was met only when the stated value meets the target under its operator (≥ by
    default; ≤ for rates and counts of unwanted events), and score a shortfall below full marks. A row's
    figure misses only for certain over its printed rounding (``≥95% | 95%`` may be 95.4%), in the target's own
    unit (``≤10 天 | 12 个工作日`` is unread), against a single figure (a range or text is unread); an
    ``=`` target is missed on its shortfall side; a target printed without an operator in a cost or
    timeliness row, or in days, dates or money, has no direction and is unread (appendix.yml
    unsigned_unread); a blank 得分 is unknown.
    """
    app = of(analysis)
    for (it, m), cands in zip(matched_items(app), item_candidates(app)):
        ind = m.indicator
        t = ind.target.target if ind.target is not None else None
        if ind.target is None or ind.target.value is None or not cands:
            continue
        span, n = _closest(cands, ind, interval(ind.actual) if ind.actual is not None else None)
        iv = in_row_units(n, ind)
        certain, boundary = _misses(n, iv, target_op(ind), ind.target.value)
        if not (certain or boundary):
            continue
        sev = "error" if certain and m.strong and n.approx != "about" else "warning"
        ref = row_evidence(ind.row, ind.table, column_name("target"))
        comp = messages.msg("EV08.comp", reported=n.raw, iv=iv, op=target_op(ind), target=ind.target.raw) \
            + (messages.msg("EV08.comp.printed", target=t.raw) if t else "")
        settled = settle(_claims(analysis, span, n), False, "EV08", [ref], comp)
        yield from settled
        yield Finding("EV08", sev, messages.msg("EV08", opts.lang, name=ind.name, reported=n.raw,
                                                target=ind.target.raw),
                      [span.evidence(), ref], computation=comp, claims=ids(settled))
    yield from full_score_misses(app, opts)
