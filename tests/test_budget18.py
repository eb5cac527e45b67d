"""Readings of session budget18: wrong statements made up in the wording of 部门预算 narratives, planted into
the synthetic budgets (whose tables hold the figures), each beside its correct twin."""
from __future__ import annotations

from pathlib import Path

from finder.testing import planted

ROOT = Path(__file__).resolve().parent.parent
PROVINCE = ROOT / "corpora" / "synthetic" / "budget_filled.txt"
DISTRICT = ROOT / "corpora" / "synthetic" / "shanghai_budget_filled.txt"


def _new(filled: Path, old: str, new: str, tmp_path: Path) -> list[tuple[str, str, str]]:
    key = lambda f: (f.check, f.severity, f.message)  # noqa: E731
    base = {key(f) for f in planted(filled, old, old, tmp_path / "base.txt").findings}
    return [key(f) for f in planted(filled, old, new, tmp_path / "planted.txt").findings
            if f.severity != "info" and key(f) not in base]


def test_a_budget_figure_labelled_with_last_year_is_last_years_budget(tmp_path):
    """'2030年收支总预算 X' in the 2031 budget, X this year's total: the period word 预算 after the year made X
    this year's budget, so the stale year passed (X verified). A budget figure whose sentence labels it with
    an earlier year (not a date, not a base after 比/较/与) has that year's period; TX02 then finds X is this
    year's cell."""
    old = "某某省样例事务管理局2031年收支总预算3236.34"
    found = _new(PROVINCE, old, old.replace("2031", "2030"), tmp_path)
    assert [(c, s) for c, s, _ in found] == [("TX02", "warning")] and "3236.34" in found[0][2]
    assert _new(PROVINCE, old, old, tmp_path) == []


def test_a_year_opening_the_sentence_labels_the_budget_figure(tmp_path):
    """'2030年，某委收入预算 X' (the year in a clause of its own, the district style) in the 2031 budget."""
    old = "2031年，上海市某区样例委员会收入预算4,030.38万元"
    found = _new(DISTRICT, old, old.replace("2031", "2030"), tmp_path)
    assert [(c, s) for c, s, _ in found] == [("TX02", "warning")] and "4,030.38" in found[0][2]


def test_a_year_after_a_base_marker_or_before_a_date_labels_no_figure(tmp_path):
    """A year printed as a comparison's base ('与2030年预算相比，收入预算 X') or as a date ('2030年12月') leaves
    X this year's budget: no stale year, and X is still held to its cell."""
    old = "某某省样例事务管理局2031年收支总预算3236.34 万元，比2030年增加21.74 万元，增长0.68%。"
    compared = "与2030年预算相比，某某省样例事务管理局收支总预算3236.34 万元，增加21.74 万元，增长0.68%。"
    assert _new(PROVINCE, old, compared, tmp_path) == []
    dated = "截至2030年12月，某某省样例事务管理局收支总预算3236.34 万元，比2030年增加21.74 万元，增长0.68%。"
    assert _new(PROVINCE, old, dated, tmp_path) == []
    for text in (compared, dated):
        assert "NT01" in [c for c, _, _ in _new(PROVINCE, old, text.replace("3236.34", "3263.34"), tmp_path)]
