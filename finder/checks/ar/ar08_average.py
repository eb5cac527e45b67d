"""AR08: a stated average (人均, 户均, 每批次) disagrees with the total and the count it is of."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.analysis import claims_by_paragraph
from finder.checks.ar.common import bare, words_before
from finder.checks.ledger import settle
from finder.checks.nt.common import prose_claims, severity
from finder.checks.registry import CheckOptions, register
from finder.link import evidence as E
from finder.model import Claim, Finding
from finder.numbers.interval import Interval, compare

messages.add({
    "AR08": {"zh": "“{subject}”文中为 {value}（{viv}），按 {total} ÷ {count} 重算为 {civ}，两者不符",
             "en": "'{subject}' is {value} ({viv}) but {total} / {count} gives {civ}"},
    "AR08.ok": {"zh": "与总额 ÷ 数量一致", "en": "agrees with the total over the count"},
})


@register("AR08", name="average-mismatch", groups=("core", "arith"), kind="percent_recompute")
def average_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """所述平均数（人均、户均、每批次）与同句总额 ÷ 数量不符 (average ≠ total ÷ count).

    An amount named by an average word (lexicons/arith.yml averages) is the amount printed before it in its
    sentence over the count printed there in a unit the word is per ('户均' per 户, '人均' per 人 or 人次).
    Read only when the sentence holds one such count and one total before the average, neither approximate,
    and the average is no average per span of time ('人均每月') nor a bound or standard ('最高每人'). Interval arithmetic over every printed
    rounding decides; an average that fits is verified in the ledger.

    **Why it matters**
    A per-household or per-person figure is what readers remember; one its own total and count
    contradict misstates the benefit or the cost.

    **Anti-pattern**
    120.00 万元 ÷ 400 户 = 3000 元:

    .. code-block:: text

        共发放补助资金 120.00 万元，惠及 400 户，户均 3500 元。

    **Best practice**

    .. code-block:: text

        共发放补助资金 120.00 万元，惠及 400 户，户均 3000 元。
    """
    usable = {id(c) for c in prose_claims(analysis)}
    for claims in claims_by_paragraph(analysis).values():
        for avg in claims:
            units = _per_units(avg)
            if not units or id(avg) not in usable:
                continue
            before = [c for c in claims if c.sentence == avg.sentence and c.start < avg.start]
            counts = [c for c in before if c.kind == "count" and c.unit in units]
            totals = [c for c in before if c.kind == "amount" and c.unit == avg.unit and not _per_units(c)]
            total = _of(avg, totals)
            if len(counts) != 1 or total is None or counts[0].value in (None, 0):
                continue
            count = counts[0]
            if any(id(c) not in usable or c.approx for c in (total, count)):
                continue
            yield from _judge(avg, total, count, opts)


def _judge(avg: Claim, total: Claim, count: Claim, opts: CheckOptions) -> Iterator[Finding]:
    computed = total.interval.clamp_nonneg() / Interval(count.value, count.value)
    verdict = compare(avg.interval, computed)
    formula = f"{_with_unit(total)} ÷ {E.printed(count)} {count.unit}"
    sev = severity(verdict)
    if sev is None:
        yield from settle([avg], True, "AR08", [E.claim_evidence([total, count], role="reference")],
                          formula, (messages.msg("AR08.ok", opts.lang), ""))
        return
    civ = E.in_printed_unit(computed, avg)
    viv = E.in_printed_unit(avg.interval, avg)
    yield Finding(
        check="AR08", severity=sev, kind="percent_recompute",
        message=messages.msg("AR08", opts.lang, subject=avg.subject, value=E.shown(avg), viv=viv,
                             total=_with_unit(total), count=f"{E.printed(count)} {count.unit}", civ=civ),
        evidence=[E.claim_evidence(avg), E.claim_evidence(total, role="context"),
                  E.claim_evidence(count, role="context")],
        computation=messages.steps(f"{formula} = {civ}", messages.stated("text", E.shown(avg), viv), messages.verdict(verdict)),
        claims=[avg.id, total.id, count.id], args={"verdict": verdict.value})


_NAME_END = regex.compile(r"[\s为是：:约达]+$")


def _of(avg: Claim, totals: list[Claim]) -> Claim | None:
    """The total an average is of: the last one before it whose subject shares the name printed after the
    average word ('人均接待费' of '国内公务接待费'); with no name ('户均 3000 元'), the one amount before it,
    none when there are several ('…办公费 a、水电费 b，在职 50 人，人均 3.36 万元' is of neither); None when
    the name is another's ('人均收入' after '基本工资')."""
    clause = words_before(avg)
    per, _ = _averages()
    word = max((w for words, _ in per for w in words if w in clause), key=len, default="")
    name = _NAME_END.sub("", clause[clause.find(word) + len(word):]) if word else ""
    if len(_HAN.findall(name)) < 2:
        return totals[0] if len(totals) == 1 else None     # of several amounts, which one is not said
    named = bare(name)
    return next((t for t in reversed(totals) if named in bare(t.subject)
                 or _common_tail(named, bare(t.subject)) >= 2), None)


def _common_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _with_unit(c: Claim) -> str:
    """The figure as printed with its unit: '120.00 万元', '3500元'."""
    shown = E.shown(c)
    return shown if shown != E.printed(c) else f"{shown} {c.unit}"


_HAN = regex.compile(r"\p{Han}")


def _per_units(c: Claim) -> tuple[str, ...]:
    """The count units an amount's average word is per ('户均' -> 户), () when it is named by none."""
    if c.kind != "amount" or c.approx:
        return ()
    text = words_before(c)
    per, others = _averages()
    if any(w in text for w in others):
        return ()
    return next((units for words, units in per if any(w in text for w in words)), ())


@lru_cache(maxsize=1)
def _averages() -> tuple[tuple[tuple[tuple[str, ...], tuple[str, ...]], ...], tuple[str, ...]]:
    d = lexicon.load("arith").get("averages") or {}
    per = tuple((tuple(p["words"]), tuple(p["units"])) for p in d.get("per", ()))
    return per, tuple(d.get("per_time", ())) + tuple(d.get("not_average", ()))
