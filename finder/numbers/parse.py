"""Printed numbers -> Decimal with their printed precision; cells and targets as typed values."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal, InvalidOperation

import regex

from finder import lexicon

# Full-width digits and punctuation map one character to one character, so offsets survive.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－＋", "0123456789.,%-+")

NUMBER_RE = regex.compile(r"[-−]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?")

ZH_NUMERAL_RE = regex.compile(r"[零〇一二两三四五六七八九十百千]+")

DASHES = {"-", "--", "---", "—", "——", "－", "/", "\\", "…", "……", "——", "-/-"}


_FULLWIDTH_CHAR = regex.compile("[" + regex.escape("".join(map(chr, _FULLWIDTH))) + "]")


@lru_cache(maxsize=1 << 14)
def to_halfwidth(s: str) -> str:
    """Full-width digits etc. to ASCII; same length as the input. Remembered per text (many
    stages read the same sentences); no table walk when nothing is full-width."""
    return s.translate(_FULLWIDTH) if _FULLWIDTH_CHAR.search(s) else s


def parse_decimal(text: str) -> Decimal:
    """'1,089.69' -> Decimal('1089.69'), keeping printed decimals ('0.00' stays 0.00)."""
    clean = to_halfwidth(text).replace(",", "").replace("−", "-").strip()
    try:
        return Decimal(clean)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {text!r}") from exc


def decimals_of(text: str) -> int:
    clean = to_halfwidth(text).strip()
    return len(clean.split(".", 1)[1]) if "." in clean else 0


@lru_cache(maxsize=1)
def zh_numerals() -> tuple[dict[str, int], dict[str, int]]:
    """(digits, powers) of Chinese numerals from lexicons/units.yml `numerals`."""
    data = lexicon.load("units")["numerals"]
    return data["digits"], data["powers"]


def zh_numeral(text: str) -> int | None:
    """三 -> 3, 十二 -> 12, 二十 -> 20, 一百零五 -> 105, 两万零三十 -> 20030, 一万零十 -> 10010; None when not a
    numeral."""
    digits, powers = zh_numerals()
    if not text or any(c not in digits and c not in powers for c in text):
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in digits:
            digit = digits[ch] or None      # 零 only holds a place: '一万零十' is 10010
        elif powers[ch] >= 10000:            # 万 multiplies everything read before it
            total += (section + (digit or 0) or 1) * powers[ch]
            section, digit = 0, None
        else:
            section += (1 if digit is None else digit) * powers[ch]
            digit = None
    return total + section + (digit or 0)


@dataclass(frozen=True)
class Target:
    """A target such as '≥ 90%' or '≤ 200000 元' as (operator, value, unit)."""

    op: str                # ">=", "<=", ">", "<", "="; "" when none is printed
    value: Decimal
    decimals: int
    unit: str
    raw: str

    def holds(self, actual: Decimal) -> bool:
        v = self.value
        return {
            ">=": actual >= v, ">": actual > v, "<=": actual <= v, "<": actual < v,
            "=": actual == v, "": actual >= v,
        }[self.op]


@lru_cache(maxsize=1)
def _operators() -> tuple[tuple[str, str], ...]:
    ops = lexicon.load("units")["operators"]
    return tuple(sorted(ops.items(), key=lambda kv: -len(kv[0])))


_TARGET_RE = regex.compile(
    r"^\s*(?P<pre>\D{0,4}?)\s*(?P<num>[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?P<unit>[^\d\s]{0,6}?)\s*(?P<post>以上|以内|以下)?\s*$"
)


def parse_target(raw: str) -> Target | None:
    """'≥ 90%' -> Target('>=', 90, 0, '%'); '》90%' -> '>='; '1800' -> Target('', 1800)."""
    text = to_halfwidth(raw).strip()
    m = _TARGET_RE.match(text)
    if not m:
        return None
    pre, post = m.group("pre").strip(), m.group("post") or ""
    op = ""
    for printed, canon in _operators():
        if pre == printed or (post and post == printed):
            op = canon
            break
    else:
        if pre:
            return None
    if post == "以下":
        op = "<="
    num = m.group("num")
    return Target(op, parse_decimal(num), decimals_of(num), m.group("unit").strip(), raw)


@dataclass(frozen=True)
class CellValue:
    """What a table cell holds: kind is number | percent | blank | dash | text | target."""

    kind: str
    value: Decimal | None = None
    decimals: int = 0
    target: Target | None = None


_PLAIN_NUM = regex.compile(r"^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_PCT_NUM = regex.compile(r"^([-−]?\d+(?:\.\d+)?)\s*%$")


_DASH_RUN = regex.compile(r"[-—－/]+")


def parse_cell(raw: str) -> CellValue:
    """Classify a printed cell: keeps blank, '0.00', '-', '---' and text apart."""
    text = to_halfwidth(raw).strip().replace(" ", "")
    if not text:
        return CellValue("blank")
    if text in DASHES or _DASH_RUN.fullmatch(text):
        return CellValue("dash")
    if _PLAIN_NUM.match(text):
        return CellValue("number", parse_decimal(text), decimals_of(text))
    m = _PCT_NUM.match(text)
    if m:
        return CellValue("percent", parse_decimal(m.group(1)), decimals_of(m.group(1)))
    tgt = parse_target(raw)
    if tgt is not None:
        return CellValue("target", tgt.value, tgt.decimals, tgt)
    return CellValue("text")
