"""Markdown marks in a text report (PDF-to-Markdown tools: '# 第一部分…', '**一、…**') blanked out.

A heading's '#'s and the '**' around bold text are replaced by as many spaces, so every line keeps
its length and place (line numbers and offsets stay the file's) and the words read as the plain
extraction prints them: '## 一、收入决算情况说明' is the heading '一、收入决算情况说明'.
"""
from __future__ import annotations

import regex

_HEADING = regex.compile(r"^[ \t]*#{1,6}(?=[ \t])", regex.MULTILINE)
_BOLD = regex.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def blank_marks(text: str) -> str:
    """`text` with Markdown heading and bold marks as spaces (unchanged when it has none)."""
    if "#" in text:
        text = _HEADING.sub(lambda m: " " * len(m.group()), text)
    if "**" in text:
        text = _BOLD.sub(lambda m: "  " + m.group(1) + "  ", text)
    return text
