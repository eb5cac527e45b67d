"""TX01: template residue left in the prose (placeholders, blank figures, unresolved choices)."""
from __future__ import annotations

import bisect

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.registry import CheckOptions, register
from finder.claims.segments import CLAUSE_SEP, SENTENCE_END
from finder.checks.tx.common import evidence, hygiene, in_titled_section, prose, sentence_at
from finder.model import Finding, Paragraph

TITLE_ROLES = ("heading", "toc")
_QUOTE_SEPS = CLAUSE_SEP + SENTENCE_END + ","
_HAN = regex.compile(r"\p{Han}")

messages.add({
    "TX01.placeholder": {"zh": "模板占位符“{token}”未替换为实际内容",
                         "en": "template placeholder '{token}' left in the text"},
    "TX01.percent": {"zh": "百分号前缺少数字（“{token}”），模板中的比例未填写",
                     "en": "a percent sign with no number before it ('{token}'): the ratio was not filled in"},
    "TX01.amount": {"zh": "金额单位前缺少数字（“{token}”），模板中的金额未填写",
                    "en": "a money unit with no number before it ('{token}'): the amount was not filled in"},
    "TX01.quantity": {"zh": "数量单位前缺少数字（“{token}”），模板中的数量未填写",
                      "en": "a count's unit with no number before it ('{token}'): the count was not filled in"},
    "TX01.score": {"zh": "分数单位前缺少数字（“{token}”），模板中的得分未填写",
                   "en": "a score unit with no number before it ('{token}'): the score was not filled in"},
    "TX01.reason": {"zh": "原因或用途空缺，仅有省略号或空白（“{token}”），模板中的内容未填写",
                    "en": "a reason or use left blank or as an ellipsis only ('{token}'): the template was not filled in"},
    "TX01.share": {"zh": "“{token}”中的占比缺少百分号（同句其他占比带 %）",
                   "en": "the share '{token}' lacks its percent sign (the sentence's other shares have one)"},
    "TX01.year": {"zh": "年份不完整（“{token}”），模板中的年份未填写完整",
                  "en": "an incomplete year ('{token}'): the template's year was not filled in"},
    "TX01.choice": {"zh": "模板中的二选一表述“{token}”未按实际情况取舍",
                    "en": "the template's either/or wording '{token}' was left unresolved"},
    "TX01.count": {"zh": "“{token}”前缺少数量词（几个方面？）",
                   "en": "no numeral before '{token}' (how many?)"},
    "TX01.instruction": {"zh": "正文中残留模板填报说明：“{token}”",
                         "en": "a template instruction left in the narrative: '{token}'"},
    "TX01.more": {"zh": "等", "en": " and more"},
    "TX01.many": {"zh": "本段有 {count} 处模板残留未填写或未取舍：{tokens}{more}",
                  "en": "{count} pieces of template residue in this paragraph: {tokens}{more}"},
    "TX01.template": {"zh": "章节标题以占位符代替部门名称（“{heading}”），全文为未填写的模板（{paragraphs} 个段落含占位符）",
                      "en": "the headings name the department by a placeholder: an unfilled template ({paragraphs} paragraphs with placeholders)"},
    "TX01.template.comp": {"zh": "{paragraphs} 个段落含占位符", "en": "{paragraphs} paragraphs with placeholders"},
})


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, str, regex.Pattern]]:
    """(variant, severity, pattern) built once from lexicons/hygiene.yml."""
    t = hygiene()["template"]
    out = []
    for ph in t["placeholders"]:
        # the whole run, Latin letters around excluded; a run between two digits or letters is a masked name or
        # number ('上传人：k****7', '138****5678'), no placeholder
        out.append(("placeholder", "warning", regex.compile(
            rf"(?<![A-Za-z])(?<!{ph[:-4] if ph.endswith('{2,}') else '(?!)'})(?:(?<![0-9])(?>{ph})|(?>{ph})(?![0-9]))(?![A-Za-z])")))
    labels = lexicon.alternation(t["percent_label_before"])
    closers = "".join(regex.escape(x) for x in t.get("percent_label_after", []))
    notes = lexicon.alternation(t["percent_na_notes"])
    seps = "".join(regex.escape(x) for x in t["cell_separators"])
    nouns = lexicon.alternation(t["percent_unit_after_noun"])
    natures = lexicon.alternation(t["percent_unit_followed_by"])
    out.append(("percent", "warning", regex.compile(
        rf"(?<![\d.０-９．]\s*)(?<!(?:{labels})\s*)"
        rf"(?<![{seps}][^\d{seps}%％。；;，,]{{1,12}})"          # a label cell: '| 增减%'
        rf"[%％](?!\s*[\d）){closers}])"
        rf"(?!\s*[（(][^）)]{{0,12}}(?:{notes}))"             # '%(基数为0,不可比)': a stated N/A
        rf"(?!(?<=(?:{nouns})[%％])\s*(?:{natures}))")))      # '控制率%定量': the unit column
    words = lexicon.alternation(t.get("blank_amount_after", []))
    # the money units of units.yml that name 元 (a bare 万 / 亿 also starts words: '增加万余人')
    units = lexicon.alternation(u for u in lexicon.load("units")["money"] if u.endswith("元"))
    fill = "".join(regex.escape(x) for x in t.get("blank_fillers", []))
    out.append(("amount", "warning", regex.compile(rf"(?:{words})[\s{fill}]*(?:{units})")))
    nouns = lexicon.alternation(t.get("blank_quantity_after", []))
    if nouns:
        qty = lexicon.alternation(t["blank_quantity_units"])
        out.append(("quantity", "warning", regex.compile(rf"(?:{nouns})[\s{fill}]+(?:{qty})(?![\u4e00-\u9fff])")))
    scores = lexicon.alternation(t.get("blank_score_after", []))
    if scores:
        out.append(("score", "warning", regex.compile(rf"(?:{scores})\s*分(?=\s*(?:[，,。；;：:、）)]|$))")))
    reasons = lexicon.alternation(t.get("blank_reason_after", []))
    if reasons:
        out.append(("reason", "warning", regex.compile(
            rf"(?:{reasons})(?:[：:\s]*(?:…+|\.{{3,}}|。{{3,}}|·{{3,}}|[{fill}]{{2,}})(?=\s*(?:[，,。；;）)]|$))"
            rf"|[：:]\s*(?=[。；;]))")))
    objects = lexicon.alternation(t.get("blank_object_after", []))
    if objects:
        out.append(("reason", "warning", regex.compile(rf"(?:{objects})\s*(?=[。；;])")))   # with a colon: above
    shares = lexicon.alternation(t.get("share_words", []))
    if shares:
        out.append(("share", "info", regex.compile(rf"(?<=(?:{shares})\s*)\d+\.\d+(?=\s*[;；，,。])")))
    after = lexicon.alternation(t.get("incomplete_year_before", []))
    out.append(("year", "warning", regex.compile(rf"(?<![\d.,，．０-９])(?:19|20)\d(?=\s*(?:{after}))")))
    for a, b in t["alternatives"]:
        out.append(("choice", "info",
                    regex.compile(rf"{a}\s*(?:[（(]\s*{b}\s*[）)]|[/／]\s*{b})")))
    nouns = "|".join(t["counted_nouns"])
    counter = regex.escape(t["counter"])
    out.append(("count", "warning", regex.compile(rf"(?<!{t['numerals']}\s*){counter}(?:{nouns})")))
    return out


