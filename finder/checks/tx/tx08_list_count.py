"""TX08: a count followed by the names it counts ('N个，即 A、B、C') that lists another number of names."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.ledger import reasons, settle
from finder.checks.registry import CheckOptions, register
from finder.checks.tx.common import evidence, half, hygiene, prose
from finder.checks.tx.announced import announced_counts
from finder.checks.tx.unit_count import unit_counts
from finder.model import Finding
from finder.numbers.parse import zh_numeral, zh_numerals

messages.add({
    "TX08": {"zh": "文中称“{count}{counter}”，随后{marker}列举的名称却有 {named} 个",
             "en": "the text says {count} {counter} but the names listed after '{marker}' number {named}"},
    "TX08.comp": {"zh": "所称个数 {count}；所列名称 {named} 个（以“、”分隔，“和/及/与”可连接两个名称）",
                  "en": "count stated {count}; names listed {named} (split at '、'; 和/及/与 may join two names)"},
})


def _zh() -> str:
    """The characters of a Chinese count up to 十 as a regex class (units.yml numerals; 零 counts nothing)."""
    digits, powers = zh_numerals()
    return "[" + "".join(c for c, v in digits.items() if v) + "".join(c for c, v in powers.items() if v == 10) + "]"


_ZH = _zh()


@lru_cache(maxsize=1)
def _rx() -> regex.Pattern:
    lex = hygiene()["list_count"]
    markers = lexicon.alternation(lex["markers"])
    counters = "".join(regex.escape(w) for w in lex["counters"])
    parts = lexicon.alternation(lex.get("compound_counters"))
    noun = int(lex.get("max_noun_length", 0))
    return regex.compile(
        rf"(?<![\d.])(?P<pre>(?:(?:\d{{1,3}}|{_ZH}{{1,3}})\s*(?:{parts})\s*)*)"
        rf"(?P<n>\d{{1,3}}|{_ZH}{{1,3}})\s*(?P<c>[{counters}])(?P<noun>\p{{Han}}{{0,{noun}}}?)"
        rf"\s*[，,：:]?\s*(?P<m>{markers})\s*[：:]?\s*(?P<list>[^。；;！？\n，,]+)")


@lru_cache(maxsize=1)
def _far_rx() -> regex.Pattern:
    """A count whose names come a clause later ('对 3 个项目开展评价，涉及资金 X 万元，分别为 A 项目、B 项目'):
    the count, its sentence's next clauses, then a marker and the names (_far_names decides)."""
    lex = hygiene()["list_count"]
    markers = lexicon.alternation([w for w in lex["markers"] if w not in ("：", ":")])
    counters = "".join(regex.escape(w) for w in lex["counters"])
    return regex.compile(
        rf"(?<![\d.])(?P<pre>)(?P<n>\d{{1,3}}|{_ZH}{{1,3}})\s*(?P<c>[{counters}])"
        rf"(?P<gap>[^。；;！？\n]*?)[，,]\s*(?P<m>{markers})\s*[：:]?\s*(?P<list>[^。；;！？\n，,]+)")


@lru_cache(maxsize=1)
def _joiner_rx() -> regex.Pattern:
    return regex.compile(lexicon.alternation(hygiene()["list_count"]["joiners"]))


@lru_cache(maxsize=1)
def _counted_rx() -> regex.Pattern:
    counters = "".join(regex.escape(w) for w in hygiene()["list_count"]["counters"])
    return regex.compile(rf"(?:\d|{_ZH})\s*[{counters}]")


def _far_names(text: str, m: "regex.Match[str]") -> tuple[str, tuple[int, int]] | None:
    """(counted noun, names) of a _far_rx match: read only where every name ends with the noun printed right
    after the counter (two characters at least: '3 个项目…，分别为 A 项目、B 项目和 C 项目'), so the list names
    what was counted; a name joined by 和/及/与 is two when each side ends with it. None when the clauses between
    hold another count, a marker or a colon (the names may be of that) or the count is read as a near list."""
    lex = hygiene()["list_count"]
    gap = m.group("gap")
    if "，" not in gap and "," not in gap or _rx().match(text, m.start()) \
            or any(w in gap for w in lex["markers"]) or _counted_rx().search(gap):
        return None
    names = [x.strip() for x in _ASIDE.sub("", m.group("list").strip()).split("、")]
    names = names[:-1] + _joiner_rx().split(names[-1])
    if len(names) < 2 or names_in(m.group("list")) is None:
        return None
    noun = gap.split("，")[0].split(",")[0]
    while len(noun) >= 2 and not all(x.endswith(noun) and len(x) > len(noun) for x in names):
        noun = noun[:-1]
    return (noun, (len(names), len(names))) if len(noun) >= 2 else None


