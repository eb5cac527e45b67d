"""Respective constructs: 'A、B 分别为 x 和 y，分别占 p 和 q', '收、支总计各是 x,y 万元…各下降 p%、q%'.

The k-th number of each list belongs to the k-th named subject. The claims of a sentence are read
one by one first (kind, period, base from their clause); this pass then re-assigns subject,
concept and group per position and lends the first number's kind to the rest of its list (the
second percent of 'p、q' has no marker of its own). A list whose count differs from the subjects'
is marked extra['respective_unpaired'], loses its subject (which name owns which number is
unknown) and puts each number in a group of its own, so nothing pairs it by position.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import period_words, segments
from finder.claims.phrase import core_phrase
from finder.claims import vocab
from finder.model import Claim

_SEP = regex.compile(r"[，；：。,;:！？!?]")
JOIN = regex.compile(r"^[\s、,和与及]*$")     # what may stand between two numbers of one list
_WORD = regex.compile(r"[\p{Han}A-Za-z]")
_LENT = ("share", "change_abs", "change_pct", "completion")


@lru_cache(maxsize=None)
def _words() -> tuple["regex.Pattern[str]", dict[str, str], str]:
    d = lexicon.load("directions").get("respective") or {}
    # '各' alone is a marker only before a direction word ('各减少', never '各项', '各单位') or a figure
    # ('收、支总计各 430.00 万元')
    alt, lone = lexicon.alternation(d.get("markers", ())), lexicon.alternation(d.get("before_direction", ()))
    dirs = lexicon.alternation(vocab.load().direction_of)
    figure = lexicon.alternation(d.get("before_figure", ()))
    rx = regex.compile(rf"{alt}|(?:{lone})(?=\s*(?:{dirs}))|(?:{figure})(?=\s*\d)")
    return rx, dict(d.get("abbreviations") or {}), "".join(d.get("joiners", ("、", "和", "与", "及")))


def has_marker(text: str, a: int, b: int) -> bool:
    return _words()[0].search(text, a, b) is not None


# an inline list of named numbers: 'A x、B y 万元', '收入减少 x、支出减少 y 万元' (each number after its
# own name, the unit printed once at the end); the gap is '、' and the next name, Han characters only
_INLINE_GAP = regex.compile(r"^\s*、\s*\p{Han}{1,12}\s*$")
_NAMED_BEFORE = regex.compile(r"\p{Han}{2}\s*$")
_NOT_A_NAME = regex.compile(r"(?:其中|第|附件|附表|表|图|之|共)\s*$")


def inline_gap(text: str, start: int, end: int, nxt: int) -> bool:
    """text[end:nxt] joins two named numbers of an inline list and the number at `start` has its own
    name right before it (not a list label: '1、办公费 10 万元', '第1、…')."""
    before = text[max(0, start - 8):start]
    return bool(_INLINE_GAP.match(text[end:nxt]) and _NAMED_BEFORE.search(before)
                and not _NOT_A_NAME.search(before))


def _inline_runs(text: str, claims: list[Claim]) -> list[list[Claim]]:
    """Runs of claims printed as an inline list of named numbers, each with a subject of its own."""
    out: list[list[Claim]] = []
    for a, b in zip(claims, claims[1:]):
        joined = (_INLINE_GAP.match(text[a.end:b.start]) and _family(a) == _family(b)
                  and a.subject and b.subject and a.subject != b.subject)
        if joined and out and out[-1][-1] is a:
            out[-1].append(b)
        elif joined:
            out.append([a, b])
    return [r for r in out if len({c.subject for c in r}) == len(r)]


def _group_of(st, name: str) -> str:
    """One group per name in a paragraph, shared by every list that names it."""
    key = (id(st.current), name)
    if key not in st.respective_groups:
        st.groups += 1
        st.respective_groups[key] = f"G{st.groups}"
    return st.respective_groups[key]


@dataclass
class _List:
    at: int                        # where the marker ends (numbers after it zip onto the names)
    names: list[str]
    wholes: bool = False           # '占财政支出和GDP的比重分别为 p 和 q': the names are the wholes
    short: bool = False            # a name was printed as one character ('收、支总计')


def _names(text: str, a: int, b: int) -> _List | None:
    """The coordinated names printed before a marker at b ('基本支出和项目支出', '收、支总计')."""
    k = b
    while k > a and not _SEP.match(text[k - 1]):
        k -= 1
    b = names_end(text, k, b)
    concepts = vocab.find_concepts(text, k, b)
    s, e = core_phrase(text, k, b, concepts)
    if e - s < 2:
        return None
    phrase = text[s:e]
    ends = [phrase.rfind(w) + len(w) for w in _comparison_ends() if w in phrase]
    if ends:                                    # '与上年相比收、支总计': the names after the comparison
        s += max(ends)
        phrase = text[s:e]
    wholes = False
    share = _first(text, vocab.load().share_markers, s, e)
    if share is not None:
        phrase = text[share:e]
        phrase = regex.sub(r"的?(?:比重|占比|比例)$", "", phrase)
        wholes = True
    _, abbrev, joiners = _words()
    cuts = [i for i, ch in enumerate(phrase) if ch == "、"
            or (ch in joiners and all(not (cs - s <= i < ce - s) for cs, ce, _ in concepts))]
    if not cuts:
        return None
    items, p = [], 0
    for i in cuts:
        items.append(phrase[p:i])
        p = i + 1
    items.append(phrase[p:])
    items = [x.strip() for x in items]
    if any(not _WORD.search(x) for x in items):
        return None
    prefix = ""
    if len(items[0]) > 1 and items[0][-1] in abbrev and all(x[:1] in abbrev for x in items[1:]):
        prefix, items[0] = items[0][:-1], items[0][-1]          # '财政拨款收、支总计'
    head = items[:-1]
    if len({len(x) for x in head}) == 1 and len(items[-1]) > len(head[0]):
        tail = items[-1][len(head[0]):]                     # '货物、工程、服务采购规模', '收、支总计'
        if not all(_named(x) and not _named(x + tail) for x in head):   # '因公出国（境）费、公务用车购置费'
            items = [x + tail for x in head] + [items[-1]]
    short = any(x[:1] in abbrev and not x.startswith(abbrev[x[:1]]) for x in items)
    items = [prefix + _expand(x, abbrev) for x in items]
    items = items[:1] + [_lent(items[0], x) for x in items[1:]]
    return _List(b, items, wholes, short)


def names_end(text: str, a: int, b: int) -> int:
    """Where the names before a marker at b end: before a comparison closing them ('收、支总计较上年各增加':
    the base 较上年 stands between the names and 各), else at b."""
    _, printed = period_words.base_in(text, a, b, None)
    return b - len(printed) if printed and text[a:b].rstrip().endswith(printed) else b


def _lent(first: str, name: str) -> str:
    """A later name printed without the words it shares with the first ('公务用车购置数及保有量', '因公出国（境）团组数
    及人数', '公务接待批次和人次'): the first name's opening lent to it, the longest that makes a count concept's whole
    name of it (公务用车保有量, 因公出国（境）人数, 公务接待人次: more than 人数 alone says); else as printed."""
    v = vocab.load()
    for k in range(len(first) - 1, 0, -1):
        whole = first[:k] + name
        if any(x[:2] == (0, len(whole)) and v.concepts[x[2]].measure == "count" for x in vocab.find_concepts(whole)):
            return whole
    return name


def _named(name: str) -> bool:
    """The whole of `name` is one known figure's name (concepts.yml)."""
    return any(x[:2] == (0, len(name)) for x in vocab.find_concepts(name))


def _first(text: str, words: tuple[str, ...], a: int, b: int) -> int | None:
    """Where the first share marker in text[a:b] ends ('占…的比重': after 占)."""
    hits = [(k, k + len(w)) for w in words for k in [text.find(w, a, b)] if k >= 0]
    return min(hits)[1] if hits else None


def _expand(name: str, abbrev: dict[str, str]) -> str:
    """'收总计' -> '收入总计' (a one-character side named in a list)."""
    for short, full in abbrev.items():
        if name.startswith(short) and not name.startswith(full):
            return full + name[len(short):]
    return name


def _runs(text: str, claims: list[Claim]) -> list[list[Claim]]:
    """Numbers printed as one list: only 、 和 与 及 ',' between them, same unit family; changes whose
    items each print their own direction ('分别比上年减少 100.00 万元、增加 20.00 万元') may have it between."""
    out: list[list[Claim]] = []
    for c in claims:
        gap = text[out[-1][-1].end:c.start] if out else ""
        if out and _alike(out[-1][-1], c) and (JOIN.match(gap) or _directed(out[-1][-1], c, gap)):
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _directed(prev: Claim, c: Claim, gap: str) -> bool:
    """Two changes of one list, each with its own direction word: the gap is a joiner and c's direction."""
    if prev.kind != c.kind or c.kind not in ("change_abs", "change_pct") or not prev.direction or not c.direction:
        return False
    return _directed_gap().match(gap) is not None


@lru_cache(maxsize=1)
def _directed_gap() -> "regex.Pattern[str]":
    dirs = lexicon.alternation(vocab.load().direction_of)
    return regex.compile(rf"^[\s、,，和与及]*(?:{dirs})\s*$")


def _alike(a: Claim, b: Claim) -> bool:
    """Two numbers of one list: the same unit family, or both counts ('分别为 2 个、6 人': a list of counts of
    things of several kinds, each in its own unit; apply reads it only where the names pair with its numbers)."""
    return _family(a) == _family(b) or a.kind == b.kind == "count"


def _mixed(run: list[Claim]) -> bool:
    return len({_family(c) for c in run}) > 1


def _family(c: Claim) -> str:
    return "percent" if c.unit in ("%", "个百分点") else c.unit


def apply(text: str, sa: int, sb: int, claims: list[Claim], st) -> None:
    """Re-read the claims of sentence text[sa:sb] that sit in respective lists."""
    rx = _words()[0]
    inline = _inline_runs(text, [c for c in claims if sa <= c.start < sb])
    abbrev = _words()[1]
    for run in inline:
        for c in run:
            name = _expand(c.subject, abbrev)          # '支总计' -> '支出总计', as the next list names it
            if name != c.subject:
                found = [x for x in vocab.find_concepts(name) if x[1] == len(name)]
                c.subject, c.concept = name, found[-1][2] if found else c.concept
            c.extra["group"] = _group_of(st, c.subject)
    _shared(text, sa, [c for c in claims if sa <= c.start < sb], inline, st)
    lists: list[_List] = []
    for m in rx.finditer(text, sa, sb):
        found = _names(text, sa, m.start())
        if found:
            found.at = m.end()
            lists.append(found)
        elif lists:
            lists.append(_List(m.end(), lists[-1].names, lists[-1].wholes))
        else:
            lists.append(_List(m.end(), []))
    if not lists:
        return
    v = vocab.load()
    groups: dict[int, str] = {}
    for run in _runs(text, [c for c in claims if c.start >= lists[0].at]):
        if len(run) < 2:
            continue
        cur = [x for x in lists if x.at <= run[0].start][-1]
        if not cur.names:               # '收入减少 x、支出减少 y 万元，分别下降 p%、q%': the names of the
            named = [r for r in inline if r[-1].end <= cur.at and len(r) == len(run)]   # list before
            if named:
                cur = _List(cur.at, [c.subject for c in named[-1]], False)
        if _mixed(run) and len(run) != len(cur.names):
            continue                    # counts in several units no list of names pairs with: each its own
        first = run[0]
        for c in run[1:]:
            if first.kind in _LENT and c.kind in ("ratio", "amount", first.kind):
                own = c.kind == first.kind and c.direction      # '减少 A、增加 B': B keeps its own direction
                c.kind, c.direction, c.period = first.kind, c.direction if own else first.direction, first.period
                for key in ("base_text", "base_period", "base_default", "sign", "completion"):
                    if key in first.extra and not (own and key == "sign"):
                        c.extra[key] = first.extra[key]
                c.whole = first.whole if first.kind == "share" else c.whole
        if len(run) != len(cur.names):
            for c in run:                   # which name owns which number is unknown: no subject,
                c.extra["respective_unpaired"] = True      # and a group of its own so no check
                c.subject, c.concept = "", None             # pairs it with a neighbour by position
                st.groups += 1
                c.extra["group"] = f"G{st.groups}"
            continue
        for k, (c, name) in enumerate(zip(run, cur.names)):
            c.extra["pair_index"] = k
            measure = "count" if c.kind == "count" else "money"      # a share's or a change's name is money's
            found = [x for x in vocab.find_concepts(name) if v.concepts[x[2]].measure == measure]
            if cur.wholes:
                c.whole = found[-1][2] if found else None
                c.extra["whole_text"] = name
                continue
            c.subject = name
            c.concept = found[-1][2] if found and found[-1][1] == len(name) else None
            if k not in groups:             # one group per name in a paragraph ('收入总计' of both sentences)
                groups[k] = _group_of(st, name)
            c.extra["group"] = groups[k]
        if not cur.wholes and len(run) == 2:
            _twin(run, cur.names)


_SHARED_KINDS = ("amount", "change_abs", "change_pct")


def _shared(text: str, sa: int, claims: list[Claim], inline: list[list[Claim]], st) -> None:
    """'收、支总计 500 万元。与上年相比，收、支总计各增加 100 万元，增长 25%': one number printed after
    a list of names that are all known figures (收入总计, 支出总计) is said of the list as one figure
    (each name's, or their sum: which is not read, unless the names are a total's two sides or an
    each word says it: 'A、B均为 x' is each one's, extra each_of). It keeps the printed list as its subject and no
    concept, and shares one group per list in a paragraph, so its change and rate are checked
    against it and against nothing else."""
    listed = {id(c) for r in inline for c in r} | {id(c) for r in _runs(text, claims) if len(r) > 1 for c in r}
    v = vocab.load()
    _, abbrev, _ = _words()
    for c in claims:
        if id(c) in listed or c.kind not in _SHARED_KINDS or not c.subject:
            continue
        k = text.rfind(c.subject, sa, c.start)
        if k < 0:
            continue
        e = k + len(c.subject)
        m = _words()[0].search(text, k, c.start + 1)             # '各' before the figure: it sees the digit
        e = names_end(text, k, m.start() if m and m.start() < e else e)
        found = _names(text, sa, e)
        if found is None or found.wholes or len(found.names) < 2:
            continue
        money = [[x for x in vocab.find_concepts(n) if v.concepts[x[2]].measure == "money"] for n in found.names]
        pair = pair_names(found.names)
        each = any(w in text[e:c.start] for w in each_words())      # 'A、B均为 x': x is each one's
        if not pair and (not all(money) or not (found.short or all(m[0][:2] == (0, len(n))
                                                                 for m, n in zip(money, found.names)))):
            continue
        c.subject = "".join(text[_pair_start(text, sa, e):e].split())
        c.concept = None
        c.extra["shared_by"] = list(found.names)
        if pair or each:
            c.extra["each_of"] = pair or list(found.names)
        key = (id(st.current), "、".join(_periodless(n) for n in pair or found.names))   # the first figure's group: the figures
        c.extra["group"] = st.respective_groups.setdefault(key, c.extra["group"])   # after it that name none stay in it


@lru_cache(maxsize=1)
def each_words() -> tuple[str, ...]:
    """Words saying a figure after a list of names is each one's ('A、B均为 x'; directions.yml each_words)."""
    return tuple(lexicon.load("directions").get("each_words", ()))


@lru_cache(maxsize=1)
def _comparison_ends() -> tuple[str, ...]:
    """Words closing a comparison before a list of names ('与上年相比收、支总计'; directions.yml respective)."""
    return tuple((lexicon.load("directions").get("respective") or {}).get("comparison_ends", ()))


def _periodless(name: str) -> str:
    """A total's name without the period word before its last word ('收入决算总计' -> 收入总计,
    concepts.yml period_infixes / infixed_tails): '收入、支出决算总计 X' and then '收、支总计各增加 Y'
    are one list of figures."""
    for infix, tail in _infixed():
        if name.endswith(infix + tail):
            return name[: len(name) - len(infix + tail)] + tail
    return name


@lru_cache(maxsize=1)
def _infixed() -> tuple[tuple[str, str], ...]:
    c = lexicon.load("concepts")
    return tuple((i, t) for i in c.get("period_infixes", ()) for t in c.get("infixed_tails", ()))


def _twin(run: list[Claim], names: list[str]) -> None:
    """'收入、支出合计分别为 A、B 万元', '本年收入、支出合计分别为 A、B': the second name, the 支出 side printed under the
    total word the first one shares or lacks, is the first one's twin on the other side (concepts.yml
    balanced_totals: 本年收入合计 -> 本年支出合计, 收入总计 -> 支出总计) when the first names a year's or grand total
    and the second names nothing by itself (a bare '支出合计' may be a function class's own total elsewhere)."""
    d = lexicon.load("directions").get("respective") or {}
    sides = list(d.get("balanced_pair", ()))
    a, b = run
    if len(sides) != 2 or a.concept is None or b.concept is not None or sides[0] not in names[0] \
            or not names[1].startswith(sides[1]):
        return
    twins: dict[str, str] = {}
    for row in lexicon.load("concepts").get("balanced_totals") or ():
        for i in range(0, len(row) - 1, 2):
            twins[row[i]] = row[i + 1]
    if a.concept in twins:
        b.concept = twins[a.concept]


def pair_names(names: list[str]) -> list[str] | None:
    """The two sides of one total ('收入、支出预算总计' -> 收入预算总计, 支出预算总计): two names alike but
    for the words of directions.yml respective.balanced_pair, the second ending in a total word, the
    first printed whole or as its side word only; what the first prints before its side word after
    the last year ('2031年度财政拨款收入' -> 财政拨款) is both sides', and so is what both print alike before
    their side words ('财政拨款收、支总计'). A total printed as its part kept before a period word
    ('收、支总预算') is that total ('收入总计', '支出总计'). None for any other list."""
    d = lexicon.load("directions").get("respective") or {}
    sides = list(d.get("balanced_pair", ()))
    if len(names) != 2 or len(sides) != 2:
        return None
    a, b = names
    shared = _shared_opening(a, b, sides)                   # '财政拨款收、支总计': 财政拨款 printed on both
    i = a.rfind(sides[0], len(shared))
    if i < 0 or not b.startswith(sides[1], len(shared)):
        return None
    rest, a_rest = _suffixed_total(b[len(shared) + len(sides[1]):]), a[i + len(sides[0]):]
    if (a_rest not in ("", rest) and _suffixed_total(a_rest) != rest) \
            or not rest.endswith(tuple(d.get("pair_totals", ()))):
        return None
    years = list(segments.YEAR_RE.finditer(a, 0, i))
    prefix = a[years[-1].end() if years else 0:i].lstrip("度")
    return [prefix + sides[0] + rest, prefix + sides[1] + rest]


def _shared_opening(a: str, b: str, sides: list[str]) -> str:
    """What two names print alike before their side words ('财政拨款' of '财政拨款收入总计' and
    '财政拨款支出总计', a list printed '财政拨款收、支总计'); '' when the second opens with its side word."""
    if b.startswith(sides[1]):
        return ""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n] if a.startswith(sides[0], n) and b.startswith(sides[1], n) else ""


