"""The claim ledger: every number in a report's prose becomes a typed Claim or a classified NonClaim."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import context as cx
from finder.claims import flows, implied, paths, patterns, reasons, respective, vocab, zh
from finder.claims.appendix import indicator_name, clause_section_in, section_in
from finder.claims.bare import detailed_whole, read_bare_clause, stated_flat
from finder.claims.labels import LIST_START, label_line, label_style, title_frame
from finder.claims.lists import (adder_ends_list, after_notes, close_notes, end_clause_list, heads_own_list,
                                 list_opener, note_list_after, reason_in)
from finder.claims.purpose import mark_purpose, other_measure_than, purpose_clause
from finder.claims.regroup import changes_join_their_figure, scales_named_as_totals
from finder.claims.state import ReportState
from finder.claims.subject import subject_frame
from finder.claims.tokens import classify, infer_unit, number_tokens, unpunctuated
from finder.model import Claim, NonClaim, Paragraph, Report
from finder.numbers.parse import parse_decimal

CLAIM_ROLES_EXCLUDED = ("toc", "glossary", "table")     # "table": a text export's flattened table (ingest.debris)
_EXCLUDED_REASON = {"toc": "page", "table": "table_residue"}


def extract_report(report: Report) -> tuple[list[Claim], list[NonClaim], list[NonClaim]]:
    """(claims, non_claims, unclassified) for every paragraph; toc/glossary/table debris give non-claims only."""
    zh.nlp()
    st = ReportState(report.year, codes=paths.code_index(report),   # ingest/meta.py decides the year
                     department=report.department if len(report.department) >= 4 else "",
                     own_periods=patterns.BUDGET_OWN_PERIODS if report.type == "budget" else patterns.CURRENT_PERIODS)
    for p in report.paragraphs:
        extract_paragraph(p, st)
    flows.read_budget_fund_incomes(report, st.claims)
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


def extract_paragraph(p: Paragraph, st: ReportState) -> None:
    text = p.text
    toks = number_tokens(text)
    if not toks:
        st.pending_label = label_line(text) if p.role not in CLAIM_ROLES_EXCLUDED else None
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
            reason = "table_residue" if residue else None
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
    indicator = indicator_name(text)
    whole_from_before = st.pending_whole if LIST_START.match(text) else None
    last_frame_concept = None
    sents = cx.sentences(text)
    carried = title_frame(text, toks, st, sents[:1])
    if not carried.group and st.pending_label:        # the line before named these figures ('X：')
        st.groups += 1
        carried = cx.Frame(st.pending_label[0], st.pending_label[1], st.groups, -1)
    if not carried.group and st.last_frame and st.last_frame[0] == p.index - 1 and _comparison_start().match(text):
        carried = st.last_frame[1]                     # '…30.00 万元。' / '与上年相比，减少 5.00 万元': the figure before
    head = st.pending_head                 # '…其中：A …。B …。' — later sentences are parts of the same head
    for i, (sa, sb) in enumerate(sents):
        if sa > 0 and LIST_START.match(text[sa:sb]):
            head = ""
        if head and heads_own_list(text, [t for t in toks if sa <= t.start < sb], sb, sents[i + 1:i + 2]):
            head = ""                      # '编制人数 42，其中：…。实有人数 49，其中：…': a sibling, not a part
        ctx = cx.SentenceCtx(sa, sb, frame=carried, whole=whole_from_before, whole_head=head,
                             clauses=cx.clauses(text, sa, sb))
        main_frame = carried
        sec = section_in(text, sa, sb)
        if sec:
            st.section = sec
        stoks = [t for t in toks if sa <= t.start < sb]
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
            note = cx.open_parens(text, ca, ctoks[0].start)
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
                end_clause_list(ctx)
            if not ctx.in_reason and not ctx.frame.local:
                main_frame = ctx.frame
        respective.apply(text, sa, sb, [c for c in st.claims[n0:]], st)
        implied.read_implied_changes(st.claims[n0:], [c for c in st.claims[:n0] if c.paragraph is p])
        flows.read_fund_incomes(st.claims[n0:])
        flows.read_fund_parts(st.claims[n0:], st.claims, n0)
        flows.read_carryover_totals(st.claims[n0:])
        end_clause_list(ctx)
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
    st.pending_head = head
    changes_join_their_figure(st.claims, p, st.own_periods)
    scales_named_as_totals(st.claims, p)


def _minus_before(text: str, start: int) -> bool:
    """A minus sign printed right before the number at `start` (spaces between allowed)."""
    k = start
    while k > 0 and text[k - 1] in " \u3000":
        k -= 1
    return k > 0 and text[k - 1] in _minus_signs()


@lru_cache(maxsize=1)
def _minus_signs() -> str:
    return "".join(lexicon.load("directions").get("minus_signs") or ())


@lru_cache(maxsize=1)
def _opposites() -> dict[str, str]:
    return dict(lexicon.load("directions").get("opposites") or {})


def read_number(p: Paragraph, tok: patterns.NumberToken, a: int, ctx: cx.SentenceCtx, st: ReportState,
                indicator: str | None) -> Claim:
    """One number with its clause context -> Claim; updates the sentence's frame."""
    text = p.text
    close_notes(text, tok, ctx)
    if not ctx.in_reason and reason_in(text, a, tok.start):
        ctx.in_reason = True             # '主要原因是增加了…专项经费200万元': the reason's own figure
    concepts = vocab.find_concepts(text, a, tok.start)
    kind, info = cx.kind_of(text, tok, a, concepts)
    ra, rb = cx.subject_region(text, a, tok.start, kind, info, concepts)
    ra = _after_use(text, ra, rb, concepts)
    part, mark = list_opener(text, a, ra, rb, ctx, st)
    if part >= 0:
        if mark not in vocab.load().part_markers and ctx.before_list is None:
            ctx.before_list = (ctx.whole, ctx.whole_head)
        ctx.whole = ctx.frame.concept or ctx.whole
        ctx.whole_head = ctx.frame.subject
        ra = part + len(mark)
    before = ctx.frame
    frame = subject_frame(text, tok, ra, rb, kind, concepts, ctx, st)
    share_whole = kind == "amount" and cx.whole_of_share(text, a, tok)
    if share_whole:                      # '…，占本年支出合计 100.00 万元的 80.00%': the sentence stays on its part
        ctx.frame = before
    concept_obj = vocab.load().concepts.get(frame.concept) if frame.concept else None
    extra: dict = {"number": tok.digits, "group": f"G{frame.group}"}
    if share_whole:
        extra["share_whole"] = True      # the department's whole, whatever fund the section is of
    if frame.path:
        _path_extra(frame.path, frame.code, st, extra)
    subject = _without_reason_lead(_without_department(frame.subject, st.department))
    if concept_obj and concept_obj.scope:
        sec = clause_section_in(text, ctx.start, tok.start) or st.section
        if concept_obj.scope == "section" and sec:
            subject, extra["section"] = sec, sec
        elif concept_obj.scope == "indicator" and indicator:
            subject, extra["indicator"] = indicator, indicator
            if st.section:
                extra["section"] = st.section
    period, whole = _period_and_whole(text, tok, a, kind, info, concepts, frame, ctx, st, extra)
    listed = not (concept_obj and any(w in ctx.whole_head for w in concept_obj.not_under))
    whole = whole if listed or kind == "share" else None
    direction = info.get("direction") if kind in ("change_abs", "change_pct") or info.get("direction") in (
        "大于", "小于", "等于") else None
    if direction and kind in ("change_abs", "change_pct") and _minus_before(text, tok.start):
        direction = _opposites().get(direction, direction)     # '增加 -20.00 万元': a fall of 20.00
        extra["minus"] = True
    if len(info.get("directions", [])) > 1 and direction is None:
        extra["direction_options"] = info["directions"]
    if direction:
        extra["sign"] = vocab.load().signs.get(direction, 0)
    if kind == "change_abs" and tok.unit is not None and tok.unit.family == "count":
        extra["counted"] = True                  # '比上年增加 2 人': a change of whole things
    if info.get("operator"):
        extra["operator"] = info["operator"]
    if info.get("moved"):
        extra["moved"] = info["moved"]           # '减少为 0.00 万元': the level's way, not a change
    if kind == "completion" and info.get("base_printed"):
        num, printed = info["base_printed"]      # '完成预算 27 万元的 63.2%': AR03 can divide by it
        u = patterns.unit_at(printed, 0)
        extra["base_number"] = num
        extra["base_value"] = str(parse_decimal(num) * (u.scale if u else Decimal(1)))
        extra["base_unit"] = patterns.MONEY_UNIT
    if kind == "share" and info.get("whole_period"):
        extra["whole_period"] = info["whole_period"]     # '占基本支出预算 81.25%': of the budget figure
    if ctx.in_reason:
        extra["in_reason"] = True
    if ctx.whole_head and frame.subject != ctx.whole_head and listed:
        extra["whole_head"] = _without_reason_lead(_without_department(ctx.whole_head, st.department))  # as its subject
    mark = garbled_mark(text, tok.start, tok.num_end)
    if mark:
        extra["garbled"] = mark
    unit = tok.unit
    value = tok.value * (unit.scale if unit else Decimal(1))
    clause = cx.clause_of(ctx.clauses, tok.start)
    return Claim(id="", kind=kind, raw=text[tok.start:tok.end], value=value, decimals=tok.decimals,
                 unit=unit.unit if unit else "", paragraph=p, start=tok.start, end=tok.end,
                 subject=subject, concept=frame.concept, period=period, direction=direction,
                 approx=tok.approx, whole=whole, scale=unit.scale if unit else Decimal(1),
                 clause=clause, sentence=(ctx.start, ctx.end), extra=extra)


