"""EV12-EV13: project funds against the department's totals; evaluated projects: count and funds."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from finder import lexicon, messages
from finder.appendix.build import Appendix, DeptAmount, of
from finder.appendix.model import EvalTable, fund_columns, interval
from finder.appendix.text import count_value
from finder.checks.ev.common import cell_sum, printed, project_name, row_evidence
from finder.checks.ev.ledger import claims_at, ids, settle
from finder.checks.registry import CheckOptions, register
from finder.model import Cell, Evidence, Finding
from finder.numbers.interval import Interval, Verdict, compare

messages.add({
    "EV13.count.comp": {"zh": "文字 {n} 个 vs 自评表 {forms} 张", "en": "text {n} vs {forms} evaluation forms"},
    "EV13.count.some": {"zh": "（所附自评表不应多于自评项目）",
                        "en": " (the forms attached should not outnumber the projects evaluated)"},
    "EV13.funds.some": {"zh": "（所附自评表资金不应多于所述资金）",
                        "en": " (the forms' funds should not exceed the funds stated)"},
    "EV13.funds.sum": {"zh": "{column} 合计 {raw} ∈ {iv}", "en": "{column} total {raw} ∈ {iv}"},
    "EV12": {"zh": "项目“{project}”{what} {amount}万元，超过部门{whole} {total}万元",
             "en": "project '{project}' {what} {amount} (10k yuan) exceeds the department's {whole} {total}"},
    "EV13.count": {"zh": "文字称对 {reported} 个项目开展绩效自评，而报告附有 {tables} 张项目支出绩效自评表（{names}）",
                   "en": "the text gives {reported} as the number of projects self-evaluated, but {tables} project tables "
                          "follow ({names})"},
    "EV13.funds": {"zh": "文字称自评项目共涉及资金 {reported}万元，而自评表中项目资金合计为 {computed}万元",
                   "en": "the text says the evaluated projects involve {reported}, but the project tables total {computed}"},
    # what a project's funds are bounded by (the {whole} of EV12)
    # a funds column (lexicons/appendix.yml header.fund_columns) as a zh reader sees it printed, named in en
    "EV12.column.initial_budget": {"zh": "{printed}", "en": "initial budget"},
    "EV12.column.full_budget": {"zh": "{printed}", "en": "full-year budget"},
    "EV12.column.spent": {"zh": "{printed}", "en": "spent in the year"},
    "EV12.whole.project_spending": {"zh": "项目支出总额", "en": "project spending total (项目支出总额)"},
    "EV12.whole.fiscal_budget": {"zh": "财政拨款支出年初预算", "en": "initial 财政拨款 spending budget"},
})


def _to_wan(raw: str, unit: str) -> Interval:
    scale = Decimal(str(lexicon.load("units")["money"].get(unit, 1)))
    return printed(raw.replace(",", "").replace("，", "")).scale(scale)


def _dept_evidence(d: DeptAmount) -> Evidence:
    if d.span is not None:
        return d.span.evidence("reference")
    return row_evidence(d.row, d.table, lexicon.load("appendix")["dept_spending_column"])


def _fund(et: EvalTable, role: str, kinds: tuple[str, ...] = ("total", "fiscal")) -> tuple[Cell, object] | None:
    for kind in kinds:
        f = et.fund(kind)
        c = f.values.get(role) if f is not None else None
        if c is not None and c.kind == "number":
            return c, f
    return None


def _restatements(app: Appendix, value: Interval) -> list[Evidence]:
    """Prose sentences of the project report that print the same spending."""
    out = []
    for span, m in app.find("project_spent"):
        if compare(_to_wan(m.group("num"), m.group("unit")), value) == Verdict.CONSISTENT:
            out.append(span.evidence())
    return out


@register("EV12", name="project-exceeds-department", groups=("appendix",), kind="narrative_vs_narrative")
def project_exceeds_department(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """一个项目的资金超过整个部门的项目支出或财政拨款年初预算。

    **Anti-pattern**
    ``年度资金总额 770 770 770`` and ``年底实际使用 770 万元`` while the department's
    ``项目支出 610.78 万元`` and ``财政拨款本年支出年初预算数为 764.56 万元``.

    **Best practice**
    Each project's 全年执行数 ≤ the department's 项目支出 (and together the projects stay within it);
    its 年初预算数 ≤ the department's 财政拨款 年初预算.
    """
    app = of(analysis)
    checks = (("spent", "project_spending"), ("initial_budget", "fiscal_budget"))
    for et in app.projects:
        for role, whole in checks:
            column = fund_columns()[role]
            what = messages.msg(f"EV12.column.{role}", opts.lang, printed=column)
            got, dept = _fund(et, role), app.dept_amount(whole)
            if got is None or dept is None:
                continue
            cell, fund = got
            amount, limit = interval(cell), _to_wan(dept.raw, dept.unit)
            if amount is None or amount.lo <= limit.hi:
                continue
            ev = [row_evidence(fund.row, et.table, column, role="claim"), *_restatements(app, amount),
                  _dept_evidence(dept)]
            yield Finding("EV12", "error", messages.msg("EV12", opts.lang, project=project_name(et),
                                                        what=what, amount=cell.raw,
                                                        whole=messages.msg(f"EV12.whole.{whole}"),
                                                        total=dept.raw), ev,
                          computation=f"{cell.raw} ∈ {amount} > {dept.raw} ∈ {limit}")


@register("EV13", name="evaluated-projects-mismatch", groups=("appendix",), kind="count_mismatch")
def evaluated_projects_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文字所述开展自评的项目个数或涉及资金与所附项目支出绩效自评表不符。

    **Anti-pattern**
    ``对……二级项目 1 个全面开展绩效自评，共涉及资金 130 万元`` followed by two 项目支出绩效自评表
    (100 + 30 万元); ``共涉及资金 137.5 万元`` for a single project of 770 万元.

    **Best practice**
    The count equals the number of project tables and the funds equal their total (全年预算数 or
    全年执行数). A report may print the forms of some evaluated projects only (the national template:
    ``反映“A”“B”等 2 个项目绩效自评结果``): then the evaluated count may exceed the forms and the funds
    their total, never the other way; the forms it says it prints must all be there.
    """
    app = of(analysis)
    projects = app.projects
    if not projects:
        return
    names = list(dict.fromkeys(et.project or et.table.title for et in projects))
    refs = [row_evidence(et.funds[0].row if et.funds else et.indicators[0].row, et.table) for et in projects]
    all_printed = False
    for key, some in (("project_count", False), ("evaluated_count", True)):
        for span, m in app.find(key):
            n = count_value(m.group("n"))
            if n is None:
                continue
            all_printed = all_printed or (some and n == len(names))
            if some and n > len(names):      # evaluated more than it prints: the forms are a selection
                continue
            comp = messages.msg("EV13.count.comp", opts.lang, n=n, forms=len(names)) \
                + (messages.msg("EV13.count.some", opts.lang) if some else "")
            settled = settle(claims_at(analysis, span, ("count",), within=(m.start("n"), m.end())),
                             n == len(names), "EV13", refs, comp)
            yield from settled
            if n == len(names):
                continue
            yield Finding("EV13", "error", messages.msg("EV13.count", opts.lang, reported=n, tables=len(names),
                                                        names=messages.listing(names)), [span.evidence(), *refs],
                          computation=comp, claims=ids(settled))
    all_printed = all_printed or any(count_value(m.group("n")) == len(names) for _, m in app.find("evaluated_all_count"))
    yield from _funds(analysis, app, projects, opts, all_printed)


