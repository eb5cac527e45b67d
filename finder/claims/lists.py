"""Lists, notes and reasons in a sentence: where a 其中/包括 list opens and ends, parenthesised notes, reason markers."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import context as cx
from finder.claims import paths, patterns, period_words, segments, vocab
from finder.claims.state import ReportState
from finder.claims.tokens import PUNCT, number_tokens


def heads_own_list(text: str, stoks: list[patterns.NumberToken], sb: int, nxt: list[tuple[int, int]]) -> bool:
    """The sentence opens with a figure that heads a list of its own: a part marker (其中) or a clause
    part marker (包括) right after it ('实有人数 49 人，其中：…'), or, when it is the sentence's only
    figure, opening the next sentence ('支出合计 225.5 亿元。包括：…'). Such a figure is a total of its
    own, not one more part of a list the sentence before opened."""
    if not stoks:
        return False
    markers = (*vocab.load().part_markers, *clause_part_markers())
    rest = text[stoks[0].end:stoks[1].start if len(stoks) > 1 else sb].lstrip(" \t，,、：:")
    if rest.startswith(markers):
        return True
    if len(stoks) > 1 or rest.strip("。；;.") or not nxt:
        return False
    return text[nxt[0][0]:nxt[0][1]].lstrip().startswith(markers)


_ITEM_LEAD = regex.compile(r"[\s\d、.．“”\"「」『』‘’]*")


def opens_sibling_item(text: str, sa: int, sb: int, head: str) -> bool:
    """The sentence opens with a 功能分类 item's marked path no deeper than the path of the list's head
    ('“…（类）…（款）…（项）”257.14 万元' after '“…（项）”545.84 万元，主要用于：…'): an item beside the head,
    never one of its parts, though its entry starts with no number (a 项 holds no 项)."""
    own = paths.marked_runs(head, 0, len(head))
    lead = _ITEM_LEAD.match(text, sa).end()
    runs = [r for r in paths.marked_runs(text, sa, sb) if r[0] <= lead]
    return bool(own and runs) and max(lv for _, lv in runs[0][2]) <= max(lv for _, lv in own[0][2])


@lru_cache(maxsize=None)
def concept_kinds(cid: str) -> frozenset[str]:
    """The concept, every concept it is part of (part_of, upwards) and, for a classification class, its
    class prefix (econ / func): two figures sharing a kind are items of one kind of list."""
    concepts = vocab.load().concepts
    out, c = set(), concepts.get(cid)
    while c is not None and c.id not in out:
        out.add(c.id)
        if c.code:
            out.add(c.id.split("_")[0])
        c = concepts.get(c.part_of) if c.part_of else None
    return frozenset(out)


def list_goes_on(text: str, sa: int, stoks: list[patterns.NumberToken], kinds: frozenset[str] | None,
                 period: str | None = None) -> bool:
    """A sentence goes on with the 其中 list a sentence or paragraph before closed with '。' when its first
    figure names an item of the same kind (concept_kinds), or no concept at all; a figure of an unrelated
    concept ('…支出预算 X，其中：…。' then '政府采购货物预算 Y，占 Z%') starts a statement of its own, as
    does one whose words name a period other than `period`, the list items' (a budget beside actuals), or
    frame it as approved (directions.yml approved_frames).
    kinds None: the list is still open ('：' or '；' ended it) and goes on whatever comes; no kinds: its
    items named no concept."""
    if kinds is None or not stoks:
        return True
    named = vocab.find_concepts(text, sa, stoks[0].start)
    own, _ = period_words.period_in(text, sa, stoks[0].start, named)
    if (period and own and own != period) or _approved_frames().search(text, sa, stoks[0].start):
        return False            # '…其中：A a，B b。经人大批准的预算收入为 Y': a figure of another period
    return not kinds or not named or bool(concept_kinds(named[-1][2]) & kinds)


@lru_cache(maxsize=1)
def _approved_frames() -> "regex.Pattern[str]":
    words = lexicon.load("directions").get("approved_frames") or ()
    return regex.compile(lexicon.alternation(words) if words else r"(?!)")


def list_kinds(claims: list, before: frozenset[str] | None, sentence: str) -> frozenset[str] | None:
    """The kinds of the 其中 items among a sentence's claims, with those of the list's items before it;
    None when the sentence ends with '：' (the items follow) or '；' (an item line: the list is open)."""
    if sentence.rstrip().endswith(("：", ":", "；", ";")):
        return None
    kinds = {k for c in claims if c.extra.get("whole_head") and c.concept for k in concept_kinds(c.concept)}
    return frozenset(kinds | (before or set()))


def after_notes(text: str, sb: int, ctx: cx.SentenceCtx, main: cx.Frame) -> cx.Frame:
    """'国内公务接待支出 4.75 万元（含外宾接待支出 1.20 万元）。…共接待 38 批次': a frame named inside a
    note the sentence closes is the note's; the next sentence goes on with the one before the note."""
    opens = segments.open_parens(text, ctx.start, sb)
    closed = [x for x in ctx.parens if x[0] not in opens]
    return closed[0][1] if closed and main.start >= closed[0][0] and closed[0][1].group else main


