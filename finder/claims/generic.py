"""Subjects named by a generic word or a period word alone ('支出预算较上年…', '2024年度支出决算…')."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import context as cx
from finder.claims import segments, vocab
from finder.claims.state import ReportState


def generic_opening(text: str, a: int, b: int, ctx: cx.SentenceCtx) -> bool:
    """A bare generic word (cells.yml generic_subjects: 支出, 收入…) opening a new sentence names
    that sentence's own figure ('…交通运输支出 700 万元。支出预算较上年减少 250 万元'): the total
    the list before it broke down, not the list's last item, though the item's name contains it. A year
    and the words saying whose or which year's figure it is (cells.yml noise) may open it: '2024年度收入决算
    X 万元' names the year's income, not the 其他收入 closing the sentence before; so may a comparison phrase
    ('与上年相比，收入增加 A 万元': directions.yml base_markers … base_closers)."""
    if text[a:b] == ctx.frame.subject or text[a:b] not in generic_words():
        return False
    return _bare_lead(text[ctx.start:a].rstrip())


def generic_clause(text: str, a: int, b: int, ctx: cx.SentenceCtx) -> str | None:
    """Whose figure a generic word opening a later clause of its sentence names, when the sentence's figure
    so far is a part whose name holds the word ('其他收入 a 万元，与上年相比，收入增加 A 万元'): the 其中
    list's head when the sentence printed one whose name holds the word ('本年收入合计 T，其中其他收入 a，…');
    else the word alone ('' : the writer may mean the part or its whole, so the figure is left unread, no
    concept). None when the word opens no clause of its own or the figure so far is not such a part."""
    word = text[a:b]
    if word not in generic_words() or word == ctx.frame.subject or word not in (ctx.frame.subject or "") \
            or ctx.frame.start >= a:
        return None
    opened = max((s for s, _ in ctx.clauses if s <= a), default=ctx.start)
    if opened <= ctx.frame.start or not _bare_lead(text[opened:a].strip()):
        return None
    return ctx.whole_head if ctx.whole and word in ctx.whole_head and ctx.whole_head != ctx.frame.subject else ""


def _bare_lead(lead: str) -> bool:
    """Nothing but years, comparison phrases, noise words and list marks before a generic word."""
    while lead:
        year, compared = segments.YEAR_RE.match(lead), _comparison_lead().match(lead)
        cut = year.end() if year else compared.end() if compared else \
            next((len(w) for w in _noise_words() if lead.startswith(w)), 0) or int(lead[0] in _OPENING_MARKS)
        if not cut:
            break
        lead = lead[cut:]
    return not lead


def head_again(text: str, k: int, period: str, ctx: cx.SentenceCtx, st: ReportState) -> bool:
    """A clause after ； naming only a period while a 其中 list is open, its items of another period:
    '…年初预算为 B，其中：基本支出 b1，项目支出 b2；支出决算为 A，其中：…' states the list's head again (A is
    the head's actual, not the last item's)."""
    last = st.claims[-1] if st.claims else None
    return bool(ctx.whole_head and ctx.whole and ctx.frame.concept != ctx.whole) and last is not None \
        and last.paragraph is st.current and last.start >= ctx.start and last.period != period \
        and text[ctx.start:k].rstrip().endswith(("；", ";"))


def generic_period_head(text: str, k: int, ctx: cx.SentenceCtx) -> str | None:
    """The generic word opening a sentence's period word ('2024年度支出决算 X 万元。' after a 其中 list:
    支出 + 决算) when the rest of the word is a period word itself: the sentence names the year's own
    figure, not the list's last item its words alone would carry on. '预算数为 X' (预算 + 数) carries on."""
    v = vocab.load()
    m = v.period_re.match(text, k)
    word = m.group() if m else ""
    head = next((g for g in generic_words() if word.startswith(g) and word[len(g):] in v.period_of), None)
    return head if head and generic_opening(text, k, k + len(head), ctx) else None


_OPENING_MARKS = frozenset(" \u3000\n（()）0123456789一二三四五六七八九十.、:：")   # list numbers before a sentence's words


@lru_cache(maxsize=1)
def _noise_words() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load("cells").get("noise", []), key=len, reverse=True))


@lru_cache(maxsize=1)
def _comparison_lead() -> "regex.Pattern[str]":
    """'与上年相比，', '较 2023 年相比': a base marker, a few words naming the base, a closer, its comma."""
    v = vocab.load()
    return regex.compile(f"(?:{lexicon.alternation(v.base_markers)})[^，,。；;：:]{{0,10}}?"
                         f"(?:{lexicon.alternation(v.base_closers)})\\s*[，,]?")


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    return frozenset(lexicon.load("cells").get("generic_subjects", []))
