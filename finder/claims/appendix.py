"""Performance-evaluation prose (绩效自评): which section (投入/过程/产出/效果) and indicator a score is about."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import vocab
from finder.claims.segments import CLAUSE_SEP, SENTENCE_END

# "1、工作建设简报部省支持模块收集数量。……" / "（2）资金落实：……" / "市民满意度：……"
_INDICATOR_RE = regex.compile(
    r"^\s*(?:[（(]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）、.．]\s*)(?P<name>[^。：:；;，,]{2,40}?)\s*[。：:]"
    r"|^\s*(?P<name2>[^。：:；;，,\d]{2,16})[：:]")


_CLAUSE_SEPS = CLAUSE_SEP + "," + SENTENCE_END


@lru_cache(maxsize=1)
def _section_re() -> "regex.Pattern[str]":
    v = vocab.load()
    words = sorted(v.section_of, key=len, reverse=True)
    return regex.compile(r"(?P<w>" + lexicon.alternation(words) + r")(?:类)?(?:指标|完成情况|情况|方面|部分)")


def section_in(text: str, a: int, b: int) -> str | None:
    """The evaluation section named in text[a:b] ('部门产出指标由…' -> 产出), first one wins."""
    m = _section_re().search(text, a, b)
    return vocab.load().section_of[m.group("w")] if m else None


def clause_section_in(text: str, a: int, b: int) -> str | None:
    """The evaluation section named in the clause of text[a:b] that ends at b, a figure's own ('产出指标权重
    50 分；效益指标权重 30 分' -> 效益 for the second, '…；预算执行率权重 10 分' -> none)."""
    return section_in(text, max(a, *(text.rfind(s, a, b) + 1 for s in _CLAUSE_SEPS)), b)


def indicator_name(text: str) -> str | None:
    """The indicator a paragraph is about, printed at its start before 。 or ：."""
    m = _INDICATOR_RE.match(text)
    if not m:
        return None
    return (m.group("name") or m.group("name2")).strip()