def garbled_mark(text: str, start: int, end: int) -> str:
    """The mark of a lost character (lexicons/hygiene.yml garbled_marks) the digits text[start:end]
    touch on either side, else ''."""
    for m in _garbled_marks():
        if text.endswith(m, 0, start) or text.startswith(m, end):
            return m
    return ""


@lru_cache(maxsize=1)
def _garbled_marks() -> tuple[str, ...]:
    return tuple(lexicon.load("hygiene").get("garbled_marks", ()))


def _path_extra(names: tuple[str, ...], printed: str, st: ReportState, extra: dict) -> None:
    """extra['path'] = the 功能分类 names; 'class_code' and the leaf 'code' when the report's tables print
    it. A code printed after the name that the tables give that name wins over the one its names
    resolve to ('行政运行（2010301）': 行政运行 is a 项 of many 款); the path is then its printed name."""
    cls, code = paths.resolve_code(paths.NamedPath(0, 0, names, min(len(names), 3)), st.codes)
    trusted = paths.printed_code(names, printed, st.codes)
    if trusted and trusted != code:
        names, cls, code = names[-1:], trusted[:3], trusted
    extra["path"] = list(names)
    if cls:
        extra["class_code"] = cls
    if code:
        extra["code"] = code


def _after_use(text: str, ra: int, rb: int, concepts: list[tuple[int, int, str]]) -> int:
    """Where the subject region starts past a use word (arith.yml use_lists.spent_on) printed after a concept
    in it: '项目支出主要用于教学设施改造 600.00 万元' is the use's figure, not 项目支出's; `ra` when none."""
    m = None
    for m in _use_words().finditer(text, ra, rb):
        pass
    if m is None or any(s <= m.start() < e for s, e, _ in concepts) \
            or not any(ra <= s and e <= m.start() for s, e, _ in concepts):
        return ra
    return m.end()


