"""Numbers of real reports of other regions left unread though the report prints what checks them (realtext21).

Every sentence here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from plant_points import read

_HEAD = "一、收支预算执行情况\n"


def _analysed(text: str):
    return read(text, 2031, _HEAD)


def _share(a, raw: str):
    return next(c for c in a.claims if c.kind == "share" and c.raw == raw)


def test_a_share_of_a_whole_stated_under_the_same_name_is_checked():
    """'占一般公共预算收入的 P%' in a region's report names no concept or table row: the whole is the amount
    stated before it under that name, a level word or '地方' before it (arith.yml same_name_wholes)."""
    a, found = _analysed("全县地方一般公共预算收入完成 40,000 万元，同比增长 5.0%。其中：税收收入完成 30,000 万元，"
                         "占一般公共预算收入的 75.00%；非税收入完成 10,000 万元，占一般公共预算收入的比重为 25.00%。")
    assert [_share(a, r).status for r in ("75.00%", "25.00%")] == ["verified", "verified"]
    assert found == []
    a, found = _analysed("本级一般公共预算收入完成 40,000 万元。其中：税收收入完成 30,000 万元，占一般公共预算收入 72.00%。")
    assert _share(a, "72.00%").status == "contradicted"
    assert found == [("AR01", "warning")]        # named with 本级 there: not printed alike, not certain
    a, found = _analysed("一般公共预算收入完成 40,000 万元。其中：税收收入完成 30,000 万元，占一般公共预算收入 72.00%。")
    assert found == [("AR01", "error")]


def test_a_share_naming_a_level_is_no_share_of_another_levels_figure():
    """'占全市…' is of the 全市 figure, not of the 市本级 one stated after it."""
    a, _ = _analysed("全市一般公共预算收入 90,000 万元。市本级一般公共预算收入 40,000 万元，"
                     "其中税收收入 30,000 万元，占全市一般公共预算收入的 33.33%。")
    assert _share(a, "33.33%").status == "verified"


def test_a_share_with_its_own_subject_before_zhan_is_not_the_items():
    """'税收占…的比重为 P%' after '非税收入 B' speaks of 税收, not of 非税收入: left unread, no false finding."""
    a, found = _analysed("地方一般公共预算收入 40,000 万元，其中税收收入 30,000 万元，非税收入 10,000 万元，"
                         "税收占地方一般公共预算收入的比重为 75.0%。")
    assert _share(a, "75.0%").status != "contradicted"
    assert found == []


def _status(a, kind: str, raw: str) -> str:
    return next(c.status for c in a.claims if c.kind == kind and c.raw == raw)


def test_last_years_budget_said_to_be_none_is_a_zero_base():
    """'同比增加 A 元，上年无该预算' (directions.yml nil_prior words): last year's budget is 0, the rise is the figure."""
    a, found = _analysed("2031 年会议费预算 26000 元，同比增加 26000 元，上年无该预算，增长率无可比性。")
    assert _status(a, "change_abs", "26000 元") == "verified"
    assert found == []
    a, found = _analysed("2031 年会议费预算 26000 元，同比增加 25000 元，上年无此预算。")
    assert _status(a, "change_abs", "25000 元") == "contradicted"
    assert ("AR02", "error") in found


def test_a_span_of_months_is_a_date():
    """'1-4月' / '1—5月份' open a period of the year: the first month is no figure left unread."""
    a, _ = _analysed("1-4月，全县一般公共预算收入 70.4 亿元，增长 1.9%。1—5月份，全县税收收入完成 31197 万元。")
    assert [n.raw for n in a.unclassified] == []
    assert sorted(n.raw for n in a.non_claims if n.reason == "date") == ["1", "1", "4", "5"]
    a, _ = _analysed("培训周期为 3-5 个月，全年共举办 4 期。")
    assert "3" not in [n.raw for n in a.non_claims if n.reason == "date"]


def test_a_change_on_a_restated_footing_is_its_figures():
    """'A 万元，按同口径同比减少 B 万元，下降 P%' (directions.yml footing_words): 按同口径 is no subject; the change
    and its rate are the figure's, read together on that footing."""
    a, found = _analysed("“三公”经费决算支出数为 2330.16 万元，按同口径同比减少 127.92 万元，下降 5.2%。")
    assert _status(a, "change_pct", "5.2%") == "verified"
    assert found == []
    a, found = _analysed("“三公”经费决算支出数为 2330.16 万元，按同口径同比减少 127.92 万元，下降 7.2%。")
    assert ("AR02", "error") in found
    a, _ = _analysed("其中，税收收入 841.2 亿元，可比下降 8.4%。")
    assert next(c.subject for c in a.claims if c.kind == "change_pct") == "税收收入"


def test_a_rate_on_a_restated_footing_is_not_paired_with_a_plain_change():
    """'比上年减少 B 万元，下降 P%，按同口径下降 Q%' (or Q first): Q is on another base than B, never recomputed
    from it (groups.footing keeps it apart, on a base '上年同口径' no check holds to last year's printed figure)."""
    a, found = _analysed("“三公”经费决算支出数为 2330.16 万元，比上年减少 127.92 万元，下降 5.2%，按同口径下降 3.1%。")
    assert _status(a, "change_pct", "5.2%") == "verified"
    assert _status(a, "change_pct", "3.1%") == "unverifiable"
    assert found == []
    a, found = _analysed("“三公”经费决算支出数为 2330.16 万元，按同口径下降 3.1%，比上年减少 127.92 万元，下降 5.2%。")
    assert _status(a, "change_pct", "5.2%") == "verified"
    assert found == []


def test_a_sentence_opening_with_a_footing_word_is_left_unread():
    """'。同口径比上年减少 A 万元' after a 其中 list names no figure: not read as the last item's change."""
    a, found = _analysed("“三公”经费预算为 6656 万元。其中，公务接待费 956 万元，公务用车购置及运行费 5600 万元，"
                         "因公出国（境）费 100 万元。同口径比上年减少 1660 万元，下降 20%。")
    assert found == []
    assert _status(a, "change_abs", "1660 万元") == "unverifiable"
