"""Paragraph.derived: what each claim of a paragraph reads off its text is built once, and anew
when the text is edited in place (mutation tests edit paragraphs)."""
from __future__ import annotations

from finder.model import Paragraph


def test_built_once_per_text_and_again_after_an_edit():
    calls = []

    def numbers(text: str) -> list[str]:
        calls.append(text)
        return [w for w in text.split() if w[0].isdigit()]

    p = Paragraph("支出 12.5 万元，收入 3 万元")
    assert p.derived("n", numbers) == ["12.5", "3"]
    assert p.derived("n", numbers) == ["12.5", "3"]
    assert len(calls) == 1
    p.text = "支出 7 万元"
    assert p.derived("n", numbers) == ["7"]
    assert len(calls) == 2
    assert p.derived("other", len) == len(p.text)     # keys do not share entries
