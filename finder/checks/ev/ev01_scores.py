"""EV01-EV03: an evaluation table's own arithmetic: totals, 得分 ≤ 分值, 得分率 and 执行率."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from finder import lexicon, messages
from finder.analysis import claims_by_paragraph
from finder.appendix.build import of
from finder.appendix.model import EvalTable, SummaryLine, column_name, fund_columns, interval, rate_readings
from finder.checks.ev.common import clause_name, fmt, weight_pair, judge, point_sum, points, printed, ratio, row_evidence, severity
from finder.checks.ev.ledger import RATE, claims_at, ids, settle
from finder.checks.registry import CheckOptions, register
from finder.link.evidence import claim_evidence
from finder.model import Cell, Finding
from finder.numbers.interval import total as total_of

messages.add({
    "EV01": {"zh": "“{table}”{label}行的{what}为 {reported}，而各项{what}之和为 {computed}",
             "en": "'{table}' {label} row: {what} is {reported}, but the rows sum to {computed}"},
    "EV01.funds": {"zh": "“{table}”{label}行的{what}为 {reported}，而其中各项（{parts}）之和已达 {computed}",
                   "en": "'{table}' {label} row: {what} is {reported}, but its parts ({parts}) already sum to {computed}"},
    "EV02": {"zh": "“{name}”得分 {score} 超过其分值（权重）{weight}",
             "en": "'{name}' scores {score}, more than its weight {weight}"},
    "EV03": {"zh": "“{name}”的{what}为 {reported}，而按 {part} ÷ {whole} 计算应为 {computed}",
             "en": "'{name}' {what} is {reported}, but {part} / {whole} gives {computed}"},
    "EV02.comp": {"zh": "得分 {score} > 分值 {weight}", "en": "score {score} > weight {weight}"},
    "EV03.comp.text": {"zh": "{score} ÷ {weight} × 100 ∈ {computed}；文字 {rate}%",
                       "en": "{score} ÷ {weight} × 100 ∈ {computed}; text {rate}%"},
    "EV03.comp.table": {"zh": "{part} ÷ {whole} × 100 ∈ {computed}；表列 {rate}",
                        "en": "{part} ÷ {whole} × 100 ∈ {computed}; table {rate}"},
})


def _scored_parts(et: EvalTable, attr: str) -> list[Cell | None]:
    parts: list[Cell | None] = [getattr(i, attr) for i in et.indicators]
    for f in et.funds:
        c = f.values.get(attr)
        if c is not None and c.kind == "number":
            parts.append(c)
    return parts


@register("EV01", name="score-total-mismatch", groups=("appendix",), kind="score_sum")
def score_total_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """自评表合计行（总分/总计/合计）的分值或得分与各项之和不符。

    **Anti-pattern**
    The 得分 column reads 3,3,3,2,2,2,2,2 | 2,3,3,3,3,3,3 | 3 (sum 42) but the total row prints
    ``总计 40 40``; a 项目支出绩效自评表 whose 分值 add to 101 prints ``总分 100 100``.

    **Best practice**
    Every printed total equals the sum of its rows. Points are assigned, so a whole number is exact
    (3 is 3) and a figure with decimals keeps its rounding interval (2.8 is [2.75, 2.85]); the
    项目资金 分值/得分 count towards the project table's 总分. A 一级指标's own row printed among its rows
    (``产出指标 | 50 | 49.5``, some regions' forms) is no part of the 总分; its 得分 is held to its rows' sum
    when every such row's 分值 is its rows' (so the rows are surely its own). In the 项目资金 block the
    年度资金总额 row's 年初预算数, 全年预算数 and 全年执行数 are no less than the sum of its parts printed
    under it (当年财政拨款, 上年结转资金, 单位资金, 其他资金…): ``年度资金总额 0 0 0`` over ``当年财政拨款 90 90 89.97``
    is an error; a total above its parts says nothing (a form may list parts no word names, 事业收入).
    """
    app = of(analysis)
    for et in app.evals:
        yield from _subtotals(et, opts)
        yield from _fund_total(et, opts)
        if et.total is None:
            continue
        for attr, total_cell in (("weight", et.total.weight), ("score", et.total.score)):
            what = column_name(attr)
            parts = _scored_parts(et, attr)
            computed = point_sum(parts)
            sev = severity(judge(points(total_cell), computed))
            if sev is None or total_cell is None:
                continue
            t = et.table
            ev = [row_evidence(et.total.row, t, what, role="claim")]
            ev += [row_evidence(i.row, t, what) for i in et.indicators]
            title = et.project or t.title or (f"{et.section}指标表" if et.section else "自评表")
            yield Finding("EV01", sev, messages.msg("EV01", opts.lang, table=title,
                                                    label=et.total.row.label.strip(), what=what,
                                                    reported=total_cell.raw, computed=fmt(computed)),
                          ev, computation=" + ".join(c.raw for c in parts if c) + f" = {fmt(computed)}"
                          f" ≠ {total_cell.raw}", args={"table": t.id, "column": what})
    yield from _summary_totals(app.summary, opts)


def _fund_total(et: EvalTable, opts: CheckOptions) -> Iterator[Finding]:
    """The 年度资金总额 row's budgets and spending against its parts' (当年财政拨款, 上年结转资金, 其他资金;
    appendix.yml fund_rows), each kind printed once: money is never negative, so the parts printed cannot
    add to more than their total. Some forms list parts no fund_rows kind names (事业收入), and a blank part
    is unknown: a total larger than its read parts says nothing. A department form's split of its spending
    (基本支出 / 项目支出, appendix.yml spending_split) is another split of the same whole, summed apart."""
    total = et.fund("total")
    if total is None:
        return
    split = set(lexicon.load("appendix")["header"]["spending_split"])
    for by_spending in (False, True):
        parts = [f for f in et.funds if f is not total and f.kind != "total" and (f.kind in split) == by_spending]
        if parts and len({f.kind for f in parts}) == len(parts):
            yield from _parts_within(et, total, parts, opts)


def _parts_within(et: EvalTable, total, parts: list, opts: CheckOptions) -> Iterator[Finding]:
    """Each of the total's budgets and spending no less than the sum of one split's parts."""
    for role in ("initial_budget", "full_budget", "spent"):
        reported = interval(total.values.get(role))
        cells = [(f, f.values.get(role)) for f in parts]
        cells = [(f, c) for f, c in cells if c is not None and c.kind == "number"]
        if reported is None or not cells:
            continue
        computed = total_of([interval(c) for _, c in cells])
        if computed is None or computed.lo <= reported.hi:
            continue
        what = fund_columns()[role]
        t = et.table
        ev = [row_evidence(total.row, t, what, role="claim")] + [row_evidence(f.row, t, what) for f, _ in cells]
        yield Finding("EV01", "error", messages.msg(
            "EV01.funds", opts.lang, table=et.project or t.title or "自评表", label=total.label, what=what,
            reported=total.values[role].raw, parts=messages.listing(f.label for f, _ in cells),
            computed=str(sum(c.value for _, c in cells).quantize(Decimal(1).scaleb(-max(c.decimals for _, c in cells))))), ev,
            computation=" + ".join(c.raw for _, c in cells) + f" ∈ {fmt(computed)} > {total.values[role].raw}",
            args={"table": t.id, "column": what})


def _subtotals(et: EvalTable, opts: CheckOptions) -> Iterator[Finding]:
    """A 一级指标's own row ('产出指标 | 50 | 49.5') against the sum of its rows' 得分. The rows are a 一级's by
    their own 一级 cell or by standing right under its row; only when every such row's 分值 is its rows' sum
    is that reading sure (a 一级 row printed below its rows would otherwise lend its name to the next 一级's
    first row), and a name on two such rows sums neither."""
    names = [s.level1 for s in et.subtotals]
    parts = {s.level1: [i for i in et.indicators if i.level1 == s.level1] for s in et.subtotals}
    if not et.subtotals or any(not parts[s.level1] or names.count(s.level1) > 1
                               or severity(judge(points(s.weight), point_sum([i.weight for i in parts[s.level1]])))
                               for s in et.subtotals):
        return
    what = column_name("score")
    for sub in et.subtotals:
        rows = parts[sub.level1]
        computed = point_sum([i.score for i in rows])
        sev = severity(judge(points(sub.score), computed))
        if sev is None:
            continue
        ev = [row_evidence(sub.row, et.table, what, role="claim")] + [row_evidence(i.row, et.table, what) for i in rows]
        yield Finding("EV01", sev, messages.msg("EV01", opts.lang, table=et.project or et.table.title or "自评表",
                                                label=sub.level1, what=what, reported=sub.score.raw,
                                                computed=fmt(computed)),
                      ev, computation=" + ".join(i.score.raw for i in rows) + f" = {fmt(computed)} ≠ {sub.score.raw}",
                      args={"table": et.table.id, "column": what})


def _summary_totals(lines: list[SummaryLine], opts: CheckOptions) -> Iterator[Finding]:
    totals = [s for s in lines if s.is_total]
    for tot in totals:
        parts = [s for s in lines if not s.is_total and s.table is tot.table]
        for attr, what in (("weight", column_name("summary_weight")), ("score", column_name("score"))):
            computed = point_sum([getattr(s, attr) for s in parts])
            sev = severity(judge(points(getattr(tot, attr)), computed))
            if sev is None:
                continue
            reported = getattr(tot, attr).raw
            ev = [row_evidence(tot.row, tot.table, what, role="claim")]
            ev += [row_evidence(s.row, s.table, what) for s in parts]
            yield Finding("EV01", sev, messages.msg("EV01", opts.lang, table=tot.table.title or "得分表",
                                                    label=tot.name, what=what, reported=reported,
                                                    computed=fmt(computed)), ev,
                          computation=" + ".join(getattr(s, attr).raw for s in parts) + f" = {fmt(computed)}")


@register("EV02", name="score-exceeds-weight", groups=("appendix",), kind="score_exceeds_weight")
def score_exceeds_weight(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """某项指标的得分高于其分值（权重分）。

    **Anti-pattern**
    ``试验区工作建设简报部省支持模块收集数量  40 篇  47 篇  2  3``: 得分 3 > 权重分 2.

    **Best practice**
    得分 ≤ 分值 on every row: ``… 40 篇  47 篇  2  2``.

    The prose restating a form pairs a score with its weight the same two ways: '产出指标 52 分（满分 50 分）'
    (the weight in a note right after the score) and '效益指标权重分 30 分，实际得分 31 分' (the score in the
    clause right after the weight, named by a score word alone); such a score above its weight is an error too.
    """
    yield from _prose_exceeding(analysis, opts)
    app = of(analysis)
    rows = [(i.name, i.row, i.table, i.weight, i.score) for i in app.indicators]
    rows += [(f.label, f.row, e.table, f.values.get("weight"), f.values.get("score")) for e in app.evals for f in e.funds]
    rows += [(s.name, s.row, s.table, s.weight, s.score) for s in app.summary]
    for name, row, table, weight, score in rows:
        w, s = points(weight), points(score)
        if w is None or s is None or s.lo <= w.hi:
            continue
        yield Finding("EV02", "error", messages.msg("EV02", opts.lang, name=name, score=score.raw, weight=weight.raw),
                      [row_evidence(row, table, column_name("score"), role="claim")],
                      computation=messages.msg("EV02.comp", score=score.raw, weight=weight.raw))




def _prose_exceeding(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """Scores of the prose above the weight printed with them (see EV02)."""
    for claims in claims_by_paragraph(analysis).values():
        marks = [c for c in claims if c.kind in ("score", "weight") and c.raw_number and not c.garbled]
        for x, y in zip(marks, marks[1:]):
            if not weight_pair(x, y):
                continue
            score, weight = (x, y) if x.kind == "score" else (y, x)
            w, s = points(weight.raw_number), points(score.raw_number)
            if w is None or s is None or s.lo <= w.hi:
                continue
            name = clause_name(x)
            yield Finding("EV02", "error", messages.msg("EV02", opts.lang, name=name, score=score.raw_number,
                                                       weight=weight.raw_number),
                          [claim_evidence(score), claim_evidence(weight, role="context")],
                          computation=messages.msg("EV02.comp", score=score.raw_number, weight=weight.raw_number),
                          claims=[score.id, weight.id])


@register("EV03", name="rate-recompute", groups=("appendix",), kind="percent_recompute")
def rate_recompute(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """得分率 ≠ 得分 ÷ 权重，或执行率 ≠ 全年执行数 ÷ 全年预算数。

    **Anti-pattern**
    ``投入  35  33.5  97.5%`` (33.5 ÷ 35 = 95.71%); ``年度资金总额 0 100 80 10 100 10`` (80 ÷ 100 = 80%).

    **Best practice**
    ``投入  35  33.5  95.7%``: 33.45 ÷ 35.5 … 33.55 ÷ 34.5 spans [94.2%, 97.3%] and 95.7% lies inside.
    """
    app = of(analysis)
    for s in app.summary:
        yield from _rate(s.name, column_name("rate"), s.rate, s.score, s.weight, s.row, s.table, opts)
    for st in app.statements:
        yield from _stated_rate(analysis, st, opts)
    for e in app.evals:
        for f in e.funds:
            yield from _rate(f.label, fund_columns()["rate"], f.values.get("rate"), f.values.get("spent"),
                             f.values.get("full_budget"), f.row, e.table, opts)


def _stated_rate(analysis, st, opts: CheckOptions) -> Iterator[Finding]:
    """'权重分值40分，实际得39.5分，综合得分率为98.75%' must hold within the one sentence."""
    if st.weight is None or st.score is None or st.rate is None:
        return
    computed = ratio(points(st.score), points(st.weight))
    if computed is None:
        return
    sev = severity(judge(printed(st.rate), computed))
    comp = messages.msg("EV03.comp.text", score=st.score, weight=st.weight, computed=computed, rate=st.rate)
    settled = settle(claims_at(analysis, st.span, RATE, st.rate), sev is None, "EV03", computation=comp)
    yield from settled
    if sev is None:
        return
    yield Finding("EV03", sev, messages.msg("EV03", opts.lang, name=st.section, what=column_name("rate"),
                                            reported=st.rate + "%",
                                            part=st.score, whole=st.weight, computed=fmt(computed) + "%"),
                  [st.span.evidence()], computation=comp, claims=ids(settled))


def _rate(name, what, rate, part, whole, row, table, opts) -> Iterator[Finding]:
    """A printed rate against part ÷ whole; a fraction printed without % ('0.97') may mean its hundredfold."""
    readings, p, w = rate_readings(rate), interval(part), interval(whole)
    if not readings or p is None or w is None:
        return
    computed = ratio(p, w)
    if computed is None:
        return
    sevs = [severity(judge(r, computed)) for r in readings]
    if None in sevs:
        return
    sev = sevs[0]
    yield Finding("EV03", sev, messages.msg("EV03", opts.lang, name=name, what=what, reported=rate.raw,
                                            part=part.raw, whole=whole.raw, computed=fmt(computed) + "%"),
                  [row_evidence(row, table, what, role="claim")],
                  computation=messages.msg("EV03.comp.table", part=part.raw, whole=whole.raw, computed=computed, rate=rate.raw))

