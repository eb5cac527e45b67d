"""EV18: the evaluated projects' average score and counts by rating against the forms and the projects stated."""
from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, localcontext
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.appendix.build import of
from finder.appendix.model import EvalTable, column_name
from finder.checks.ev.common import bands, fmt, judge, points, row_evidence, severity
from finder.checks.ledger import reasons, settle
from finder.checks.nt.common import prose_claims
from finder.checks.registry import CheckOptions, register
from finder.link import evidence as E
from finder.model import Claim, Finding
from finder.numbers.interval import HUNDRED, Interval, Verdict, total

messages.add({
    "EV18.mean": {"zh": "文中 {n} 个项目自评平均得分为 {reported} 分，而所附 {n} 张项目支出绩效自评表总分得分的平均为 {computed} 分",
                  "en": "the text gives {n} projects an average score of {reported}, but the {n} project forms average {computed}"},
    "EV18.band": {"zh": "文中评价等级为“{rating}”的项目 {reported} 个，而所附项目支出绩效自评表中总分在该等级（{band}）的有 {computed} 个",
                  "en": "the text counts {reported} projects rated '{rating}', but {computed} of the project forms score in its band ({band})"},
    "EV18.sum": {"zh": "文中各评价等级的项目数之和为 {reported} 个，而所述项目共 {whole} 个",
                 "en": "the counts by rating add up to {reported}, but {whole} projects are stated"},
    "EV18.sum_band": {"zh": "文中各分数段的项目数之和为 {reported} 个，而所述项目共 {whole} 个",
                      "en": "the counts by band of scores add up to {reported}, but {whole} projects are stated"},
    "EV18.comp.sum": {"zh": "{terms} = {summed} {op} {whole}？{answer}", "en": "{terms} = {summed} {op} {whole}? {answer}"},
    "EV18.yes": {"zh": "是", "en": "yes"},
    "EV18.no": {"zh": "否", "en": "no"},
    "EV18.comp.band": {"zh": "总分在{band}的自评表 {forms} 张；文中 {reported} 个",
                       "en": "forms with a total score of {band}: {forms}; the text {reported}"},
    "EV18.comp.from": {"zh": "{low} 分及以上", "en": "{low} or more"},
    "EV18.comp.under": {"zh": "、{top} 分以下", "en": " and under {top}"},
})

_QUOTES = "“”\"'‘’「」『』"
_SENTENCE = regex.compile(r"[。！!？?]")
_PROJECT_COUNTS = ("projects", "perf_projects")


@lru_cache(maxsize=1)
def _words() -> tuple[str, str, str, str, str]:
    """The pieces of the count-by-rating patterns (appendix.yml): rating names (rating_bands), markers,
    a quote mark, what is counted, the link words that go on with a list a marker began."""
    lex = lexicon.load("appendix")
    return (lexicon.alternation([n for *_, ns in bands() for n in ns]),
            lexicon.alternation([*lex["rating_markers"], *lex["rating_counts"]["markers"]]),
            f"[{regex.escape(_QUOTES)}]", lexicon.alternation(lex["rating_counts"]["counted"]),
            lexicon.alternation(lex["rating_counts"]["continuing"]))


@lru_cache(maxsize=None)
def _count_re() -> "regex.Pattern[str]":
    """The words right before a count by rating, read with no spaces: a quoted rating ('“良”的'), or
    one after a marker ('评价等级为优秀的'), then 的 and what is counted ('项目')."""
    names, markers, q, counted, _ = _words()
    return regex.compile(rf"(?:{q}(?P<r>{names}){q}|(?:{markers})(?P<r>{names}))(?:等级|级)?的(?:{counted})?$")


