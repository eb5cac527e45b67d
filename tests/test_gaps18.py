"""Gaps left by earlier sessions' probes (session 18): each made-up sentence must be read as an auditor
reads it. Every sentence is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _errors(text: str, year: int = 2031, tables: dict | None = None) -> list[tuple[str, str]]:
    return [(f.check, f.message) for f in run_checks(analysis_from(tables or {}, text + "\n", year))
            if f.severity == "error"]


def test_a_change_after_what_the_figure_is_made_of_is_the_figures():
    """'本年支出 V，主要是人员经费 a，较年初预算 B 增加 A': A is V − B, the head's, not a − B (a false AR02
    error: 600 − 900). 主要是 opens what the figure is made of, as 主要用于 opens what it pays for."""
    text = "本年支出1950.00万元，主要是人员经费1600.00万元，较年初预算1900.00万元增加{a}万元。"
    assert _errors(text.format(a="50.00")) == []
    assert [c for c, _ in _errors(text.format(a="60.00"))] == ["AR02"]


def test_a_reason_clause_is_no_part_of_the_figure():
    """'主要是由于…' gives a reason: its figure is not marked as a part the change may be read on."""
    a = analysis_from({}, "本年支出1950.00万元，比上年增加50.00万元，主要是由于人员经费1600.00万元未列入预算。\n", 2031)
    assert not [c for c in a.claims if c.extra.get("purpose_of")]
