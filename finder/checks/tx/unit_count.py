"""TX08's count of the department's units held against the list printed right after it (table or numbered items)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.appendix.text import pattern
from finder.appendix.units import is_self
from finder.checks.ledger import reasons, settle
from finder.checks.registry import CheckOptions
from finder.checks.tx.common import evidence, hygiene
from finder.link.groups import CURRENT_PERIODS
from finder.model import Claim, Evidence, Finding, Paragraph, Report, Table

messages.add({
    "TX08U": {"zh": "文中称单位 {count} 个（{what}），随后所列单位名单共 {listed} 个{detail}",
              "en": "the text counts {count} units ({what}) but the list that follows names {listed}{detail}"},
    "TX08U.detail": {"zh": "（其中本级 {n} 个）", "en": " ({n} of them the department itself)"},
    "TX08U.comp": {"zh": "所称 {count} 个（{what}）；所列 {listed} 个，其中本级 {selves} 个：应为 {allowed} 个（{names}）",
                   "en": "said {count} ({what}); {listed} listed, {selves} of them the department itself: "
                         "it should be {allowed} ({names})"},
    "TX08U.or": {"zh": "或", "en": " or "},
    "TX08U.with": {"zh": "含本级", "en": "with the department itself"},
    "TX08U.without": {"zh": "不含本级", "en": "without the department itself"},
    "TX08U.either": {"zh": "含或不含本级", "en": "with or without the department itself"},
})

_REASONS = reasons("unit_list")
_SKIP_ROLES = ("heading", "toc", "note", "table")


@dataclass
class Listed:
    """The units printed after a count: names, which of them are the department itself, where."""

    names: list[str]
    selves: int
    evidence: list[Evidence]
    table: bool


def _lex() -> dict:
    return lexicon.load("appendix")["units"]


def unit_counts(analysis, opts: CheckOptions) -> Iterator:
    """Each current count of units stated in a paragraph that opens a list ('…单位共 4 个，包括：'),
    against the units printed right after: settled in the ledger, and a finding when no reading of
    the count (with or without 本级) gives the number listed."""
    report = analysis.report
    for c in analysis.claims or []:
        if (c.kind != "count" or c.concept not in _lex()["count_concepts"] or c.period not in CURRENT_PERIODS
                or c.approx):
            continue
        found = _statement(c)
        if found is None:
            continue
        m, opened = found
        listed = _listed(report, c.paragraph, opened)
        if listed is None:
            continue
        sub, total = _readings(m.group(0))
        allowed, what = _allowed(listed, sub, total)
        ok = int(c.value) in allowed
        comp = messages.msg("TX08U.comp", count=int(c.value), what=what, listed=len(listed.names),
                            selves=listed.selves, allowed=messages.msg("TX08U.or").join(map(str, sorted(allowed))),
                            names=messages.listing(listed.names))
        settled = settle([c], ok, "TX08", listed.evidence, comp, _REASONS)
        if not ok:
            severity = "error" if listed.table or not _partial(c) else "warning"
            detail = messages.msg("TX08U.detail", n=listed.selves) if listed.selves else ""
            yield Finding("TX08", severity,
                          messages.msg("TX08U", opts.lang, what=what, count=int(c.value),
                                       listed=len(listed.names), detail=detail),
                          [evidence(c.paragraph, *c.sentence), *listed.evidence], computation=comp,
                          claims=[c.id], args={"count": int(c.value), "listed": len(listed.names)})
        yield from settled


def _statement(c: Claim) -> "tuple[regex.Match[str], int] | None":
    """The statement of a count of units holding the claim's number, and where its paragraph opens
    the list: at its end (the list follows), or right before item 1."""
    text = c.paragraph.text
    m = next((m for m in pattern("stated_count", "units").finditer(text) if m.start("n") <= c.start < m.end("n")), None)
    if m is None:
        return None
    for o in pattern("list_opens", "units").finditer(text, m.end()):
        if o.end() == len(text) or _first_item(text, o.end()):
            return m, o.end()
    return None


def _first_item(text: str, at: int) -> bool:
    mk = pattern("item_number", "units").match(text, at)
    return mk is not None and mk.group("n") == "1"


def _partial(c: Claim) -> bool:
    rest = c.paragraph.text[c.end:]
    return any(w in rest for w in hygiene()["list_count"]["partial_markers"])


def _readings(stated: str) -> tuple[bool, bool]:
    """(may count the units under the department, may count every unit with the department itself)."""
    sub = any(w in stated for w in _lex()["subordinate_words"])
    return sub, not sub or any(w in stated for w in _lex()["scope_words"])


def _allowed(listed: Listed, sub: bool, total: bool) -> tuple[set[int], str]:
    """The counts that agree with the list: without 本级 the department may be a listed name or not."""
    n, selves = len(listed.names), listed.selves
    out: set[int] = set()
    if sub:
        out |= {n - selves} if selves else {n - 1, n}
    if total:
        out |= {n} if selves else {n, n + 1}
    what = messages.msg("TX08U." + ("with" if not sub else "without" if not total else "either"))
    return out, what


def _listed(report: Report, p: Paragraph, opened: int) -> Listed | None:
    """The units listed right after offset `opened` of paragraph p: numbered items (there, and in the
    paragraphs that follow), else the one 单位构成 table of p's section printed before the next
    paragraph of prose."""
    at = next(i for i, q in enumerate(report.paragraphs) if q is p)
    after = [q for q in report.paragraphs[at + 1:] if q.role != "toc"]
    if opened < len(p.text):
        return _numbered([(p, opened)] + [(q, 0) for q in after])
    items = _numbered([(q, 0) for q in after])
    if items is not None:
        return items
    nxt = next((q for q in after if q.role not in _SKIP_ROLES), None)
    tables = [t for t in report.tables if t.id == _lex()["table_id"] and _in_place(t, p)
              and (nxt is None or _at_or_after(nxt.location, t.location))]
    return _from_table(tables[0]) if len(tables) == 1 else None


def _in_place(t: Table, p: Paragraph) -> bool:
    """The table is printed in p's section after p: a PDF's table, placed in no section, on p's page
    or the next."""
    if t.section is not None or t.loc_kind != "page":
        return t.section is p.section and _at_or_after(t.location, p.location)
    return _at_or_after(t.location, p.location) and _at_or_after(p.location + 1, t.location)


def _at_or_after(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and a >= b


def _from_table(t: Table) -> Listed | None:
    """The table's names, one a row; None for a table printing more cells in a row than it has
    columns (names side by side, '序号 | 单位名称 | 序号 | 单位名称')."""
    col = _lex()["name_column"]
    if any(len(r.cells) > len(t.columns) for r in t.rows):
        return None
    rows = [(r, c.raw.strip()) for r in t.rows if (c := r.cell(col)) is not None and c.raw.strip()]
    if not rows:
        return None
    ev = [Evidence(text=r.raw.strip() or r.label, **t.where(r), table=t.id, table_title=t.title or None,
                   row=r.label.strip() or None, column=col, role="reference") for r, _ in rows]
    names = [name for _, name in rows]
    return Listed(names, sum(map(is_self, names)), ev, True)


def _numbered(parts: list[tuple[Paragraph, int]]) -> Listed | None:
    """Items numbered 1, 2, 3 … each (paragraph, offset) of `parts` opens, in turn, until one opens
    none (several items may share a paragraph); None unless at least two, each a plausible unit's
    name and none an office inside the department."""
    names: list[str] = []
    ev: list[Evidence] = []
    for q, start in parts:
        marks = list(pattern("item_number", "units").finditer(q.text, start))
        if not marks or q.text[start:marks[0].start()].strip():
            break
        ends = [x.start() for x in marks[1:]] + [len(q.text)]
        for mk, end in zip(marks, ends):
            if int(mk.group("n")) != len(names) + 1:
                return None
            name = q.text[mk.end():end].strip().rstrip("；;。，,")
            if not _unit_name(name):
                return None
            names.append(name)
            ev.append(evidence(q, mk.start(), end, role="reference"))
    if len(names) < 2:
        return None
    return Listed(names, sum(map(is_self, names)), ev, False)


def _unit_name(name: str) -> bool:
    lex = _lex()
    return (0 < len(name) <= lex["max_name"] and not pattern("not_a_name", "units").search(name)
            and not pattern("internal", "units").fullmatch(name))
