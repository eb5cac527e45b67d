"""Report metadata: title, department, year, type (决算 final | 预算 budget) and money unit."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from finder import lexicon
from finder.ingest import identify
from finder.model import Report
from finder.numbers.parse import to_halfwidth

_TITLE = regex.compile(r"^(?P<dept>\S.*?)\s*(?P<year>(?:19|20)\d{2})\s*年度?\s*(?:区级|市级|省级)?\s*(?:部门)?\s*"
                       r"(?P<kind>决算|预算)\s*$")
# A cover line may run on into the next printed words ("…部门决算目 录", "…部门决算2024年8月"); a
# sentence naming the report ("本部门决算包括…。纳入某某局2024年度部门决算编制范围的…") is no title.
_TITLE_HEAD = regex.compile(r"^(?P<dept>[^\d\s][^。，；;,]{1,40}?)\s*(?P<year>(?:19|20)\d{2})\s*年度?\s*"
                            r"(?:区级|市级|省级)?\s*(?P<part>部门|单位)\s*(?P<kind>决算|预算)")
_SENTENCE_MARK = regex.compile(r"[，。；,;]")      # a sentence mark: a cover line runs on into labels (预算主管部门：…), not sentences
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*年度")
_YEAR_BARE = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?![\d底末初])")   # budgets print '2025年' without 度
_LEAD_PART = regex.compile(r"^第\s*[一二三四五六七八九十]+\s*部分\s*")
_TABLE_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
# Lines (text input) or paragraphs (PDF/HTML) of the cover and contents where a labelled
# department (预算主管部门：…) may sit inside a longer line.
_COVER_LINES = 15


def guess_type(text: str) -> str:
    """final when 部门决算 / 决算 outnumber their 预算 counterparts, else budget. On a tie (a page
    with none of those words), budget when the page gives a year's 预算 and only an earlier
    year's 决算 (_tie_says_budget), else final."""
    final = text.count("部门决算") * 3 + text.count("决算数") + text.count("决算表")
    budget = text.count("部门预算") * 3 + text.count("预算表") + text.count("预算数") // 4
    if budget == final:
        return "budget" if _tie_says_budget(text) else "final"
    return "budget" if budget > final else "final"


def _tie_says_budget(text: str) -> bool:
    """The latest year named with 预算 ("2031年“三公”经费预算") is later than every year named with
    决算 and at least one is ("2030年“三公”经费决算情况"): a budget printing last year's final; or
    (type_tie budget_alone) years are named with 预算 and none with 决算. A final's own budget column
    (年初预算), a fund's name (2030年一般公共预算…, type_tie fund_words) and a comparison's base year
    (较2030年决算数) are left out."""
    spec = lexicon.load("tables")["meta_lines"]["type_tie"]
    not_own = tuple(spec["not_own"]) + tuple(spec.get("fund_words") or ())
    years: dict[str, set[int]] = {"决算": set(), "预算": set()}
    for line in text.splitlines():
        t = to_halfwidth(line)
        for m in regex.finditer(spec["kind_after_year"], t):
            if m.group("between").strip().endswith(not_own) or is_base_year(t, m.start("year"), m.end("year")):
                continue
            years[m.group("kind")].add(int(m.group("year")))
    if not years["决算"]:
        return bool(years["预算"]) and bool(spec.get("budget_alone"))
    return bool(years["预算"]) and max(years["预算"]) > max(years["决算"])


def _title(report: Report) -> str:
    for p in report.paragraphs[:12]:
        t = p.text.strip()
        m = _TITLE.match(_LEAD_PART.sub("", t)) if len(t) <= 60 else None
        if m and not _TITLE_HEAD.match(m.group("dept")):   # not the title run on from the same title
            return t                                          # above it (a first page's running header)
    for line in report.lines[:40]:
        t = line.strip()
        if len(t) <= 60 and _TITLE.match(t):
            return t
    for t in report.running:                  # a title printed atop every page, the cover's lost with them
        t = regex.sub(r"\s+", "", t)
        if len(t) <= 60 and _TITLE.match(t):
            return t
    for p in report.paragraphs[:12]:          # a cover line followed by other words, not by a sentence's
        text = _LEAD_PART.sub("", p.text.strip())  # ('纳入某局2024年度部门决算编制范围的单位共2个，包括…')
        m = _TITLE_HEAD.match(text)
        if m and not _SENTENCE_MARK.search(text, m.end()):
            return regex.sub(r"\s+", "", m.group(0))
    return ""


def _text_lines(report: Report) -> list[str]:
    """Source lines for text input; paragraphs and table captions for PDF/HTML."""
    if report.lines:
        return report.lines
    return [p.text for p in report.paragraphs] + [t.title for t in report.tables if t.title]


