"""TX05: a "no such spending / we have none" reason next to a nonzero amount for the same subject."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.analysis import claims_by_paragraph
from finder.checks.registry import CheckOptions, register
from finder.checks.tx import nil_items, rates
from finder.checks.tx.common import evidence, half, hygiene, in_titled_section, prose, sentences, squash
from finder.claims import vocab
from finder.link.evidence import claim_evidence
from finder.checks.nt.levels import Identity, claim_identity
from finder.link.levels import levels_in, one_level
from finder.model import Claim, Evidence, Finding, Paragraph, Report
from finder.numbers.parse import parse_decimal

messages.add({
    "TX05.no_spending": {"zh": "说明原因为“{phrase}”，但同句所述{label}为 {amount}，并非零",
                         "en": "the reason says '{phrase}', yet the same sentence gives {label} {amount}, not zero"},
    "TX05.no_spending_cell": {"zh": "称“{phrase}”，但{table}中“{item}”（{column}）为 {amount}，并非零",
                              "en": "says '{phrase}', yet {table} gives {item} ({column}) = {amount}, not zero"},
    "TX05.absence": {"zh": "称“{phrase}”，但报告中“{subject}”为 {amount}（非零）",
                     "en": "says '{phrase}', yet the report gives {subject} = {amount} (nonzero)"},
    "TX05.not_budgeted": {"zh": "称“{phrase}”，但同句所述预算数为 {amount}，并非零",
                          "en": "says '{phrase}', yet the same sentence budgets {amount}, not zero"},
})

_PARENS = str.maketrans("（）", "()")


@lru_cache(maxsize=1)
def _rx() -> dict[str, regex.Pattern]:
    units = lexicon.load("units")
    names = sorted([*units["money"], *units["count"]], key=len, reverse=True)
    unit = lexicon.alternation(names)
    r = hygiene()["reasons"]
    num = r"(?<![\d.])(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    words = lexicon.alternation(r.get("absence_subset_words"))
    counters = "".join(regex.escape(w) for w in r.get("absence_subset_counters") or [])
    subset = "|".join(x for x in [words, rf"[0-9０-９零一二三四五六七八九十百]+\s*[{counters}]" if counters else ""] if x)
    money = lexicon.alternation(units["money"])
    return {
        "money": regex.compile(rf"{num}\s*({money})"),
        "not_budget": regex.compile(lexicon.alternation([*r["not_budget_labels"], *r["change_words"]])),
        "clause": regex.compile(r"[，,；;：:、]"),
        "year": regex.compile(r"(\d{4})\s*年"),
        "subset": regex.compile(subset) if subset else regex.compile(r"(?!)"),
        "amount": regex.compile(rf"{num}\s*({unit})"),
        "guard": regex.compile(lexicon.alternation([*r["budget_labels"], *r["change_words"]])),
    }


def amount_after(text: str, start: int, end: int) -> tuple[str, Decimal, int, int] | None:
    """The first amount in text[start:end] not labelled as a budget or a change (so the
    决算数 of "全年预算数 1.78 万元，决算数 1.78 万元"). (printed, value, start, end) or None."""
    rx = _rx()
    for m in rx["amount"].finditer(text, start, end):
        before = text[max(start, m.start() - 8):m.start()]
        if rx["guard"].search(before):
            continue
        return m.group(1) + m.group(2), parse_decimal(m.group(1)), m.start(1), m.end(2)
    return None


def _no_spending(report: Report, p: Paragraph, whole: str, phrases: list[str], lang: str,
                 claims: list[Claim] = (), identity: dict | None = None,
                 report_claims: list[Claim] = ()) -> Iterator[Finding]:
    """`claims`: the paragraph's claims, for a figure of the named item printed in its sentence, of the level
    the words before the phrase name ('本单位未发生…，所属单位因公出国（境）费 1.20 万元' is another's) and of no
    other organisation or year (`identity`: claim_identity); `report_claims`: every claim, for such a figure
    printed in another sentence where no table holds the item."""
    identity = identity or {}
    final = report.type == "final"
    if not any(x in whole for x in phrases) and not (final and nil_items.has_opener(whole)):
        return                                  # a sentence's phrase (or opener) is in its paragraph too
    for a, b in sentences(p.text):
        s = p.text[a:b]
        squashed = squash(s)
        phrase = next((x for x in phrases if x in squashed), None)
        if phrase is None:
            if final:
                for cid, i, k in nil_items.items_named(p.text, a, b)[:1]:
                    if nil_items.of_another_year(p.text, a, i, report.year):
                        continue
                    level = one_level(levels_in(p.text[a:i])) or ""
                    own = next((c for c in claims if a <= c.start < b and c.concept == cid and c.kind == "amount"
                                and c.period == "本年" and c.interval.lo > 0
                                and identity.get(c.id, Identity()) == Identity(level)), None)
                    if own is not None:     # '因公出国（境）费 1.20 万元，本年度未发生因公出国（境）费用'
                        yield Finding("TX05", "error",
                                      messages.msg("TX05.no_spending", lang, phrase=p.text[i:k], label=_actual(),
                                                   amount=own.raw.strip()),
                                      [evidence(p, a, b)],
                                      computation=messages.msg("TX.nonzero", lang, amount=own.raw.strip(), phrase=p.text[i:k],
                                                               what=_actual()),
                                      claims=[own.id], args={"phrase": p.text[i:k], "amount": str(own.value)})
                    else:
                        found = list(_on_cells(report, p, a, b, p.text[i:k], cid, lang))
                        yield from found or _elsewhere(p, a, b, p.text[i:k], cid, Identity(level), lang,
                                                       report_claims, identity)
            continue
        idx = s.find(phrase)
        stop = a + idx if idx >= 0 else b
        if nil_items.of_another_year(p.text, a, stop, report.year):
            continue
        got = amount_after(p.text, a, stop)
        if got and got[1] != 0 and not nil_items.names_item(p.text, got[3], stop):
            printed, value, i, j = got
            yield Finding("TX05", "error",
                          messages.msg("TX05.no_spending", lang, phrase=phrase, label=_actual(), amount=printed),
                          [evidence(p, a, b)],
                          computation=messages.msg("TX.nonzero", lang, amount=printed, phrase=phrase, what=_actual()),
                          args={"phrase": phrase, "amount": str(value)})
        elif final and idx >= 0:        # no figure, or one of another item: the named item's cells
            item = nil_items.item_before(p.text, got[3] if got else a, stop)
            if item is not None:
                yield from _on_cells(report, p, a, b, phrase, item[0], lang)


def _elsewhere(p: Paragraph, a: int, b: int, phrase: str, cid: str, own: Identity, lang: str,
               claims: list[Claim], identity: dict) -> Iterator[Finding]:
    """The sentence says the item had no spending, prints no figure, and no table holds the item: a nonzero
    amount of this year of that item, of the same level, organisation and year, printed in another sentence
    contradicts it ('本年无因公出国（境）费支出。…因公出国（境）费 3.20 万元'). A warning: the two sentences may
    mean different funds."""
    other = next((c for c in claims if c.concept == cid and c.kind == "amount" and c.period == "本年"
                  and c.interval.lo > 0 and not (c.paragraph is p and a <= c.start < b)
                  and identity.get(c.id, Identity()) == own), None)
    if other is None:
        return
    name = vocab.load().concepts[cid].name
    yield Finding("TX05", "warning",
                  messages.msg("TX05.absence", lang, phrase=phrase, subject=name, amount=other.raw.strip()),
                  [evidence(p, a, b), claim_evidence(other, role="reference")],
                  computation=messages.msg("TX.nonzero", lang, amount=other.raw.strip(), phrase=phrase, what=name + _actual()),
                  claims=[other.id], args={"phrase": phrase, "amount": str(other.value), "subject": name})


def _on_cells(report: Report, p: Paragraph, a: int, b: int, phrase: str, cid: str, lang: str) -> Iterator[Finding]:
    """The sentence says the item had no spending and prints no figure: its nonzero 决算 cells contradict it."""
    refs = nil_items.nonzero_cells(report, cid)
    if not refs:
        return
    ref, name = refs[0], vocab.load().concepts[cid].name
    yield Finding("TX05", "error",
                  messages.msg("TX05.no_spending_cell", lang, phrase=phrase, item=name, table=ref.table.title,
                               column=ref.column, amount=ref.text),
                  [evidence(p, a, b), *[r.evidence() for r in refs]],
                  computation=messages.msg("TX.nonzero", lang, amount=ref.text, phrase=phrase, what=name + _actual()),
                  args={"phrase": phrase, "amount": str(ref.cell.value), "subject": name})


def _norm(text: str) -> str:
    """Half-width digits and brackets, same length as text: '因公出国（境）费' = '因公出国(境)费'."""
    return half(text).translate(_PARENS)


def _budget_before(norm: str, a: int, stop: int, year: int | None) -> tuple[str, Decimal, int] | None:
    """The nearest money amount before `stop` in the sentence from `a`, if it is this year's
    budget: no change word or 上年/决算 label just before it, and the phrase (at `stop`) not said of
    another year ('上年未安排…'). (printed, value, start) or None."""
    rx, r = _rx(), hygiene()["reasons"]
    head = norm[max(a, stop - 6):stop]
    if any(w in head for w in r["not_budget_labels"]):
        return None
    if any(year is None or int(y) != year for y in rx["year"].findall(head)):
        return None
    last = None
    for last in rx["money"].finditer(norm, a, stop):
        pass
    if last is None or rx["not_budget"].search(norm[max(a, last.start() - 8):last.start()]):
        return None
    if any(w in norm[last.end():stop] for w in r["not_budgeted_items"]):   # another item named between
        return None
    return last.group(1) + last.group(2), parse_decimal(last.group(1)), last.start()


def _not_budgeted(report: Report, p: Paragraph, lang: str) -> Iterator[Finding]:
    """Budget reports: '公务用车运行费8.1万元，…原因是该项经费本年未安排' — funds said not to be
    arranged for the item whose nonzero budget the same sentence gives (hygiene.yml not_budgeted,
    not_budgeted_named)."""
    r = hygiene()["reasons"]
    bare = [_norm(x) for x in r.get("not_budgeted") or []]
    named = [([_norm(x) for x in g["phrases"]], [_norm(x) for x in g["subjects"]])
             for g in r.get("not_budgeted_named") or []]
    if in_titled_section(p, r["not_budget_sections"]):
        return
    norm = _norm(p.text)
    if not any(x in norm for x in bare) and not any(x in norm for g in named for x in g[0]):
        return
    for a, b in sentences(norm):
        hits = [(norm.find(x, a, b), x, None) for x in bare]
        hits += [(norm.find(x, a, b), x, subjects) for phrases, subjects in named for x in phrases]
        for i, phrase, subjects in sorted(h for h in hits if h[0] >= 0)[:1]:
            got = _budget_before(norm, a, i, report.year)
            if got is None or got[1] == 0:
                continue
            printed, value, k = got
            if subjects is not None:
                cut = max([m.end() for m in _rx()["clause"].finditer(norm, a, k)], default=a)
                if not any(x in norm[cut:k] for x in subjects):
                    continue
            yield Finding("TX05", "error" if subjects is None else "warning",
                          messages.msg("TX05.not_budgeted", lang, phrase=p.text[i:i + len(phrase)], amount=printed),
                          [evidence(p, a, b)],
                          computation=messages.msg("TX.nonzero.budget", lang, amount=printed, phrase=p.text[i:i + len(phrase)]),
                          args={"phrase": phrase, "amount": str(value)})


def _actual() -> str:
    """The column (and label) of what was spent: 决算数."""
    return hygiene()["reasons"]["actual_column"]


def _text_figures(report: Report, subjects: list[str], phrases: list[str]) -> Iterator[tuple[str, str, Evidence]]:
    """Nonzero amounts printed after a subject; a subject inside one of the phrases ('本年未购置公务用车'
    holds 购置公务用车) names no figure, so the amount of the next item ('；公务用车运行维护费 14.33 万元') is not its."""
    for p in prose(report):
        if not any(subj in p.text for subj in subjects):   # then no sentence of it names one
            continue
        for a, b in sentences(p.text):
            said = [(m, m + len(x)) for x in phrases for m in _finds(p.text, x, a, b)]
            for subj in subjects:
                i = next((i for i in _finds(p.text, subj, a, b)
                          if not any(m <= i and i + len(subj) <= n for m, n in said)), -1)
                if i < 0:
                    continue
                got = amount_after(p.text, i + len(subj), b)
                if got and got[1] != 0:
                    yield subj, got[0], evidence(p, a, b, role="reference")


def _finds(text: str, word: str, a: int, b: int) -> Iterator[int]:
    """Every start of `word` in text[a:b]."""
    i = text.find(word, a, b)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, b)


def _table_figures(report: Report, subjects: list[str]) -> Iterator[tuple[str, str, Evidence]]:
    for t in report.tables:
        for row in t.rows:
            label = squash(row.label)
            subj = next((s for s in subjects if s in label), None)
            if subj is None:
                continue
            cell = row.cell(_actual()) or next((c for c in row.cells if c.kind == "number"), None)
            if cell is None or cell.kind != "number" or not cell.value:
                continue
            yield subj, cell.raw.strip(), Evidence(text=cell.raw.strip(), table=t.id, table_title=t.title,
                                                   row=row.label, column="/".join(cell.column),
                                                   role="reference", **t.where(row))


def _absence(report: Report, p: Paragraph, whole: str, groups: list[dict],
             figures: dict[tuple[str, ...], list[tuple[str, str, Evidence]]], lang: str) -> Iterator[Finding]:
    """`figures`: each group's nonzero figures, found once per report (the prose and tables are
    walked for the first sentence that needs them, not again for every later one)."""
    if not any(x in whole for g in groups for x in g["phrases"]):
        return
    for a, b in sentences(p.text):
        s = squash(p.text[a:b])
        for g in groups:
            phrase = next((x for x in g["phrases"] if x in s), None)
            if phrase is None or _runs_on(s, phrase, g) or _of_a_subset(s, phrase) \
                    or nil_items.of_another_year(s, 0, s.find(phrase), report.year):   # '上年未安排…团组'
                continue
            key = tuple(g["subjects"])
            if key not in figures:
                figures[key] = [*_text_figures(report, g["subjects"], g["phrases"]),
                                *_table_figures(report, g["subjects"])]
            hits = figures[key]
            if hits:
                subj, printed, _ = hits[0]
                yield Finding("TX05", "warning",
                              messages.msg("TX05.absence", lang, phrase=phrase, subject=subj, amount=printed),
                              [evidence(p, a, b), *[replace(h[2]) for h in hits[:3]]],
                              computation=f"{subj} {printed} ≠ 0", args={"phrase": phrase, "subject": subj})


def _runs_on(sentence: str, phrase: str, group: dict) -> bool:
    """'无公务用车购置预算安排': the phrase goes on into a word of its group's run_on (hygiene.yml absence), a
    money item's name; it says nothing of having the thing."""
    return sentence.startswith(tuple(group.get("run_on") or ()), sentence.find(phrase) + len(phrase))


