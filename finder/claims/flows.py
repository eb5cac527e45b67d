"""Flows named by context: a fund's bare name among incomes is its income (concepts.yml income_twins);
a fund's bare name under a 财政拨款 total is its part from that fund (fund_parts), a kind's under its total
that kind's part (bare_parts); a bare cost word after a count is the cost of the things counted (count_costs); a bare
total after a
carry-over is the grand total (carryover_totals); in a department's budget the funds' revenue names are its
income by fund (budget_fund_incomes)."""
from __future__ import annotations

from functools import lru_cache

from finder import lexicon
from finder.claims import vocab
from finder.claims.patterns import CURRENT_PERIODS
from finder.ingest import numbering
from finder.model import Claim, Report

_FLOW_WORDS = ("收入", "支出")


def read_fund_incomes(sentence: list[Claim]) -> None:
    """'2018年一般公共预算财政拨款 a 元，政府性基金预算财政拨款 b 元，事业收入 c 元': the bare fund names
    (read as expenditure by their alias) are incomes when the sentence lists an income and no expenditure,
    or when the figure is read as a part of an income total. Edits the claims' concept in place."""
    twins = _twins()
    bare = [c for c in sentence if c.concept in twins and not any(w in c.subject for w in _FLOW_WORDS)]
    if not bare:
        return
    others = [c.concept for c in sentence if c.concept and c not in bare]
    listed = not any(_flow(cid) == "支出" for cid in others) and any(_flow(cid) == "收入" for cid in others)
    for c in bare:
        if listed or (c.whole and _flow(c.whole) == "收入"):     # or a share of 本年收入合计
            c.concept = twins[c.concept]


def read_fund_parts(sentence: list[Claim], before: list[Claim] = (), upto: int = 0) -> None:
    """'财政拨款支出 N，其中一般公共预算 a，政府性基金预算 b': an item of a 其中 list under a total of
    concepts.yml fund_parts named by a fund's scope word alone is that total's part from the fund, also in a
    later sentence the list runs on into ('…N 万元。其中，一般公共预算 a 万元。政府性基金预算 b 万元。': the
    list's head, read in before[:upto], names the total; the item takes it as its whole). A kind's bare name
    under a total of bare_parts is that kind's part ('政府采购支出总额 N，其中：货物 a、工程 b'). In place."""
    parts, bare = _fund_parts(), _bare_parts()
    for c in sentence:
        if c.concept is not None:
            continue
        whole = c.whole or _head_concept(c, before, upto)
        if whole not in parts and whole not in bare:
            continue
        name = "".join(c.subject.split())
        part = parts.get(whole, {}).get(_scope_of_word().get(name, "")) or bare.get(whole, {}).get(name)
        if part:
            c.concept, c.whole = part, whole


def _head_concept(c: Claim, before: list[Claim], upto: int) -> str | None:
    """The concept of the figure heading the 其中 list an item still runs in (extra whole_head, the head's
    subject): the last amount read before it with that subject; None when there is none."""
    head = c.extra.get("whole_head")
    if not head:
        return None
    for i in range(upto - 1, -1, -1):
        o = before[i]
        if o.kind == "amount" and o.subject == head:
            return o.concept
    return None


def read_count_costs(sentence: list[Claim]) -> None:
    """'购置公务用车 1 辆，购置费 25.00 万元' / '保有车辆 3 辆运行费 4.50 万元': an amount named by a bare cost word
    alone after a count in its sentence is the cost of the things counted, the money concept concepts.yml count_costs
    gives the count's concept for the word; the nearest count before it decides, and the figures after it of the same
    subject (its change) are of that cost too. In place."""
    costs = _count_costs()
    counted, named = None, {}
    for c in sentence:
        name = "".join(c.subject.split())
        if c.kind == "count":
            counted = c.concept
        elif c.concept is None and name in named:
            c.concept = named[name]          # its change after it ('…，比上年减少 d 万元'), same subject
        elif c.kind == "amount" and c.concept is None and counted in costs:
            part = costs[counted].get(name)
            if part:
                c.concept = named[name] = part


def read_list_totals(sentence: list[Claim], before: list[Claim]) -> None:
    """'…出国费 a，公车运行费 b，接待费 c。合计 T，总量比上年减少 D': a sentence opening with a bare total word
    (concepts.yml list_totals) names the total of the amounts the sentence right before it lists, two or more, every
    one named, of one unit and period: the nearest concept each of them is (or is a part of, part_of upwards), when
    it is a part of it for two or more. The figures after it named by a total word alone are that total too. In place."""
    words = _list_totals()
    if not sentence or not before or not words:
        return
    first = sentence[0]
    text = first.paragraph.text
    lead = "".join(text[first.sentence[0]:first.start].split()).rstrip("为是：:")
    if first.kind != "amount" or first.concept is not None or lead not in words or "".join(first.subject.split()) != lead:
        return
    prev = [c for c in before if c.paragraph is first.paragraph and c.sentence == before[-1].sentence]
    if text[prev[-1].sentence[1]:first.sentence[0]].strip() or any(c.sentence[1] > first.sentence[0] for c in prev):
        return
    listed = [c for c in prev if c.kind == "amount"]
    if len(listed) < 2 or any(not c.concept or c.unit != first.unit or c.period != first.period or c.approx
                              for c in listed):
        return
    whole = _common_whole([c.concept for c in listed])
    if whole is None:
        return
    for c in sentence:
        if c.concept is not None or "".join(c.subject.split()) not in words:
            break
        c.concept = whole


