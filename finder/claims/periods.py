"""A number's period and whole: a change's base, a completion's base, a share's whole, a list item's head period."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import context as cx
from finder.claims import patterns, segments, vocab
from finder.claims.forms import FORM_ROLE
from finder.claims.period_words import (ahead_frame, base_in, base_kind, dated_actual, frame_period, labelled_year,
                                        named_period, opening_prior, period_in)
from finder.claims.state import ReportState
from finder.model import Paragraph


def tok_paragraph(st: ReportState) -> Paragraph | None:
    return st.current


def _measure_fits(whole: str | None, tok: patterns.NumberToken) -> bool:
    """A money figure is no part of a count ('…十条举措。其中：公务接待费 20 万元' is not of the 十条)."""
    c = vocab.load().concepts.get(whole) if whole else None
    if c is None or c.measure not in ("money", "count"):
        return True
    return c.measure == (tok.unit.family if tok.unit and tok.unit.family in ("money", "count") else "money")


def _sibling_parent(concept: str | None, whole: str | None) -> str | None:
    """The whole both are parts of when an item is the list head's sibling (concepts.yml part_of): '…公务用车
    购置及运行维护费 b，其中：购置 c，运行维护 d；公务接待费 e' — e is a part of the 三公 total, not of b."""
    cs = vocab.load().concepts
    mine, head = cs.get(concept) if concept else None, cs.get(whole) if whole else None
    return mine.part_of if mine and head and mine.part_of and mine.part_of == head.part_of else None


_BUDGETS = ("预算", "年初预算", "全年预算")


def _money_budget_base(text: str, tok: patterns.NumberToken, printed: str, st: ReportState) -> bool:
    """Whether a count's change would take a budget base that a money figure printed after it already
    took ('较年初预算数减少4万元，主要是…公务用车保有量减少4辆'): the base of that money change, not the count's."""
    if not (tok.unit and tok.unit.family == "count") or base_kind(printed) not in _BUDGETS:
        return False
    k = text.rfind(printed, 0, tok.start)
    para = tok_paragraph(st)
    return any(c.paragraph is para and k <= c.start < tok.start and c.unit == patterns.MONEY_UNIT
               and c.extra.get("base_text") == printed for c in reversed(st.claims[-8:]))


