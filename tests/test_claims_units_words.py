"""Lexicon-only readings: large money units, threshold verbs, and 节约 as a saving rather than a change."""
from __future__ import annotations

from decimal import Decimal

from finder.claims.extract import extract_report
from finder.model import Paragraph, Report


def claims_of(text: str, year: int = 2019):
    para = Paragraph(text, 0, anchors=[(0, 1, 0)], role="narrative")
    claims, _, _ = extract_report(Report("<t>", "text", "", year=year, paragraphs=[para]))
    return claims


def test_wan_yi_yuan_is_ten_thousand_yi():
    c = [c for c in claims_of("全省一般公共预算支出1.25万亿元，比上年增加0.05万亿元。") if c.kind == "amount"][0]
    assert c.unit == "万元" and c.value == Decimal("125000000")


def test_threshold_verb_makes_an_approximate_figure():
    cs = claims_of("本年采购规模为5210.5亿元，首次突破5000亿元，比上年增加310.2亿元。")
    by_raw = {c.raw_number: c for c in cs}
    assert by_raw["5000"].approx == "more_than" and by_raw["5210.5"].approx is None


def test_saving_is_not_a_change_on_last_year():
    cs = claims_of("实际采购规模为8120.40万元。节约资金612.35万元，节约率为7.01%。")
    saved = next(c for c in cs if c.raw_number == "612.35")
    assert saved.direction is None and saved.period != "上年"


def test_saving_against_last_year_is_a_decrease():
    cs = claims_of("公务接待费支出3.5万元，比上年节约1.2万元，下降25.53%。")
    change = next(c for c in cs if c.raw_number == "1.2")
    assert change.direction == "减少" and change.period == "上年"


def test_adjusted_budget_is_the_full_year_budget():
    cs = claims_of("本年支出决算12.00万元，完成调整预算的85.71%。")
    rate = next(c for c in cs if c.raw_number == "85.71")
    assert rate.kind == "completion" and rate.period == "全年预算"
