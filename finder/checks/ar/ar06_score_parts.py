"""AR06: the scores a sentence lists under a stated total score, or the points it takes off, do not add up."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from finder import lexicon, messages
from finder.analysis import claims_by_paragraph
from finder.checks.ev.common import bare_weight, clause_name, points, this_year, weight_pair
from finder.checks.ledger import reasons, settle
from finder.checks.registry import CheckOptions, register
from finder.claims.segments import in_parens
from finder.link.evidence import claim_evidence
from finder.model import Claim, Finding
from finder.numbers.interval import Interval, Verdict, compare, total

messages.add({
    "AR06.comp": {"zh": "{weight} − {score} = {diff}；文中扣 {deducted}", "en": "{weight} − {score} = {diff}; the text deducts {deducted}"},
    "AR06.over": {"zh": "“{head}”文中为 {value} 分，其{where}所列 {n} 项得分之和为 {sum} 分，超过总分",
                  "en": "'{head}' is {value} points, but the {n} scores listed {where_en} it add up to {sum}, more"},
    "AR06.under": {"zh": "“{head}”文中为 {value} 分，其{where}所列 {n} 项得分之和为 {sum} 分，少于总分（若所列即全部组成部分，则两者不符）",
                   "en": "'{head}' is {value} points, but the {n} scores listed {where_en} it add up to {sum}, less "
                         "(a contradiction if they are all its parts)"},
    "AR06.deduction": {"zh": "文中扣 {d} 分，按分值 {w} 分减得分 {s} 分重算为 {c} 分，两者不符",
                       "en": "{d} points are said to be taken off, but the weight {w} less the score {s} is {c}"},
})


@register("AR06", name="score-parts-do-not-add-up", groups=("core", "arith"), kind="score_sum")
def score_parts_do_not_add_up(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文中总得分与其后列出的各项得分之和不符 (listed scores ≠ the stated total score).

    **Why it matters**
    Self-evaluation prose restates the score table as '综合得分 X 分，其中：A 得分 a 分，B 得分 b 分…'.
    A report without its table, or whose text was edited apart from it, can only be checked
    against itself: the listed parts must add up to the total. Parts adding to more than the total
    are an error; to less, a warning (the sentence may list only some parts).

    **Anti-pattern**

    .. code-block:: text

        项目自评综合得分 95 分，其中：产出指标得分 45 分，效益指标得分 30 分，满意度指标得分 10 分，
        预算执行率得分 9 分。

    **Best practice**

    .. code-block:: text

        项目自评综合得分 94 分，其中：产出指标得分 45 分，效益指标得分 30 分，满意度指标得分 10 分，
        预算执行率得分 9 分。

    A total closing the sentence of its parts ('产出指标得分 45 分，效益指标得分 30 分，…，总分 94 分') is held
    to them the same way (bracketed scores are the parts' weights: '产出指标（50 分）得分 45 分'). A score right
    before a clause naming its score by a score word alone is the item's weight ('数量指标 20 分，得分 18 分'):
    neither a total nor a part. Points taken off ('得分 98.5 分（满分 100 分），扣 1.5 分'; lexicons/directions.yml
    deduction_markers) are the weight less the score printed beside them; a 总分 beside one total score is its
    scale ('总分 100 分，得分 98.5 分'), and a score's change ('较上年提高 2 分') or last year's score is no part.
    """
    for claims in claims_by_paragraph(analysis).values():
        weighed = {id(y): x for x, y in zip(claims, claims[1:]) if weight_pair(x, y) and x.kind == "weight"
                   or bare_weight(x, y)}
        weighed |= {id(y): x for x, d, y in zip(claims, claims[1:], claims[2:]) if bare_weight(x, y, via=d)}
        worth = {id(x) for x in weighed.values()}      # '数量指标 20 分，得分 18 分': the 20 is what it is worth
        scores = [c for c in claims if c.kind == "score" and c.raw_number and not c.garbled and id(c) not in worth
                  and this_year(c)]
        for head in scores:
            parts = _parts(scores, head) or _listed_before(scores, head, weighed)
            if len(parts) < 2:
                continue
            stated = points(head.raw_number)
            summed = total([points(p.raw_number) for p in parts])
            if stated is None or summed is None:
                continue
            verdict = compare(stated, summed, _exact_unit(stated))
            if verdict == Verdict.CONSISTENT:
                continue
            key = "AR06.over" if summed.lo > stated.hi else "AR06.under"
            sev = "error" if key == "AR06.over" and verdict == Verdict.CONTRADICTED else "warning"
            shown = _show(summed)
            yield Finding(
                check="AR06", severity=sev,
                message=messages.msg(key, opts.lang, head=head.subject, value=head.raw_number, n=len(parts), sum=shown,
                                     **_WHERE[parts[0].start > head.start]),
                evidence=[claim_evidence(head), *(claim_evidence(p, role="context") for p in parts)],
                computation=f"{head.raw_number} =? " + " + ".join(p.raw_number for p in parts) + f" = {shown}；{messages.verdict(verdict)}",
                claims=[head.id, *(p.id for p in parts)], args={"verdict": verdict.value})
        yield from _deductions(claims, opts)