@lru_cache(maxsize=1)
def _instruction_re() -> regex.Pattern:
    starts = lexicon.alternation(hygiene()["template"]["instruction_starts"])
    return regex.compile(rf"(?:^|[。；;：:]\s*)((?:{starts})[^。；;]*)")


@dataclass
class _Hit:
    variant: str
    severity: str
    start: int
    end: int


def _hits(p: Paragraph, glossary: list[str]) -> list[_Hit]:
    # each pattern on its own: the regex engine skips ahead to its literal characters, where one
    # alternation of them all is tried at every position (it cost three times their sum)
    out = [_Hit(variant, severity, m.start(), m.end())
           for variant, severity, rx in _patterns() for m in rx.finditer(p.text)]
    if p.role == "narrative":
        found = list(_instruction_re().finditer(p.text))
        if found and not in_titled_section(p, glossary):
            out += [_Hit("instruction", "info", m.start(1), m.end(1)) for m in found]
    # a share without its sign counts only in a sentence printing another share with it
    out = [h for h in out if h.variant != "share" or _signed_share_nearby(p.text, h)]
    # "XX%": the placeholder already stands for the missing figure
    ends = {h.end for h in out if h.variant == "placeholder"}
    out = [h for h in out if not (h.variant == "percent" and len(p.text[:h.start].rstrip()) in ends)]
    if out:
        urls = [m.span() for m in _url_re().finditer(p.text)]
        out = [h for h in out if not any(a <= h.start < b for a, b in urls)]
    return sorted(out, key=lambda h: h.start)


