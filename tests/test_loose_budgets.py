"""A budget named by when it was set (年初预算 / 全年预算) is held against a table's plain 预算数 column
when the table names neither budget: agreeing verifies, a gap is a warning that says why."""
from __future__ import annotations

from finder import checks
from finder.testing import analysis_from


def _three_public(budget: str, *, header: str = "预算数") -> dict:
    return {"three_public": {
        "title": "财政拨款“三公”经费支出决算表", "number": "公开09表",
        "rows": [["财政拨款“三公”经费", "", "", "", "", ""],
                 ["合计", "", "因公出国（境）费", "", "公务接待费", ""],
                 [header, "决算数", header, "决算数", header, "决算数"],
                 [budget, "0.80", "0.00", "0.00", budget, "0.80"]]}}


TEXT = ("四、财政拨款“三公”经费支出决算情况说明\n"
        "2024年度“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.80万元。\n")


def _budget_claim(a):
    return next(c for c in a.claims if c.period == "年初预算")


def test_a_plain_budget_column_verifies_the_budget_the_text_names() -> None:
    a = analysis_from(_three_public("0.95"), TEXT)
    c = _budget_claim(a)
    assert c.status == "verified"
    assert c.checked_against[0]["column"].endswith("预算数") and c.checked_against[0]["loose"]


def test_a_gap_against_a_plain_budget_column_is_a_warning_that_says_why() -> None:
    a = analysis_from(_three_public("1.20"), TEXT)
    assert _budget_claim(a).status == "contradicted"
    nt01 = [f for f in checks.run(a) if f.check == "NT01"]
    assert [f.severity for f in nt01] == ["warning"]
    assert "未写明是年初预算还是全年预算" in nt01[0].message


def test_a_column_naming_the_other_budget_is_not_read_for_this_one() -> None:
    a = analysis_from(_three_public("1.20", header="全年预算数"), TEXT)
    c = _budget_claim(a)
    assert c.status == "unverifiable" and not c.checked_against
