"""AR04's change lists: a whole's change on last year against its every part's change (by words or by concept)."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.ar.common import by_paragraph
from finder.checks.ar.flat_parts import Nil, Said, flat_parts, left_out, paired_parts, said_flat, said_nil
from finder.checks.ar.kind_lists import closed_by_rest
from finder.checks.ledger import Settlement, reasons, settle
from finder.checks.nt.common import severity
from finder.checks.registry import CheckOptions
from finder.claims.segments import in_parens
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.concepts import cells, key_of, scope_words
from finder.link.wholes import decompositions, in_scope_parts
from finder.model import Claim, Finding
from finder.numbers.interval import Interval, Verdict, compare, total

messages.add({
    "AR04.changes": {"zh": "“{whole}”{base}{direction} {value}（{wiv}），其下所列各项变动 {parts} 之和为 {siv}，两者不符",
                     "en": "'{whole}' changed by {direction} {value} ({wiv}) on {base_en}, but the changes listed "
                           "under it, {parts}, add to {siv}"},
})
_REASONS = reasons("changes_sum")
_RATE_REASONS = reasons("rates_sum")
messages.add({
    "AR04.rates": {"zh": "“{whole}”{base}{direction} {value}%（{wiv}%），按其下所列各项的金额与变动率重算为 {civ}%，两者不符",
                   "en": "'{whole}' changed by {direction} {value}% ({wiv}%) on {base_en}, but the amounts and rates "
                         "listed under it, {parts}, give {civ}%"},
    "AR04.rates.base": {"zh": "上年数 = Σ 各项金额 ÷ (1 + 变动率)：{parts} → {base}",
                        "en": "last year = Σ each amount ÷ (1 + its rate): {parts} → {base}"},
    "reason.rates_sum.ok": {"zh": "与其下所列各项金额及变动率重算一致", "en": "recomputes right from the amounts and rates listed under it"},
    "reason.rates_sum.bad": {"zh": "与其下所列各项金额及变动率重算不符", "en": "does not recompute from the amounts and rates listed under it"},
})


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
                       or c.period != whole.period or G.prior_kind(c) != G.prior_kind(whole) for c in items) \
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
    on into the paragraphs right after the whole's when that one ends opening a list ('…其中：'). A part's figure
    said unchanged ('公务接待费 a 万元，与上年无增减', directions.yml flat_parts) moved by 0: exactly when a table
    prints its two years alike, else within a unit of its last digit (a warning: the word alone says it); said
    only roughly so ('基本持平') it bounds nothing. A part left out moved by 0 when a table prints its two years
    alike; otherwise the list bounds nothing, as the part left out may move either way (the whole's reason says so)."""
    changed = {(id(c.paragraph), c.extra.get("group")) for c in analysis.claims if c.kind == "change_abs"}
    nils = {**paired_parts(analysis, changed), **flat_parts(analysis, changed)}
    seq: list = [c for c in analysis.claims if (c.kind == "change_abs" and c.paragraph.role == "narrative")
                 or id(c) in nils]
    said = said_flat(analysis)
    if said:
        seq = sorted(seq + said, key=lambda c: (c.paragraph.index, c.start))
    for changes in _by_prior_kind(seq):
        for i, whole in enumerate(changes):
            if not isinstance(whole, Claim) or whole.kind != "change_abs" or id(whole) in judged \
                    or G.sign(whole.direction) is None or whole.approx:
                continue
            run, unread = _parts_run(changes, i, analysis.report, nils)
            if run is None:
                unread = unread or _named_reasons(changes, i)
                if unread:
                    yield from _note(whole, unread)
                continue
            items = [nils.get(id(x), x) if isinstance(x, Claim) else x for x in run]
            hedged = [n for n in items if isinstance(n, Nil) and n.change is None]
            if hedged:
                yield from _note(whole, messages.msg("reason.changes_sum.hedged", name=hedged[0].name,
                                                     said=hedged[0].said))
                continue
            if all(isinstance(c, Nil) and (c.claim is None or c.claim.unit == whole.unit)
                   or isinstance(c, Claim) and G.sign(c.direction) is not None and not c.approx
                   and c.unit == whole.unit and c.period == whole.period for c in items):
                yield from _judge(whole, items, opts, certain=True)
    yield from _rate_lists(analysis, opts)


