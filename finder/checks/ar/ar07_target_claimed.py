"""AR07: a sentence states a target and a result that misses it, and says the target was met."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.analysis import claims_by_paragraph
from finder.appendix.build import of
from finder.checks.ar.common import stated_result
from finder.checks.ev.common import OP_SIGNS, lower_better, meets, misses
from finder.checks.ev.ev06_items import matched_items
from finder.checks.ledger import Settlement, reasons, settle
from finder.checks.registry import CheckOptions, register
from finder.claims import vocab
from finder.link.evidence import claim_evidence
from finder.model import Claim, Finding

messages.add({
    "AR07": {"zh": "文字称达到目标，但同句所述完成值 {actual} 未达到目标值 {op}{target}",
             "en": "the text says the target was met, but the result it states, {actual}, misses the target {op}{target}"},
    "AR07.said_missed": {"zh": "文字称未达到目标，但同句所述完成值 {actual} 已达到目标值 {op}{target}",
                         "en": "the text says the target was missed, but the result it states, {actual}, meets the target "
                               "{op}{target}"},
    "AR07.comp": {"zh": "{actual} → {iv}；目标 {op} {target}", "en": "{actual} → {iv}; target {op} {target}"},
    "AR07.comp.said_missed": {"zh": "{actual} → {iv}；目标 {op} {target}；文字称未达到",
                              "en": "{actual} → {iv}; target {op} {target}; the text says missed"},
})
# what parts a sentence into items of their own
ITEM_MARKS = ("；", ";")
REASONS = reasons("target_met")
MISSED_REASONS = reasons("target_missed")
# what may stand between a result and the verdict printed right after it ('实际完成 126 场，未达到预期目标')
VERDICT_GAP = " ，,、"
# what ends a verdict that is a clause of its own ('…，达到预期目标，主要原因是…')
VERDICT_END = ("，", ",", "。", "；", ";")


@register("AR07", name="target-missed-but-claimed-in-text", groups=("core", "arith"),
          kind="target_not_met_but_claimed")
def target_missed_but_claimed_in_text(analysis, opts: CheckOptions) -> Iterator[Finding | Settlement]:
    """文字称“达到目标”，而同句所述完成值未达到同句所述目标值 (a target the sentence itself shows missed).

    **Why it matters**
    A self-evaluation sentence that prints the target, the result and the verdict can be checked
    on its own, also when no self-evaluation table is attached (in an indicator's numbered explanation
    EV08 holds the sentence against the table's row instead, and this check stays quiet there). A result
    is measured against the target's own operator (≥ when none is printed; ≤ for rates and counts of unwanted
    events).
    The other way round, a verdict right after the result denying the target was met ('实际完成 126 场，未达到
    预期目标', appendix.yml phrases denied before a met phrase, not one modifying a noun: '未达到预期目标的原因')
    while the result meets it for certain is an error too, in an indicator's explanation as well (EV08 reads
    only a 'met' there). A 'met' verdict printed right after the result, a clause of its own, decides alone
    over a reason clause after it ('…，达到预期目标，主要原因是…尚未完成'); a denial elsewhere in the item still
    leaves the sentence unread.

    **Anti-pattern**

    .. code-block:: text

        社会公众满意度指标年度目标值为≥95%，实际完成值为 93%，达到预期目标。

    **Best practice**

    .. code-block:: text

        社会公众满意度指标年度目标值为≥95%，实际完成值为 93%，未达到预期目标，主要原因是……
    """
    explained = _explained(analysis)
    for claims in claims_by_paragraph(analysis).values():
        for target in (c for c in claims if c.kind == "target" and c.raw_number and not c.garbled):
            actual = stated_result(claims, target)
            if actual is None:
                continue
            op = target.extra.get("operator") or ("<=" if lower_better(target.subject, target.unit != "%") else ">=")
            if _says_missed(actual):
                yield from _said_missed(target, actual, op, opts)
                continue
            if (id(target.paragraph), target.sentence[0]) in explained or not _says_met(target, actual):
                continue
            comp = _comp("AR07.comp", target, actual, op)
            missed = misses(actual.interval, target.value, op)
            yield from settle([target, actual], not missed, "AR07", (), comp, REASONS)
            if not missed:
                continue
            yield Finding(
                check="AR07", severity="error",
                message=messages.msg("AR07", opts.lang, actual=actual.raw.strip(), op=OP_SIGNS.get(op, ""),
                                     target=target.raw.strip()),
                evidence=[claim_evidence([target, actual])],
                computation=comp, claims=[target.id, actual.id])


def _explained(analysis) -> set[tuple[int, int]]:
    """(paragraph, sentence start) of every sentence in an indicator's explanation that EV08 reads
    against its table row (matched_items)."""
    return {(id(s.paragraph), s.start) for it, _ in matched_items(of(analysis)) for s in it.spans}


def _says_met(target: Claim, actual: Claim) -> bool:
    """The rest of the target's part of the sentence says the target was met, and nowhere says it was
    missed; a sentence listing several indicators' results ('一是…达到预期目标；二是…未达到…') parts them
    at its semicolons. A verdict printed right after the result decides alone over a reason after it
    (directions.yml reason_markers: '…，达到预期目标，主要原因是…尚未完成')."""
    text = actual.paragraph.text
    a, b = actual.sentence
    a = max(a, *(text.rfind(m, a, target.start) + 1 for m in ITEM_MARKS))
    b = min([b, *(k for k in (text.find(m, actual.end, b) for m in ITEM_MARKS) if k >= 0)])
    met, missed = _verdicts()
    verdict = met.match(text, _past_gap(text, actual.end))
    whole = verdict and text[verdict.end():verdict.end() + 1] in VERDICT_END   # not '达到预期目标的 75%'
    if whole and (reason := vocab.load().reason_re.search(text, verdict.end(), b)):
        b = reason.start()               # '…，达到预期目标，主要原因是…尚未完成': the reason says why, not the verdict
    return bool(met.search(text, actual.end, b)) and not missed.search(text, a, b)


def _past_gap(text: str, at: int) -> int:
    while at < len(text) and text[at] in VERDICT_GAP:
        at += 1
    return at


def _comp(key: str, target: Claim, actual: Claim, op: str) -> str:
    """The computation: the result's rounding interval beside the target it is held to."""
    return messages.msg(key, actual=actual.raw.strip(), iv=actual.interval, op=OP_SIGNS.get(op, op),
                        target=target.raw.strip())


