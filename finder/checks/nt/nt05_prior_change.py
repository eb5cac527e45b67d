"""NT05: a change stated against last year (or 与上年持平) disagrees with the 上年 cell of its table."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from finder import messages
from finder.checks.nt.common import (base_change_finding, generic_subject, head_changes, hedge_words, on_bases,
                                     printed_cell, prose_claims, prose_groups, sentence_stop, settled_on_bases,
                                     severity, usable_value)
from finder.checks.registry import CheckOptions, register
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.bases import PriorCell, base_kind, prior_cells
from finder.link.tables_index import table_periods
from finder.model import Claim, Finding
from finder.numbers.interval import Verdict, compare
from finder.checks.ledger import reasons

messages.add({
    "NT05": {"zh": "“{subject}”{base}{dir} {abs}（{aiv}），而{where}为 {cell}，按文中 {value} 重算{dir}额为 {civ}，两者不符"
                   "{note}",
             "en": "'{subject}': {dir} {abs} ({aiv}) on last year, but last year's cell is {cell}: {value} minus it "
                   "gives {civ}{note}"},
    "NT05.pct": {"zh": "“{subject}”{base}{dir} {pct}%（{piv}），而{where}为 {cell}，按文中 {value} 重算为 {civ}%，两者不符"
                       "{note}",
                 "en": "'{subject}': {dir} {pct}% ({piv}) on last year, but last year's cell {cell} and {value} "
                       "give {civ}%{note}"},
    "NT05.flat": {"zh": "“{subject}”文中为 {value}，称“{said}”，而{where}为 {cell}，两者不符{note}",
                  "en": "'{subject}' is {value}, said '{said}', but last year's cell is {cell}{note}"},
    "NT05.level": {"zh": "“{subject}”文中为 {value}，上年为 {prior}，而{where}为 {cell}，两者不符{note}",
                   "en": "'{subject}' is {value}, last year's stated as {prior}, but last year's cell is {cell}{note}"},
    "NT05.loose": {"zh": "（表中该列{column}，未必即文中所称的{base}，故仅为警告）",
                   "en": " (the column {column} need not be the {base} the text means)"},
    "NT05.kind": {"zh": "为“{kind}”数", "en": "is the {kind}"},
    "NT05.plain": {"zh": "未注明是预算数还是决算数", "en": "names neither budget nor actual"},
})
_REASONS = reasons("prior_recomputed")
_LEVEL_REASONS = reasons("prior_level")
_MEANT = {"final": "上年决算", "budget": "上年预算"}
_YEAR = re.compile(r"(\d{4})年")


@register("NT05", name="prior-change-mismatch", groups=("core", "narrative"), kind="narrative_vs_table")
def prior_change_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文中“比上年”的增减额、增减率或“与上年持平”与表中同一项目的上年数、本年数重算不符。

    A change on last year ('比上年增加 A 万元，增长 P%', '与上年持平') is held, with interval
    arithmetic, against the 上年 cell of the figure's row in a table printing last year's figure beside
    the report year's (上年预算数 / 本年预算数, 上年决算数 / 本年决算数, '2030年决算数' in a 2031
    report): A against V − B, P against (V − B) ÷ B, 持平 against V = B, the direction word against the
    sign. Only where the row's report-year cell agrees with the stated figure (the row is the
    sentence's). A final account's '比上年' means 上年决算, a budget's 上年预算, unless the sentence names
    it ('比上年决算'); a column naming another (or neither) makes a mismatch a warning that says so.
    Last year's figure printed after this year's in its sentence ('X 万元，上年为 B 万元'; '…，上年<name of
    X> B 万元'; '上年无此项支出' is 0) is held against that cell too, B against it, when the sentence
    states no change on 上年. A figure printed bare after a closed comparison ('与上年预算相比 B 万元，增长 P%',
    its way unprinted) equal to the 上年 cell is that figure, not a wrong change.

    **Why it matters**
    The table prints both years; a change that does not follow from them misstates the year's change.

    **Anti-pattern**
    The budget table prints 公务接待费 上年预算数 12.00, 本年预算数 9.50: the fall is 2.50, not 1.50:

    .. code-block:: text

        公务接待费预算 9.50 万元，比上年减少 1.50 万元。

    **Best practice**

    .. code-block:: text

        公务接待费预算 9.50 万元，比上年减少 2.50 万元。
    """
    report = analysis.report
    if not report.tables:
        return
    budget = report.type == "budget"
    for ch in head_changes(analysis, budget_value=budget):
        if ch.base in G.PRIOR_PERIODS and (ch.abs or ch.pct) is not None:
            yield from _change(report, ch, opts)
    for c in prose_claims(analysis):
        said = _flat_prior(c, budget)
        if said is not None:
            yield from _flat(report, c, said, opts)
    for group in prose_groups(analysis).values():
        yield from _stated(report, group, budget, opts)


