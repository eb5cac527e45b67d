"""The claim vocabulary: concept aliases, period, base and direction words, compiled once from lexicons/."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from finder import lexicon


@dataclass(frozen=True)
class Concept:
    """A concept id with its canonical name, measure and the concept it is part of."""

    id: str
    name: str
    measure: str
    part_of: str | None = None
    code: str | None = None
    scope: str | None = None         # section | indicator (appendix claims)
    period: str | None = None        # the period the concept's name itself states
    not_under: tuple[str, ...] = ()  # words of a 其中 head it is never listed under (离退休 under 在职)


@dataclass(frozen=True)
class Vocab:
    """Everything the extractor matches, as alternations longest-first."""

    concepts: dict[str, Concept]
    alias_to_concept: dict[str, str]
    alias_re: "regex.Pattern[str]"
    alias_heads: dict[str, "regex.Pattern[str]"]     # alias_re split by first character (see find_concepts)
    alias_first: "regex.Pattern[str]"               # any character an alias starts with
    direction_of: dict[str, str]
    direction_re: "regex.Pattern[str]"
    signs: dict[str, int]
    period_of: dict[str, str]
    count_periods: tuple[str, ...]
    period_re: "regex.Pattern[str]"
    base_markers: tuple[str, ...]
    comparative_base_markers: tuple[str, ...]
    base_closers: tuple[str, ...]
    same_period_words: tuple[str, ...]
    share_markers: tuple[str, ...]
    completion_markers: dict[str, str]
    weight_markers: tuple[str, ...]
    deduction_markers: tuple[str, ...]
    scale_words: tuple[str, ...]
    score_markers: tuple[str, ...]
    target_markers: tuple[str, ...]
    enumeration_markers: tuple[str, ...]
    enumeration_re: "regex.Pattern[str]"            # any enumeration marker (one search, not a loop of `in`)
    part_markers: tuple[str, ...]
    filler_re: "regex.Pattern[str]"
    footing_re: "regex.Pattern[str]"
    approval_re: "regex.Pattern[str]"
    section_of: dict[str, str]
    section_re: "regex.Pattern[str]"
    reason_markers: tuple[str, ...]
    reason_re: "regex.Pattern[str]"
    classifiers: tuple[str, ...] = ()
    completion_bases: tuple[str, ...] = ()
    completion_gaps: tuple[str, ...] = ()       # '超额完成 20%': the words make the rate the gap, no completion
    scope_words: tuple[str, ...] = ()    # money sources (cells.yml scopes): '财政拨款', '一般公共预算'
    ratio_links: str = ""
    unit_concepts: tuple[tuple[str, str], ...] = ()
    money_twins: tuple[tuple[str, str], ...] = ()                # a count concept's name beside a money figure
    income_twins: tuple[tuple[str, str], ...] = ()               # a fund's bare name in a list of incomes
    comparative_of: dict[str, str] | None = None                 # 多 / 少 in '比上年少 0.07 万元'
    comparative_re: "regex.Pattern[str] | None" = None
    comparative_word_re: "regex.Pattern[str] | None" = None      # any comparative word (comparative_re's cue)
    flat_re: "regex.Pattern[str] | None" = None                  # any word read as the direction 持平
    equal_re: "regex.Pattern[str] | None" = None                 # '（保持）相同' ending a clause: 持平 on its base
    level_re: "regex.Pattern[str] | None" = None                 # '减少为' / '降至' right before a level
    level_of: dict[str, str] | None = None                       # level word -> its direction
    level_percent_links: tuple[str, ...] = ()                    # links a percentage level may take
    period_frames: tuple[str, ...] = ()                          # '…预算中，': the sentence's figures' period
    share_frame_opens: tuple[str, ...] = ()                      # '在 <whole> 中占': the whole's frame
    share_frame_closes: tuple[str, ...] = ()
    actual_words: tuple[str, ...] = ()                           # '，实际 166 人' after a quota
    quota_words: tuple[str, ...] = ()
    alias_trim: dict[str, int] | None = None                     # infixed alias -> characters its span leaves out
    residual_prefixes: tuple[str, ...] = ()                      # '其他' + a money concept's name: none
    not_names: tuple[str, ...] = ()                              # '占地方': no alias read where one is printed
    activity_aliases: frozenset[str] = frozenset()               # '因公出国（境）': none before another fee's name
    activity_nouns: tuple[str, ...] = ()
    average_prefixes: tuple[str, ...] = ()                       # '人均' + a money concept's name: none either
    qualified_totals: frozenset[str] = frozenset()               # totals that a fund's name before makes its own
    total_qualifiers: tuple[str, ...] = ()                       # what such a fund's name ends with ('资金')
    whole_alias_to: dict[str, str] | None = None                 # '总支出' -> expense_total, only as a share's whole

    def words(self) -> list[str]:
        """Words for the segmenter's user dictionary."""
        return sorted(set(self.alias_to_concept) | set(self.direction_of) | set(self.period_of))


