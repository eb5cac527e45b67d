"""EV14-EV15: a project table's header block: 年度总体目标 reported as done, 实施单位 among the units."""
from __future__ import annotations

from typing import Iterator

import regex

from finder import lexicon, messages
from finder.appendix.build import Appendix, of
from finder.appendix.model import EvalTable, column_name, fund_columns, interval
from finder.appendix.units import belongs
from finder.checks.ev.common import fmt, point_sum, points, project_name, row_evidence
from finder.checks.registry import CheckOptions, register
from finder.model import Evidence, Finding

messages.add({
    "EV14.comp.score": {"zh": "得分 {score} / 分值 {weight}", "en": "score {score} / weight {weight}"},
    "EV14": {"zh": "{what}“{project}”年度总体目标的实际完成情况填为“{actual}”，而资金执行 {spent}万元（执行率 {rate}），"
                   "指标得分 {score}/{weight}",
             "en": "{what} '{project}': the annual goal's achievement reads '{actual}', yet {spent} was spent "
                   "(rate {rate}) and the indicators score {score}/{weight}"},
    "EV14.project": {"zh": "项目", "en": "project"},
    "EV14.department": {"zh": "部门", "en": "department"},
    "EV15": {"zh": "项目“{project}”的实施单位“{unit}”不在本部门所列预算单位（{units}）之内",
             "en": "project '{project}' is carried out by '{unit}', which is not among the department's units ({units})"},
})


def _nothing(text: str) -> bool:
    t = regex.sub(r"[\s。.；;]+", "", text or "")
    return t in lexicon.load("appendix")["header"]["goal_none"]


@register("EV14", name="goal-achievement-blank", groups=("appendix",), kind="reason_contradicts_number")
def goal_achievement_blank(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """项目（或部门整体）年度总体目标的“实际完成情况”填“无”，而资金已执行、各项指标得分。

    **Anti-pattern**
    ``年度总体目标 | 预期目标：……筹备好部省恳谈会、省试验区建设领导小组等工作。 | 实际完成情况：无``
    in a table whose funds row reads ``年度资金总额 0 100 100 10 100 10`` and whose ``总分 100 100``.

    **Best practice**
    The 实际完成情况 states what was achieved against each goal ("已完成……"); a goal that was
    really not achieved shows in the funds and the scores, and is explained.
    """
    for et in of(analysis).evals:
        goal = et.goal
        if goal is None or not _nothing(goal.actual):
            continue
        spent = _spent(et)
        score, weight = _scores(et)
        if spent is None or spent.hi <= 0 or score is None or score.hi <= 0:
            continue
        total = et.fund("total") or et.fund("fiscal")
        rate = total.values.get("rate") if total is not None else None
        ev = [row_evidence(goal.row, et.table, _goal_actual(), role="claim")]
        if total is not None:
            ev.append(row_evidence(total.row, et.table, fund_columns()["spent"]))
        if et.total is not None:
            ev.append(row_evidence(et.total.row, et.table, column_name("score")))
        spent_raw = total.values["spent"].raw if total is not None else fmt(spent)
        yield Finding("EV14", "warning", messages.msg(
            "EV14", opts.lang, what=messages.msg(f"EV14.{et.kind}", opts.lang), project=project_name(et), actual=goal.actual.strip(), spent=spent_raw,
            rate=(rate.raw + "%") if rate is not None and rate.value is not None else "—",
            score=fmt(score), weight=fmt(weight)), ev,
            computation=messages.steps(f"{_goal_actual()}“{goal.actual.strip()}”",
                                       f"{fund_columns()['spent']} {spent_raw} ∈ {spent} > 0",
                                       messages.msg("EV14.comp.score", opts.lang, score=fmt(score), weight=fmt(weight))))


def _goal_actual() -> str:
    return _header("goal_actual")


def _spent(et: EvalTable):
    for kind in ("total", "fiscal"):
        f = et.fund(kind)
        c = f.values.get("spent") if f is not None else None
        if c is not None and c.kind == "number":
            return interval(c)
    return None


def _scores(et: EvalTable):
    if et.total is not None and et.total.score is not None and et.total.score.value is not None:
        return points(et.total.score), points(et.total.weight)
    return point_sum([i.score for i in et.indicators]), point_sum([i.weight for i in et.indicators])


@register("EV15", name="implementing-unit-outside", groups=("appendix",), kind="other")
def implementing_unit_outside(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """项目支出绩效自评表的实施单位不是本部门的预算单位。

    **Anti-pattern**
    ``纳入本套财政决算公开的财政预算单位 2 个……既局本级和景德镇市特种陶瓷研究所`` while the
    project table reads ``主管部门 景德镇市陶瓷产业发展局 实施单位 景德镇市陶瓷博览会``.

    **Best practice**
    The 实施单位 is the department itself (or one of its offices) or one of the units the report
    lists; a unit list is read only when its stated count matches the names printed (or from the
    单位构成 table), so nothing is flagged when the list is not found.
    """
    app = of(analysis)
    if not app.units:
        return
    listed = list(dict.fromkeys(n for ul in app.units for n in ul.names))
    shown = messages.listing((["本级"] if any(ul.self_named for ul in app.units) else []) + listed, opts.lang)
    for et in app.projects:
        unit, dept = _field(et, "unit"), _field(et, "department") or app.report.department
        if not unit or belongs(unit, dept, app.units):
            continue
        ev = [_header_evidence(app, et, unit), *(e for ul in app.units for e in ul.evidence)]
        yield Finding("EV15", "warning", messages.msg("EV15", opts.lang, project=project_name(et),
                                                      unit=unit, units=shown), ev,
                      computation=messages.steps(f"{_header('unit')} {unit} ∉ {{{shown}}}",
                                                 f"{_header('department')} {dept or '?'}"))


def _header(key: str) -> str:
    """How the project header block names a field (实施单位, 主管部门)."""
    return lexicon.load("appendix")["header"][key][0]


def _field(et: EvalTable, key: str) -> str:
    """实施单位 / 主管部门 from the table's header block (wrapped: extra[key]; TAB: extra['fields'])."""
    extra = et.table.extra
    if extra.get(key):
        return str(extra[key]).strip()
    words = lexicon.load("appendix")["header"][key]
    fields = extra.get("fields") or {}
    return next((str(fields[w]).strip() for w in words if fields.get(w)), "")


def _header_evidence(app: Appendix, et: EvalTable, unit: str) -> Evidence:
    """The printed header line naming the unit (text input), else the table title's place."""
    t = et.table
    words = lexicon.load("appendix")["header"]["unit"]
    lines = app.report.lines
    if t.loc_kind == "line" and lines and t.location:
        for k in range(max(t.location - 1, 0), min(t.location + 15, len(lines))):
            if unit in lines[k] and any(w in lines[k] for w in words):
                return Evidence(text=lines[k].strip(), line=k + 1, table=t.id, table_title=t.title or None,
                                row=words[0], role="claim")
    return Evidence(text=f"{words[0]} {unit}", **t.where(), table=t.id, table_title=t.title or None,
                    row=words[0], role="claim")
