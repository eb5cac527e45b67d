"""TX09: a table its note calls empty, or a fund the department says it does not have, printed nonzero."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tx import empty_notes
from finder.checks.tx.common import evidence, hygiene, sentences, squash
from finder.checks.tx.nil_items import of_another_year
from finder.claims.segments import YEAR_RE
from finder.model import Finding, Paragraph, Report

messages.add({
    "TX09.empty_table": {"zh": "表下注明“{phrase}”，但{table}中“{row}”（{column}）为 {amount}，并非空表",
                         "en": "the note under the table says '{phrase}', yet {table} gives {row} ({column}) = {amount}"},
    "TX09.no_fund_cell": {"zh": "称“{phrase}”，但{table}中“{row}”（{column}）为 {amount}，并非零",
                          "en": "says '{phrase}', yet {table} gives {row} ({column}) = {amount}, not zero"},
    "TX09.no_fund_text": {"zh": "称“{phrase}”，但文中另述{subject}为 {amount}",
                          "en": "says '{phrase}', yet the text elsewhere gives {subject} = {amount}"},
})

_ROLES = ("narrative", "appendix", "note")
_FLOWS = ("income", "expense")


def _lex() -> dict:
    return hygiene()["empty_funds"]


@lru_cache(maxsize=2)
def _rx(budget: bool) -> dict[str, regex.Pattern]:
    """The statement 'opener [verb] fund [links] flow (joiner flow)*' before a flow end, on squashed text."""
    d, alt = _lex(), lexicon.alternation
    flows = {**d["flows"], **(d["budget_flows"] if budget else {})}
    flow = alt(flows)
    funds = "|".join(f"(?P<f{i}>{alt(f['names'])})" for i, f in enumerate(d["funds"]))
    return {
        "statement": regex.compile(
            rf"(?:{alt(d['openers'])})(?:{alt(d['verbs'])})?(?:{funds})(?:{alt(d['links'])})*"
            rf"(?P<flows>(?:{flow})(?:(?:{alt(d['flow_joiners'])})?(?:{flow}))*)(?=(?:{alt(d['flow_ends'])})|$)"),
        "flow": regex.compile(flow),
        "empty": regex.compile(alt(d["empty_table"])),
        "hedge": regex.compile(alt(d["hedges"])),
        "self": regex.compile(alt(d["self_words"])),
        "clause": regex.compile(r"[，,；;：:。]"),
    }


def _flows(text: str, budget: bool) -> set[str]:
    flows = {**_lex()["flows"], **(_lex()["budget_flows"] if budget else {})}
    return {x for m in _rx(budget)["flow"].findall(text) for x in flows[m]}


def _of_self(s: str, i: int, report: Report) -> bool:
    """The clause before the statement (at i) names only the department and the year ('本部门2031年',
    '说明：<department>本年度'): a unit or a part named there leaves it unread."""
    rx = _rx(report.type == "budget")
    k = max((m.end() for m in rx["clause"].finditer(s, 0, i)), default=0)
    head = s[k:i]
    dept = squash(report.department or "")
    if dept:
        head = head.replace(dept, "")
    head = rx["self"].sub("", YEAR_RE.sub("", head))
    return head == ""


def statements(report: Report, s: str) -> Iterator[tuple[regex.Match, dict, set[str]]]:
    """Each 'no such fund' statement of the squashed sentence s said of the department this year:
    (match, fund, flows denied)."""
    budget = report.type == "budget"
    rx = _rx(budget)
    for m in rx["statement"].finditer(s):
        if rx["hedge"].search(s, 0, m.start()) or of_another_year(s, 0, m.start(), report.year) \
                or not _of_self(s, m.start(), report):
            continue
        flows = _flows(m.group("flows"), budget)
        fund = next(f for i, f in enumerate(_lex()["funds"]) if m.group(f"f{i}"))
        if flows:
            yield m, fund, flows


def _empty_table(report: Report, p: Paragraph, a: int, b: int, s: str, seen: set, lang: str) -> Iterator[Finding]:
    """The sentence (p.text[a:b], squashed s) calls the table above it empty: its nonzero cells (added to
    `seen`)."""
    m = _rx(report.type == "budget")["empty"].search(s)
    if m is None or _rx(False)["hedge"].search(s, 0, m.start()):
        return
    table = empty_notes.table_above(report, p, a)
    if table is None:
        return
    named = [f for f in _lex()["funds"] if any(w in s for w in f["names"])]
    if named and not any(table.id in f["tables"] for f in named):
        return                              # a note of another fund's table: not certainly this one's
    if not named and report.kind == "pdf":
        return
    cells = empty_notes.table_cells(table)
    if cells:
        ref = cells[0]
        seen.update(id(r.cell) for r in cells)
        yield Finding("TX09", "error",
                      messages.msg("TX09.empty_table", lang, phrase=m.group(), table=table.title, row=ref.row.label,
                                   column=ref.column, amount=ref.text),
                      [evidence(p, a, b), *[r.evidence() for r in cells[:3]]],
                      computation=messages.msg("TX.nonzero.table", lang, amount=ref.text, phrase=m.group()),
                      args={"phrase": m.group(), "amount": str(ref.cell.value)})


def _no_fund(analysis, p: Paragraph, a: int, b: int, s: str, seen: set, lang: str) -> Iterator[Finding]:
    """'本部门本年度无政府性基金预算财政拨款收入和支出': the fund's flows printed nonzero in a table (error) or in
    the prose (warning). A figure `seen` (already cited against an earlier note or statement) is one
    defect, reported once."""
    report = analysis.report
    for m, fund, flows in statements(report, s):
        phrase = m.group()
        cells = [r for f in _FLOWS if f in flows for r in empty_notes.flow_cells(report, fund[f])]
        if any(id(r.cell) in seen for r in cells):
            return
        if cells:
            ref = cells[0]
            seen.update(id(r.cell) for r in cells)
            yield Finding("TX09", "error",
                          messages.msg("TX09.no_fund_cell", lang, phrase=phrase, table=ref.table.title,
                                       row=ref.row.label, column=ref.column, amount=ref.text),
                          [evidence(p, a, b), *[r.evidence() for r in cells[:3]]],
                          computation=messages.msg("TX.nonzero.zero", lang, amount=ref.text, phrase=phrase),
                          args={"phrase": phrase, "amount": str(ref.cell.value)})
            return
        concepts = {c for f in _FLOWS if f in flows for c in fund[f]["concepts"]}
        said = [c for c in analysis.claims or [] if c.concept in concepts and c.kind == "amount" and c.value
                and c.period == "本年" and not c.garbled and not (c.paragraph is p and a <= c.start < b)]
        if any(x.id in seen for x in said):
            return
        if said:
            c = said[0]
            seen.update(x.id for x in said)
            yield Finding("TX09", "warning",
                          messages.msg("TX09.no_fund_text", lang, phrase=phrase, subject=c.subject or c.concept,
                                       amount=c.raw),
                          [evidence(p, a, b), *[evidence(x.paragraph, *x.sentence, role="reference") for x in said[:3]]],
                          computation=messages.msg("TX.nonzero.zero", lang, amount=c.raw, phrase=phrase),
                          claims=[x.id for x in said[:3]], args={"phrase": phrase, "amount": str(c.value)})
            return


@register("TX09", name="said-empty-but-printed", groups=("text",), kind="reason_contradicts_number")
def said_empty_but_printed(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """空表与无此类资金：表下注明“本表为空表/本表无数据”而该表印有非零数字；称本部门无政府性基金（国有资本经营）预算财政拨款收入或支出，而表中或文中该项资金非零。

    A note printed right under a table (in a text, web page or Word file: only notes between the
    table's last row and it; in a PDF: the one table on its page, ending there, and the note naming
    that table's fund) that calls it empty ('故本表为空表', '本表无数据') while the table prints a nonzero
    amount is an error. A statement that the department has no funds of a kind this year
    ('本部门2024年度无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出'; lexicons/hygiene.yml
    empty_funds) is held against that fund's income and spending totals (cells.yml: the summaries'
    rows and columns, the fund's own table): a nonzero cell is an error; with the tables empty, a
    nonzero amount of the fund stated elsewhere in the prose is a warning. Zero, blank and '-' cells
    are empty; a figure already cited against an earlier note or statement is not cited again. Said
    of another year ('上年无…'), of a part ('无…结转结余'), of a unit, as a condition or an instruction
    ('当此表数据为空时', '无…收入支出的部门，作下述说明') it stays quiet.

    **Anti-pattern**

    .. code-block:: text

        政府性基金预算财政拨款收入支出决算表 …… 合计 50.00 45.00 ……
        注：本单位2024年度无政府性基金预算财政拨款收入、支出和结转结余，故本表为空表。
        本部门2024年度无国有资本经营预算财政拨款收入和支出。（财政拨款收入支出决算总表中国有资本经营预算财政拨款收入 20.00）

    **Best practice**

    .. code-block:: text

        国有资本经营预算财政拨款收入支出决算表 …… 合计（空白）
        注：本部门2024年度无国有资本经营预算财政拨款收入和支出，故本表为空表。
    """
    report = analysis.report
    words = [*_lex()["empty_table"], *_lex()["openers"]]
    seen: set = set()
    for p in report.paragraphs:
        if p.role not in _ROLES:
            continue
        whole = squash(p.text)
        if not any(w in whole for w in words):
            continue
        for a, b in sentences(p.text):
            s = squash(p.text[a:b])
            found = list(_empty_table(report, p, a, b, s, seen, opts.lang))
            yield from found
            if not found:
                yield from _no_fund(analysis, p, a, b, s, seen, opts.lang)


_rx(False)
_rx(True)
