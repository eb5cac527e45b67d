"""AR04's shares: the shares of the parts of one whole against 100% and against the parts' amounts."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from finder import messages
from finder.checks.ar.common import Nudge, bare, by_paragraph, nudges, own_whole_part
from finder.checks.ar.heads import claim_period
from finder.checks.ar.parts_sum import digit_unit
from finder.checks.nt.common import prose_claims, severity, verdict_of
from finder.checks.registry import CheckOptions
from finder.claims import vocab
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.concepts import entry_of_name
from finder.link.wholes import decompositions, in_scope_parts, whole_scope
from finder.model import Claim, Finding
from finder.numbers.interval import Interval, Verdict, compare, total


def adjusted_shares(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """Shares of one whole in one paragraph printed to add to exactly 100 while their
    recomputations do not reach it, or while their honest roundings do not (a last digit moved:
    common.nudges): reported once, as info."""
    by_para: dict[tuple, list[Claim]] = {}
    for c in prose_claims(analysis):
        if c.kind == "share" and c.unit == "%" and c.whole:
            by_para.setdefault((id(c.paragraph), c.whole), []).append(c)
    adjusted = set()
    for n in nudges(analysis):
        adjusted.update(c.id for c in n.shares)
        yield _rounding_adjusted(n, opts)
    for shares in by_para.values():
        if len(shares) < 2 or sum(c.value for c in shares) != 100 or any(c.id in adjusted for c in shares):
            continue
        yield from _nudged(shares, opts)


def _rounding_adjusted(n: Nudge, opts: CheckOptions) -> Finding:
    moved = messages.listing((f"“{c.subject}” {E.printed(c)}%" for c in n.moved), opts.lang)
    steps = (f"{c.subject} {c.extra['recomputed']}% → {h}%"
             + (messages.msg("AR04.nudged.text", opts.lang, pct=E.printed(c)) if h != c.value else "")
             for c, h in zip(n.shares, n.honest))
    return Finding(check="AR04", severity="info",
                   message=messages.msg("AR04.nudged", opts.lang, rounded=str(n.rounded), moved=moved),
                   evidence=[E.claim_evidence(list(g)) for g in by_paragraph(n.shares)], kind="percent_recompute",
                   computation=messages.steps(*steps, messages.msg("AR04.nudged.sum", opts.lang, rounded=str(n.rounded))),
                   claims=[c.id for c in n.shares])


def _nudged(shares: list[Claim], opts: CheckOptions) -> Iterator[Finding]:
    exact = [c for c in shares if c.extra.get("recomputed")]
    if len(exact) != len(shares):
        return
    s = total([c.extra["recomputed"] for c in exact])
    if s.contains(Decimal(100)):
        return
    if any(c.status == "contradicted" for c in shares):
        yield from _short_list(shares, opts)   # a share is wrong (AR01), not nudged by a last digit
        return
    if all(verdict_of(c.interval, c.extra["recomputed"]) == Verdict.CONSISTENT for c in exact):
        if s.lo > 100:      # each share rounds right, yet the parts' amounts add to more than the whole
            yield from _short_list(shares, opts)
        return  # each share is its own amount rounded (59.2% + 40.8% of a whole with small other parts)
    yield Finding(check="AR04", severity="info",
                  message=messages.msg("AR04.shares", opts.lang, sum="100", siv=str(s)),
                  evidence=[E.claim_evidence(shares)], computation=f"各项重算之和 → {s}", kind="percent_recompute",
                  claims=[c.id for c in shares])


def _short_list(shares: list[Claim], opts: CheckOptions) -> Iterator[Finding]:
    """Shares printed to add to 100% say the list names every part of their whole, so the parts'
    amounts add to the whole's: a warning when they cannot ('基本支出 768.88 万元，占 87.35%；项目支出
    11.33 万元，占 12.65%' of 880.20 万元). The parts and the whole are the ones the shares were
    recomputed from."""
    ops = [c.extra.get("_operands") for c in shares]
    if any(o is None or o[0] is None for o in ops):
        return
    parts = [p for p, _ in ops]
    whole = ops[0][1]
    if len({id(p) for p in parts}) != len(parts) or any(w.interval != whole.interval for _, w in ops):
        return
    s = total([p.interval for p in parts])
    verdict = compare(s, whole.interval, unit=min(digit_unit(p) for p in parts))
    if severity(verdict) is None:
        return
    names = " + ".join(f"{p.subject} {E.printed(p)}" for p in parts)
    label = _printed_whole(shares[-1])
    yield Finding(
        check="AR04", severity="warning", kind="narrative_vs_narrative",
        message=messages.msg("AR04.listed", opts.lang, parts=names, whole=label, siv=E.in_printed_unit(s, parts[0]),
                             value=whole.printed, wiv=E.in_printed_unit(whole.interval, parts[0])),
        evidence=[E.claim_evidence(shares), whole.evidence],
        computation=f"{names} → {E.in_printed_unit(s, parts[0])}；占比 "
                    f"{' + '.join(E.printed(c) + '%' for c in shares)} = 100%；{label} {whole.printed} → "
                    f"{E.in_printed_unit(whole.interval, parts[0])}",
        claims=[c.id for c in shares] + [p.id for p in parts], args={"verdict": verdict.value})


def overfull_shares(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """Shares of disjoint parts of one whole (parts of a cells.yml decomposition: 基本支出 and 项目支出
    of 一般公共预算支出) stated as adding to more than 100% beyond the rounding of every printed share
    — wrong whether or not the whole is printed. The shares of one list are read in order; a part
    named again starts a new list (the next year's, the next unit's)."""
    from finder.checks.nt.levels import claim_levels

    levels = claim_levels(analysis)
    runs: dict[tuple, dict[str, Claim]] = {}
    for c in prose_claims(analysis):
        if c.kind != "share" or c.unit != "%" or not c.whole or c.approx:
            continue
        whole = entry_of_name(c.whole)
        part = entry_of_name(c.subject)
        if part is None or whole is None:
            continue
        if c.value > 100:
            yield from _overshare(c, part, whole, opts)
            continue
        key = (whole, c.whole, claim_period(c), id(c.paragraph.section), levels.get(c.id) or "")
        run = runs.setdefault(key, {})
        if part in run:
            yield from _judge_overfull(whole, run, opts)
            run.clear()
        run[part] = c
    for (whole, *_), run in runs.items():
        yield from _judge_overfull(whole, run, opts)


def _overshare(c: Claim, part: str, whole: str, opts: CheckOptions) -> Iterator[Finding]:
    """One share of a part of a decomposition's whole past 100% ('基本支出占本年支出合计的 120.00%')."""
    if c.interval.lo <= 100 or not any(d["whole"] == whole and part in d["parts"] for d in decompositions()):
        return
    yield Finding(check="AR04", severity="error", kind="percent_recompute",
                  message=messages.msg("AR04.overshare", opts.lang, part=c.subject, whole=whole,
                                       pct=E.printed(c), piv=c.interval),
                  evidence=[E.claim_evidence(c)], computation=f"{c.subject} {E.printed(c)}% → {c.interval} > 100%",
                  claims=[c.id], args={"verdict": Verdict.CONTRADICTED.value})


