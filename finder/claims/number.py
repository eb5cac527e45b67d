"""One number in its clause becomes a Claim: kind, subject, period, whole, direction and extras."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import context as cx
from finder.claims import paths, patterns, period_words, segments, vocab
from finder.claims.appendix import clause_section_in
from finder.claims.lists import bracket_list, close_notes, head_between, list_opener, named_list_opener, reason_in, sibling_ends_list
from finder.claims.periods import period_and_whole
from finder.claims.state import ReportState
from finder.claims.subject import subject_frame
from finder.model import Claim, Paragraph
from finder.numbers.parse import parse_decimal


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
    bracket_list(text, a, tok, ctx, st)
    concepts = vocab.find_concepts(text, a, tok.start)
    if st.budget:
        concepts = vocab.budget_sides(text, a, tok.start, concepts)   # '2031年收入预算 X': the year's budget total
    kind, info = cx.kind_of(text, tok, a, concepts)
    ra, rb = cx.subject_region(text, a, tok.start, kind, info, concepts)
    ra = _after_use(text, ra, rb, concepts)
    if kind in ("amount", "count"):
        ra = named_list_opener(text, ra, rb, concepts, ctx)
    part, mark = list_opener(text, a, ra, rb, ctx, st)
    if part >= 0:
        if mark not in vocab.load().part_markers and ctx.before_list is None:
            ctx.before_list, ctx.list_frame = (ctx.whole, ctx.whole_head), ctx.frame
        head = head_between(text, part, st)
        ctx.whole = head or ctx.frame.concept or ctx.whole
        ctx.whole_head = "" if head else ctx.frame.subject
        ra = part + len(mark)
    before = ctx.frame
    frame = subject_frame(text, tok, ra, rb, kind, concepts, ctx, st)
    if part < 0 and kind in ("amount", "count"):
        sibling_ends_list(frame.concept, ctx, st)    # '…；商品和服务支出 c' after 工资福利支出's own 其中 list
    share_whole = kind == "amount" and cx.whole_of_share(text, a, tok)
    if share_whole:                      # '…，占本年支出合计 100.00 万元的 80.00%': the sentence stays on its part
        ctx.frame = before
    concept_obj = vocab.load().concepts.get(frame.concept) if frame.concept else None
    extra: dict = {"number": tok.digits, "group": f"G{frame.group}"}
    if share_whole:
        extra["share_whole"] = True      # the department's whole, whatever fund the section is of
    if frame.path:
        _path_extra(frame.path, frame.code, st, extra)
    if frame.part_of:
        extra["part_of"] = frame.part_of     # named as a part of a figure of that concept: no figure of it
    subject = _without_reason_lead(_without_department(frame.subject, st.department))
    if concept_obj and concept_obj.scope:
        sec = clause_section_in(text, ctx.start, tok.start) or st.section
        if concept_obj.scope == "section" and sec:
            subject, extra["section"] = sec, sec
        elif concept_obj.scope == "indicator" and indicator:
            subject, extra["indicator"] = indicator, indicator
            if st.section:
                extra["section"] = st.section
    period, whole = period_and_whole(text, tok, a, kind, info, concepts, frame, ctx, st, extra)
    listed = not (concept_obj and any(w in ctx.whole_head for w in concept_obj.not_under))
    whole = whole if listed or kind == "share" else None
    direction = info.get("direction") if kind in ("change_abs", "change_pct") or info.get("direction") in (
        "大于", "小于", "等于") else None
    if direction and kind in ("change_abs", "change_pct") and _minus_before(text, tok.start):
        if vocab.load().signs.get(direction, 0) < 0:
            extra["minus_repeated"] = True   # '下降 -64.20%': the minus repeats the word's way (DR01 warns)
        else:
            direction = _opposites().get(direction, direction)     # '增加 -20.00 万元': a fall of 20.00
            extra["minus"] = True
    if len(info.get("directions", [])) > 1 and direction is None:
        extra["direction_options"] = info["directions"]
    if direction:
        extra["sign"] = vocab.load().signs.get(direction, 0)
    changed = _changed_period(text, ra, rb, kind, concepts, st) if period == "上年" else None
    if changed:
        extra["changed_period"] = changed        # '年初预算数比上年增加 A 万元': the budget's change, not the year's
    if kind == "change_abs" and tok.unit is not None and tok.unit.family == "count":
        extra["counted"] = True                  # '比上年增加 2 人': a change of whole things
    if info.get("operator"):
        extra["operator"] = info["operator"]
    if info.get("moved"):
        extra["moved"] = info["moved"]           # '减少为 0.00 万元': the level's way, not a change
    if info.get("direction_unprinted"):
        extra["direction_unprinted"] = True      # '与上年相比 21.79 万元，增加 P%': the change, its way left out
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
    clause = segments.clause_of(ctx.clauses, tok.start)
    return Claim(id="", kind=kind, raw=text[tok.start:tok.end], value=value, decimals=tok.decimals,
                 unit=unit.unit if unit else "", paragraph=p, start=tok.start, end=tok.end,
                 subject=subject, concept=frame.concept, period=period, direction=direction,
                 approx=tok.approx, whole=whole, scale=unit.scale if unit else Decimal(1),
                 clause=clause, sentence=(ctx.start, ctx.end), extra=extra)


def _changed_period(text: str, ra: int, rb: int, kind: str, concepts: list, st: ReportState) -> str | None:
    """The budget period a change on last year names as its own figure's ('年初预算数比上年增加 A 万元': the 年初预算
    changed, not the year's actual) in a report whose own figures are actuals; else None."""
    if kind not in ("change_abs", "change_pct") or st.own_periods != patterns.CURRENT_PERIODS:
        return None
    own, _ = period_words.period_in(text, ra, rb, concepts)
    return own if own in patterns.BUDGET_PERIODS else None


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
        year = segments.YEAR_RE.match(rest)       # '<department>2031年收入': the year is the figure's, as after 本部门
        return rest[year.end():].lstrip(" 的") if year and year.end() < len(rest) else rest
    return subject


def _without_reason_lead(subject: str) -> str:
    """'主要原因是相关运转类经费' -> '相关运转类经费': the reason marker opening a subject (directions.yml
    reason_markers) and its copula say why, not what; a subject that is the marker alone stays."""
    k = cx.reason_lead_end(subject, 0, len(subject))
    return subject[k:] if k is not None and k < len(subject) else subject