def period_and_whole(text: str, tok: patterns.NumberToken, a: int, kind: str, info: dict,
                      concepts: list[tuple[int, int, str]], frame: cx.Frame, ctx: cx.SentenceCtx,
                      st: ReportState, extra: dict) -> tuple[str, str | None]:
    v = vocab.load()
    whole = None
    if kind in ("change_abs", "change_pct"):
        base, printed = base_in(text, ctx.start, tok.start, st.year)
        if base and _money_budget_base(text, tok, printed, st):
            base, printed = None, ""     # '较年初预算数减少4万元,主要是…公务用车保有量减少4辆': not vs the budget
        if printed:
            extra["base_text"] = printed
            if base_kind(printed):
                extra["base_period"] = base_kind(printed)
        else:
            extra["base_default"] = True
        return base or "上年", None
    if kind == "completion":
        pos, word = info["completion"]
        end = tok.start                  # '为调整预算（以下简称“预算”）的 97.9%': the note's word names no other base
        note = next((m for m in cx.abbreviation_note_re().finditer(text, pos, end)), None)
        base, _ = period_in(text, pos, note.start() if note else end, concepts)
        before = cx.budget_ratio(text, a, pos) if base is None else None   # '年初预算完成率为 X%'
        if before:
            base = v.period_of[before[1]]
        return base or v.completion_markers.get(word) or v.period_of.get(word, "预算"), None
    if kind == "share":
        found = [c for c in concepts if c[0] >= info.get("share_whole_at", info["share_at"])]
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
        whole = _sibling_parent(frame.concept, ctx.whole) or ctx.whole
    period = None
    prev = st.claims[-1] if st.claims else None
    if not text[a:tok.start].strip() and prev and prev.paragraph is tok_paragraph(st) and prev.kind == kind \
            and prev.extra.get("group") == extra["group"]:
        return prev.period, prev.whole       # '决算数为 304.42 138.93 万元': same slot, printed twice
    if tok.unit is None or tok.unit.family == "money":
        # '比上年减少为 0.00 万元' is this year's level: its base (比上年) names no period of the figure
        end = cx.subject_region(text, a, tok.start, kind, info, concepts)[1] if info.get("moved") else tok.start
        masked = concepts + _writer_priors(text, a, end, tok, ctx, st)
        period, pstart = period_in(text, a, end, masked)
        if period == "决算":
            period = (dated_actual(text, a, pstart, st.year)
                      or opening_prior(text, a, pstart, masked, st.year)
                      or (labelled_year(text, ctx.start, tok.start, st.year)   # a budget's actual is a past year's
                          if st.own_periods == patterns.BUDGET_OWN_PERIODS else None) or period)
        elif period in _BUDGETS and period in st.own_periods and _after_prior(text, a, pstart):
            period = "上年"              # '收支总预算 X，上年预算 B': in a budget report, last year's budget is 上年
        elif period in _BUDGETS:        # '较上年收入预算 B 万元': the base's year, not this year's budget
            base, _ = base_in(text, a, end, st.year)
            period = base if base is not None and base != "本年" and base not in _BUDGETS else period
            own = period in st.own_periods   # a budget report's own budget figure, unless another year labels it
            labelled = labelled_year(text, ctx.start, tok.start, st.year) if own and base is None else None
            if labelled:                # '2030年收入预算 X' in the 2031 budget: last year's budget
                period, extra["labelled_from"] = labelled, period
        if period is None:
            period = frame_period(text, ctx.start, a) or ahead_frame(text, ctx.start, a)
            if period in _BUDGETS and period in st.own_periods:   # '2030年…预算中，A a' in the 2031 budget
                period = labelled_year(text, ctx.start, tok.start, st.year) or period
    elif kind in ("count", "score"):    # '上年国内公务接待 12 批次', '上年为 97 分': last year's ('年初在职人员' is no budget)
        found, _ = period_in(text, a, tok.start, concepts)
        period = found if found in v.count_periods else None
    if period is None and kind == "amount" and (noted := _noted_figure(text, tok, ctx, st)) is not None:
        period = noted.period            # '预算 2729.47 万元（含援外医疗队… 1199.00 万元）': the budget's part
    if period is None and frame.concept:
        period = v.concepts[frame.concept].period
    if period is None:
        period = named_period(text, a, tok.start, st.year)
    if period is None and whole is not None:
        period = _head_period(whole, ctx, st, text)
    elif period is None and kind == "amount" and ctx.whole_head and (p := tok_paragraph(st)) is not None \
            and (p.role == FORM_ROLE or _bare_use(text, tok, ctx)):
        # a form's goal cell ('本项目共申请预算资金 60 万元。其中：20 万元用于…'), one statement of one project's money:
        # the parts are its head's, a head of no known concept named by its words. In a final account's text a part
        # of no period word under a budget figure may be the year's actual ('项目总预算 T，其中 A a'): not so read,
        # unless the part is a bare amount of a use ('其中：20 万元用于…'), read in the text as in a form.
        period = _head_period(ctx.whole_head, ctx, st, text, by_subject=True)
    return period or "本年", whole


def _bare_use(text: str, tok: patterns.NumberToken, ctx: cx.SentenceCtx) -> bool:
    """A list's part printed as a bare amount and the use it pays for ('其中：20 万元用于…；30 万元用于…'): nothing
    but a part marker before it in its clause, a use word (arith.yml use_lists spent_on) right after it."""
    a = max(text.rfind(m, ctx.start, tok.start) for m in _CLAUSE_MARKS) + 1
    before = "".join(text[max(a, ctx.start):tok.start].split())
    if before and before not in vocab.load().part_markers:
        return False
    return text[tok.end:].lstrip().startswith(_use_words())


_CLAUSE_MARKS = "，,；;：:。"


@lru_cache(maxsize=1)
def _use_words() -> tuple[str, ...]:
    return tuple(lexicon.load("arith")["use_lists"]["spent_on"])


