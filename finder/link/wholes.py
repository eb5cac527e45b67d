"""Finding the value of a whole (占 X% of what?) and of parts, from the text first, then the tables."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from finder import lexicon
from finder.claims import vocab
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.concepts import (ConceptRef, concept_names, cells, entry_of_name, key_of, norm_label,
                                  section_scope, split_scope)
from finder.link.levels import fits_level, levels_in, own_level
from finder.link.tables_index import CellRef, lookup, value_interval
from finder.model import Claim, Evidence, Report
from finder.link.precision import Judgement, judge
from finder.link.same_name import printed_name, same_name_whole
from finder.numbers.interval import Interval, Verdict


@dataclass
class Operand:
    """A figure used in a recomputation: from a claim in the text or a table cell."""

    interval: Interval
    printed: str
    evidence: Evidence
    claim: Claim | None = None
    cell: CellRef | None = None
    certain: bool = True
    later: bool = False          # a statement in the text printed after the share (none before it)


def whole_label(op: Operand) -> str:
    """The whole as a computation shows it: its printed figure, said to come from further on in
    the text when it was stated only after the share."""
    return f"{op.printed}（见下文）" if op.later else op.printed


def formula_labels(part: Claim, whole: Operand) -> tuple[str, str]:
    """Part and whole as a share's recomputation prints them: with their units when those differ
    ('4000000元 ÷ 1000.00万元', not '4000000 ÷ 1000.00'); the whole as whole_label does."""
    unit = E.printed_unit(whole.claim) if whole.cell is None and whole.claim is not None \
        else (whole.cell.table.unit if whole.cell is not None and whole.cell.table.unit else "万元")
    if E.same_unit(E.printed_unit(part), unit):
        return E.printed(part), whole_label(whole)
    label = f"{whole.printed}{unit}"
    return f"{E.printed(part)}{E.printed_unit(part)}", f"{label}（见下文）" if whole.later else label


def whole_claim(op: Operand) -> Claim | Interval:
    """The operand as a recomputation takes it: its claim (which a coarse reading may sharpen), else
    its cell's interval."""
    return op.claim if op.claim is not None and op.cell is None and op.interval == op.claim.interval else op.interval


def from_claim(c: Claim) -> Operand:
    return Operand(c.interval, E.printed(c), E.claim_evidence(c), claim=c)


def from_cell(ref: CellRef, certain: bool) -> Operand | None:
    iv = value_interval(ref, "万元")
    if iv is None:
        return None
    return Operand(iv, ref.text or "0", ref.evidence(), cell=ref, certain=certain and not ref.loose)


def stated_before(claims: list[Claim], share: Claim, entry: str, scope: str,
                  part: Claim | None = None, periods: tuple[str, ...] = G.CURRENT_PERIODS,
                  ahead: bool = False) -> Claim | None:
    """The nearest amount claim of `periods` before `share` (same paragraph or earlier) stating
    `entry`; never a part of the same whole (the share's own amount or a restatement of it, or a
    sibling listed under the same 其中, by its whole or its list's head). When none is before it: the
    first after it in its paragraph, else (`ahead`) in its titled section ('…占支出总预算 4.04%；……支出总预算 29.70 万元' closing the list);
    a figure after it printed with a share of its own ('…，占 86%；政府性基金收入 1010 万元，占 6%') is the
    next part of the list, not its whole. Statements of the entry at other administrative levels ('盟本级…
    支出 A，旗级…支出 B；…占一般公共预算支出的 P%') are passed over for one at the level the share names
    (_level_fit)."""
    cands = []
    with_share = {x.extra["group"] for x in claims if x.kind == "share" and x is not share and x.extra.get("group")}
    for c in claims:
        if c is share or c is part or c.kind != "amount" or c.period not in periods:
            continue
        if (share.whole and c.whole == share.whole) or (part is not None and _restates(c, part)) \
                or _listed_together(c, share):
            continue
        if c.extra.get("group") in with_share and (c.paragraph.index, c.start) > (share.paragraph.index, share.start):
            continue
        k = key_of(c)
        if k is None or k[0] != entry or (k[1] != scope and scope != "any"):
            continue
        cands.append(c)
    cands = _level_fit(cands, share, part)
    best = after = None
    for c in cands:
        if (c.paragraph.index, c.start) < (share.paragraph.index, share.start):
            best = c
        elif best is None and c.paragraph is share.paragraph:
            best = c
        elif ahead and after is None and _same_section(c, share):
            after = c
    return best or after