def _department(report: Report, title: str) -> str:
    """The name a 部门： / 预算主管部门： line prints (cover, captions); else the cover title's
    department unless it is only a place; else a sentence or heading that names it."""
    rx, labelled = identify.meta_line_re("department"), identify.meta_line_re("department_labelled")
    found: Counter[str] = Counter()
    for i, line in enumerate(ln for ln in _text_lines(report) if ln.strip()):
        m = rx.match(line) or (labelled.search(line) if i < _COVER_LINES else None)
        if m and m.group("dept"):
            found[m.group("dept")] += 1
    found.update(t.extra["department"] for t in report.tables if t.extra.get("department"))
    if found:
        return found.most_common(1)[0][0]
    m = _TITLE.match(_LEAD_PART.sub("", title)) or _TITLE_HEAD.match(title)
    named = regex.sub(r"\s+", "", m.group("dept")) if m else ""
    if named and not identify.meta_line_re("region_only").match(named):
        return named
    for pattern in lexicon.load("tables")["meta_lines"].get("department_fallbacks", []):
        rx = regex.compile(pattern)
        for p in report.paragraphs:
            m = rx.match(p.text.strip())
            if m:
                return m.group("dept")
    return named


@lru_cache(maxsize=1)
def _year_words() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    spec = lexicon.load("tables")["meta_lines"]["report_year"]
    alt = lexicon.alternation
    before = regex.compile(rf"(?:{alt(spec['base_before'])})\s*[（(]?\s*$")
    after = regex.compile(rf"\s*(?:年度|年)\s*(?:决算数|预算数|决算|预算|执行数)?\s*"
                          rf"(?:{alt(spec['base_after'])}|\p{{Han}}{{0,6}}?(?:{alt(spec['base_nouns'])}))")
    return before, after, regex.compile(spec["opens"])


def is_base_year(text: str, start: int, end: int) -> bool:
    """The year printed at text[start:end] is the base of a comparison ("较2022年度决算数",
    "与2021年相比", "2020年同期", "以2020年预算数为基数"), not the year a statement is about."""
    before, after, _ = _year_words()
    return bool(before.search(text[max(0, start - 6): start]) or after.match(text, end))


def _statement_years(lines: list[str]) -> Counter[int]:
    """Years that open a statement: a paragraph that starts with one, "NNNN年度收入/支出/部门决算"."""
    _, _, opens = _year_words()
    found: Counter[int] = Counter()
    for line in lines:
        t = line.strip()
        for m in opens.finditer(t):
            if not is_base_year(t, m.start("year"), m.end("year")):
                found[int(m.group("year"))] += 1
    return found


def _year(report: Report, title: str) -> int | None:
    m = _TITLE.match(title) or _TITLE_HEAD.match(title)
    if m:
        return int(m.group("year"))
    lines = [to_halfwidth(ln) for ln in _text_lines(report)]     # '２０２１年度' is a year too (same length)
    years = _statement_years(lines)
    for rx in (_YEAR, _YEAR_BARE):
        if not years:
            years = Counter(int(m.group(1)) for line in lines for m in rx.finditer(line)
                            if not is_base_year(line, m.start(1), m.end(1)))
    if not years:                             # a tables-only file: "2019年政府采购预算表"
        years = Counter(int(y) for t in report.tables for y in _TABLE_YEAR.findall(t.title))
    if not years:                             # … or a caption line: '部门：某某局  2024 年度  公开 01 表'
        years = Counter(t.extra["year"] for t in report.tables if t.extra.get("year"))
    return years.most_common(1)[0][0] if years else None


def _unit(report: Report) -> str:
    units = Counter(t.unit for t in report.tables if t.unit)
    money = lexicon.load("units")["money"]
    for unit, _ in units.most_common():
        if unit in money:
            return "万元" if unit == "元" and any(u == "万元" for u in units) else unit
    return "万元"


def _assume_units(report: Report) -> None:
    """A standard money table printed without a unit is in the template's unit for the report
    type; extra["unit_assumed"] says the unit was not printed."""
    spec = lexicon.load("tables").get("default_unit", {})
    unit = spec.get(report.type)
    if not unit:
        return
    for t in report.tables:
        if not t.unit and t.id in spec.get("money_tables", []):
            t.unit, t.extra["unit_assumed"] = unit, True


def fill(report: Report) -> Report:
    """Set title, department, year, type and money_unit from the report's own text."""
    title = _title(report)
    report.title = report.title or title
    report.department = report.department or _department(report, title)
    report.year = report.year or _year(report, title)
    m = _TITLE.match(_LEAD_PART.sub("", title))
    kind = m.group("kind") if m else ""
    if not kind:
        head = _TITLE_HEAD.match(title)
        kind = head.group("kind") if head else ""
    report.type = {"决算": "final", "预算": "budget"}.get(kind) or guess_type("\n".join(_text_lines(report)))
    report.money_unit = _unit(report)
    _assume_units(report)
    return report


# Lexicon-derived patterns compiled as the module loads (model loading), not by the first report
# that reaches them.
_year_words()
