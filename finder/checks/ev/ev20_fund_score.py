"""EV20: the funds row's 得分 against its 分值 × 执行率 (capped at 分值), over the printed rounding of all three."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.appendix.build import Appendix, of
from finder.appendix.model import Funds, column_name, interval, rate_readings
from finder.checks.ev.common import fmt, points, project_name, ratio, row_evidence
from finder.checks.registry import CheckOptions, register
from finder.model import Cell, Evidence, Finding
from finder.numbers.interval import Interval
from finder.numbers.parse import to_halfwidth

messages.add({
    "EV20": {"zh": "“{project}”{label}行的得分为 {score}，而按分值 {weight} × 执行率 {rate} 计算应为 {computed}{assumed}",
             "en": "'{project}' {label} row scores {score}, but weight {weight} × rate {rate} gives {computed}{assumed}"},
    "EV20.assumed": {"zh": "（表中未注明计分规则，按全国项目支出绩效自评表“得分 = 分值 × 执行率，不超过分值”推算；"
                           "得分按四舍五入、去尾、进一或取整到 0.5 分均无法得出）",
                     "en": " (the form states no rule: the national form's score = weight × rate, at most the weight, "
                           "assumed; no rounding half up, down, up or to half a point gives the printed score)"},
    "EV20.comp": {"zh": "min({weight}, {weight} × {rate}) ∈ {computed}；得分 {score} 可表示 ({lo}, {hi})",
                  "en": "min({weight}, {weight} × {rate}) ∈ {computed}; score {score} stands for ({lo}, {hi})"},
})

_HALF = Decimal("0.5")
_HUNDRED = Decimal(100)


@register("EV20", name="fund-score-mismatch", groups=("appendix",), kind="fund_score_recompute")
def fund_score_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """项目资金（年度资金总额）行的得分与“分值 × 执行率（不超过分值）”不符。

    **Anti-pattern**
    ``年度资金总额 50.00 60.00 58.40 10 97.33% 8.60``: 10 × 97.33% = 9.73, and no rounding of 9.73 prints 8.60.

    **Best practice**
    ``年度资金总额 50.00 60.00 58.40 10 97.33% 9.73``. The national 项目支出绩效自评表 scores its funds row as
    分值 × 执行率, never above the 分值; the rate is the printed 执行率 or 全年执行数 ÷ 全年预算数 (a score fitting
    either passes: EV03 holds the rate itself), each over its printed rounding, a whole 分值 exact. A printed
    得分 is explained by rounding half up, down or up to its last printed digit, and one printed as a whole or
    half point by rounding to whole or half points (some regions score in halves): it stands for anything
    within one unit of its last digit (a whole point: one point; a half point: half a point) either side, ends
    excluded, and only a computed score outside that is flagged. Where the report's notes print the rule
    (appendix.yml fund_score_rule: '预算执行率得分=执行率×分值') a mismatch is an error; where they do not, the
    national rule is an assumption, stated, and a mismatch a warning (a region may score its funds row in
    bands). A score above its 分值 is EV02's.
    """
    app = of(analysis)
    rule = app.memo("fund_score_rule", _printed_rule)
    for et in app.evals:
        for f in et.funds:
            found = _mismatch(f)
            if found is None:
                continue
            computed, rate, window = found
            v = f.values
            ev = [row_evidence(f.row, et.table, column_name("score"), role="claim")]
            if rule is not None:
                ev.append(rule)
            assumed = "" if rule is not None else messages.msg("EV20.assumed", opts.lang)
            yield Finding("EV20", "error" if rule is not None else "warning", messages.msg(
                "EV20", opts.lang, project=project_name(et), label=f.label, score=v["score"].raw,
                weight=v["weight"].raw, rate=rate, computed=fmt(computed), assumed=assumed), ev,
                computation=messages.msg("EV20.comp", weight=v["weight"].raw, rate=rate, computed=computed,
                                         score=v["score"].raw, lo=fmt(window.lo), hi=fmt(window.hi)),
                args={"table": et.table.id, "column": column_name("score")})


def _mismatch(f: Funds) -> tuple[Interval, str, Interval] | None:
    """The row's score by its first rate (printed, else computed) and what its printed 得分 stands for, when
    no rate it prints or implies explains that 得分; None when it does or a figure is missing."""
    v = f.values
    weight, score = points(v.get("weight")), v.get("score")
    if weight is None or score is None or score.value is None or score.kind != "number":
        return None
    window = _stands_for(score)
    if window.lo >= weight.hi:
        return None                   # at or above its weight: EV02's, or full marks rounded
    rates = _rates(f)
    if not rates:
        return None
    scored = [(_scored(weight, r), shown) for r, shown in rates]
    if any(e.hi > window.lo and e.lo < window.hi for e, _ in scored):
        return None
    computed, shown = scored[0]
    return computed, shown, window


def _rates(f: Funds) -> list[tuple[Interval, str]]:
    """The row's 执行率 in percent as printed ('97.33%', '100') and as 全年执行数 ÷ 全年预算数, with how each is shown."""
    out = []
    rate = f.values.get("rate")
    if rate is not None and rate.kind in ("number", "percent"):
        # as printed, and a fraction printed without % ('0.97') also as its hundredfold
        out += [(r, fmt(r) + "%" if i else rate.raw if rate.raw.endswith(("%", "％")) else rate.raw + "%")
                for i, r in enumerate(rate_readings(rate))]
    spent, budget = interval(f.values.get("spent")), interval(f.values.get("full_budget"))
    if spent is not None and budget is not None:
        computed = ratio(spent, budget)
        if computed is not None:
            out.append((computed, fmt(computed) + "%"))
    return out


def _scored(weight: Interval, rate: Interval) -> Interval:
    """分值 × 执行率, never above the 分值."""
    r = rate.clamp_nonneg()
    return Interval(min(weight.lo, weight.lo * r.lo / _HUNDRED), min(weight.hi, weight.hi * r.hi / _HUNDRED))


def _stands_for(score: Cell) -> Interval:
    """The true scores a printed 得分 may stand for (ends excluded): one unit of its last printed digit either
    side (rounded half up, down or up); a whole point printed with decimals ('9.00') one point either side and a
    half point ('9.5') half a point (rounded to whole or half points, then printed to the column's digits)."""
    unit = Decimal(1).scaleb(-score.decimals)
    if score.decimals and score.value == score.value.to_integral_value():
        unit = Decimal(1)
    elif score.decimals and score.value * 2 == (score.value * 2).to_integral_value():
        unit = max(unit, _HALF)
    return Interval(score.value - unit, score.value + unit)


def _printed_rule(app: Appendix) -> Evidence | None:
    """Where the report's notes print the funds score rule (appendix.yml fund_score_rule), first place only."""
    for p in app.report.paragraphs:
        m = _rule_re().search(to_halfwidth(p.text))
        if m:
            return Evidence(text=p.text.strip(), **p.where(m.start()), role="context")
    for t in app.report.tables:
        for row in t.rows:
            if _rule_re().search(to_halfwidth(row.raw)):
                return row_evidence(row, t, role="context")
    return None


@lru_cache(maxsize=1)
def _rule_re() -> "regex.Pattern[str]":
    lex = lexicon.load("appendix")
    rule = lex["fund_score_rule"]
    rate = lexicon.alternation(lex["header"]["fund_column_words"]["rate"])
    weight, times = lexicon.alternation(rule["weights"]), lexicon.alternation(rule["times"])
    return regex.compile(rf"(?:{rate})\s*(?:{times})\s*(?:{weight})|(?:{weight})\s*(?:{times})\s*(?:{rate})")