def close_notes(text: str, tok: patterns.NumberToken, ctx: cx.SentenceCtx) -> None:
    """'财政拨款收入 180 万元（其中：一般公共预算 180 万元，政府性基金预算 0 万元），占 90%': a
    figure after a closed note with figures is read in the frame (and 其中 list) that held before the
    note opened, not in the last one inside it; a reason given in the note ends with it."""
    opens = segments.open_parens(text, ctx.start, tok.start)
    restored = None
    while ctx.parens and ctx.parens[-1][0] not in opens:
        restored = ctx.parens.pop()
    if restored:
        _, ctx.frame, ctx.whole, ctx.whole_head, ctx.in_reason = restored
    for o in opens:
        if all(o != x[0] for x in ctx.parens):
            ctx.parens.append((o, ctx.frame, ctx.whole, ctx.whole_head, ctx.in_reason))


def same_rank(concept: str | None, head: str | None) -> bool:
    """Two classes of one classification at one depth (concepts with codes of one length and one kind: 工资福利支出
    301 and 商品和服务支出 302, 教育支出 205 and 科学技术支出 206): neither is a part of the other."""
    cs = vocab.load().concepts
    a, b = cs.get(concept) if concept else None, cs.get(head) if head else None
    return bool(a and b and a is not b and a.code and b.code and len(a.code) == len(b.code)
                and a.id.split("_")[0] == b.id.split("_")[0])


def sibling_ends_list(concept: str | None, ctx: cx.SentenceCtx, st: ReportState) -> None:
    """'工资福利支出 a，其中：基本工资 b…；商品和服务支出 c，其中：办公费 d…；对个人和家庭的补助 e': an item of the
    head's own rank (same_rank) is the head's sibling, not its part: the list ends there, and the item is read
    under what the head was read under (its own whole and list head, if any)."""
    if not same_rank(concept, ctx.whole):
        return
    head = next((c for c in reversed(st.claims) if c.concept == ctx.whole and c.kind in ("amount", "count")), None)
    ctx.before_list = None
    ctx.whole = head.whole if head is not None else None
    ctx.whole_head = str(head.extra.get("whole_head", "")) if head is not None else ""


def end_clause_list(ctx: cx.SentenceCtx) -> None:
    """A list opened by 包括 ends at its ； or 。 (其中 lists run on: '其中：A a；B b。C c。')."""
    if ctx.before_list is not None:
        (ctx.whole, ctx.whole_head), ctx.before_list = ctx.before_list, None
    ctx.list_frame = None


@lru_cache(maxsize=None)
def _note_list_re() -> "regex.Pattern[str]":
    words = (*vocab.load().part_markers, *(lexicon.load("directions").get("figure_part_markers") or ()))
    marks = lexicon.alternation(words)
    return regex.compile(rf"^\s*([（(])?\s*(?:{marks})\s*[：:，,]\s*$")


def note_list_after(text: str, a: int, b: int, ctx: cx.SentenceCtx) -> None:
    """'…费 700 万元（其中：A 200 万元，B 500 万元）' (or '（其中，A …', or '…700 万元中：A …', directions.yml
    figure_part_markers): a list opened after the last figure of a clause lists that figure's parts; the
    note's '（' keeps the list held before it for after the note."""
    m = _note_list_re().match(text[a:b])
    if m is None or ctx.in_reason or not ctx.frame.concept \
            or vocab.load().concepts[ctx.frame.concept].measure not in ("money", "count"):
        return                  # '平均得分 99.43 分（其中，评级为“优”的项目 4 个…）': no parts of a score
    if m.group(1):
        ctx.parens.append((a + m.start(1), ctx.frame, ctx.whole, ctx.whole_head, ctx.in_reason))
    ctx.whole, ctx.whole_head = ctx.frame.concept, ctx.frame.subject


