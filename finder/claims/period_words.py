"""Where a clause prints a period word, a year or a comparison's base, and which period each names."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import vocab
from finder.claims.segments import CLAUSE_SEP, YEAR_RE, clauses

def period_in(text: str, a: int, b: int, concepts: list[tuple[int, int, str]]) -> tuple[str | None, int]:
    v = vocab.load()
    masked = concepts + scope_spans(text, a, b) + name_spans(text, a, b)
    found = [(m.start(), v.period_of[m.group()]) for x, y in gaps(a, b, masked)
             for m in v.period_re.finditer(text, x, y)]
    ahead = [f for f in found if f[1] in ahead_periods()]   # '下年度公务接待费预算 X': next year's budget
    found = ahead or found
    return (found[-1][1], found[-1][0]) if found else (None, -1)


@lru_cache(maxsize=1)
def ahead_periods() -> frozenset[str]:
    """Periods after the report's (directions.yml ahead_periods): figures no table of the report holds."""
    return frozenset(lexicon.load("directions").get("ahead_periods") or ())


def frame_period(text: str, sa: int, a: int) -> str | None:
    """The period a sentence's opening clause puts its figures in ('2010年“三公经费”财政拨款预算中，
    A 617万元，B 1229.65万元'): a period word right before a frame word (directions.yml
    period_frames) ending a first clause that holds no figure; None otherwise."""
    spans = clauses(text, sa, a)
    if not spans:
        return None
    s0, e0 = spans[0]
    seg = text[s0:e0].rstrip(" \u3000" + CLAUSE_SEP + ",")
    frame = next((w for w in vocab.load().period_frames if seg.endswith(w)), None)
    if frame is None or _DIGIT.search(YEAR_RE.sub("", seg)):
        return None
    k = s0 + len(seg) - len(frame)
    period, pos = period_in(text, s0, k, vocab.find_concepts(text, s0, k))
    return period if period and v_end(text, pos) == k else None


def ahead_frame(text: str, sa: int, a: int) -> str | None:
    """A year after the report's named by a figure-less clause opening the sentence ('下一年度将继续压减一般性支出，
    预计经营支出 X 万元'): the period of the figures after it that name none of their own."""
    spans = clauses(text, sa, a)
    if not spans or _DIGIT.search(YEAR_RE.sub("", text[spans[0][0]:spans[0][1]])):
        return None
    period, _ = period_in(text, spans[0][0], spans[0][1], vocab.find_concepts(text, spans[0][0], spans[0][1]))
    return period if period in ahead_periods() else None


def v_end(text: str, pos: int) -> int:
    """Where the period word printed at pos ends."""
    m = vocab.load().period_re.match(text, pos)
    return m.end() if m else pos


_DIGIT = regex.compile(r"\d")


@lru_cache(maxsize=None)
def _scope_re() -> "regex.Pattern[str]":
    """A fund-scope word (cells.yml scopes): '一般公共预算', '国有资本经营预算财政拨款' name which
    money, not the budget period. 预算 is part of a fund's name only where another scope word prints
    the two together ('政府性基金' + 预算: '政府性基金预算财政拨款'); after 财政拨款 it is the
    period ('财政拨款预算数 X', '“三公”经费财政拨款预算中')."""
    v = vocab.load()
    funds = [w for w in v.scope_words if any(o.startswith(w + "预算") for o in v.scope_words)]
    words = "|".join(regex.escape(w) for w in v.scope_words if w not in funds)
    longer = "|".join(regex.escape(w[2:]) for w in v.period_of if w.startswith("预算") and len(w) > 2)
    keep = rf"(?!{longer})" if longer else ""    # '政府性基金预算数 X': 预算数 is the period of X
    alts = [f"(?:{words})"] if words else []
    if funds:
        alts.append("(?:" + "|".join(regex.escape(w) for w in funds) + rf")(?:预算{keep})?")
    return regex.compile("|".join(alts) if alts else r"(?!)")


@lru_cache(maxsize=None)
def _name_re() -> "regex.Pattern[str]":
    return vocab._any(list(lexicon.load("directions").get("period_word_names") or ()))


