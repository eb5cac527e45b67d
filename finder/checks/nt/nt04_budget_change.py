"""NT04: a change stated against the budget (or 与预算持平) disagrees with the budget cell of its table."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from finder import messages
from finder.checks.nt.common import (base_change_finding, generic_subject, head_changes, hedge_words, on_bases,
                                     printed_cell, prose_claims, sentence_stop, settled_on_bases, severity, usable_value)
from finder.checks.registry import CheckOptions, register
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.bases import BaseCell, budget_cells
from finder.model import Claim, Finding
from finder.numbers.interval import Verdict, compare
from finder.checks.ledger import reasons

messages.add({
    "NT04": {"zh": "“{subject}”{base}{dir} {abs}（{aiv}），而{where}为 {cell}，按文中 {value} 重算{dir}额为 {civ}，两者不符"
                   "{note}",
             "en": "'{subject}': {dir} {abs} ({aiv}) on the budget, but the budget cell is {cell}: {value} minus it "
                   "gives {civ}{note}"},
    "NT04.pct": {"zh": "“{subject}”{base}{dir} {pct}%（{piv}），而{where}为 {cell}，按文中 {value} 重算为 {civ}%，两者不符"
                       "{note}",
                 "en": "'{subject}': {dir} {pct}% ({piv}) on the budget, but the budget cell {cell} and {value} "
                       "give {civ}%{note}"},
    "NT04.flat": {"zh": "“{subject}”文中为 {value}，称“{said}”，而{where}为 {cell}，两者不符{note}",
                  "en": "'{subject}' is {value}, said '{said}', but the budget cell is {cell}{note}"},
    "NT04.loose": {"zh": "（表中该列未注明是否即文中所称的{base}，故仅为警告）",
                   "en": " (the table's column does not say it is the {base} the text names)"},
})
_REASONS = reasons("budget_recomputed")


@register("NT04", name="budget-change-mismatch", groups=("core", "narrative"), kind="narrative_vs_table")
def budget_change_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文中“与预算相比”的增减额、增减率或“持平”与表中同一项目的预算数、文中决算数重算不符。

    A change measured against the budget ('与年初预算相比减少 A 万元', '比预算增长 P%', '与预算持平')
    is held, with interval arithmetic, against the budget cell of the figure's row in a table that
    prints the actual beside the budget (the “三公” table's 预算数 / 决算数, a 功能分类 table's 年初预算 /
    调整预算 / 决算 columns): A against V − B, P against (V − B) ÷ B, 持平 against V = B. A generic
    '与预算相比' agrees with any budget column of the row; a column that does not name the budget the
    text names (a plain 预算数 under '与年初预算相比') makes a mismatch a warning. Not in budget
    reports, never where the row prints no budget, never on a figure its own cell contradicts (NT01).

    **Why it matters**
    The sentence explains an under- or over-spend of the budget the table prints; a change that
    does not follow from the two printed figures misstates it.

    **Anti-pattern**
    The “三公” table prints 公务接待费 预算数 14.90, 决算数 5.21: the fall is 9.69, not 0.10:

    .. code-block:: text

        公务接待费支出 5.21 万元，与预算相比减少 0.10 万元。

    **Best practice**

    .. code-block:: text

        公务接待费支出 5.21 万元，与预算相比减少 9.69 万元。
    """
    report = analysis.report
    if report.type == "budget" or not report.tables:
        return
    for ch in head_changes(analysis):
        if ch.base in G.BUDGET_PERIODS and (ch.abs or ch.pct) is not None:
            yield from _change(report, ch, opts)
    year = report.year
    for c in prose_claims(analysis):
        base = _flat_budget(c, year)
        if base:
            yield from _flat(report, c, base, opts)


