"""Number forms in prose: Arabic and Chinese numerals, their units and approx words, non-claim shapes."""
from __future__ import annotations

import string
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex

from finder import lexicon
from finder.numbers.parse import to_halfwidth, zh_numeral, zh_numerals

# Arabic numbers, ASCII or full-width; ASCII thousands separators; '.' or '．' as decimal point.
# A number after an ASCII comma that cannot be a thousands group ('4125.49,4143.91', '占,88.19%')
# starts a token of its own ('1,234.56' is matched whole by the first branch before that). A
# full-width comma is a thousands separator only in a figure with decimals ('1，089.69 万元', typed with
# a Chinese input method): elsewhere it parts clauses ('增加 3，下降 2'), and a clause never opens with
# a three-digit group and a decimal point. One space groups thousands ('1 134.84 万元', as some PDFs
# print it) only once, right before a unit, and not after another bare number: cells of a table row
# flattened into a line ('企业所得税 564 600 850 141.67%') stay apart. A comma and one space group
# thousands the same way ('1, 537.4 万元': a line broken after the comma and joined with a space), once,
# in a figure with decimals right before a money unit, and not after another number and comma nor
# in a list of each one's figures ('各是 12, 345.00 万元' are two).
NUMBER_RE = regex.compile(
    r"(?<![0-9０-９.．])[0-9０-９]{1,3}(?:,[0-9]{3})+(?:[.．][0-9０-９]+)?(?![0-9０-９])"
    r"|(?<![0-9０-９.．])[0-9０-９]{1,3}(?:，[0-9０-９]{3})+[.．][0-9０-９]+(?![0-9０-９])"
    r"|(?<![0-9０-９.．]|[0-9０-９][\u0020\u00a0\u2009\u202f])[0-9０-９]{1,3}[\u0020\u00a0\u2009\u202f][0-9０-９]{3}"
    r"[.．][0-9０-９]+(?![0-9０-９])(?=\s*[万亿千元%％])"
    r"|(?<![0-9０-９.．]|[0-9０-９][,，][\u0020\u00a0]?|(?:各|分别)[^\d，。；;]{0,6})"
    r"[0-9０-９]{1,3}[,，][\u0020\u00a0][0-9０-９]{3}"
    r"[.．][0-9０-９]+(?![0-9０-９])(?=\s*[万亿千元])"
    r"|(?<![0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９])"
)
_ZH_NUM = "二两三四五六七八九十百千"
APPROX_BEFORE_UNIT = ("余", "多")     # approx words printed between a number and its unit ('600余家', '十余次')
_SPACE = " \t\u3000\u00a0"


@dataclass(frozen=True)
class Unit:
    """A unit as printed after a number, what family it is in and how to normalise it."""

    printed: str
    family: str          # money | count | percent | score
    unit: str            # normalised unit (万元 for money)
    scale: Decimal       # printed unit -> normalised unit


@dataclass(frozen=True)
class NumberToken:
    """One number in the prose: where it is, the digits as printed and what follows it."""

    start: int           # first digit
    end: int             # after the last character of the number (and unit, approx words)
    digits: str          # printed digits (half-width, separators kept)
    num_end: int         # after the last digit
    unit: Unit | None = None
    approx: str | None = None
    zh: bool = False     # a Chinese numeral (三个, 两批)

    @property
    def value(self) -> Decimal:
        return Decimal(self.digits.replace(",", ""))

    @property
    def decimals(self) -> int:
        return len(self.digits.split(".", 1)[1]) if "." in self.digits else 0


MONEY_UNIT = "万元"   # the unit every money figure is normalised to
CURRENT_PERIODS = ("本年", "决算")   # a claim period that is the report year's own figure
BUDGET_OWN_PERIODS = (*CURRENT_PERIODS, "预算")   # ... and in a budget report, its 预算 figures too
BUDGET_PERIODS = ("年初预算", "全年预算", "预算")   # the periods of a budget figure


