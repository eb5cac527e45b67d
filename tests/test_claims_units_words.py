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


def test_a_full_width_comma_or_a_space_groups_thousands_in_a_figure_with_decimals():
    # '1，089.69' typed with a Chinese input method, '1 134.84' as some PDFs print it: one figure each,
    # not '1' and a subjectless '089.69' (which left every later figure of the sentence without subject)
    cs = claims_of("本年收入合计1，089.69万元，比上年减少1006.01万元。本年支出合计 1 134.84 万元。")
    assert [(c.subject, c.value) for c in cs if c.kind == "amount"] == [
        ("本年收入合计", Decimal("1089.69")), ("本年支出合计", Decimal("1134.84"))]


def test_a_full_width_comma_between_whole_numbers_still_parts_clauses():
    cs = claims_of("年末在职人员12人，100人次参加培训，开展项目 8，200 万元用于采购。")
    assert [c.value for c in cs if c.kind in ("count", "amount")] == [Decimal(12), Decimal(100), Decimal(200)]


def test_cells_of_a_flattened_table_row_are_no_space_grouped_figure():
    from finder.claims.patterns import arabic_numbers

    row = "企业所得税 564 600 850 141.67% 50.71%"
    assert [t.digits for t in arabic_numbers(row)] == ["564", "600", "850", "141.67", "50.71"]
    assert [t.digits for t in arabic_numbers("支出合计 1 134.84 万元")] == ["1134.84"]


def test_a_currency_word_before_the_figure_is_no_part_of_its_subject():
    cs = claims_of("本年支出合计为人民币1134.84万元，年末结转和结余￥45.15万元。")
    assert [c.subject for c in cs if c.kind == "amount"] == ["本年支出合计", "年末结转和结余"]