def _funds(analysis, app: Appendix, projects: list[EvalTable], opts: CheckOptions,
           all_printed: bool) -> Iterator[Finding]:
    """'共涉及资金 X' against the forms' funds: their total when every evaluated project's form is printed
    (the text's count of evaluated projects is the number of forms), else no less than it."""
    sums: dict[str, tuple[Interval, str]] = {}
    for role in ("full_budget", "spent", "initial_budget"):
        cells = [_fund(et, role, ("total",)) for et in projects]
        if all(c is not None for c in cells):
            sums[role] = (cell_sum([c[0] for c in cells]), " + ".join(c[0].raw for c in cells))
    if not sums:
        return
    for span, m in app.find("project_funds"):
        stated = _to_wan(m.group("num"), m.group("unit"))
        ok = any(compare(stated, s) != Verdict.CONTRADICTED for s, _ in sums.values())
        if not ok and not all_printed and any(stated.hi >= s.lo for s, _ in sums.values()):
            continue                 # more than the printed forms hold: projects whose forms are not printed
        refs = [row_evidence(f.row, et.table, fund_columns()["spent"]) for et in projects for f in et.funds
                if f.kind == "total"]
        comp = messages.steps(*(messages.msg("EV13.funds.sum", opts.lang, raw=raw, iv=str(iv),
                                             column=messages.msg(f"EV12.column.{k}", opts.lang, printed=fund_columns()[k]))
                                for k, (iv, raw) in sums.items())) \
            + f" vs {m.group('num')}{m.group('unit')}" + ("" if all_printed else messages.msg("EV13.funds.some", opts.lang))
        settled = settle(claims_at(analysis, span, ("amount",), within=(m.start("num"), m.end())), ok, "EV13", refs, comp)
        yield from settled
        if ok:
            continue
        shown = sums.get("spent") or next(iter(sums.values()))
        yield Finding("EV13", "error", messages.msg("EV13.funds", opts.lang, reported=m.group("num"),
                                                    computed=shown[1]), [span.evidence(), *refs],
                      kind="narrative_vs_narrative", computation=comp, claims=ids(settled))
