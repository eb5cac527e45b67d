"""AR04's change lists: a whole's change on last year against its every part's change (by words or by concept)."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.ar.kind_lists import closed_by_rest
from finder.checks.ledger import Settlement, reasons, settle
from finder.checks.nt.common import severity
from finder.checks.registry import CheckOptions
from finder.claims.segments import in_parens
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.concepts import cells, key_of
from finder.link.wholes import decompositions, in_scope_parts
from finder.model import Claim, Finding
from finder.numbers.interval import Interval, Verdict, compare, total

messages.add({
    "AR04.changes": {"zh": "“{whole}”较上年{direction} {value}（{wiv}），其下所列各项变动 {parts} 之和为 {siv}，两者不符",
                     "en": "'{whole}' changed by {direction} {value} ({wiv}) on last year, but the changes listed "
                           "under it, {parts}, add to {siv}"},
})
_REASONS = reasons("changes_sum")


def change_lists(analysis, opts: CheckOptions) -> Iterator[Finding | Settlement]:
    """A sentence stating one change on last year ('收入总计 X，与上年相比减少 D') and the next opening with 其中 and
    only its kinds' changes, each with its direction, the last the rest ('其中：财政拨款收入增加 a，事业收入增加 b，其他
    收入减少 c'; concepts.yml residual_prefixes): the kinds are every part, so their signed changes add to the
    whole's. Changes on another base than the whole's ('教育支出比年初预算增加 a') make no such list. A warning:
    that the list is every part is read from its last name. Then the lists read by concept (_concept_sums)."""
    by_sentence: dict[tuple[int, tuple[int, int]], list[Claim]] = {}
    judged: set[int] = set()
    for c in analysis.claims:
        if c.paragraph.role == "narrative":
            by_sentence.setdefault((id(c.paragraph), c.sentence), []).append(c)
    for (pid, sent), claims in by_sentence.items():
        changes = [c for c in claims if c.kind == "change_abs"]
        if len(changes) != 1 or G.sign(changes[0].direction) is None or changes[0].approx or not changes[0].subject:
            continue
        whole = changes[0]
        text = whole.paragraph.text
        nxt = next((s for (q, s), _ in by_sentence.items() if q == pid and s[0] >= sent[1]
                    and not text[sent[1]:s[0]].strip(" 。")), None)
        items = by_sentence.get((pid, nxt), []) if nxt else []
        if len(items) < 2 or not text[nxt[0]:items[0].start].lstrip(" ：:").startswith("其中") \
                or any(c.kind != "change_abs" or G.sign(c.direction) is None or c.approx or c.unit != whole.unit
                       or c.period != whole.period for c in items) \
                or not closed_by_rest([c.subject for c in items]) or _explained(text, items):
            continue
        judged.add(id(whole))
        yield from _judge(whole, items, opts)
    yield from _concept_sums(analysis, judged, opts)


def _concept_sums(analysis, judged: set[int], opts: CheckOptions) -> Iterator[Finding | Settlement]:
    """A figure's change on its base and, right after it in its paragraph, the changes of its parts that are all
    of it by concept: the funds its scope splits into (cells.yml scope_splits: '财政拨款支出 T，比上年增加 D。
    …一般公共预算拨款支出 a，比上年减少 da；政府性基金拨款支出 b，增加 db；国有资本经营预算拨款支出 0，增加 0') or
    every part of a complete decomposition ('“三公”经费 … 增加 D；因公出国（境）费 … 公务接待费 …', complete_in_scopes
    too). The signed changes add to the whole's (an error past their rounding). A part's own parts printed in the
    run are passed over; a part not printed is its own parts' changes together when the run prints them all
    ('“三公”经费…减少 D；公务接待费…；因公出国（境）费…；公务用车购置费…；公务用车运行维护费…': each level is held to its
    own parts, the vehicle parts standing in for their whole); a change of another figure ends it. The run goes
    on into the paragraphs right after the whole's when that one ends opening a list ('…其中：'). A part missing ('与上年持平' says no figure), or
    a list of only some parts, bounds nothing: the parts left out may move either way."""
    changes = [c for c in analysis.claims if c.kind == "change_abs" and c.paragraph.role == "narrative"]
    for i, whole in enumerate(changes):
        kw = key_of(whole)
        if kw is None or id(whole) in judged or G.sign(whole.direction) is None or whole.approx:
            continue
        run: list[Claim] = []
        grand: dict[tuple, list[Claim]] = {}      # a part not printed -> its own parts printed in the run
        para = whole.paragraph
        for c in changes[i + 1:]:
            k = key_of(c)
            if k is None or not (c.paragraph is para or _list_goes_on(whole.paragraph, para, c.paragraph)):
                break
            para = c.paragraph
            if _part(k, kw) and all(key_of(p) != k for p in run):
                run.append(c)
            elif any(_part(k, key_of(p)) for p in run):
                continue
            elif (m := _middle(k, kw)) is not None and all(key_of(p) != k for p in grand.get(m, ())):
                grand.setdefault(m, []).append(c)
            else:
                break
        keys = [key_of(c) for c in run]
        for m, kids in grand.items():            # '“三公”经费 …；公务接待费 …；购置费 …；运行维护费 …': the
            if m not in keys and _complete(m, [key_of(c) for c in kids], analysis.report):
                keys.append(m)                   # vehicle part is its two parts' changes together
                run += kids
        if len(run) >= 2 and _complete(kw, keys, analysis.report) \
                and all(G.sign(c.direction) is not None and not c.approx and c.unit == whole.unit
                        and c.period == whole.period for c in run):
            yield from _judge(whole, sorted(run, key=lambda c: (c.paragraph.index, c.start)), opts, certain=True)


def _list_goes_on(head, last, p) -> bool:
    """`p` is the paragraph right after `last` in a list the whole's paragraph `head` opens ('…下降 7.81%。其中：' ⏎
    '公务接待费 …减少 a。' ⏎ '因公出国（境）费 …增加 b。')."""
    return head.text.rstrip().endswith(("：", ":")) and p.index == last.index + 1


def _middle(k: tuple, kw: tuple) -> tuple | None:
    """The part of `kw` (by a decomposition of its concept) that `k` is a part of: '公务用车购置费' names a part of
    the '“三公”经费' through 公务用车购置及运行维护费; None when `k` is no such grandchild."""
    return next(((p, kw[1]) for d in decompositions() if d["whole"] == kw[0] for p in d["parts"]
                 if _part(k, (p, kw[1]))), None)


def _part(k: tuple, kw: tuple) -> bool:
    """`k` names a part of `kw`: the same figure of a fund `kw`'s scope splits into, or a part of a
    decomposition of `kw`'s concept, of its scope or printed with none."""
    if k[0] == kw[0]:
        return k[1] in (cells().get("scope_splits") or {}).get(kw[1], ())
    return k[1] in (kw[1], "all") and any(d["whole"] == kw[0] and k[0] in d["parts"] for d in decompositions())