@lru_cache(maxsize=None)
def units() -> tuple[Unit, ...]:
    """All units from lexicons/units.yml, longest printed form first."""
    data = lexicon.load("units")
    out = [Unit(k, "money", MONEY_UNIT, Decimal(str(v))) for k, v in data["money"].items()]
    out += [Unit(k, "count", _count_unit(k), Decimal(1)) for k in data["count"]]
    out += [Unit(m + k, "count", _count_unit(k), Decimal(str(f))) for m, f in (data.get("count_multipliers") or {}).items()
            for k in data["count"] if m + k not in data["count"]]
    out += [Unit(k, "percent", "个百分点" if k == "个百分点" else "%", Decimal(1)) for k in data["percent"]]
    out += [Unit(k, "score", "分", Decimal(1)) for k in data["score"]]
    out += [Unit(k, "percent", "%", Decimal(str(v))) for k, v in (data.get("percent_multiples") or {}).items()]
    return tuple(sorted(out, key=lambda u: -len(u.printed)))


def _count_unit(printed: str) -> str:
    return "平方米" if printed in ("平米", "平", "㎡") else printed


@lru_cache(maxsize=None)
def not_units() -> tuple[str, ...]:
    return tuple(lexicon.load("units").get("not_units", ()))


@lru_cache(maxsize=None)
def approx_words() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(lexicon.load("units")["approx"].items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=None)
def operator_words() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(lexicon.load("units")["operators"].items(), key=lambda kv: -len(kv[0])))


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in _SPACE:
        i += 1
    return i


def _approx_at(text: str, i: int) -> tuple[str, str] | None:
    for word, kind in _approx_by_first().get(text[i], ()) if i < len(text) else ():
        if text.startswith(word, i):
            return word, kind
    return None


@lru_cache(maxsize=1)
def _approx_by_first() -> dict[str, tuple[tuple[str, str], ...]]:
    """approx_words keyed by their first character, longest first as there (a word can only be
    printed at i if it starts with text[i])."""
    out: dict[str, list[tuple[str, str]]] = {}
    for word, kind in approx_words():
        if word:
            out.setdefault(word[0], []).append((word, kind))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _approx_before_by_last() -> dict[str, tuple[tuple[str, str], ...]]:
    """The approx words printed before a number (not 余 多 左右 以上), keyed by their last character,
    longest first as in approx_words."""
    out: dict[str, list[tuple[str, str]]] = {}
    for word, kind in approx_words():
        if word and word not in ("余", "多", "左右", "以上"):
            out.setdefault(word[-1], []).append((word, kind))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _by_first() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[Unit, ...]]]:
    """not_units and units keyed by their first character, each list in its original order."""
    nots: dict[str, list[str]] = {}
    for w in not_units():
        if w:
            nots.setdefault(w[0], []).append(w)
    us: dict[str, list[Unit]] = {}
    for u in units():
        us.setdefault(u.printed[0], []).append(u)
    return {k: tuple(v) for k, v in nots.items()}, {k: tuple(v) for k, v in us.items()}


def unit_at(text: str, i: int) -> Unit | None:
    """The unit printed at text[i:] (longest form first), or None."""
    if i >= len(text):
        return None
    nots, us = _by_first()
    if any(text.startswith(w, i) for w in nots.get(text[i], ())):
        return None
    for u in us.get(text[i], ()):
        if text.startswith(u.printed, i):
            if u.printed == "平" and not text.startswith("平米", i) and not _is_area_context(text, i):
                continue
            return u
    return None


def _is_area_context(text: str, i: int) -> bool:
    return "面积" in text[max(0, i - 20):i]


def read_number(text: str, m: "regex.Match[str]") -> NumberToken:
    """Attach the unit and approx words printed after the number at `m`."""
    digits = _GROUP_SPACE.sub("", to_halfwidth(m.group()).replace("．", "."))
    i = _skip_space(text, m.end())
    approx = None
    hit = _approx_at(text, i)
    if hit and hit[0] in APPROX_BEFORE_UNIT:
        approx, i = hit[1], _skip_space(text, i + len(hit[0]))
    unit = unit_at(text, i)
    end = m.end()
    if unit is not None:
        end = i + len(unit.printed)
        j = _skip_space(text, end)
        j = _skip_paren_note(text, j)
        post = _approx_at(text, j)
        if post and post[0] in ("左右", "以上"):
            approx, end = approx or post[1], j + len(post[0])
    pre = _approx_before(text, m.start())
    return NumberToken(m.start(), end, digits, m.end(), unit, approx or pre)