def _note(whole: Claim, reason: str) -> list[Settlement]:
    """The whole's reason when its list bounds nothing, if nothing else judges it."""
    return [Settlement(whole.id, True, "AR04", reasons=(reason, reason), note=True)]


def _by_prior_kind(changes: list) -> list[list]:
    """The changes on each of last year's figures apart (groups.prior_kind), in print order, where a sentence
    compares its figure with both: '比上年预算下降 P%，比上年决算下降 Q%' lists two runs of parts, each read on its
    own base. Elsewhere one wording of the base ('比上年预算减少 a'; a part said '与上年持平') is the report's
    one base, so the changes stay one run, figure-less sentences saying a part unchanged with them."""
    kinds_of: dict[tuple, set[str]] = {}
    for c in changes:
        if isinstance(c, Claim) and c.kind.startswith("change"):
            kinds_of.setdefault((id(c.paragraph), c.sentence), set()).add(G.prior_kind(c))
    kinds: dict[str, list] = {}
    for c in changes:
        both = isinstance(c, Claim) and len(kinds_of.get((id(c.paragraph), c.sentence), ())) > 1
        kinds.setdefault(G.prior_kind(c) if both else "", []).append(c)
    return list(kinds.values())


def _parts_run(changes: list[Claim], i: int, report, nils: dict[int, Nil] | None = None
               ) -> tuple[list[Claim | Nil] | None, str]:
    """The changes printed right after changes[i] that are every part of its figure by concept (_concept_sums),
    in print order, a part left out that a table shows unchanged after them; (None, why) when they are not (why:
    the parts left out, when every other part is printed; else '')."""
    nils = nils or {}
    whole = changes[i]
    kw = key_of(whole)
    if kw is None:
        return None, ""
    run: list[Claim | Nil] = []
    grand: dict[tuple, list[Claim]] = {}      # a part not printed -> its own parts printed in the run
    para = whole.paragraph
    for c in changes[i + 1:]:
        k = _key(c, kw)
        if k is None or not (c.paragraph is para or _list_goes_on(whole.paragraph, para, c.paragraph)):
            if isinstance(c, Said) or id(c) in nils:
                continue
            break
        para = c.paragraph
        if _part(k, kw) and all(_key(p, kw) != k for p in run):
            run.append(c)
        elif any(_part(k, _key(p, kw)) for p in run):
            continue
        elif (m := _middle(k, kw)) is not None and all(_key(p, kw) != k for p in grand.get(m, ())):
            grand.setdefault(m, []).append(c)
        elif isinstance(c, Said) or id(c) in nils:
            continue                         # another figure said flat: no change printed to end the run
        else:
            break
    if len(run) + sum(len(kids) for kids in grand.values()) < 2:
        return None, ""
    width = _width([whole, *run, *(x for kids in grand.values() for x in kids)])
    run = [said_nil(report, c, kw[1], whole.unit, width) if isinstance(c, Said) else c for c in run]
    grand = {m: [said_nil(report, c, kw[1], whole.unit, width) if isinstance(c, Said) else c for c in kids]
             for m, kids in grand.items()}
    keys = [_key(c) for c in run]
    left: list[str] = []
    for m, kids in grand.items():            # '“三公”经费 …；公务接待费 …；购置费 …；运行维护费 …': the
        if m in keys:                        # vehicle part is its two parts' changes together
            continue
        fill = _left_out(m, [_key(c) for c in kids], report, whole.unit, left)
        if fill is not None:
            keys.append(m)
            run += [*kids, *fill]
    if not _complete(kw, keys, report):
        named = list(left)                   # a middle part whose own parts are named already is not named again
        fill = _left_out(kw, keys, report, whole.unit, left)
        left = [n for n in left if n in named or (n, kw[1]) not in grand]
        if fill is None:
            return None, messages.msg("reason.changes_sum.left_out", names=messages.listing(left)) if left else ""
        run += fill
    return sorted(run, key=_order), ""


