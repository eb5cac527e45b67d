"""Rates said to be met (节支率达标) whose base amount the report prints as zero: used by TX05."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.tx.common import evidence, hygiene, prose, sentences, squash
from finder.model import Evidence, Finding, Paragraph, Report

messages.add({
    "TX05.zero_base": {"zh": "称“{rate}”{claim}，但其计算基数“{base}”为 {amount}，该比率无从计算",
                       "en": "says '{rate}' {claim}, yet its base '{base}' is {amount}: the rate is undefined"},
    "TX05.zero_base.comp": {"zh": "{rate}以“{base}”为分母；{base} = {amount}，分母为 0，比率无定义",
                            "en": "{rate} is over '{base}'; {base} = {amount}: a zero denominator, the rate is undefined"},
})


def _amounts(text: str, start: int, end: int) -> Iterator[tuple[str, Decimal, int]]:
    from finder.checks.tx.tx05_reason_vs_number import amount_after

    got = amount_after(text, start, end)
    if got:
        yield got[0], got[1], got[2]


def base_figures(report: Report, bases: list[str]) -> list[tuple[str, str, Decimal, Evidence]]:
    """(base, printed, value, evidence) for every amount the prose or a table prints right after
    one of the base names ("政府采购支出总额 0.00 万元", a row 政府采购支出 | 0.00)."""
    out = []
    for p in prose(report, ("narrative", "appendix")):
        if not any(base in p.text for base in bases):   # then no sentence of it names one
            continue
        for a, b in sentences(p.text):
            for base in bases:
                i = p.text.find(base, a, b)
                if i < 0:
                    continue
                stop = min([k for k in (p.text.find(x, i, b) for x in "，,；;") if k >= 0] or [b])
                for printed, value, _ in _amounts(p.text, i + len(base), stop):
                    out.append((base, printed, value, evidence(p, a, b, role="reference")))
                break
    for t in report.tables:
        for row in t.rows:
            label = squash(row.label)
            base = next((x for x in bases if label.endswith(x)), None)
            cell = next((c for c in row.cells if c.kind == "number"), None) if base else None
            if cell is not None:
                out.append((base, cell.raw.strip(), cell.value, Evidence(
                    text=cell.raw.strip(), table=t.id, table_title=t.title, row=row.label,
                    column="/".join(cell.column), role="reference", **t.where(row))))
    return out


def _claim(text: str, rate: str, claims: list[str]) -> str | None:
    """The met-word or percentage right after the rate name ("节支率达标", "节支率为 5%")."""
    m = _claim_re(tuple(claims)).match(text)
    return m.group(1) if m else None


@lru_cache(maxsize=None)
def _claim_re(claims: tuple[str, ...]) -> regex.Pattern:
    links = lexicon.alternation(hygiene()["reasons"]["rate_links"])
    return regex.compile(rf"\s*(?:{links})?\s*({'|'.join(map(regex.escape, claims))}|\d+(?:\.\d+)?\s*[%％])")


def zero_base(report: Report) -> Iterator[Finding]:
    """One warning per sentence that reports a rate whose every printed base figure is zero."""
    for rule in hygiene()["reasons"]["rates"]:
        found = None
        for p in prose(report, ("narrative", "appendix")):
            if not any(rate in p.text for rate in rule["rate"]):   # then no sentence of it names one
                continue
            for a, b in sentences(p.text):
                for rate in rule["rate"]:
                    i = p.text.find(rate, a, b)
                    claim = _claim(p.text[i + len(rate):b], rate, rule["claims"]) if i >= 0 else None
                    if claim is None:
                        continue
                    if found is None:
                        found = base_figures(report, rule["base"])
                    if found and all(v == 0 for _, _, v, _ in found):
                        yield _finding(p, a, b, rate, claim, found)
                    break


def _finding(p: Paragraph, a: int, b: int, rate: str, claim: str, found) -> Finding:
    base, printed, _, _ = found[0]
    return Finding("TX05", "warning",
                   messages.msg("TX05.zero_base", rate=rate, claim=claim, base=base, amount=printed),
                   [evidence(p, a, b), *[f[3] for f in found[:3]]],
                   computation=messages.msg("TX05.zero_base.comp", rate=rate, base=base, amount=printed),
                   args={"rate": rate, "base": base, "amount": printed, "variant": "zero_base"})
