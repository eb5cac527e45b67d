"""The subject of a number: the frame (subject, concept, group) its clause names or its sentence carries."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import context as cx
from finder.claims import paths, patterns, period_words, respective, restated, segments, vocab, zh
from finder.claims.phrase import cap_words, core_phrase
from finder.claims.counts import (ACTUAL_TOTAL, actual_name, actual_of_quota, compatible, count_twin, counted_noun,
                                  named_count,
                                  money_twin, spent_by_frame, suffix_concept, unit_concept)
from finder.claims.generic import generic_clause, generic_opening, generic_period_head, head_again
from finder.claims.labels import PATH_CONCEPT
from finder.claims.lists import in_closed_note
from finder.claims.purpose import of_frame
from finder.claims.state import ReportState


def _qualifier_start(text: str, a: int, s: int) -> int:
    """Where the words qualifying a concept named at `s` begin: `a`, moved on to a word boundary
    ('末' left of '2024年末编制内人数' is no word)."""
    while a < s and zh.snap(text, a, s)[0] != a:
        a += 1
    return a


def _parts_counted(text: str, tok: patterns.NumberToken) -> str:
    """The noun of concepts.yml parts_counted printed right after a count's unit ('两个部分'), else ''."""
    k = tok.end
    while k < len(text) and text[k] in " \u3000":
        k += 1
    return next((w for w in _parts_nouns() if text.startswith(w, k)), "")


@lru_cache(maxsize=1)
def _parts_nouns() -> tuple[str, ...]:
    return tuple(lexicon.load("concepts").get("parts_counted") or ())


_CLAUSE = regex.compile(r"[，,；;。：:！？!?\n]")


@lru_cache(maxsize=1)
def _named_after_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    d = lexicon.load("concepts").get("named_after") or {}
    return tuple(d.get("verbs") or ()), tuple(d.get("uses") or ()), tuple(d.get("runs_on") or ()), \
        tuple(d.get("use_nouns") or ())


def _money_concept(name: str) -> str | None:
    """The money concept (no fund scope) `name` is an alias of, else None."""
    v = vocab.load()
    cid = v.alias_to_concept.get(vocab.squeeze(name))
    return cid if cid is not None and v.concepts[cid].measure == "money" and not v.concepts[cid].scope else None


def _paid_activity(text: str, k: int, nouns: tuple[str, ...]) -> tuple[int, int, str] | None:
    """The rest of the clause from `k` names, whole, the activity a money concept pays for (its name without one
    of `nouns`: '公务用车运行维护' of 公务用车运行维护费) or the concept itself: (k, end, concept), else None."""
    end = (e.start() if (e := _CLAUSE.search(text, k)) else len(text))
    words = text[k:end].rstrip(" \u3000")
    cid = next((c for c in (_money_concept(words), *(_money_concept(words + n) for n in nouns)) if c), None)
    return (k, k + len(words), cid) if words and cid else None


def named_after(text: str, tok: patterns.NumberToken, ra: int, start: int) -> tuple[int, int, str] | None:
    """An amount printed right after a verb of concepts.yml named_after ('预算', '安排': nothing but spaces between)
    whose unit runs straight into a money concept's name ('2030年预算3万元公务接待费无法满足…'), the name ending its
    words and the clause going on with no other figure, or into one of `uses` and the rest of the clause naming
    that concept or the activity it pays for ('安排50万元用于公务用车运行维护'): the figure is that concept's, as a
    count's thing may follow its measure word. A figure after a part marker of its sentence (from `start`: '其中
    安排 a 万元用于…') may be only some of that concept's money, and is not read so. (start, end, concept), else None."""
    verbs, uses, runs_on, nouns = _named_after_words()
    if tok.unit is None or not text[ra:tok.start].rstrip(" \u3000").endswith(verbs) \
            or any(w in text[start:tok.start] for w in vocab.load().part_markers):
        return None
    k = tok.end
    use = next((u for u in uses if text.startswith(u, k)), "")
    if use:                     # '安排 50 万元用于公务用车运行维护。': the whole rest of the clause names it
        return _paid_activity(text, k + len(use), nouns)
    m = vocab.alias_at(text, k)
    cid = _money_concept(m.group()) if m else None
    if cid is None:
        return None
    if text.startswith(runs_on, m.end()) or vocab.alias_at(text, m.end()) is not None:
        return None
    end = (e.start() if (e := _CLAUSE.search(text, m.end())) else len(text))
    return None if segments.DIGIT_RE.search(text, m.end(), end) else (k + len(use), m.end(), cid)


