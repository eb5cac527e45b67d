"""Helpers the NT / AR / DR checks share: severities from verdicts, unit-slip search, claim filters."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterable

from finder import messages
from finder.model import Claim
from finder.numbers.interval import Interval, Verdict, compare

messages.add({
    "NT.comp.abs": {"zh": "{direction}额 = {diff} → {civ}", "en": "{direction} = {diff} → {civ}"},
    "NT.comp.pct": {"zh": "({value} ÷ {cell} − 1) × 100 → {civ}%（{direction}为正）",
                    "en": "({value} / {cell} − 1) × 100 → {civ}% (positive for {direction})"},
})

SKIP_ROLES = ("glossary", "toc", "duties", "note")
SLIP_POWERS = (1, 2, 3, 4)
SLIP_MIN_DIGITS = 3           # a unit slip is only claimed for a figure printed with this many digits


def checkable(claims: Iterable[Claim]) -> list[Claim]:
    """Claims in prose a reader relies on (not glossary, table of contents, duties or notes), whose
    figure was read whole (no garbled character touches it)."""
    return [c for c in claims if c.paragraph.role not in SKIP_ROLES and not c.garbled]


def prose_claims(analysis) -> list[Claim]:
    """checkable(analysis.claims), worked out once per report for the ~20 checks that walk them
    (callers read the list, never change it)."""
    return analysis.memo("nt.checkable", lambda a: checkable(a.claims))


def prose_groups(analysis) -> dict:
    """link.groups.groups of the checkable claims (one statement's claims each, in document
    order), built once per report for the checks that walk them (AR01-AR03, NT02, DR01)."""
    from finder.link import groups as G

    return analysis.memo("nt.prose_groups", lambda a: G.groups(prose_claims(a)))


def head_changes(analysis, budget_value: bool = False) -> list:
    """Every change the checkable claims state (link.groups.changes of each group, read as the
    text means it: head_reading), in group order; worked out once per report for NT02, NT04 and
    DR01. `budget_value`: a budget figure stands as the value of its change on 上年 (a budget
    report's changes; for the words of a change, not for identities between report-year figures)."""
    def build(a) -> list:
        from finder.link import groups as G

        claims = prose_claims(a)
        return [G.head_reading(claims, ch) for group in prose_groups(a).values()
                for ch in G.changes(group, budget_value=budget_value)]

    return analysis.memo(f"nt.head_changes.{budget_value}", build)


def within(c: Claim, section) -> bool:
    """The claim lies in `section` or one of its subsections (None = anywhere)."""
    return section is None or section.encloses(c.paragraph.section)


def severity(verdict: Verdict, certain: bool = True) -> str | None:
    """error when contradicted and the link is certain; warning when borderline or a guess."""
    if verdict == Verdict.CONTRADICTED:
        return "error" if certain else "warning"
    if verdict == Verdict.BORDERLINE:
        return "warning"
    return None


def hedged(claims) -> bool:
    """Whether a figure is printed with an approximate word that sets no side ('约', '近': units.yml
    approx kinds about, at_most). A bound ('超过 50%', '400 余万元', '不足 600 万元') is exact on its side:
    its compare() already reads it so, and a figure on the wrong side of it is wrong."""
    return any(c.approx in ("about", "at_most") for c in claims)


def hedge(sev: str | None, hedged: bool) -> str | None:
    """A hedged figure (hedged()) agrees when it misses by no more than the rounding of its last digit (no
    borderline warning), and a clear miss is a warning: the text says it is not exact."""
    if not hedged or sev is None:
        return sev
    return None if sev == "warning" else "warning"


def unit_slip(reported: Interval, test: Callable[[Interval], Verdict]) -> int | None:
    """The power k for which reported / 10^k (or x 10^k) makes the contradiction disappear; None
    for a figure printed with fewer than SLIP_MIN_DIGITS significant digits (0.3 against 2,961.68
    agrees with 0.3 x 10^4 only because 0.3 means anything in [0.25, 0.35]), and None when more than
    one power does (1.53 against a cell printed '0' agrees divided by 10, 100 or 1000 alike: the cell
    is nothing, no slip)."""
    if reported.hi - reported.lo > abs(reported.hi) / 10 ** (SLIP_MIN_DIGITS - 1):
        return None
    if reported.lo == reported.hi and abs(reported.hi) < 10 ** (SLIP_MIN_DIGITS - 1):
        return None       # an exact count of 1 or 42: too few digits to tell a slip from a wrong count
    found = [k if factor < 1 else -k for k in SLIP_POWERS
             for factor in (Decimal(1).scaleb(-k), Decimal(1).scaleb(k))
             if test(reported.scale(factor)) == Verdict.CONSISTENT]
    return found[0] if len(found) == 1 else None


def slip_note(k: int, lang: str = "zh") -> str:
    """What undoes a unit slip of 10^k, for a reader: '除以 100', 'multiplying by 1000'."""
    factor = 10 ** abs(k)
    if lang == "en":
        return f"dividing by {factor}" if k > 0 else f"multiplying by {factor}"
    return f"除以 {factor}" if k > 0 else f"乘以 {factor}"


def verdict_of(reported: Interval, computed: Interval | None) -> Verdict:
    if computed is None:
        return Verdict.UNDEFINED
    return compare(reported, computed)


def generic_subject(claim: Claim) -> bool:
    """The subject is a bare word such as 支出 / 收入 (cells.yml generic_subjects): which figure it
    means is a guess, so a mismatch is at most a warning."""
    from finder.link.concepts import generic, split_scope, strip_noise

    return not strip_noise(split_scope(claim.subject or "")[1]) or generic(claim.subject)


def printed_cell(ref, unit: str) -> str:
    """'82,096,797.42 元（8,209.68 万元）' when the table's unit differs from the claim's; a count's cell as printed
    (the table's money unit is not its unit: '公务用车保有量（辆） 13')."""
    from finder.link.concepts import MONEY_UNITS

    text = ref.text or "空白"
    tu = (ref.table.unit or "").strip()
    if not ref.text or not tu or tu == unit or unit not in MONEY_UNITS:
        return text
    from finder.link.resolve import cell_interval

    iv = cell_interval(ref, unit)
    if iv is None:
        return f"{text}{tu}"
    mid = iv.mid.quantize(Decimal("0.01")) if iv.mid.as_tuple().exponent < -2 else iv.mid
    return f"{text}{tu}（合 {mid}{unit}）"


def sentence_stop(text: str, at: int) -> int:
    """Where the clause group after `at` ends: the next '；' or '。', else the paragraph's end."""
    return min([i for i in (text.find(x, at) for x in "；。") if i >= 0] or [len(text)])


@lru_cache(maxsize=1)
def hedge_words() -> tuple[str, ...]:
    """Words making '持平' no equality ('基本持平': directions.yml budget_comparison hedges)."""
    from finder import lexicon

    return tuple(lexicon.load("directions")["budget_comparison"].get("hedges", ()))


def stated_flat(c: Claim) -> bool:
    """The claims stage read an unhedged 持平 on 上年 after the figure (the base may be a named year;
    '基本持平' is no equality)."""
    from finder.link import groups as G

    if c.extra.get("stated_direction") != "持平" or c.extra.get("stated_base") not in G.PRIOR_PERIODS:
        return False
    text = c.paragraph.text
    return not any(w in text[c.end:sentence_stop(text, c.end)] for w in hedge_words())


def on_bases(ch, bases: list, s: int) -> list[Interval | None]:
    """What a stated change should be against each base cell (NT04: a budget's, NT05: last year's):
    (V − B) times the sign for an amount, the rate on B for a rate (None on a base of 0)."""
    from finder.link import groups as G

    v = ch.value.interval
    return [(v - b.interval).scale(s) if ch.abs is not None else G.rate_on_prior(v, b.interval, s) for b in bases]


def base_change_finding(code: str, ch, args: dict, base_word: str, civ: Interval, verdict: Verdict, sev: str,
                        bases: list, lang: str):
    """The finding of a change held against its base cell: message `code` (an amount) or `code`.pct
    (a rate), the stated figure's reading, the recomputation from the cell named `base_word`."""
    from finder import messages
    from finder.link import evidence as E
    from finder.link import groups as G
    from finder.model import Finding

    cell = f"{base_word} {args['cell']}"
    if ch.abs is not None:
        key = code
        args = args | dict(abs=E.printed(ch.abs), aiv=str(ch.abs.interval), civ=str(civ))
        v_ = E.printed(ch.value)
        diff = v_ + ' − ' + cell if G.sign(ch.direction) > 0 else cell + ' − ' + v_
        how = messages.steps(messages.msg("NT.comp.abs", lang, direction=ch.direction, diff=diff, civ=civ),
                             messages.stated("text", E.printed(ch.abs), ch.abs.interval))
    else:
        key = f"{code}.pct"
        args = args | dict(pct=E.printed(ch.pct), piv=str(ch.pct.interval), civ=str(civ))
        how = messages.steps(messages.msg("NT.comp.pct", lang, value=E.printed(ch.value), cell=cell, civ=civ,
                                          direction=ch.direction),
                             messages.stated("text", f"{E.printed(ch.pct)}%", ch.pct.interval))
    return Finding(
        check=code, severity=sev, message=messages.msg(key, lang, **args),
        evidence=[E.claim_evidence(ch.claims()), *(x.ref.evidence() for x in bases)],
        computation=messages.steps(how, messages.verdict(verdict)), claims=[c.id for c in ch.claims()], args={"verdict": verdict.value})


def usable_value(value: Claim, budget: bool = False) -> bool:
    """The value of a change held against a base cell (NT04, NT05): a report-year money figure (with
    `budget`, a budget report's budget figure too) whose own table cell does not contradict it (NT01
    says so then)."""
    from finder.link import groups as G

    periods = G.CURRENT_PERIODS + (G.BUDGET_PERIODS if budget else ())
    return value.kind == "amount" and value.period in periods and value.extra.get("verdict") != Verdict.CONTRADICTED.value


def settled_on_bases(code: str, claim: Claim, sev: str | None, bases: list, reasons: tuple[str, str]) -> list:
    """The ledger's verdict of a change held against base cells: verified when a base agrees,
    contradicted on an error; a warning leaves the claim as it was."""
    from finder.checks.ledger import settle

    if sev == "warning":
        return []
    return settle([claim], sev is None, code, [b.ref.evidence() for b in bases], reasons=reasons)