def _level_fit(cands: list[Claim], share: Claim, part: Claim | None) -> list[Claim]:
    """The candidates at the level the share's whole names (lexicons/levels.yml: '占市级…支出'), else
    at the part's own level (none: the whole region's, or no level named). When none fits, candidates that
    all name one level are kept if the share or they name none (a text all about 全县 need not repeat
    it); candidates of several levels, or of another named level, are no whole of the share."""
    if not cands:
        return cands
    want = _wanted_level(share, part) or ""
    levels = [own_level(c) or "" for c in cands]
    fit = [c for c, lv in zip(cands, levels) if fits_level(want, lv)]
    if fit:
        return fit
    return cands if len(set(levels)) == 1 and not (want and levels[0]) else []


def _wanted_level(share: Claim, part: Claim | None) -> str | None:
    printed = levels_in(printed_whole_text(share))
    if len(set(printed)) == 1:
        return printed[0] or None
    return (own_level(part) or None) if part is not None else None


def _same_section(c: Claim, share: Claim) -> bool:
    """Both in one titled section (not the document root of a text without headings)."""
    sec = share.paragraph.section
    return sec is not None and sec.level > 0 and c.paragraph.section is sec


def _listed_together(c: Claim, share: Claim) -> bool:
    """Both items of one 其中 list (one extra whole_head): a sibling, never the other's whole."""
    head = share.extra.get("whole_head")
    return bool(head) and c.extra.get("whole_head") == head


def _restates(c: Claim, part: Claim) -> bool:
    return c.value == part.value and c.unit == part.unit and key_of(c) == key_of(part)


def whole_operand(report: Report, claims: list[Claim], share: Claim, part: Claim | None) -> Operand | None:
    """The whole a share is of: for a share naming no whole in an item of a 其中 list, the figure heading
    the list ('收入预算 530 万元，其中：上年结转 30 万元，占 5.66%'); else a statement of its whole in the
    text, else its table cell."""
    head = head_whole(claims, share, part)     # a share naming no whole in a 其中 list: the list's head
    if head is not None:
        return head
    return _named_operand(report, claims, share, part)


def other_wholes(report: Report, claims: list[Claim], share: Claim, part: Claim | None) -> list[Operand]:
    """The other wholes the share's printed whole may name (concepts.yml ambiguous_wholes: '占收入总额的 P%',
    本年收入合计 or 收入总计), each found as a named whole is; none for a name of one whole."""
    out = []
    for concept in _ambiguous_wholes().get(printed_whole_text(share), ()):
        op = None if concept == share.whole else _named_operand(report, claims, replace(share, whole=concept), part)
        if op is not None:
            out.append(op)
    return out


def either_whole(report: Report, claims: list[Claim], share: Claim, part: Claim, whole: Operand, j: Judgement
                 ) -> tuple[Operand, Judgement]:
    """A share not fitting its whole (judgement j) whose whole's name means either of two totals ('占收入总额的
    P%'): the other whole and its judgement when the share fits it; else the first, no longer certain."""
    others = other_wholes(report, claims, share, part)
    for other in others:
        k = judge(share.interval, [part, whole_claim(other)], G.percent_interval)
        if k is not None and k.verdict == Verdict.CONSISTENT:
            return other, k
    if others:
        whole.certain = False
    return whole, j


@lru_cache(maxsize=1)
def _ambiguous_wholes() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in (lexicon.load("concepts").get("ambiguous_wholes") or {}).items()}


def head_whole(claims: list[Claim], share: Claim, part: Claim | None) -> Operand | None:
    """'本年支出预算合计 N 万元，其中：' / '基本支出 a 万元，占 P%；': a share printing no whole, in an item of a
    其中 list (extra whole_head), is of the figure heading the list: the last amount before it, in the
    part's unit, whose subject is the head's."""
    head = "".join(str(share.extra.get("whole_head") or "").split())
    if not head or part is None or printed_whole_text(share):
        return None
    best = None
    for c in claims:
        if (c.paragraph.index, c.start) >= (share.paragraph.index, share.start):
            break
        if c.kind == "amount" and c is not part and c.unit == part.unit and "".join(c.subject.split()) == head:
            best = c
    return None if best is None else from_claim(best)