@register("EV18", name="evaluated-projects-overview-mismatch", groups=("appendix",), kind="count_mismatch")
def evaluated_projects_overview(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文中所述项目自评平均得分、各评价等级项目数与所附项目支出绩效自评表或所述项目数不符。

    A sentence stating how many projects were evaluated may give their average score ('3 个项目自评平均
    得分为 96.16 分') and their number by rating ('评价等级为“优”的 2 个、“良”的 1 个'). When the number
    stated is the number of project forms printed, the average is the mean of the forms' 总分 得分 (each
    score's printed rounding carried through), and each rating's count the forms whose 总分 falls in its
    band (appendix.yml rating_bands, as EV16; a warning, a region may set its own bands; a score
    straddling a band's edge may count in either). When fewer forms are printed, neither can be checked.
    The counts by rating never add up to more than the projects stated, and to exactly that when every
    rating is listed (the national template's 优/良/合格/不合格). A count may also print its rating after
    it ('其中 12 个项目自评等级为优，4 个项目为良'), a list go on with the ratings alone ('优的 7 个，良的 4 个'),
    and a sentence of counts by rating alone count the projects the sentence before states ('共开展重点绩效
    评价项目 3 个，涉及资金 X 万元。评价结果为优的 2 个，良的 1 个'). Counts by a band of scores ('自评得分 90 分
    以上的 10 个，80-90 分的 2 个'; appendix.yml rating_counts band_words) add up to no more than the projects.

    **Anti-pattern**
    Three project forms print 总分 98.53, 89.95 and 100.00:

    .. code-block:: text

        从项目自评情况看，3 个项目自评平均得分为 96.61 分，评价等级为“优”的 1 个，评价等级为“良”的 2 个。
        绩效自评项目 4 个，平均得分 95 分（其中，绩效评级为“优”的项目 3 个；“良”的项目 1 个；“合格”的项目 1 个；“不合格”的项目 0 个）。

    **Best practice**

    .. code-block:: text

        从项目自评情况看，3 个项目自评平均得分为 96.16 分，评价等级为“优”的 2 个，评价等级为“良”的 1 个。
    """
    app = of(analysis)
    forms = _forms(app.projects)
    bands_in: dict[int, list] = {}
    for nc in analysis.non_claims:
        if nc.reason == "threshold":
            bands_in.setdefault(id(nc.paragraph), []).append(nc)
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for c in prose_claims(analysis):
        by_sentence.setdefault((id(c.paragraph), _sentence_of(c)), []).append(c)
    for (para, n), claims in by_sentence.items():
        claims.sort(key=lambda c: c.start)
        counts = _rating_counts(claims, bands_in.get(para, []))
        for c in claims:
            if c.concept == "perf_avg_score" and c.kind == "score":
                whole = _whole(claims, c, counts)
                if whole is not None and forms is not None and whole.value == len(forms):
                    yield from _mean(c, forms, opts)
        if not counts:
            continue
        whole = _whole(claims, counts[0][0], counts)
        if whole is None and not any(c.kind == "count" and c.start < counts[0][0].start for c in claims):
            # '共开展重点绩效评价项目 3 个，涉及资金 X。评价结果为优的 2 个，…': the projects the sentence before counts
            before = sorted(by_sentence.get((para, n - 1), ()), key=lambda c: c.start)
            whole = _whole(before, None, _rating_counts(before, bands_in.get(para, [])))
        if whole is None:
            continue
        yield from _sum(whole, counts, opts)
        if forms is not None and whole.value == len(forms):
            yield from _bands_held(counts, forms, opts)


def _forms(projects: list[EvalTable]) -> list[EvalTable] | None:
    """One form a project (a name two tables print is one project), each with its 总分 得分; None when
    a form prints no total score."""
    named: dict[str, EvalTable] = {}
    for et in projects:
        named.setdefault("".join((et.project or et.table.title).split()), et)
    out = list(named.values())
    if not out or any(et.total is None or points(et.total.score) is None for et in out):
        return None
    return out


def _sentence_of(c: Claim) -> int:
    """Which sentence (ended by '。', not by '；': the template lists its ratings between '；') holds c."""
    return len(_SENTENCE.findall(c.paragraph.text, 0, c.start))


@lru_cache(maxsize=None)
def _next_re() -> "regex.Pattern[str]":
    """The words between a count by rating and the next count, read with no spaces, when they name the next
    rating alone ('优的 7 个，良的 4 个'; '优的项目 8 个、良的项目 5 个'): the list goes on."""
    names, _, q, counted, _ = _words()
    return regex.compile(rf"^[，、；,;]{q}?(?P<r>{names}){q}?(?:等级|级)?的(?:{counted})?$")


@lru_cache(maxsize=None)
def _after_re() -> "regex.Pattern[str]":
    """The words after a count up to the clause's end, read with no spaces, when they give what it counts a
    rating ('12 个项目自评等级为优，4 个项目为良'): what is counted, a few words, a marker (or 为, after
    the first), the rating."""
    names, markers, q, counted, going_on = _words()
    return regex.compile(rf"^个?(?:{counted})\p{{Han}}{{0,4}}?"
                         rf"(?:{markers}|(?P<on>{going_on})){q}?(?P<r>{names}){q}?(?:等级|级)?(?=[，、；,;。]|$)")


def _rating_counts(claims: list[Claim], thresholds: list = ()) -> list[tuple[Claim, str]]:
    """(count, rating) for each count by rating, read from the words between it and the figure before (or,
    in a list already begun, the rating alone), or from the words after it to its clause's end; all of the
    first one's period, and ended by a count of projects that is no count by rating. A count right after a
    band of scores (`thresholds`: the non-claims of its paragraph) is by that band, named as printed."""
    out, before = [], None
    for c in claims:
        start = before.end if before is not None else 0
        if out and c.kind == "count" and c.period != out[0][0].period:
            break                       # '…中的 2 个；上年自评为优的 18 个': another year's counts end the list
        if c.kind == "count" and c.value is not None:
            text = c.paragraph.text
            words = "".join(text[max(start, c.start - 40):c.start].split())
            band = _band_before(c, thresholds, start)
            if band is not None:
                out.append((c, band))
                before = c
                continue
            m = _count_re().search(words)
            if m is None and out and out[-1][0] is before:
                m = _next_re().search("".join(text[start:c.start].split()))
            if m is None:
                m = _after_re().match("".join(text[c.end:c.end + 30].split()))
                if m is not None and m.group("on") and not out:
                    m = None    # a bare 为 rates only after a marker has said what 为 gives
            if m is not None:
                out.append((c, m.group("r")))
            elif out and c.concept in _PROJECT_COUNTS:
                break                   # '…；第三方评价项目 4 个，评为优的 3 个': other projects, rated apart
        before = c
    return out


def _band_before(c: Claim, thresholds: list, start: int) -> str | None:
    """The band of scores printed right before count c after `start` ('90 分以上的', '80-90 分的'), or None."""
    inside = [t for t in thresholds if t.paragraph is c.paragraph and start <= t.start and t.end <= c.start]
    if not inside:
        return None
    text = c.paragraph.text
    rest = "".join(text[inside[-1].end:c.start].split())
    for w in _band_words():
        rest = rest.replace(w, "")
    return "".join(text[inside[0].start:c.start].split()) if not rest else None


@lru_cache(maxsize=1)
def _band_words() -> tuple[str, ...]:
    """The words a band of scores and its count may have between them (appendix.yml rating_counts), longest first."""
    words = lexicon.load("appendix")["rating_counts"]
    return tuple(sorted(words["band_words"] + words["counted"], key=len, reverse=True))


def _whole(claims: list[Claim], first: Claim | None, counts: list[tuple[Claim, str]]) -> Claim | None:
    """The number of projects stated before `first` in its sentence (anywhere in it when None): the nearest
    project count that is no count by rating."""
    rated = {id(c) for c, _ in counts}
    before = [c for c in claims if (first is None or c.start < first.start) and c.kind == "count"
              and c.concept in _PROJECT_COUNTS and id(c) not in rated and c.value is not None]
    return before[-1] if before else None


def _rated(rating: str) -> bool:
    return any(rating in b[3] for b in bands())


def _band(rating: str) -> tuple:
    return next(b for b in bands() if rating in b[3])


def _mean(c: Claim, forms: list[EvalTable], opts: CheckOptions) -> Iterator[Finding]:
    """The stated average against the mean of the forms' total scores."""
    scores = [points(et.total.score) for et in forms]
    summed, n = total(scores), len(forms)
    with localcontext() as ctx:
        ctx.rounding = ROUND_FLOOR
        lo = summed.lo / n
        ctx.rounding = ROUND_CEILING
        hi = summed.hi / n
    mean, stated = Interval(lo, hi), Interval.printed(E.printed(c))
    verdict = judge(stated, mean)
    refs = [row_evidence(et.total.row, et.table, column_name("score")) for et in forms]
    raws = " + ".join(et.total.score.raw.strip() for et in forms)
    computation = messages.steps(f"({raws}) ÷ {n} → {fmt(mean)}", messages.stated("text", E.printed(c), fmt(stated)),
                                 messages.verdict(verdict))
    yield from settle([c], verdict == Verdict.CONSISTENT, "EV18", refs, computation)
    sev = severity(verdict)
    if sev is not None:
        yield Finding("EV18", sev, messages.msg("EV18.mean", opts.lang, n=n, reported=E.printed(c),
                                                computed=fmt(mean)),
                      [E.claim_evidence(c), *refs], kind="score_sum", computation=computation, claims=[c.id])


def _sum(whole: Claim, counts: list[tuple[Claim, str]], opts: CheckOptions) -> Iterator[Finding]:
    """The counts by rating against the projects stated: no more, and as many when every rating is listed."""
    listed = {_band(r)[2] for _, r in counts if _rated(r)}
    summed = sum(c.value for c, _ in counts)
    every = len(listed) == len(bands()) and len(counts) == len(listed)     # bands of scores: never read as all
    ok = summed == whole.value if every else summed <= whole.value
    computation = messages.msg("EV18.comp.sum", terms=" + ".join(E.printed(c) for c, _ in counts), summed=fmt(summed),
                               op="=" if every else "≤", whole=E.printed(whole), answer=messages.msg(f"EV18.{'yes' if ok else 'no'}"))
    claims = [whole, *(c for c, _ in counts)]
    yield from settle(claims, ok, "EV18", [E.claim_evidence(whole, role="reference")], computation,
                      reasons=reasons("rating_counts"))
    if not ok:
        key = "EV18.sum" if all(_rated(r) for _, r in counts) else "EV18.sum_band"
        yield Finding("EV18", "error", messages.msg(key, opts.lang, reported=fmt(summed),
                                                    whole=E.printed(whole)),
                      [E.claim_evidence([c for c, _ in counts]), E.claim_evidence(whole, role="reference")],
                      kind="narrative_vs_narrative", computation=computation, claims=[c.id for c in claims])


def _bands_held(counts: list[tuple[Claim, str]], forms: list[EvalTable], opts: CheckOptions) -> Iterator[Finding]:
    """Each count by rating against the forms whose 总分 surely (at least) or possibly (at most) falls in its band."""
    column = column_name("score")
    for c, rating in counts:
        if not _rated(rating):
            continue                    # a band of scores as printed: held to the sum only
        low, top, name, _ = _band(rating)
        inside = [et for et in forms if _within(_capped(et), low, top)]
        maybe = [et for et in forms if _meets(_capped(et), low, top)]
        ok = len(inside) <= c.value <= len(maybe)
        shown = messages.msg("EV18.comp.from", low=fmt(low)) + ("" if top == 100 else messages.msg("EV18.comp.under", top=fmt(top)))
        computation = messages.msg("EV18.comp.band", band=shown, reported=E.printed(c),
                                   forms=f"{len(inside)}" + ("" if len(maybe) == len(inside) else f"–{len(maybe)}"))
        refs = [row_evidence(et.total.row, et.table, column) for et in maybe or forms]
        yield from settle([c], ok, "EV18", refs, computation)
        if not ok:
            computed = str(len(inside)) if len(maybe) == len(inside) else f"{len(inside)}–{len(maybe)}"
            yield Finding("EV18", "warning", messages.msg("EV18.band", opts.lang, rating=rating, reported=E.printed(c),
                                                          band=shown, computed=computed),
                          [E.claim_evidence(c), *refs], computation=computation, claims=[c.id])


def _capped(et: EvalTable) -> Interval:
    """A form's total score; out of 100, so a printed 100.00 means 100 at most."""
    iv = points(et.total.score)
    return Interval(min(iv.lo, HUNDRED), min(iv.hi, HUNDRED))


def _within(iv: Interval, low, top) -> bool:
    """Every value the printed score may mean is in [low, top) (the top band holds 100)."""
    return iv.lo >= low and (iv.hi < top or (top == 100 and iv.hi <= top))


def _meets(iv: Interval, low, top) -> bool:
    """Some value the printed score may mean is in [low, top)."""
    return iv.hi >= low and (iv.lo < top or (top == 100 and iv.lo <= top))
