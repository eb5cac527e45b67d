"""EV19: a project (or the department) said to have met all its targets while its form shows an indicator scored down."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.appendix.build import of
from finder.appendix.model import EvalTable, Indicator, column_name
from finder.appendix.text import Span, sentences
from finder.checks.ev.common import forms_by_name, points, project_name, row_evidence
from finder.checks.ev.ev06_items import matched_items
from finder.checks.registry import CheckOptions, register
from finder.claims.vocab import squeeze
from finder.model import Finding, Paragraph

messages.add({
    "EV19": {"zh": "文中称“{said}”，但“{project}”的绩效自评表中{rows}未达到年度指标值（得分低于分值）",
             "en": "the text says '{said}', but the self-evaluation form of '{project}' scores down {rows} (target missed)"},
})

_CLAUSE = regex.compile(r"[^，,。；;：:！!？?]+")


@lru_cache(maxsize=None)
def _done_re() -> "regex.Pattern[str]":
    """A clause, read with no spaces, that is only the project's goals and a word of completion
    ('项目年度绩效目标全部完成', '本项目各项绩效指标均已完成'); group `dept` when it opens with the department's
    words ('部门整体绩效目标全部完成'; never '部门项目…', the department's projects)."""
    lex = lexicon.load("appendix")["project_done"]
    return regex.compile(rf"^(?:{lexicon.alternation(lex['openers'])})?"
                         rf"(?:(?P<dept>{lexicon.alternation(lex['department'])})(?!项目))?"
                         rf"(?:{lexicon.alternation(lex['scopes'])})+"
                         rf"(?:整体|总体|已)?(?:{lexicon.alternation(lex['done'])})$")


@register("EV19", name="targets-claimed-met-but-scored-down", groups=("appendix",), kind="target_not_met_but_claimed")
def targets_claimed_met(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文字称项目（或部门整体）绩效目标“全部完成”“均已完成”“达到预期目标”，而其绩效自评表中有指标得分低于分值（未达到年度指标值）。

    Read only where the words are the project's as a whole: a clause (between ，。；：) that is only the
    project's goals and a word of completion (appendix.yml project_done: '项目年度绩效目标全部完成', '该项目达到
    预期目标'; so no figure), with no hedge (未, 基本, 除…) in its sentence up to it, outside an indicator's explanation (a bare '达到预期
    目标' after an indicator's result is that indicator's). The project is the one the sentence names before
    the clause ('部门整体支出绩效自评得分 95 分，各项指标均完成'), else the one the paragraph's section title names
    (its 绩效自评综述); every project when the clause says so ('各项目…均已完成'), the department's own form when
    it opens with the department's words ('部门整体绩效目标全部完成', '部门年度整体绩效目标均已实现'; appendix.yml
    project_done.department). A form's row whose 得分 is below its 分值 while its 实际完成值 differs from its
    年度指标值 missed its target. A warning: the text may mean the project's main goals.

    **Anti-pattern**
    The form of 甲乙工作经费项目 prints ``培训覆盖率 ≥90% 62% 45 31``:

    .. code-block:: text

        （一）甲乙工作经费项目绩效自评综述
        发现的主要问题及原因：项目年度绩效目标全部完成，未发现明显问题。

    **Best practice**

    .. code-block:: text

        （一）甲乙工作经费项目绩效自评综述
        发现的主要问题及原因：培训覆盖率年度目标值为≥90%，实际完成62%，未达到预期目标。
    """
    app = of(analysis)
    forms = [et for et in app.evals if et.kind in ("project", "department")]
    if not forms:
        return
    named = forms_by_name(forms)
    depts = [et for et in forms if et.kind == "department"]
    explained: dict[int, list[tuple[int, int]]] = {}     # the sentences of indicators' explanations
    for it, _ in matched_items(app):
        for s in it.spans:
            explained.setdefault(id(s.paragraph), []).append((s.start, s.end))
    lex = lexicon.load("appendix")["project_done"]
    for p in app.paragraphs:
        if p.role in ("heading", "table"):
            continue
        squeezed = squeeze(p.text)
        if not any(d in squeezed for d in lex["done"]):
            continue
        for m in _CLAUSE.finditer(p.text):
            text = squeeze(m.group())
            done = _done_re().match(text)
            opening = _opening(p, m.end())
            if done is None or any(h in opening for h in lex["hedges"]) \
                    or any(a <= m.start() < b for a, b in explained.get(id(p), ())):
                continue
            if done.group("dept"):
                scope = depts if len(depts) == 1 else []
            elif any(w in text for w in lex["all_projects"]):
                scope = [et for et in forms if et.kind == "project"]
            else:
                scope = _sentence_form(squeeze(opening[:-len(m.group())]), named)
                scope = _section_form(p, named) if scope is None else scope
            for et in scope:
                missed = [ind for ind in et.indicators if _scored_down(ind)]
                if missed:
                    yield _finding(et, Span(p, m.start(), m.end()), text, missed, opts)


def _opening(p: Paragraph, end: int) -> str:
    """The sentence up to `end`: a hedge before the clause ('除甲外，年度绩效目标均已完成') scopes it too."""
    start = next((s.start for s in sentences(p) if s.start <= end <= s.end), 0)
    return p.text[start:end]


def _sentence_form(before: str, named: dict[str, EvalTable | None]) -> list[EvalTable] | None:
    """The form the sentence names before the clause ('部门整体支出绩效自评得分 95 分，各项指标均完成'): none
    when it names two; None when it names no form (then the section's title may)."""
    hits = {id(et): et for k, et in named.items() if et is not None and k in before}
    return (list(hits.values()) if len(hits) == 1 else []) if hits else None


def _section_form(p: Paragraph, named: dict[str, EvalTable | None]) -> list[EvalTable]:
    """The one form the nearest section title naming a form names, unless the paragraph names another."""
    text = squeeze(p.text)
    node = p.section
    while node is not None and node.level > 0:
        title = squeeze(node.title)
        hits = {id(et): et for k, et in named.items() if k in title and et is not None}
        if hits:
            if len(hits) > 1:
                return []
            et = next(iter(hits.values()))
            others = [k for k, e in named.items() if e is not et and k in text]
            return [] if others else [et]
        node = node.parent
    return []


def _scored_down(ind: Indicator) -> bool:
    """得分 below 分值 (beyond rounding) while the printed result is not the printed target."""
    score, weight = points(ind.score), points(ind.weight)
    if score is None or weight is None or score.hi >= weight.lo:
        return False
    target = squeeze(ind.target.raw if ind.target else "")
    return squeeze(ind.actual.raw if ind.actual else "") != target


def _finding(et: EvalTable, span: Span, said: str, missed: list[Indicator], opts: CheckOptions) -> Finding:
    rows = "、".join(f"“{ind.name}”（{ind.actual.raw.strip()}，目标 {ind.target.raw.strip()}）" for ind in missed)
    evidence = [span.evidence(), *(row_evidence(ind.row, ind.table, column_name("score")) for ind in missed)]
    computation = "；".join(f"{ind.name}：得分 {ind.score.raw.strip()} < 分值 {ind.weight.raw.strip()}" for ind in missed)
    return Finding("EV19", "warning", messages.msg("EV19", opts.lang, project=project_name(et), said=said, rows=rows),
                   evidence, computation=computation)