def _common_whole(concepts: list[str]) -> str | None:
    """The nearest concept every one of `concepts` is or is a part of, a part of it for two or more of them."""
    from finder.claims.lists import concept_kinds

    chain, cs = [], vocab.load().concepts
    c = cs.get(concepts[0])
    while c is not None and c.id not in chain:
        chain.append(c.id)
        c = cs.get(c.part_of) if c.part_of else None
    for w in chain:
        if all(w in concept_kinds(x) for x in concepts) and sum(x != w for x in concepts) >= 2:
            return w
    return None


@lru_cache(maxsize=1)
def _list_totals() -> frozenset[str]:
    return frozenset(lexicon.load("concepts").get("list_totals") or ())


@lru_cache(maxsize=1)
def _count_costs() -> dict[str, dict[str, str]]:
    return dict(lexicon.load("concepts").get("count_costs") or {})


@lru_cache(maxsize=1)
def _fund_parts() -> dict[str, dict[str, str]]:
    return dict(lexicon.load("concepts").get("fund_parts") or {})


@lru_cache(maxsize=1)
def _bare_parts() -> dict[str, dict[str, str]]:
    return dict(lexicon.load("concepts").get("bare_parts") or {})


@lru_cache(maxsize=1)
def _scope_of_word() -> dict[str, str]:
    """A fund's scope word (cells.yml scopes, former names too) -> its scope; 财政拨款 is no fund."""
    return {n: s for s, w in vocab.scopes() if s != "fiscal" for n in (w, w + "预算")}   # '政府性基金预算'


def read_carryover_totals(sentence: list[Claim]) -> None:
    """'本年收入 A 万元，上年结转 B 万元，收入合计 C 万元': a total printed by a bare name of carryover_totals
    after a carry-over figure of its sentence adds the carry-over in: the grand total. Edits in place."""
    totals = _carryover_totals()
    for i, c in enumerate(sentence):
        rule = totals.get(c.subject)
        if rule and any(o.concept == rule[0] and o.start < c.start for o in sentence[:i]):
            c.concept = rule[1]


def read_budget_fund_incomes(report: Report, claims: list[Claim]) -> None:
    """In a department's budget (type budget, department known) '一般公共预算收入 X 万元' is its 财政拨款
    income from that fund: claims left without a concept whose subject is such a name take it. In place."""
    if report.type != "budget" or not report.department:
        return
    names = _budget_fund_incomes()
    for c in claims:
        if c.concept is None and c.subject in names:
            c.concept = names[c.subject]


@lru_cache(maxsize=1)
def _budget_fund_incomes() -> dict[str, str]:
    """concepts.yml budget_fund_incomes, each name with its former names, built once per process."""
    return {n: cid for name, cid in (lexicon.load("concepts").get("budget_fund_incomes") or {}).items()
            for n in vocab.former_names([name])}




def read_bare_year_totals(report: Report, claims: list[Claim]) -> None:
    """'支出合计 950.00 万元，其中：基本支出…' in a final account's summary section (its headings name a side of the
    accounts or the whole, concepts.yml bare_year_totals heading_words, and no fund nor any figure's name): the
    year's total of that side (本年支出合计), its changes in its group and the items of its 其中 list with it, so
    the figure is held to its cell and its list summed (extra scope_note: the printed name and the one it is read
    as). Where a table of the report prints a row of that very name (a side's bottom line, a 三公 table's '一、支出合计')
    the bare name may be that row's figure: it stays unclassified (extra bare_total_ambiguous: that table's title). In
    place."""
    rule = lexicon.load("concepts").get("bare_year_totals") or {}
    totals, words = rule.get("totals") or {}, tuple(rule.get("heading_words") or ())
    if report.type != "final" or not totals:
        return
    for c in claims:
        cid = totals.get("".join(c.subject.split()))
        if cid is None or c.concept is not None or c.kind != "amount" or not _summary_section(c, words):
            continue
        same = [o for o in claims if o.paragraph is c.paragraph and o.subject == c.subject and o.concept is None
                and o.extra.get("group") == c.extra.get("group")]
        table = _table_naming(report, c.subject)
        for o in same:
            if table:
                o.extra["bare_total_ambiguous"] = table
                continue
            o.concept = cid
            o.extra["scope_note"] = [c.subject, vocab.load().concepts[cid].name]
        if table:
            continue
        for o in claims:
            if o.paragraph is c.paragraph and o.whole is None and o.extra.get("whole_head") == c.subject \
                    and o.start > c.start:
                o.whole = cid