def names_in(listed: str) -> tuple[int, int] | None:
    """(fewest, most) names in 'A、B和C' (the list runs to the first comma): the 、-separated items,
    plus one for each 和/及/与 in the last item that may join two names ('人力资源和社会保障局' is
    one name); a bracketed aside inside a name (its other name) is part of it. None for a list that is
    no plain run of names (a number, a bracket holding one, 等, or an item too long for a name)."""
    lex = hygiene()["list_count"]
    text = _ASIDE.sub("", listed.strip())       # '市场秩序科（物资储备科）': a name's other name
    if not text or regex.search(r"[\d%（）()《》“”\"]", text) or any(w in text for w in lex["open_words"]):
        return None
    items = [x.strip() for x in text.split("、")]
    if len(items) < 2 and not any(w in items[-1] for w in lex["joiners"]):
        return None
    if any(not x or len(x) > lex["max_name_length"] and not _org_name(x, lex) for x in items):
        return None
    joins = sum(items[-1].count(w) for w in lex["joiners"])
    return len(items), len(items) + joins


def _org_name(item: str, lex: dict) -> bool:
    """An item past max_name_length read as an organisation's name (hygiene.yml org_suffixes): it ends in
    an organisation suffix, in no word of a place or thing, holds no particle of prose, and is no longer
    than org_name_length."""
    return len(item) <= lex.get("org_name_length", 0) and item.endswith(tuple(lex.get("org_suffixes", ()))) \
        and not item.endswith(tuple(lex.get("not_org_endings", ()))) \
        and not any(w in item for w in lex.get("prose_particles", ()))


_ASIDE = regex.compile(r"（[^（）()\d%]{1,20}）|\([^（）()\d%]{1,20}\)")
_NUMERAL = regex.compile(rf"\d{{1,3}}|{_ZH}{{1,3}}")


def _count(m: "regex.Match[str]") -> int | None:
    """The count a match states: its last numeral, plus those of a count printed in parts ('一室四处' = 5)."""
    nums = _NUMERAL.findall(m.group("pre")) + [m.group("n")]
    values = [int(x) if x.isdigit() else zh_numeral(x) for x in nums]
    return None if any(v is None for v in values) else sum(values)


def _clause_start(text: str, k: int) -> int:
    """Where the clause holding offset k starts ('直属事业单位10个' — the counted noun is before it)."""
    cut = max(text.rfind(ch, 0, k) for ch in "，,。；;：:\n")
    return cut + 1


_REASONS = reasons("listed_names")


def _cut_off(text: str, end: int) -> bool:
    """The names run on to the end of the document's last paragraph with no closing punctuation: the text stops
    inside the list (a page saved or extracted in part, '…6家事业单位分别为：A、B、C、D研'), so how many names
    it held is unknown."""
    return not text[end:].strip() and not text.rstrip().endswith(("。", "；", ";", "！", "？", "!", "?"))