def _named_operand(report: Report, claims: list[Claim], share: Claim, part: Claim | None) -> Operand | None:
    """The whole a share is of by its name (the share's whole concept, or the words after 占): a
    statement of it in the text, else its table cell."""
    entry = entry_of_name(share.whole or "")
    if entry is None:
        stated = concept_whole(claims, share, part)
        if stated is not None:
            return from_claim(stated)
        named = named_whole(claims, share, part)
        if named is not None:
            return Operand(named.interval, E.printed(named), E.claim_evidence(named), claim=named, certain=False)
        same = same_name_whole(claims, share, part)
        return None if same is None else Operand(same.interval, E.printed(same), E.claim_evidence(same), claim=same,
                                                 certain=norm_label(same.subject) == printed_name(share))
    scope = printed_whole_scope(share, entry, part)
    if scope is None:
        scope = key_of(part)[1] if part is not None and key_of(part) else "all"
    named = bool(printed_own_scope(share, entry))   # a whole printed with its scope is of no other scope
    budget = of_budget(share, part)
    tries = [(G.BUDGET_PERIODS, True), (G.CURRENT_PERIODS, report.type == "budget")] if budget \
        else [(G.CURRENT_PERIODS, True)]
    for periods, certain in tries:          # a budget whole printed as a report-year figure: a guess
        c = stated_before(claims, share, entry, scope, part, periods, ahead=True) \
            or (None if named else stated_before(claims, share, entry, "any", part, periods))
        if c is not None:
            op = from_claim(c)
            op.certain = certain
            op.later = (c.paragraph.index, c.start) > (share.paragraph.index, share.start)
            return op
    period = (part.period if part is not None and part.period in G.BUDGET_PERIODS else "预算") if budget else "本年"
    refs = lookup(report, ConceptRef(entry, scope), period) if report.tables else []
    if not refs:
        return None
    values = {str(value_interval(r, "万元")) for r in refs}
    return from_cell(refs[0], certain=len(values) == 1)


def share_verb_at(share: Claim) -> tuple[int, int]:
    """(start of the share's clause, where its 占 is printed in it: -1 when none)."""
    a = share.clause[0] if share.clause != (0, 0) else max(0, share.start - 40)
    return a, share.paragraph.text.rfind("占", a, share.start)


def printed_whole_text(share: Claim) -> str:
    """The words between 占 and the rate in the share's clause ('采购总规模' of '占采购总规模的58.6%')."""
    text = share.paragraph.text
    _, at = share_verb_at(share)
    words = "".join(text[at + 1:share.start].split()).rstrip("的") if at >= 0 else ""
    return "" if _marker_only(words) else words


@lru_cache(maxsize=None)
def _marker_only(words: str) -> bool:
    """The words after 占 are the share marker's own ('比' of '占比', '比为' of '占比为'), no whole's name
    (lexicons/directions.yml share_markers, share_links)."""
    d = lexicon.load("directions")
    for link in d.get("share_links") or ():
        words = words[:-len(link)] if words.endswith(link) else words
    return bool(words) and ("占" + words in d["share_markers"] or words in d["share_markers"])


def concept_whole(claims: list[Claim], share: Claim, part: Claim | None) -> Claim | None:
    """A whole no table holds (no cells.yml entry: '授予小微企业合同金额 40 万元，占授予中小企业合同金额的
    50%'), stated in the text: the last amount of its concept before the share in its section, else the
    first after it in its paragraph; in the part's unit and period, never the part itself."""
    if not share.whole or part is None:
        return None
    best = None
    for c in claims:
        if c is part or c.kind != "amount" or c.concept != share.whole or c.unit != part.unit \
                or c.period != part.period or c.paragraph.section is not share.paragraph.section:
            continue
        if (c.paragraph.index, c.start) < (share.paragraph.index, share.start):
            best = c
        elif best is None and c.paragraph is share.paragraph:
            return c
    return best


def named_whole(claims: list[Claim], share: Claim, part: Claim | None) -> Claim | None:
    """The whole a share names by words and a total marker (lexicons/arith.yml named_whole_markers:
    '占采购总规模的 58.6%' → X = 采购): the first amount of the part's period in the share's section,
    before it, whose subject holds X and the marker's noun (规模), in the part's unit, larger than it."""
    from finder import lexicon

    printed = printed_whole_text(share)
    marker = next((m for m in sorted(lexicon.load("arith").get("named_whole_markers", []), key=len, reverse=True)
                   if printed.endswith(m)), None)
    x = printed[:-len(marker)] if marker else ""
    stem = (marker or "").lstrip("总")       # 总规模 → the whole is a 规模, not a sibling part's 金额
    if len(x) < 2 or part is None:
        return None
    for c in claims:
        if (c.paragraph.index, c.start) >= (share.paragraph.index, share.start):
            break
        if (c.kind == "amount" and c.period == part.period and c is not part and c.unit == part.unit
                and c.paragraph.section is share.paragraph.section and x in c.subject and stem in c.subject
                and c.value > part.value):
            return c
    return None


def of_budget(share: Claim, part: Claim | None) -> bool:
    """Whether a share is one of budget figures: of a whole printed as a budget ('占基本支出预算
    18.76%', extra.whole_period) or about a part printed as one ('工资福利支出预算 X 元，占…')."""
    return share.extra.get("whole_period") in G.BUDGET_PERIODS or (part is not None and part.period in G.BUDGET_PERIODS)