def _change(report, ch: G.Change, opts: CheckOptions) -> Iterator[Finding]:
    s = G.sign(ch.direction)
    if s in (None, 0) or not usable_value(ch.value):
        return
    bases = budget_cells(report, ch.value, ch.base)
    if not bases:
        return
    stated = ch.abs if ch.abs is not None else ch.pct
    computed = on_bases(ch, bases, s)
    if any(c is None for c in computed):
        return            # a budget of 0: no rate
    i, verdict, sev = _judged([compare(stated.interval, c) for c in computed], ch.value, bases)
    yield from settled_on_bases("NT04", stated, sev, bases, _REASONS)
    if sev is None:
        return
    args = _args(ch.value, bases[i], bases, ch.base, opts) | dict(base=G.base_label(ch), dir=ch.direction or "")
    yield base_change_finding("NT04", ch, args, "预算", computed[i], verdict, sev, bases, opts.lang)


def _flat(report, c: Claim, base: str, opts: CheckOptions) -> Iterator[Finding]:
    """'X 万元，与预算持平': X against the budget cell of its row."""
    if not usable_value(c):
        return
    bases = budget_cells(report, c, base)
    if not bases:
        return
    i, verdict, sev = _judged([compare(c.interval, b.interval) for b in bases], c, bases)
    yield from settled_on_bases("NT04", c, sev, bases, _REASONS)
    if sev is None:
        return
    b = bases[i]
    text = c.paragraph.text
    said = text[c.end:sentence_stop(text, c.end)].strip(" ，,、")
    args = _args(c, b, bases, base, opts) | dict(said=said)
    yield Finding(
        check="NT04", severity=sev, message=messages.msg("NT04.flat", opts.lang, **args),
        evidence=[replace(E.claim_evidence(c), text=text[E.clause_span(c)[0]:sentence_stop(text, c.end)]),
                  *(x.ref.evidence() for x in bases)],
        computation=messages.steps(messages.stated("text", E.printed(c), c.interval),
                                   messages.stated("budget", args["cell"], b.interval), messages.verdict(verdict)),
        claims=[c.id], args={"verdict": verdict.value})


def _judged(verdicts: list[Verdict], value: Claim, bases: list[BaseCell]) -> tuple[int, Verdict, str | None]:
    """(the candidate reported, its verdict, the severity): none when any budget column agrees; a
    borderline miss first (the kinder reading)."""
    if Verdict.CONSISTENT in verdicts:
        return verdicts.index(Verdict.CONSISTENT), Verdict.CONSISTENT, None
    i = verdicts.index(Verdict.BORDERLINE) if Verdict.BORDERLINE in verdicts else 0
    return i, verdicts[i], severity(verdicts[i], _certain(value, bases))


def _certain(value: Claim, bases: list[BaseCell]) -> bool:
    return all(b.exact for b in bases) and not generic_subject(value) \
        and value.extra.get("scope_source") != "guess" and not value.extra.get("link_guess")


def _args(value: Claim, b: BaseCell, bases: list[BaseCell], base: str, opts: CheckOptions) -> dict:
    where = f"{b.ref.table.title}“{b.ref.row.label}”{b.ref.column}"
    note = "" if all(x.exact for x in bases) else messages.msg("NT04.loose", opts.lang, base=base)
    return dict(subject=value.subject or value.concept or "", value=E.printed(value),
                cell=printed_cell(b.ref, value.unit), where=where, note=note)


def _flat_budget(c: Claim, year: int | None) -> str | None:
    """The budget a report-year amount is said to equal ('X 万元，与年初预算持平', '…与2031年度预算相比
    无变化'): the 持平 the claims stage read after the figure (extra stated_direction / stated_base),
    against a budget, with no hedge ('基本持平' is no equality)."""
    if c.kind != "amount" or c.period not in G.CURRENT_PERIODS or c.extra.get("stated_direction") != "持平":
        return None
    base = c.extra.get("stated_base")
    if base not in G.BUDGET_PERIODS or any(w in c.paragraph.text[c.end:sentence_stop(c.paragraph.text, c.end)] for w in hedge_words()):
        return None
    return base