def _said_missed(target: Claim, actual: Claim, op: str, opts: CheckOptions) -> Iterator[Finding | Settlement]:
    """The verdict right after the result says the target was missed: a result that meets the target for
    certain contradicts it (also in an indicator's explanation: EV08 reads only a 'met' there)."""
    comp = _comp("AR07.comp.said_missed", target, actual, op)
    met, missed = meets(actual.interval, target.value, op), misses(actual.interval, target.value, op)
    if not (met or missed):
        return
    yield from settle([target, actual], missed, "AR07", (), comp, MISSED_REASONS)
    if met:
        yield Finding(
            check="AR07", severity="error",
            message=messages.msg("AR07.said_missed", opts.lang, actual=actual.raw.strip(), op=OP_SIGNS.get(op, ""),
                                 target=target.raw.strip()),
            evidence=[claim_evidence([target, actual])], computation=comp, claims=[target.id, actual.id])


def _says_missed(actual: Claim) -> bool:
    """The words right after the result (past a comma) deny a target was met ('实际完成 126 场，未达到预期目标'):
    a negation word before one of the 'met' phrases."""
    return bool(_denied().match(actual.paragraph.text, _past_gap(actual.paragraph.text, actual.end)))


@lru_cache(maxsize=1)
def _denied() -> regex.Pattern:
    """A negation (appendix.yml phrases denied) before a 'met' phrase: '未达到预期目标', '没有完成年度目标'; not one
    modifying a noun after 的 ('未达到预期目标的指标已整改', '…的原因是'), which gives no verdict on this result."""
    lex = lexicon.load("appendix")["phrases"]
    return regex.compile(f"(?:{'|'.join(lex['denied'])})(?:{'|'.join(f'(?:{w})' for w in lex['met'])})(?!值?的)")


@lru_cache(maxsize=1)
def _verdicts() -> tuple[regex.Pattern, regex.Pattern]:
    lex = lexicon.load("appendix")["phrases"]
    return tuple(regex.compile("|".join(f"(?:{w})" for w in lex[k])) for k in ("met", "missed"))
