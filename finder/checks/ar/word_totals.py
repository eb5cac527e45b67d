"""AR04's totals named by words: after their items (加上…合计), before them (包括：), over named items, closing a list of kinds."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Iterator

import regex

from finder import lexicon
from finder.checks.ar.common import bare, summed_items
from finder.checks.ar.heads import claim_period, opens_list
from finder.checks.ar.parts_sum import judge
from finder.checks.ledger import Settlement
from finder.checks.registry import CheckOptions
from finder.claims.segments import DIGIT_RE, in_parens
from finder.link.concepts import rebased
from finder.model import Claim, Finding

_TOTAL_TAIL = "为是的：: \t\u3000"
_RATE_BASE = regex.compile(r"^\s*的\s*[\d.]+\s*%")
_INCLUDES = regex.compile(r"[\s。，,]*包括\s*[：:]")


def item_sums(claims: list[Claim], opts: CheckOptions) -> Iterator[Finding]:
    """'A a、B b 两项合计 N 万元' (lexicons/arith.yml item_sums): N = a + b."""
    for c in claims:
        items = summed_items(claims, c)
        if items:
            yield from judge(c, items, True, opts, ledger=True)


def kinds_total(claims: list[Claim], checked: set[int], opts: CheckOptions, every: list[Claim]) -> Iterator[Finding]:
    """'中央资金 a 万元，省级资金 b 万元，县级资金 c 万元，合计 T 万元': a total named by a total word alone
    (lexicons/arith.yml kinds_totals, maybe with the items' common noun: '合计资金') closing a
    sentence whose every other amount is a list item of the total's period, two or more, their names kinds of one
    thing (ending alike, or each in a noun of money granted: '中央补助资金 a，县级配套经费 b', kinds_totals
    fund_nouns, or none a known concept nor named as a fund or a flow (kinds_totals typed_tails): '培训费 a、差旅 b、
    印刷 c', items the sentence alone names; none named
    twice or inside another's name): T is their sum. Known concepts ending unalike ('本年收入 a，上年结转 b') may
    be of different kinds: not read; nor a list holding a figure in the total's unit read as no amount (a change:
    '支持稳增长 30 万' read as growth would leave that item out). A list closed by 等 ('A a、B b 等，合计 T', kinds_totals
    open_ends) may leave items out: T is no less than their sum. A warning: the list is read from words."""
    spec = lexicon.load("arith").get("kinds_totals") or {}
    words, funds, open_ends, typed = (tuple(spec.get(k, ())) for k in ("words", "fund_nouns", "open_ends", "typed_tails"))
    by_sentence: dict[tuple, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((id(c.paragraph), c.sentence), []).append(c)
    others: dict[tuple, list[Claim]] = {}
    for c in every:
        if c.kind != "amount":
            others.setdefault((id(c.paragraph), c.sentence), []).append(c)
    for key, run in by_sentence.items():
        whole, parts = run[-1], run[:-1]
        head = bare(parts[0].subject) if len(parts) > 2 and opens_list(parts[0], parts[1]) else None
        if head:
            parts = parts[1:]   # '项目总预算 T，其中 A a，B b，合计 T': the list a head figure opens, the total closes
        text = whole.paragraph.text
        names = [bare(c.subject) for c in parts]
        alike = len({n[-1:] for n in names}) == 1 or (bool(funds) and all(n.endswith(funds) for n in names)) \
            or not any(c.concept or n.endswith(funds + typed) for c, n in zip(parts, names))
        if len(parts) < 2 or len(set(names)) < len(names) or not alike \
                or any(a != b and a in b for a in names for b in names):
            continue
        said = bare(text[whole.clause[0]:whole.start]).strip("，,；;、" + _TOTAL_TAIL)
        noun = next((w for w in words if said.startswith(w)), None)
        if noun is None or not all(n.endswith(said[len(noun):]) for n in names):
            continue
        if any(not _item(text, c, head) or c.approx or id(c) not in checked or c.unit != whole.unit or c.kind != "amount"
               or claim_period(c) != claim_period(whole) for c in parts) or whole.approx or id(whole) not in checked \
                or any(parts[0].start < o.start < whole.start and o.unit == whole.unit for o in others.get(key, ())):
            continue
        closed = not text[parts[-1].end:whole.clause[0]].strip(" \u3000，,；;、").startswith(open_ends) \
            if open_ends else True
        opener = run[0]          # the figure 其中 follows is the same total: held to the parts too
        held = bool(head) and not opener.approx and id(opener) in checked and opener.unit == whole.unit
        twin = held and (opener.value, opener.decimals) == (whole.value, whole.decimals)   # one figure printed twice
        for total_claim in [whole] + ([opener] if held and not twin else []):
            for f in judge(total_claim, parts, closed, opts, ledger=True):   # a sum met exactly confirms the reading
                if isinstance(f, Finding):
                    f.severity = "warning" if f.severity == "error" else f.severity
                elif twin and f.claim_id == whole.id:
                    yield replace(f, claim_id=opener.id)
                yield f


@lru_cache(maxsize=None)


def _trailing_words() -> tuple["regex.Pattern[str]", tuple[str, ...], "regex.Pattern[str]"]:
    d = lexicon.load("arith").get("trailing_totals") or {}
    adders = lexicon.alternation(d.get("adders"))
    return (regex.compile(rf"[，,：:；;]\s*(?:{adders})"), tuple(d.get("words", ())),
            regex.compile(rf"\s*(?:(?P<name>[^，,。；;：:\d]{{1,30}})[，,]\s*)?(?:{adders})"))


def trailing_totals(claims: list[Claim], checked: set[int], opts: CheckOptions,
                    changes: list[Claim] = ()) -> Iterator[Finding]:
    """A total printed after the items it adds up (lexicons/arith.yml trailing_totals): a warning.
    A 其中 list before the adder ('总收入 A，其中：地方收入 B；加上级补助收入 C，收入合计 T') leaves
    open which figure the total adds, the list's head or one of its items: only a total no reading
    meets is reported. A 其中 list among the added items (its end unknown) leaves the sentence unread.
    A sentence that opens by adding ('…收入 A 万元，增长 5%。加上 B b、C c，收入总量 T') adds to the
    first amount of the sentence just before it (the one that sentence is about).
    A change figure (`changes`) printed among the added items ('…，调出资金增加 B 万元，…，总支出 T') leaves the
    sentence unread: it is one of the items by its place, but no amount, so what the items add to is unknown."""
    adder, words, opener = _trailing_words()
    by_sentence: dict[tuple, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((id(c.paragraph), c.sentence), []).append(c)
    prev: list[Claim] | None = None
    for run in by_sentence.values():
        text = run[0].paragraph.text
        base = _added_to(prev, run, opener)
        prev = run
        start = 0
        for k, whole in enumerate(run):
            if not bare(whole.subject).endswith(words) or any(bare(c.subject).endswith(words) for c in run[k + 1:]):
                continue
            window = run[start:k]
            parts = [c for c in window if _item(text, c)]
            sa = run[start].start if start < k else whole.start
            first = adder.search(text, sa, whole.start)
            opened = start == 0 and base is not None and id(base) in checked and not base.approx
            start = k + 1
            if opened:
                parts, at = [base] + parts, run[0].sentence[0]
            elif first is None or (parts and parts[0].start > first.start()):
                continue
            else:
                at = first.start()
            if len(parts) < 2 or whole.approx or any(p.approx or id(p) not in checked for p in parts) \
                    or id(whole) not in checked \
                    or any(c.paragraph is whole.paragraph and at < c.start < whole.start for c in changes):
                continue
            readings = _readings(text, window, parts, at)
            if readings is None or any(next(judge(whole, r, True, opts), None) is None for r in readings):
                continue
            for f in judge(whole, parts, True, opts, ledger=True):
                if isinstance(f, Settlement):
                    yield f
                    continue
                f.severity = "warning" if f.severity == "error" else f.severity
                if readings:
                    f.computation += f"；以其中项代替其首项的 {len(readings)} 种读法亦不相等"
                yield f


def headed_totals(claims: list[Claim], checked: set[int], opts: CheckOptions) -> Iterator[Finding]:
    """A total printed before the items it adds up, the list opened by '包括：' right after it ('收入合计
    T。包括：地方一般公共预算收入 a，上级补助收入 b，…' / '支出合计 T，包括：…'; a balance statement): the
    amounts of the list's sentence, every one an item of it (no 其中 list inside, none bracketed, none a
    rate's base), add to no more than T. A warning: which figures the list holds is read from the words."""
    _, words, _ = _trailing_words()
    by_par: dict[int, list[Claim]] = {}
    for c in claims:
        by_par.setdefault(id(c.paragraph), []).append(c)
    for whole in claims:
        text, head = whole.paragraph.text, bare(whole.subject)
        m = _INCLUDES.match(text, whole.end)
        if m is None or not head.endswith(words) or whole.approx or id(whole) not in checked:
            continue
        run = [c for c in by_par[id(whole.paragraph)] if c.start > whole.end and c.sentence[0] <= m.end() - 1 < c.sentence[1]
               and not in_parens(text, c.sentence[0], c.start) and not _RATE_BASE.match(text[c.end:c.end + 12])]
        if len(run) < 2 or any(bare(c.extra.get("whole_head", "")) != head or c.approx or id(c) not in checked
                               for c in run):
            continue
        yield from judge(whole, run, False, opts, certain=False)


def _added_to(prev: list[Claim] | None, run: list[Claim], opener: "regex.Pattern[str]") -> Claim | None:
    """The amount a sentence opening with an adder adds to: the first amount of the sentence right
    before it in the same paragraph, when the words before the adder (if any) name it. Sentences printing no
    figure in between ('…收入 A，增长 12.4%。这主要得益于…。加上中央补助 B…，收入总量 T') leave it the sentence
    the adder goes on from."""
    if not prev or prev[0].paragraph is not run[0].paragraph:
        return None
    text = run[0].paragraph.text
    a = run[0].sentence[0]
    m = opener.match(text, a)
    if m is None or m.end() > run[0].start or DIGIT_RE.search(text, prev[-1].sentence[1], a):
        return None
    base = prev[0]
    name = bare(m.group("name") or "")
    if name and not (name.endswith(bare(base.subject)) or bare(base.subject).endswith(name)):
        return None
    return base if _item(text, base) else None


def _readings(text: str, window: list[Claim], parts: list[Claim], added: int) -> list[list[Claim]] | None:
    """Other lists a trailing total may add: `parts` with the head of a 其中 list (the last item
    before the list) replaced by one of the list's items; None when a list item follows the adder at
    `added` (where that list ends is unknown) or is not checkable."""
    out = []
    heads: dict[int, list[Claim]] = {}
    top = {id(p) for p in parts}
    for c in window:
        if id(c) in top or in_parens(text, c.sentence[0], c.start) or _RATE_BASE.match(text[c.end:c.end + 12]):
            continue
        if c.start > added or c.approx:
            return None
        head = next((p for p in reversed(parts) if p.start < c.start), None)
        if head is not None:
            heads.setdefault(id(head), []).append(c)
    for n, p in enumerate(parts):
        out.extend(parts[:n] + [item] + parts[n + 1:] for item in heads.get(id(p), ()))
    return out


def _item(text: str, c: Claim, head: str | None = None) -> bool:
    """An amount that is one item of a sentence's list: not bracketed, no 其中 item (but of the list's
    own head), no rate's base, no figure re-based (cells.yml rebasing_words: '支出 A，剔除一次性因素后为 B；
    加上转移性支出 C，支出合计 T': B is A on another basis, not a further item)."""
    listed = c.extra.get("whole_head")
    return not in_parens(text, c.sentence[0], c.start) and not c.whole \
        and (not listed or bare(listed) == head) and not _RATE_BASE.match(text[c.end:c.end + 12]) \
        and not rebased(c)
