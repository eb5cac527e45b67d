"""What a number's clause says about it: kind, subject and concept, period or base, direction, whole."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import vocab, zh
from finder.claims.patterns import (NUMBER_RE, NumberToken, approx_words, doubling_unit, operator_before, operator_words,
                                    read_number, units)

SENTENCE_END = "。！？!?"
CLAUSE_SEP = "，；：、;:"
_SENTENCE_END_RE = regex.compile("[" + regex.escape(SENTENCE_END) + "]")
_CLAUSE_SEP_RE = regex.compile("[" + regex.escape(CLAUSE_SEP + ",") + "]")
_ITEM_END_RE = regex.compile("[" + regex.escape(SENTENCE_END + "；;") + "]")
YEAR_RE = regex.compile(r"((?:19|20|１９|２０)\d{2})\s*年度?")
_LEAD_RE = regex.compile(r"^[\s（()）、，,。；;：:“”\"《》〔〕\[\]·\-—]*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?")
_HAN = regex.compile(r"\p{Han}")
_COPULA_RE = regex.compile(r"[是为：:，,\s]*")


@dataclass
class Frame:
    """The subject a run of clauses is about (carried until a clause names another)."""

    subject: str = ""
    concept: str | None = None
    group: int = 0
    start: int = -1
    path: tuple[str, ...] = ()       # 功能分类 names (类, 款, 项) when the subject is a 款/项 path
    code: str = ""                   # the code printed after that path ('小学教育（2050202）')
    local: bool = False              # named by a number-less comparison clause: this sentence's only


@dataclass
class SentenceCtx:
    """State while reading one sentence."""

    start: int
    end: int
    frame: Frame = field(default_factory=Frame)
    whole: str | None = None          # from 其中 / an enumeration header
    whole_head: str = ""              # the subject the 其中 list belongs to ("机构运行 X，其中：…")
    in_reason: bool = False
    before_list: tuple[str | None, str] | None = None   # (whole, whole_head) before a 包括 list, back at its ；
    clauses: list[tuple[int, int]] = field(default_factory=list)   # clauses(text, start, end), read once
    parens: list = field(default_factory=list)   # (open at, frame, whole, whole_head, in_reason) of each open note
    outer: Frame | None = None        # the sentence's main frame while a purpose clause's frame is read ('，用于…')


def sentences(text: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for m in _SENTENCE_END_RE.finditer(text):
        i = m.start()
        out.append((a, i + 1))
        a = i + 1
    if a < len(text):
        out.append((a, len(text)))
    return [(x, y) for x, y in out if text[x:y].strip()]


def clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Clause spans of text[a:b]: split at ，；：、 and at ASCII commas not between digits; never
    right after a lone share marker ('占,88.19%': the 占 still owns the number), nor inside a closed
    note that holds no digit ('收入（含辖区内列统收入，下同）40.5 亿元': the note is one aside)."""
    out, s = [], a
    markers = vocab.load().share_markers
    notes = _wordy_notes(text, a, b)
    for m in _CLAUSE_SEP_RE.finditer(text, a, b):
        i = m.start()
        if notes and any(x < i < y for x, y in notes):
            continue
        sep = text[i] != "," or not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())
        if sep and text[s:i].strip(" \u3000") in markers:
            continue
        if sep and text[i] in "：:" and _names_next_figure(text, s, i, b):
            continue
        if sep:
            out.append((s, i + 1))
            s = i + 1
    if s < b:
        out.append((s, b))
    return out


def _names_next_figure(text: str, s: int, i: int, b: int) -> bool:
    """The clause text[s:i] before the colon at i is one money name (after a list label, before a
    copula) and a number follows the colon: '（一）本年收入合计：792.22 万元' names its figure as
    '本年收入合计 792.22 万元' does."""
    j = i + 1
    while j < b and text[j] in " \u3000":
        j += 1
    if j >= b or not _DIGIT_RE.match(text, j):
        return False
    m = vocab.alias_at(text, s + _LEAD_RE.match(text[s:i]).end())
    v = vocab.load()
    return m is not None and not text[m.end():i].strip(" \u3000为是") \
        and v.concepts[v.alias_to_concept[vocab.squeeze(m.group())]].measure == "money"