def _suffixed_total(rest: str) -> str:
    """A total printed as its kept part before a period word ('总' of '收、支总', or '总预算' as the subject
    keeps it; concepts.yml period_suffixed) -> the total word ('总计'); other words as printed."""
    tails, periods = lexicon.load("concepts").get("period_suffixed") or {}, vocab.load().period_of
    return next((tail for tail, keep in tails.items() if rest == keep
                 or rest.startswith(keep) and rest[len(keep):] in periods), rest)


def _pair_start(text: str, a: int, e: int) -> int:
    """Where the printed pair ending at e begins: after the last year printed before its first
    joiner ('2031年度财政拨款收、支总计' -> 财政拨款收、支总计), else at the clause's start."""
    k = e
    while k > a and not _SEP.match(text[k - 1]):
        k -= 1
    ends = [text.rfind(w, k, e) + len(w) for w in _comparison_ends() if text.rfind(w, k, e) >= 0]
    k = max(ends, default=k)                    # '与上年相比收、支总计': after the comparison
    joiners = _words()[2]
    j = next((i for i in range(k, e) if text[i] in joiners), e)
    years = list(segments.YEAR_RE.finditer(text, k, j))
    k = years[-1].end() if years else k
    while k < j and not _WORD.match(text[k]):
        k += 1
    return k