def _signed_share_nearby(text: str, h: _Hit) -> bool:
    """The sentence around the hit prints a percent sign elsewhere ('占 25.00%；…占 65.00;')."""
    a = max(text.rfind(x, 0, h.start) for x in "。\n") + 1
    ends = [i for i in (text.find(x, h.end) for x in "。\n") if i >= 0]
    sentence = text[a:min(ends) if ends else len(text)]
    return "%" in sentence or "％" in sentence


def _year_hits(p: Paragraph) -> list[_Hit]:
    """A heading or a line of the contents is no sentence; only a year cut short is read there."""
    return [_Hit(variant, severity, m.start(), m.end())
            for variant, severity, rx in _patterns() if variant == "year" for m in rx.finditer(p.text)]


@lru_cache(maxsize=1)
def _url_re() -> regex.Pattern:
    """A web address printed in the text (hygiene.yml template.url): its '%E9…' encoding is no residue."""
    return regex.compile(hygiene()["template"]["url"])


def _cell_paragraphs(report) -> set[int]:
    """Paragraphs between lone cell separators: a table flattened to one cell per line
    ('|' / '2016年比上年增减%' / '|')."""
    seps = set(hygiene()["template"]["cell_separators"])
    lone = {p.index for p in report.paragraphs
            if (t := p.text.strip()) and t[0] in seps and set(t) <= seps}   # t[0]: skip prose cheaply
    return {j for i in lone for j in (i - 1, i + 1)} - lone


def _header_cell(p: Paragraph, h: _Hit, cells: set[int]) -> bool:
    """A % that ends a cell of its own, a label with no sentence in it, is a column header
    ('2016年比2015年增减%' between two '|' lines), not a blank figure; so is a % closing a printed
    line (or a paragraph) of space-separated labels, the header row of a table printed with spaces
    ('项目 2016年度 2017年度 增减值 增减%')."""
    if h.variant != "percent":
        return False
    if p.index in cells:
        text = p.text.strip()
        return p.text[:h.end].strip() == text and not any(ch in text for ch in "。；;，,")
    spans = [(0, len(p.text))] + [s for s in [_printed_line(p, h.start)] if s is not None]
    return any(_label_row(p.text[a:b]) for a, b in spans if p.text[a:h.end].strip() == p.text[a:b].strip())


def _label_row(text: str) -> bool:
    """Space-separated labels (header_row_fields or more), no sentence punctuation, the last with no digit."""
    fields = text.split()
    return len(fields) >= hygiene()["template"]["header_row_fields"] and not any(ch.isdigit() for ch in fields[-1]) \
        and not any(ch in text for ch in "。；;，,")


def _printed_line(p: Paragraph, k: int) -> tuple[int, int] | None:
    """Where the printed line holding offset k starts and ends in p.text (paragraphs of a text
    source keep one anchor per line); None for a page-anchored paragraph."""
    if p.loc_kind != "line" or not p.anchors:
        return None
    starts = [a[0] for a in p.anchors]
    i = max(bisect.bisect_right(starts, k) - 1, 0)
    return starts[i], starts[i + 1] if i + 1 < len(starts) else len(p.text)


def _token(p: Paragraph, h: _Hit) -> str:
    """The residue as quoted: its clause, runs of spaces as one; a side of the clause reaching further than
    hygiene.yml template.quote_reach stops at the word break nearest the residue (_break), else at its edge. A
    missing count's quote starts at the residue, the words its message says the numeral is missing before."""
    text, reach = p.text, hygiene()["template"]["quote_reach"]
    s0, s1 = sentence_at(text, h.start)
    a = max([s0] + [text.rfind(c, s0, h.start) + 1 for c in _QUOTE_SEPS])
    b = min([s1] + [i for i in (text.find(c, h.end, s1) for c in _QUOTE_SEPS) if i >= 0])
    if h.variant == "count":      # '“个方面做出分析”前缺少数量词': the quote starts where the numeral is missing
        a = h.start
    elif h.start - a > reach:
        a = next((i for i in range(h.start - 1, h.start - reach, -1) if _break(text, i)), h.start)
    if b - h.end > reach:
        named = _org_suffix().match(text, h.end)      # '上海市XX局本年度…': the name's own suffix ends it
        b = named.end() if named else next((i for i in range(h.end + 1, h.end + reach) if _break(text, i)), h.end)
    return " ".join(text[a:b].split())