def _summary_section(c: Claim, words: tuple[str, ...]) -> bool:
    """The claim's headings below the part's (第三部分) name a side of the accounts or the whole and neither a
    fund (cells.yml scopes) nor any figure's name; a claim under no such heading is in no summary section."""
    sec = c.paragraph.section if c.paragraph is not None else None
    titles = [t for t in (sec.path() if sec is not None else [])][1:] or (sec.path() if sec is not None else [])
    if not titles:
        return False
    scope_words = [w for _, w in vocab.scopes()]
    return (any(w in titles[-1] for w in words)
            and not any(w in t for t in titles for w in scope_words)
            and not any(vocab.find_concepts(t) for t in titles))


def _table_naming(report: Report, name: str) -> str | None:
    """The title of a table printing a row labelled `name` (its list number and spaces aside), else None."""
    for t in report.tables:
        for r in t.rows:
            found = numbering.marker_span(r.label)
            if "".join(r.label[found[2] if found else 0:].split()) == name:
                return t.title or t.id or "?"
    return None


def read_unequal_grand_totals(claims: list[Claim]) -> None:
    """'收、支总计各是 4125.49、4143.91 万元': the grand totals of the two sides are equal by the summary
    table's identity, so a report printing them unequal (one figure each, their rounding intervals apart)
    names the year's income and expenditure by them, each side one figure however often it is restated and
    rounded ('430725.03 万元' and '43.07 亿元') (concepts.yml balanced_totals: income and expense grand
    totals -> the year's totals). A side printing two figures apart ('支出总计 A' and later '各项支出总计 B': one
    is a typo) is no evidence for either reading, so the year's totals stay a candidate there too: the linker
    keeps whichever reading more of the figures verify under (ties: the printed one). Their figures, changes and the shares of them take those concepts; the link is a guess
    (link_guess: a mismatch with a table is a warning), undone by the linker when the tables side with the grand
    totals (extra 'renamed' keeps the printed reading). In place."""
    for income, expense, income_year, expense_year in lexicon.load("concepts").get("balanced_totals") or ():
        sides = [[c for c in claims if c.concept == cid and c.kind == "amount" and c.period in CURRENT_PERIODS]
                 for cid in (income, expense)]
        if not all(sides):
            continue
        figures = [c.interval for side in sides for c in side]
        if not any(_apart(x, y) for x in figures for y in figures):
            continue                                    # all one figure within rounding: the grand totals
        printed = [_figures(side) for side in sides]
        years = [c for c in claims if c.concept in (income_year, expense_year) and c.kind == "amount"
                 and c.period in CURRENT_PERIODS]
        if any(all(_apart(c.interval, x) for x in printed[c.concept != income_year]) for c in years):
            continue        # '收入总计 A …，本年收入 B': the year's total is stated apart, the grand totals as printed
        for c in claims:
            if c.concept in (income, expense) and (c.kind != "amount" or c.period in CURRENT_PERIODS):
                c.extra["renamed"] = {"concept": c.concept, "whole": c.whole}
                c.concept = income_year if c.concept == income else expense_year
                c.extra["link_guess"] = True
            if c.whole in (income, expense) and c.period in CURRENT_PERIODS:
                c.extra.setdefault("renamed", {"concept": c.concept, "whole": c.whole})
                c.whole = income_year if c.whole == income else expense_year    # '占收入总额 P%'


def _figures(side: list[Claim]) -> list:
    """A side's distinct figures: one restated and rounded is its finest interval; figures apart stay each."""
    if not any(_apart(x.interval, y.interval) for x in side for y in side):
        return [min((c.interval for c in side), key=lambda iv: iv.hi - iv.lo)]
    return [c.interval for c in side]


def _apart(x, y) -> bool:
    """Two figures' rounding intervals do not meet."""
    return x.hi < y.lo or y.hi < x.lo


@lru_cache(maxsize=1)
def _carryover_totals() -> dict[str, tuple[str, str]]:
    return {k: tuple(v) for k, v in (lexicon.load("concepts").get("carryover_totals") or {}).items()}


@lru_cache(maxsize=1)
def _twins() -> dict[str, str]:
    """Bare fund concept -> its income concept, built once from the lexicon (not per claim)."""
    return dict(vocab.load().income_twins)


def _flow(cid: str) -> str | None:
    """收入 or 支出: the side of the income/expenditure summary a concept sits on, by itself or its wholes."""
    v = vocab.load()
    seen: set[str] = set()
    while cid and cid in v.concepts and cid not in seen:
        seen.add(cid)
        if cid in _twins():
            return "支出"
        name = v.concepts[cid].name
        for w in _FLOW_WORDS:
            if name.endswith(w) or name.endswith(w + "合计") or name.endswith(w + "总计"):
                return w
        cid = v.concepts[cid].part_of
    return None