def bracket_list(text: str, a: int, tok: patterns.NumberToken, ctx: cx.SentenceCtx, st: ReportState) -> None:
    """'公务用车购置及运行维护费 21 万元（公务用车购置费 0 万元、公务用车运行维护费 21 万元）': a bracket opened right
    after a figure (a the figure's end, tok the first number in the bracket) lists that figure's parts, no
    其中 printed, when every item in it is a plain figure (an amount or count, no period of its own, no year)
    of a concept that is a part of the figure's (concepts.yml part_of, upwards). The note's '（' keeps the list
    held before it for after the note (close_notes). A bracket of other things opens nothing: a reason, a
    budget or last year's figure, a share, a change, a year, an item naming no such part."""
    opens = segments.open_parens(text, a, tok.start)
    if not opens or text[a:opens[0]].strip() or ctx.in_reason or not ctx.frame.concept:
        return
    prev = st.claims[-1] if st.claims else None
    if prev is None or prev.paragraph is not st.current or prev.end != a or prev.concept != ctx.frame.concept \
            or prev.kind not in ("amount", "count"):
        return
    items = _bracket_items(text, opens[0])
    if not items or not all(_part_item(text, x, y, prev, st) for x, y in items):
        return
    ctx.whole, ctx.whole_head = ctx.frame.concept, ctx.frame.subject


_ITEM_SEP = "、，,；;"


def _bracket_items(text: str, o: int) -> list[tuple[int, int]]:
    """The items of the bracket opened at o, split at its own separators (not those of a bracket inside
    it: '因公出国（境）费'); none when it does not close in its sentence."""
    out, depth, s = [], 0, o + 1
    for k in range(o + 1, len(text)):
        ch = text[k]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            if depth == 0:
                out.append((s, k))
                return [(x, y) for x, y in out if text[x:y].strip()]
            depth -= 1
        elif ch in segments.SENTENCE_END:
            return []
        elif depth == 0 and ch in _ITEM_SEP:
            out.append((s, k))
            s = k + 1
    return []


def _part_item(text: str, x: int, y: int, figure, st: ReportState) -> bool:
    """text[x:y] prints one figure of the same kind as `figure`, named as a part of its concept, of no
    period of its own (or the figure's) and no year."""
    toks = [t for t in number_tokens(text[x:y]) if not patterns.is_year(text[x:y], t)]
    if not toks or segments.YEAR_RE.search(text, x, y):
        return False
    tok = replace(toks[0], start=toks[0].start + x, end=toks[0].end + x, num_end=toks[0].num_end + x)
    concepts = vocab.find_concepts(text, x, tok.start)
    if not concepts:
        return False
    cid = concepts[-1][2]
    if cid == figure.concept or figure.concept not in concept_kinds(cid):
        return False
    kind, _ = cx.kind_of(text, tok, x, concepts)
    period, _ = period_words.period_in(text, x, tok.start, concepts)
    own = st.own_periods
    return kind == figure.kind and (period is None or period == figure.period
                                    or (period in own and figure.period in own))


@lru_cache(maxsize=None)
def _adder_res() -> tuple["regex.Pattern[str]", ...]:
    adders = lexicon.load("arith").get("trailing_totals", {}).get("adders", ())
    return tuple(regex.compile(rf"[\s，,；;]*{regex.escape(w)}\s*[：:]?\s*") for w in adders)


def adder_ends_list(text: str, ca: int, cb: int, ctx: cx.SentenceCtx) -> None:
    """'本年收入合计 A，其中：B b，C c；加上：年初结转和结余 D，收入总计 T': a clause opening with an
    adder (lexicons/arith.yml trailing_totals) followed by a money figure's name ('加上级补助收入': 加 +
    上级补助收入) or by nothing ('加上：') adds to the list's head, so the 其中 list ends there ('加大…'
    names no figure and ends nothing)."""
    if not ctx.whole_head:
        return
    v = vocab.load()
    for adder in _adder_res():
        m = adder.match(text, ca, cb)
        if m is None:
            continue
        rest = m.end()
        named = [c for c in vocab.find_concepts(text, rest, cb) if v.concepts[c[2]].measure == "money"]
        if text[rest:cb].strip() == "" or (named and named[0][0] == rest) or _added_figure(text, rest, cb):
            ctx.whole, ctx.whole_head, ctx.before_list = None, "", None
            return