def _named_reasons(changes: list, i: int) -> str:
    """The ledger reason of a change whose reason clause lists only changes of things that are no part of it by
    concept ('财政拨款支出增加 D，主要原因：一是某某项目增加 a；二是某某工程增加 b'): projects or works a report names,
    not a decomposition of the figure, so what it leaves out may move either way and their sum bounds the change
    neither way. '' when no such clause follows the change in its paragraph, or a listed change is a part of it
    (_parts_run reads those)."""
    whole = changes[i]
    kw = key_of(whole)
    if kw is None:
        return ""
    listed = []
    for c in changes[i + 1:]:
        if not isinstance(c, Claim) or c.paragraph is not whole.paragraph or c.kind != "change_abs":
            break
        listed.append(c)
    if not listed or not _reason_marker().search(whole.paragraph.text, whole.end, listed[0].start) \
            or any((k := _key(c, kw)) is not None and (_part(k, kw) or _middle(k, kw) is not None or k == kw)
                   for c in listed):
        return ""
    return messages.msg("reason.changes_sum.named", whole=whole.subject)


@lru_cache(maxsize=1)
def _reason_marker() -> regex.Pattern:
    return regex.compile("|".join(map(regex.escape, lexicon.load("directions").get("reason_markers", ()))))


def _key(c: Claim | Nil | Said, kw: tuple | None = None) -> tuple | None:
    """What a run's item is: a claim's concept key, a Nil's; a Said's entry in the scope of the whole `kw`."""
    if isinstance(c, Said):
        return (c.entry, kw[1]) if kw is not None else c.key
    return key_of(c) if isinstance(c, Claim) else c.key


def _order(c: Claim | Nil) -> tuple:
    if isinstance(c, Nil) and c.said_at is not None:
        return (c.said_at[0].index, c.said_at[1])
    return (c.paragraph.index, c.start) if isinstance(c, Claim) else (1 << 30, 0)


def _width(claims: list) -> Interval:
    """What two figures printed alike at the list's coarsest printing may differ by: one unit of the last digit
    of its widest printed change, either way (a figure-less part said unchanged is printed like its list)."""
    u = max((c.interval.width for c in claims if isinstance(c, Claim) and c.kind == "change_abs"), default=0)
    return Interval(-u, u)


def _left_out(kw: tuple, keys: list[tuple], report, unit: str, left: list[str]) -> list[Nil] | None:
    """[] when `keys` are every part of `kw`; the parts left out, as Nils, when each is shown unchanged by a table;
    None otherwise (the names of those no table shows unchanged are added to `left`)."""
    if _complete(kw, keys, report):
        return []
    missing = _missing(kw, keys, report)
    if not missing:
        return None
    names = [_name(k, kw) for k in missing]
    fills = [left_out(report, k, unit, n) for k, n in zip(missing, names)]
    if any(f is None for f in fills):
        left += [n for n, f in zip(names, fills) if f is None and n not in left]
        return None
    return fills


def _name(k: tuple, kw: tuple) -> str:
    """A part's name: its entry, or for one fund of `kw`'s figure the fund's name (cells.yml scopes)."""
    if k[0] != kw[0]:
        return k[0]
    return next((w for sc, w in scope_words() if sc == k[1]), k[1])


def _missing(kw: tuple, keys: list[tuple], report) -> list[tuple]:
    """The parts of `kw` that `keys` (distinct parts of it) leave out: its other funds, or the other parts of the
    complete decomposition holding them all (the fewest left out); [] when none holds them."""
    names = {k[0] for k in keys}
    if all(k[0] == kw[0] for k in keys):
        return [(kw[0], s) for s in (cells().get("scope_splits") or {}).get(kw[1], ()) if (kw[0], s) not in keys]
    options = [[(p, kw[1]) for p in parts if p not in names]
               for d in decompositions() if d["whole"] == kw[0] and d.get("complete")
               for parts in (d["parts"], in_scope_parts(d, kw[1], report)) if parts and names <= set(parts)]
    return min(options, key=len, default=[])


