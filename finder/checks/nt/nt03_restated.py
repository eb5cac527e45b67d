"""NT03: the same figure (concept, scope, period) is stated twice in the prose with different values."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from finder import lexicon, messages
from finder.analysis import claims_by_paragraph
from finder.checks.nt.common import generic_subject, prose_claims, severity, slip_note, unit_slip
from finder.checks.nt.levels import claim_identity
from finder.checks.ledger import settle
from finder.checks.registry import CheckOptions, register
from finder.claims import vocab
from finder.claims.labels import PATH_CONCEPT
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.concepts import (cells, find_class, find_entry, generic, key_of, scope_words, split_scope,
                                  strip_noise, total_words_re)
from finder.link.paths import names_something, subject_path
from finder.link.resolve import in_guess_section
from finder.link.tables_index import table_periods
from finder.link.wholes import decompositions
from finder.model import Claim, Finding
from finder.numbers.interval import Verdict, compare

messages.add({
    "NT03": {"zh": "“{subject}”在文中出现两个不同的数：{a}（{aiv}）与 {b}（{biv}）",
             "en": "'{subject}' is stated twice with different values: {a} ({aiv}) and {b} ({biv})"},
    "NT03.slip": {"zh": "“{subject}”在文中出现两个不同的数：{a}（{aiv}）与 {b}（{biv}）；后者{note} 后一致，疑似单位或小数点错误",
                  "en": "'{subject}' is stated twice with different values: {a} ({aiv}) and {b} ({biv}); "
                        "consistent after {note}: a unit slip"},
    "reason.restated_count.ok": {"zh": "与文中另一处所述同名数量一致", "en": "agrees with the same-named count stated elsewhere"},
    "reason.restated_count.bad": {"zh": "与文中另一处所述同名数量不符", "en": "disagrees with the same-named count stated elsewhere"},
})
_COUNT_REASONS = ("reason.restated_count.ok", "reason.restated_count.bad")


_DETAIL_WORDS = re.compile(r"[\u4e00-\u9fff]{2,}")     # two Han characters: words naming a detail


@register("NT03", name="narrative-restated-differently", groups=("core", "narrative"),
          kind="narrative_vs_narrative")
def narrative_restated_differently(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """同一指标在文中两处数值不同 (one figure, two values in the prose).

    **Why it matters**
    At least one of the two statements is wrong, and a reader cannot tell which. Amounts and counts
    of a known thing (接待批次, 公务用车保有量…) alike; approximate figures ('约', '余') are left alone.

    **Anti-pattern**

    .. code-block:: text

        本年支出合计 1134.84 万元……（后文）本年支出合计 1143.84 万元。

    **Best practice**
    State the figure once, or the same way every time:

    .. code-block:: text

        本年支出合计 1134.84 万元……（后文）本年支出合计 1134.84 万元。

    **Not a restatement**
    One name may cover different figures: different levels (全市 / 市级, 本级 / 所属单位), different
    organisations named before it (甲市公安局 / 乙市环境保护局; the report's own department, 本局
    and 本单位 name none) or different printed years (2013年预算 / 2012年执行数), nor one year's budget and its
    actual, told apart by the last kind word each sentence prints before the figure (cells.yml year_figure_kinds:
    '…预算安排 A，2030年为 B' and '2030年执行支出 C'). Nor is a figure
    the sentence goes on to detail under the subject it carries ('（项）146.35 万元，主要用于：支付养老金
    80.00 万元'). A part listed under two heads is two figures ('基本支出' of 机构运行 and of 住房公积金), unless one head
    is a part of the other by the decompositions and holds the part (公务用车运行维护费 under “三公”经费 and under
    公务用车购置及运行维护费: one figure).

    **A restatement in an item's entry**
    A 功能分类 item's entry that opens with its figure and closes with its budget and actual
    ('…（项）146.35 万元，主要用于…。年初预算为 150.20 万元，支出决算为 133.81 万元') states the
    actual twice, though the second sentence does not name the item again.

    **A period given twice in one sentence**
    Two figures of one sentence whose clauses each print the same period word, with nothing but that
    word and a generic one between them ('年初预算为 42.30 万元，支出年初预算为 40.15 万元'), state one
    figure of one subject twice, whether the sentence names the subject or carries it.
    """
    first: dict[tuple, Claim] = {}
    identity = claim_identity(analysis)
    # the report year's own figure: 本年 / 决算 in a final account; in a budget its 预算 as well ('公务接待费支出
    # 116.5 万元，占…' and later '公务接待费预算支出 116.5 万元' state one figure)
    current = table_periods(analysis.report)
    by_par = claims_by_paragraph(analysis)
    for c in prose_claims(analysis):
        if c.kind not in ("amount", "count") or c.approx:
            continue
        k = key_of(c) or _part_key(c)
        if k is None:
            continue
        # 全市 / 市级 / "41个县", 本部门 / 本级 / 所属单位, 甲局 / 乙局, 2012年 / 2013年: one name,
        # different figures
        key = (k, "本年" if c.period in current else c.period, identity[c.id],
               _as_of(c) if c.kind == "count" else "", c.kind)   # '购置费 204.78 万元' and '购置 100 辆': two figures
        prev = first.setdefault(key, c)
        if prev is c:
            continue
        if c.paragraph.section is not prev.paragraph.section and not (
                names_something(c.subject) and names_something(prev.subject)):
            continue  # "预算支出合计" under two headings: each heading's own figure
        again = _period_again(c, prev)
        if not again and not (_states_subject(prev) and (_states_subject(c) or _entry_actual(c, prev, by_par))):
            continue  # a subject carried over from an earlier sentence is not a restatement
        if not again and _detail_after(c, prev):
            continue  # '（项）X 万元，主要用于：支付养老金 a 万元': a use of the item's money, not the item
        if _head(c) and _head(prev) and _head(c) != _head(prev) and not _nested_heads(_head(c), _head(prev), k[0]):
            continue  # 基本支出 of 机构运行 and 基本支出 of 住房公积金: parts of different wholes
        if _listed_under(c, prev, k) or _listed_under(prev, c, k):
            continue  # '公务接待费 300 万元。其中涉外的公务接待费 80 万元': a part of it, not it
        if _named_apart(c, prev):
            continue  # '…，待偿债置换债券上年结余 a，…，国债转贷资金上年结余 b': two items the subject cut alike
        if _list_total(c, by_par) or _list_total(prev, by_par):
            continue  # '支出 a，上解支出 b，债务还本支出 c，支出合计 d': the list's sum, not the first item
        if _narrow_head(_head(c)) != _narrow_head(_head(prev)):
            continue  # 项目支出 of 住房公积金 (0) and the year's 项目支出: a part of an item is no total
        if _split_item(c) != _split_item(prev):
            continue  # 商品和服务支出 of 项目支出 (0) and of the 基本支出 breakdown: one class, two splits
        if None is not _year_kind(c) != _year_kind(prev) is not None:
            continue  # '…预算安排 A，2030年为 B' and '2030年执行支出 C': that year's budget and its actual
        verdict = compare(c.interval, prev.interval)
        sev = severity(verdict)
        if sev is None:
            continue
        if sev == "error" and (not _same_statement(prev, c) or in_guess_section(c) or in_guess_section(prev)
                               or generic_subject(c) or generic_subject(prev)):
            sev = "warning"  # the same words may name a different scope (a project, a unit)
        k = unit_slip(c.interval, lambda iv: compare(iv, prev.interval)) if verdict == Verdict.CONTRADICTED else None
        yield Finding(
            check="NT03", severity=sev, kind="unit_slip" if k is not None else "",
            message=messages.msg("NT03" if k is None else "NT03.slip", opts.lang, subject=c.subject,
                                 a=E.shown(prev), aiv=E.in_printed_unit(prev.interval, prev), b=E.shown(c),
                                 biv=E.in_printed_unit(c.interval, c), note=slip_note(k, opts.lang) if k is not None else ""),
            evidence=[E.claim_evidence(c), E.claim_evidence(prev, role="context")],
            computation=messages.steps(f"{E.shown(prev)} → {E.in_printed_unit(prev.interval, prev)}",
                                       f"{E.shown(c)} → {E.in_printed_unit(c.interval, c)}", messages.verdict(verdict)),
            claims=[prev.id, c.id], args={"verdict": verdict.value})
    yield from _restated_counts(analysis, identity, opts)


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _restated_counts(analysis, identity: dict, opts: CheckOptions) -> Iterator:
    """Counts of no table entry (key_of None: 签约项目, 入驻企业…) whose sentences each print the same
    qualified name, in one section, for the same period, head and organisation ('…推介会成功签约项目 30 个' in
    two explanations of the appendix), each in a paragraph of its own: one figure stated again. The same value
    verifies them in the ledger, narrative against narrative (unless a table or list verified them already); a
    different value is a warning (the name is read as one figure from its words alone). A bare concept word
    ('项目 5 个', a generic subject) names no one figure, nor does a name given twice in one paragraph ('6 家浙江企业
    与我市集中签约，…10 家浙江企业与我市签订战略合作框架协议'; '主要原因是 1 处文物…；主要原因是 1 处工程…'): such
    names are left unread."""
    groups: dict[tuple, list[Claim]] = {}
    for c in prose_claims(analysis):
        if c.kind != "count" or c.approx or c.garbled or key_of(c) is not None or generic_subject(c) \
                or not _states_subject(c):
            continue
        name = re.sub(r"\s+", "", c.subject)
        if len(_HAN.findall(name)) < 4 or name in _concept_names():
            continue            # a concept's own word ('签约项目', '工作任务') names a kind, not one figure
        key = (name, c.unit, c.period, identity[c.id], _as_of(c), _head(c), id(c.paragraph.section))
        groups.setdefault(key, []).append(c)
    for same in groups.values():
        if len(same) < 2 or len({id(c.paragraph) for c in same}) < len(same):
            continue            # one name twice in a paragraph: two figures as likely as one
        first = same[0]
        if len({(c.value, c.decimals) for c in same}) == 1:
            for c in same:
                other = same[1] if c is first else first
                yield from settle([c], True, "NT03", [E.claim_evidence(other, role="reference")],
                                  f"{E.shown(c)} = {E.shown(other)}", _COUNT_REASONS, fallback=True)
            continue
        for c in same[1:]:
            verdict = compare(c.interval, first.interval)
            if severity(verdict) is None:
                continue
            yield Finding(
                check="NT03", severity="warning",
                message=messages.msg("NT03", opts.lang, subject=c.subject, a=E.shown(first),
                                     aiv=E.in_printed_unit(first.interval, first), b=E.shown(c),
                                     biv=E.in_printed_unit(c.interval, c)),
                evidence=[E.claim_evidence(c), E.claim_evidence(first, role="context")],
                computation=messages.steps(f"{E.shown(first)} → {E.in_printed_unit(first.interval, first)}",
                                           f"{E.shown(c)} → {E.in_printed_unit(c.interval, c)}", messages.verdict(verdict)),
                claims=[first.id, c.id], args={"verdict": verdict.value})


@lru_cache(maxsize=1)
def _concept_names() -> frozenset[str]:
    return frozenset(vocab.load().alias_to_concept)


@lru_cache(maxsize=1)
def _kind_words() -> tuple["re.Pattern[str]", dict[str, str]]:
    kinds = cells().get("year_figure_kinds") or {}
    of = {w: k for k, ws in kinds.items() for w in ws}
    return re.compile(lexicon.alternation(sorted(of, key=len, reverse=True)) if of else r"(?!)"), of


def _year_kind(c: Claim) -> str | None:
    """预算 / 决算: what a figure is, by the last kind word (cells.yml year_figure_kinds) its sentence prints
    before it, a comparison's base ('比预算减少') and a fund's name ('一般公共预算') aside; None when it
    prints none."""
    rx, of = _kind_words()
    text, a = c.paragraph.text, c.sentence[0] if c.sentence != (0, 0) else 0
    head = text[a:c.start]
    for _, word in scope_words():
        head = head.replace(word, "\0" * len(word))
    markers = tuple(vocab.load().base_markers)
    found = None
    for m in rx.finditer(head):
        if not head[:m.start()].rstrip().endswith(markers):
            found = of[m.group()]
    return found


@lru_cache(maxsize=1)
def _opening_re() -> "re.Pattern[str]":
    return re.compile(lexicon.alternation(lexicon.load("directions").get("opening_dates") or ()))


def _as_of(c: Claim) -> str:
    """'年初' when the count's sentence dates it at the year's opening ('2024 年初公务用车保有量 6 辆'), a
    stock other than the year-end one a bare count states; a period word holding it (年初预算) is no date."""
    text = c.paragraph.text[c.sentence[0]:c.start]
    v = vocab.load()
    for m in _opening_re().finditer(text):
        pm = v.period_re.match(text, m.start())
        if pm is None or pm.end() <= m.end():
            return "年初"
    return ""


def _entry_actual(c: Claim, head: Claim, by_par: dict) -> bool:
    """`c` is the actual ('支出决算为 Y 万元') of the 功能分类 item whose entry `head` opens in the same
    paragraph ('…（项）X 万元，主要用于…。年初预算为 B 万元，支出决算为 Y 万元'): its subject is carried
    from that head with no other subject stated in between, so X and Y are one figure."""
    if c.period != "决算" or head.period not in G.CURRENT_PERIODS or c.paragraph is not head.paragraph:
        return False
    if head.concept != PATH_CONCEPT or c.subject != head.subject or head.start > c.start:
        return False
    between = [x for x in by_par.get(id(c.paragraph), []) if head.start < x.start < c.start]
    if not all(x.subject == head.subject for x in between):
        return False
    # the entry's budget-then-actual sentence ('年初预算为 B 万元，支出决算为 Y 万元'), no part of it ('其中')
    budget = [x for x in between if x.sentence == c.sentence and x.period in G.BUDGET_PERIODS]
    text = c.paragraph.text[c.sentence[0]:c.start]
    return bool(budget) and not any(m in text for m in vocab.load().part_markers)


def _detail_after(c: Claim, prev: Claim) -> bool:
    """`c` follows `prev` in the same sentence with its subject not named again in between: a figure
    the sentence goes on to detail ('…（项）146.35 万元，主要用于：支付养老金 80.00 万元'), whose subject
    was carried from `prev`'s."""
    if c.paragraph is not prev.paragraph or c.sentence != prev.sentence or prev.start > c.start:
        return False
    between = c.paragraph.text[prev.end:c.start].replace(" ", "")
    if c.subject.replace(" ", "") in between:
        return False
    # words naming what follows ('主要用于：支付养老金'), not a bare second figure ('决算数为 304.42 138.93 万元')
    return bool(_DETAIL_WORDS.search(between.replace(prev.unit or "", "", 1)))


def _period_again(c: Claim, prev: Claim) -> bool:
    """`c` follows `prev` in its sentence, each clause printing the same period word before its number, with
    nothing but that word and a generic one (cells.yml generic_subjects) between them ('年初预算为 B 万元，
    支出年初预算为 Y 万元'): the one figure of one subject given twice, whether the subject was carried from an
    earlier sentence or not, not a detail of it."""
    if c.paragraph is not prev.paragraph or c.sentence != prev.sentence or prev.start > c.start:
        return False
    text = c.paragraph.text
    if c.subject != prev.subject or not c.period or c.period not in text[c.clause[0]:c.start] \
            or c.period not in text[prev.clause[0]:prev.start]:
        return False
    between = text[prev.end:c.start].replace(c.period, "")
    return not _DETAIL_WORDS.search(_generic_re().sub("", between))


def _head(c: Claim) -> str:
    """The subject of the 其中 list the claim is a part of ("" when it is not listed under one)."""
    return str(c.extra.get("whole_head", "")).replace(" ", "")


def _nested_heads(a: str, b: str, entry: str) -> bool:
    """One head is a part of the other by the decompositions and holds the entry ('“三公”经费 T，其中：…公务用车运行
    维护费 c' and '公务用车购置及运行费 V，其中：公务用车运行费 c'): the entry of both lists is one figure."""
    x, y = find_entry(a), find_entry(b)
    return x is not None and y is not None and x != y and any(
        (d["whole"], inner) in ((x, y), (y, x)) and inner in d["parts"]
        and any(e["whole"] == inner and entry in e["parts"] for e in decompositions())
        for d in decompositions() for inner in (x, y))


def _listed_under(c: Claim, head: Claim, key: tuple) -> bool:
    """`c` is listed after 其中 (directions.yml part_markers) in its sentence, in a list whose head
    is `head`'s figure (its subject, or a name of its entry): a part of it. A list opened by other
    words ('本年支出的具体构成：本年支出合计 X') may restate its head."""
    h = _head(c)
    if not h or not (h == head.subject.replace(" ", "") or find_entry(h) == key[0]):
        return False
    text, a = c.paragraph.text, c.sentence[0] if c.sentence != (0, 0) else 0
    return any(text.find(m, a, c.start) >= 0 for m in vocab.load().part_markers)


def _split_item(c: Claim) -> str:
    """The split (cells.yml split_heads: 基本支出, 项目支出) whose 其中 list holds this economic
    class ('项目支出 0 元，其中：商品和服务支出 0 元'); "" for any other claim or head."""
    if not str(c.concept or "").startswith("econ_"):
        return ""
    head = _head(c)
    return next((w for w in cells().get("split_heads", []) if w in head), "")


def _narrow_head(head: str) -> bool:
    """The 其中 list's head names a narrower figure than any total the report states: an item or
    a classification class ('住房公积金 X 元，其中：基本支出 a 元，项目支出 0 元'), not a known entry
    ('本年支出合计 X，其中：…') nor a bare total word with a scope ('一般公共预算支出 X，其中：…')."""
    if not head:
        return False
    if find_class(head) or subject_path(head):
        return True
    _, core = split_scope(head)
    core = strip_noise(core)
    return bool(core) and find_entry(core) is None and not generic(head) and bool(_generic_re().sub("", core))


@lru_cache(maxsize=1)
def _generic_re() -> "re.Pattern[str]":
    """Generic words and 总 ('支出总预算', '收支总预算' name a total of the year, whatever their words)."""
    words = [*cells().get("generic_subjects", []), *cells().get("total_head_words", [])]
    return re.compile(lexicon.alternation(words))


def _list_total(c: Claim, by_par: dict) -> bool:
    """A bare total word ('支出合计', '收入合计', no scope word of its own) closing a sentence that
    lists two or more other amounts before it, or heading two or more listed after it ('支出合计 d。
    包括：…'): the sum of that list (一般公共预算支出 plus 上解支出 plus 债务还本支出 …), a different
    figure from any item of it, whatever scope the section gives."""
    scope, core = split_scope(c.subject or "")
    core = strip_noise(core)
    if scope or not core or total_words_re().sub("", core) not in ("", *cells().get("generic_subjects", [])):
        return False
    if not total_words_re().search(core):
        return False
    par = by_par.get(id(c.paragraph), [])
    before = [x for x in par if x.kind == "amount" and x.sentence == c.sentence
              and x.start < c.start and x.subject != c.subject]
    # '…支出 a，增长 5%。加上转移性支出 b，支出合计 d': a sentence opening by adding (arith.yml trailing_totals)
    # adds to the figure of the sentence before it, one more item of the sum
    if before and _adder_re().match(c.paragraph.text, c.sentence[0]) \
            and any(x.kind == "amount" and x.sentence[1] <= c.sentence[0]
                    and not c.paragraph.text[x.sentence[1]:c.sentence[0]].strip() for x in par):
        return True
    # '支出合计 d。包括：一般公共预算支出 a，上解支出 b…': the head of the list after it, likewise
    after = [x for x in par if x.kind == "amount" and x.start > c.start and _head(x) == c.subject.replace(" ", "")]
    return len(before) >= 2 or len(after) >= 2


@lru_cache(maxsize=1)
def _adder_re() -> "re.Pattern[str]":
    """A sentence's opening adder (lexicons/arith.yml trailing_totals adders: '加上')."""
    adders = (lexicon.load("arith").get("trailing_totals") or {}).get("adders") or ()
    return re.compile(rf"\s*(?:{lexicon.alternation(adders)})" if adders else r"(?!)")


def _top(c: Claim):
    node = c.paragraph.section
    while node is not None and node.parent is not None and node.parent.level >= 2:
        node = node.parent
    return node


def _same_statement(a: Claim, b: Claim) -> bool:
    """Certain enough for an error: the same subject words inside the same numbered section."""
    return a.subject == b.subject and _top(a) is not None and _top(a) is _top(b)


def _part_key(c: Claim) -> tuple | None:
    """A figure named as a part of a concept and no concept of its own ('某某债券上年结余 a'): its key is its name,
    so the same part stated twice is still one figure given twice."""
    return ("part", c.extra["part_of"], c.subject) if c.extra.get("part_of") and c.subject else None


def _named_apart(a: Claim, b: Claim) -> bool:
    """Two figures of one sentence whose clauses print names neither of which holds the other, one of them
    longer than the subject read from it (the subject dropped a qualifier that tells the items apart): two
    items of one statement, not one figure given twice."""
    if a.paragraph is not b.paragraph or a.sentence != b.sentence:
        return False
    names = [_clause_name(x) for x in (a, b)]
    if not all(names) or names[0] in names[1] or names[1] in names[0]:
        return False
    return any(len(n) > len(x.subject.replace(" ", "")) for n, x in zip(names, (a, b)))


def _clause_name(c: Claim) -> str:
    """The words of the claim's clause before its figure, spaces and punctuation aside."""
    text = c.paragraph.text[c.clause[0]:c.start] if c.clause != (0, 0) else ""
    return "".join(_HAN.findall(text))


def _states_subject(c: Claim) -> bool:
    """The claim's own sentence names its subject (it was not carried over from before; a name pointing back,
    '本次推介会…', read with the full name it points at, is printed as it points)."""
    if not c.subject:
        return False
    a, b = c.sentence if c.sentence != (0, 0) else (0, len(c.paragraph.text))
    printed = c.extra.get("printed_subject", c.subject)
    return printed.replace(" ", "") in c.paragraph.text[a:b].replace(" ", "")
