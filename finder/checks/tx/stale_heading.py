"""TX02's stale heading: a heading or table title naming an earlier year as the one the report is of."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.tx.common import evidence, half, hygiene, named_years
from finder.model import Evidence, Finding, Report

messages.add({
    "TX02.comp.heading": {"zh": "报告年度 {report_year}；标题中的年份 {year}（{count} 处）",
                          "en": "report year {report_year}; year in the headings {year} ({count} places)"},
    "TX02.heading": {"zh": "标题“{title}”写作 {year} 年{kind}，而报告年度为 {report_year}，疑为沿用往年文本（共 {count} 处）",
                     "en": "the heading '{title}' names the {year} {kind}, but the report is of {report_year}: "
                           "text reused from an earlier year? ({count} headings)"},
})

@lru_cache(maxsize=1)
def _rx() -> dict[str, regex.Pattern]:
    y = hygiene()["years"]
    dates = lexicon.alternation(y["date_after_year"])
    return {"label": regex.compile(rf"(?<!\d)((?:19|20)\d{{2}})\s*年度?(?!\s*(?:\d|{dates}))"),
            "other": regex.compile(lexicon.alternation([*y["comparison_words"], *y["heading_not_of_year"]]))}


def _stale(title: str, year: int, kind_word: str) -> int | None:
    """The earlier year a title labels the report's own statements with ('2023 年度…决算情况说明' in the
    2024 决算), else None: every year in it printed as a fiscal year (年/年度, no range, no date),
    all before the report year, the report's kind word present, no comparison or execution word."""
    t = half(title)
    years = named_years(t)
    labels = [int(m.group(1)) for m in _rx()["label"].finditer(t)]
    if not years or len(labels) != len(years) or max(labels) >= year or kind_word not in t or _rx()["other"].search(t):
        return None
    return labels[0]


def stale_headings(report: Report, year: int) -> Iterator[Finding]:
    """One finding for the report's headings and table titles naming an earlier year (up to 5 quoted)."""
    kind_word = hygiene()["years"]["report_kind_words"][report.type]
    hits: list[tuple[int, Evidence]] = []
    for p in report.paragraphs:
        if p.role == "heading" and (y := _stale(p.text, year, kind_word)) is not None:
            hits.append((y, evidence(p, 0, len(p.text))))
    for t in report.tables:
        if (y := _stale(t.title, year, kind_word)) is not None:
            hits.append((y, Evidence(text=t.title.strip(), **t.where(), table=t.id, table_title=t.title)))
    if hits:
        first, ev = hits[0]
        yield Finding("TX02", "warning",
                      messages.msg("TX02.heading", title=ev.text, year=first, kind=kind_word, report_year=year,
                                   count=len(hits)),
                      [e for _, e in hits[:5]],
                      computation=messages.msg("TX02.comp.heading", report_year=year, year=first, count=len(hits)),
                      args={"year": first, "report_year": year, "count": len(hits)})