def _complete(kw: tuple, keys: list[tuple], report) -> bool:
    """The parts (distinct) are every part of `kw`: all its funds, or all the parts of one complete decomposition
    (or of its scope's, complete_in_scopes, unless the report names a kind that list leaves out)."""
    if all(k[0] == kw[0] for k in keys):
        return len(keys) == len((cells().get("scope_splits") or {}).get(kw[1], ()))
    names = {k[0] for k in keys}
    return any(d["whole"] == kw[0] and d.get("complete")
               and (names == set(d["parts"]) or names == in_scope_parts(d, kw[1], report)) for d in decompositions())


def _explained(text: str, items: list[Claim]) -> bool:
    """A listed change explains or splits the one before it ('教育支出增加 a，主要是人员经费增加 b', '…（其中：学前教育
    增加 b）'): a reason, purpose or part marker (directions.yml) between the two, or a note opened after the one
    before and still open. Which later changes go on with it is not known, so such a list is not read."""
    return any(_explains().search(text, items[i - 1].end, c.start) or in_parens(text, items[i - 1].end, c.start)
               for i, c in enumerate(items) if i)


@lru_cache(maxsize=1)
def _explains() -> regex.Pattern:
    d = lexicon.load("directions")
    words = (*d.get("reason_markers", ()), *d.get("purpose_markers", ()), *d.get("part_markers", ()),
             *d.get("clause_part_markers", ()))
    return regex.compile("|".join(map(regex.escape, words)))


def _signed(c: Claim) -> Interval:
    iv = c.interval
    return iv if G.sign(c.direction) >= 0 else Interval(-iv.hi, -iv.lo)


def _judge(whole: Claim, items: list[Claim], opts: CheckOptions, certain: bool = False) -> Iterator[Finding | Settlement]:
    """`certain`: the parts are all of the whole by concept (an error past rounding; a sum that fits verifies
    the changes nothing else has judged, as a fallback: a change held to its own figures elsewhere keeps that
    reason), not read so from words (a warning; a list that adds up verifies its changes)."""
    w, s = _signed(whole), total([_signed(c) for c in items])
    verdict = compare(w, s)
    parts = messages.listing(f"{c.subject}{c.direction} {E.shown(c)}" for c in items)
    comp = messages.steps(f"{parts} → {s}", f"{whole.subject}{whole.direction} {E.shown(whole)} → {w}",
                          messages.verdict(verdict))
    if verdict == Verdict.CONSISTENT:
        yield from settle([c for c in (whole, *items) if c.status != "verified" and not c.checked_against],
                          True, "AR04", computation=comp, reasons=_REASONS, fallback=certain)
        return
    if verdict != Verdict.CONTRADICTED:
        return
    yield Finding(
        check="AR04", severity=severity(verdict, certain),
        message=messages.msg("AR04.changes", opts.lang, whole=whole.subject, direction=whole.direction,
                             value=E.shown(whole), wiv=str(w), parts=parts, siv=str(s)),
        evidence=[E.claim_evidence(whole), *(E.claim_evidence([c for c in items if c.paragraph.index == k])
                                             for k in dict.fromkeys(c.paragraph.index for c in items))],
        computation=comp,
        claims=[whole.id] + [c.id for c in items], args={"verdict": verdict.value})
