"""What the recomputing AR checks share: the warning for a rate that agrees only through a coarse figure's
rounding; share lists nudged to 100%; the amounts a '两项合计' marker adds up; shares whose parts may stand for
their whole."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

import regex

from finder import lexicon

from finder import messages
from finder.link import evidence as E
from finder.link import groups as G
from finder.checks.nt.common import prose_claims
from finder.link.precision import Judgement
from finder.model import Claim, Evidence, Finding
from finder.numbers.interval import Interval, unit_of_last_digit
from finder.numbers.parse import zh_numeral

messages.add({
    "AR.coarse": {"zh": "“{subject}”{what}文中为 {pct}%，按 {formula} 重算为 {civ}%，仅因 {coarse} 的末位舍入（±半个单位）"
                        "才可能一致；按同段同单位数字的精度（{note}）重算为 {siv}%，与文中不符",
                  "en": "'{subject}': stated {pct}% fits {formula} = {civ}% only through the rounding of {coarse}; "
                        "read at the precision of its neighbours ({note}) it gives {siv}%"},
    "AR.coarse.amount": {"zh": "“{subject}”文中为 {value}（{viv}），按 {formula} 重算为 {civ}，仅因 {coarse} 的末位舍入（±半个单位）"
                               "才可能一致；按同段同单位数字的精度（{note}）重算为 {siv}，与文中不符",
                         "en": "'{subject}': stated {value} ({viv}) fits {formula} = {civ} only through the rounding of {coarse}; "
                               "read at the precision of its neighbours ({note}) it gives {siv}"},
})


def _paren(coarse: str, lang: str) -> str:
    """'（“1万元” 按 ±半个末位单位）' or ' (“1万元” at ± half a unit of the last digit)'."""
    return f" ({coarse} {messages.term('half_unit', lang)})" if lang == "en" else f"（{coarse} {messages.term('half_unit', lang)}）"


def coarse_finding(check: str, j: Judgement, lang: str, *, subject: str, what: str, pct: Claim, formula: str,
                   evidence: list[Evidence], claims: list[str]) -> Finding:
    """A warning for a recomputation that agrees (j.verdict) only while a coarse operand ('1万元'
    beside '0.53万元') may lie anywhere in its rounding interval, and disagrees (j.sharp) once that
    operand is read at the precision of its neighbours: both computations are shown. `pct` is the
    printed figure recomputed: a rate (×100, in %) or an amount (a difference, in its printed unit)."""
    coarse = "、".join(f"“{a}”" for a, _ in j.coarse)
    note = j.note() if lang == "zh" else ", ".join(f"{a} as {b}" for a, b in j.coarse)
    if pct.unit == "%":
        message = messages.msg("AR.coarse", lang, subject=subject, what=what, pct=E.printed(pct), formula=formula,
                               civ=str(j.computed), coarse=coarse, siv=str(j.sharp), note=note)
        computation = messages.steps(f"{formula} × 100 → {j.computed}%{_paren(coarse, lang)}", f"{note}: → {j.sharp}%"
                                     if lang == "en" else f"{note}：→ {j.sharp}%",
                                     messages.stated("text", f"{E.printed(pct)}%", pct.interval),
                                     messages.term("rounding_only"))
    else:
        civ, siv = E.in_printed_unit(j.computed, pct), E.in_printed_unit(j.sharp, pct)
        message = messages.msg("AR.coarse.amount", lang, subject=subject, value=E.printed(pct),
                               viv=E.in_printed_unit(pct.interval, pct), formula=formula, civ=civ, coarse=coarse,
                               siv=siv, note=note)
        computation = messages.steps(f"{formula} → {civ}{_paren(coarse, lang)}", f"{note}: → {siv}"
                                     if lang == "en" else f"{note}：→ {siv}",
                                     messages.stated("text", E.shown(pct), E.in_printed_unit(pct.interval, pct)),
                                     messages.term("rounding_only"))
    return Finding(check=check, severity="warning", message=message, evidence=evidence, kind="percent_recompute",
                   computation=computation, claims=claims,
                   args={"verdict": "coarse", "computed": str(j.computed), "sharp": str(j.sharp)})


@dataclass(frozen=True)
class Nudge:
    """Shares of one whole printed to add to exactly 100% where the honest rounding of each one's
    recomputation adds to `rounded` instead, and the shares in `moved` are each one last-digit unit
    off their honest rounding, all toward 100: a rounding adjustment, reported once (AR04), not
    share by share (AR01)."""

    shares: tuple[Claim, ...]
    moved: tuple[Claim, ...]
    rounded: Decimal
    honest: tuple[Decimal, ...]      # each share's recomputation rounded as printed, in `shares` order


def nudges(analysis) -> list[Nudge]:
    """Every share list of the report nudged to 100% (built once per report)."""
    return analysis.memo("ar.nudges", _find_nudges)


def nudged_ids(analysis) -> frozenset[str]:
    return frozenset(c.id for n in nudges(analysis) for c in n.moved)


def _find_nudges(analysis) -> list[Nudge]:
    """Shares of one whole in one paragraph, or in paragraphs a list runs on through ('…占 3.56%；' |
    '其他支出 109.50 万元，占 0.02%。' cut apart by an extractor)."""
    run = _runs(analysis.report.paragraphs)
    lists: dict[tuple, list[Claim]] = {}
    for c in prose_claims(analysis):
        if c.kind == "share" and c.unit == "%" and c.whole:
            lists.setdefault((run.get(id(c.paragraph)), c.whole), []).append(c)
    return [n for shares in lists.values() if (n := _nudge(shares)) is not None]


def _runs(paragraphs) -> dict[int, int]:
    """id(paragraph) -> id of the first paragraph of its run: a paragraph after one of its section
    ending with a list separator ('；' / '，') continues that one's list."""
    out: dict[int, int] = {}
    prev = None
    for p in paragraphs:
        joined = prev is not None and prev.section is p.section and prev.text.rstrip().endswith(_LIST_RUNS_ON)
        out[id(p)] = out[id(prev)] if joined else id(p)
        prev = p
    return out