@lru_cache(maxsize=None)
def _use_words() -> "regex.Pattern[str]":
    words = (lexicon.load("arith").get("use_lists") or {}).get("spent_on") or ()
    return regex.compile(lexicon.alternation(words) if words else r"(?!)")


def _without_department(subject: str, department: str) -> str:
    """'上海市某某委员会收入' -> '收入': the report's own department opening a subject names whose
    figure it is, as 本部门 does (cells.yml noise), not which figure."""
    if department and subject.startswith(department) and len(subject) > len(department) + 1:
        rest = subject[len(department):].lstrip("的")
        year = cx.YEAR_RE.match(rest)       # '<department>2031年收入': the year is the figure's, as after 本部门
        return rest[year.end():].lstrip(" 的") if year and year.end() < len(rest) else rest
    return subject


def _without_reason_lead(subject: str) -> str:
    """'主要原因是相关运转类经费' -> '相关运转类经费': the reason marker opening a subject (directions.yml
    reason_markers) and its copula say why, not what; a subject that is the marker alone stays."""
    k = cx.reason_lead_end(subject, 0, len(subject))
    return subject[k:] if k is not None and k < len(subject) else subject


def tok_paragraph(st: ReportState) -> Paragraph | None:
    return st.current


def _measure_fits(whole: str | None, tok: patterns.NumberToken) -> bool:
    """A money figure is no part of a count ('…十条举措。其中：公务接待费 20 万元' is not of the 十条)."""
    c = vocab.load().concepts.get(whole) if whole else None
    if c is None or c.measure not in ("money", "count"):
        return True
    return c.measure == (tok.unit.family if tok.unit and tok.unit.family in ("money", "count") else "money")