def _wordy_notes(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(open, close) of each parenthesised note in text[a:b] that closes there and holds no digit."""
    out, stack = [], []
    for m in _PAREN.finditer(text, a, b):
        if m.group() in "（(":
            stack.append(m.start())
        elif stack:
            o = stack.pop()
            if not stack and not _DIGIT_RE.search(text, o, m.start()):
                out.append((o, m.start()))
    return out


_DIGIT_RE = regex.compile(r"[0-9０-９]")


def clause_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in spans:
        if a <= pos < b:
            return a, b
    return spans[-1] if spans else (pos, pos)


# ------------------------------------------------------------------------- markers
def _last(text: str, words: tuple[str, ...] | list[str], a: int, b: int) -> tuple[int, str] | None:
    best = None
    for w in words:
        k = text.rfind(w, a, b)
        if k >= 0 and (best is None or k > best[0] or (k == best[0] and len(w) > len(best[1]))):
            best = (k, w)
    return best


def _outside(spans: list[tuple[int, int, str]], k: int) -> bool:
    return all(not (s <= k < e) for s, e, _ in spans)


def direction_in(text: str, a: int, b: int, concepts: list[tuple[int, int, str]]) -> tuple[str | None, list[str], int]:
    """(canonical direction, all directions printed, position) in text[a:b]; ambiguous gives None."""
    v = vocab.load()
    found = [(m.start(), v.direction_of[m.group()]) for x, y in gaps(a, b, concepts)
             for m in v.direction_re.finditer(text, x, y)]
    if v.comparative_word_re.search(text, a, b):     # a comparative match prints its word in text[a:b]
        found += [(m.start(), v.comparative_of[m.group()]) for m in v.comparative_re.finditer(text, a, b + 1)
                  if m.end() <= b and _outside(concepts, m.start()) and not any(k == m.start() for k, _ in found)]
    found.sort()
    if not found:
        return None, [], -1
    kinds = []
    for _, d in found:
        if d not in kinds:
            kinds.append(d)
    signs = {v.signs.get(d, 0) for d in kinds}
    if len(signs) > 1 and {1, -1} <= signs:
        return None, kinds, found[0][0]
    return found[-1][1], kinds, found[0][0]


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
    """The base of a comparison stated in text[a:b] (last one wins): 比上年 / 较 2020 年 / 同比."""
    v = vocab.load()
    best: tuple[int, str, str] | None = None
    for w in v.same_period_words:
        k = text.rfind(w, a, b)
        if k >= 0 and (best is None or k > best[0]):
            best = (k, "上年", w)
    for marker in v.base_markers:
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
                    label, end = (v.period_of[pm.group()], pm.end()) if _period_base(text, k) else (None, k)
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


# ------------------------------------------------------------------------- kind
def kind_of(text: str, tok: NumberToken, a: int, concepts: list[tuple[int, int, str]]) -> tuple[str, dict]:
    """The claim kind from the unit and the markers between clause start `a` and the number."""
    v = vocab.load()
    fam = tok.unit.family if tok.unit else "money"
    b = tok.start
    info: dict = {}
    op = operator_before(text, tok.start)
    if op:
        info["operator"] = op
    direction, kinds, dpos = direction_in(text, a, b, concepts)
    moved = _moved(text, a, b, fam)
    if moved:                                     # '减少为 0.00 万元': a level, not a change
        info["moved"], info["level_at"] = moved
        direction, kinds, dpos = None, [], -1
    if kinds and fam == "count" and _announced_before(text, b):
        direction, kinds, dpos = None, [], -1       # '支出增加主要有以下三个方面原因：': a count of the reasons
    aside = open_parens(text, max(dpos, a), b) if kinds else []
    if aside:                                     # '与上年持平（上年为 400.00 万元）': the note's own words
        direction, kinds, dpos = direction_in(text, aside[-1] + 1, b, concepts)
    if not kinds and tok.unit == doubling_unit():     # '翻一番': the verb says the way
        direction = lexicon.load("units")["doublings"]["direction"]
        kinds, dpos = [direction], b
    info.update(direction=direction, directions=kinds, dpos=dpos)
    if fam == "percent":
        if tok.unit and tok.unit.unit == "个百分点":
            return "change_pct", info
        if op or _last(text, v.target_markers, a, b):
            return "target", info
        ratio, ca = budget_ratio(text, a, b), a
        if ratio is None and not text[a:b].strip(" \u3000" + v.ratio_links):
            # '完成预算27万元的63.2%': the base amount ends the reading at a
            while ca > 0 and text[ca - 1] not in CLAUSE_SEP + SENTENCE_END + ",":
                ca -= 1
            ratio = budget_ratio(text, ca, b) if inline_base(text, ca, a) else None
        if ratio and _share_of_named(text, ca, ratio[0], concepts):
            ratio = None                 # '占基本支出预算 81.25%', '占项目支出预算 800 万元的 P%': that figure's share
            info["whole_period"] = "预算"
        if ratio and not kinds:
            info["completion"] = ratio
            k = b
            while k > 0 and text[k - 1] in " \u3000" + v.ratio_links:
                k -= 1
            base = inline_base(text, max(0, k - 40), k)
            if base:
                info["base_printed"] = (base.group("num"), base.group("unit"))
            return "completion", info
        share = _last(text, v.share_markers, a, b) or _inline_whole_share(text, a, b)
        if share and _outside(concepts, share[0]):
            info["share_at"] = _opening_share(text, a, share, concepts)
            framed = _framed_whole(text, a, share[0], concepts)
            if framed is not None:
                info["share_whole_at"] = framed
            return "share", info
        comp = _last(text, list(v.completion_markers), a, b)
        if comp and text[:comp[0]].endswith(v.completion_gaps):
            comp = None                  # '超额完成 20%', '未完成 10%': the gap to the plan, not its completion
        if comp and (not kinds or dpos < comp[0]):
            info["completion"] = comp
            return "completion", info
        return ("change_pct" if kinds else "ratio"), info
    if fam == "score":
        if _right_before(text, b, v.deduction_markers):
            return "deduction", info           # '扣 0.90 分': points taken off
        if kinds and _last(text, v.weight_markers, a, b) and all(v.signs.get(k, 0) < 0 for k in kinds):
            return "deduction", info           # '比满分少 0.90 分': short of the weight, points taken off
        if kinds and not op and (_right_before(text, b, _direction_words()) or set(kinds) & _compared()
                                 or v.comparative_word_re.search(text, a, b)):
            return "change_abs", info          # '较上年提高 2.10 分', '高于全市平均分 2.5 分': a difference
        if _bracketed_weight(text, tok):
            return "weight", info
        if "得" in text[a:b]:
            return "score", info
        if _last(text, v.weight_markers, a, b):
            return "weight", info
        return "score", info
    if op or (_last(text, v.target_markers, a, b) and fam != "money"):
        return "target", info
    if kinds:
        return "change_abs", info
    if (fam == "money" and _closed_base(text, a, b, tok.end) and not _money_change_after(text, tok.end)):
        info["direction_unprinted"] = True     # '与2030年相比 21.79 万元，增加 P%': the change, its way unsaid
        return "change_abs", info
    return ("amount" if fam == "money" else "count"), info


_AFTER_DIRECTION = regex.compile(r"[\s\u3000了]*")    # '增加了 21.79 万元'


def _money_change_after(text: str, end: int) -> bool:
    """A money figure right after a direction word follows in the sentence ('与上年相比 155.49 万元，增加 21.79
    万元'): that is the change, and the figure before it last year's."""
    m = vocab.load().direction_re.search(text, end, _sentence_end(text, end))
    after = m and NUMBER_RE.match(text, _AFTER_DIRECTION.match(text, m.end()).end())
    unit = after and read_number(text, after).unit
    return bool(unit) and unit.family == "money"


def _closed_base(text: str, a: int, b: int, end: int) -> bool:
    """A money figure printed right after a closed comparison: '与上年相比 X' (a marker, then a closer), or
    '同比 X' (one word both) when a direction word follows in its sentence ('同比 X 万元，增加 P%')."""
    v, seg = vocab.load(), text[a:b].rstrip()
    if seg.endswith(v.base_closers):
        return _marker_before_closer(text, a, b)
    return seg.endswith(v.same_period_words) and v.direction_re.search(text, end, _sentence_end(text, end)) is not None


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence (or its ；-item) holding `end` stops."""
    m = _ITEM_END_RE.search(text, end)
    return m.start() if m else len(text)


def _marker_before_closer(text: str, a: int, b: int) -> bool:
    """The clause opens its comparison with a base marker before the closer ('与…相比', '较…相比')."""
    v = vocab.load()
    return any(m in text[a:b] for m in v.base_markers if m not in v.base_closers)


@lru_cache(maxsize=1)
def _announce_leads() -> tuple[str, ...]:
    """Words announcing the points that follow ('以下', hygiene.yml list_count.announced leads)."""
    return tuple(lexicon.load("hygiene")["list_count"]["announced"]["leads"])


def _announced_before(text: str, b: int) -> bool:
    """The number at b counts the points announced right before it ('…主要有以下三个方面：')."""
    return text[max(0, b - 6):b].rstrip().endswith(_announce_leads())


@lru_cache(maxsize=1)
def _compared() -> frozenset[str]:
    """Directions comparing a figure with another (directions.yml compared_directions)."""
    return frozenset(lexicon.load("directions").get("compared_directions") or ())


@lru_cache(maxsize=1)
def _direction_words() -> tuple[str, ...]:
    return tuple(vocab.load().direction_of)


def _right_before(text: str, b: int, words: tuple[str, ...]) -> bool:
    """One of `words` ends right before the number at b ('提高 2 分', '下降了 1.5 分', '扣 0.9 分')."""
    return text[max(0, b - 8):b].rstrip(" \u3000了").endswith(words)


def _bracketed_weight(text: str, tok: NumberToken) -> bool:
    """'产出指标（50 分）得分 48 分': points alone in a bracket right after a name, a score word right after
    the bracket, are the weight of what the score is of (directions.yml score_markers)."""
    n = _CLOSING.match(text, tok.end)
    return bool(n and _OPENING.search(text[max(0, tok.start - 8):tok.start])) \
        and text.startswith(vocab.load().score_markers, n.end())


def _moved(text: str, a: int, b: int, fam: str) -> tuple[str, int] | None:
    """'减少为 0.00 万元', '下降至 90 万元': the direction by which the figure printed at b reached its
    level (the figure is that level) and where the words saying so start; None when it is no level.
    A percentage takes only the links of directions.yml level_links.any ('增长为 5%' may be the
    growth itself)."""
    v = vocab.load()
    m = v.level_re.search(text, a, b)
    if m is None:
        return None
    if m.group("w"):
        way = v.level_of.get(m.group("w"))
    elif fam == "percent" and m.group("link") not in v.level_percent_links:
        return None
    else:
        way = v.direction_of.get(m.group("d"))
    return (way, m.start()) if way else None


def _opening_share(text: str, a: int, share: tuple[int, str], concepts: list[tuple[int, int, str]]) -> int:
    """Where the whole's name may start: after the share marker, or after an earlier one with a concept's name
    between the two ('占本年支出合计比重为 P%': the whole is named between 占 and 比重)."""
    opening = _last(text, vocab.load().share_markers, a, share[0])
    if opening and _outside(concepts, opening[0]) and any(
            c[0] >= opening[0] + len(opening[1]) and c[1] <= share[0] for c in concepts):
        return opening[0] + len(opening[1])
    return share[0] + len(share[1])


def _framed_whole(text: str, a: int, k: int, concepts: list[tuple[int, int, str]]) -> int | None:
    """Where '在 <whole> 中' right before the share marker at k opens (directions.yml share_whole_frames),
    the frame holding one concept's name and nothing else; None when no such frame is printed."""
    v = vocab.load()
    head = text[a:k].rstrip(" \u3000")
    close = next((w for w in v.share_frame_closes if head.endswith(w)), None)
    opened = _last(text, v.share_frame_opens, a, a + len(head) - len(close)) if close else None
    if opened is None or not _outside(concepts, opened[0]):
        return None
    inner = [c for c in concepts if c[0] >= opened[0] + len(opened[1]) and c[1] <= a + len(head) - len(close)]
    between = text[opened[0] + len(opened[1]):a + len(head) - len(close)].strip(" \u3000")
    return opened[0] if len(inner) == 1 and between == text[inner[0][0]:inner[0][1]] else None


def _share_of_named(text: str, a: int, k: int, concepts: list[tuple[int, int, str]]) -> bool:
    """Whether a share marker precedes the budget word at k with a name between them
    ('占基本支出预算', '占政府采购预算的', '占支出总预算'): the percent is that figure's share, not a
    completion rate ('占年初预算的', '占全年预算的' have nothing between 占 and the period word)."""
    v = vocab.load()
    share = _last(text, v.share_markers, a, k)
    if not share or not _outside(concepts, share[0]):
        return False
    between = text[share[0] + len(share[1]):k]
    pm = v.period_re.match(text, k)
    named = "".join(between.split()) + (pm.group() if pm else "")
    if any(w.startswith(named) for w in v.period_of):
        return False                      # '占调整预算的': a budget period word cut short ('调整预算数')
    return len(_HAN.findall(between.replace("的", ""))) >= 2


@lru_cache(maxsize=1)
def _inline_base_re() -> "regex.Pattern[str]":
    """A number (patterns.NUMBER_RE) and a money unit, at the end of the searched text."""
    money = lexicon.alternation(u.printed for u in units() if u.family == "money")
    return regex.compile(rf"(?P<num>{NUMBER_RE.pattern})\s*(?P<unit>{money})\s*$")


def inline_base(text: str, a: int, k: int) -> "regex.Match[str] | None":
    """An amount printed between a budget/plan word and 的 ('预算27万元的', '年计划100万元的'):
    the match of that amount (group 'num', group 'unit') ending at k, or None."""
    m = _inline_base_re().search(text, max(a, k - 24), k)
    if not m:
        return None
    v = vocab.load()
    j = m.start()
    while j > a and text[j - 1] in " \u3000":
        j -= 1
    pm = None
    for pm in v.period_re.finditer(text, max(a, j - 12), j):
        pass
    return m if pm and pm.end() == j and v.period_of[pm.group()] in v.completion_bases else None


@lru_cache(maxsize=1)
def _percent_after_of() -> "regex.Pattern[str]":
    """'的 80.00%', '的比重为 80.00%' (directions.yml share_markers) right after an amount."""
    shares = lexicon.alternation(vocab.load().share_markers)
    return regex.compile(rf"\s*的\s*(?:{shares})?\s*[为是]?\s*[0-9０-９.．]+\s*[%％]")


def _inline_whole_share(text: str, a: int, b: int) -> tuple[int, str] | None:
    """'占本年支出合计 100.00 万元的 80.00%': the whole's own amount printed between its name and 的
    ends the clause at a; the share marker before that amount, with a name between, or None."""
    if text[a:b].strip(" \u3000" + vocab.load().ratio_links):
        return None
    ca = a
    while ca > 0 and text[ca - 1] not in CLAUSE_SEP + SENTENCE_END + ",":
        ca -= 1
    m = _inline_base_re().search(text, max(ca, a - 24), a)
    return _named_share(text, ca, m.start()) if m else None


def _named_share(text: str, a: int, k: int) -> tuple[int, str] | None:
    """The share marker in text[a:k] with a name of two or more Han characters between it and k."""
    share = _last(text, vocab.load().share_markers, a, k)
    return share if share and len(_HAN.findall(text, share[0] + len(share[1]), k)) >= 2 else None


def whole_of_share(text: str, a: int, tok: NumberToken) -> bool:
    """Whether the amount `tok` (clause from a) is the whole of the share printed after it:
    '占本年支出合计 100.00 万元的 80.00%' (the whole's name between the marker and the amount)."""
    return bool(_percent_after_of().match(text, tok.end)) and _named_share(text, a, tok.start) is not None


def budget_ratio(text: str, a: int, b: int) -> tuple[int, str] | None:
    """'为年初预算的 119.76%', '占全年预算的 98%': a percent printed right after a budget or plan
    period (and 的; a scope note between left out) is actual ÷ that base, a completion rate; (position,
    period word) or None."""
    v = vocab.load()
    k = b
    while k > a and text[k - 1] in " \u3000":
        k -= 1
    if k > a and text[k - 1] in v.ratio_links:
        k -= 1
    note = next((n for n in vocab.scope_note_re().finditer(text, max(a, k - 32), k) if n.end() == k), None)
    if note:                              # '占预算（预算调整数，下同）的 100%': the budget word before the note
        k = note.start()
    base = inline_base(text, a, k)
    if base:                              # '完成预算 27 万元的 63.2%': the base printed inline
        k = base.start()
        while k > a and text[k - 1] in " \u3000":
            k -= 1
    found = None
    for m in v.period_re.finditer(text, max(a, k - 12), k):
        if m.end() == k and v.period_of[m.group()] in v.completion_bases:
            found = (m.start(), m.group())
    return found


# ------------------------------------------------------------------------- subject
def subject_region(text: str, a: int, b: int, kind: str, info: dict, concepts: list[tuple[int, int, str]]) -> tuple[int, int]:
    """Where the subject may be printed: from clause start to the first kind/base marker."""
    v = vocab.load()
    end = b
    if info.get("dpos", -1) >= 0:
        a = _after_opening_direction(text, a, b, kind, info)
        end = min(end, info["dpos"]) if info["dpos"] >= a else end
    if info.get("level_at") is not None:
        end = min(end, info["level_at"])          # '支出总计下降至 90 万元': the subject ends before 下降至
    marker_sets = [v.base_markers, v.same_period_words]
    if kind == "share":
        marker_sets.append(v.share_markers)
        end = min(end, info.get("share_whole_at", end))   # '在 <whole> 中占': the frame is no subject
    if kind == "completion":
        marker_sets.append(tuple(v.completion_markers))
        pos = info["completion"][0]               # '年初预算完成率为' (完成率 may be a concept's name)
        ratio = budget_ratio(text, a, pos) if a <= pos < end else None
        cut = ratio[0] if ratio else pos          # ('支出预算执行率' is one concept: no cut inside it)
        share = _last(text, v.share_markers, a, cut) if a <= cut < end else None
        if share and _outside(concepts, share[0]):
            cut = share[0]                        # '占调整预算的 100%': 占 opens the base, not the subject
        if a <= cut < end and _outside(concepts, cut):
            end = cut
    for words in marker_sets:
        for w in words:
            k = text.find(w, a, end)
            if k >= 0 and _outside(concepts, k):
                if w in v.base_markers and (not _is_base_at(text, k + len(w)) or _word_tail(text, k, k + len(w))):
                    continue
                end = min(end, k)
    if info.get("operator"):
        end = min(end, _before_operator(text, a, b))
    return a, end


def _before_operator(text: str, a: int, end: int) -> int:
    """Where the comparison operator printed right before the number at `end` starts ('动态管理率≧90%',
    '满意度不低于 90%': the subject ends there; lexicons/units.yml operators); `end` when there is none."""
    k = end
    while k > a and text[k - 1] in " \t\u3000":
        k -= 1
    for word, _ in operator_words():
        if word and k - len(word) >= a and text.startswith(word, k - len(word)):
            return k - len(word)
    return end


_NAMED_AFTER_VERB = 4          # Han characters a name after an opening direction verb needs


def _after_opening_direction(text: str, a: int, b: int, kind: str, info: dict) -> int:
    """'…、增加安排稳定调节基金 365 万元': a change whose clause opens with its direction verb and
    names what changed between the verb and the amount is that thing's change; the subject is read
    after the verb (a short tail, '增加了 20 万元', '增加额为…', names nothing)."""
    if kind != "change_abs" or len(info.get("directions") or ()) != 1:
        return a
    m = _LEAD_RE.match(text, a, b)
    lead = m.end() if m else a
    after = reason_lead_end(text, lead, b)       # '主要原因是增加了…': after the reason marker
    if after is not None:
        lead = after
    d = vocab.load().direction_re.match(text, info["dpos"])
    if info["dpos"] != lead or d is None:
        return a
    start = d.end() + (text.startswith("了", d.end()))     # '增加了 A': A, not '了 A'
    name = text[start:b]
    if len(_HAN.findall(name)) < _NAMED_AFTER_VERB or YEAR_RE.search(name) or vocab.load().period_re.search(name):
        return a
    return start


def reason_lead_end(text: str, a: int, b: int) -> int | None:
    """Where the words after a reason marker opening text[a:b] (directions.yml reason_markers) and
    its copula begin ('主要原因是增加了…' -> at 增加), None when text[a:b] opens with no marker."""
    why = vocab.load().reason_re.match(text, a, b)
    return _COPULA_RE.match(text, why.end(), b).end() if why else None


def _word_tail(text: str, a: int, b: int) -> bool:
    """text[a:b] ends a longer word ('较' of '经比较2020年度…'): no base marker there."""
    return zh.snap(text, a, b)[0] < a


def _is_base_at(text: str, k: int) -> bool:
    while k < len(text) and text[k] in " \u3000":
        k += 1
    return bool(YEAR_RE.match(text, k)) or _period_base(text, k)


def _period_base(text: str, k: int) -> bool:
    """A period word at k opens a comparison's base: not this year's name alone, which opens a figure of
    this year named as the base ('比本年收入合计 B'); '较本年预算' is a base."""
    v = vocab.load()
    pm = v.period_re.match(text, k)
    return bool(pm) and (v.period_of[pm.group()] != "本年" or bool(v.period_re.match(text, pm.end())))


def core_phrase(text: str, a: int, b: int, concepts: list[tuple[int, int, str]]) -> tuple[int, int]:
    """text[a:b] without leading list markers/fillers and trailing period words, years and fillers."""
    v = vocab.load()
    m = _LEAD_RE.match(text, a, b)
    a = m.end() if m else a
    changed = True
    while changed and a < b:
        changed = False
        for rx in (v.filler_re, YEAR_RE, v.period_re):
            m = rx.match(text, a, b)
            if m and m.end() > a and _outside(concepts, a) and (rx is YEAR_RE or _whole_token(text, a, m.end())):
                a, changed = m.end(), True
        if a < b and text[a] in " \u3000，、（(":
            a, changed = a + 1, True
    changed = True
    while changed and b > a:
        changed = False
        while b > a and text[b - 1] in " \u3000，、：:（(-－−":     # '差异率-2.72%': the sign is the number's
            b, changed = b - 1, True
        note = _trailing_note(text, a, b)
        if note is not None:
            b, changed = note, True
            continue
        for w in _trailing_by_last().get(text[b - 1], ()) if b > a else ():
            if b - len(w) >= a and text.endswith(w, a, b) and _outside(concepts, b - len(w)) \
                    and (len(w) > 1 or _whole_token(text, b - 1, b) or _opens_hedge(text, b, w)) \
                    and not _ends_fund_name(text, a, b, w) \
                    and not _ends_noun(text, a, b - len(w), w):
                b, changed = b - len(w), True
                break
        if not changed:
            m = None
            for m in YEAR_RE.finditer(text, a, b):
                pass
            if m and m.end() == b:
                b, changed = m.start(), True
    return a, b


def _ends_fund_name(text: str, a: int, b: int, w: str) -> bool:
    """The word ending text[a:b] is the 预算 of a fund's name ('其中一般公共预算 450 万元'), no period word."""
    return "预算" in w and any(e == b for _, e, _ in scope_spans(text, max(a, b - 16), b))


def _ends_noun(text: str, a: int, k: int, w: str) -> bool:
    """The period word w printed at k takes the place of a total word's end after its kept part ('项目总预算',
    '收支总预算': concepts.yml period_suffixed), so it stays in the subject's name (read as the period too)."""
    return k > a and w in vocab.load().period_of and text.endswith(_kept_parts(), a, k)


@lru_cache(maxsize=None)
def _kept_parts() -> tuple[str, ...]:
    return tuple((lexicon.load("concepts").get("period_suffixed") or {}).values())


def _trailing_note(text: str, a: int, b: int) -> int | None:
    """Where a wordy aside closing text[a:b] opens ('一般公共预算收入（含辖区内列统收入，下同）'): a
    note of four or more characters and no digit, after some words; None otherwise ('（境）', '（类）'
    are part of the name)."""
    if b - a < 2 or text[b - 1] not in "）)":
        return None
    o = max(text.rfind("（", a, b - 1), text.rfind("(", a, b - 1))
    if o <= a or b - 1 - o - 1 < 4 or _PAREN.search(text, o + 1, b - 1) or _DIGIT_RE.search(text, o, b):
        return None
    return o


def _whole_token(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is whole segmenter tokens ('计' in '计划总投资' is not)."""
    return zh.snap(text, a, b) == (a, b)


@lru_cache(maxsize=None)
def _trailing_by_last() -> dict[str, tuple[str, ...]]:
    """_trailing_words keyed by their last character, longest first as there."""
    out: dict[str, list[str]] = {}
    for w in _trailing_words():
        if w:
            out.setdefault(w[-1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _trailing_words() -> list[str]:
    """Period and filler words, and the threshold words printed before a number ('教育支出首次突破
    900亿元': 突破 says more than, the subject is 教育支出)."""
    v = vocab.load()
    words = list(v.period_of) + [w for w in v.filler_re.pattern.replace("\\", "").split("|")]
    words += [w for w, _ in approx_words() if w not in _APPROX_AFTER]
    return sorted(set(words), key=len, reverse=True)


_APPROX_AFTER = ("余", "多", "左右", "以上")   # approx words printed after the number (patterns.read_number)


def _opens_hedge(text: str, b: int, w: str) -> bool:
    """The approx word ending text[:b] opens the segmenter's word holding the numeral after it ('近千家')."""
    return w in _approx_before_words() and zh.snap(text, b - len(w), b)[0] == b - len(w)


@lru_cache(maxsize=None)
def _approx_before_words() -> frozenset[str]:
    return frozenset(w for w, _ in approx_words() if w not in _APPROX_AFTER)


_PAREN = regex.compile(r"[（()）]")
_OPENING = regex.compile(r"[^\W\d_][（(][ \u3000]*\Z")      # a bracket opening right after a word
_CLOSING = regex.compile(r"[ \u3000]*[）)][ \u3000]*")


def in_parens(text: str, a: int, k: int) -> bool:
    """Whether offset k sits inside a parenthesised note opened after a: '设备（不含车辆）'."""
    return bool(open_parens(text, a, k))


def open_parens(text: str, a: int, k: int) -> list[int]:
    """Where the parentheses still open at offset k were opened (after a), outermost first (the
    parenthesis characters are looked up, not every character between a and k walked)."""
    stack: list[int] = []
    for m in _PAREN.finditer(text, a, k):
        if m.group() in "（(":
            stack.append(m.start())
        elif stack:
            stack.pop()
    return stack


def cap_words(text: str, a: int, b: int, n: int = 8) -> int:
    """Keep a subject phrase to its last `n` segmenter tokens."""
    if b - a <= 12:
        return a
    return max(a, zh.last_words(text, a, b, n))


def has_content(text: str, a: int, b: int) -> bool:
    return len(_HAN.findall(text[a:b])) >= 2


def base_kind(printed: str) -> str | None:
    """预算 / 决算 when the printed base names one ('比2024年预算' -> 预算, '较上年执行数' -> 决算)."""
    v = vocab.load()
    kinds = [v.period_of[m.group()] for m in v.period_re.finditer(printed)]
    kinds = [k for k in kinds if k in ("预算", "年初预算", "全年预算", "决算")]
    return kinds[-1] if kinds else None