def subject_frame(text: str, tok: patterns.NumberToken, ra: int, rb: int, kind: str,
             concepts: list[tuple[int, int, str]], ctx: cx.SentenceCtx, st: ReportState) -> cx.Frame:
    """The frame (subject, concept, group) of this number: a new one if the clause names one."""
    if kind == "count" and (part := _parts_counted(text, tok)):
        return _new_frame(ctx, st, part, None, tok.end)   # '由 A 和 B 两个部分构成': parts, no 项目
    concepts = [named_count(money_twin(c, tok, kind), tok, kind) for c in concepts]
    inside = [c for c in concepts if ra <= c[0] and c[1] <= rb and compatible(c[2], tok, kind)
              and not in_closed_note(text, ra, c[0], tok.start)]
    found = suffix_concept(text, tok) if kind == "count" else None
    suffix, suffix_end = found if found else (None, tok.end)
    if suffix and (vocab.load().concepts[suffix].scope or not inside):
        inside = []
    else:
        suffix = None if inside else suffix
    if ctx.in_reason and not inside:
        ctx.frame = cx.Frame()
    named = [p for p in paths.find_paths(text, ctx.start, rb, st.path_ctx) if p.end > ra] \
        if kind not in ("count", "score", "weight", "deduction") else []
    if named:
        p = named[-1]
        frame = _new_frame(ctx, st, p.label, PATH_CONCEPT, p.start)
        ctx.frame = frame = cx.Frame(frame.subject, frame.concept, frame.group, frame.start, p.names, p.code)
        return frame
    if ctx.frame.path and not inside and not suffix:
        return ctx.frame                 # '检察（款）:2018年预算支出合计…': the item's figures are the path's
    if inside:
        s, e, cid = _qualified(text, inside)
        if (k := _named_part(text, e, rb)) is not None:
            return _new_frame(ctx, st, text[k:rb], None, k)     # '公用经费中办公费 42.30': 办公费's, no concept
        _, end = core_phrase(text, s, rb, concepts)
        if kind in ("amount", "change_abs", "change_pct") and (q := _money_kind_before(text, ctx.start, s)) is not None:
            frame = _new_frame(ctx, st, text[q:max(end, e)], None, q)
            frame.part_of = cid          # '专项债券上年结余 a 万元': that money's part of 上年结余, not all of it
            return frame
        if kind == "amount" and (q := _qualified_part(text, ra, s, cid, ctx)) is not None:
            frame = _new_frame(ctx, st, text[q:max(end, e)], None, q)
            frame.part_of = cid          # '（含援外医疗队公务用车购置及运行费 a 万元）': a part, not the concept's figure
            return frame
        if cid == ctx.frame.concept and restated.names_again(text, ra, s, max(end, e), concepts, ctx.frame.subject):
            return ctx.frame           # '公务接待费 9.50 万元，上年公务接待费 11.00 万元': the figure's 上年
        if kind == "count":          # '行政人员 26 人': the words before 人员 say which persons
            s = _qualifier_start(text, core_phrase(text, ra, rb, concepts)[0], s)
        else:
            note = _abbreviated_whole(text, e, tok.start, cid) if text[ctx.start:s].rstrip().endswith(_joiners()) \
                else None
            if note:                   # '…、公务接待费（简称“三公”经费）支出合计 X': read as '“三公”经费支出合计 X'
                a, b, close, whole = note
                return _new_frame(ctx, st, text[a:b] + text[close + 1:max(end, e)], whole, s)
            s, cid = _coordinated(text, s, cid, ctx.start, tok.start) or (s, cid)
        return _new_frame(ctx, st, text[s:max(end, e)], cid, s)
    if kind == "amount" and (after := named_after(text, tok, ra, ctx.start)) is not None:
        return _new_frame(ctx, st, text[after[0]:after[1]], after[2], after[0])   # '预算 3 万元公务接待费无法…'
    a, b = core_phrase(text, ra, rb, concepts)
    if (back := _named_before(text[a:b], st)) is not None:
        ctx.frame = back               # '…预算 5.00 万元。该项预算比上年减少 1.00 万元': that figure's
        return back
    counted = counted_noun(text, tok) if kind == "count" else ""
    if suffix and suffix_end > tok.end:
        counted = text[tok.end:suffix_end].strip(" “”\"")
    weak = b - a <= 3 or text[a:b].endswith(_VERB_ENDS)
    if suffix:
        phrase = counted if counted and weak else text[a:b] if cx.has_content(text, a, b) else \
            vocab.load().concepts[suffix].name
        return _new_frame(ctx, st, phrase, suffix, a)
    unit_cid = unit_concept(tok) if kind == "count" else None
    if counted and weak:
        return _new_frame(ctx, st, counted, unit_cid, tok.end)
    period, pstart = period_words.period_in(text, ra, rb, concepts)
    if period and cx.has_content(text, a, b) and pstart < a \
            and not restated.restates(text, a, b, period, ctx.frame.subject):
        a = pstart                     # '年度计划投资 208 亿元': the period word is part of the subject
    elif period and not cx.has_content(text, a, b) and head_again(text, ra, period, ctx, st):
        return _new_frame(ctx, st, ctx.whole_head, ctx.whole, ra)
    elif period and not cx.has_content(text, a, b) and (opening := generic_period_head(text, pstart, ctx)):
        a, b = pstart, pstart + len(opening)
    elif (head := generic_clause(text, a, b, ctx)) is not None:
        return _new_frame(ctx, st, head or text[a:b], ctx.whole if head else None, a)   # its whole's, or unread
    elif not cx.has_content(text, a, b) or (text[a:b] in ctx.frame.subject and not generic_opening(text, a, b, ctx)
                                             and not _other_level(text[a:b], ctx.frame.subject)) \
            or _marker_only(text[a:b]):
        a = b
    twin = spent_by_frame(text[a:b], tok, kind, ctx) if kind == "amount" else None
    if twin:                           # '国内公务接待 10 批次，80 人次，共计支出 1.20 万元': the reception's money
        return _new_frame(ctx, st, ctx.frame.subject, twin, ctx.frame.start)
    if cx.has_content(text, a, b):
        a = cap_words(text, a, b)
        return _new_frame(ctx, st, text[a:b], unit_cid, a)
    if kind == "count" and actual_of_quota(text[ra:rb], ctx.frame.subject):
        last = st.claims[-1] if st.claims and st.claims[-1].paragraph is st.current else None
        one = last is not None and last.extra.get("group") == f"G{ctx.frame.group}"
        # right after the quota's own figure it is that category's; after a list of several, all of theirs
        return _new_frame(ctx, st, actual_name(ctx.frame.subject) if one else ACTUAL_TOTAL, None, ctx.frame.start)
    if kind == "amount" and (use := _use_after(text, tok)):
        return _new_frame(ctx, st, use, None, tok.end)    # '其中 300.00 万元用于购置设备': the part, named by its use
    if not ctx.frame.group:
        return _new_frame(ctx, st, ctx.frame.subject, ctx.frame.concept, ctx.frame.start)
    if ctx.outer is not None and ctx.frame.local and _other_measure(ctx.frame, tok, st):
        ctx.frame = ctx.outer          # '…主要用于 A 等 3 个项目，较上年增加 20 万元': the money is the figure's
    if ctx.frame.concept and not compatible(ctx.frame.concept, tok, kind):
        twin = count_twin(ctx.frame.concept, tok, kind)
        if twin:                       # the sentence goes on about the things counted ('…，其中：接待外宾 3 批次')
            ctx.frame = replace(ctx.frame, concept=twin)
            return ctx.frame
        return cx.Frame(ctx.frame.subject, None, ctx.frame.group, ctx.frame.start)
    return ctx.frame