_BUDGETS = ("预算", "年初预算", "全年预算")


def _money_budget_base(text: str, tok: patterns.NumberToken, printed: str, st: ReportState) -> bool:
    """Whether a count's change would take a budget base that a money figure printed after it already
    took ('较年初预算数减少4万元，主要是…公务用车保有量减少4辆'): the base of that money change, not the count's."""
    if not (tok.unit and tok.unit.family == "count") or cx.base_kind(printed) not in _BUDGETS:
        return False
    k = text.rfind(printed, 0, tok.start)
    para = tok_paragraph(st)
    return any(c.paragraph is para and k <= c.start < tok.start and c.unit == patterns.MONEY_UNIT
               and c.extra.get("base_text") == printed for c in reversed(st.claims[-8:]))


def _period_and_whole(text: str, tok: patterns.NumberToken, a: int, kind: str, info: dict,
                      concepts: list[tuple[int, int, str]], frame: cx.Frame, ctx: cx.SentenceCtx,
                      st: ReportState, extra: dict) -> tuple[str, str | None]:
    v = vocab.load()
    whole = None
    if kind in ("change_abs", "change_pct"):
        base, printed = cx.base_in(text, ctx.start, tok.start, st.year)
        if base and _money_budget_base(text, tok, printed, st):
            base, printed = None, ""     # '较年初预算数减少4万元,主要是…公务用车保有量减少4辆': not vs the budget
        if printed:
            extra["base_text"] = printed
            if cx.base_kind(printed):
                extra["base_period"] = cx.base_kind(printed)
        else:
            extra["base_default"] = True
        return base or "上年", None
    if kind == "completion":
        pos, word = info["completion"]
        base, _ = cx.period_in(text, pos, tok.start, concepts)
        before = cx.budget_ratio(text, a, pos) if base is None else None   # '年初预算完成率为 X%'
        if before:
            base = v.period_of[before[1]]
        return base or v.completion_markers.get(word) or v.period_of.get(word, "预算"), None
    if kind == "share":
        found = [c for c in concepts if c[0] >= info["share_at"]]
        prev = st.claims[-1] if st.claims and st.claims[-1].paragraph is tok_paragraph(st) else None
        if prev is not None and prev.extra.get("share_whole") and prev.concept:
            whole = prev.concept         # '占本年支出合计 100.00 万元的 80.00%': that amount's concept
        elif found:
            whole = found[-1][2]
        elif (named := v.whole_alias_to.get("".join(text[info["share_at"]:tok.start].split()).rstrip("的"))):
            whole = named                # '占总支出的 92.92%': a whole named by its short form alone
        elif ctx.whole and ctx.whole != frame.concept:    # a list's whole is no share of itself
            whole = ctx.whole
        elif frame.concept and v.concepts[frame.concept].part_of:
            whole, extra["whole_inferred"] = v.concepts[frame.concept].part_of, True
    elif kind in ("amount", "count") and frame.concept != ctx.whole and _measure_fits(ctx.whole, tok):
        whole = ctx.whole
    period = None
    prev = st.claims[-1] if st.claims else None
    if not text[a:tok.start].strip() and prev and prev.paragraph is tok_paragraph(st) and prev.kind == kind \
            and prev.extra.get("group") == extra["group"]:
        return prev.period, prev.whole       # '决算数为 304.42 138.93 万元': same slot, printed twice
    if tok.unit is None or tok.unit.family == "money":
        # '比上年减少为 0.00 万元' is this year's level: its base (比上年) names no period of the figure
        end = cx.subject_region(text, a, tok.start, kind, info, concepts)[1] if info.get("moved") else tok.start
        period, pstart = cx.period_in(text, a, end, concepts)
        if period == "决算":
            period = (cx.dated_actual(text, a, pstart, st.year)
                      or cx.opening_prior(text, a, pstart, concepts, st.year) or period)
        elif period in _BUDGETS and period in st.own_periods and _after_prior(text, a, pstart):
            period = "上年"              # '收支总预算 X，上年预算 B': in a budget report, last year's budget is 上年
        elif period in _BUDGETS:        # '较上年收入预算 B 万元': the base's year, not this year's budget
            base, _ = cx.base_in(text, a, end, st.year)
            period = base if base is not None and base != "本年" and base not in _BUDGETS else period
            own = period in st.own_periods   # a budget report's own budget figure, unless another year labels it
            labelled = cx.labelled_year(text, ctx.start, tok.start, st.year) if own and base is None else None
            if labelled:                # '2030年收入预算 X' in the 2031 budget: last year's budget
                period, extra["labelled_from"] = labelled, period
        if period is None:
            period = cx.frame_period(text, ctx.start, a)
    elif kind in ("count", "score"):    # '上年国内公务接待 12 批次', '上年为 97 分': last year's ('年初在职人员' is no budget)
        found, _ = cx.period_in(text, a, tok.start, concepts)
        period = found if found in v.count_periods else None
    if period is None and frame.concept:
        period = v.concepts[frame.concept].period
    if period is None:
        period = cx.named_period(text, a, tok.start, st.year)
    if period is None and whole is not None:
        period = _head_period(whole, ctx, st, text)
    return period or "本年", whole