def _approval(spec: dict) -> "regex.Pattern[str]":
    """'经市人大常委会批准的', '批准的' (directions.yml approval_phrases): who approved a budget, no subject."""
    if not spec.get("verbs"):
        return regex.compile(r"(?!)")
    verbs = f"(?:{lexicon.alternation(spec['verbs'])}){regex.escape(spec.get('closer', ''))}"
    return regex.compile(f"(?:(?:{lexicon.alternation(spec.get('opens'))})[^，,。；;：:、0-9０-９]{{0,{int(spec.get('span', 0))}}}?)?{verbs}")


def _alt(words: list[str], spaced: bool = False) -> "regex.Pattern[str]":
    """Longest-first alternation; `spaced` lets spaces sit between characters ('因公出国 (境) 费')."""
    words = sorted(set(w for w in words if w), key=lambda w: (-len(w), w))
    if spaced:
        return regex.compile(_trie_pattern(words) if words else r"(?!)")
    return regex.compile(lexicon.alternation(words))


def _not_beside(rx: "regex.Pattern[str]", words, after=()) -> "regex.Pattern[str]":
    """`rx` unless one of `words` follows the match ('增长情况': a heading's noun) or one of `after`
    precedes it ('稳增长': a verb's object)."""
    if not words and not after:
        return rx
    ahead = f"(?!{'|'.join(regex.escape(w) for w in words)})" if words else ""
    behind = f"(?<!{'|'.join(regex.escape(w) for w in after)})" if after else ""
    return regex.compile(f"{behind}(?:{rx.pattern}){ahead}")


def _any(words: list[str]) -> "regex.Pattern[str]":
    """A pattern whose search(s, a, b) finds something exactly when any(w in s[a:b] for w in words)."""
    return regex.compile(lexicon.alternation(words))


def _equal_re(spec: dict) -> "regex.Pattern[str]":
    """The words ending a clause that say a figure is the same as the base printed before them ('保持一致')."""
    links, words = lexicon.alternation(spec.get("links")), lexicon.alternation(spec.get("words"))
    return regex.compile(rf"(?:{links})?\s*(?:{words})\s*[，,；;。]?\s*$")


def _trie_pattern(words: list[str]) -> str:
    """The spaced longest-first alternation as a prefix tree (预算 then 支出 or 收入, spaces allowed
    between characters): the same matches (children of a node differ in their next character, so at
    most one path goes on and the greedy optional tail keeps the longest word), without trying
    hundreds of branches per offset."""
    return _emit(_trie(words), True)


def _trie_heads(words: list[str]) -> dict[str, "regex.Pattern[str]"]:
    """The branches of _trie_pattern(words), one compiled pattern per first character: at an offset
    only the branch of the character printed there can match, so matching it alone gives what the
    whole alternation gives, without the regex engine trying every branch at every offset."""
    return {ch: regex.compile(regex.escape(ch) + _emit(child, False)) for ch, child in _trie(words).items() if ch}