def _other_measure(frame: cx.Frame, tok: patterns.NumberToken, st: ReportState) -> bool:
    """The frame's last figure is money and the number is not, or the other way round."""
    last = of_frame(reversed(st.claims), frame, None)
    if last is None or tok.unit is None or tok.unit.family == "percent":
        return False
    return (last.unit == patterns.MONEY_UNIT) != (tok.unit.family == "money")


def _coordinated(text: str, s: int, cid: str, sa: int, k: int) -> tuple[int, str | None] | None:
    """'A、B和C的预算数 x': the figure is of the coordinated list, not of its last name C. When the
    names before the concept at `s` are parts of one whole with it (at any depth: '因公出国（境）经费、
    公务接待费、公车购置费，公车运行费' are the “三公”经费), (where the list starts, the whole when the
    list names all of it, else None); None when no such list is printed or the number is each one's
    ('A、B均为 x', 'A、B分别为 x、y')."""
    v = vocab.load()
    if not v.concepts[cid].part_of or respective.has_marker(text, sa, k) \
            or any(w in text[s:k] for w in respective.each_words()):
        return None
    common = _ancestors(cid)
    items, pos = {cid}, s
    while True:
        j = pos
        while j > sa and text[j - 1] in " \u3000":
            j -= 1
        joiner = next((w for w in _joiners() if text.endswith(w, sa, j)), None)
        if joiner is None:
            break
        j -= len(joiner)
        while j > sa and text[j - 1] in " \u3000":
            j -= 1
        before = [c for c in vocab.find_concepts(text, max(sa, j - 40), j) if c[1] == j]
        shared = [x for x in common if before and x in _ancestors(before[0][2])]
        if not before or v.concepts[before[0][2]].measure != "money" or not shared:
            break
        items.add(before[0][2])
        common, pos = shared, before[0][0]
    if len(items) < 2:
        return None
    covered = set(items)
    grown = True
    while grown:                     # a whole is named when all of its parts are
        grown = False
        for c in v.concepts.values():
            kids = _parts_of(c.id)
            if c.id not in covered and kids and kids <= covered:
                covered.add(c.id)
                grown = True
    return pos, (common[0] if common[0] in covered else None)


