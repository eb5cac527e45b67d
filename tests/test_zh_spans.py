"""zh.spans / snap / last_words read the segmenter's offsets without building a spaCy Doc; they must
give what the Doc gives (token offsets, char_span(alignment_mode="expand"), non-space tokens)."""
from __future__ import annotations

import pytest

from finder.claims import zh

SENTENCES = [
    "本年支出合计 1560.05 万元，比上年增加 20.3 万元，增长 1.32%。",
    "一般公共服务（类）财政事务（款）行政运行（项）年初预算为 100 万元",
    "  两个空格开头，中间  也有两个空格 和全角\u3000空格\t制表符",
    "机关运行经费支出 36.5万元，主要用于办公费、水电费 等。",
    "完成预算 27 万元的 63.2%，ABC 项目 3 个",
    "计划总投资 208 亿元",
    "结尾有空格 ",
]


def _doc_snap(text: str, start: int, end: int) -> tuple[int, int]:
    """snap as the Doc reads it (the implementation zh.snap replaced)."""
    if start >= end:
        return start, end
    a = max(0, start - 8)
    span = zh.nlp()(text[a:end + 8]).char_span(start - a, end - a, alignment_mode="expand")
    if span is None:
        return start, end
    return a + span.start_char, a + span.end_char


@pytest.mark.parametrize("text", SENTENCES)
def test_spans_are_the_doc_tokens(text):
    doc = zh.nlp()(text)
    assert zh.spans(text) == tuple((t.idx, t.idx + len(t), bool(t.whitespace_)) for t in doc)


@pytest.mark.parametrize("text", SENTENCES)
def test_snap_is_doc_char_span_expand(text):
    for start in range(len(text)):
        for end in range(start, min(len(text), start + 10) + 1):
            assert zh.snap(text, start, end) == _doc_snap(text, start, end), (start, end)


@pytest.mark.parametrize("text", SENTENCES)
def test_last_words_are_the_docs_non_space_tokens(text):
    for n in (1, 3, 8):
        toks = [t for t in zh.nlp()(text) if not t.is_space]
        want = 0 if len(toks) <= n else toks[-n].idx
        assert zh.last_words(text, 0, len(text), n) == want


def test_duty_content_words_are_the_doc_words():
    """TX06 reads a duty item's words from zh.spans: the same words, in order, as the Doc's tokens."""
    from finder.checks.tx.tx06_duty_list import _content_words
    from finder.checks.tx.common import squash

    text = "负责全市陶瓷产业 发展规划的拟订和组织实施，指导行业协会开展工作。"
    words = [t.text for t in zh.nlp()(squash(text))]
    expected = []
    for w in words:
        if len(w) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in w) and w not in {"负责"} and w not in expected:
            expected.append(w)
    assert _content_words(text, {"负责"}) == expected and expected