def _of_a_subset(sentence: str, phrase: str) -> bool:
    """'18家单位无公车' / '部分单位无公车': the phrase is said of some units, not of the whole."""
    gap = int(hygiene()["reasons"].get("absence_subset_gap") or 0)
    i = sentence.find(phrase)
    m = _rx()["subset"].search(sentence, max(0, i - gap), i) if gap else None
    alls = hygiene()["reasons"].get("absence_all_words") or ()
    return m is not None and not any(w in sentence[m.end():i] for w in alls)


@register("TX05", name="reason-contradicts-number", groups=("text",), kind="reason_contradicts_number")
def reason_contradicts_number(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """原因与数字矛盾：称“无此项支出”而同句决算数非零；称“该项经费本年未安排”而同句预算数非零；称“无车辆”而别处公务用车数字非零。

    "No such spending" with a nonzero 决算数 in the same sentence is certain (error); a
    claim of having no vehicles or assets, no delegation abroad or no car bought, while a related
    figure elsewhere is nonzero is a warning (the figure might cover something else); said of
    another year ('上年未安排…') or of some units it is no claim about this one, nor is a phrase running on
    into a money item's name ('无公务用车购置预算安排': no car is to be bought). Zero amounts with the phrase are fine.
    A rate said to be met (政府采购节支率达标) whose base the report prints only as zero
    (政府采购支出总额 0.00 万元) is undefined: warning (rates and bases: lexicons/hygiene.yml).
    In a budget report (预算) the phrase speaks of the budget: funds said not to be arranged for
    the item just named (该项经费本年未安排) beside its nonzero budget in the same sentence is an
    error; a plan of a named item not arranged (未安排出国计划) beside that item's nonzero budget
    is a warning. A phrase of another item, of another year (上年未安排…) or next to a change stays
    quiet.
    A sentence saying so with no figure of its own ('因公出国（境）费：本年无此项支出', '本年无公务接待费支出')
    is held against the item's cells in a final account: the money item named just before the phrase
    (or right after 无/未发生/没有), linked by its cells.yml entry (a row label or a column path, the 决算
    column), contradicts it when every such cell is nonzero (error); so does a nonzero figure of this year
    of that item printed in the same sentence ('因公出国（境）费 1.20 万元，本年度未发生因公出国（境）费用';
    not its budget). Where no table holds the item, such a figure printed in another sentence (of the same
    level and organisation) contradicts it too (warning: the two may mean different funds). A phrase of
    another year, a count, a part no table prints or a figure of another item (named between) stays quiet.

    **Anti-pattern**

    .. code-block:: text

        公务接待费全年预算数 1.78 万元，决算数 1.78 万元，主要原因：本年本单位无此项支出工作安排。
        （预算）公务接待费5.2万元，较上年持平，主要原因是该项经费本年未安排。
        因公出国（境）费：本年无此项支出。（“三公”经费表中因公出国（境）费决算数 12.91）

    **Best practice**

    .. code-block:: text

        因公出国（境）费全年预算数 0.00 万元，决算数 0.00 万元，主要原因：本年本单位无此项支出工作安排。
        （预算）公务用车运行费6万元，本年未安排公务用车购置计划。
    """
    report = analysis.report
    r = hygiene()["reasons"]
    figures: dict[tuple[str, ...], list[tuple[str, str, Evidence]]] = {}
    by_paragraph, identity = claims_by_paragraph(analysis), claim_identity(analysis)
    for p in prose(report):
        whole = squash(p.text)
        yield from _no_spending(report, p, whole, r["no_spending"], opts.lang, by_paragraph.get(id(p), []), identity,
                                analysis.claims)
        yield from _absence(report, p, whole, r["absence"], figures, opts.lang)
        if report.type == "budget":
            yield from _not_budgeted(report, p, opts.lang)
    yield from rates.zero_base(report)


# Lexicon-derived patterns compiled as the module loads (model loading), not by the first report
# that reaches them.
_rx()