_NOTE_OPEN = regex.compile(r"\s*[（(]")


def _abbreviated_whole(text: str, e: int, k: int, cid: str) -> tuple[int, int, int, str] | None:
    """'因公出国（境）费、会议费、公务接待费（简称“三公”经费）支出合计 X': a note right after a list of names (the
    last ending at e) calling them by the name of a whole the last one is part of (concepts.yml abbreviation_notes) says
    the figure is that whole's, whatever else the list names: (start, end of that name, the note's close,
    the whole); None for any other note."""
    m = _NOTE_OPEN.match(text, e, k)
    close = min((i for i in (text.find("）", e, k), text.find(")", e, k)) if i >= 0), default=-1)
    if not m or close < 0 or not text[m.end():close].lstrip().startswith(_abbreviation_notes()):
        return None
    wholes = [c for c in vocab.find_concepts(text, m.end(), close) if c[2] in _ancestors(cid)]
    return (*wholes[-1][:2], close, wholes[-1][2]) if wholes else None


@lru_cache(maxsize=1)
def _abbreviation_notes() -> tuple[str, ...]:
    return tuple(lexicon.load("concepts").get("abbreviation_notes") or ())


def _ancestors(cid: str) -> list[str]:
    """The wholes a concept is part of, nearest first (concepts.yml part_of)."""
    v = vocab.load()
    out: list[str] = []
    up = v.concepts[cid].part_of
    while up and up in v.concepts and up not in out:
        out.append(up)
        up = v.concepts[up].part_of
    return out


@lru_cache(maxsize=None)
def _parts_of(cid: str) -> frozenset[str]:
    v = vocab.load()
    return frozenset(c.id for c in v.concepts.values() if c.part_of == cid and c.measure == "money")


@lru_cache(maxsize=None)
def _joiners() -> tuple[str, ...]:
    d = lexicon.load("directions")
    words = list((d.get("respective") or {}).get("joiners", ("、", "和", "与", "及"))) + list(d.get("list_joiners", ()))
    return tuple(sorted(set(words), key=len, reverse=True))


