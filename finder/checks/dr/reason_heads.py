"""DR01's reason heads and slips: '…增加的主要原因是' said of a figure that fell; '增加增加', '增加持平'."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon, messages
from finder.checks.ar.common import bare
from finder.claims import period_words, segments, vocab
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.concepts import cells
from finder.model import Claim, Evidence, Finding, Paragraph

messages.add({
    "DR01.reason": {"zh": "原因说明写“{head}”，但所述{changes}，方向相反",
                    "en": "the reason is given for '{head}', but {changes}: the other way"},
    "DR01.reason.item": {"zh": "“{subject}”较上年{direction} {value}", "en": "'{subject}' {direction} {value}"},
    "DR01.reason.sep": {"zh": "、", "en": ", "},
    "DR01.doubled": {"zh": "方向词重复：“{words}”", "en": "a direction word printed twice: '{words}'"},
    "DR01.two_ways": {"zh": "“{words}”并列两个方向词，变动方向不明", "en": "'{words}' puts two directions side by side"},
})


# the claims comparing a figure with another of its own (a base year, a budget)
_COMPARED = ("change_abs", "change_pct", "completion")


@lru_cache(maxsize=1)
def _lex() -> tuple[regex.Pattern, regex.Pattern, dict, tuple[str, ...]]:
    d = lexicon.load("directions")["reason_heads"]
    words = [w for w in cells()["direction_sign"] if len(w) >= 2]
    flat = [w for w, s in lexicon.load("directions")["signs"].items() if s == 0 and len(w) >= 2]
    moved = [w for w in words if G.sign(w)]
    head = regex.compile(rf"(?<![^，。；：,;\s])(?P<subj>[^，。；：,;\s\d]{{0,24}}?)(?P<dir>{lexicon.alternation(moved)})"
                         rf"(?:{lexicon.alternation(d['closers'])})")
    slip = regex.compile(rf"(?P<a>{lexicon.alternation(words + flat)})(?P<b>{lexicon.alternation(words + flat)})")
    return head, slip, dict(d["joined_kinds"]), tuple(d["tails"])


@lru_cache(maxsize=1)
def _closers() -> tuple[str, ...]:
    """The closer words a head ends with: a paragraph printing none of them holds no head (the head
    pattern's lazy subject is otherwise tried at every position of every paragraph)."""
    return tuple(w for w in lexicon.load("directions")["reason_heads"]["closers"] if w)


def reason_heads(analysis, opts) -> Iterator[Finding]:
    """A reason head naming a direction ('财政拨款收入支出增加的主要原因是…') against the change of the figure it
    names: its last comparison printed before it in its section, when a change on 上年 (a subject naming two kinds joined, '收入支出',
    names each; a kind word after the name, '…费支出', is read off), or with no name ('…，减少 A 万元，增加的主要
    原因') the last comparison before it in its sentence, when a change on 上年. A nonzero change the other way is a warning (the figure is
    read by name) or, in one sentence, an error. A head naming a base other than 上年 is left to DR02."""
    head_re = _lex()[0]
    compared = [c for c in analysis.claims if c.kind in _COMPARED]
    if not any(_on_prior(c) for c in compared):
        return
    order = {id(p): n for n, p in enumerate(analysis.report.paragraphs)}
    for p in analysis.report.paragraphs:
        if p.role != "narrative" or not any(w in p.text for w in _closers()):
            continue
        for m in head_re.finditer(p.text):
            subj = _subject(m.group("subj"), analysis.report.year)
            if subj is None:
                continue
            found = _named(compared, p, m.start(), subj, order) if subj else _in_sentence(compared, p, m.start())
            wrong = [c for c in found if G.sign(c.direction) != G.sign(m.group("dir"))]
            if wrong:
                yield _finding(p, m, wrong, "error" if not subj else "warning", opts)


def _subject(s: str, year: int | None) -> str | None:
    """The name a head gives, its base phrase cut off ('决算数较上年' -> ''); None when the base it names is not
    上年 (read as any base phrase is, period_words.base_in: '较2030年' in the 2031 report is 上年)."""
    for marker in vocab.load().base_markers:
        k = s.find(marker)
        if k >= 0:
            if period_words.base_in(s, k, len(s), year)[0] not in G.PRIOR_PERIODS:
                return None
            s = s[:k]
    s = bare(s)
    return "" if s in _lex()[3] else s


def _readings(subj: str) -> set[str]:
    """The figures a name reads as: each kind of a joined pair ('财政拨款收入支出'), with or without a kind word
    after the name ('因公出国（境）费支出')."""
    out = {subj}
    for joined, kinds in _lex()[2].items():
        if joined in subj:
            out |= {subj.replace(joined, k, 1) for k in kinds}
    return out | {r[:-len(t)] for r in out for t in _lex()[3] if r.endswith(t) and len(r) > len(t)}


def _named(compared: list[Claim], p: Paragraph, at: int, subj: str, order: dict[int, int]) -> list[Claim]:
    """The last comparison before `at` in `p`'s section of each figure the name reads as (`order`: each
    paragraph's place in the report), when it is a nonzero change on 上年 ('决算数比年初预算增加 b。…增加的主要
    原因' speaks of the budget)."""
    before = [c for c in compared if c.paragraph.section is p.section
              and (c.end <= at if c.paragraph is p else order[id(c.paragraph)] < order[id(p)])]
    out = []
    for r in _readings(subj):
        hits = [c for c in before if bare(c.subject).startswith(r)]     # '…支出决算数比': a name read long
        if hits and bare(hits[-1].subject) in (r, *(r + t for t in _lex()[3])) and _on_prior(hits[-1]) \
                and hits[-1] not in out:
            out.append(hits[-1])
    return sorted(out, key=lambda c: (order[id(c.paragraph)], c.start))


def _in_sentence(compared: list[Claim], p: Paragraph, at: int) -> list[Claim]:
    """The last comparison before `at` in its sentence when it is a nonzero change on 上年 and every one
    before it there is of one figure ('A 增加 a，B 减少 b，增加的主要原因' may speak of A; '比上年减少 a，比年初
    预算增加 b，增加的主要原因' speaks of the budget): else none."""
    hits = [c for c in compared if c.paragraph is p and c.end <= at and c.sentence[0] <= at < c.sentence[1]]
    if len({bare(c.subject) for c in hits}) != 1:
        return []
    return hits[-1:] if _on_prior(hits[-1]) else []


def _on_prior(c: Claim) -> bool:
    """A nonzero change on 上年 with its direction (not one on a budget, not a completion rate)."""
    return (c.kind in ("change_abs", "change_pct") and bool(G.sign(c.direction)) and c.period in G.PRIOR_PERIODS
            and c.interval.lo > 0)


def _finding(p: Paragraph, m, wrong: list[Claim], sev: str, opts) -> Finding:
    head = m.group("subj") + m.group("dir")          # the head without its closer (directions.yml reason_heads)
    changes = messages.msg("DR01.reason.sep", opts.lang).join(
        messages.msg("DR01.reason.item", opts.lang, subject=c.subject, direction=c.direction, value=c.raw.strip())
        for c in wrong)
    return Finding(check="DR01", severity=sev,
                   message=messages.msg("DR01.reason", opts.lang, head=head, changes=changes),
                   evidence=[Evidence(text=p.text[m.start():m.end()], **p.where(m.start())),
                             *[E.claim_evidence(x, role="reference") for x in wrong]],
                   computation="；".join(f"{x.subject}{x.direction} {E.printed(x)} → {G.sign(x.direction):+d}"
                                        for x in wrong) + f"；{m.group('dir')} → {G.sign(m.group('dir')):+d}",
                   claims=[x.id for x in wrong])


def slips(analysis, opts) -> Iterator[Finding]:
    """Two direction words printed one right after the other: the same word twice (info), or two of
    different sign (a warning: which one is meant is not known)."""
    slip = _lex()[1]
    for p in analysis.report.paragraphs:
        if p.role != "narrative":
            continue
        for m in slip.finditer(p.text):
            a, b = m.group("a"), m.group("b")
            same = a == b
            if not same and _sign(a) == _sign(b):
                continue
            yield Finding(check="DR01", severity="info" if same else "warning",
                          message=messages.msg("DR01.doubled" if same else "DR01.two_ways", opts.lang, words=m.group()),
                          evidence=[Evidence(text=_sentence(p.text, m.start()), **p.where(m.start()))],
                          computation=f"{a} → {_sign(a):+d}；{b} → {_sign(b):+d}", claims=[])


def _sign(w: str) -> int:
    s = G.sign(w)
    return s if s is not None else int(lexicon.load("directions")["signs"].get(w, 0))


def _sentence(text: str, at: int) -> str:
    a, b = segments.clause_of(segments.sentences(text), at)
    return text[a:b].strip()
