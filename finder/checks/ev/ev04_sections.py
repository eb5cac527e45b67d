"""EV04-EV05: a section's (投入/产出/效果) weight, score, rate and indicator counts wherever stated."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from finder import messages
from finder.appendix.build import Appendix, of
from finder.appendix.model import column_name, interval
from finder.checks.ev.common import judge, point_sum, points, printed, row_evidence, severity
from finder.checks.ev.ledger import RATE, claims_at, ids, settle
from finder.checks.registry import CheckOptions, register
from finder.model import Claim, Evidence, Finding
from finder.numbers.interval import Interval, Verdict, compare

messages.add({
    "EV04": {"zh": "{section}部分的{what}在此处写作 {reported}，而{against}为 {expected}",
             "en": "{section}: {what} is stated as {reported} here, but {against} gives {expected}"},
    "EV04.overall": {"zh": "总体得分写作 {reported}，而各部分得分之和为 {computed}",
                     "en": "overall score stated as {reported}, but the sections add to {computed}"},
    "EV05": {"zh": "{section}指标数量写作 {reported}，而{against}为 {expected}",
             "en": "{section}: indicator counts stated as {reported}, but {against} gives {expected}"},
    # labels the messages and computations above are filled with (zh, as the evidence they name)
    "EV04.what.weight": {"zh": "权重分值", "en": "weight"},
    "EV04.what.score": {"zh": "得分", "en": "score"},
    "EV04.what.rate": {"zh": "得分率", "en": "score rate"},
    "EV04.source.prose": {"zh": "文字说明", "en": "the text"},
    "EV04.source.summary": {"zh": "得分汇总表", "en": "the score summary table"},
    "EV04.source.total_row": {"zh": "“{table}”表合计行", "en": "the total row of '{table}'"},
    "EV04.source.row_sum": {"zh": "“{section}”表各项之和", "en": "the sum of the rows of '{section}'"},
    "EV05.source.listed": {"zh": "“{table}”表所列指标", "en": "the indicators listed in '{table}'"},
    "EV04.comp": {"zh": "{what}：{reported} vs {refs}", "en": "{what}: {reported} vs {refs}"},
    "EV04.comp.agree": {"zh": "{section}{what} {reported}：{sources}", "en": "{section} {what} {reported}: {sources}"},
    "EV05.counts": {"zh": "{n2} 个二级指标、{n3} 个三级指标", "en": "{n2} second-level and {n3} third-level indicators"},
})


def _what(w: str) -> str:
    """The name of a section quantity (weight, score, rate) in the run's language."""
    return messages.msg(f"EV04.what.{w}")
_KINDS = {"weight": ("weight",), "score": ("score",), "rate": RATE}
# the score summary prints its weight under 权重, not the indicator tables' 分值 (appendix.yml column_names)
_SUMMARY_COLUMNS = {"weight": "summary_weight"}


@dataclass
class Source:
    """One place stating a section's quantity: prose sentence or table row."""

    value: Interval
    raw: str
    evidence: Evidence
    prose: bool
    label: str
    claims: list[Claim] = field(default_factory=list)


def _sources(analysis, app: Appendix, section: str, what: str) -> list[Source]:
    out: list[Source] = []
    for st in app.statements:
        raw = getattr(st, what)
        if st.section == section and raw is not None:
            out.append(Source(_value(raw, what), raw, st.span.evidence(), True, messages.msg("EV04.source.prose"),
                              claims_at(analysis, st.span, _KINDS[what], raw)))
    for s in app.summary:
        cell = getattr(s, what)
        if s.section == section and not s.is_total and interval(cell) is not None:
            column = column_name(_SUMMARY_COLUMNS.get(what, what))
            out.append(Source(_value(cell.raw, what), cell.raw, row_evidence(s.row, s.table, column), False,
                              messages.msg("EV04.source.summary")))
    for et in app.evals:
        if et.kind != "indicators" or et.section != section or what == "rate":
            continue
        if et.total is None:
            out += _row_sum(et, what)
            continue
        cell = getattr(et.total, what)
        if interval(cell) is not None:
            out.append(Source(_value(cell.raw, what), cell.raw, row_evidence(et.total.row, et.table, column_name(what)), False,
                              messages.msg("EV04.source.total_row", table=et.table.title or et.section)))
    return out


