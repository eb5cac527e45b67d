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


def _fiscal(carried: list[str]) -> dict:
    """A 财政拨款收支总表 of the budget template: this year's grants by fund, then the carry-over rows."""
    return {"fiscal_summary": {"title": "财政拨款收支总表", "rows": [
        "收入\t\t支出\t", "项目\t预算数\t项目\t预算数", "一、本年收入\t500.00\t一、本年支出\t560.00",
        "（一）一般公共预算拨款\t480.00\t（一）一般公共服务支出\t560.00", "（二）政府性基金预算拨款\t20.00\t\t",
        *carried, "收入总计\t560.00\t支出总计\t560.00"]}}


_CARRIED = ("一、收支预算总体情况\n2031年财政拨款收支总预算560.00万元。收入包括：一般公共预算当年拨款收入480.00万元，"
            "政府性基金预算当年拨款收入20.00万元，上年结转一般公共预算拨款收入{g}万元，上年结转政府性基金预算拨款收入{f}万元。\n")


def test_a_funds_carry_over_is_its_row_below_the_carry_over_heading():
    """'上年结转一般公共预算拨款收入 X' had no cell (the standard tables were said to list no 一般公共预算 carry-over):
    the fiscal summary prints it as the fund's row below '二、上年结转'. A misprinted X is an NT01 error; the
    correct twin is verified, and so is the other fund's row under the same heading."""
    from finder.checks import run as run_checks
    from finder.testing import budget_analysis_from

    tables = _fiscal(["二、上年结转\t60.00\t\t", "（一）一般公共预算拨款\t50.00\t\t", "（二）政府性基金预算拨款\t10.00\t\t"])
    a = budget_analysis_from(tables, _CARRIED.format(g="50.00", f="10.00"))
    assert [c.status for c in a.claims if c.concept == "carryover_begin"] == ["verified", "verified"]
    assert [f for f in run_checks(a) if f.severity != "info"] == []
    a = budget_analysis_from(tables, _CARRIED.format(g="40.00", f="10.00"))
    [f] = [f for f in run_checks(a) if f.severity == "error"]
    assert f.check == "NT01" and "40.00" in f.message and "50.00" in f.message
    # the final-account layout: an unnumbered heading over the funds' numbered rows
    tables = _fiscal(["年初财政拨款结转和结余\t60.00\t\t", "一、一般公共预算财政拨款\t50.00\t\t",
                      "二、政府性基金预算财政拨款\t10.00\t\t"])
    a = budget_analysis_from(tables, _CARRIED.format(g="50.00", f="10.00"))
    assert [c.status for c in a.claims if c.concept == "carryover_begin"] == ["verified", "verified"]


def test_a_carry_over_heading_without_fund_rows_gives_no_fund_cell():
    """With no fund rows under '二、上年结转' neither the fund's row of this year's grants above it (480.00) nor
    the one under the next heading ('三、调入资金' over '（一）一般公共预算拨款 10.00') is the carry-over's cell: the
    figure stays unverifiable, not an error."""
    from finder.checks import run as run_checks
    from finder.testing import budget_analysis_from

    tables = _fiscal(["二、上年结转\t60.00\t\t", "三、调入资金\t10.00\t\t", "（一）一般公共预算拨款\t10.00\t\t"])
    a = budget_analysis_from(tables, _CARRIED.format(g="50.00", f="10.00"))
    assert [c.status for c in a.claims if c.concept == "carryover_begin"] == ["unverifiable", "unverifiable"]
    assert [f.check for f in run_checks(a) if f.check == "NT01"] == []