def _marker_only(phrase: str) -> bool:
    """'完成' of '完成预算 27 万元的 63.2%': a completion/share marker names no subject, nor does the closer of a
    base printed with its figure ('相比' of '与年初预算 16.00 万元相比减少 5 万元')."""
    v = vocab.load()
    return phrase in v.completion_markers or phrase in v.share_markers or phrase in v.base_closers


def _qualified(text: str, inside: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The concept a subject names: the last one, unless it only says which money paid for the
    one printed right before it ('“三公”经费财政拨款支出' is the “三公”经费, paid by 财政拨款)."""
    s, e, cid = inside[-1]
    if len(inside) > 1 and inside[-2][1] == s and text.startswith(vocab.load().scope_words, s):
        return inside[-2][0], e, inside[-2][2]
    return s, e, cid


def _qualified_part(text: str, ra: int, s: int, cid: str, ctx: cx.SentenceCtx) -> int | None:
    """Where the words naming a part of the figure before begin ('…运行费 2599.23 万元（含援外医疗队公务用车购置及
    运行费 1146.00 万元）'): the clause or note opens with a word of directions.yml qualified_part_openers (alone in
    the clause before it: '（其中：A a）'), then words of its own (no fund scope, period, department or part level)
    before the name of the figure's own concept `cid`. None otherwise."""
    if cid != ctx.frame.concept or not ctx.frame.group:
        return None
    clause = segments.clause_of(ctx.clauses, s)[0] if ctx.clauses else ra
    opened = segments.open_parens(text, ctx.start, s)
    starts = [max(clause, opened[-1] if opened else -1)]
    if opened and opened[-1] < clause:   # '（其中：A a）': the note opens before the clause
        starts.append(opened[-1])
    if ctx.clauses and clause > ctx.start:
        starts.append(segments.clause_of(ctx.clauses, clause - 1)[0])
    for n, k in enumerate(starts):
        opener = segments.part_opener_at(text, k)
        if opener is None:
            continue
        q = text.index(opener, k) + len(opener)
        while q < s and text[q] in " \u3000：:":
            q += 1
        if n and q != clause:            # the clause before holds more than the opener
            continue
        words = text[q:s]
        v = vocab.load()
        if not cx.has_content(text, q, s) or any(w in words for w in v.scope_words) or v.period_re.search(words) \
                or any(w in words for w in _not_qualifiers()):
            return None
        return q
    return None


def _money_kind_before(text: str, start: int, s: int) -> int | None:
    """Where a word of directions.yml money_kind_qualifiers printed right before the concept name at `s` begins
    (not before the sentence's `start`); None when none is."""
    head = text[start:s].rstrip()
    w = next((w for w in _money_kinds() if head.endswith(w)), None)
    if not w:
        return None
    k = start + len(head) - len(w)
    while k > start and text[k - 1] not in _CLAUSE_MARKS:
        k -= 1                           # '待偿债置换债券上年结余': the words naming the money before its kind too
    while k < s and text[k] in " \u3000":
        k += 1
    return k


_CLAUSE_MARKS = "，,；;：:、。（()）“”\"\n"


@lru_cache(maxsize=1)
def _money_kinds() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load("directions").get("money_kind_qualifiers") or (), key=len, reverse=True))


def _other_level(name: str, subject: str) -> bool:
    """name opens with a level's word (levels.yml) that does not open the figure's subject: '县区级支出 A，其中：区级
    支出 a' names the 区级 part, not the 县区级 figure again though its words are inside that name."""
    own = _opening_level(name)
    return bool(own) and own != _opening_level(subject)


def _opening_level(name: str) -> str:
    return next((w for w in _level_words() if name.startswith(w)), "")


@lru_cache(maxsize=1)
def _level_words() -> tuple[str, ...]:
    """levels.yml's level words, longest first."""
    words = {w for ws in (lexicon.load("levels").get("levels") or {}).values() for w in ws or ()}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _not_qualifiers() -> tuple[str, ...]:
    """Words that name who spent a figure, not which part it is: the words of levels.yml's part levels and of the
    reporting entity itself (its "" level: 本部门, 本单位)."""
    data = lexicon.load("levels")
    words = data.get("levels") or {}
    return tuple(w for level in [*(data.get("part_levels") or ()), ""] for w in words.get(level) or ())


