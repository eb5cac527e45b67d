"""EV21: a self-evaluation form whose boxes still print the template's instructions to the filler."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

import regex

from finder import lexicon, messages
from finder.appendix.build import of
from finder.appendix.model import EvalTable, Indicator, column_name
from finder.checks.ev.common import row_evidence
from finder.checks.ev.ev06_items import item_candidates, matched_items
from finder.checks.registry import CheckOptions, register
from finder.model import Evidence, Finding, place

messages.add({
    "EV21": {"zh": "绩效自评表“{title}”有 {count} 处栏目仍为模板的填写说明（如“{quote}”），未填写实际内容",
             "en": "the self-evaluation form '{title}' still prints the template's instructions in {count} "
                   "box(es) (e.g. '{quote}'): not filled in"},
    "EV21.comp": {"zh": "“{limit}”为模板的字数要求", "en": "'{limit}' is the template's length limit"},
    "EV21.blank": {"zh": "{form}有 {count} 行指标的实际完成值栏空白，却得满分（如“{name}”年度指标值 {target}，"
                         "得分 {score}/{weight}）",
                   "en": "{form} leaves the actual value of {count} indicator row(s) blank, yet scores them in full "
                         "(e.g. '{name}', target {target}, score {score}/{weight})"},
    "EV21.form.project": {"zh": "“{name}”绩效自评表", "en": "the self-evaluation form of '{name}'"},
    "EV21.form.titled": {"zh": "“{name}”", "en": "the table '{name}'"},
    "EV21.form.plain": {"zh": "绩效自评表", "en": "a self-evaluation table"},
    "EV21.blank.comp": {"zh": "{rows}：实际完成值空白，得分 = 分值", "en": "{rows}: actual blank, score = weight"},
    "EV21.blank.said": {"zh": "（文字所述完成值 {figure}）", "en": " (the text states {figure})"},
    "EV21.bound": {"zh": "{form}有 {count} 行指标的实际完成值栏填写的是目标式的界限而非完成的数值（如“{name}”年度指标值 "
                         "{target}，实际完成值 {actual}）",
                   "en": "{form} fills the actual value of {count} indicator row(s) with a bound like a target's, not the "
                         "value reached (e.g. '{name}', target {target}, actual {actual})"},
    "EV21.bound.comp": {"zh": "{rows}：实际完成值为比较式（≥、≤、以上……），不是实际完成的数值",
                        "en": "{rows}: the actual value is a comparison (≥, ≤, 以上 …), not a value reached"},
})

_CELL = regex.compile(r"[^|｜]+")
_SENTENCE_END = "。！？!?"


@dataclass
class _Box:
    """An instruction left in a box: its text as printed, where, and the limit printed."""

    text: str
    where: dict
    limit: str


@dataclass
class _Unit:
    """A printed line of a text source (its paragraphs may run a form's cells together, or a table reader take
    them), else a paragraph: its text and where each offset in it is printed."""

    text: str
    where: Callable[[int], dict]


@lru_cache(maxsize=1)
def _spec() -> tuple[regex.Pattern, tuple[str, ...], frozenset[str]]:
    lex = lexicon.load("appendix")["form_instructions"]
    return regex.compile(lex["limit"]), tuple(lex["verbs"]), frozenset(lex["clause_marks"])


def _units(report) -> list[_Unit]:
    if report.kind == "text" and report.lines and len(report.sources) <= 1:
        return [_Unit(ln, lambda _k, n=n: place("line", n)) for n, ln in enumerate(report.lines, 1)]
    return [_Unit(p.text, p.where) for p in report.paragraphs]


def _boxes(u: _Unit) -> list[_Box]:
    """The instructions a unit prints as a box's whole content: in each cell (text between '|'), a length
    limit that only a full stop follows to the cell's end, after a clause the filler was told to write."""
    if "字" not in u.text:
        return []                     # every limit counts characters: most lines are passed over here
    limit, verbs, marks = _spec()
    out = []
    for cell in _CELL.finditer(u.text):
        text, at = cell.group(), cell.start()
        for m in limit.finditer(text):
            if text[m.end():].strip(" \t\n\u3000。."):
                continue              # the limit runs on into a note ('…(150字以内);2.调整…'): the template's own
            body = text[:m.start()].rstrip()
            a = max(body.rstrip(_SENTENCE_END).rfind(c) for c in _SENTENCE_END) + 1
            a += _label_end(body[a:], verbs, marks)
            said = body[a:]
            if any(v in said for v in verbs) and any(c in said for c in marks):
                out.append(_Box(" ".join(text[a:m.end()].split()), u.where(at + a), m.group()))
    return out