def name_spans(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """Spans of names that hold a period word which is no period (directions.yml period_word_names)."""
    return [(m.start(), m.end(), "name") for m in _name_re().finditer(text, a, b)]


def scope_spans(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """Spans of the fund-scope words in text[a:b] (masked when looking for a period word)."""
    return [(m.start(), m.end(), "scope") for m in _scope_re().finditer(text, a, b) if "预算" in m.group()]


def gaps(a: int, b: int, concepts: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """[a, b) without the concept spans ('支出决算数' after '因公出国（境）支出' is read as '决算数')."""
    out, k = [], a
    for s, e, _ in sorted(concepts):
        if e <= k or s >= b:
            continue
        if s > k:
            out.append((k, s))
        k = max(k, e)
    if k < b:
        out.append((k, b))
    return out


def year_label(year: int, report_year: int | None) -> str:
    if report_year is None:
        return str(year)
    if year == report_year:
        return "本年"
    if year == report_year - 1:
        return "上年"
    return str(year)


_BUDGET_KINDS = ("年初预算", "全年预算", "预算")


def base_in(text: str, a: int, b: int, report_year: int | None) -> tuple[str | None, str]:
    """The base of a comparison stated in text[a:b] (last one wins): 比上年 / 较 2020 年 / 同比 / 大于年初预算数."""
    v = vocab.load()
    best: tuple[int, str, str] | None = None
    for w in v.same_period_words:
        k = text.rfind(w, a, b)
        if k >= 0 and (best is None or k > best[0]):
            best = (k, "上年", w)
    for marker in v.base_markers + v.comparative_base_markers:
        if text.find(marker, a, b) < 0:      # printed nowhere in text[a:b]: no match to scan for
            continue
        for m in _marker_re(marker).finditer(text, a, b):
            k = m.end()
            ym = YEAR_RE.match(text, k)
            label, printed = None, ""
            end = k
            if ym:
                label, end = year_label(int(ym.group(1)), report_year), ym.end()
            else:
                pm = v.period_re.match(text, k)
                if pm:
                    label, end = (v.period_of[pm.group()], pm.end()) if period_base(text, k) else (None, k)
            if label:
                tail = v.period_re.match(text, end)       # '比2024年预算', '较上年执行数': the base's kind
                printed = text[m.start():tail.end() if tail else end]
                if ym and label == "本年" and tail and v.period_of[tail.group()] in _BUDGET_KINDS:
                    label = v.period_of[tail.group()]     # '与2021年度预算相比' in the 2021 report: its budget
            if label and (best is None or m.start() > best[0]):
                best = (m.start(), label, printed)
    return (best[1], best[2]) if best else (None, "")


@lru_cache(maxsize=None)
def _marker_re(marker: str) -> "regex.Pattern[str]":
    return regex.compile(regex.escape(marker) + r"\s*")


def dated_actual(text: str, a: int, pos: int, report_year: int | None) -> str | None:
    """'比2017年度决算总收入 X' in the 2018 report: an actual (决算) period word printed right after a year
    other than the report's is that year's figure (上年 for the year before), as 上年决算数 is."""
    for m in YEAR_RE.finditer(text, a, pos):
        if m.end() == pos:
            label = year_label(int(m.group(1)), report_year)
            return label if label != "本年" else None
    return None


def opening_prior(text: str, a: int, pos: int, concepts: list[tuple[int, int, str]],
                  report_year: int | None) -> str | None:
    """'上年“三公”经费支出决算 A', '2023年度一般公共预算财政拨款支出决算为 A' (in the 2024 report): an actual
    period word at pos after the figure's name is the year's that the clause's first period word or year
    (before pos, outside names) gives, when that is another year than the report's."""
    v = vocab.load()
    masked = concepts + scope_spans(text, a, pos) + name_spans(text, a, pos)
    found = [(m.start(), v.period_of[m.group()]) for x, y in gaps(a, pos, masked)
             for m in v.period_re.finditer(text, x, y)]
    found += [(m.start(), year_label(int(m.group(1)), report_year)) for m in YEAR_RE.finditer(text, a, pos)]
    label = min(found)[1] if found else None
    return label if label in ("上年",) or (label or "").isdigit() else None


def labelled_year(text: str, sa: int, pos: int, report_year: int | None) -> str | None:
    """The year that labels a budget figure at `pos`: the last year its sentence names before it, not a date
    ('2030年12月') nor a base ('比2030年'), as a period (上年 for the year before): '2030年收入预算 X' in the
    2031 report is last year's budget. None when that year is the report's or none is named."""
    markers = vocab.load().base_markers
    label = None
    for m in YEAR_RE.finditer(text, sa, pos):
        if _DIGIT.match(text, m.end()) or text[sa:m.start()].rstrip().endswith(tuple(markers)):
            continue
        label = year_label(int(m.group(1)), report_year)
    return label if label != "本年" else None


def named_period(text: str, a: int, b: int, report_year: int | None) -> str | None:
    m = None
    for m in YEAR_RE.finditer(text, a, b):
        pass
    return year_label(int(m.group(1)), report_year) if m else None


def period_base(text: str, k: int) -> bool:
    """A period word at k opens a comparison's base: not this year's name alone, which opens a figure of
    this year named as the base ('比本年收入合计 B'); '较本年预算' is a base."""
    v = vocab.load()
    pm = v.period_re.match(text, k)
    return bool(pm) and (v.period_of[pm.group()] != "本年" or bool(v.period_re.match(text, pm.end())))


def base_kind(printed: str) -> str | None:
    """预算 / 决算 when the printed base names one ('比2024年预算' -> 预算, '较上年执行数' -> 决算)."""
    v = vocab.load()
    kinds = [v.period_of[m.group()] for m in v.period_re.finditer(printed)]
    kinds = [k for k in kinds if k in ("预算", "年初预算", "全年预算", "决算")]
    return kinds[-1] if kinds else None