def _base_text(ch: G.Change) -> str:
    return "".join(str(next((c.extra.get("base_text") for c in (ch.pct, ch.abs) if c is not None
                             and c.extra.get("base_text")), "")).split())


def _meant(report, said: str) -> str | None:
    """The 上年 figure the sentence means: the one its base names ('比上年预算'), else the report
    kind's; None when it names another year than the one before the report year."""
    years = {int(y) for y in _YEAR.findall(said)}
    if years and (report.year is None or years != {report.year - 1}):
        return None
    return base_kind(said) or _MEANT.get(report.type)


def _change(report, ch: G.Change, opts: CheckOptions) -> Iterator[Finding]:
    s = G.sign(ch.direction)
    said = _base_text(ch)
    meant = _meant(report, said)
    if s in (None, 0) or meant is None or not usable_value(ch.value, report.type == "budget"):
        return
    bases = prior_cells(report, ch.value)
    if not bases:
        return
    stated = ch.abs if ch.abs is not None else ch.pct
    if stated.extra.get("direction_unprinted") and any(compare(stated.interval, b.interval) == Verdict.CONSISTENT
                                                        for b in bases):
        return            # '与上年预算相比 35.30 万元，增长 P%': the figure may be last year's own, as printed
    computed = on_bases(ch, bases, s)
    if any(c is None for c in computed):
        return            # last year's figure is 0: no rate
    i, verdict, sev = _judged(report, [compare(stated.interval, c) for c in computed], ch.value, bases, meant)
    yield from settled_on_bases("NT05", stated, sev, bases, _REASONS)
    if sev is None:
        return
    args = _args(report, ch.value, bases[i], meant, opts) | dict(base=G.base_label(ch), dir=ch.direction or "")
    yield base_change_finding("NT05", ch, args, "上年", computed[i], verdict, sev, bases, opts.lang)


def _flat(report, c: Claim, said: str, opts: CheckOptions) -> Iterator[Finding]:
    """'X 万元，与上年持平': X against last year's cell of its row."""
    meant = _meant(report, said)
    if meant is None or not usable_value(c, report.type == "budget"):
        return
    bases = prior_cells(report, c)
    if not bases:
        return
    i, verdict, sev = _judged(report, [compare(c.interval, b.interval) for b in bases], c, bases, meant)
    yield from settled_on_bases("NT05", c, sev, bases, _REASONS)
    if sev is None:
        return
    b = bases[i]
    text = c.paragraph.text
    args = _args(report, c, b, meant, opts) | dict(said=said.strip(" ，,、"))
    yield Finding(
        check="NT05", severity=sev, message=messages.msg("NT05.flat", opts.lang, **args),
        evidence=[replace(E.claim_evidence(c), text=text[E.clause_span(c)[0]:sentence_stop(text, c.end)]), b.ref.evidence()],
        computation=messages.steps(messages.stated("text", E.printed(c), c.interval),
                                   messages.stated("prior", args["cell"], b.interval), messages.verdict(verdict)),
        claims=[c.id], args={"verdict": verdict.value})


