"""A figure in a form's goal box (预期目标 / 实际完成情况) held against the indicator row of that form it repeats."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.appendix.build import Appendix
from finder.appendix.model import EvalTable, Indicator, column_name, interval, unit_of
from finder.appendix.text import Stated, stated_numbers
from finder.checks.ev.common import judge, project_name, row_evidence, severity
from finder.checks.ledger import ids, settle
from finder.checks.nt.common import prose_claims
from finder.checks.registry import CheckOptions
from finder.link import evidence as E
from finder.link.indicators import MATCH, STRONG, normalize
from finder.model import Cell, Claim, Finding
from finder.numbers.interval import Interval, Verdict
from finder.numbers.parse import to_halfwidth

messages.add({
    "EV07.form": {"zh": "“{project}”绩效自评表“{cell}”栏所述“{name}”为 {reported}，而该表该行实际完成值为 {table}",
                  "en": "the '{cell}' box of the self-evaluation form of '{project}' gives {reported} for '{name}', "
                        "but the form's row prints the actual {table}"},
    "EV10.form": {"zh": "“{project}”绩效自评表“{cell}”栏所述“{name}”为 {reported}，而该表该行年度指标值为 {table}",
                  "en": "the '{cell}' box of the self-evaluation form of '{project}' gives {reported} for '{name}', "
                        "but the form's row prints the target {table}"},
    "EV.goal.comp": {"zh": "“{cell}”栏 {reported} ∈ {riv} vs “{name}”行{column} {table} ∈ {tiv}（行名覆盖度 {cover}）",
                     "en": "'{cell}' box {reported} ∈ {riv} vs row '{name}' {column} {table} ∈ {tiv} "
                           "(row name coverage {cover})"},
})

# the side of the goal a box is on -> the check holding its figures and the row's column they repeat
SIDES = {"actual": ("EV07", "actual"), "expected": ("EV10", "target")}
_CLAUSE_MARKS = "，,。；;：:！!？?、\n"
_ROW_NUMBER = regex.compile(r"^(?:指标)?\d+")          # '指标1：培训人次' -> '培训人次' (normalised: '指标1培训人次')
_DIGITS = regex.compile(r"[\d.,，]+")


@dataclass
class GoalFigure:
    """A figure of a goal box and the row of its form it repeats: the claims printed there, the figure as read,
    the row, how much of the row's name the clause around the figure spells, the box's side and header."""

    claims: list[Claim]
    stated: Stated
    indicator: Indicator
    cover: float
    side: str
    column: str
    form: EvalTable


def goal_figures(analysis, app: Appendix) -> list[GoalFigure]:
    """Every goal-box figure linked to a row of its own form (computed once per appendix)."""
    return app.memo("goal_figures", lambda a: _link(analysis, a))


def _link(analysis, app: Appendix) -> list[GoalFigure]:
    by_table = {id(et.table): et for et in app.evals if et.kind in ("project", "department") and et.indicators}
    boxes: dict[int, list[Claim]] = {}
    for c in prose_claims(analysis):
        form = c.extra.get("form")
        if form is not None and id(form.table) in by_table:
            boxes.setdefault(id(c.paragraph), []).append(c)
    out: list[GoalFigure] = []
    for claims in boxes.values():
        form = claims[0].extra["form"]
        et, text = by_table[id(form.table)], claims[0].paragraph.text
        half = to_halfwidth(text)
        for n in stated_numbers(text):
            end = half.find(n.raw, n.start) + len(n.raw)
            mine = [c for c in claims if n.start <= c.start < end and _linkable(c)]
            if not mine or n.category == "money":
                continue                  # an amount of the box is the form's funds' (EV17)
            found = _row(et, n, _words(half, n.start, end, n.unit), SIDES[form.side][1])
            if found is not None:
                out.append(GoalFigure(mine, n, found[0], found[1], form.side, form.column, et))
    return out


def _linkable(c: Claim) -> bool:
    """A claim a row's figure may repeat: no score or weight, no rate of the funds (EV17 reads those)."""
    rates = lexicon.load("appendix")["summary_parts"]["rate_concepts"]
    return c.kind not in ("score", "weight") and c.concept not in rates