_LIST_RUNS_ON = ("；", ";", "，", ",", "、")


def _nudge(shares: list[Claim]) -> Nudge | None:
    if len(shares) < 2 or sum(c.value for c in shares) != 100 or any(not c.extra.get("recomputed") for c in shares):
        return None
    honest = [_rounded(c.extra["recomputed"], c.value) for c in shares]
    if any(h is None for h in honest):
        return None          # a recomputation on a rounding boundary: which way it rounds is unknown
    gap = 100 - sum(honest)
    moved = [(c, c.value - h) for c, h in zip(shares, honest) if c.value != h]
    if gap == 0 or not moved or any(abs(d) != unit_of_last_digit(c.raw_number or str(c.value))
                                    or (d > 0) != (gap > 0) for c, d in moved):
        return None
    return Nudge(tuple(shares), tuple(c for c, _ in moved), sum(honest), tuple(honest))


def _rounded(iv: Interval, printed: Decimal) -> Decimal | None:
    """The interval rounded half up to the printed figure's decimals, when both its ends round alike."""
    q = Decimal(1).scaleb(printed.as_tuple().exponent)
    lo, hi = (x.quantize(q, rounding=ROUND_HALF_UP) for x in (iv.lo, iv.hi))
    return lo if lo == hi else None


def summed_items(claims: list[Claim], c: Claim) -> list[Claim] | None:
    """The amounts '两项合计' (lexicons/arith.yml item_sums) adds up when it is printed in c's clause right
    before c ('…，两项合计占 0.5%' / '…两项合计 200 万元'): the last n amounts of c's sentence before the
    marker, in c's paragraph; None without such a marker or with fewer amounts than it counts. A count naming
    the items as big kinds ('三大平台总计') counts every amount of the sentence before it: with more ('一平台 a，二平台
    b，三平台 c；两大平台合计 T' names two of them, which, the words do not say) it is not read."""
    text = c.paragraph.text
    a = c.clause[0] if c.clause != (0, 0) else max(0, c.start - 20)
    m = _item_sum_re().search(text, a, c.start)
    if m is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else (zh_numeral(m.group("n")) or 0)
    before = [x for x in claims if x.paragraph is c.paragraph and x.sentence == c.sentence and x.kind == "amount"
              and x.end <= m.start()]
    if n < 2 or len(before) < n or any(x.unit != before[-1].unit for x in before[-n:]) \
            or (m.group("kind") and len(before) != n):
        return None
    return before[-n:]


@lru_cache(maxsize=1)
def _item_sum_re() -> "regex.Pattern[str]":
    spec = lexicon.load("arith").get("item_sums") or {}
    alt = lexicon.alternation
    return regex.compile(rf"(?:{alt(spec.get('back', []))})?(?P<n>{alt(spec.get('counts', []))}|\d)\s*"
                         rf"(?:{alt(spec.get('items', []))}|(?P<kind>{alt(spec.get('kinds', []))})\p{{Han}}{{1,4}}?)\s*"
                         rf"(?:{alt(spec.get('words', []))})"
                         r"[为是占比的\s]*(?:占[^，。；,;\d%]{1,16}的)?\s*$")


# the kinds a stated result is read as ('实际完成值为 93%' is a completion, '实际完成 180 人次' a count)
RESULT_KINDS = ("completion", "count", "ratio", "amount", "share")


def stated_result(claims: list[Claim], target: Claim) -> Claim | None:
    """The first figure after a target in its sentence (its paragraph's claims), in the target's unit:
    the result the sentence states for it ('目标值 500 人次，实际完成 450 人次')."""
    return next((c for c in claims if c.paragraph is target.paragraph and c.sentence == target.sentence
                 and c.start > target.start and c.kind in RESULT_KINDS and c.unit == target.unit and c.raw_number
                 and not c.garbled), None)


def by_paragraph(claims) -> list[list[Claim]]:
    """The claims grouped by paragraph, paragraphs in the order they first come, each group in its claims' order
    (one evidence a paragraph)."""
    groups: dict[int, list[Claim]] = {}
    for c in claims:
        groups.setdefault(c.paragraph.index, []).append(c)
    return list(groups.values())


def bare(s: str | None) -> str:
    """A name without its spaces (None reads as '')."""
    return "".join(str(s or "").split())


def words_before(c: Claim) -> str:
    """The words of the claim's clause before its figure (the 20 characters before it when no clause is known)."""
    a = c.clause[0] if c.clause != (0, 0) else max(0, c.start - 20)
    return c.paragraph.text[a:c.start]


def says(c: Claim, words) -> bool:
    """The claim's clause names one of `words` before its figure."""
    text = words_before(c)
    return any(w in text for w in words)


def own_whole_part(share: Claim, part: Claim | None, ids: dict) -> bool:
    """A share whose part is the reporting unit's own (no level or organisation named: '所属二级单位因公出国（境）费
    a，占本部门“三公”经费的 P%' is not) and of its whole's period ('占“三公”经费预算的 P%' of an actual is of the
    budget): only such parts, every part of a decomposition, are their whole (checks.nt.levels identities)."""
    if share.extra.get("whole_period") in G.BUDGET_PERIODS and (part or share).period not in G.BUDGET_PERIODS:
        return False
    return part is None or not (ids[part.id].level or ids[part.id].org)