def _rate_lists(analysis, opts: CheckOptions) -> Iterator[Finding | Settlement]:
    """A figure with its rate of change and, right after it, every part of it by concept (as _concept_sums reads
    them) with its figure and its rate only ('…“三公”经费决算 3150 万元，比上年下降 2.4%。分项情况是：因公出国（境）
    经费决算 120 万元，比上年增长 79.1%；公务接待费决算 1033 万元，下降 7.6%；公务用车购置及运行费决算 1618 万元，下降
    1.2%'): each part's last-year figure is its figure ÷ (1 + its rate), the whole's is their sum, so the whole's rate
    is its figure ÷ that sum − 1. Interval arithmetic over every printed rounding; an error past it. A rate of
    −100% (no base left to read) or a part without its own figure in its sentence leaves the list unread. A fit
    verifies the whole's rate if nothing else judged it (a fallback); the parts' rates, each read only through the
    whole's base, are not verified by it."""
    rates = [c for c in analysis.claims if c.kind == "change_pct" and c.paragraph.role == "narrative"
             and c.unit == "%"]
    figures = _figures(analysis.claims)

    def _figure(c: Claim) -> Claim | None:
        return figures.get(id(c))

    for rates, i, whole in ((rs, i, w) for rs in _by_prior_kind(rates) for i, w in enumerate(rs)):
        if G.sign(whole.direction) is None or whole.approx or _figure(whole) is None:
            continue
        run, _ = _parts_run(rates, i, analysis.report)
        if not run or any(not isinstance(c, Claim) or G.sign(c.direction) is None or c.approx or c.period != whole.period
                          or _figure(c) is None for c in run):
            continue
        prior = [_prior(c, _figure(c)) for c in run]
        if any(p is None for p in prior):
            continue
        base = total(prior)
        if base.lo <= 0:
            continue
        w = _signed(whole)
        computed = (_figure(whole).interval / base).scale(100)
        computed = Interval(computed.lo - 100, computed.hi - 100)
        verdict = compare(w, computed)
        parts = messages.listing(f"{c.subject} {E.shown(_figure(c))}{E.printed_unit(_figure(c))}（{c.direction} "
                                 f"{E.shown(c)}%）" for c in run)
        comp = messages.steps(messages.msg("AR04.rates.base", opts.lang, parts=parts, base=str(base)),
                              f"({E.shown(_figure(whole))} ÷ {base} − 1) × 100 → {computed}%",
                              f"{whole.subject}{whole.direction} {E.shown(whole)}% → {w}%",
                              messages.verdict(verdict))
        if verdict == Verdict.CONSISTENT:
            yield from settle([whole] if whole.status != "verified" and not whole.checked_against else [],
                              True, "AR04", computation=comp, reasons=_RATE_REASONS, fallback=True)
            continue
        if verdict != Verdict.CONTRADICTED:
            continue
        yield Finding(
            check="AR04", severity=severity(verdict, True),
            message=messages.msg("AR04.rates", opts.lang, whole=whole.subject, direction=whole.direction, **_base(whole),
                                 value=E.shown(whole), wiv=str(w), parts=parts, civ=str(computed)),
            evidence=[E.claim_evidence([_figure(whole), whole]),
                      *(E.claim_evidence([x for c in g for x in (_figure(c), c)]) for g in by_paragraph(run))],
            computation=comp, claims=[whole.id] + [c.id for c in run],
            args={"verdict": verdict.value})


def _figures(claims: list[Claim]) -> dict[int, Claim]:
    """Each rate's figure: the amount of its group printed before it in its sentence, not last year's; or, for a
    sentence opening with the comparison and no figure of its own ('A 100.00 万元。比上年增长 25.00%。'), the amount
    of its group (the claims stage carries the group into it) ending the sentence right before it."""
    out: dict[int, Claim] = {}
    last: dict[tuple, Claim] = {}
    for c in claims:
        key = (id(c.paragraph), c.extra.get("group"))
        if c.kind == "amount" and c.period != "上年" and not c.approx:
            last[key] = c
        elif c.kind == "change_pct" and key in last:
            f = last[key]
            if f.sentence == c.sentence or _sentence_before(f, c):
                out[id(c)] = f
    return out


