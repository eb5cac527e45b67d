"""Coarse operands: a figure printed with fewer decimals than its neighbours of the same unit, and the
verdict of a recomputation that holds only through that figure's rounding."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Sequence

from finder import messages
from finder.model import Claim
from finder.numbers.interval import Interval, Verdict, compare
from finder.numbers.parse import NUMBER_RE, decimals_of, parse_decimal, to_halfwidth

Operand = Claim | Interval | None


messages.add({
    "precision.read_as": {"zh": "{printed} 读作 {read}", "en": "{printed} read as {read}"},
    "precision.borderline": {"zh": "差一个末位单位（可能为尾数调整），不能确认",
                             "en": "off by one unit of the last printed digit (a rounding adjustment?): not confirmed"},
    "precision.coarse": {"zh": "仅因较粗数字的舍入才一致：{note}，重算为 {sharp}，不符",
                         "en": "agrees only through the rounding of a coarser figure: {note} recomputes to {sharp}, a mismatch"},
})


def printed_unit(c: Claim) -> str:
    """The unit as printed after the number ('万元' of '1万元'), '' when none."""
    num = c.raw_number
    return c.raw[len(num):].strip() if num and c.raw.startswith(num) else ""


def neighbour_decimals(c: Claim) -> int | None:
    """The decimals the other figures of the paragraph printed in the same unit carry, when they carry
    some: the most frequent count among those with decimals (ties: the finer); None otherwise."""
    unit = printed_unit(c)
    if not unit or not c.raw_number:
        return None
    text, numbers = c.paragraph.derived("precision.decimal_numbers", _decimal_numbers)
    counts: Counter[int] = Counter()
    for start, end, k in numbers:
        if start <= c.start < end or c.start <= start < c.end:
            continue
        if text[end:end + len(unit) + 2].lstrip().startswith(unit):
            counts[k] += 1
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], k))


def _decimal_numbers(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The paragraph read half-width, and (start, end, decimals) of each number in it printed with
    decimals: once per paragraph, not once for each of its claims."""
    half = to_halfwidth(text)
    found = ((m.start(), m.end(), decimals_of(m.group())) for m in NUMBER_RE.finditer(half))
    return half, [n for n in found if n[2]]


def sharp(c: Claim) -> Interval | None:
    """A money or count amount printed coarser than its neighbours of the same unit, read at their
    precision ('1万元' beside '0.53万元' → 1.00 → [0.995, 1.005)); None when it is not coarse."""
    if c.kind not in ("amount", "change_abs") or c.unit == "%":
        return None
    k = neighbour_decimals(c)
    if k is None or k <= decimals_of(c.raw_number):
        return None
    text = str(parse_decimal(c.raw_number).quantize(Decimal(1).scaleb(-k)))
    return Interval.printed(text, c.scale)


def sharp_text(c: Claim) -> str:
    k = neighbour_decimals(c) or 0
    return str(parse_decimal(c.raw_number).quantize(Decimal(1).scaleb(-k)))


@dataclass(frozen=True)
class Judgement:
    """A recomputed figure against the printed one. `sharp` is set when the recomputation agrees only
    because a coarse operand may lie anywhere in its ±half unit: read at its neighbours' precision
    (`coarse`, as printed → as read) the recomputation `sharp` contradicts the printed figure."""

    verdict: Verdict
    computed: Interval
    sharp: Interval | None = None
    coarse: tuple[tuple[str, str], ...] = ()

    @property
    def only_by_rounding(self) -> bool:
        return self.sharp is not None

    def note(self) -> str:
        """'1 读作 1.00' for each coarse operand."""
        return messages.listing(messages.msg("precision.read_as", printed=a, read=b) for a, b in self.coarse)


def judge(reported: Interval, operands: Sequence[Operand], recompute: Callable[..., Interval | None]
          ) -> Judgement | None:
    """compare(reported, recompute(*operands)); when that agrees, recompute again with each coarse
    claim read at its neighbours' precision: a contradiction then means the agreement rests on the
    rounding of a coarse figure alone (a borderline case, never a verification)."""
    ivs = [o.interval if isinstance(o, Claim) else o for o in operands]
    computed = recompute(*ivs)
    if computed is None:
        return None
    verdict = compare(reported, computed)
    if verdict != Verdict.CONSISTENT:
        return Judgement(verdict, computed)
    sharps = [sharp(o) if isinstance(o, Claim) else None for o in operands]
    if not any(sharps):
        return Judgement(verdict, computed)
    again = recompute(*[s or iv for s, iv in zip(sharps, ivs)])
    if again is None or compare(reported, again) != Verdict.CONTRADICTED:
        return Judgement(verdict, computed)
    coarse = tuple((o.raw_number, sharp_text(o)) for o, s in zip(operands, sharps) if s is not None)
    return Judgement(verdict, computed, again, coarse)


def status_of(j: Judgement) -> tuple[str, str]:
    """(status, reason) of a recomputed claim: verified only when it agrees without a rounding
    adjustment and without leaning on a coarse figure's rounding."""
    if j.verdict == Verdict.CONTRADICTED:
        return "contradicted", ""
    if j.verdict == Verdict.BORDERLINE:
        return "unverifiable", messages.msg("precision.borderline")
    if j.only_by_rounding:
        return "unverifiable", messages.msg("precision.coarse", note=j.note(), sharp=j.sharp)
    return "verified", ""