def _judge_overfull(whole: str, run: dict[str, Claim], opts: CheckOptions) -> Iterator[Finding]:
    if len(run) < 2:
        return
    d = next((d for d in decompositions() if d["whole"] == whole and set(run) <= set(d["parts"])), None)
    if d is None:
        return
    shares = list(run.values())
    s = total([c.interval for c in shares])
    if s.lo <= 100:
        return
    yield from _share_sum(shares, s, Interval(Decimal(0), Decimal(100)), min(digit_unit(c) for c in shares),
                          f" > 100%（{d['whole']} = {' + '.join(d['parts'])}）", opts,
                          "AR04.overfull", whole=_printed_whole(shares[-1]))


def _share_sum(shares: list[Claim], s: Interval, target: Interval, unit: Decimal, tail: str,
               opts: CheckOptions, key: str, **words: str) -> Iterator[Finding]:
    """The finding for shares whose sum `s` cannot meet `target` (none when they can)."""
    verdict = compare(s, target, unit=unit)
    sev = severity(verdict)
    if sev is None:
        return
    names = " + ".join(f"{c.subject} {E.printed(c)}%" for c in shares)
    yield Finding(
        check="AR04", severity=sev, kind="percent_recompute",
        message=messages.msg(key, opts.lang, parts=names, siv=str(s), **words),
        evidence=[E.claim_evidence(shares[-1])] + [E.claim_evidence(c, role="context") for c in shares[:-1]],
        computation=f"{names} → {s}%{tail}；{messages.verdict(verdict)}",
        claims=[c.id for c in shares], args={"verdict": verdict.value})