def printed_whole_scope(share: Claim, entry: str, part: Claim | None = None) -> str | None:
    """The scope of a whole the share prints by name, not the part's: '占一般公共预算财政拨款支出的
    64.68%' -> gpb; '占本年支出合计的 31.45%' (no scope word) -> the section's scope, else all; but all
    when the part is that same figure in a scope of its own ('一般公共预算财政拨款支出 X，占本年支出合计
    的 Y%' in a 财政拨款 section: a fund's total is a share of the department's, not of its own
    section's). None when the whole is not printed after 占."""
    own = printed_own_scope(share, entry)
    if own is None:
        return None
    if own:
        return own
    k = key_of(part) if part is not None else None
    if k is not None and k[0] == entry and k[1] != "all":
        return "all"
    return section_scope(share) or "all"


def printed_own_scope(share: Claim, entry: str) -> str | None:
    """The scope word of the whole the share prints after 占 ('占一般公共预算项目支出总额的 100%' -> gpb), ''
    when it prints the whole with no scope word, None when it prints no whole of `entry`; 'all' when the scope
    word is part of the entry's own name (财政拨款收入, a row of every scope's summary)."""
    text = share.paragraph.text
    a = share.clause[0] if share.clause != (0, 0) else max(0, share.start - 40)
    at = text.rfind("占", a, share.start)
    if at < 0:
        return None
    printed = norm_label(text[at + 1:share.start])
    names = [*cells()["entries"][entry].get("names", []), entry, *concept_names().get(share.whole or "", [])]
    if not any(norm_label(n) in printed for n in names if n):
        return None
    if "all" in cells()["entries"][entry]["cells"] and any(
            split_scope(norm_label(n))[0] and norm_label(n) in printed for n in cells()["entries"][entry].get("names", [])):
        return "all"            # '占财政拨款收入的': the fund's word is the entry's own name, the cell of every scope
    return split_scope(printed)[0] or ""


def part_of_share(group: list[Claim], share: Claim) -> Claim | None:
    """The amount the share is about: the current amount of its group nearest before it; a budget
    figure when the share is of a budget whole ('…预算 X 元，占基本支出预算 Y%') or when the group
    states no current amount ('基本支出预算 X 元，占一般公共预算支出的 Y%' in a 部门预算). None for a share
    of last year ('…，上年占 Y%'): no figure of this year is its part."""
    if G.of_prior_year(share):
        return None

    def nearest(periods: tuple[str, ...]) -> Claim | None:
        cands = [c for c in group if c.kind == "amount" and c.period in periods and c.start < share.start
                 and c.paragraph is share.paragraph]
        return max(cands, key=lambda c: c.start) if cands else None

    if share.extra.get("whole_period") in G.BUDGET_PERIODS:
        part = nearest(G.BUDGET_PERIODS) or nearest(G.CURRENT_PERIODS) or G.current_amount(group)
    else:
        part = nearest(G.CURRENT_PERIODS) or G.current_amount(group) or nearest(G.BUDGET_PERIODS)
    return None if part is not None and part.kind == "count" and _money_whole(share) else part


def _money_whole(share: Claim) -> bool:
    """The share is of a sum of money: a count beside it ('两项合计占 0.1%': 两项 counts the items
    added up) is no part of it."""
    concept = vocab.load().concepts.get(share.whole or "")
    return concept is not None and concept.measure == "money"


def decompositions() -> list[dict]:
    return list(cells().get("decompositions", []))


def in_scope_parts(d: dict, scope: str | None, report: Report) -> set[str]:
    """The parts a decomposition's whole has in a fund scope when fewer than its every-fund list
    (cells.yml complete_in_scopes: a 财政拨款 figure is 基本支出 and 项目支出 only); empty otherwise, and
    when the report names anywhere a kind of spending that list leaves out (unless_named: 单位预留机动经费)."""
    only = d.get("complete_in_scopes") or {}
    if scope not in only.get("scopes", ()):
        return set()
    entries = cells()["entries"]
    names = [n for e in only.get("unless_named", ()) for n in entries[e]["names"]]
    texts = [p.text for p in report.paragraphs] + [r.label for t in report.tables for r in t.rows] \
        + ["".join(c) for t in report.tables for c in t.columns]
    return set() if any(n in t for t in texts for n in names) else set(only.get("parts", ()))


def whole_scope(name: str) -> str | None:
    """The fund scope a share's whole names ('gpb_expense': 一般公共预算支出 → gpb); None for every fund."""
    return next((sc for n in [name, *concept_names().get(name, [])] if (sc := split_scope(n)[0])), None)