@register("TX08", name="list-count-mismatch", groups=("text",), kind="count_mismatch")
def list_count_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """列举数不符：文中称“N 个，即/分别为 A、B、C”，所列名称的个数却不是 N。

    A count printed in parts ('内设一室四处，分别为…', lexicons/hygiene.yml compound_counters) is
    their sum. A name joined by 和/及/与 may be one name or two ('人力资源和社会保障局'), so a list agrees
    with N when N lies between the count of its 、-separated items and that count plus its joins.
    Lists ending in 等, holding numbers or brackets, or whose items are too long for names are not
    read, nor a list running on unclosed to the end of the document (the text was cut off inside it); a longer item is a name when it ends as an organisation's does (hygiene.yml org_suffixes: '…管理
    委员会办公室', '局属二级预算单位某市某研究所') and holds no particle of prose. 包括 may introduce part of the whole: a warning; 即/分别为: an error. The counted noun may
    stand between the count and the names ('机关设 9 个内设机构，分别为：…'); after such a noun 包括 often
    gives examples ('开展 4 项检查，包括 A、B'), so it is held only when it agrees (verified in the ledger) or
    when it names more than N even reading every 和/及/与 as inside one name (examples are never more than
    their whole: a warning).
    A colon right after the counted noun opens the names as 即 does ('设 5 个内设机构：办公室、…').
    The names may come a clause later ('对 3 个项目开展评价，涉及资金 X 万元，分别为 A 项目、B 项目和 C 项目'):
    read only when every name ends with the noun printed right after the counter (two characters at least)
    and the clauses between hold no other count, marker or colon; a name joined by 和/及/与 is then two.
    A count of points announced before a colon ('主要有以下三个方面原因：一是…；二是…。') is held to the
    inline ordinals (一是, 其一) that follow it in order, in its paragraph and the paragraphs opening with
    the next one (hygiene.yml list_count.announced; an error when they number otherwise), or, when it ends
    its paragraph, to the items numbered 1, 2, 3 … on the lines after it ('1.人员减少。' ⏎ '2.…', line_styles;
    an item's deeper-numbered lines passed over; a list whose next number is printed after other text is
    not read).

    A count of the department's units ('本部门决算包括部门本级及所属 3 个单位', '纳入…编制范围的单位共
    4 个') in a paragraph that opens a list is held against the units printed right after it
    (lexicons/appendix.yml units): the 单位构成 table of its section, or items numbered 1, 2, 3 …
    (on its line or the next) that each read as a unit's name (an office inside the department, 办公室 or 财务科, makes the list
    unread). 所属/下属/二级 count the units apart from the department itself, a row marked 本级; 共/纳入
    count it too; a list marking no row 本级 agrees with either reading. The count is settled in the
    ledger; one no reading gives is an error (a warning for numbered items after 包括).

    **Why it matters**
    The count and the names are the same fact told twice; when they differ, one is wrong.

    **Anti-pattern**

    .. code-block:: text

        直属事业单位4个，即县信息中心、县评审中心、县会计服务中心。
        本部门决算包括部门本级及所属3个单位，包括：1. 某县某局本级；2. 某县某中心；3. 某县某站。

    **Best practice**

    .. code-block:: text

        直属事业单位3个，即县信息中心、县评审中心、县会计服务中心。
        本部门决算包括部门本级及所属2个单位，包括：1. 某县某局本级；2. 某县某中心；3. 某县某站。
    """
    partial = set(hygiene()["list_count"]["partial_markers"])
    last = analysis.report.paragraphs[-1] if analysis.report.paragraphs else None
    for p in prose(analysis.report):
        text = half(p.text)
        if not _counted_rx().search(text):    # both patterns need a numeral and a counter: none, no count
            continue
        near = [(m, m.group("noun"), names_in(m.group("list"))) for m in _rx().finditer(text)]
        far = [(m, *found) for m in _far_rx().finditer(text) if (found := _far_names(text, m))]
        for m, noun, named in near + far:
            count = _count(m)
            if count is None or named is None or p is last and _cut_off(text, m.end()):
                continue
            shown = str(named[0]) if named[0] == named[1] else f"{named[0]}～{named[1]}"
            comp = messages.msg("TX08.comp", count=count, named=shown)
            ok = named[0] <= count <= named[1]
            over = count < named[0]     # more names than counted: no reading of 包括 as examples fits
            stated = [c for c in analysis.claims if c.paragraph is p and c.kind == "count"
                      and m.start("n") <= c.start < m.end("c")]
            if ok or over or m.group("m") not in partial:
                yield from settle(stated, ok, "TX08", computation=comp, reasons=_REASONS)
            if ok or (noun and m.group("m") in partial and not over):   # 'N 项检查，包括 A、B': examples
                continue
            yield Finding(
                "TX08", "warning" if m.group("m") in partial else "error",
                messages.msg("TX08", opts.lang, count=m.group("pre") + m.group("n"), counter=m.group("c") + noun,
                             marker=m.group("m").strip("：:"),
                             named=shown),
                [evidence(p, _clause_start(text, m.start()), m.end())],
                computation=comp,
                args={"count": count, "named": list(named)}, claims=[c.id for c in stated])
    yield from unit_counts(analysis, opts)
    yield from announced_counts(analysis, opts)