@lru_cache(maxsize=1)
def _org_suffix() -> regex.Pattern:
    """An organisation's suffix (levels.yml org_suffixes, longest first) right after a placeholder."""
    words = sorted(lexicon.load("levels")["org_suffixes"], key=len, reverse=True)
    return regex.compile(r"\s*(?:" + "|".join(map(regex.escape, words)) + ")")


def _break(text: str, i: int) -> bool:
    """A word break between text[i - 1] and text[i]: a space on either side, or Chinese meeting digits or Latin."""
    x, y = text[i - 1], text[i]
    return x.isspace() or y.isspace() or (_HAN.match(x) is None) != (_HAN.match(y) is None)


def _finding(p: Paragraph, hits: list[_Hit], severity: str) -> Finding:
    """One finding for the residue of one severity in one paragraph: every token listed, every
    sentence holding one as evidence."""
    spans = list(dict.fromkeys(sentence_at(p.text, h.start) for h in hits))
    tokens = list(dict.fromkeys(p.text[h.start:h.end] for h in hits))
    first = hits[0]
    if len(hits) == 1:
        message = messages.msg(f"TX01.{first.variant}", token=_token(p, first))
    else:
        message = messages.msg("TX01.many", count=len(hits), tokens=messages.listing(f"“{t}”" for t in tokens[:8]),
                               more=messages.msg("TX01.more") if len(tokens) > 8 else "")
    return Finding("TX01", severity, message, [evidence(p, a, b) for a, b in spans[:8]],
                   computation=messages.term("sep").join(f"“{t}”" for t in tokens),
                   args={"variant": first.variant, "variants": sorted({h.variant for h in hits}),
                         "token": tokens[0], "tokens": tokens, "count": len(hits)})


def _is_template(report) -> Paragraph | None:
    """The heading that names the department with a placeholder (上海市XX局概况): the whole
    document is an unfilled template, not a report with residue."""
    rx = [r for v, _, r in _patterns() if v == "placeholder"]
    for p in report.paragraphs:
        if p.role in ("heading", "toc") and any(r.search(p.text) for r in rx):
            return p
    return None


@register("TX01", name="template-residue", groups=("text",), kind="template_residue")
def template_residue(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """模板残留：占位符、空白的百分比（金额、得分）、未取舍的“增加（减少）”、缺数量的“个方面”、填报说明、残缺的年份（“202 年度”）。

    Style, never a contradiction: one finding per paragraph, listing every token; warning
    when a figure or name is missing, info when only the wording is unfinished. Never error.
    A document whose headings name the department by a placeholder (上海市XX局概况) is an
    unfilled template: one warning says so and the paragraphs' residue is info. A printed N/A
    (--%, %（基数为0，不可比）) and a % that ends a header cell (| 增减%, a cell line of its own between '|' lines, or a header row of space-separated labels) or stands in a unit
    column run into the text (控制率%定量) are not blank figures. A share printed with no sign
    ('占 65.00;') in a sentence whose other shares print theirs is info. A year cut short ('203 年度' in a
    2031 report) is read in headings and the table of contents too.

    **Anti-pattern**

    .. code-block:: text

        完成预算的 %，决算数较上年增加（减少）0 万元；从投入、产出、效果个方面做出分析。

    **Best practice**

    .. code-block:: text

        完成预算的 87.80%，决算数较上年减少 1.29 万元；从投入、产出、效果三个方面做出分析。
    """
    report = analysis.report
    glossary = hygiene()["template"]["glossary_titles"]
    found = {p.index: (p, _hits(p, glossary)) for p in prose(report)}
    found |= {p.index: (p, _year_hits(p)) for p in prose(report, TITLE_ROLES)}
    found = {k: v for k, v in found.items() if v[1]}
    if found:
        cells = _cell_paragraphs(report)
        kept = {k: (p, [h for h in hs if not _header_cell(p, h, cells)]) for k, (p, hs) in found.items()}
        found = {k: v for k, v in kept.items() if v[1]}
    template = _is_template(report) if found else None
    if template is not None:
        n = sum(1 for _, hs in found.values() if any(h.severity == "warning" for h in hs))
        yield Finding("TX01", "warning", messages.msg("TX01.template", paragraphs=n, heading=template.text.strip()[:30]),
                      [evidence(template, 0, len(template.text))], computation=messages.msg("TX01.template.comp", paragraphs=n),
                      args={"variant": "template", "paragraphs": n})
    for p, hits in found.values():
        for severity in ("warning", "info"):
            group = [h for h in hits if h.severity == severity]
            if group:
                yield _finding(p, group, "info" if template is not None else severity)
