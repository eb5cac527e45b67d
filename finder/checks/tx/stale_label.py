"""TX02's year-labelled figure: an amount labelled with the year before that is this year's table cell."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.tx.common import evidence, half, hygiene, named_years
from finder.link.bases import row_priors
from finder.link.evidence import stated
from finder.link.resolve import candidates, cell_interval
from finder.link.tables_index import CellRef
from finder.model import Claim, Finding, Paragraph, Report
from finder.numbers.interval import Verdict, compare

messages.add({
    "TX02.comp.stale": {"zh": "报告年度 {report_year}；文中 {year} 年的数 {reported} 与本年表列数 {cell} 一致",
                        "en": "report year {report_year}; the text's {year} figure {reported} equals this year's table cell {cell}"},
    "TX02.stale_label": {"zh": "文中标为 {year} 年的“{subject}”{reported} 是本年（{report_year} 年）{table_title}“{row}”"
                               "{column}的数，年份疑为沿用往年文本未更新",
                         "en": "'{subject}' {reported} is labelled {year} but is this year's ({report_year}) figure in "
                               "{table_title} / {row} / {column}: a year left from an earlier text?"},
})


@lru_cache(maxsize=8)
def _label(prior: int) -> regex.Pattern:
    """'2023 年' / '2023 年度' naming a fiscal year, not a date in it ('2023 年 12 月', '2023 年末')."""
    dates = lexicon.alternation(hygiene()["years"]["date_after_year"])
    return regex.compile(rf"(?<!\d){prior}\s*年度?(?!\s*(?:\d|{dates}))")


@lru_cache(maxsize=1)
def _comparison() -> regex.Pattern:
    return regex.compile(lexicon.alternation(hygiene()["years"]["comparison_words"]))


def flat_concepts(claims: list[Claim]) -> frozenset[str]:
    """Concepts the text says did not change on last year: their figure is last year's too."""
    return frozenset(c.concept for c in claims
                     if c.concept and "持平" in (c.direction, c.extra.get("stated_direction")))


def stale_labels(report: Report, p: Paragraph, year: int, claims: list[Claim], flat: frozenset[str],
                 done: set[tuple[int, int]]) -> Iterator[Finding]:
    """'2023 年度收入合计 X' in the 2024 决算 where X is this year's cell and no printed figure of last
    year (nor a 持平 in the text) says it is last year's too: the year, not the figure, is stale. A
    sentence naming another year, comparing, or dating an event ('2023 年 12 月') is left alone, and so
    is a balance carried over (directions.yml prior_restated own_names: '2023 年结转结余' opens 2024)."""
    balances = lexicon.load("directions")["prior_restated"]["own_names"]
    for c in claims:
        if c.kind != "amount" or c.period != "上年" or (c.concept and c.concept in flat) or c.approx \
                or not c.value or c.sentence in done or any(w in c.subject for w in balances):
            continue        # last year's carry-over is this year's opening balance: its year is right
        a, b = c.sentence
        before = half(p.text[a:c.start])
        if set(named_years(half(p.text[a:b]))) != {year - 1} \
                or not _label(year - 1).search(before) or _comparison().search(before):
            continue
        cell = _this_years(report, c)
        if cell is None:
            continue
        done.add(c.sentence)
        reported, _ = stated(c)
        args = dict(subject=c.subject or c.concept, reported=reported, year=year - 1, report_year=year,
                    table_title=cell.table.title, row=cell.row.label, column=cell.column)
        yield Finding("TX02", "warning", messages.msg("TX02.stale_label", **args),
                      [evidence(p, a, b), cell.evidence()],
                      computation=messages.msg("TX02.comp.stale", report_year=year, year=year - 1, reported=reported, cell=cell.text),
                      args={"year": year - 1, "report_year": year}, claims=[c.id])


def _this_years(report: Report, c: Claim) -> CellRef | None:
    """The report-year cell the figure equals, when every cell of its concept does and no cell of last
    year printed beside them does."""
    now = replace(c, period=c.extra.get("labelled_from", "本年"), extra=dict(c.extra))
    refs, _ = candidates(report, now)
    ivs = [cell_interval(r, c.unit) for r in refs]
    if not refs or any(iv is None or compare(c.interval, iv) != Verdict.CONSISTENT for iv in ivs):
        return None
    if any(compare(c.interval, b.interval) == Verdict.CONSISTENT for r in refs for b in row_priors(report, r, c.unit)):
        return None
    return refs[0]