def _row_sum(et, what: str) -> list[Source]:
    """A table without a total row: the sum of its rows stands for the section."""
    total = point_sum([getattr(i, what) for i in et.indicators])
    if total is None:
        return []
    raw = " + ".join(getattr(i, what).raw for i in et.indicators)
    return [Source(total, raw, row_evidence(et.indicators[0].row, et.table, column_name(what)), False,
                   messages.msg("EV04.source.row_sum", section=et.section))]


def _value(raw: str, what: str) -> Interval:
    return printed(raw) if what == "rate" else points(raw)


def _outliers(sources: list[Source]) -> Iterator[tuple[Source, list[Source], Verdict]]:
    """Sources that disagree with the best-supported value (ties: a table beats prose)."""
    def agree(a: Source, b: Source) -> bool:
        return compare(a.value, b.value) == Verdict.CONSISTENT

    support = [(sum(agree(a, b) for b in sources), not a.prose, k) for k, a in enumerate(sources)]
    n, is_table, k = max(support)
    anchor = sources[k]
    for s in sources:
        if agree(s, anchor):
            continue
        mine = sum(agree(s, b) for b in sources)
        if mine > n or (mine == n and (not s.prose or not is_table)):
            continue
        yield s, [b for b in sources if agree(b, anchor)], compare(s.value, anchor.value)