def abbreviated_pair(claims: list[Claim]) -> None:
    """'收入总计 X，支出总计 X。收支较上年增加 A': the balanced pair's side words abbreviated and run together
    ('收支', directions.yml respective abbreviations) as the subject of a change names both sides' totals, as
    '收、支总计' does: with both totals stated before it in the paragraph alike (one prefix, one total word,
    one value: grand totals balance) the change is each side's (extra each_of); else it stays unread."""
    d = lexicon.load("directions").get("respective") or {}
    sides, abbrev = list(d.get("balanced_pair", ())), _words()[1]
    short = "".join(k for side in sides for k, full in abbrev.items() if full == side)
    stated: dict[str, Claim] = {}
    for c in claims:
        if c.kind == "amount" and c.subject and len(sides) == 2:
            for side in sides:
                rest = next((t for t in d.get("pair_totals", ()) if c.subject.endswith(side + t)), None)
                if rest is not None:
                    stated.setdefault(side, c)
        elif c.kind in ("change_abs", "change_pct") and c.subject == short and not c.concept and len(stated) == 2:
            names = [stated[s].subject for s in sides]
            if names[0].replace(sides[0], sides[1], 1) == names[1] and stated[sides[0]].value == stated[sides[1]].value:
                c.extra["each_of"] = names