def _added_figure(text: str, a: int, b: int) -> bool:
    """The adder is followed by a figure's name no concept knows, ending as a money figure's name does
    (arith.yml trailing_totals added_tails: '加上转移性收入 B 万元'), and that figure, in a money unit."""
    spec = lexicon.load("arith").get("trailing_totals", {})
    tails, money = tuple(spec.get("added_tails") or ()), tuple(lexicon.load("units").get("money") or ())
    num = patterns.NUMBER_RE.search(text, a, b)
    if not tails or num is None:
        return False
    name = text[a:num.start()].strip()
    return 0 < len(name) <= 12 and bool(regex.fullmatch(r"\p{Han}+", name)) and name.endswith(tails) \
        and text[num.end():b].lstrip().startswith(money)


def list_opener(text: str, a: int, ra: int, rb: int, ctx: cx.SentenceCtx, st: ReportState) -> tuple[int, str]:
    """Where a list of the parts of the figure just stated opens before this number, and its word:
    a part marker (其中) anywhere in the subject region; a clause part marker (包括) only as the
    first words of the clause, right after a figure of the same sentence ('在职人数 61 人，包括行政
    人员 26 人、…'; not '支出包括人员经费、公用经费等，共计…'); an enclosed one (由) so too, when its closing
    word (组成) ends the clause ('…，由人员经费 A 万元、公用经费 B 万元组成')."""
    for m in vocab.load().part_markers:
        i = text.find(m, ra, rb)
        if i >= 0:
            return i, m
    lead = a
    while lead < rb and (text[lead].isspace() or PUNCT.match(text[lead])):
        lead += 1
    prev = st.claims[-1] if st.claims else None
    if prev is None or prev.paragraph is not st.current or prev.start < ctx.start or not ctx.frame.subject:
        return -1, ""
    if m := clause_part_marker_at(text, lead, rb):
        return lead, m
    k, m = names_own_parts(text, lead, rb, ctx)       # '在职人员 12 人，在职人员中行政人员 8 人、…'
    if k >= 0:
        return k, m
    for m, closers in enclosed_part_markers():
        if text.startswith(m, lead) and lead + len(m) < rb:
            end = _CLAUSE_END.search(text, rb)
            if any(c in text[rb:end.start() if end else len(text)] for c in closers):
                return lead, m
    return -1, ""


_CLAUSE_END = regex.compile(r"[，,；;。]")


def names_own_parts(text: str, lead: int, end: int, ctx: cx.SentenceCtx) -> tuple[int, str]:
    """Where a word of directions.yml name_part_markers stands when the words from `lead` restate the name of the
    figure just stated and go on with it ('在职人员 12 人，在职人员中行政人员 8 人、事业人员 4 人'; '…。在职人员中，
    行政人员 8 人'): a list of that figure's parts opens there, (where, the word); (-1, '') otherwise."""
    subject, concept = "".join((ctx.frame.subject or "").split()), ctx.frame.concept
    if not subject or not concept:
        return -1, ""
    v = vocab.load()
    for w in name_part_markers():
        k = text.find(w, lead + 2, end)
        name = "".join(text[lead:k].split()) if k >= 0 else ""
        if name and k + len(w) < end and (subject.endswith(name) or v.alias_to_concept.get(vocab.squeeze(name)) == concept):
            return k, w
    return -1, ""


@lru_cache(maxsize=None)
def name_part_markers() -> tuple[str, ...]:
    return tuple(lexicon.load("directions").get("name_part_markers") or ())


@lru_cache(maxsize=None)
def enclosed_part_markers() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """directions.yml enclosed_part_markers: a clause opener and the words closing its list ('由 … 组成')."""
    d = lexicon.load("directions").get("enclosed_part_markers") or {}
    return tuple((k, tuple(v)) for k, v in d.items())


def named_list_opener(text: str, ra: int, rb: int, concepts: list[tuple[int, int, str]], ctx: cx.SentenceCtx) -> int:
    """'项目支出包括会议经费 36.30 万元、培训费 20.00 万元': a clause part marker (包括) right after a concept
    named in the subject region opens the list of that concept's parts: the figure is the item's (its name
    starts past the marker) and its whole is the concept named before; the list ends at its ； or 。. Returns
    where the item's name starts, else `ra`."""
    for s, e, cid in concepts:
        if not ra <= s < e <= rb:
            continue
        mark = clause_part_marker_at(text, e, rb)
        if mark:
            if ctx.before_list is None:
                ctx.before_list = (ctx.whole, ctx.whole_head)
            ctx.whole, ctx.whole_head = cid, text[s:e]
            return e + len(mark)
    return ra


