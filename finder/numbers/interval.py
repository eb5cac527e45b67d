"""Intervals over Decimal: what a printed, rounded figure can mean, and arithmetic on them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import Enum

ZERO = Decimal(0)
HUNDRED = Decimal(100)


class Verdict(str, Enum):
    CONSISTENT = "consistent"
    BORDERLINE = "borderline"      # off by at most one unit of the last printed digit
    CONTRADICTED = "contradicted"
    UNDEFINED = "undefined"        # e.g. a ratio whose denominator may be zero


@dataclass(frozen=True)
class Interval:
    """An interval [lo, hi] of Decimals (a printed figure: [lo, hi), see `overlaps`); `text` keeps the printed form if any."""

    lo: Decimal
    hi: Decimal
    text: str = ""
    bound: str = ""      # '>', '>=' or '<': a hedged figure's one-sided bound at its printed value (`bounded`)

    def __post_init__(self) -> None:
        if self.lo > self.hi:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")

    # -- construction -------------------------------------------------------
    @classmethod
    def exact(cls, value: Decimal | int | str, text: str = "") -> "Interval":
        v = Decimal(_clean(value)) if isinstance(value, str) else Decimal(value)
        return cls(v, v, text or str(value))

    @classmethod
    def printed(cls, text: str, scale: Decimal | int = 1) -> "Interval":
        """'0.16' -> [0.155, 0.165]: half a unit of the last printed digit, times `scale`.

        `scale` converts units (e.g. 亿元 -> 万元 is 10000) after the rounding width is taken.
        """
        v, half = _printed_value(text)
        s = Decimal(scale)
        return cls((v - half) * s, (v + half) * s, text)

    @classmethod
    def rounded(cls, value: Decimal, decimals: int, text: str = "") -> "Interval":
        half = _half_unit(-decimals)
        return cls(value - half, value + half, text or str(value))

    @property
    def mid(self) -> Decimal:
        return (self.lo + self.hi) / 2

    @property
    def width(self) -> Decimal:
        return self.hi - self.lo

    # -- arithmetic ----------------------------------------------------------
    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __neg__(self) -> "Interval":
        return Interval(-self.hi, -self.lo)

    def scale(self, k: Decimal | int) -> "Interval":
        k = Decimal(k)
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), max(a, b))

    def __truediv__(self, other: "Interval") -> "Interval":
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("denominator interval contains 0")
        cands = [self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi]
        return Interval(min(cands), max(cands))

    def percent_of(self, whole: "Interval") -> "Interval":
        """self ÷ whole × 100."""
        return (self / whole).scale(HUNDRED)

    def clamp_nonneg(self) -> "Interval":
        """Amounts cannot be negative: cut the lower end at 0 (a printed 0 is [0, 0.005])."""
        if self.hi < 0:
            return self
        return Interval(max(self.lo, ZERO), self.hi, self.text)

    # -- relations -------------------------------------------------------------
    def contains(self, v: Decimal) -> bool:
        return self.lo <= v <= self.hi

    @property
    def point(self) -> bool:
        return self.lo == self.hi

    def overlaps(self, other: "Interval") -> bool:
        """Whether both can hold one value. A printed figure rounded half-up covers [lo, hi): two
        figures printed to the same precision with different digits (995 → [994.5, 995.5), 996 →
        [995.5, 996.5)) only touch and hold no common value; an exact point touching an end does."""
        if self.point or other.point:
            return self.lo <= other.hi and other.lo <= self.hi
        return self.lo < other.hi and other.lo < self.hi

    def gap(self, other: "Interval") -> Decimal:
        """Distance between the intervals (0 when they overlap)."""
        if self.overlaps(other):
            return ZERO
        return other.lo - self.hi if self.hi < other.lo else self.lo - other.hi

    def widen(self, by: Decimal) -> "Interval":
        return Interval(self.lo - by, self.hi + by, self.text)

    def bounded(self, approx: str | None) -> "Interval":
        """The printed figure as the one-sided bound its approximate word sets (units.yml approx kinds:
        '超过 50%' more_than, '10 余万元' at_least, '不足 10 万元' less_than); itself for other words
        ('约', '近' say no side) and none."""
        op = BOUNDS.get(approx or "")
        if approx == "at_most" and self.text:
            return self.nearly()
        return Interval(self.lo, self.hi, self.text, op) if op else self

    def nearly(self) -> "Interval":
        """'接近 83%', '近三成' (units.yml approx at_most): the figure lies below the printed one by at most a step
        and above it by no more than its rounding: [N − step, N + half a unit]. The step is a unit of the last
        printed digit ('83': 1, '三成': 10%), or five when that digit is 0 ('接近70%' reaches 65, '接近100%' 95):
        a round figure is said of values up to half its next digit below it. A generous reading, so only a
        figure plainly far from N contradicts it."""
        v = Decimal(_clean(self.text))
        if not v:
            return self
        unit = self.hi - self.lo
        step = unit * (5 if _clean(self.text).rstrip()[-1] == "0" else 1)
        return Interval(self.mid - step, self.hi, self.text)

    def __str__(self) -> str:
        if self.bound:
            return f"{self.bound} {show(self.mid)}"
        return f"[{show(self.lo, ROUND_FLOOR)}, {show(self.hi, ROUND_CEILING)}]"


# what each approximate word's kind says of the true value against the printed one
BOUNDS = {"more_than": ">", "at_least": ">=", "less_than": "<"}


def show(d: Decimal, rounding: str = ROUND_FLOOR, places: int = 4) -> str:
    """A Decimal for messages: at most `places` decimals, rounded outward, no exponent."""
    q = Decimal(1).scaleb(-places)
    if d.as_tuple().exponent < -places:  # type: ignore[operator]
        d = d.quantize(q, rounding=rounding)
    s = format(d.normalize(), "f")
    return s if s not in ("-0",) else "0"


@lru_cache(maxsize=1 << 14)
def _printed_value(text: str) -> tuple[Decimal, Decimal]:
    """A printed number's value and half a unit of its last printed digit (Decimals are immutable,
    so one reading of a string serves every claim and cell that prints it)."""
    v = Decimal(_clean(text))
    return v, _half_unit(int(v.as_tuple().exponent))


@lru_cache(maxsize=None)
def _half_unit(exp: int) -> Decimal:
    """Half of 10**exp."""
    return Decimal(1).scaleb(exp) / 2


def _clean(text: str) -> str:
    """A printed number as Decimal reads it: full-width digits to ASCII, separators dropped."""
    from finder.numbers.parse import to_halfwidth   # parse imports the lexicons; keep interval light

    return to_halfwidth(text).replace(",", "").strip()


def unit_of_last_digit(text: str) -> Decimal:
    """'87.8' -> 0.1, '130' -> 1, '0.00' -> 0.01."""
    clean = _clean(text)
    exp = Decimal(clean).as_tuple().exponent
    return Decimal(1).scaleb(int(exp))


def compare(reported: Interval, computed: Interval, unit: Decimal | None = None) -> Verdict:
    """CONSISTENT if the intervals share a value (`overlaps`: printed intervals that only touch do
    not); BORDERLINE if they miss by at most one unit of the reported figure's last printed digit
    (a rounding adjustment, or a half rounded the other way); else CONTRADICTED. A bounded figure
    ('超过 50%': Interval.bounded) is CONSISTENT when the computed interval reaches past its printed
    value on the bound's side, else CONTRADICTED (the threshold is exact: no borderline band)."""
    if reported.bound:
        t = reported.mid
        holds = {">": computed.hi > t, ">=": computed.hi >= t, "<": computed.lo < t}[reported.bound]
        return Verdict.CONSISTENT if holds else Verdict.CONTRADICTED
    if reported.overlaps(computed):
        return Verdict.CONSISTENT
    if unit is None and reported.text and reported.width > 0:
        unit = reported.width        # a printed figure spans one unit of its last digit, in its value's unit
    elif unit is None and reported.text:
        try:
            unit = unit_of_last_digit(reported.text)
        except Exception:  # noqa: BLE001 - non-numeric text: no borderline band
            unit = None
    if unit is not None and reported.gap(computed) <= unit:
        return Verdict.BORDERLINE
    return Verdict.CONTRADICTED


def total(items: list[Interval]) -> Interval:
    acc = Interval(ZERO, ZERO)
    for it in items:
        acc = acc + it
    return acc
