"""The claim ledger: every number in a report's prose becomes a typed Claim or a classified NonClaim."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import context as cx
from finder.claims import flows, forms, implied, paths, patterns, reasons, respective, segments, signless, vocab, zh
from finder.claims.appendix import indicator_name, section_in
from finder.claims.bare import detailed_whole, read_bare_clause, stated_flat
from finder.claims.labels import LIST_START, item_title, label_line, label_style, title_frame
from finder.claims.lists import (adder_ends_list, after_notes, end_clause_list, heads_own_list, list_goes_on,
                                 list_kinds, note_list_after, opens_sibling_item, reason_in)
from finder.claims.number import read_number
from finder.claims.purpose import mark_purpose, other_measure_than, purpose_clause
from finder.claims.regroup import (changes_join_an_earlier_figure, changes_join_their_figure, names_pointed_back,
                                    part_named_between, scales_named_as_totals)
from finder.claims.state import ReportState
from finder.claims.tokens import classify, in_cell_run, infer_unit, number_tokens, unpunctuated
from finder.model import Claim, NonClaim, Paragraph, Report

CLAIM_ROLES_EXCLUDED = ("toc", "glossary", "table")     # "table": a text export's flattened table (ingest.debris)
_EXCLUDED_REASON = {"toc": "page", "table": "table_residue"}


def extract_report(report: Report) -> tuple[list[Claim], list[NonClaim], list[NonClaim]]:
    """(claims, non_claims, unclassified) for every paragraph; toc/glossary/table debris give non-claims only."""
    zh.nlp()
    st = ReportState(report.year, codes=paths.code_index(report),   # ingest/meta.py decides the year
                     department=report.department if len(report.department) >= 4 else "",
                     own_periods=patterns.BUDGET_OWN_PERIODS if report.type == "budget" else patterns.CURRENT_PERIODS,
                     budget=report.type == "budget")
    for p in report.paragraphs:
        extract_paragraph(p, st)
    for p, where in forms.form_paragraphs(report, len(report.paragraphs)):   # a form's prose cells (claims/forms.py)
        n0 = len(st.claims)
        _read_alone(p, st)
        for c in st.claims[n0:]:
            c.extra["form"] = where
    flows.read_budget_fund_incomes(report, st.claims)
    flows.read_bare_year_totals(report, st.claims)
    flows.read_unequal_grand_totals(st.claims)
    for i, c in enumerate(st.claims, 1):
        c.id = f"C{i:04d}"
    return st.claims, st.non_claims, st.unclassified


@lru_cache(maxsize=None)
def _comparison_start() -> "regex.Pattern[str]":
    """A text opening with a comparison to the year before and no subject ('与上年相比，…', '较2030年减少…',
    '同比增长…'): base marker and prior period (or a year), or a same-period word."""
    v = vocab.load()
    marks = lexicon.alternation(v.base_markers)
    priors = lexicon.alternation(w for w, p in v.period_of.items() if p == "上年")
    same = lexicon.alternation(v.same_period_words)
    return regex.compile(rf"\s*(?:(?:{marks})\s*(?:{priors}|(?:19|20)\d\d\s*年度?)|(?:{same}))")


def _list_head(claims: list[Claim], carried: cx.Frame, seen: dict[str, cx.Frame]) -> cx.Frame:
    """The frame a sentence opening with a comparison and no subject of its own is read in ('…为 14.01 万元，其中：
    A 0 万元，B 14.01 万元，C 0 万元。与上年相比增长 16.75%'): when the sentence before ended on the items of a
    其中 list, the change is the list's head's (the whole the paragraph is about), not its last item's; when the
    head's own figure is not found, an empty frame (the change stays unread: no subject)."""
    last = claims[-1] if claims else None
    whole = last.extra.get("whole_head") if last is not None else None
    if not whole or last.extra.get("group") != f"G{carried.group}":
        return carried
    head = next((c for c in reversed(claims) if c.subject == whole and not c.extra.get("whole_head")), None)
    return seen.get(head.extra.get("group"), cx.Frame()) if head is not None else cx.Frame()


def _head_change_frame(text: str, at: int, frame: cx.Frame, claims: list[Claim],
                       seen: dict[str, cx.Frame]) -> cx.Frame | None:
    """The frame of the clause after a ； at `at` when it is the change of the figure a 其中 list splits ('收支总预算 T，
    其中：A a，B b；比上年增加 x，增长 p%'): the figure before the ； is an item of a 其中 list of this sentence, the
    clause opens with a comparison to the year before and no subject of its own (_comparison_start), and the
    list's head was read in this sentence (_list_head). A 其中 list runs on past its ；, so an item after it
    ('；C c') stays a part; only a subjectless change goes back to the head, as it does after the list's 。."""
    if not claims or not claims[-1].extra.get("whole_head") or not _comparison_start().match(text, at):
        return None
    last = seen.get(claims[-1].extra.get("group", ""))
    head = _list_head(claims, last, seen) if last is not None else None
    return head if head is not None and head is not last and head.group else None


def extract_paragraph(p: Paragraph, st: ReportState) -> None:
    text = p.text
    toks = number_tokens(text)
    if not toks:
        st.pending_label = label_line(text) if p.role not in CLAIM_ROLES_EXCLUDED else None
        st.pending_item = item_title(text, st) if p.role not in CLAIM_ROLES_EXCLUDED else None
        _note_paragraph(p, st)
        return
    spans = patterns.non_claim_spans(text)
    claimable = p.role not in CLAIM_ROLES_EXCLUDED
    residue = unpunctuated(text)
    keep: list[patterns.NumberToken] = []
    for tok in toks:
        reason = classify(text, tok, spans)
        if reason is None and not claimable:
            reason = _EXCLUDED_REASON.get(p.role, p.role)
        if reason is None and tok.unit is None:
            unit = infer_unit(text, tok, toks)
            if unit is not None:
                tok = replace(tok, unit=unit)
                keep.append(tok)
                continue
            reason = "table_residue" if residue or in_cell_run(text, tok, toks) else None
            if reason is None:
                st.unclassified.append(NonClaim(text[tok.start:tok.end], "unclassified", p, tok.start, tok.end))
                continue
        if reason is not None:
            st.non_claims.append(NonClaim(text[tok.start:tok.num_end], reason, p, tok.start, tok.num_end))
            continue
        keep.append(tok)
    _note_paragraph(p, st)
    if keep:
        read_paragraph(p, keep, st, inferred={id(t) for t in keep if t.unit and not text[t.num_end:t.end].strip()})
    st.pending_label = None
    st.pending_item = item_title(text, st) if claimable and not keep else None    # its item number is no figure


def _read_alone(p: Paragraph, st: ReportState) -> None:
    """Read a paragraph that continues no other (a form's prose cell): nothing carried in from the one before."""
    st.pending_whole, st.pending_head, st.pending_kinds, st.pending_style = None, "", None, None
    st.pending_label = st.pending_item = st.last_frame = None
    st.section = None
    extract_paragraph(p, st)


def _note_paragraph(p: Paragraph, st: ReportState) -> None:
    """Update the carried state: list items keep a pending whole; sections are remembered."""
    if not LIST_START.match(p.text):
        st.pending_whole = None if not p.text.rstrip().endswith(("：", ":")) else st.pending_whole
    elif st.pending_style is not None and label_style(p.text) == st.pending_style:
        st.pending_whole = None            # '2. B …' after '1. A …其中：' and its '(1) (2)' items: A's sibling
    if p.role == "heading" or LIST_START.match(p.text):
        st.pending_head = ""               # a heading or a new numbered item ends any 其中 list
    sec = section_in(p.text, 0, min(len(p.text), 40))
    if sec:
        st.section = sec
    if p.role == "heading" and not paths.marked_runs(p.text, 0, len(p.text)):
        st.path_ctx.clear()
    paths.update_context(p.text, st.path_ctx)


def read_paragraph(p: Paragraph, toks: list[patterns.NumberToken], st: ReportState, inferred: set[int]) -> None:
    text = p.text
    st.current = p
    p0 = len(st.claims)          # this paragraph's claims are appended from here (none are before it)
    indicator = indicator_name(text)
    whole_from_before = st.pending_whole if LIST_START.match(text) else None
    last_frame_concept = None
    sents = segments.sentences(text)
    carried = title_frame(text, toks, st, sents[:1])
    if not carried.group and st.pending_label:        # the line before named these figures ('X：')
        st.groups += 1
        carried = cx.Frame(st.pending_label[0], st.pending_label[1], st.groups, -1)
    if not carried.group and st.pending_item is not None and not LIST_START.match(text):
        st.groups += 1                                 # '19、…死亡抚恤（项）。' / '主要用于：…支出决算为 X': its figures
        carried = replace(st.pending_item, group=st.groups)
    if not carried.group and st.last_frame and st.last_frame[0] == p.index - 1 and _comparison_start().match(text):
        carried = st.last_frame[1]                     # '…30.00 万元。' / '与上年相比，减少 5.00 万元': the figure before
    head, kinds = st.pending_head, st.pending_kinds   # '…其中：A …。B …。': later sentences are parts of one head
    seen: dict[str, cx.Frame] = {}                    # group -> the frame its figures were read in
    for i, (sa, sb) in enumerate(sents):
        stoks = [t for t in toks if sa <= t.start < sb]
        after_list = None
        if i > 0 and _comparison_start().match(text, sa):
            head_frame = _list_head(st.claims[p0:], carried, seen)
            if head_frame is not carried:
                after_list = f"G{head_frame.group}"
            carried = main_frame = head_frame
        if sa > 0 and LIST_START.match(text[sa:sb]):
            head = ""
        last = st.claims[-1] if st.claims and st.claims[-1].extra.get("whole_head") else None
        if head and not list_goes_on(text, sa, stoks, kinds, last.period if last else None):
            head = ""                      # '…，其中：…。政府采购货物 Y，占 Z%': a statement of its own
        if head and heads_own_list(text, stoks, sb, sents[i + 1:i + 2]):
            head = ""                      # '编制人数 42，其中：…。实有人数 49，其中：…': a sibling, not a part
        if head and opens_sibling_item(text, sa, sb, head):
            head = ""                      # '“…（项）”a，主要用于：…。“…（项）”b': the next item, not a part
        ctx = cx.SentenceCtx(sa, sb, frame=carried, whole=whole_from_before, whole_head=head,
                             clauses=segments.clauses(text, sa, sb))
        main_frame = carried
        sec = section_in(text, sa, sb)
        if sec:
            st.section = sec
        n0 = len(st.claims)
        for ca, cb in ctx.clauses:
            adder_ends_list(text, ca, cb, ctx)
            ctoks = [t for t in stoks if ca <= t.start < cb]
            if not ctoks:
                read_bare_clause(text, ca, cb, ctx, st)
                if text[cb - 1] in "；;" and ctx.in_reason:
                    ctx.in_reason, ctx.frame = False, main_frame
                if text[cb - 1] in "；;":
                    end_clause_list(ctx)    # '人员经费 a，主要包括：工资、津贴；公用经费 b': 包括 named no figures
                continue
            note = segments.open_parens(text, ca, ctoks[0].start)
            if note:                     # '，与上年持平（上年 400.00 万元）': the words before the note say 持平
                stated_flat(text, ca, note[0], ctx, st)
            if ctx.in_reason and reasons.rate_after_reason(text, ca, cb, ctoks, st.claims[n0:], main_frame, st.year):
                ctx.in_reason, ctx.frame = False, main_frame
            prev_end, k0 = ca, len(st.claims)
            purpose = k0 > n0 and purpose_clause(text, sa, ctoks[0].start)
            for tok in ctoks:
                claim = read_number(p, tok, prev_end, ctx, st, indicator)
                if id(tok) in inferred:
                    claim.extra["unit_inferred"] = True
                st.claims.append(claim)
                if claim.extra.get("group") == f"G{ctx.frame.group}":
                    seen[claim.extra["group"]] = ctx.frame
                prev_end = tok.end
            if purpose and ctx.frame.group != main_frame.group:
                mark_purpose(st.claims, k0, n0, main_frame)
                if other_measure_than(st.claims[k0:], main_frame, st.claims[n0:k0]):
                    ctx.frame, ctx.outer = replace(ctx.frame, local=True), main_frame
            note_list_after(text, prev_end, cb, ctx)
            if reason_in(text, ca, cb):
                ctx.in_reason = True
            if text[cb - 1] in "；;":
                ctx.in_reason = False
                ctx.frame = main_frame if main_frame.group else ctx.frame
                if ctx.before_list is not None and ctx.list_frame is not None and ctx.list_frame.group:
                    ctx.frame = ctx.list_frame   # 'T 万元，含A a，B b；比上年增加 c': the list's figure's change
                elif (head_frame := _head_change_frame(text, cb, ctx.frame, st.claims[n0:], seen)) is not None:
                    ctx.frame = head_frame       # 'T 万元，其中：A a，B b；比上年增加 c': the list's head's change
                end_clause_list(ctx)
            if not ctx.in_reason and not ctx.frame.local:
                main_frame = ctx.frame
        for c in st.claims[n0:]:
            if c.extra.get("group") == after_list:
                c.extra["after_list"] = True      # read on the list's head, its subject not printed (link: a warning at most)
        part_named_between(text, sa, [c for c in st.claims[p0:n0] if c.paragraph is p], st.claims[n0:], st)
        respective.apply(text, sa, sb, [c for c in st.claims[n0:]], st)
        implied.read_implied_changes(st.claims[n0:], [c for c in st.claims[p0:n0] if c.paragraph is p])
        signless.read_signless_rates(st.claims[n0:])
        flows.read_fund_incomes(st.claims[n0:])
        flows.read_fund_parts(st.claims[n0:], st.claims, n0)
        flows.read_count_costs(st.claims[n0:])
        flows.read_list_totals(st.claims[n0:], [c for c in st.claims[p0:n0] if c.paragraph is p])
        flows.read_carryover_totals(st.claims[n0:])
        end_clause_list(ctx)
        kinds = list_kinds(st.claims[n0:], kinds if ctx.whole_head == head else frozenset(), text[sa:sb])
        head = ctx.whole_head
        carried = main_frame = after_notes(text, sb, ctx, main_frame)
        last_frame_concept = (main_frame if ctx.frame.local else ctx.frame).concept or last_frame_concept
        if text[sa:sb].rstrip().endswith(("如下：", "如下:")):
            st.pending_whole = detailed_whole(ctx, st) or last_frame_concept
        elif text[sa:sb].rstrip().endswith(("其中：", "其中:", "方面：")):
            st.pending_whole = ctx.frame.concept or last_frame_concept
    if text.rstrip().endswith(("：", ":")) and st.pending_whole is None:
        st.pending_whole = last_frame_concept
    st.last_frame = (p.index, carried) if carried.group and carried.concept else None
    if text.rstrip().endswith(("：", ":")):
        st.pending_style = label_style(text)
    st.pending_head, st.pending_kinds = head, kinds
    respective.abbreviated_pair([c for c in st.claims[p0:] if c.paragraph is p])
    changes_join_their_figure(st.claims, p, st.own_periods)
    changes_join_an_earlier_figure(st.claims, p, st.own_periods, st.year)
    scales_named_as_totals(st.claims, p)
    names_pointed_back(st.claims, p)
