"""Scans rewritten for speed give what the character walks they replaced gave."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from finder.claims import segments

texts = st.text(alphabet="（()）支出a ", max_size=20)


def _walk(text: str, a: int, k: int) -> list[int]:
    """open_parens as a walk over every character of text[a:k]."""
    stack: list[int] = []
    for i in range(a, k):
        if text[i] in "（(":
            stack.append(i)
        elif text[i] in "）)" and stack:
            stack.pop()
    return stack


@given(texts, st.data())
def test_open_parens_and_in_parens_match_the_character_walk(text, data):
    a = data.draw(st.integers(0, len(text)))
    k = data.draw(st.integers(0, len(text)))
    assert segments.open_parens(text, a, k) == _walk(text, a, k)
    assert segments.in_parens(text, a, k) == bool(_walk(text, a, k))