def _printed_whole(share: Claim) -> str:
    """The whole as the share prints it after its marker ('占一般公共预算支出的 84%'), else the head of the
    其中 list the share is in, else its entry."""

    text = share.paragraph.text
    a = share.clause[0] if share.clause != (0, 0) else max(0, share.start - 40)
    clause = "".join(text[a:share.start].split())
    for m in sorted(vocab.load().share_markers, key=len, reverse=True):
        i = clause.rfind(m)
        if i >= 0 and clause[i + len(m):]:
            return clause[i + len(m):]
    return share.extra.get("whole_head") or entry_of_name(share.whole or "") or ""   # '…支出 X，其中：A a，占 P%


def unbalanced_shares(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """Shares of every part of one whole must add to 100% within the rounding of each printed share.
    The parts are every part when their amounts add to the whole's (within rounding) or when they
    are all the parts of a complete cells.yml decomposition, the reporting unit's own and of the whole's
    period (common.own_whole_part); a list that may leave parts out is not
    judged. One sentence holds one list (its shares in order; a part named again starts a new one); so do
    sentences printing one share each of one whole, one right after the other in a section ('基本支出占…的
    70%。项目支出占…的 30%。'; _share_a_sentence)."""
    runs: dict[tuple, dict[str, Claim]] = {}
    done: list[dict[str, Claim]] = []
    for c in prose_claims(analysis):
        if c.kind != "share" or c.unit != "%" or not c.whole or c.approx or c.value > 100:
            continue
        run = runs.setdefault((c.whole, claim_period(c), id(c.paragraph), c.sentence), {})
        if bare(c.subject) in run:
            done.append(dict(run))
            run.clear()
        run[bare(c.subject)] = c
    for run in done + list(runs.values()) + _share_a_sentence(analysis, list(runs.values())):
        shares = list(run.values())
        if len(shares) < 2 or any(c.status == "contradicted" for c in shares):
            continue
        s = total([c.interval for c in shares])
        if s.contains(Decimal(100)):
            continue
        found = _every_part(analysis, shares, s.hi < 100)
        if found is None:
            continue
        why, whole = found
        yield from _share_sum(shares, s, Interval(Decimal(100), Decimal(100)), sum(digit_unit(c) for c in shares),
                              f"；{why}，应为 100%", opts, "AR04.unbalanced", whole=whole, why=why)


def _share_a_sentence(analysis, sentences: list[dict[str, Claim]]) -> list[dict[str, Claim]]:
    """The lists printed a share a sentence: runs of sentences one right after the other in a section, each
    holding one share of the same whole (and period, and level), of parts not named before in the run. A
    sentence with shares of two parts or more is a list of its own and ends the run."""
    from finder.checks.nt.levels import claim_levels

    levels = claim_levels(analysis)
    chains: list[dict[str, Claim]] = []
    last: dict[int, tuple] = {}                 # section -> (key, chain) of the run its last sentence holds
    firsts = [(next(iter(r.values())), r) for r in sentences if r]
    for c, run in sorted(firsts, key=lambda x: (x[0].paragraph.index, x[0].start)):
        sec = id(c.paragraph.section)
        key = (c.whole, claim_period(c), levels.get(c.id) or "")
        prev = last.get(sec)
        if len(run) != 1:
            last.pop(sec, None)
            continue
        if prev and prev[0] == key and bare(c.subject) not in prev[1]:
            prev[1][bare(c.subject)] = c
            continue
        chain = {bare(c.subject): c}
        chains.append(chain)
        last[sec] = (key, chain)
    return [ch for ch in chains if len(ch) > 1]


def _every_part(analysis, shares: list[Claim], short: bool) -> tuple[str, str] | None:
    """Why the shares' parts are all the parts of their whole, and the whole's name; None when that
    is not known: the
    parts' amounts add to the whole's within rounding, or (for shares short of 100%; shares over
    100% of a decomposition are overfull_shares's) they are every part of a complete decomposition."""
    from finder.checks.nt.levels import claim_identity
    from finder.link.wholes import part_of_share, whole_operand

    whole = entry_of_name(shares[0].whole or "")
    names = {entry_of_name(c.subject) for c in shares}
    d = next((d for d in decompositions() if d["whole"] == whole and d.get("complete")
              and names in (set(d["parts"]), in_scope_parts(d, whole_scope(shares[0].whole or ""), analysis.report))), None)
    groups = G.groups(analysis.claims)
    if d is not None and short:
        ids = claim_identity(analysis)
        if not all(own_whole_part(c, part_of_share(groups[G.group_key(c)], c), ids) for c in shares):
            return None
        return f"{whole} = {' + '.join(d['parts'] if names == set(d['parts']) else d['complete_in_scopes']['parts'])}", _printed_whole(shares[-1])
    parts, wholes = [], []
    for c in shares:
        part = part_of_share(groups[G.group_key(c)], c)
        op = whole_operand(analysis.report, analysis.claims, c, part) if part is not None else None
        if op is None or not op.certain or any(part is p for p in parts):
            return None
        parts.append(part)
        wholes.append(op)
    if len({str(w.interval) for w in wholes}) != 1:
        return None
    got = total([p.interval.clamp_nonneg() for p in parts])
    if not wholes[0].interval.overlaps(got):
        return None
    name = wholes[0].claim.subject if wholes[0].claim is not None else _printed_whole(shares[-1])
    return f"各部分 {' + '.join(E.printed(p) for p in parts)} 在舍入范围内等于 {wholes[0].printed}", name


def named_part_sums(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """Parts whose shares name one whole by words ('占采购总规模的 P%', link.wholes.named_whole) and
    add to no more than 100% (so they do not overlap) cannot add to more than that whole's amount; the
    list may leave parts out, so only an excess is judged, as a warning (the whole is read by name)."""
    from finder.link.wholes import named_whole, part_of_share, printed_whole_text

    claims = prose_claims(analysis)
    runs: dict[str, tuple[Claim, list[tuple[Claim, Claim]]]] = {}
    for group in G.groups(claims).values():
        for share in (c for c in group if c.kind == "share" and c.unit == "%" and not c.approx):
            if entry_of_name(share.whole or "") is not None:
                continue
            part = part_of_share(group, share)
            whole = named_whole(claims, share, part) if part is not None else None
            if whole is not None and all(p is not part for p, _ in runs.get(whole.id, (whole, []))[1]):
                runs.setdefault(whole.id, (whole, []))[1].append((part, share))
    for whole, pairs in runs.values():
        if len(pairs) < 2:
            continue
        pct = total([sh.interval for _, sh in pairs])
        if pct.lo >= 100:
            continue
        got = total([p.interval for p, _ in pairs])
        verdict = compare(Interval(Decimal(0), whole.interval.hi), got, unit=whole.interval.width)
        if verdict == Verdict.CONSISTENT:
            continue
        names = " + ".join(f"{p.subject} {E.shown(p)}" for p, _ in pairs)
        word = printed_whole_text(pairs[0][1])
        siv, wiv = E.in_printed_unit(got, whole), E.in_printed_unit(whole.interval, whole)
        yield Finding(
            check="AR04", severity="warning", kind="narrative_vs_narrative",
            message=messages.msg("AR04.named", opts.lang, parts=names, whole=word, pct=str(pct), siv=siv,
                                 value=E.shown(whole), wiv=wiv),
            evidence=[E.claim_evidence(whole)] + [E.claim_evidence([p, sh], role="context") for p, sh in pairs],
            computation=f"{names} → {siv} > {E.shown(whole)} {wiv}；占比 "
                        f"{' + '.join(E.printed(sh) + '%' for _, sh in pairs)} → {pct}%；{messages.verdict(verdict)}",
            claims=[whole.id] + [c.id for pair in pairs for c in pair], args={"verdict": verdict.value})