def _sentence_before(figure: Claim, rate: Claim) -> bool:
    """`figure` is the last figure of the sentence right before `rate`'s, and nothing but the comparison opens the
    rate's sentence before its clause (no figure of another thing between them)."""
    text = rate.paragraph.text
    return figure.sentence[1] == rate.sentence[0] and not any(ch.isdigit() for ch in text[figure.end:rate.start])


def _prior(rate: Claim, figure: Claim) -> Interval | None:
    """A part's last-year figure: its figure ÷ (1 + its signed rate), None when the factor may be 0."""
    r = _signed(rate)
    factor = Interval(1 + r.lo / 100, 1 + r.hi / 100)
    if factor.lo <= 0:
        return None
    return figure.interval / factor


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


def _base(whole: Claim) -> dict[str, str]:
    """How a message names the whole's base: 较上年, or 较上年预算 for a change on last year's budget."""
    budget = G.prior_kind(whole) == "预算"
    return {"base": "较上年预算" if budget else "较上年", "base_en": "last year's budget" if budget else "last year"}


def _signed(c: Claim | Nil) -> Interval:
    if isinstance(c, Nil):
        return c.change
    iv = c.interval
    return iv if G.sign(c.direction) >= 0 else Interval(-iv.hi, -iv.lo)


def _judge(whole: Claim, items: list[Claim | Nil], opts: CheckOptions,
           certain: bool = False) -> Iterator[Finding | Settlement]:
    """`certain`: the parts are all of the whole by concept (an error past rounding; a sum that fits verifies
    the changes nothing else has judged, as a fallback: a change held to its own figures elsewhere keeps that
    reason), not read so from words (a warning; a list that adds up verifies its changes). A part's change read
    only from a word saying it is unchanged (a Nil with no table) makes a mismatch a warning. A sum one unit of the
    whole's last digit from it (Verdict.BORDERLINE) is a warning either way: a change misprinted by one digit, or
    one rounded the other way."""
    w, s = _signed(whole), total([_signed(c) for c in items])
    verdict = compare(w, s)
    parts = messages.listing(c.label(opts.lang) if isinstance(c, Nil) else f"{c.subject}{c.direction} {E.shown(c)}"
                             for c in items)
    comp = messages.steps(f"{parts} → {s}", f"{whole.subject}{whole.direction} {E.shown(whole)} → {w}",
                          messages.verdict(verdict))
    stated = [c for c in items if isinstance(c, Claim)]
    if verdict == Verdict.CONSISTENT:
        yield from settle([c for c in (whole, *stated) if c.status != "verified" and not c.checked_against],
                          True, "AR04", computation=comp, reasons=_REASONS, fallback=certain)
        return
    if verdict not in (Verdict.CONTRADICTED, Verdict.BORDERLINE):
        return                               # one unit of the last digit off: a warning (severity())
    worded = [c.name for c in items if isinstance(c, Nil) and not c.tabled and c.prior is None]
    quoted = [*stated, *(x for c in items if isinstance(c, Nil) for x in (c.claim, c.prior) if x is not None)]
    quoted.sort(key=lambda c: (c.paragraph.index, c.start))
    said = [c.quoted for c in items if isinstance(c, Nil) and c.claim is None and c.said_at is not None]
    cells = [r for c in items if isinstance(c, Nil) for r in c.cells]
    yield Finding(
        check="AR04", severity=severity(verdict, certain and not worded),
        message=messages.msg("AR04.changes", opts.lang, whole=whole.subject, direction=whole.direction,
                             **_base(whole), value=E.shown(whole), wiv=str(w), parts=parts, siv=str(s))
        + (messages.msg("AR04.worded", opts.lang, names=messages.listing(worded, opts.lang)) if worded else ""),
        evidence=[E.claim_evidence(whole), *(E.claim_evidence(g) for g in by_paragraph(quoted)),
                  *(e for e in said if e is not None), *(r.evidence() for r in cells)],
        computation=comp,
        claims=[whole.id] + [c.id for c in quoted], args={"verdict": verdict.value})