def _words(half: str, start: int, end: int, unit: str) -> str:
    """The clause around a figure with the figure left out and its unit kept ('完成培训300人次' -> '完成培训人次')."""
    a = max(half.rfind(m, 0, start) for m in _CLAUSE_MARKS) + 1
    b = min((k for k in (half.find(m, end) for m in _CLAUSE_MARKS) if k >= 0), default=len(half))
    return normalize(_DIGITS.sub("", half[a:start]) + unit + half[end:b])


@lru_cache(maxsize=1 << 12)
def cover(name: str, words: str) -> float:
    """The share of a row name's character pairs the words spell ('培训人次' in '完成培训人次': 1.0)."""
    n = _ROW_NUMBER.sub("", normalize(name))
    grams = [n[i:i + 2] for i in range(len(n) - 1)] or ([n] if n else [])
    return sum(1 for g in grams if g in words) / len(grams) if grams else 0.0


def _cell_unit(cell: Cell, ind: Indicator) -> str:
    return (unit_of(cell.raw) or ind.unit).replace("％", "%")


def _row(et: EvalTable, n: Stated, words: str, role: str) -> tuple[Indicator, float] | None:
    """The one row of the form the figure repeats: its cell (actual or target) a single figure printed in the
    figure's own unit (a result, never a target expression), its name the most spelt by the clause (at least MATCH
    of it, no other row as much)."""
    scored = []
    for ind in et.indicators:
        cell = getattr(ind, role)
        if not _single(cell) or _cell_unit(cell, ind) != n.unit.replace("％", "%"):
            continue
        if role == "actual" and cell.kind == "target" and cell.target.op:
            continue                      # a result printed as a target ('≥90%') states no figure
        scored.append((cover(ind.name, words), ind))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < MATCH or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1], scored[0][0]


def _single(cell: Cell | None) -> bool:
    """A cell printing one figure (a number, a percent or a target with its operator), not text or a range."""
    return cell is not None and cell.value is not None and cell.kind in ("number", "percent", "target")


def held(analysis, app: Appendix, side: str, opts: CheckOptions) -> Iterator:
    """The goal-box figures of `side` against their rows: a row any figure of the box agrees with verifies those
    figures; else the nearest figure is a finding (an error when the intervals cannot meet and the clause spells
    the row's name strongly, else a warning; on the result side a figure meeting the row's target, not its result,
    is a warning: the box may restate the target)."""
    check, role = SIDES[side]
    groups: dict[tuple[int, int], list[GoalFigure]] = {}
    for g in goal_figures(analysis, app):
        if g.side == side:
            groups.setdefault((id(g.claims[0].paragraph), id(g.indicator)), []).append(g)
    for figs in groups.values():
        ind = figs[0].indicator
        cell = getattr(ind, role)
        tiv = interval(cell)
        verdicts = [judge(g.stated.interval, tiv) for g in figs]
        if Verdict.CONSISTENT in verdicts:
            for g, v in zip(figs, verdicts):
                if v == Verdict.CONSISTENT:
                    yield from settle(g.claims, True, check, [_ref(g, role)], _comp(g, role, tiv))
            continue
        g = min(figs, key=lambda f: f.stated.interval.gap(tiv))
        sev = severity(judge(g.stated.interval, tiv))
        if sev is None:
            continue
        if g.cover < STRONG or (role == "actual" and _meets_target(g.stated.interval, ind)):
            sev = "warning"
        comp = _comp(g, role, tiv)
        settled = settle(g.claims, False, check, [_ref(g, role)], comp)
        yield from settled
        yield Finding(check, sev, messages.msg(f"{check}.form", opts.lang, project=project_name(g.form), cell=g.column,
                                               name=ind.name, reported=g.stated.raw, table=cell.raw.strip()),
                      [E.claim_evidence(g.claims), _ref(g, role)], computation=comp, claims=ids(settled))


def _ref(g: GoalFigure, role: str):
    return row_evidence(g.indicator.row, g.indicator.table, column_name(role))


def _comp(g: GoalFigure, role: str, tiv: Interval) -> str:
    return messages.msg("EV.goal.comp", cell=g.column, reported=g.stated.raw, riv=g.stated.interval,
                        name=g.indicator.name, column=column_name(role), table=getattr(g.indicator, role).raw.strip(),
                        tiv=tiv, cover=f"{g.cover:.2f}")


def _meets_target(iv: Interval, ind: Indicator) -> bool:
    t = interval(ind.target) if _single(ind.target) else None
    return t is not None and judge(iv, t) == Verdict.CONSISTENT