def _stated(report, group: list[Claim], budget: bool, opts: CheckOptions) -> Iterator[Finding]:
    """'X 万元，上年为 B 万元' (or '上年无此项支出', a 0): B, printed after this year's figure in its sentence,
    against last year's cell of the figure's row (no change stated on 上年 beside them: that is held instead)."""
    value = G.current_amount(group) or next((c for c in group if budget and c.kind == "amount"
                                             and c.period in G.BUDGET_PERIODS), None)
    if value is None or not usable_value(value, budget):
        return
    prior = G.prior_beside(group, value)
    text = value.paragraph.text
    meant = None if prior is None else _meant(report, text[prior.clause[0]:prior.end])
    bases = [] if meant is None else prior_cells(report, value)
    if not bases:
        return
    i, verdict, sev = _judged(report, [compare(prior.interval, b.interval) for b in bases], value, bases, meant)
    yield from settled_on_bases("NT05", prior, sev, bases, _LEVEL_REASONS)
    if sev is None:
        return
    b = bases[i]
    args = _args(report, value, b, meant, opts) | dict(prior=E.shown(prior))
    yield Finding(
        check="NT05", severity=sev, message=messages.msg("NT05.level", opts.lang, **args),
        evidence=[E.claim_evidence([value, prior]), b.ref.evidence()],
        computation=messages.steps(messages.stated("text_prior", E.shown(prior), prior.interval),
                                   messages.stated("prior", args["cell"], b.interval), messages.verdict(verdict)),
        claims=[value.id, prior.id], args={"verdict": verdict.value})


def _exact(report, b: PriorCell, meant: str) -> bool:
    """The column names the figure the sentence means; an unqualified 上年数 only in a final
    account's own final table (a budget table's may be last year's budget or its outturn)."""
    if b.kind:
        return b.kind == meant
    return meant == "上年决算" == _MEANT[report.type] and "决算" in table_periods(report, b.ref.table)


def _judged(report, verdicts: list[Verdict], value: Claim, bases: list[PriorCell], meant: str
            ) -> tuple[int, Verdict, str | None]:
    """(the candidate reported, its verdict, the severity): none when any 上年 column agrees; else
    a column naming the meant figure first, a borderline miss before a contradiction."""
    if Verdict.CONSISTENT in verdicts:
        return verdicts.index(Verdict.CONSISTENT), Verdict.CONSISTENT, None
    order = sorted(range(len(bases)), key=lambda k: (not _exact(report, bases[k], meant),
                                                     verdicts[k] != Verdict.BORDERLINE))
    i = order[0]
    certain = _exact(report, bases[i], meant) and not generic_subject(value) \
        and value.extra.get("scope_source") != "guess" and not value.extra.get("link_guess")
    return i, verdicts[i], severity(verdicts[i], certain)


def _args(report, value: Claim, b: PriorCell, meant: str, opts: CheckOptions) -> dict:
    where = f"{b.ref.table.title}“{b.ref.row.label}”{b.ref.column}"
    note = ""
    if not _exact(report, b, meant):
        column = messages.msg("NT05.kind", opts.lang, kind=b.kind) if b.kind else messages.msg("NT05.plain", opts.lang)
        note = messages.msg("NT05.loose", opts.lang, column=column, base=meant)
    return dict(subject=value.subject or value.concept or "", value=E.printed(value),
                cell=printed_cell(b.ref, value.unit), where=where, note=note)


def _flat_prior(c: Claim, budget: bool) -> str | None:
    """The words after a report-year amount saying it equals last year's ('X 万元，与上年持平',
    '…与2030年预算数持平'), unhedged ('基本持平' is no equality); None otherwise."""
    if c.kind != "amount" or c.extra.get("stated_direction") != "持平" \
            or c.extra.get("stated_base") not in G.PRIOR_PERIODS:
        return None
    text = c.paragraph.text
    said = text[c.end:sentence_stop(text, c.end)]
    ends = [said.find(w) + len(w) for w in G.flat_words() if w in said]
    said = said[:min(ends)] if ends else said
    if any(w in said for w in hedge_words()):
        return None
    return said
