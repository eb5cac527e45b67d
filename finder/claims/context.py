"""What a number's clause says about it: its kind, subject and concept, direction and whole."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import vocab, zh
from finder.claims.patterns import (NUMBER_RE, NumberToken, doubling_unit, operator_before, operator_words, read_number,
                                    units)
from finder.claims.period_words import gaps, period_base
from finder.claims.segments import CLAUSE_SEP, LEAD_RE, SENTENCE_END, YEAR_RE, open_parens, outside

_ITEM_END_RE = regex.compile("[" + regex.escape(SENTENCE_END + "；;") + "]")
_HAN = regex.compile(r"\p{Han}")
_COPULA_RE = regex.compile(r"[是为：:，,\s]*")
_OPENING = regex.compile(r"[^\W\d_][（(][ \u3000]*\Z")      # a bracket opening right after a word
_CLOSING = regex.compile(r"[ \u3000]*[）)][ \u3000]*")


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
    part_of: str | None = None       # the concept of the figure this one is a part of, named by words of its own


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
    list_frame: Frame | None = None   # the frame of the figure a 包括/含 list splits: a clause after its ； is that figure's
    clauses: list[tuple[int, int]] = field(default_factory=list)   # clauses(text, start, end), read once
    parens: list = field(default_factory=list)   # (open at, frame, whole, whole_head, in_reason) of each open note
    outer: Frame | None = None        # the sentence's main frame while a purpose clause's frame is read ('，用于…')


# ------------------------------------------------------------------------- markers
def _last(text: str, words: tuple[str, ...] | list[str], a: int, b: int) -> tuple[int, str] | None:
    best = None
    for w in words:
        k = text.rfind(w, a, b)
        if k >= 0 and (best is None or k > best[0] or (k == best[0] and len(w) > len(best[1]))):
            best = (k, w)
    return best


def direction_in(text: str, a: int, b: int, concepts: list[tuple[int, int, str]]) -> tuple[str | None, list[str], int]:
    """(canonical direction, all directions printed, position) in text[a:b]; ambiguous gives None."""
    v = vocab.load()
    words = [m for x, y in gaps(a, b, concepts) for m in v.direction_re.finditer(text, x, y)]
    found = [(m.start(), v.direction_of[m.group()]) for m in words]
    if v.comparative_word_re.search(text, a, b):     # a comparative match prints its word in text[a:b]
        # never one inside a direction word ('提高 2.7 个百分点': 提高, not 高)
        found += [(m.start(), v.comparative_of[m.group()]) for m in v.comparative_re.finditer(text, a, b + 1)
                  if m.end() <= b and outside(concepts, m.start())
                  and not any(w.start() <= m.start() < w.end() for w in words)]
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
        if share and outside(concepts, share[0]):
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
    if opening and outside(concepts, opening[0]) and any(
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
    if opened is None or not outside(concepts, opened[0]):
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
    if not share or not outside(concepts, share[0]):
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


@lru_cache(maxsize=1)
def abbreviation_note_re() -> "regex.Pattern[str]":
    """A bracket opening with an abbreviation note (concepts.yml abbreviation_notes: '（以下简称“预算”）'): it names
    the word before it for later sentences and holds no figure, so a ratio's base is read around it."""
    notes = lexicon.alternation(lexicon.load("concepts").get("abbreviation_notes") or ())
    return regex.compile(rf"[（(]\s*(?:{notes})[^（()）\d。；]{{0,24}}[）)]")


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
    note = next((n for n in vocab.scope_note_re().finditer(text, max(a, k - 32), k) if n.end() == k), None) \
        or next((n for n in abbreviation_note_re().finditer(text, max(a, k - 32), k) if n.end() == k), None)
    if note:                              # '占预算（预算调整数，下同）的 100%', '为调整预算（以下简称“预算”）的 97.9%':
        k = note.start()                  # the budget word before the note
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
        if share and outside(concepts, share[0]):
            cut = share[0]                        # '占调整预算的 100%': 占 opens the base, not the subject
        if a <= cut < end and outside(concepts, cut):
            end = cut
    first = _first_marker(text, a, end, marker_sets, concepts)
    named = _named_after_base(text, a, first, end) if first < end else None
    if named is not None:                         # '与上年相比总收入减少 A': the words after the base name it
        a, end = named[0], min(named[1], _first_marker(text, named[0], named[1], marker_sets, concepts))
    else:
        end = first
    if info.get("operator"):
        end = min(end, _before_operator(text, a, b))
    return a, end


def _first_marker(text: str, a: int, end: int, marker_sets: list, concepts: list[tuple[int, int, str]]) -> int:
    """Where the first base, same-period (or share, completion) marker in text[a:end] starts; end if none."""
    v = vocab.load()
    for words in marker_sets:
        for w in words:
            k = text.find(w, a, end)
            if k >= 0 and outside(concepts, k):
                if w in v.base_markers and (not _is_base_at(text, k + len(w)) or _word_tail(text, k, k + len(w))):
                    continue
                end = min(end, k)
    return end


def _named_after_base(text: str, a: int, k: int, end: int) -> tuple[int, int] | None:
    """A clause opening with its base and naming what changed only after it: '与上年相比总收入减少 A' (a closed
    comparison, directions.yml base_closers, run into the name) or '相比上年的总收入 B 减少 A' (the base's
    period, 的, the name and its figure of that period). The span of those words (up to the base's own figure),
    when the marker at k opens the clause (nothing named before it) and the words are a name (two Han or more);
    None otherwise ('与上年相比增加 A', '比上年决算数减少 A': the subject is the clause's before the base)."""
    if has_content(text, a, k):
        return None
    closed = _closed_comparison().match(text, k, end)
    if closed:
        start = closed.end()
    else:
        v = vocab.load()
        m = _base_marker_re().match(text, k, end)
        pm = m and (YEAR_RE.match(text, m.end(), end) or v.period_re.match(text, m.end(), end))
        if not pm or not text.startswith("的", pm.end()):
            return None
        start = pm.end() + 1
    stop = next((d.start() for d in _DIGIT.finditer(text, start, end)), end)
    if not closed and stop == end:
        return None                               # '相比上年的…' names the base's figure before the change
    return (start, stop) if has_content(text, start, stop) else None


_DIGIT = regex.compile(r"[0-9０-９]")


@lru_cache(maxsize=1)
def _closed_comparison() -> "regex.Pattern[str]":
    """'与上年相比', '较 2023 年相较': a base marker, its period or year, a closer (directions.yml), no comma."""
    v = vocab.load()
    return regex.compile(rf"(?:{lexicon.alternation(v.base_markers)})\s*(?:(?:19|20)\d\d\s*年度?|"
                         rf"{v.period_re.pattern})\s*(?:{lexicon.alternation(v.base_closers)})\s*")


@lru_cache(maxsize=1)
def _base_marker_re() -> "regex.Pattern[str]":
    return regex.compile(rf"(?:{lexicon.alternation(vocab.load().base_markers)})\s*")


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
    m = LEAD_RE.match(text, a, b)
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
    return bool(YEAR_RE.match(text, k)) or period_base(text, k)


def has_content(text: str, a: int, b: int) -> bool:
    return len(_HAN.findall(text[a:b])) >= 2