def _label_end(text: str, verbs: tuple[str, ...], marks: frozenset[str]) -> int:
    """Where a box's label printed before its content ends ('评价结论 结合…'): a first word, spaced off, with no
    clause mark and no instruction verb in it; 0 when there is none ('结合自评情况, 说明…' keeps its first word)."""
    m = regex.match(r"\s*(\S+)\s+(?=\S)", text)
    if m is None or any(c in m.group(1) for c in marks) or any(v in m.group(1) for v in verbs):
        return 0
    return m.end()


def _title(u: _Unit, titles: list[str]) -> str | None:
    """The form's title when the unit opens one: a title word on a line of no sentence (a heading or a cell), or
    anywhere in a paragraph (an extraction may run the title into the text before it)."""
    text = u.text.strip(" \t|｜\u3000")
    if not any(t in text for t in titles):
        return None
    if len(text) <= _TITLE_MAX and not any(c in text for c in "，,。；;"):
        return text
    return next(t for t in titles if t in text)


_TITLE_MAX = 40


def _after(u: _Unit, title: str) -> _Unit:
    """The rest of a unit after the form's title in it (a paragraph may print the form's first boxes too)."""
    o = u.text.find(title) + len(title) if title in u.text else len(u.text)
    return _Unit(u.text[o:], lambda k: u.where(k + o))