_GROUP_SPACE = regex.compile(r"[\u0020\u00a0\u2009\u202f]")
_PAREN_NOTE = regex.compile(r"[（(][^）)]{1,3}[）)]")
_HAN1 = regex.compile(r"\p{Han}")
_YEAR_WORD = regex.compile(r"\s*年(?!\s*[度均])")


def _skip_paren_note(text: str, j: int) -> int:
    """Skip a short parenthesised note after a unit: '100 万元（含）以上', '0 辆（台）'."""
    m = _PAREN_NOTE.match(text[j:j + 6])
    return j + m.end() if m else j


def _approx_before(text: str, start: int, opens: bool = False) -> str | None:
    """The kind of an approx word printed right before a number, a whole word (`opens`: one that opens
    a word, as before a Chinese numeral the segmenter joins to it: '近三成')."""
    k = start
    while k > 0 and text[k - 1] in _SPACE:
        k -= 1
    for word, kind in _approx_before_by_last().get(text[k - 1], ()) if k > 0 else ():
        if text.endswith(word, 0, k) and _whole_word(text, k - len(word), k, opens):
            return kind
    return None


def _whole_word(text: str, a: int, b: int, opens: bool = False) -> bool:
    """Whether text[a:b] is a word of its own, not the tail of one ('约' in '签约', '近' in '最近');
    `opens`: only whether a word opens at a (the segmenter keeps '近三成' one word)."""
    if a == 0 or not _HAN1.match(text[a - 1]):
        return True
    from finder.claims import zh            # the segmenter imports this module

    got = zh.snap(text, a, b)
    return got[0] == a if opens else got == (a, b)


def operator_before(text: str, start: int) -> str | None:
    """A comparison operator printed right before a number ('≥90%', '不低于 95%')."""
    k = start
    while k > 0 and text[k - 1] in _SPACE:
        k -= 1
    if k == 0:
        return None
    for word, canon in _operators_by_last().get(text[k - 1], ()):
        if len(word) <= k and text.endswith(word, 0, k):
            return canon
    return None


