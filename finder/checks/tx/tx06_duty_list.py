"""TX06: a duty list restated in the report (绩效 appendix) holds duties the department's 主要职责 never name."""
from __future__ import annotations

from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tx.common import evidence, hygiene, squash
from finder.ingest.flow import starts_item
from finder.model import Finding, Paragraph, Report

messages.add({
    "TX06": {"zh": "此处所列职责中有 {n} 项（第 {items} 项）与本部门“主要职责”毫无共同内容（{words}），疑为沿用其他（或前身）部门的职责表述",
             "en": "{n} duties listed here (items {items}) share nothing with the department's own duties ({words}); "
                   "copied from another (or a predecessor) department?"},
    "TX06.comp": {"zh": "{judged} 项可比，其中 {n} 项的实词均未出现在“主要职责”中",
                  "en": "{judged} items comparable, {n} of them with no content word found in the department's own duties"},
})
SKIP_ROLES = ("duties", "toc", "glossary", "table")
_ITEM_LABEL = regex.compile(r"\s*[（(]?\s*([0-9０-９]+|[一二三四五六七八九十]+)\s*[)）、.．]")
_DIGITS = regex.compile(r"[0-9０-９]+")
_ZH_DIGITS = regex.compile(r"[一二三四五六七八九十]+")


@register("TX06", name="duty-list-mismatch", groups=("hygiene",), kind="narrative_vs_narrative")
def duty_list_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """重述的职责清单（如绩效自评报告“部门情况”）中有与本部门“主要职责”毫无共同内容的条目。

    **Why it matters**
    A duty list carried over from a predecessor or another department describes work the department
    does not do, and the evaluation built on it measures the wrong thing.

    **Anti-pattern**
    Item 4 names 散装水泥 and 预拌混凝土, which the department's own duties never mention:

    .. code-block:: text

        一、部门主要职责
        （一）拟定全市陶瓷产业政策并组织实施。（二）负责陶瓷行业管理和协调。（三）开展陶瓷对外合作与交流。
        （四）监测分析陶瓷产业经济运行态势。
        一、部门概况
        主要职责有以下几个：
        1、拟订全市陶瓷工业政策并组织实施。
        2、负责陶瓷行业管理和品牌建设。
        3、开展陶瓷对外合作与交流活动。
        4、负责全市散装水泥、预拌混凝土的管理和行政执法工作。

    **Best practice**
    The restated list keeps to the department's own duties (item 4 about 陶瓷 again).
    """
    report: Report = analysis.report
    home = squash("".join(p.text for p in _own_duties(report)))
    if len(home) < 40:
        return
    home += squash(report.title or "") + squash(report.department or "")
    spec = hygiene()["duty_list"]
    generic = set(hygiene()["duty_generic"])
    for items in _restated_lists(report):
        if len(items) < spec["min_items"]:
            continue
        judged = [(_label(p.text), p, words) for p in items
                  if len(words := _content_words(p.text, generic)) >= spec["min_content_words"]]
        foreign = [(k, p, words) for k, p, words in judged if not any(_known(w, home, generic) for w in words)]
        if not foreign or len(foreign) > spec["max_foreign_share"] * len(judged):
            continue
        shown = messages.listing((w for _, _, words in foreign for w in words[:3]), opts.lang)
        yield Finding(
            "TX06", "warning",
            messages.msg("TX06", opts.lang, n=len(foreign), items=messages.listing((str(k) for k, _, _ in foreign), opts.lang),
                         words=shown),
            [evidence(p, 0, len(p.text)) for _, p, _ in foreign],
            computation=messages.msg("TX06.comp", opts.lang, judged=len(judged), n=len(foreign)),
            args={"items": [k for k, _, _ in foreign]})


def _own_duties(report: Report) -> list[Paragraph]:
    """The 主要职责 paragraphs, with the short duty lines the ingest read as headings among them."""
    sections = {id(p.section) for p in report.paragraphs if p.role == "duties"}
    return [p for p in report.paragraphs
            if p.role == "duties" or (p.role == "heading" and id(p.section) in sections)]


def _restated_lists(report: Report) -> Iterator[list[Paragraph]]:
    """Runs of numbered items of one label style (1、 2、 …) right after a lead-in line that names
    duties and ends with a colon; a short item may have been read as a heading, so headings count."""
    words = lexicon.load("tables")["document"]["roles"]["duties"]
    paras = [p for p in report.paragraphs if p.role not in SKIP_ROLES]
    for i, p in enumerate(paras):
        t = p.text.rstrip()
        if not t.endswith(("：", ":")) or not any(w in t for w in words) or starts_item(t):
            continue
        run: list[Paragraph] = []
        for q in paras[i + 1:]:
            if not starts_item(q.text) or (run and _style(q.text) != _style(run[0].text)) or _style(q.text) is None:
                break
            run.append(q)
        if run:
            yield run


def _style(text: str) -> str | None:
    """The item label's shape: "D、" for 1、, "(D)" for （1）, "Z、" for 一、 …; None without a label."""
    m = _ITEM_LABEL.match(text)
    if not m:
        return None
    shape = _DIGITS.sub("D", m.group(0).strip())
    shape = _ZH_DIGITS.sub("Z", shape)
    return shape.replace("（", "(").replace("）", ")").replace("．", ".")


def _known(word: str, home: str, generic: set[str]) -> bool:
    """The word, or for a compound of three or more characters one of its two-character pieces
    that is not a frame word (陶瓷工业 -> 陶瓷), occurs in the department's own duties."""
    if word in home:
        return True
    pieces = (word[i:i + 2] for i in range(len(word) - 1))
    return len(word) >= 3 and any(w in home and w not in generic for w in pieces)


def _label(text: str) -> str:
    """The item's printed number ("11" of "11、负责…"), else its first characters."""
    m = _ITEM_LABEL.match(text)
    return m.group(1) if m else text.strip()[:6]


def _content_words(text: str, generic: set[str]) -> list[str]:
    """Tokens of two or more Han characters that are not frame words, in order, without repeats."""
    from finder.claims import zh

    out: list[str] = []
    s = squash(text)
    for a, b, _ in zh.spans(s):   # the Doc's token offsets, without building the Doc
        w = s[a:b]
        if len(w) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in w) and w not in generic and w not in out:
            out.append(w)
    return out