@register("EV21", name="form-left-unfilled", groups=("appendix",), kind="other")
def form_left_unfilled(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """绩效自评表的栏目（年度目标完成情况、评价结论、存在问题、改进措施等）仍为模板的填写说明，表格未填写；或某行指标的实际完成值栏空白却得满分，或填写的是目标式的界限（≥90%）。

    A box's whole content is a clause telling the filler what to write (a verb of appendix.yml form_instructions:
    说明, 分析, 提出 …) closed by the template's length limit ('(200字以内)') with nothing after it but a full stop.
    Read in the printed lines (a text source's; else the paragraphs) after a form's title (appendix.yml
    wrapped_titles); one finding a form, every such box its evidence. A template's own note whose limit runs on
    ('…须写明原因(150字以内);2.调整…',
    printed in filled forms too) is no instruction left. A warning: the form was published unfilled.

    **Anti-pattern**
    ``部门预算项目支出绩效自评表(2031年度) |`` … ``评价结论 |`` / ``依据自评结果,说明总分及取得的成效。(300字以内)
    |`` / ``存在问题 |`` / ``依据自评结果,分析问题及其原因。(300字以内) |``

    **Best practice**
    Each box states the project's own result (自评得分, 成效, 问题, 措施); the template's instructions are
    replaced, not kept beside or instead of the answer.

    A form's indicator row printing its 年度指标值 and a full 得分 (得分 = 分值 > 0) over a blank 实际完成值,
    where other rows of the form fill theirs, scores a result it does not state: an info, one a form, every
    such row its evidence (``市民满意度 | ≥90% | | 5 | 5``). A row printed one row a line with one figure before
    its scores is not read so: which of its cells is blank is not certain there. A row whose 实际完成值 prints a
    bound like a target's (``市民满意度 | ≥90% | ≥90% | 5 | 5``: often the target copied) states no value reached
    either: an info too, one a form, quoting an explanation that states the value ('满意度为 93.10%').
    """
    titles = lexicon.load("appendix")["wrapped_titles"]
    forms: list[tuple[str, dict, list[_Box]]] = []
    for u in _units(analysis.report):
        title = _title(u, titles)
        if title is not None:
            forms.append((title, u.where(max(u.text.find(title), 0)), []))
            u = _after(u, title)
        if forms:
            forms[-1][2].extend(_boxes(u))
    for title, where, boxes in forms:
        if not boxes:
            continue
        ev = [Evidence(text=title, **where, role="context")]
        ev += [Evidence(text=b.text, **b.where, role="claim") for b in boxes]
        yield Finding("EV21", "warning", messages.msg("EV21", opts.lang, title=title, count=len(boxes),
                                                      quote=boxes[0].text), ev,
                      computation=messages.msg("EV21.comp", opts.lang, limit=boxes[0].limit),
                      args={"boxes": [b.text for b in boxes]})
    app = of(analysis)
    for et in app.evals:
        if any(i.actual is not None and i.actual.raw.strip() for i in et.indicators):
            yield from _unstated_results(app, et, [i for i in et.indicators if _blank_full(i)], "EV21.blank", opts)
        yield from _unstated_results(app, et, [i for i in et.indicators if _bound_result(i)], "EV21.bound", opts)


def _unstated_results(app, et: EvalTable, rows: list[Indicator], key: str, opts: CheckOptions) -> Iterator[Finding]:
    """One info for a form's rows that state no result (key EV21.blank: scored in full over a blank 实际完成值, the
    form filling the column elsewhere; EV21.bound: a bound like a target's in it); an explanation of such a row
    stating a result (EV07's candidates: '满意度达 91.75%，达到绩效目标值') is quoted beside it, the figure the form
    left out."""
    if not rows:
        return
    first = rows[0]
    ev = [row_evidence(i.row, i.table, column_name("actual"), role="claim") for i in rows]
    said = {id(m.indicator): cands[-1] for (_, m), cands in zip(matched_items(app), item_candidates(app))
            if cands and m.strong}
    ev += [said[id(i)][0].evidence("context") for i in rows if id(i) in said]
    listed = (f"“{i.name}” " + (f"{i.actual.raw.strip()} " if i.actual is not None and i.actual.raw.strip() else "")
              + f"{i.score.raw.strip()}/{i.weight.raw.strip()}"
              + (messages.msg("EV21.blank.said", opts.lang, figure=said[id(i)][1].raw) if id(i) in said else "")
              for i in rows)
    form = next((messages.msg(k, opts.lang, name=n) for k, n in (("EV21.form.project", et.project),
                                                                 ("EV21.form.titled", et.table.title)) if n),
                messages.msg("EV21.form.plain", opts.lang))
    actual = first.actual.raw.strip() if first.actual is not None else ""
    yield Finding("EV21", "info", messages.msg(key, opts.lang, form=form, count=len(rows), name=first.name,
                                               target=first.target.raw.strip(), actual=actual,
                                               score=first.score.raw.strip(), weight=first.weight.raw.strip()),
                  ev, computation=messages.msg(f"{key}.comp", opts.lang, rows=messages.listing(listed, opts.lang)))


def _blank_full(ind: Indicator) -> bool:
    """A row with its target printed, its 实际完成值 blank and certainly so, its 得分 its full 分值."""
    if ind.target is None or not ind.target.raw.strip() or (ind.actual is not None and ind.actual.raw.strip()):
        return False
    if ind.row.extra.get("blank_unsure") or ind.weight is None or ind.score is None:
        return False
    w, s = ind.weight, ind.score
    return w.kind == s.kind == "number" and w.value is not None and s.value is not None and s.value >= w.value > 0


def _bound_result(ind: Indicator) -> bool:
    """A row whose 实际完成值 prints a comparison ('≥90%', '不低于 95%', '90%以上'; numbers/parse.py reads its
    operator) under a printed 年度指标值: the target's bound, not the value reached."""
    a = ind.actual
    return (a is not None and a.kind == "target" and a.target is not None and bool(a.target.op)
            and ind.target is not None and bool(ind.target.raw.strip()) and ind.score is not None
            and ind.weight is not None)