@lru_cache(maxsize=1)
def _operators_by_last() -> dict[str, tuple[tuple[str, str], ...]]:
    """Operator words printed before a number, keyed by their last character, longest first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for word, canon in operator_words():
        if word and word not in ("以上", "以内"):
            out.setdefault(word[-1], []).append((word, canon))
    return {k: tuple(v) for k, v in out.items()}


def arabic_numbers(text: str) -> list[NumberToken]:
    return [read_number(text, m) for m in NUMBER_RE.finditer(text)]


# Chinese numerals before a unit that counts (三个方面, 两批, 一百零五人) or multiplies (增长一倍, 近三成),
# decimals after 点 ('一点五六个百分点': 1.56, never 六 alone);
# never a numeral right after a word of units.yml numerals.not_after (第三, 统一, 每一个) nor one with no
# unit (一是, 一般, 一体化).
@lru_cache(maxsize=None)
def _zh_count_re() -> "regex.Pattern[str]":
    data = lexicon.load("units")
    counted = [k for k in data["count"] if regex.match(r"\p{Han}", k) and k != "类"]
    alt = lexicon.alternation([*counted, *(data.get("percent_multiples") or {})])
    digits, powers = (lexicon.alternation(data["numerals"][k]) for k in ("digits", "powers"))
    after = lexicon.alternation(data["numerals"]["not_after"])
    more = lexicon.alternation(APPROX_BEFORE_UNIT)
    point = regex.escape(data["numerals"]["point"])
    return regex.compile(rf"(?<!{after}|\p{{N}}|{digits}|{powers}|{point})(?P<num>(?:{digits}|{powers})+)"
                         rf"(?:{point}(?P<frac>(?:{digits})+))?(?P<more>{more})?(?P<unit>{alt})(?!是)")


@lru_cache(maxsize=None)
def _zh_percent_re() -> "regex.Pattern[str]":
    """'百分之九十八', '百分之十二点五': a percentage in words, its decimals after 点."""
    data = lexicon.load("units")["numerals"]
    digits, powers = (lexicon.alternation(data[k]) for k in ("digits", "powers"))
    return regex.compile(rf"{regex.escape(data['percent_prefix'])}(?P<num>(?:{digits}|{powers})+)"
                         rf"(?:{regex.escape(data['point'])}(?P<frac>(?:{digits})+))?")


@lru_cache(maxsize=None)
def _doubling_re() -> "regex.Pattern[str]":
    """'翻一番', '翻了两番' (units.yml doublings): the numeral counts doublings."""
    data = lexicon.load("units")
    spec = data.get("doublings") or {}
    if not spec:
        return regex.compile(r"(?!)")
    digits, powers = (lexicon.alternation(data["numerals"][k]) for k in ("digits", "powers"))
    return regex.compile(rf"(?:{lexicon.alternation(spec['verbs'])})(?P<num>(?:{digits}|{powers})+)"
                         rf"(?P<unit>{regex.escape(spec['unit'])})")


def _doubled_more(text: str, end: int) -> str | None:
    """'翻了一番多', '翻一番以上': a bound word right after a doubling (units.yml doublings more, with 左右 / 以上)."""
    k = _skip_space(text, end)
    more = lexicon.load("units")["doublings"].get("more") or {}
    return _approx_after(text, end) or next((more[w] for w in sorted(more, key=len, reverse=True)
                                             if text.startswith(w, k)), None)


@lru_cache(maxsize=1)
def doubling_unit() -> Unit:
    """The unit of a doubling in words: its rise in %, 2^N − 1 倍 printed as a whole 倍."""
    data = lexicon.load("units")
    spec = data["doublings"]
    return Unit(spec["unit"], "percent", "%", Decimal(str(data["percent_multiples"][spec["multiple"]])))


@lru_cache(maxsize=1)
def _place_names() -> tuple[frozenset[str], tuple[str, ...]]:
    """(units that never count places, place suffixes) of units.yml: 三门县 is a name."""
    data = lexicon.load("units")
    return frozenset(data.get("place_name_units") or ()), tuple(data.get("place_suffixes") or ())


def chinese_numbers(text: str) -> list[NumberToken]:
    """Numbers written in Chinese numerals: counts and multiples before their unit, and percentages
    after 百分之, each read like its digit twin (the numeral's value as its printed digits)."""
    out = []
    for m in _zh_count_re().finditer(text):
        value = zh_numeral(m.group("num"))
        if not value or not _opens_numeral(m.group("num"), _approx_before(text, m.start(), opens=True) is not None):
            continue
        u = unit_at(text, m.start("unit"))
        if u is None:                   # '两部分': a word starting with a unit character
            continue
        units, suffixes = _place_names()
        if u.printed in units and text.startswith(suffixes, m.start("unit") + len(u.printed)):
            continue                    # '三门县公安局': a place name
        post = _approx_kind(m.group("more")) if m.group("more") else _approx_after(text, m.end())
        if value == 1 and len(m.group("num")) == 1 and not m.group("frac") and not post and not _ends_phrase(text, m.end()):
            continue                    # '形成一套管理体制': the article, no count
        approx = post or _approx_before(text, m.start(), opens=True)
        frac = "".join(str(zh_numerals()[0][c]) for c in m.group("frac") or "")
        out.append(NumberToken(m.start(), m.end(), f"{value}.{frac}" if frac else str(value),
                               m.end("frac") if frac else m.end("num"), u, approx, zh=True))
    for m in _zh_percent_re().finditer(text):
        value = zh_numeral(m.group("num"))
        if value is None:
            continue
        frac = "".join(str(zh_numerals()[0][c]) for c in m.group("frac") or "")
        approx = _approx_after(text, m.end()) or _approx_before(text, m.start(), opens=True)
        out.append(NumberToken(m.start(), m.end(), f"{value}.{frac}" if frac else str(value), m.end(),
                               unit_at("%", 0), approx, zh=True))
    for m in _doubling_re().finditer(text):
        value = zh_numeral(m.group("num"))
        if value:
            out.append(NumberToken(m.start(), m.end(), str(2 ** value - 1), m.end("num"), doubling_unit(),
                                   _approx_before(text, m.start(), opens=True) or _doubled_more(text, m.end()),
                                   zh=True))
    return sorted(out, key=lambda t: t.start)


def _opens_numeral(num: str, hedged: bool = False) -> bool:
    """A numeral opens with a non-zero digit or 十 ('十二', never '百人', '千家万户', '零个'); after an approx
    word a lone power is one hundred, thousand… ('近千家': at most 1000, '逾万人')."""
    digits, powers = zh_numerals()
    return bool(digits.get(num[0])) or powers.get(num[0]) == 10 or hedged and len(num) == 1 and num in powers


@lru_cache(maxsize=1)
def _lone_one_ends() -> frozenset[str]:
    return frozenset(lexicon.load("units")["numerals"]["lone_one_ends"])


def _ends_phrase(text: str, end: int) -> bool:
    """The phrase ends at `end`: a mark of units.yml numerals.lone_one_ends follows (spaces skipped)."""
    i = _skip_space(text, end)
    return i < len(text) and text[i] in _lone_one_ends()


def _approx_kind(word: str) -> str:
    return dict(approx_words())[word]


def _approx_after(text: str, end: int) -> str | None:
    """The approx word printed right after a unit ('三成左右', '百分之九十以上')."""
    post = _approx_at(text, _skip_space(text, end))
    return post[1] if post and post[0] in ("左右", "以上") else None


# ------------------------------------------------------------------ shapes that are not claims
# (reason, pattern, cue); the number tokens inside a match get the reason. Order matters: first wins.
# Reasons ending in "?" apply only to numbers printed without a unit (a bare 30201 is a code,
# 200 篇 is not); reasons ending in "~" only to Chinese numerals (《关于三项制度的通知》: a label;
# the 2024 of a title stays a year). The cue holds characters every match of the pattern prints at
# least one of: a paragraph printing none of them has no match, and the pattern is not run on it
# ("" when there is no such set; tests/test_speed_claims_cues.py derives one from each pattern
# and checks the cue contains it).
_D = r"[0-9０-９]"
# words that label a classification code printed after them (科目编码 2010301), from cells.yml
_CODE_LABELS = lexicon.alternation(lexicon.load("cells")["code_labels"])
_CODE_CUE = "".join(w[0] for w in lexicon.load("cells")["code_labels"]) if all(lexicon.load("cells")["code_labels"]) else ""
_SITE_LABELS = lexicon.alternation(lexicon.load("cells").get("site_labels") or ())
_SITE_CUE = "".join({w[0] for w in lexicon.load("cells").get("site_labels") or ()})
# money units (units.yml), longest first: '100 万元', '100万（含）以上'
_MONEY = lexicon.alternation(lexicon.load("units")["money"])
# nouns after 'N项' that make the phrase a rule set's name (八项规定), from units.yml
_RULE_NOUNS = lexicon.alternation(lexicon.load("units").get("label_rule_nouns"))
_QUOTE_CUE = "“\"「『"
_RANGE_MARK = r"[-—－~～至到]"      # between the two ends of a range: '80-90分', '80至90分'
# every unit of units.yml a range may close with ('20-30人', '30至45分钟', '2万元至3万元', '90%-95%'), longest first
_UNITS = lexicon.load("units")
_RANGE_UNITS = lexicon.alternation([*_UNITS["money"], *_UNITS["count"], *_UNITS["percent"], *_UNITS["score"]])
_NUM = rf"{_D}+(?:[.．]{_D}+)?"
_RATINGS = lexicon.alternation(n for band in lexicon.load("appendix")["rating_bands"] for n in band["names"])
_RULE_BOUNDS = lexicon.alternation(lexicon.load("appendix")["rule_bound_words"])
# a scoring standard's points-off rule ('少检查一个扣 1 分', '每少 1 场扣 1 分'; appendix.yml per_unit_rule)
_PER_UNIT = lexicon.load("appendix").get("per_unit_rule") or {}
_UNIT_WORDS = lexicon.alternation([*_UNITS["count"], *_UNITS["percent"]])
_PER_UNIT_RULE = (rf"(?:每[^，,。；;：:0-9０-９]{{0,10}}?{_NUM}|(?:{lexicon.alternation(_PER_UNIT.get('openers', ()))})"
                  rf"[^，,。；;：:0-9０-９]{{0,10}}?(?:{lexicon.alternation(_PER_UNIT.get('one', ()))}))\s*"
                  rf"(?:{_UNIT_WORDS})[^，,。；;：:0-9０-９]{{0,4}}?(?:{lexicon.alternation(_PER_UNIT.get('takes', ()))})"
                  rf"\s*{_NUM}\s*分(?!钟)")
_WITHIN_YEAR = lexicon.load("directions")["within_year"]
_NIL = lexicon.load("directions")["nil_prior"]
# a base said to be zero ('（基数为0，不可比）', '（上年基数为零）', directions.yml nil_prior zero_bases): last year's 0,
# read by nil_prior; the 0 is no figure of its own
ZERO_BASE = (rf"(?:{lexicon.alternation(_NIL.get('zero_bases'))})\s*(?:为|是)?\s*"
             rf"(?:{lexicon.alternation(_NIL.get('zero_values'))})(?![0-9０-９.．])")
# the count of the items a clause opens by summing ('…，两项合计占 P%', '…，以上三项合计 N 万元'), from arith.yml
# item_sums: a word of the sentence, no figure ('采购项目三项合计…' counts projects: no clause opens there)
_ITEM_SUMS = lexicon.load("arith").get("item_sums") or {}
_ITEM_SUM = (rf"(?<=[，,；;：:]\s*(?:{lexicon.alternation(_ITEM_SUMS.get('back', []))})?)"
             rf"(?:{lexicon.alternation(_ITEM_SUMS.get('counts', []))})\s*(?:{lexicon.alternation(_ITEM_SUMS.get('items', []))})"
             rf"\s*(?={lexicon.alternation(_ITEM_SUMS.get('words', []))})")
NON_CLAIM_SHAPES: tuple[tuple[str, "regex.Pattern[str]", frozenset[str]], ...] = tuple(
    (reason, regex.compile(p), frozenset(cue)) for reason, p, cue in (
        ("page", rf"(?:[.．…·。]\s*){{3,}}\s*{_D}+\s*$", ".．…·。"),
        ("page", rf"^\s*[-—－]\s*{_D}+\s*[-—－]\s*$", "-—－"),
        ("doc_number", rf"[〔\[［(（]\s*(?:19|20|１９|２０){_D}{{2}}\s*[〕\]］)）]\s*(?:第\s*)?{_D}+\s*号", "号"),
        ("doc_number", rf"(?:19|20|１９|２０){_D}{{2}}\s*年\s*第\s*{_D}+\s*号", "号"),
        ("phone", rf"(?:电话|热线|传真|联系方式)[：:\s]*(?:0{_D}{{2,3}}\s*[-—－]\s*)?{_D}{{7,8}}", "电热传联"),
        ("phone", rf"(?<!{_D})0{_D}{{2,3}}[-—－]{_D}{{7,8}}(?!{_D})", "-—－"),
        ("phone", rf"(?<!{_D})1[3-9]{_D}{{9}}(?!{_D})", "1"),
        ("phone", rf"[（(]\s*0{_D}{{2,3}}\s*[)）]\s*{_D}{{7,8}}(?!{_D})", "（("),      # (028)84922299
        ("time", rf"(?<=[\s日]){_D}{{1,2}}[:：][0-5]{_D}(?:[:：][0-5]{_D})?(?![0-9０-９])", ":："),  # 2021-09-14 21:03
        # a span of months ('1-4月', '1—5月份', '1至6月'): its first month is a date as its last is
        ("date", rf"(?<![0-9０-９.．]){_D}{{1,2}}\s*{_RANGE_MARK}\s*{_D}{{1,2}}\s*月", "月"),
        ("date", rf"(?:(?:19|20|１９|２０){_D}{{2}}\s*年\s*)?(?<![0-9０-９.．]){_D}{{1,2}}\s*月\s*"
                 rf"(?:{_D}{{1,2}}\s*[日号]|份|底|末|初|中旬|上旬|下旬)?", "月"),
        ("date", rf"(?<![0-9０-９.．]){_D}{{1,2}}\s*日(?!\s*[常均])", "日"),
        ("date", rf"(?<!{_D})(?:19|20|１９|２０){_D}{{2}}\s*[-/]\s*{_D}{{1,2}}(?:\s*[-/]\s*{_D}{{1,2}})?(?!{_D})", "-/"),
        ("date", rf"(?<!{_D})(?:19|20|１９|２０){_D}{{2}}[.．]{_D}{{1,2}}[.．]{_D}{{1,2}}(?!{_D})", ".．"),
        ("threshold", rf"(?:单价|价值)\s*{_D}+(?:[.．]{_D}+)?\s*(?:{_MONEY})", "单价"),
        ("threshold", rf"{_D}+(?:[.．]{_D}+)?\s*(?:{_MONEY})\s*(?:[（(]含[)）])?\s*以上(?:的)?(?=\s*[\p{{Han}}（(])", "以"),
        # a band of scores a grading counts by ('80-90分项目 4 个', '90分（含）以上的项目 7 个'): no score
        ("threshold", rf"{_D}+(?:[.．]{_D}+)?\s*(?:分\s*)?(?:[（(]含[)）]\s*)?{_RANGE_MARK}\s*{_D}+(?:[.．]{_D}+)?\s*分(?!钟)", "分"),
        ("threshold", rf"{_D}+(?:[.．]{_D}+)?\s*分\s*(?:[（(]含[)）])?\s*及?\s*(?:以上|以下)(?:的)?(?=\s*[\p{{Han}}（(])", "分"),
        # a rating's lower bound ('未达到 90 分的“优”等级标准'; appendix.yml rating_bands names): no score
        ("threshold", rf"{_D}+(?:[.．]{_D}+)?\s*分\s*的\s*[“\"「]?(?:{_RATINGS})", "分"),
        # a rule's bound ('预算执行率未达到 90% 的需说明原因', '低于 60 分的不得分'; appendix.yml rule_bound_words)
        ("threshold", rf"(?:{_RULE_BOUNDS})\s*{_NUM}\s*(?:[%％]|分(?!钟))\s*的(?=\s*\p{{Han}})", "的"),
        # a points-off rule of a scoring standard ('少检查一个扣 1 分', '每超 1% 扣 0.5 分'): no points taken off
        ("rule", _PER_UNIT_RULE, "扣"),
        # a figure added or cut within the year ('年中增加 8 个项目'; directions.yml within_year): no claim
        ("within_year", rf"(?:{lexicon.alternation(_WITHIN_YEAR['frames'])})\s*(?:{lexicon.alternation(_WITHIN_YEAR['words'])})"
                        rf"[^0-9０-９，,。；;：:、]{{0,12}}?{_NUM}", "".join({w[0] for w in _WITHIN_YEAR['frames']})),
        # a range of values ('每次 30-45 分钟', '接待人数 20-30 人', '控制在 2 万元至 3 万元'): no one figure to hold
        ("range", rf"(?<![0-9０-９.．]){_NUM}\s*(?:{_RANGE_UNITS})?\s*{_RANGE_MARK}\s*{_NUM}\s*(?:{_RANGE_UNITS})", "-—－~～至到"),
        ("nil_base", ZERO_BASE, "".join({w[0] for w in _NIL.get('zero_bases') or ()})),
        ("law_article", rf"第\s*{_D}+\s*(?:条|款)", "第"),
        ("word_limit", rf"{_D}+\s*字\s*(?:以内|以下|左右)", "字"),   # a form's instruction: （200字以内）
        ("row_number", rf"第\s*{_D}+\s*[行栏]|[行栏]次\s*{_D}+", "行栏"),
        ("list_number", rf"第\s*{_D}+\s*(?:部分|章|节|次|届|期|批|名|位|项|个)", "第"),
        ("table_ref", rf"(?:公开|附)\s*{_D}{{1,2}}\s*表|(?<![代发列报图仪外])表\s*{_D}{{1,2}}(?![0-9０-９.．])", "表"),
        ("figure_ref", rf"(?<![\p{{Han}}A-Za-z])图\s*{_D}{{1,2}}(?![0-9０-９.．%％])", "图"),
        ("code", rf"[（(]\s*{_D}{{2,3}}\s*[类款项]\s*[）)]", "类款项"),
        ("code", rf"(?:{_CODE_LABELS})\s*[：:为]?\s*{_D}{{3,7}}(?:_[0-9A-Za-z]+)*", _CODE_CUE),
        ("code?", rf"(?<![0-9０-９.．])[23]{_D}{{4}}(?:{_D}{{2}})?(?![0-9０-９.．])", "23"),
        ("site", rf"(?:{_SITE_LABELS})\s*[：:]?\s*{_D}+", _SITE_CUE),      # '浏览次数：1234', 'ICP备05004356号'
        ("list_number", rf"(?:^|(?<=[。；;：:！？!?\s]))\s*[（(]?\s*{_D}{{1,2}}\s*(?:[）)]|、|(?:[“\"]\s*)?[.．](?![0-9０-９]))", "）)、.．"),
        ("list_number", rf"[（(]\s*{_D}{{1,2}}\s*[）)]", "（("),
        ("label", rf"[“\"「『]\s*{_D}+\s*[”\"」』]", _QUOTE_CUE),
        ("label", rf"[“\"「『]\s*{_D}+\p{{Han}}{{1,16}}[”\"」』]", _QUOTE_CUE),
        ("label", rf"(?<![第{_ZH_NUM}一零〇])[一二两三四五六七八九十]{{1,3}}\s*项\s*(?:{_RULE_NOUNS})", "项"),
        ("list_number", _ITEM_SUM, "".join(_ITEM_SUMS.get("items", []))),
        # a congress's session by number: '省十二届人大三次会议', '区二届人大常委会第三十四次会议'
        ("list_number~", r"届[^。，,；;：:0-9０-９]{0,12}?[一二两三四五六七八九十]{1,3}\s*次\s*(?:全体)?(?:会议|全会)", "届"),
        ("label~", r"《[^《》\n]{1,80}》", "《"),
        ("label~", r"[“\"「『][^“”\"「」『』\n0-9０-９]{1,16}[”\"」』]", _QUOTE_CUE),
        ("label?", rf"(?<![0-9０-９.．]){_D}{{2}}\s*后(?=\s*\p{{Han}})", "后"),
        # a programme's name by its number of parts: '5大任务', '10大工程' (not '5大于3', '大幅', '大约')
        ("label", rf"(?<![0-9０-９.．]){_D}{{1,2}}\s*大(?![于幅约概致])(?=\p{{Han}})", "大"),
        ("label?", rf"[A-Za-z]+\s*[-－]?\s*{_D}+", string.ascii_letters),
    )
)

# A four-digit year standing alone: 2024 年, 2020 瓷博会, (2024 年度)
YEAR_RE = regex.compile(r"^(?:19[5-9]\d|20\d\d)$")
OLD_YEAR_RE = regex.compile(r"^1[89]\d\d$")       # 1906 年建立: a year only with 年 printed
YEAR_SUFFIX_RE = regex.compile(r"\s*(?:年|届)")


def is_year(text: str, tok: NumberToken) -> bool:
    """A 4-digit number in the year range that is followed by 年 or carries no unit."""
    if OLD_YEAR_RE.match(tok.digits) and not YEAR_RE.match(tok.digits):
        return _YEAR_WORD.match(text, tok.num_end) is not None
    if not YEAR_RE.match(tok.digits):
        return False
    return tok.unit is None or bool(YEAR_SUFFIX_RE.match(text, tok.num_end))


def non_claim_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) for every non-claim shape in `text` (a shape none of whose cue
    characters the text prints cannot match in it, and is skipped)."""
    out = []
    printed = set(text)
    for reason, rx, cue in NON_CLAIM_SHAPES:
        if cue and printed.isdisjoint(cue):
            continue
        for m in rx.finditer(text):
            if m.end() > m.start():
                out.append((m.start(), m.end(), reason))
    return out