@lru_cache(maxsize=None)
def class_list_markers() -> frozenset[str]:
    """directions.yml class_list_markers: words splitting the figure just stated by a classification."""
    return frozenset(lexicon.load("directions").get("class_list_markers", ()))


def splits_frame_figure(ctx: cx.SentenceCtx, st: ReportState) -> bool:
    """The frame's figure is the one a classification word right here splits ('…支出 T 万元，按经济分类，A a，…';
    '…支出 T 万元。按经济分类，A a，…'): the last figure read, of this sentence, or the one amount of the
    sentence before in the paragraph. After several amounts in the sentence before, whose split it is is not
    said."""
    prev = st.claims[-1] if st.claims else None
    if prev is None or prev.paragraph is not st.current or not ctx.frame.concept or prev.subject != ctx.frame.subject:
        return False
    if prev.start >= ctx.start:
        return True
    amounts = [c for c in st.claims if c.paragraph is prev.paragraph and c.sentence == prev.sentence
               and c.kind == "amount"]
    return len(amounts) == 1 and amounts[0].subject == ctx.frame.subject


@lru_cache(maxsize=None)
def clause_part_markers() -> tuple[str, ...]:
    d = lexicon.load("directions")
    words = (*d.get("clause_part_markers", ()), *d.get("short_clause_part_markers", ()))
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _marker_words() -> tuple[str, ...]:
    return tuple(lexicon.load("directions").get("clause_part_marker_words") or ())


def clause_part_marker_at(text: str, k: int, end: int) -> str:
    """The clause part marker (directions.yml clause_part_markers) printed at k with words after it before `end`,
    unless a word of its own opens there (clause_part_marker_words: '含税金额 12 万元'); '' otherwise."""
    if text.startswith(_marker_words(), k):
        return ""
    return next((m for m in clause_part_markers() if text.startswith(m, k) and k + len(m) < end), "")


def reason_in(text: str, a: int, b: int) -> bool:
    """A reason marker in text[a:b] outside a note closed before b: '比上年减少 A 万元（主要原因是…），下降
    P%' gives its reason in the note, and the rate after it is the figure's again."""
    return any(not in_closed_note(text, a, m.start(), b) for m in vocab.load().reason_re.finditer(text, a, b))


def in_closed_note(text: str, a: int, k: int, n: int) -> bool:
    """Whether offset k sits in a parenthesised note (opened after a) that closes before the number
    at n: '设备（不含车辆）50 万元' (车辆 is no subject), but not '…28 万元（公务用车购置费 0 万元，…）',
    whose note holds the number too."""
    if not segments.in_parens(text, a, k):
        return False
    still = set(segments.open_parens(text, a, n))
    return any(o not in still for o in segments.open_parens(text, a, k))


def head_between(text: str, part: int, st: ReportState) -> str | None:
    """'…上年结转结余资金 0 元。按政府采购项目类型，分为货物类、工程类和服务类三种。其中：货物类 a…': a sentence
    without figures between the last figure and the list's 其中 names the list's head: its first concept that is the
    whole of another concept it names (concepts.yml part_of) is the list's whole, not the figure before it. None
    otherwise (a reason naming one figure in passing, '下降原因是经费列入基本支出', names no head)."""
    prev = st.claims[-1] if st.claims else None
    if prev is None or prev.paragraph is not st.current or prev.end >= part:
        return None
    ends = [m.end() for m in _SENTENCE_STOP.finditer(text, prev.end, part)]
    if len(ends) < 2 or not text[ends[-2]:ends[-1]].strip(" ，,。"):
        return None
    v = vocab.load()
    named = [c for _, _, c in vocab.find_concepts(text, ends[-2], ends[-1])]
    parts_of = {v.concepts[c].part_of for c in named if v.concepts.get(c) and v.concepts[c].part_of}
    # the sentence names a whole and parts of it ('分为货物类、工程类和服务类'), not a figure in passing
    # ('下降原因是经费列入基本支出')
    return next((c for c in named if c in _heads() and c in parts_of and c != prev.concept), None)


_SENTENCE_STOP = regex.compile("[" + regex.escape(segments.SENTENCE_END) + "]")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The concepts another concept is a part of (concepts.yml part_of)."""
    return frozenset(c.part_of for c in vocab.load().concepts.values() if c.part_of)
