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
from finder.link.indicators import MATCH, STRONG, bigrams, normalize
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
    """Per box, figures and rows paired one to one where they can be: the pairs whose clause spells most of the
    row's name first (at least MATCH of it), of those the one whose longest spelt piece of the name stands nearest
    the figure (a box whose commas an extraction lost runs two figures' words together: '完成6处文物建筑修缮并通过
    验收修缮后对外开放不少于4处'); a figure left with no row of its own joins its best row's figure ('计划培训 300
    人次，实际培训 320 人次')."""
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
        figures = stated_numbers(text)
        ends = [half.find(n.raw, n.start) + len(n.raw) for n in figures]
        pairs = []
        for k, n in enumerate(figures):
            mine = [c for c in claims if n.start <= c.start < ends[k] and _linkable(c)]
            if not mine or n.category == "money":
                continue                  # an amount of the box is the form's funds' (EV17)
            lo = ends[k - 1] if k else 0
            hi = figures[k + 1].start if k + 1 < len(figures) else len(half)
            words, at = _words(half, n.start, ends[k], n.unit, lo, hi)
            for ind, share in _rows(et, n, words, SIDES[form.side][1]):
                pairs.append((-share, _distance(ind.name, words, at), k, ind, n, mine))
        pairs.sort(key=lambda p: p[:3])
        figs: dict[int, tuple] = {}
        rows: set[int] = set()
        for p in pairs:
            if p[2] not in figs and id(p[3]) not in rows:
                figs[p[2]] = p
                rows.add(id(p[3]))
        for p in pairs:
            figs.setdefault(p[2], p)          # no row of its own left: its best row's, beside the figure there
        out += [GoalFigure(mine, n, ind, -share, form.side, form.column, et)
                for share, _, _, ind, n, mine in sorted(figs.values(), key=lambda p: p[2])]
    return out


def _linkable(c: Claim) -> bool:
    """A claim a row's figure may repeat: no score or weight, no rate of the funds (EV17 reads those)."""
    rates = lexicon.load("appendix")["summary_parts"]["rate_concepts"]
    return c.kind not in ("score", "weight") and c.concept not in rates


def _words(half: str, start: int, end: int, unit: str, lo: int, hi: int) -> tuple[str, int]:
    """The clause around a figure, within the figures before and after it, with the figure left out and its unit
    kept ('完成培训300人次' -> '完成培训人次'), and where the figure stood in it."""
    a = max([lo, *(half.rfind(m, 0, start) + 1 for m in _CLAUSE_MARKS)])
    b = min([hi, *(k for k in (half.find(m, end) for m in _CLAUSE_MARKS) if k >= 0)])
    before = normalize(_DIGITS.sub("", half[a:start]))
    return before + unit + normalize(half[end:b]), len(before)


def _grams(name: str) -> list[str]:
    return bigrams(_ROW_NUMBER.sub("", normalize(name)))


@lru_cache(maxsize=1 << 12)
def cover(name: str, words: str) -> float:
    """The share of a row name's character pairs the words spell ('培训人次' in '完成培训人次': 1.0)."""
    grams = _grams(name)
    return sum(1 for g in grams if g in words) / len(grams) if grams else 0.0


@lru_cache(maxsize=1 << 12)
def _distance(name: str, words: str, at: int) -> int:
    """How far from the figure (at `at` in `words`) the longest piece of the name the words spell stands."""
    n = _ROW_NUMBER.sub("", normalize(name))
    best, end = 0, 0
    prev = [0] * (len(words) + 1)
    for ch in n:
        cur = [0] * (len(words) + 1)
        for j, w in enumerate(words, 1):
            if ch == w:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best, end = cur[j], j
        prev = cur
    return min(abs(end - best - at), abs(end - at)) if best else len(words)


def _cell_unit(cell: Cell, ind: Indicator) -> str:
    return (unit_of(cell.raw) or ind.unit).replace("％", "%")


def _rows(et: EvalTable, n: Stated, words: str, role: str) -> list[tuple[Indicator, float]]:
    """The rows of the form the figure may repeat, with how much of each name the clause spells (at least MATCH):
    the row's cell (actual or target) a single figure printed in the figure's own unit (a result, never a target
    expression)."""
    out = []
    for ind in et.indicators:
        cell = getattr(ind, role)
        if not _single(cell) or _cell_unit(cell, ind) != n.unit.replace("％", "%"):
            continue
        if role == "actual" and cell.kind == "target" and cell.target.op:
            continue                      # a result printed as a target ('≥90%') states no figure
        share = cover(ind.name, words)
        if share >= MATCH:
            out.append((ind, share))
    return out


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
