"""AR04: stated parts do not add up to the stated whole (其中 lists, “三公”, classes, shares)."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from finder import messages
from finder.checks.nt.common import checkable, severity
from finder.checks.registry import CheckOptions, register
from finder.link import groups as G
from finder.link.concepts import key_of
from finder.link.wholes import decompositions
from finder.model import Claim, Finding, Section
from finder.numbers.interval import Verdict, compare, total

messages.add({
    "AR04": {"zh": "“{whole}”文中为 {value}（{wiv}），其组成部分 {parts} 之和为 {siv}，两者不符",
             "en": "'{whole}' is {value} ({wiv}) but its parts {parts} add to {siv}"},
    "AR04.shares": {"zh": "同一整体的各项占比之和为 {sum}%，经尾数调整凑足 100%（各项按金额重算之和为 {siv}%）",
                    "en": "the shares of one whole add to {sum}%, nudged to 100% (recomputed shares add to {siv}%)"},
})
PERIODS = ("本年", "年初预算", "全年预算")


@register("AR04", name="parts-do-not-add-up", groups=("core", "arith"), kind="narrative_vs_narrative")
def parts_do_not_add_up(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """所述分项之和与所述总数不符 (stated parts ≠ stated whole).

    **Why it matters**
    A total that its own parts contradict means one of the figures is wrong.

    **Anti-pattern**
    “三公” 8.78 = 因公出国 0 + 公务接待 8.78 + 公务用车 1.66 = 10.44?

    .. code-block:: text

        “三公”经费支出决算数为 8.78 万元。（一）因公出国（境）费决算数为 0 万元。
        （二）公务接待费决算数为 8.78 万元。（三）公务用车购置及运行维护费支出 1.66 万元。

    **Best practice**

    .. code-block:: text

        “三公”经费支出决算数为 10.44 万元。（一）因公出国（境）费决算数为 0 万元。
        （二）公务接待费决算数为 8.78 万元。（三）公务用车购置及运行维护费支出 1.66 万元。
    """
    claims = [c for c in checkable(analysis.claims) if c.kind == "amount"]
    for period in PERIODS:
        stated = [c for c in claims if _period(c) == _period_of(period)]
        yield from _decompositions(stated, opts)
        yield from _classes(stated, opts)
    yield from _shares(analysis, opts)


def _period(c: Claim) -> str:
    return _period_of(c.period)


def _period_of(p: str) -> str:
    return "本年" if p in G.CURRENT_PERIODS else p


def _subtree(c: Claim) -> Section | None:
    return c.paragraph.section


def _within(c: Claim, sec: Section | None) -> bool:
    if sec is None:
        return True
    node = c.paragraph.section
    while node is not None:
        if node is sec:
            return True
        node = node.parent
    return False


def _siblings(c: Claim, whole: Claim) -> bool:
    """Both are listed as parts of the same whole in one sentence (one 其中 list): neither is a part
    of the other."""
    return bool(whole.whole) and c.whole == whole.whole and c.paragraph is whole.paragraph \
        and c.sentence == whole.sentence


def _first_by_key(items: list[Claim]) -> dict[tuple, Claim]:
    out: dict[tuple, Claim] = {}
    for c in items:
        k = key_of(c)
        if k is not None:
            out.setdefault(k, c)
    return out


def _decompositions(stated: list[Claim], opts: CheckOptions) -> Iterator[Finding]:
    for d in decompositions():
        for whole in (c for c in stated if key_of(c) and key_of(c)[0] == d["whole"]):
            scope = key_of(whole)[1]
            near = [c for c in stated if c is not whole and _within(c, _subtree(whole)) and not _siblings(c, whole)
                    and key_of(c) and key_of(c)[1] in (scope, "all") and key_of(c)[0] in d["parts"]]
            parts = _first_by_key(near)
            if len(parts) < 2:
                continue
            complete = d.get("complete") and len({k[0] for k in parts}) == len(d["parts"])
            yield from _judge(whole, list(parts.values()), complete, opts)


def _classes(stated: list[Claim], opts: CheckOptions) -> Iterator[Finding]:
    """Class-level figures of 财政拨款支出 by 功能分类 add to the stated total (a 款 / 项 path is
    not a class: a list of 项 may leave some out)."""
    for whole in stated:
        k = key_of(whole)
        if not k or k[0] != "本年支出合计" or k[1] not in ("fiscal", "gpb"):
            continue
        near = [c for c in stated if c is not whole and _within(c, _subtree(whole)) and not _siblings(c, whole)
                and key_of(c) and str(key_of(c)[0]).startswith("functional:") and "/" not in str(key_of(c)[0])]
        parts = _first_by_key(near)
        if len(parts) >= 2:
            yield from _judge(whole, list(parts.values()), True, opts)


def _judge(whole: Claim, parts: list[Claim], complete: bool, opts: CheckOptions) -> Iterator[Finding]:
    s = total([p.interval.clamp_nonneg() for p in parts])
    w = whole.interval
    verdict = compare(w, s, unit=None) if complete else (Verdict.CONTRADICTED if s.lo > w.hi else Verdict.CONSISTENT)
    if verdict == Verdict.BORDERLINE or (complete and verdict == Verdict.CONTRADICTED and s.gap(w) <= _unit(whole)):
        verdict = Verdict.BORDERLINE
    sev = severity(verdict)
    if sev is None:
        return
    names = " + ".join(f"{p.subject} {G.printed(p)}" for p in parts)
    yield Finding(
        check="AR04", severity=sev,
        message=messages.msg("AR04", opts.lang, whole=whole.subject, value=G.printed(whole), wiv=str(w),
                             parts=names, siv=str(s)),
        evidence=[G.claim_evidence(whole)] + [G.claim_evidence(p, role="context") for p in parts],
        computation=f"{names} → {s}；{whole.subject} {G.printed(whole)} → {w}；"
                    f"{'应相等' if complete else '分项之和不应超过总数'}；{verdict.value}",
        claims=[whole.id] + [p.id for p in parts], args={"verdict": verdict.value})


def _unit(c: Claim) -> Decimal:
    n = c.raw_number or str(c.value)
    try:
        return Decimal(1).scaleb(Decimal(n.replace(",", "")).as_tuple().exponent)
    except Exception:  # noqa: BLE001
        return Decimal(0)


def _shares(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """Shares of one whole in one paragraph printed to add to exactly 100 while their
    recomputations do not reach it: reported once, as info."""
    by_para: dict[tuple, list[Claim]] = {}
    for c in checkable(analysis.claims):
        if c.kind == "share" and c.unit == "%" and c.whole:
            by_para.setdefault((id(c.paragraph), c.whole), []).append(c)
    for shares in by_para.values():
        if len(shares) < 2 or sum(c.value for c in shares) != 100:
            continue
        yield from _nudged(shares, opts)


def _nudged(shares: list[Claim], opts: CheckOptions) -> Iterator[Finding]:
    exact = [c for c in shares if c.extra.get("recomputed")]
    if len(exact) != len(shares):
        return
    s = total([c.extra["recomputed"] for c in exact])
    if s.contains(Decimal(100)):
        return
    yield Finding(check="AR04", severity="info",
                  message=messages.msg("AR04.shares", opts.lang, sum="100", siv=str(s)),
                  evidence=[G.claim_evidence(shares)], computation=f"各项重算之和 → {s}", kind="percent_recompute",
                  claims=[c.id for c in shares])