def _trie(words: list[str]) -> dict:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _emit(node: dict, first: bool) -> str:
    sep = "" if first else r"\s*"
    alts = [sep + regex.escape(ch) + _emit(child, False) for ch, child in node.items() if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and first else "(?:" + "|".join(alts) + ")"
    return body + ("?" if "" in node else "")


_SPACES = regex.compile(r"\s+")


def squeeze(s: str) -> str:
    return _SPACES.sub("", s) if " " in s or "\u3000" in s or "\t" in s or "\n" in s else s


def _class_concepts(table: dict, prefix: str, kind: str) -> list[tuple[Concept, list[str]]]:
    """Concepts of classification classes; a name stripped of its bracketed note is an alias unless it
    is another class's own name ('资本性支出（基本建设）' 309 is not '资本性支出' 310)."""
    out = []
    own = {n for names in (table or {}).values() for n in names}
    for code, names in (table or {}).items():
        code = str(code)
        aliases = []
        for n in names:
            base = regex.sub(r"[（(][^）)]*[）)]$", "", n)
            if base != n and base in own:
                aliases.append(n)
                continue
            aliases += [n, base, f"{base}（{kind}）", f"{base}({kind})"]
            if kind == "类" and base.endswith("支出") and len(base) > 4:    # '一般公共服务（类）支出'
                aliases += [f"{base[:-2]}（类）", f"{base[:-2]}(类)"]
        out.append((Concept(f"{prefix}_{code}", names[0], "money", None, code), aliases))
    return out


def former_names(names: list[str]) -> list[str]:
    """names and, for each holding a current name of concepts.yml former_names, the same name with each
    former name in its place ('一般公共预算拨款收入' -> '公共财政预算拨款收入', the name before 2015)."""
    renames = lexicon.load("concepts").get("former_names") or {}
    out = list(names)
    for n in names:
        for now, olds in renames.items():
            if now in n:
                out += [n.replace(now, old) for old in olds if n.replace(now, old) not in out]
    return out


@lru_cache(maxsize=None)
def scopes() -> tuple[tuple[str, str], ...]:
    """cells.yml scopes as (scope, word), each word followed by its former names (concepts.yml former_names)."""
    return tuple((scope, w) for scope, word in lexicon.load("cells").get("scopes", [])
                 for w in former_names([word]))


def _period_infixed(aliases: list[str], infixes: list[str] | None, concept: Concept,
                    tails: tuple[str, ...] = ("支出",), suffixed: dict[str, str] | None = None) -> dict[str, int]:
    """'X支出' also printed as 'X决算支出' / 'X预算支出' (a period word before its last word, concepts.yml
    infixed_tails: '因公出国(境)决算支出', '收入预算总计'), and 'X总计' as 'X总预算' (the period word in place
    of the total word's end, concepts.yml period_suffixed: '收支总预算'), for a concept whose name states
    no period itself: each such word -> how many characters end it (the period word and what follows)."""
    if concept.period or not infixes:
        return {}
    out = {f"{a[:-len(t)]}{p}{t}": len(p) + len(t) for a in aliases for t in tails
           if a.endswith(t) and len(a) > len(t) for p in infixes if not a[:-len(t)].endswith(p)}
    out.update({f"{a[:-len(t)]}{keep}{p}": len(p) for t, keep in (suffixed or {}).items() for a in aliases
                if a.endswith(t) and len(a) > len(t) for p in infixes})
    return out


def _self_named(stems: dict[str, str], alias_to: dict[str, str]) -> dict[str, str]:
    """concepts.yml self_totals: each word naming the unit itself (levels.yml's "" level) before a stem is the
    stem's concept, and before an alias opening with the stem that alias's concept ('本单位支出总计' is 支出总计)."""
    words = (lexicon.load("levels").get("levels") or {}).get("") or ()
    out: dict[str, str] = {}
    for w in words:
        for stem, cid in stems.items():
            out[w + stem] = cid
            out.update({w + a: c for a, c in alias_to.items() if a.startswith(stem) and a != stem})
    return out


@lru_cache(maxsize=None)
def load() -> Vocab:
    """The compiled vocabulary (cached: once per process)."""
    c = lexicon.load("concepts")
    d = lexicon.load("directions")
    concepts: dict[str, Concept] = {}
    alias_to: dict[str, str] = {}
    entries = [(Concept(cid, e["name"], e.get("measure", "money"), e.get("part_of"), None, e.get("scope"), e.get("period"),
                        tuple(e.get("not_under", ()))), e.get("aliases", []) + [e["name"]])
               for cid, e in c["concepts"].items()]
    entries = [(concept, former_names(aliases)) for concept, aliases in entries]
    explicit = {a for _, aliases in entries for a in aliases}
    tails = tuple(c.get("infixed_tails") or ("支出",))
    infixed = {concept.id: _period_infixed(aliases, c.get("period_infixes"), concept, tails, c.get("period_suffixed"))
               for concept, aliases in entries}
    entries = [(concept, aliases + [w for w in infixed[concept.id] if w not in explicit]) for concept, aliases in entries]
    entries += _class_concepts(c.get("function_classes"), "func", "类")
    entries += _class_concepts(c.get("economic_classes"), "econ", "类")
    for concept, aliases in entries:
        concepts[concept.id] = concept
        for a in aliases:
            alias_to.setdefault(a, concept.id)
    for a, cid in _self_named(c.get("self_totals") or {}, alias_to).items():
        alias_to.setdefault(a, cid)
    direction_of = {w: canon for canon, ws in d["directions"].items() for w in ws}
    period_of = {w: canon for canon, ws in d["periods"].items() for w in ws}
    section_of = {w: canon for canon, ws in d["sections"].items() for w in ws}
    aliases = sorted(set(a for a in alias_to if a), key=lambda w: (-len(w), w))
    heads = _trie_heads(aliases)
    return Vocab(
        concepts=concepts, alias_to_concept=alias_to, alias_re=_alt(list(alias_to), spaced=True),
        alias_heads=heads, alias_first=regex.compile("[" + "".join(regex.escape(ch) for ch in heads) + "]"
                                                     if heads else r"(?!)"),
        direction_of=direction_of, direction_re=_not_beside(_alt(list(direction_of)), d.get("direction_nouns") or (),
                                                      d.get("direction_objects") or ()), signs=dict(d.get("signs", {})),
        period_of=period_of, period_re=_alt(list(period_of)), count_periods=tuple(d.get("count_periods") or ()),
        base_markers=tuple(d["base_markers"]), comparative_base_markers=tuple(d.get("comparative_base_markers", ())),
        base_closers=tuple(d.get("base_closers", ())), same_period_words=tuple(d.get("same_period_words", ())),
        share_markers=tuple(d["share_markers"]), completion_markers=dict(d["completion_markers"]),
        weight_markers=tuple(d["weight_markers"]), deduction_markers=tuple(d["deduction_markers"]), scale_words=tuple(d["scale_words"]), score_markers=tuple(d["score_markers"]),
        target_markers=tuple(d["target_markers"]), enumeration_markers=tuple(d["enumeration_markers"]),
        enumeration_re=_any(d["enumeration_markers"]),
        part_markers=tuple(d["part_markers"]), filler_re=_alt(d["filler_words"]),
        footing_re=_alt(d.get("footing_words") or ()), approval_re=_approval(d.get("approval_phrases") or {}),
        section_of=section_of, section_re=_alt(list(section_of)),
        reason_markers=tuple(d.get("reason_markers", ())), reason_re=_any(d.get("reason_markers", ())),
        classifiers=tuple(d.get("classifiers", ())),
        completion_bases=tuple(d.get("completion_bases", ())),
        completion_gaps=tuple(d.get("completion_gaps", ())),
        scope_words=tuple(sorted({w for _, w in scopes()}, key=len, reverse=True)),
        ratio_links="".join(d.get("ratio_links", ())),
        unit_concepts=tuple((c.get("unit_concepts") or {}).items()),
        money_twins=tuple((c.get("money_twins") or {}).items()),
        income_twins=tuple((c.get("income_twins") or {}).items()),
        comparative_of=dict(d.get("comparative_words") or {}),
        comparative_re=_comparative_re(d),
        comparative_word_re=_any(list(d.get("comparative_words") or {})),
        flat_re=_any([w for w, canon in [*direction_of.items(), *(d.get("comparative_words") or {}).items()]
                      if canon == "持平"]),
        equal_re=_equal_re(d.get("equal_to_base") or {}),
        level_re=_level_re(d, list(direction_of)),
        level_of={w: canon for canon, ws in (d.get("level_words") or {}).items() for w in ws},
        level_percent_links=tuple((d.get("level_links") or {}).get("any") or ()),
        period_frames=tuple(d.get("period_frames") or ()),
        share_frame_opens=tuple((d.get("share_whole_frames") or {}).get("opens") or ()),
        share_frame_closes=tuple((d.get("share_whole_frames") or {}).get("closes") or ()),
        actual_words=tuple(d.get("actual_words") or ()), quota_words=tuple(d.get("quota_words") or ()),
        alias_trim={w: n for words in infixed.values() for w, n in words.items() if w not in explicit},
        residual_prefixes=tuple(c.get("residual_prefixes") or ()),
        not_names=tuple(c.get("not_names") or ()),
        activity_aliases=frozenset(squeeze(w) for w in (c.get("activity_aliases") or {}).get("aliases") or ()),
        activity_nouns=tuple((c.get("activity_aliases") or {}).get("nouns") or ()),
        average_prefixes=tuple(w for p in (lexicon.load("arith").get("averages") or {}).get("per", ()) for w in p["words"]),
        qualified_totals=frozenset((c.get("qualified_totals") or {}).get("concepts") or ()),
        total_qualifiers=tuple((c.get("qualified_totals") or {}).get("words") or ()),
        whole_alias_to={w: cid for cid, e in c["concepts"].items() for w in e.get("whole_aliases", ())},
    )


def _level_re(d: dict, forms: list[str]) -> "regex.Pattern[str]":
    """A direction word and a link ('减少为', '下降至') or a level word ('降至') ending the text it is
    searched in (the number follows): group 'd' the direction word, 'link' the link, 'w' the level word."""
    links = [w for ws in (d.get("level_links") or {}).values() for w in ws]
    words = [w for ws in (d.get("level_words") or {}).values() for w in ws]
    if not links and not words:
        return regex.compile(r"(?!)")
    return regex.compile(rf"(?:(?P<d>{lexicon.alternation(forms)})\s*(?P<link>{lexicon.alternation(links)})"
                         rf"|(?P<w>{lexicon.alternation(words)}))\s*$")


def _comparative_re(d: dict) -> "regex.Pattern[str]":
    """多 / 少 / 增 / 减 right before a number, after a comparison marker in the same clause (a printed
    number counts as one character of the gap); a clause-opening word also right after the clause
    holding the marker."""
    if not d.get("comparative_words") or not d.get("comparative_markers"):
        return regex.compile(r"(?!)")
    words, marks = lexicon.alternation(d["comparative_words"]), lexicon.alternation(d["comparative_markers"])
    gap = int(d.get("comparative_gap", 12))
    char = r"(?:\d(?:[\d.]|[,，](?=\d))*|[^，。；,;：:！？])"          # a number, or one character of the clause
    same_clause = rf"(?<=(?:{marks}){char}{{0,{gap}}})(?:{words})"
    openers = d.get("clause_opening_words")
    next_clause = rf"|(?<=(?:{marks}){char}{{0,{2 * gap}}}[，,])(?:{lexicon.alternation(openers)})" if openers else ""
    return regex.compile(rf"(?:{same_clause}{next_clause})(?=\s*[0-9０-９])")


def find_concepts(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, concept id) of every alias in text[start:end], longest match at each position
    (what alias_re.finditer gives: at each offset from `start` on, the first character picks the
    one branch that may match there; after a match the search goes on at its end)."""
    v = load()
    end = len(text) if end is None else end
    out = []
    notes = [n.span() for n in scope_note_re().finditer(text, start, end)] \
        if text.find("（", start, end) >= 0 or text.find("(", start, end) >= 0 else []
    while True:
        f = v.alias_first.search(text, start, end)
        if f is None:
            return out
        k = f.start()
        m = v.alias_heads[text[k]].match(text, k, end)
        across = _across_note(text, k, end, m, notes) if notes else None
        if across:                       # '公务用车（含执勤执法用车）运行支出': the name around its scope note
            out.append(across)
            start = across[1]
            continue
        if m is None or text.startswith(v.not_names, k):
            start = k + 1
            continue
        word = squeeze(m.group())
        cid = v.alias_to_concept[word]
        start = m.end()
        if _residual(text, k, v.concepts[cid], v.residual_prefixes + v.average_prefixes):
            continue
        if cid in v.qualified_totals and qualified_total(text, k):
            continue
        if word in v.activity_aliases and _names_another(text, m.end(), end, v.activity_nouns):
            continue
        trim = v.alias_trim.get(word) if v.alias_trim else None
        out.append((k, _keep_end(m.group(), k, len(word) - trim) if trim else m.end(), cid))


def _across_note(text: str, k: int, end: int, m: "regex.Match[str] | None",
                 notes: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The alias starting at k read with a scope note inside it left out ('公务用车（含执勤执法用车）运行支出'
    is 公务用车运行支出), when that name runs past the note and beyond what matches without it."""
    v = load()
    for a, b in notes:
        if a <= k or (m is not None and m.end() < a):
            continue
        if a - k > 12:
            return None
        joined = text[k:a] + text[b:end]
        jm = v.alias_heads[text[k]].match(joined)
        if jm is None or jm.end() <= a - k or text.startswith(v.not_names, k):
            return None
        return k, b + jm.end() - (a - k), v.alias_to_concept[squeeze(jm.group())]
    return None


@lru_cache(maxsize=1)
def scope_note_re() -> "regex.Pattern[str]":
    """A parenthesised scope remark inside a name (concepts.yml scope_notes): '（含执勤执法用车）',
    '（预算调整数，下同）'; it holds no figure."""
    d = lexicon.load("concepts").get("scope_notes") or {}
    opens, closes = lexicon.alternation(d.get("opens") or ()), lexicon.alternation(d.get("closes") or ())
    return regex.compile(rf"[（(]\s*(?:(?:{opens})[^（()）\d。；]{{0,24}}|[^（()）\d。；]{{0,24}}(?:{closes}))\s*[）)]")


_HAN_RUN = regex.compile(r"\p{Han}+")


def _names_another(text: str, at: int, end: int, nouns: tuple[str, ...]) -> bool:
    """The name printed on right after an activity alias holds a noun of another figure ('因公出国（境）住宿费',
    '因公出国（境）人均费用'): a part or an average of the trips' money, not the fee itself."""
    m = _HAN_RUN.match(text, at, end)
    return bool(m) and any(n in m.group() for n in nouns)


def _residual(text: str, k: int, concept: Concept, prefixes: tuple[str, ...]) -> bool:
    """The money alias at k follows a residual word ('其他' of '其他工资福利支出'): the residual item
    of the figure, no concept (function classes excepted: function_other reads '其他教育支出' as a
    path; counts too: '其他事业单位 5 个' is one kind of unit, still counted as units); or an average
    word ('人均' of '人均人员经费', arith.yml averages): an average of the figure, no concept either."""
    return bool(prefixes) and concept.measure == "money" and not concept.id.startswith("func_") \
        and text.endswith(prefixes, 0, k)


@lru_cache(maxsize=1)
def _budget_sides() -> tuple["regex.Pattern[str]", dict[str, str], tuple[str, ...]] | None:
    """(the pattern of a bare side and its period word, side -> concept, words that may stand before it) of
    concepts.yml budget_sides; None when the lexicon has none."""
    spec = lexicon.load("concepts").get("budget_sides")
    if not spec:
        return None
    concept = {}
    for side in spec["sides"]:
        found = find_concepts(side + spec["spelt"])
        if len(found) == 1 and found[0][0] == 0:          # '收入总预算' (its period word outside the span)
            concept[side] = found[0][2]
    rx = regex.compile(rf"({lexicon.alternation(list(concept))})\s*{regex.escape(spec['period'])}")
    return rx, concept, tuple(spec.get("after") or ())


def budget_sides(text: str, start: int, end: int, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` (find_concepts over text[start:end]) with the bare sides of a budget's accounts it left unnamed
    ('2031年收入预算 X 万元': the concept of '收入总预算'; concepts.yml budget_sides): each side's span is the side
    alone, its period word left to be the figure's period. A side right after another name ('事业收入预算') or
    inside a name found is none."""
    spec = _budget_sides()
    if spec is None:
        return found
    rx, concept, after = spec
    out = list(found)
    for m in rx.finditer(text, start, end):
        k = m.start()
        if any(a < m.end() and k < b for a, b, _ in found):
            continue
        if k > start and _HAN.match(text[k - 1]) and not text.endswith(after, start, k):
            continue
        out.append((k, m.end(1), concept[m.group(1)]))
    return sorted(out)


_HAN = regex.compile(r"\p{Han}")


def qualified_total(text: str, k: int) -> bool:
    """The total named at k follows the name of a fund or source that is no scope word ('其他资金' of
    '其他资金收入总计', concepts.yml qualified_totals): that fund's total, not the report's. A scope word
    names the money itself ('政府性基金收入总计', '财政拨款资金收入总计'): read in that scope, as before."""
    v = load()
    w = next((w for w in v.total_qualifiers if text.endswith(w, 0, k)), None)
    return w is not None and not text.endswith(v.scope_words, 0, k) \
        and not text.endswith(v.scope_words, 0, k - len(w))


def _keep_end(printed: str, k: int, n: int) -> int:
    """The offset after the first n non-space characters of `printed` (printed at k): an infixed
    alias's span ends before its period word and 支出, so '决算' stays the figure's period."""
    seen = 0
    for i, ch in enumerate(printed):
        if not ch.isspace():
            seen += 1
            if seen == n:
                return k + i + 1
    return k + len(printed)


def alias_at(text: str, i: int) -> "regex.Match[str] | None":
    """The alias printed at text[i:] (alias_re.match(text, i)), or None (none inside a not_name)."""
    v = load()
    head = v.alias_heads.get(text[i]) if i < len(text) else None
    return head.match(text, i) if head and not text.startswith(v.not_names, i) else None
