"""EV08's table half: a form's row whose result falls short of its target (a grade, a number) yet scores full marks."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from finder import lexicon, messages
from finder.appendix.build import Appendix
from finder.appendix.model import Indicator, column_name, interval, unit_of
from finder.checks.ev.common import OP_SIGNS, lower_better, misses, row_evidence, target_op
from finder.checks.registry import CheckOptions
from finder.link.indicators import unit_category
from finder.model import Finding
from finder.numbers.interval import show

messages.add({
    "EV08.grade": {"zh": "“{name}”实际完成“{actual}”低于年度指标“{target}”，却得满分 {score}/{weight}",
                   "en": "'{name}' achieved '{actual}', below its target '{target}', yet scores full {score}/{weight}"},
    "EV08.value": {"zh": "“{name}”实际完成值 {actual} 未达到年度指标值 {target}，却得满分 {score}/{weight}",
                   "en": "'{name}' achieved {actual}, missing its target {target}, yet scores full {score}/{weight}"},
})

# the cells a numeric miss's evidence points at (a grade's row is its one evidence, at its 实际完成值)
_ROLES = ("actual", "target", "weight", "score")


def full_score_misses(app: Appendix, opts: CheckOptions) -> Iterator[Finding]:
    """Rows scored their full 分值 whose 实际完成值 is below the 年度指标值: a lower grade ('显著' vs '良好'), or a
    figure that misses the target for certain under its operator."""
    for ind in app.indicators:
        if not _full(ind):
            continue
        short = _grade_short(ind) or _value_short(ind)
        if short is None:
            continue
        key, comp = short
        yield Finding("EV08", "warning", messages.msg(key, opts.lang, name=ind.name, actual=ind.actual.raw,
                                                      target=ind.target.raw, score=ind.score.raw,
                                                      weight=ind.weight.raw),
                      [row_evidence(ind.row, ind.table, column_name(r), role="claim" if r == "actual" else "reference")
                       for r in (_ROLES if key == "EV08.value" else _ROLES[:1])],
                      computation=messages.msg("EV08.comp.full", short=comp, score=ind.score.raw, weight=ind.weight.raw))


def _full(ind: Indicator) -> bool:
    """Both 分值 and 得分 printed as figures, the 得分 reaching the 分值 (a blank 得分 is unknown)."""
    cells = (ind.target, ind.actual, ind.weight, ind.score)
    if any(c is None for c in cells) or ind.score.value is None or ind.weight.value is None:
        return False
    return ind.score.kind == ind.weight.kind == "number" and ind.score.value >= ind.weight.value


def _rank(word: str) -> int | None:
    for k, tier in enumerate(lexicon.load("appendix")["grades"]):
        if word.strip() in tier:
            return k
    return None


def _grade_short(ind: Indicator) -> tuple[str, str] | None:
    rt, ra = _rank(ind.target.raw), _rank(ind.actual.raw)
    if rt is None or ra is None or ra <= rt:
        return None
    return "EV08.grade", messages.msg("EV08.comp.grade", actual=ind.actual.raw, target=ind.target.raw)


def _value_short(ind: Indicator) -> tuple[str, str] | None:
    """The message key and computation when the 实际完成值, over its printed rounding, misses the 年度指标值 for certain: same unit
    as the target, the target a single figure (no range, no text) with a direction (appendix.yml
    unsigned_unread); an '=' target is missed only on its shortfall side."""
    t, a = ind.target, ind.actual
    if t.value is None or a.value is None or t.kind not in ("number", "percent", "target"):
        return None
    if a.kind not in ("number", "percent") and (a.kind != "target" or a.target.op):
        return None                                       # '≥95%' as a result states no figure
    unit = unit_of(t.raw)
    if unit != unit_of(a.raw):
        return None                                       # 天 vs 个工作日, 万元 vs 元: unread
    op = target_op(ind)
    if not (t.kind == "target" and t.target.op) and _directionless(ind, unit):
        return None
    iv, v = interval(a), t.value
    if op == "=":
        op = "<=" if lower_better(ind.name, ind.unit != "%") else ">="
    if not misses(iv, v, op):
        return None
    return "EV08.value", f"{column_name('actual')} {a.raw} ∈ {iv}，未达{column_name('target')} {t.raw}（按 {OP_SIGNS[op]} {show(v)}）"


@lru_cache(maxsize=1)
def _unread() -> tuple[tuple[str, ...], frozenset[str]]:
    lex = lexicon.load("appendix")["unsigned_unread"]
    return tuple(lex["groups"]), frozenset(lex["units"])


def _directionless(ind: Indicator, unit: str) -> bool:
    """A target printed without an operator whose row may be met by a lower figure (a cost, a deadline)."""
    groups, units = _unread()
    return any(g in ind.group for g in groups) or unit in units or unit_category(unit) == "money"
