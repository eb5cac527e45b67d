"""Property tests for finder/numbers/interval.py: printed intervals, arithmetic, never a false contradiction."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finder.numbers.interval import Interval, Verdict, compare, total

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=4, allow_nan=False,
                      allow_infinity=False)
places = st.integers(min_value=0, max_value=3)


def rounded(d: Decimal, k: int) -> str:
    return str(d.quantize(Decimal(1).scaleb(-k), rounding=ROUND_HALF_UP))


def point(iv: Interval, t: float) -> Decimal:
    return iv.lo + (iv.hi - iv.lo) * Decimal(str(t))


@given(amounts, places)
def test_printed_interval_contains_the_printed_value(d, k):
    s = rounded(d, k)
    iv = Interval.printed(s)
    assert iv.contains(Decimal(s))
    assert iv.width == Decimal(1).scaleb(-k)


@given(amounts, places)
def test_printed_interval_contains_every_value_that_rounds_to_it(d, k):
    assert Interval.printed(rounded(d, k)).contains(d)


fractions = st.floats(min_value=0, max_value=1)


@given(amounts, amounts, places, places, fractions, fractions)
def test_sum_difference_quotient_contain_every_point_result(a, b, ka, kb, ta, tb):
    x, y = Interval.printed(rounded(a, ka)), Interval.printed(rounded(b, kb))
    px, py = point(x, ta), point(y, tb)
    assert (x + y).contains(px + py)
    assert (x - y).contains(px - py)
    if y.lo > 0:
        assert (x / y).contains(px / py)
        assert x.percent_of(y).contains(px / py * 100)


@given(st.lists(amounts, min_size=1, max_size=8), places)
def test_total_of_rounded_parts_is_never_contradicted_by_the_rounded_total(parts, k):
    printed_total = Interval.printed(rounded(sum(parts), k))
    assert compare(printed_total, total([Interval.printed(rounded(p, k)) for p in parts])) != Verdict.CONTRADICTED


def test_borderline_and_contradiction_from_the_seeds():
    # 183.91% printed where 1406.17 / 764.56 lies in [183.917%, 183.921%]: off by one unit
    iv = Interval.printed("1406.17").percent_of(Interval.printed("764.56"))
    assert compare(Interval.printed("183.91"), iv) == Verdict.BORDERLINE
    # 10.07% where 53.43 / 53.43 is 100%
    prior = Interval.printed("0.00") + Interval.printed("53.43")
    assert compare(Interval.printed("10.07"), Interval.printed("53.43").percent_of(prior)) == Verdict.CONTRADICTED


def test_the_borderline_band_is_one_unit_of_the_last_digit_in_the_unit_of_the_value():
    # figures printed in 元 and read as 万元: one unit of '31000.00' is 0.01 元, not 0.01 万元
    yuan = Decimal("0.0001")
    assert compare(Interval.printed("31000.00", yuan), Interval.printed("31050.00", yuan)) == Verdict.CONTRADICTED
    assert compare(Interval.printed("31000.00", yuan), Interval.printed("31000.01", yuan)) == Verdict.BORDERLINE
    # printed in 亿元: one unit of '1.2' is 0.1 亿元 = 1000 万元
    yi = Decimal(10000)
    assert compare(Interval.printed("1.2", yi), Interval.printed("1.3", yi)) == Verdict.BORDERLINE
    assert compare(Interval.printed("1.2", yi), Interval.printed("1.5", yi)) == Verdict.CONTRADICTED


def test_ratio_over_zero_raises_zero_division():
    with pytest.raises(ZeroDivisionError):
        Interval.printed("1") / Interval.printed("0.00")


# -- half-open rounding intervals ---------------------------------------------------------------
def test_same_precision_figures_with_different_digits_are_borderline_not_consistent():
    # 995 covers [994.5, 995.5), 996 covers [995.5, 996.5): no value rounds to both
    assert compare(Interval.printed("995"), Interval.printed("996")) == Verdict.BORDERLINE
    assert compare(Interval.printed("326.71"), Interval.printed("326.72")) == Verdict.BORDERLINE
    assert compare(Interval.printed("995"), Interval.printed("995")) == Verdict.CONSISTENT


def test_an_exact_point_at_an_end_still_meets():
    assert compare(Interval.exact(Decimal("995.5")), Interval.printed("996")) == Verdict.CONSISTENT
    assert Interval.exact(0).overlaps(Interval(Decimal(0), Decimal("0.005")))


@given(amounts, places)
def test_restatement_at_the_same_precision_is_never_flagged(d, k):
    """A value rounded twice to the same precision prints the same digits and is consistent."""
    assert compare(Interval.printed(rounded(d, k)), Interval.printed(rounded(d, k))) == Verdict.CONSISTENT


@given(amounts, amounts, places, st.integers(min_value=0, max_value=2))
@settings(max_examples=300)
def test_correctly_rounded_recomputation_is_never_even_borderline(a, b, k, kp):
    """With half-open rounding a correct share never merely touches the recomputed interval."""
    pa, pb = rounded(a, k), rounded(b, k)
    if Decimal(pb) <= 0:
        return
    pct = rounded(a / b * 100, kp)
    verdict = compare(Interval.printed(pct), Interval.printed(pa).percent_of(Interval.printed(pb)))
    assert verdict == Verdict.CONSISTENT


@given(st.lists(amounts, min_size=1, max_size=8), places)
def test_total_of_rounded_parts_is_consistent_with_the_rounded_total(parts, k):
    printed_total = Interval.printed(rounded(sum(parts), k))
    assert compare(printed_total, total([Interval.printed(rounded(p, k)) for p in parts])) == Verdict.CONSISTENT


_FULL = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


@given(amounts, places)
def test_a_figure_printed_in_full_width_digits_reads_as_its_ascii_form(d, k):
    s = rounded(d, k)
    wide, ascii_ = Interval.printed(s.translate(_FULL)), Interval.printed(s)
    assert (wide.lo, wide.hi) == (ascii_.lo, ascii_.hi)
    assert Interval.exact(s.translate(_FULL)).lo == Decimal(s)      # it raised InvalidOperation
