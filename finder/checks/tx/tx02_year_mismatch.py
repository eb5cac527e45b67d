"""TX02: a year other than the report's year where the report year (or the year before) is meant."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tx.common import evidence, half, hygiene, prose, sentences
from finder.checks.tx.stale_heading import stale_headings
from finder.checks.tx.stale_label import flat_concepts, stale_labels
from finder.link.levels import self_names
from finder.model import Finding, Paragraph

messages.add({
    "TX02.comp": {"zh": "报告年度 {report_year}；文中年份 {year}（{count} 处）",
                  "en": "report year {report_year}; year in the text {year} ({count} places)"},
    "TX02.comp.one": {"zh": "报告年度 {report_year}；文中年份 {year}", "en": "report year {report_year}; year in the text {year}"},
    "TX02.comp.base": {"zh": "报告年度 {report_year}（{kind}）；本年数的比较基数 “{base}”；上年应为 {prior}",
                       "en": "report year {report_year} ({kind}); this year's figures compared with '{base}'; "
                             "the prior year is {prior}"},
    "TX02.comp.stale_base": {"zh": "报告年度 {report_year}；比较基数 {base}；上年应为 {prior}",
                             "en": "report year {report_year}; compared with {base}; the prior year is {prior}"},
    "TX02.comp.stale_current": {"zh": "报告年度 {report_year}；“{subject}”标为 {year} 年",
                                "en": "report year {report_year}; '{subject}' labelled {year}"},
    "TX02.edition": {"zh": "{year} 年为 {report_year} 年度报告所述项目的届次/年份，疑为沿用往年文本（本年度应为 {report_year}）",
                     "en": "{year} labels the edition described in the {report_year} report; text reused from an earlier year?"},
    "TX02.prior": {"zh": "“{term}”应指 {prior} 年，文中却写作 {year} 年",
                   "en": "'{term}' means {prior}, but the text says {year}"},
    "TX02.current": {"zh": "“{subject}{year} 年度”与报告年度 {report_year} 不符",
                     "en": "'{subject} {year}' does not match the report year {report_year}"},
    "TX02.stale_base": {"zh": "与上年的比较写作“{base}”，而 {report_year} 年度报告的上年是 {prior} 年，疑为沿用往年文本",
                        "en": "the comparison with the year before reads '{base}', but the year before {report_year} is "
                              "{prior}: text reused from an earlier year?"},
    "TX02.stale_current": {"zh": "“{subject}”是本年数，文中却标为 {year} 年（报告年度 {report_year}），疑为沿用往年文本",
                           "en": "'{subject}' is this year's figure but is labelled {year} (report year {report_year}): "
                                 "text reused from an earlier year?"},
    "TX02.base": {"zh": "本年数的比较基数写作“{base}”，即报告年度 {report_year} 本身；与上年比较应为 {prior} 年",
                  "en": "this year's figure is compared with '{base}', the report year {report_year} itself; "
                        "the base should be {prior}"},
})

YEAR = r"(?:19|20)\d{2}"
ANY_YEAR = regex.compile(r"(?:[1１][9９]|[2２][0０])\d{2}")   # YEAR before or after half()
CLAUSE_END = "，,；;。！？"
_YEARS = regex.compile(rf"(?<!\d)({YEAR})(?!\d)")          # the years a (half-width) sentence names
_YEARS_WITH_NIAN = regex.compile(rf"(?<!\d)({YEAR})\s*年")


def _chars(words: list[str]) -> str:
    """Single characters as the inside of a regex character class."""
    return "".join(regex.escape(w) for w in words)


@lru_cache(maxsize=1)
def _rx() -> dict[str, regex.Pattern]:
    y = hygiene()["years"]
    suffixes = lexicon.alternation([*y["year_suffixes"], *y["quantity_after"]])
    terms = lexicon.alternation(y["prior_year_terms"])
    return {
        # a bare year naming an edition or event: "2020 瓷博会", "《2020 瓷博会…方案》"
        "edition": regex.compile(rf"(?<![\d〔\[［.．{_chars(y['edition_not_after'])}])({YEAR})\s*(?!\d|\s*(?:{suffixes}))(?=\p{{Han}})"),
        # "上年结转和结余：填列 2021 年…": the prior-year term, then a year in the same clause
        "prior": regex.compile(rf"(?<![{_chars(y['prior_not_after'])}])({terms})[^{CLAUSE_END}]{{0,24}}?({YEAR})\s*年"),
        "comparison": regex.compile(lexicon.alternation(y["comparison_words"])),
        "base": _base_rx(y),
    }


@lru_cache(maxsize=8)
def _current_rx(own: tuple[str, ...]) -> regex.Pattern:
    """'本部门 YYYY 年度': a name of the reporting unit (hygiene.yml current_year_subjects, and the generic names
    the report's unit calls itself by: `own`, levels.yml self_names) then a year."""
    subjects = lexicon.alternation(hygiene()["years"]["current_year_subjects"])
    if own:     # a generic name only as a word of its own ('学校', not the end of '高等学校')
        subjects = rf"{subjects}|(?<!\p{{Han}})(?:{lexicon.alternation(own)})"
    return regex.compile(rf"({subjects})\s*({YEAR})\s*年度")


def _alt(words) -> str:
    return lexicon.alternation(words)


def _base_rx(y: dict) -> regex.Pattern:
    """'与 2024 年度决算数' + a direction or closer: marker, year, optional kind word, 数."""
    d = lexicon.load("directions")
    kinds = d["budget_comparison"]
    closers = [*y["self_base_closers"], *(w for forms in d["directions"].values() for w in forms)]
    return regex.compile(
        rf"(?:{_alt(y['self_base_markers'])})\s*(?P<base>(?P<year>{YEAR})\s*年度?\s*"
        rf"(?:(?P<actual>{_alt(kinds['actual'])})|(?P<budget>{_alt(kinds['budget'])}))?\s*数?)"
        rf"\s*的?\s*(?:{_alt(closers)})")


def _located(p: Paragraph, a: int, b: int, key: str, **args) -> Finding:
    return Finding("TX02", "warning", messages.msg(f"TX02.{key}", **args), [evidence(p, a, b)],
                   computation=messages.msg("TX02.comp.one", report_year=args.get("report_year", ""), year=args["year"]),
                   args=args)


def _editions(p: Paragraph, year: int) -> Iterator[Finding]:
    """Bare years before the report year labelling what the report describes, one finding per paragraph."""
    rx = _rx()
    hits: list[tuple[int, int, int]] = []
    for a, b in sentences(p.text):
        s = half(p.text[a:b])          # '２０２０ 瓷博会' is a year too
        if rx["comparison"].search(s):
            continue
        for m in rx["edition"].finditer(s):
            y = int(m.group(1))
            if y < year:
                hits.append((a, b, y))
                break
    if hits:
        ev = [evidence(p, a, b) for a, b, _ in hits[:5]]
        first = hits[0][2]
        yield Finding("TX02", "warning",
                      messages.msg("TX02.edition", year=first, report_year=year), ev,
                      computation=messages.msg("TX02.comp", report_year=year, year=first, count=len(hits)),
                      args={"year": first, "report_year": year, "count": len(hits)})


def _self_base(p: Paragraph, year: int, budget: bool, claims: list) -> Iterator[Finding]:
    """This year's figure compared with the report year itself ('…与 2024 年决算数持平' in the 2024
    决算): a base of the report's own kind (决算 in a 决算, 预算 in a 预算) or of none, after a
    figure of the report year, with no other year before it in the sentence."""
    from finder.link.groups import CURRENT_PERIODS

    rx = _rx()
    for a, b in sentences(p.text):
        s = half(p.text[a:b])
        for m in rx["base"].finditer(s):
            if int(m.group("year")) != year or m.group("budget" if not budget else "actual"):
                continue
            if any(int(y) != year for y in _YEARS_WITH_NIAN.findall(s[:m.start()])):
                continue      # '2023 年与 2024 年决算数相比': the subject is another year
            if not any(c.kind == "amount" and c.period in CURRENT_PERIODS and a <= c.start < a + m.start()
                       for c in claims):
                continue
            base = m.group("base").strip()
            yield Finding("TX02", "warning",
                          messages.msg("TX02.base", base=base, report_year=year, prior=year - 1),
                          [evidence(p, a, b)],
                          computation=messages.msg("TX02.comp.base", report_year=year, base=base, prior=year - 1,
                                                           kind=messages.term("budget" if budget else "final")),
                          args={"year": year, "report_year": year, "base": base})
            break


def _prior_and_current(p: Paragraph, year: int, current: regex.Pattern) -> Iterator[Finding]:
    rx = _rx()
    for a, b in sentences(p.text):
        s = half(p.text[a:b])          # '２０２０ 瓷博会' is a year too
        for m in rx["prior"].finditer(s):
            if int(m.group(2)) == year:
                yield _located(p, a, b, "prior", term=m.group(1), prior=year - 1,
                               year=int(m.group(2)), report_year=year)
        years = {int(y) for y in _YEARS.findall(s)}
        if rx["comparison"].search(s) and len(years) > 1:
            continue        # '本部门 2023 年度 X，2024 年度 Y，较上年…': a comparison of two named years
        for m in current.finditer(s):
            y = int(m.group(2))
            if y != year:
                yield _located(p, a, b, "current", subject=m.group(1), year=y, report_year=year)


def _stale_years(p: Paragraph, year: int, claims: list, done: set[tuple[int, int]]) -> Iterator[Finding]:
    """A figure's year one earlier than the text means (a text carried over from last year's report):
    a change on the year before printed with a base two or more years back ('与 2022 年度相比' in the
    2024 决算; not beside a change on a printed 上年 in its sentence), and a this-year figure (its name says 本年) labelled with the year before ('2023 年度本年
    收入合计 X' in the 2024 决算). One finding per sentence."""
    this_year = tuple(hygiene()["years"]["this_year_words"])
    for c in claims:
        if c.sentence in done:
            continue
        base = str(c.extra.get("base_text") or "")
        if c.kind in ("change_abs", "change_pct") and str(c.period).isdigit() and int(c.period) < year - 1 \
                and c.period in base and not _on_prior_too(c, claims):
            done.add(c.sentence)
            yield Finding("TX02", "warning", messages.msg("TX02.stale_base", base=base, report_year=year, prior=year - 1),
                          [evidence(p, *c.sentence)], computation=messages.msg("TX02.comp.stale_base", report_year=year, base=base,
                                                                               prior=year - 1),
                          args={"year": int(c.period), "report_year": year}, claims=[c.id])
        elif c.kind == "amount" and c.period == "上年" and c.subject.startswith(this_year) \
                and _labels(p.text[c.sentence[0]:c.start], year - 1, this_year) \
                and "比" not in p.text[c.sentence[0]:c.start]:
            done.add(c.sentence)
            yield Finding("TX02", "warning", messages.msg("TX02.stale_current", subject=c.subject, year=year - 1,
                                                          report_year=year),
                          [evidence(p, *c.sentence)], computation=messages.msg("TX02.comp.stale_current", report_year=year,
                                                                               subject=c.subject, year=year - 1),
                          args={"year": year - 1, "report_year": year}, claims=[c.id])


def _on_prior_too(c, claims: list) -> bool:
    """The sentence also states a change on a printed 上年 ('比上年提高 2 个百分点，比 2022 年提高 5 个百分点'):
    the earlier year is compared with on purpose, not last year's text carried over."""
    return any(o.kind in ("change_abs", "change_pct") and o.sentence == c.sentence and o.period == "上年"
               and o.extra.get("base_text") for o in claims)


def _labels(before: str, prior: int, this_year: tuple[str, ...]) -> bool:
    """Whether the year before labels the this-year name right after it ('2023 年度本年收入合计'), not an
    event of the clause ('2023 年立项的项目本年支出': the project's start, the figure still this year's)."""
    k = before.rfind(str(prior))
    rest = "".join(before[k + 4:].split()) if k >= 0 else ""
    return k >= 0 and rest.removeprefix("年度").removeprefix("年").startswith(this_year)


@register("TX02", name="year-mismatch", groups=("text",), kind="year_mismatch")
def year_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """年份错配：报告年度应出现之处写成了其他年份（沿用往年文本）。

    Shapes: a bare earlier year labelling the edition the report describes
    (no comparison word in the sentence); a prior-year term (上年…) defined with the
    report year itself; "本部门 YYYY 年度" with a year other than the report's; this year's
    figure compared with the report year itself ("…与 YYYY 年决算数持平" in the YYYY 决算 —
    a base of the other kind, "与 YYYY 年预算相比", is normal); a figure labelled with the
    year before that is this year's table cell, last year's being printed as another
    figure or not at all ("2023 年度收入合计 X" in the 2024 决算, X the 本年收入合计 cell;
    "2030 年收支总预算 X" in the 2031 预算, X this year's budget cell);
    headings and table titles naming an earlier year before the report's kind word
    ("2023 年度…决算情况说明" among 2024 headings; a comparison or 执行 heading is normal).

    **Anti-pattern**
    In a 2021 report:

    .. code-block:: text

        2020 瓷博会的举办对试验区建设具有重要积极作用。
        上年结转和结余：填列 2021 年全部结转和结余的资金数。

    **Best practice**

    .. code-block:: text

        2021 瓷博会的举办对试验区建设具有重要积极作用。
        上年结转和结余：填列 2020 年全部结转和结余的资金数。
    """
    from finder.analysis import claims_by_paragraph

    year = analysis.report.year
    if not year:
        return
    budget = analysis.report.type == "budget"
    by_par = claims_by_paragraph(analysis) if getattr(analysis, "claims", None) else {}
    flat = flat_concepts(getattr(analysis, "claims", None) or [])
    yield from stale_headings(analysis.report, year)
    current = _current_rx(self_names(analysis.report.department))
    for p in prose(analysis.report, ("narrative", "appendix", "glossary")):
        if not ANY_YEAR.search(p.text):   # every shape names a year
            continue
        yield from _editions(p, year)
        yield from _prior_and_current(p, year, current)
        yield from _self_base(p, year, budget, by_par.get(id(p), []))
        done: set[tuple[int, int]] = set()        # sentences already found stale
        yield from stale_labels(analysis.report, p, year, by_par.get(id(p), []), flat, done)
        yield from _stale_years(p, year, by_par.get(id(p), []), done)