@lru_cache(maxsize=1)
def _prior_forms() -> tuple[str, ...]:
    return tuple(f for f, p in vocab.load().period_of.items() if p == "上年")


def _after_prior(text: str, a: int, pstart: int) -> bool:
    """The budget word at pstart opens right after a word for last year ('上年预算', '上年度预算数')."""
    return pstart >= 0 and text[a:pstart].rstrip().endswith(_prior_forms())


def _head_period(whole: str, ctx: cx.SentenceCtx, st: ReportState, text: str) -> str | None:
    """A list item printing no period has the period of its head, the whole's first figure in the
    same sentence, when that is not this year's actual figure ('上年度“三公”经费支出 A 万元，其中公务
    接待费 B 万元': B is last year's too; not '…决算 A 万元，较预算数 C 万元…。其中：…') and the sentence
    states the whole for that one period before the item (not '年初预算为 B，支出决算为 A，完成年初预算的 P%，
    其中：基本支出 a': a is this year's, not the budget's). A sentence
    opening with 其中 lists the parts of the whole's figure in the sentence before it ('“三公”经费预算
    A 万元，比上年下降 P%。其中因公出国（境）费 B 万元…'), when that sentence states the whole for one
    period only (not '预算 A 万元，实际支出 B 万元。其中…')."""
    p, head = tok_paragraph(st), None
    mine = []
    for c in reversed(st.claims):
        if c.paragraph is not p or c.start < ctx.start:
            break
        if c.concept == whole and c.kind in ("amount", "count"):
            mine.append(c)
    if mine:
        head = mine[-1] if len({c.period for c in mine}) == 1 else None
        return head.period if head is not None and head.period not in patterns.CURRENT_PERIODS else None
    last = next((c for c in reversed(st.claims) if c.paragraph is p and c.start < ctx.start), None)
    if head is None and last is not None and text[ctx.start:].lstrip().startswith(vocab.load().part_markers):
        heads = [c for c in st.claims if c.paragraph is p and c.sentence == last.sentence
                 and c.concept == whole and c.kind in ("amount", "count")]
        head = heads[0] if len({c.period for c in heads}) == 1 else None
    return head.period if head is not None and head.period not in patterns.CURRENT_PERIODS else None