def _writer_priors(text: str, a: int, end: int, tok: patterns.NumberToken, ctx: cx.SentenceCtx,
                   st: ReportState) -> list[tuple[int, int, str]]:
    """Spans of words for the writer's last year (directions.yml writer_priors: 去年) in text[a:end] when the
    figure, the first of its sentence, is compared with 上年 right after it, before the next figure of its sentence ('去年…决算支出 7 亿元，比上年
    减少 1.2 亿元' in a news report of a final account published the year after: 7 亿元 is the report year's,
    its base the year before): no period of
    the figure, which is not its own base. Empty otherwise."""
    words = _writer_prior_words()
    spans = [(m.start(), m.end(), "") for w in words for m in regex.finditer(regex.escape(w), text[:end]) if m.start() >= a]
    last = st.claims[-1] if st.claims else None
    if not spans or (last is not None and last.paragraph is tok_paragraph(st) and last.start >= ctx.start):
        return []          # '本年支出 450 万元，去年支出 400 万元，比上年增加 50 万元': the change is the first figure's
    nxt = segments.DIGIT_RE.search(text, tok.end, ctx.end)
    base, _ = base_in(text, tok.end, nxt.start() if nxt else ctx.end, st.year)
    return spans if base == "上年" else []


@lru_cache(maxsize=1)
def _writer_prior_words() -> tuple[str, ...]:
    return tuple(lexicon.load("directions").get("writer_priors") or ())


def _noted_figure(text: str, tok: patterns.NumberToken, ctx: cx.SentenceCtx, st: ReportState):
    """The figure a bracketed note holding the number belongs to: the last claim of the sentence, an amount
    printed right before the note, when the note opens with a part opener ('（含…', '（其中…'); else None."""
    opens = segments.open_parens(text, ctx.start, tok.start)
    prev = st.claims[-1] if st.claims else None
    if not opens or prev is None or prev.paragraph is not tok_paragraph(st) or prev.start < ctx.start \
            or prev.kind != "amount":
        return None                      # '…增长 13%（其中：A a 万元…': a rate has no parts; a is the item's own
    o = opens[-1]
    if prev.end > o or text[prev.end:o].strip() or segments.part_opener_at(text, o) is None:
        return None
    return prev


@lru_cache(maxsize=1)
def _prior_forms() -> tuple[str, ...]:
    return tuple(f for f, p in vocab.load().period_of.items() if p == "上年")


def _after_prior(text: str, a: int, pstart: int) -> bool:
    """The budget word at pstart opens right after a word for last year ('上年预算', '上年度预算数')."""
    return pstart >= 0 and text[a:pstart].rstrip().endswith(_prior_forms())


def _head_period(whole: str, ctx: cx.SentenceCtx, st: ReportState, text: str, by_subject: bool = False) -> str | None:
    """A list item printing no period has the period of its head, the whole's first figure in the
    same sentence, when that is not this year's actual figure ('上年度“三公”经费支出 A 万元，其中公务
    接待费 B 万元': B is last year's too; not '…决算 A 万元，较预算数 C 万元…。其中：…') and the sentence
    states the whole for that one period before the item (not '年初预算为 B，支出决算为 A，完成年初预算的 P%，
    其中：基本支出 a': a is this year's, not the budget's). A sentence
    opening with 其中 lists the parts of the whole's figure in the sentence before it ('“三公”经费预算
    A 万元，比上年下降 P%。其中因公出国（境）费 B 万元…'), when that sentence states the whole for one
    period only (not '预算 A 万元，实际支出 B 万元。其中…'). `by_subject`: `whole` is the words a list's head is
    named by (a head of no known concept), its figures the amounts of that subject not listed themselves."""
    p, head = tok_paragraph(st), None
    mine = []

    def heads(c) -> bool:
        if by_subject:
            return c.subject == whole and not c.extra.get("whole_head") and c.kind == "amount"
        return c.concept == whole and c.kind in ("amount", "count")

    for c in reversed(st.claims):
        if c.paragraph is not p or c.start < ctx.start:
            break
        if heads(c):
            mine.append(c)
    if mine:
        head = mine[-1] if len({c.period for c in mine}) == 1 else None
        return head.period if head is not None and head.period not in patterns.CURRENT_PERIODS else None
    last = next((c for c in reversed(st.claims) if c.paragraph is p and c.start < ctx.start), None)
    if head is None and last is not None and text[ctx.start:].lstrip().startswith(vocab.load().part_markers):
        found = [c for c in st.claims if c.paragraph is p and c.sentence == last.sentence and heads(c)]
        head = found[0] if len({c.period for c in found}) == 1 else None
    return head.period if head is not None and head.period not in patterns.CURRENT_PERIODS else None