def _named_part(text: str, e: int, rb: int) -> int | None:
    """Where the name of a part starts when the name ending at e goes on with a word of directions.yml
    name_part_markers and more words before rb ('公用经费中办公费'); None when it does not."""
    k = e + len(text[e:rb]) - len(text[e:rb].lstrip())
    word = next((w for w in _name_part_markers() if text.startswith(w, k)), None)
    return k + len(word) if word and cx.has_content(text, k + len(word), rb) else None


@lru_cache(maxsize=1)
def _name_part_markers() -> tuple[str, ...]:
    return tuple(lexicon.load("directions").get("name_part_markers") or ())


def _use_after(text: str, tok: patterns.NumberToken) -> str:
    """The use printed right after the money figure at tok ('300.00 万元用于购置设备'; directions.yml
    use_after_markers), to its clause's end; '' when none is."""
    k = tok.end
    while k < len(text) and text[k] in " \u3000":
        k += 1
    if not text.startswith(_use_markers(), k):
        return ""
    end = k
    while end < len(text) and text[end] not in segments.CLAUSE_SEP + segments.SENTENCE_END + ",":
        end += 1
    return text[k:end].strip()


@lru_cache(maxsize=1)
def _use_markers() -> tuple[str, ...]:
    return tuple(lexicon.load("directions").get("use_after_markers") or ())


def _named_before(words: str, st: ReportState) -> cx.Frame | None:
    """The frame of the figure named just before, when `words` only refer back to it ('该项', '上述经费', '此项
    支出': directions.yml back_references): the last claim's of the paragraph, unless it is an item of a list or
    names nothing itself; None otherwise."""
    if not _back_reference().fullmatch("".join(words.split())):
        return None
    last = st.claims[-1] if st.claims else None
    if last is None or last.paragraph is not st.current or not last.subject or last.extra.get("whole_head") \
            or _back_reference().fullmatch("".join(last.subject.split())):
        return None
    group = str(last.extra.get("group", ""))
    if not group.startswith("G") or not group[1:].isdigit():
        return None
    return cx.Frame(last.subject, last.concept, int(group[1:]), last.start)


@lru_cache(maxsize=1)
def _back_reference() -> "regex.Pattern[str]":
    d = lexicon.load("directions").get("back_references") or {}
    alt = lexicon.alternation
    if not d.get("openers"):
        return regex.compile(r"(?!)")
    measure, noun = alt(d.get("measure_words") or ()), alt(d.get("nouns") or ())
    return regex.compile(rf"(?:{alt(d['openers'])})(?:(?:{measure})(?:{noun})?|(?:{noun}))")


def _new_frame(ctx: cx.SentenceCtx, st: ReportState, subject: str, concept: str | None, start: int) -> cx.Frame:
    st.groups += 1
    ctx.frame = cx.Frame(_unquoted(subject.strip()), concept, st.groups, start)
    return ctx.frame


_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", '"': '"'}


def _unquoted(subject: str) -> str:
    """A subject without the quote marks printed around its name: '“教育支出”' and the '教育支出”' left when a
    list marker takes the opening one ('3.“教育支出”16.24 万元') are 教育支出; a quote within the name stays
    ('“三公”经费')."""
    closers = set(_QUOTES.values())
    if len(subject) > 2 and subject[0] in _QUOTES and subject[-1] == _QUOTES[subject[0]] \
            and not any(ch in _QUOTES or ch in closers for ch in subject[1:-1]):
        return subject[1:-1].strip()
    if len(subject) > 1 and subject[-1] in closers and not any(ch in _QUOTES for ch in subject[:-1]):
        subject = subject[:-1].rstrip()
    if len(subject) > 1 and subject[0] in _QUOTES and not any(ch in closers for ch in subject[1:]):
        subject = subject[1:].lstrip()
    return subject


_VERB_ENDS = ("了", "成", "对", "有", "设", "共", "涉及", "组织", "召开", "举办", "完成")