@register("EV04", name="section-total-restated", groups=("appendix",), kind="narrative_vs_narrative")
def section_total_restated(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """某部分（产出、效果…）的权重分值、得分或得分率在不同地方写法不一。

    **Anti-pattern**
    Section 九: ``部门产出指标…权重分值40分，实际得39.5分，综合得分率为98.75%`` while the appendix
    says ``权重分值 40 分，实际得 40 分，综合得分率为 100%`` and 表2 prints ``产出 40 40 100%``.

    **Best practice**
    One value per section everywhere; the overall 总体得分 equals the sum of the section scores.
    A sentence naming only a part of a section (appendix.yml section_parts: '满意度指标分值 10 分，得分 10 分')
    states none of the section's own figures.
    """
    app = of(analysis)
    sections = {s.section for s in app.statements} | {s.section for s in app.summary if s.section}
    for section in sorted(sections):
        for what in ("weight", "score", "rate"):
            sources = _sources(analysis, app, section, what)
            if len(sources) < 2:
                continue
            flagged: set[int] = set()
            for bad, refs, verdict in _outliers(sources):
                flagged.add(id(bad))
                sev = "error" if verdict == Verdict.CONTRADICTED else "warning"
                kind = "narrative_vs_narrative" if bad.prose and any(r.prose for r in refs) else "narrative_vs_table"
                against = messages.listing(dict.fromkeys(r.label for r in refs))
                bad.evidence.role = "claim"
                comp = messages.msg("EV04.comp", what=_what(what), reported=bad.raw, refs=" / ".join(r.raw for r in refs))
                settled = settle(bad.claims, False, "EV04", [r.evidence for r in refs if not r.prose], comp)
                yield from settled
                yield Finding("EV04", sev, messages.msg("EV04", opts.lang, section=section, what=_what(what),
                                                        reported=bad.raw, against=against, expected=refs[0].raw),
                              [bad.evidence, *(r.evidence for r in refs)], kind=kind, computation=comp,
                              claims=ids(settled) + [c.id for r in refs for c in r.claims])
            for s in sources:
                if id(s) not in flagged:
                    yield from settle(s.claims, True, "EV04", computation=messages.msg(
                        "EV04.comp.agree", section=section, what=_what(what), reported=s.raw,
                        sources=" / ".join(f"{x.label} {x.raw}" for x in sources)))
    yield from _overall(analysis, app, opts)


def _overall(analysis, app: Appendix, opts: CheckOptions) -> Iterator[Finding]:
    parts = [s for s in app.summary if not s.is_total and s.section]
    computed = point_sum([s.score for s in parts]) if parts else None
    if computed is None:
        return
    for span, m in app.find("overall"):
        raw = m.group("num")
        sev = severity(judge(points(raw), computed))
        refs = [row_evidence(s.row, s.table, column_name("score")) for s in parts]
        comp = " + ".join(s.score.raw for s in parts) + f" = {computed}"
        settled = settle(claims_at(analysis, span, ("score",), raw), sev is None, "EV04", refs, comp)
        yield from settled
        if sev is None:
            continue
        yield Finding("EV04", sev, messages.msg("EV04.overall", opts.lang, reported=raw, computed=str(computed)),
                      [span.evidence(), *refs], kind="score_sum", computation=comp, claims=ids(settled))


def _counts(analysis, app: Appendix) -> dict[str, list[tuple[int | None, int | None, Evidence, bool, str]]]:
    out: dict[str, list] = {}
    for st in app.statements:
        if st.n2 is not None or st.n3 is not None:
            claims = [c for c in claims_at(analysis, st.span, ("count",)) if c.value in (st.n2, st.n3)]
            out.setdefault(st.section, []).append((st.n2, st.n3, st.span.evidence(), True,
                                                   messages.msg("EV04.source.prose"), claims))
    for et in app.evals:
        if et.kind == "indicators" and et.levels_known and et.section in out:
            n2 = len({i.group for i in et.indicators if i.group}) or None
            ev = row_evidence(et.total.row if et.total else et.indicators[0].row, et.table)
            listed = messages.msg("EV05.source.listed", table=et.table.title or et.section)
            out[et.section].append((n2, len(et.indicators), ev, False, listed, []))
    return out


@register("EV05", name="indicator-count-mismatch", groups=("appendix",), kind="count_mismatch")
def indicator_count_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文字所述二级、三级指标个数与指标表所列行数或其他段落不符。

    **Anti-pattern**
    ``部门产出指标由4个二级指标和10个三级指标构成`` while the 产出 table lists 数量/质量/时效
    指标 with 16 rows and the appendix says ``共有 3 个二级指标和 16 个三级指标构成``.

    **Best practice**
    The counts match the table: 3 二级指标 (distinct groups) and 16 三级指标 (rows).
    """
    app = of(analysis)
    for section, entries in sorted(_counts(analysis, app).items()):
        if len(entries) < 2:
            continue
        for k, (n2, n3, ev, prose, _, claims) in enumerate(entries):
            if not prose:
                continue
            others = [e for j, e in enumerate(entries) if j != k]
            refs = [e for e in others if _count_conflict((n2, n3), (e[0], e[1]))]
            agreeing = [e for e in others if not _count_conflict((n2, n3), (e[0], e[1]))]
            tables = [e for e in refs if not e[3]]
            comp = f"{_show(n2, n3)} vs " + " / ".join(f"{e[4]} {_show(e[0], e[1])}" for e in others)
            if not refs or (len(agreeing) >= len(refs) and not tables):
                yield from settle(claims, True, "EV05", computation=comp)
                continue
            ref = tables[0] if tables else refs[0]
            ev.role = "claim"
            kind_ref = [e[2] for e in refs]
            settled = settle(claims, False, "EV05", [e[2] for e in tables], comp)
            yield from settled
            yield Finding("EV05", "error", messages.msg("EV05", opts.lang, section=section,
                                                        reported=_show(n2, n3), against=ref[4],
                                                        expected=_show(ref[0], ref[1])),
                          [ev, *kind_ref], computation=f"{_show(n2, n3)} vs {_show(ref[0], ref[1])}", claims=ids(settled))


def _count_conflict(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    return any(x is not None and y is not None and x != y for x, y in zip(a, b))


def _show(n2: int | None, n3: int | None) -> str:
    return messages.msg("EV05.counts", n2=n2 if n2 is not None else "?", n3=n3 if n3 is not None else "?")

