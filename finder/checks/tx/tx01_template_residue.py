"""TX01: template residue left in the prose (placeholders, blank figures, unresolved choices)."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tx.common import evidence, hygiene, in_titled_section, prose, sentence_at
from finder.model import Finding, Paragraph

messages.add({
    "TX01.placeholder": {"zh": "模板占位符“{token}”未替换为实际内容",
                         "en": "template placeholder '{token}' left in the text"},
    "TX01.percent": {"zh": "百分号前缺少数字（“{token}”），模板中的比例未填写",
                     "en": "a percent sign with no number before it ('{token}'): the ratio was not filled in"},
    "TX01.choice": {"zh": "模板中的二选一表述“{token}”未按实际情况取舍",
                    "en": "the template's either/or wording '{token}' was left unresolved"},
    "TX01.count": {"zh": "“{token}”前缺少数量词（几个方面？）",
                   "en": "no numeral before '{token}' (how many?)"},
    "TX01.instruction": {"zh": "正文中残留模板填报说明：“{token}”",
                         "en": "a template instruction left in the narrative: '{token}'"},
})


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, str, regex.Pattern]]:
    """(variant, severity, pattern) built once from lexicons/hygiene.yml."""
    t = hygiene()["template"]
    out = []
    for ph in t["placeholders"]:
        out.append(("placeholder", "warning", regex.compile(rf"(?<![A-Za-z]){ph}(?![A-Za-z])")))
    labels = "|".join(regex.escape(x) for x in t["percent_label_before"])
    out.append(("percent", "warning",
                regex.compile(rf"(?<![\d.０-９．]\s*)(?<!(?:{labels})\s*)[%％](?!\s*[\d）)])")))
    for a, b in t["alternatives"]:
        out.append(("choice", "info",
                    regex.compile(rf"{a}\s*(?:[（(]\s*{b}\s*[）)]|[/／]\s*{b})")))
    nouns = "|".join(t["counted_nouns"])
    out.append(("count", "warning", regex.compile(rf"(?<!{t['numerals']}\s*)个(?:{nouns})")))
    return out


def _instruction(p: Paragraph) -> regex.Pattern:
    starts = "|".join(regex.escape(s) for s in hygiene()["template"]["instruction_starts"])
    return regex.compile(rf"(?:^|[。；;：:]\s*)((?:{starts})[^。；;]*)")


def _finding(p: Paragraph, variant: str, severity: str, a: int, b: int) -> Finding:
    s0, s1 = sentence_at(p.text, a)
    token = p.text[max(a - 6, s0):min(b + 2, s1)].strip()
    return Finding("TX01", severity, messages.msg(f"TX01.{variant}", token=token),
                   [evidence(p, s0, s1)], computation=f"“{p.text[a:b]}”",
                   args={"variant": variant, "token": p.text[a:b]})


@register("TX01", name="template-residue", groups=("text",), kind="template_residue")
def template_residue(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """模板残留：占位符、空白的百分比、未取舍的“增加（减少）”、缺数量的“个方面”、填报说明。

    Style, never a contradiction: severity is warning when a figure or name is missing,
    info when only the wording is unfinished. Never error.

    **Anti-pattern**

    .. code-block:: text

        完成预算的 %，决算数较上年增加（减少）0 万元；从投入、产出、效果个方面做出分析。

    **Best practice**

    .. code-block:: text

        完成预算的 87.80%，决算数较上年减少 1.29 万元；从投入、产出、效果三个方面做出分析。
    """
    report = analysis.report
    glossary = hygiene()["template"]["glossary_titles"]
    for p in prose(report):
        for variant, severity, rx in _patterns():
            for m in rx.finditer(p.text):
                yield _finding(p, variant, severity, m.start(), m.end())
        if p.role == "narrative" and not in_titled_section(p, glossary):
            for m in _instruction(p).finditer(p.text):
                yield _finding(p, "instruction", "info", m.start(1), m.end(1))
