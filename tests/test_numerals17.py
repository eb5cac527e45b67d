"""Numbers written in words (session 17): Chinese numerals as counts and percentages, multiples
(倍, 成) and the one-sided bounds of hedged figures (超过, 余, 不足).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, strategies as st

from finder.checks import run as run_checks
from finder.claims.tokens import number_tokens
from finder.numbers.interval import Interval, Verdict, compare
from finder.numbers.parse import zh_numeral
from finder.testing import analysis_from

_DIGITS = "零一二三四五六七八九"


def _below_10k(n: int, two: bool) -> str:
    """n in 1..9999 in Chinese numerals, 零 for each run of skipped places, 两 before 百/千 when `two`."""
    out, gap = "", False
    for power, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // power % 10
        if d == 0:
            gap = bool(out)
            continue
        if gap:
            out, gap = out + "零", False
        digit = "两" if two and d == 2 and power >= 100 else _DIGITS[d]
        out += ("" if power == 10 and d == 1 and not out else digit) + name
    return out


def _written(n: int, two: bool) -> str:
    """0..99999 as printed in words: 十二, 一百零五, 两万零三十."""
    if n == 0:
        return "零"
    high, low = divmod(n, 10000)
    if not high:
        return _below_10k(low, two)
    head = ("两" if two and high == 2 else _DIGITS[high]) + "万"
    if not low:
        return head
    return head + ("零" if low < 1000 else "") + _below_10k(low, two)


@given(st.integers(min_value=0, max_value=99999), st.booleans())
def test_numerals_round_trip(n, two):
    assert zh_numeral(_written(n, two)) == n


def test_the_writer_prints_the_usual_forms():
    assert [_written(n, False) for n in (10, 12, 105, 110, 2005, 20030)] == \
        ["十", "十二", "一百零五", "一百一十", "二千零五", "二万零三十"]
    assert _written(20030, True) == "两万零三十"


def _claims(text: str, tables: dict | None = None):
    return analysis_from(tables or {}, "一、收入支出决算总体情况说明\n" + text + "\n", 2031).claims


def test_counts_in_numerals_one_and_over_a_hundred():
    """'一辆' (a numeral opening with 一) and '一百零五人' were not read; numerals before a count unit are."""
    cs = _claims("本年公务接待两批次，共计二十三人次，外事接待一百零五人；购置公务用车一辆，共三个项目。")
    assert [(c.kind, c.value, c.unit) for c in cs] == [
        ("count", 2, "批次"), ("count", 23, "人次"), ("count", 105, "人"), ("count", 1, "辆"), ("count", 3, "个")]


def test_a_numeral_with_no_count_unit_is_no_count():
    text = "一是统一标准，每一个单位、同一项目的一般性支出纳入一级项目一体化管理，一次性补助，第一批。"
    assert number_tokens(text) == []


def test_an_approximate_count_in_numerals():
    """'十余次', '二十多人' as '10余次': the 余 / 多 between the numeral and its unit makes an at-least count."""
    assert [(t.value, t.unit.printed, t.approx) for t in number_tokens("召开会议十余次，培训二十多人次。")] == \
        [(10, "次", "at_least"), (20, "人次", "at_least")]


def test_a_lone_one_counts_only_where_its_phrase_ends():
    """A lone 一 before a unit is as often the article as a count: '形成一套制度', '打造一批项目',
    '作为一个平台', '无一人' are no counts; '共计一家，', '用车一辆、' are."""
    assert number_tokens("形成一套制度，打造一批项目，作为一个平台，无一人缺席。") == []
    assert [(t.value, t.unit.printed) for t in number_tokens("下属单位共计一家，购置公务用车一辆、")] == \
        [(1, "家"), (1, "辆")]


def test_a_car_list_in_numerals_is_summed_like_its_digit_twin():
    """AR04 sums a count list closed by 其他: in numerals it had lost its 一辆 items and stayed quiet. Items
    adding to more than the whole are an error, as in a list not closed by 其他."""
    text = "截至2031年12月31日，本部门共有车辆十辆，其中：主要负责人用车一辆、执法执勤用车八辆、其他用车{x}辆。"
    assert not [f for f in run_checks(analysis_from({}, text.format(x="一"), 2031)) if f.severity != "info"]
    twin = [(f.check, f.severity) for f in run_checks(analysis_from({}, text.replace("十辆", "10辆").replace(
        "一辆", "1辆").replace("八辆", "8辆").format(x="2"), 2031)) if f.severity != "info"]
    words = [(f.check, f.severity) for f in run_checks(analysis_from({}, text.format(x="两"), 2031))
             if f.severity != "info"]
    assert words == twin == [("AR04", "error")]


def test_percentages_in_words():
    [share] = [c for c in _claims("本年支出合计 300.00 万元，占全年预算的百分之九十八。") if c.unit == "%"]
    assert (share.value, share.decimals, share.interval) == (98, 0, Interval.printed("98"))
    [pct] = [c for c in _claims("本年支出合计 300.00 万元，比上年增长百分之十二点五。") if c.unit == "%"]
    assert (pct.kind, pct.value, pct.decimals, pct.direction) == ("change_pct", Decimal("12.5"), 1, "增长")


def _errors(text: str) -> list[tuple[str, str]]:
    a = analysis_from({}, "一、收入支出决算总体情况说明\n" + text + "\n", 2031)
    return [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"]


def test_a_rate_in_words_is_recomputed_by_ar02():
    text = "本年收入合计 200.00 万元，比上年增加 {a} 万元，增长百分之百。"
    assert _errors(text.format(a="100.00")) == []
    assert _errors(text.format(a="50.00")) == [("AR02", "error")]


def test_multiples_in_words_are_their_digit_twins():
    """'增长一倍' is '增长 1 倍' (+100%, printed to a whole 倍: [50%, 150%]); '三成' is 30% printed to a
    whole 成: [25%, 35%]."""
    [word] = [c for c in _claims("本年收入合计 200.00 万元，比上年增长一倍。") if c.unit == "%"]
    [digit] = [c for c in _claims("本年收入合计 200.00 万元，比上年增长 1 倍。") if c.unit == "%"]
    assert (word.kind, word.value, word.interval) == (digit.kind, digit.value, digit.interval)
    assert (word.kind, word.value, word.interval.lo, word.interval.hi) == ("change_pct", 100, 50, 150)
    [three] = [c for c in _claims("本年支出合计 70.00 万元，比上年下降三成。") if c.unit == "%"]
    assert (three.kind, three.value, three.interval.lo, three.interval.hi) == ("change_pct", 30, 25, 35)
    text = "本年支出合计 70.00 万元，比上年减少 30.00 万元，下降{p}。"
    assert _errors(text.format(p="三成")) == []
    assert _errors(text.format(p="五成")) == [("AR02", "error")]
    assert _errors("本年收入合计 300.00 万元，比上年增加 200.00 万元，增长两倍。") == []


def test_hedged_rate_in_words_keeps_its_word():
    [near] = [c for c in _claims("本年支出合计 70.00 万元，比上年下降近三成。") if c.unit == "%"]
    assert (near.value, near.approx) == (30, "at_most")
    [about] = [c for c in _claims("本年支出合计 70.00 万元，比上年下降约两成。") if c.unit == "%"]
    assert (about.value, about.approx) == (20, "about")


def test_a_bound_holds_on_its_side_only():
    """'超过 50%' is contradicted only by a value at or below 50, '不足 10' only by one at or above 10;
    a figure on the wrong side of its bound is wrong (an error); '约' sets no side ('近' reaches a step below,
    test_twins22): a clear miss stays a warning."""
    more = Interval.printed("50").bounded("more_than")
    assert compare(more, Interval(Decimal("99.9"), Decimal("100.1"))) == Verdict.CONSISTENT
    assert compare(more, Interval(Decimal("49.9"), Decimal("50"))) == Verdict.CONTRADICTED
    less = Interval.printed("10").bounded("less_than")
    assert compare(less, Interval(Decimal("3"), Decimal("3"))) == Verdict.CONSISTENT
    assert compare(less, Interval(Decimal("10"), Decimal("10.2"))) == Verdict.CONTRADICTED
    assert Interval.printed("10").bounded("about") == Interval.printed("10")
    text = "本年收入合计 200.00 万元，比上年增加 100.00 万元，增长{p}。"
    assert _errors(text.format(p="超过 50%")) == []
    assert _errors(text.format(p="超过 150%")) == [("AR02", "error")]
    assert _errors(text.format(p="约 90%")) == [("AR02", "warning")]


_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、其他收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}


def test_a_hedged_amount_against_its_cell():
    """'超过 400 万元', '400 余万元', '不足 600 万元' hold for a cell of 500.00 (they were NT01 errors, read
    as 400 and 600); a bound the cell lies on the wrong side of is an error, a '约' figure that misses it
    a warning."""
    def read(words: str):
        a = analysis_from(_SUMMARY, f"一、收入支出决算总体情况说明\n本年收入合计{words}。\n", 2031)
        return [c.status for c in a.claims], [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"]
    for words in ("超过 400 万元", "400 余万元", "不足 600 万元"):
        assert read(words) == (["verified"], []), words
    assert read("超过 600 万元") == (["contradicted"], [("NT01", "error")])
    assert read("约 600 万元") == (["contradicted"], [("NT01", "warning")])
    assert read("600 万元") == (["contradicted"], [("NT01", "error")])


def test_a_zero_holds_a_place_before_ten():
    """'一万零十' (hypothesis found it) was read as 10000: 零 made the 十 after it 0 × 10."""
    assert [zh_numeral(x) for x in ("一万零十", "一百零五", "零", "十")] == [10010, 105, 0, 10]