def _deductions(claims: list[Claim], opts: CheckOptions):
    """'得分 99.10 分（满分 100 分），扣 0.90 分', '满分 100 分，扣 2 分，得分 98 分': the points taken off are the
    weight less the score, the three printed side by side in one sentence (no other score or weight between);
    a weight may be printed as a bare score ('产出指标 50 分，扣 3 分，得分 48 分', ev.common.bare_weight)."""
    marks = ("score", "weight", "deduction")
    for d in (c for c in claims if c.kind == "deduction" and c.raw_number and not c.garbled):
        run = [c for c in claims if c.sentence == d.sentence and c.kind in marks and c.raw_number and not c.garbled]
        pair = _weight_and_score(run, run.index(d), d)
        if pair is None:
            continue
        w, sc = pair
        stated, computed = points(d.raw_number), points(w.raw_number) - points(sc.raw_number)
        verdict = compare(stated, computed, _exact_unit(stated))
        comp = messages.msg("AR06.comp", weight=w.raw_number, score=sc.raw_number, diff=_show(computed), deducted=d.raw_number)
        evidence = [claim_evidence(d), claim_evidence(w, role="context"), claim_evidence(sc, role="context")]
        if verdict == Verdict.CONSISTENT:
            yield from settle([d], True, "AR06", evidence[1:], comp, reasons("weight_score"))
            continue
        yield Finding(
            check="AR06", severity="error" if verdict == Verdict.CONTRADICTED else "warning",
            message=messages.msg("AR06.deduction", opts.lang, d=d.raw_number, w=w.raw_number, s=sc.raw_number,
                                 c=_show(computed)),
            evidence=evidence, computation=comp + f"；{messages.verdict(verdict)}", claims=[d.id, w.id, sc.id],
            args={"verdict": verdict.value})


def _weight_and_score(run: list[Claim], k: int, d: Claim) -> tuple[Claim, Claim] | None:
    """The weight and the score the deduction run[k] is held to: the two before it, the two after it, or the
    one on each side, whichever is a weight and a score of the report year; a bare score before it is the weight
    when a score named by a score word alone follows ('产出指标 50 分，扣 3 分，得分 48 分')."""
    around = [run[k - 1], run[k + 1]] if 0 < k < len(run) - 1 else []
    if around and bare_weight(*around, via=d):
        pairs = [around]
    else:
        pairs = [p for p in (run[k - 2:k] if k >= 2 else [], run[k + 1:k + 3], around)
                 if len(p) == 2 and {c.kind for c in p} == {"weight", "score"}]
    pair = next((p for p in pairs if all(this_year(c) for c in p)), None)
    return tuple(sorted(pair, key=lambda c: c.kind == "score")) if pair else None


_WHERE = {True: {"where": "后", "where_en": "under"}, False: {"where": "前", "where_en": "before"}}


def _parts(scores: list[Claim], head: Claim) -> list[Claim]:
    """The scores after `head` in its sentence listed under it (extra whole_head: its subject)."""
    name = "".join(head.subject.split())
    if not name or head.extra.get("whole_head"):
        return []
    return [c for c in scores if c is not head and c.sentence == head.sentence and c.start > head.start
            and "".join(str(c.extra.get("whole_head") or "").split()) == name]


def _listed_before(scores: list[Claim], head: Claim, weighed: dict[int, Claim]) -> list[Claim]:
    """'产出指标得分 48 分，效益指标得分 30 分，…，总分 95 分': a total score (concepts.yml overall_score, or
    named by a trailing total word, arith.yml trailing_totals) closing its sentence adds up the scores printed
    before it there, none bracketed ('产出指标（50 分）' is a weight), none an item of a 其中 list, each of
    another name (a score named by a score word alone after its weight takes the weight's name). Empty when
    the sentence holds another total or the scores do not qualify."""
    run = [c for c in scores if c.sentence == head.sentence]
    if run[-1] is not head or not _total(head):
        return []
    text = head.paragraph.text
    parts = [c for c in run[:-1] if not in_parens(text, c.sentence[0], c.start)]
    names = ["".join(clause_name(weighed.get(id(c), c)).split()) for c in parts]   # '效益指标权重 30 分，得分 28 分
    if any(_total(c) or c.extra.get("whole_head") for c in parts) or len(set(names)) < len(names):
        return []
    return parts


def _total(c: Claim) -> bool:
    words = tuple((lexicon.load("arith").get("trailing_totals") or {}).get("words", ()))
    return c.concept == "overall_score" or "".join(c.subject.split()).endswith(words)


def _exact_unit(iv: Interval) -> Decimal | None:
    """Whole points are exact (points()): no rounding band to be borderline in."""
    return Decimal(0) if iv.lo == iv.hi else None


def _show(iv: Interval) -> str:
    return str(iv.lo) if iv.lo == iv.hi else str(iv)

