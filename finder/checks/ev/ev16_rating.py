"""EV16: a self-evaluation's rating (优/良/中/差) outside the band its stated score (or its form's 总分) earns."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.appendix.build import of
from finder.appendix.model import column_name
from finder.appendix.text import Span, sentences
from finder.checks.ev.common import bands as _bands, fmt, forms_by_name, points, project_name, rated, row_evidence
from finder.checks.nt.common import prose_claims
from finder.checks.registry import CheckOptions, register
from finder.claims.vocab import squeeze
from finder.link import evidence as E
from finder.model import Claim, Finding
from finder.numbers.interval import Interval

messages.add({
    "EV16": {"zh": "自评得分 {score} 分，评级为“{rating}”；按通行的评级标准（{bands}），该得分应为“{expected}”",
             "en": "the self-evaluation scores {score} but is rated '{rating}'; by the usual bands ({bands}) it earns '{expected}'"},
    "EV16.form": {"zh": "文中“{project}”的评级为“{rating}”，而其绩效自评表总分为 {score} 分；按通行的评级标准（{bands}），"
                        "该得分应为“{expected}”",
                  "en": "the text rates '{project}' '{rating}', but its form's total score is {score}; by the usual "
                        "bands ({bands}) it earns '{expected}'"},
    "EV16.cell": {"zh": "“{project}”绩效自评表所列评价等级为“{rating}”，而其总分为 {score} 分；按通行的评级标准（{bands}），"
                        "该得分应为“{expected}”",
                  "en": "the form of '{project}' prints the rating '{rating}', but its total score is {score}; by the "
                        "usual bands ({bands}) it earns '{expected}'"},
})

_QUOTES = "“”\"'‘’「」『』《》"


@lru_cache(maxsize=None)
def _rating_re() -> "regex.Pattern[str]":
    """A rating marker then a rating: quoted and closing its phrase ('评价等级为“优”。', '…“良”等级'), or
    bare and followed by no word ('评定为良好，'; not '评为优秀单位', nor '评为“优秀”单位')."""
    lex = lexicon.load("appendix")
    names = lexicon.alternation([n for _, _, _, ns in _bands() for n in ns])
    q = f"[{regex.escape(_QUOTES)}]"
    return regex.compile(rf"(?:{lexicon.alternation(lex['rating_markers'])})\s*[:：]?\s*"
                         rf"(?:{q}\s*(?P<r>{names})\s*{q}(?=\s*(?:等|级|档|[，,。；;！]|$))"
                         rf"|(?P<r>{names})(?![\p{{Han}}]|\s*{q}))")


@register("EV16", name="rating-outside-score-band", groups=("appendix",), kind="narrative_vs_narrative")
def rating_outside_band(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """自评得分与评价等级不符（按通行的评级标准：90 分及以上为优，80–90 为良，60–80 为中，60 以下为差）.

    The score is the total score nearest the rating in its sentence (appendix.yml rated_scores: never
    an indicator's or a section's), out of 100; the bands are data (appendix.yml rating_bands). A region
    may set its own bands, so this is a warning; a score whose printed rounding straddles a band's edge
    is not judged. A rating in a sentence stating no total score, after the name of one form and a word
    saying it is the self-evaluation's ('部门整体支出绩效自评等级为“良”'; appendix.yml department_forms or a
    project's name, self_rated), rates that form's 总分; so does a rating the form prints in a cell
    (``评价等级 | 良``, appendix.yml rating_cells).

    **Anti-pattern**

    .. code-block:: text

        部门整体支出绩效自评得分为 86.5 分，评价等级为“优”。

    **Best practice**

    .. code-block:: text

        部门整体支出绩效自评得分为 86.5 分，评价等级为“良”。
    """
    by_sentence: dict[tuple, list[Claim]] = {}
    for c in prose_claims(analysis):
        if rated(c) and c.sentence[1] > c.sentence[0]:
            by_sentence.setdefault((id(c.paragraph), c.sentence), []).append(c)
    for (_, (a, b)), scores in by_sentence.items():
        text = scores[0].paragraph.text
        for m in _rating_re().finditer(text, a, b):
            score = min(scores, key=lambda c: min(abs(c.end - m.start()), abs(c.start - m.end())))
            iv = points(E.printed(score))
            off = _off_band(iv, m.group("r"))
            if off is None:
                continue
            yield Finding("EV16", "warning", messages.msg("EV16", opts.lang, score=E.printed(score),
                                                          rating=m.group("r"), bands=_shown(), expected=off[0]),
                          [replace(E.sentence_evidence(score), role="claim")],   # the score and its rating
                          computation=f"得分 {E.printed(score)} → {fmt(iv)}；{off[1]}", claims=[score.id])
    yield from _rated_forms(analysis, by_sentence, opts)
    yield from _printed_ratings(analysis, opts)


def _printed_ratings(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """A rating a form prints of itself (a 评价等级 cell, appendix.yml rating_cells): the band of its 总分."""
    for et in of(analysis).evals:
        if et.rating is None or et.total is None or (off := _off_band(points(et.total.score), et.rating.raw)) is None:
            continue
        score = et.total.score.raw.strip()
        evidence = [row_evidence(et.rating.row, et.table, role="claim"),
                    row_evidence(et.total.row, et.table, column_name("score"))]
        yield Finding("EV16", "warning", messages.msg("EV16.cell", opts.lang, project=project_name(et), score=score,
                                                      rating=et.rating.raw, bands=_shown(), expected=off[0]),
                      evidence, computation=f"总分 {score} → {fmt(points(score))}；{off[1]}")


def _rated_forms(analysis, by_sentence: dict[tuple, list[Claim]], opts: CheckOptions) -> Iterator[Finding]:
    """A rating in a sentence stating no total score, after the name of one form and a word of self-evaluation
    ('部门整体支出绩效自评等级为“良”'): the band of that form's 总分."""
    app = of(analysis)
    named = {k: et for k, et in forms_by_name(app.evals).items() if et is not None and et.total is not None}
    scored = [(pid, a, b) for pid, (a, b) in by_sentence]
    self_rated = lexicon.load("appendix")["self_rated"]
    for p in app.paragraphs if named else ():
        if p.role in ("heading", "table") or _rating_re().search(p.text) is None:
            continue
        for s in sentences(p):
            if any(pid == id(p) and a < s.end and b > s.start for pid, a, b in scored):
                continue
            for m in _rating_re().finditer(p.text, s.start, s.end):
                before = squeeze(p.text[s.start:m.start()])
                hits = list({id(et): et for k, et in named.items() if k in before}.values())
                if len(hits) != 1 or not any(w in before for w in self_rated) or (off := _off_band(points(hits[0].total.score), m.group("r"))) is None:
                    continue
                et = hits[0]
                score = et.total.score.raw.strip()
                evidence = [Span(p, s.start, s.end).evidence(), row_evidence(et.total.row, et.table, column_name("score"))]
                yield Finding("EV16", "warning", messages.msg("EV16.form", opts.lang, project=project_name(et),
                                                              score=score, rating=m.group("r"), bands=_shown(),
                                                              expected=off[0]),
                              evidence, computation=f"总分 {score} → {fmt(points(score))}；{off[1]}")


def _off_band(iv: Interval | None, rating: str) -> tuple[str, str] | None:
    """(the rating the score earns, the computation) when `rating` is outside the score's band; None when
    inside, or when the score's printed rounding straddles a band's edge (or it is no score out of 100)."""
    bands = _bands()
    if iv is None or iv.hi > 100:
        return None
    low, top, _, _ = next(x for x in bands if rating in x[3])
    inside = iv.lo >= low and (iv.hi < top or (top == 100 and iv.hi <= top))
    if inside or any(iv.lo < edge <= iv.hi for edge, *_ in bands[:-1]):
        return None
    expected = next(n for lo_, _, n, _ in bands if iv.lo >= lo_)
    return expected, f"“{rating}”为 {fmt(low)} 分及以上{'' if top == 100 else f'、{fmt(top)} 分以下'}；应为“{expected}”"


def _shown() -> str:
    return "；".join(f"{fmt(low)} 分及以上为{name}" if top == 100 else f"{fmt(top)} 分以下为{name}" if low == 0
                    else f"{fmt(low)}–{fmt(top)} 分为{name}" for low, top, name, _ in _bands())
