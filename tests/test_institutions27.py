"""Claim readings of session 27 (public institutions' final accounts: schools, hospitals, clinics).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、收入决算情况说明\n"


def _run(text: str, year: int = 2031):
    a = analysis_from({}, _HEAD + text + "\n", year)
    return [f for f in run_checks(a) if f.severity != "info"], a


def _subjects(a, raw: str) -> list[str]:
    return [c.subject for c in a.claims if c.raw.strip() == raw]


# ------------------------------------------------------------------ 1. a name run into a closed comparison
_INCOME = "2031年总收入 1,000.00 万元，其中：财政补助收入 400.00 万元，事业收入 500.00 万元，其他收入 100.00 万元。\n"
_COST = ("2031年总支出 1,200.00 万元，其中：基本支出 1,000.00 万元，项目支出 200.00 万元。基本支出中业务活动支出 900.00 万元，"
         "其他支出 100.00 万元。\n")


def test_change_named_after_a_comparison_run_into_the_name():
    """'与上年相比总收入减少 A' (no comma after 相比): the change is 总收入's, not that of 其他收入 closing the
    sentence before (the subject region used to end at 与, so the words after 相比 were never read)."""
    _, a = _run(_INCOME + "与2030年相比总收入减少 100.00 万元，下降 9.09%。")
    assert _subjects(a, "100.00 万元")[-1] == "总收入"
    # with a comma the name opens a clause of its own: read alike (it was before too)
    _, a = _run(_INCOME + "与2030年相比，总收入减少 100.00 万元，下降 9.09%。")
    assert _subjects(a, "100.00 万元")[-1] == "总收入"
    # with no name after the comparison the figure before is carried on, as before
    _, a = _run(_INCOME + "与2030年相比减少 10.00 万元，下降 9.09%。")
    assert _subjects(a, "10.00 万元") == ["其他收入"]


def test_change_named_in_the_base_with_last_years_figure():
    """'相比2030年的总支出 B 增加 A 万元，增幅 P%': the words after the base's 的 name what changed, B its
    figure that year. Read as the last item's (其他支出 100.00), the rise of 300 was larger than the year's 100
    and AR02 flagged an impossible negative base (a false error)."""
    text = _COST + "相比2030年的总支出 900.00 增加 300.00 万元，增幅 33.33%。"
    found, a = _run(text)
    assert _subjects(a, "300.00 万元") == ["总支出"]
    assert [f for f in found if f.check == "AR02"] == []
    # the rate is still checked on the name's own figure: 300 ÷ 900 is 33.33%, not 30% (总支出 has no concept of
    # its own, so AR02 only warns; the claim is contradicted all the same)
    found, a = _run(text.replace("33.33%", "30.00%"))
    assert [f.check for f in found] == ["AR02"] and "“总支出”" in found[0].message
    assert [c.status for c in a.claims if c.raw.strip() == "30.00%"] == ["contradicted"]


# ------------------------------------------------------------------ 2. a reason run into the 其中 of its figure
def test_reason_running_into_the_list_of_its_figure():
    """'…下降 P%，主要原因是学生人数减少、公用经费减少其中：财政拨款收入 a，占 p%；…' (no 。 before 其中): the list
    is the 收入合计's parts. It was read as parts of 公用经费, the last money word of the reason, and every share
    stayed unverifiable (no 公用经费 figure)."""
    text = ("1.收入情况。2031年度收入合计 800.00 万元，与2030年度相比，减少 100.00 万元，下降 11.1%，主要原因是学生人数"
            "减少、公用经费减少其中：财政拨款收入 600.00 万元，占 {p}%；事业收入 200.00 万元，占 25.0%。")
    found, a = _run(text.format(p="75.0"))
    assert found == []
    shares = [c for c in a.claims if c.kind == "share"]
    assert [(c.whole, c.status) for c in shares] == [("income_total", "verified")] * 2
    found, a = _run(text.format(p="70.0"))         # 600 ÷ 800 = 75%
    assert [(f.check, f.severity) for f in found] == [("AR01", "error")]
    # a 其中 list after a comma opens the list of the figure as before
    _, a = _run(text.format(p="75.0").replace("减少其中", "减少，其中"))
    assert [c.whole for c in a.claims if c.kind == "share"] == ["income_total"] * 2


# ------------------------------------------------------------------ 3. a procurement budget split by source of funds
def test_carried_over_money_arranged_for_procurement_is_no_carry_over_of_the_department():
    """'按政府采购资金类型划分，一般公共预算拨款 a，财政专户管理的资金安排 b，上年结转结余资金安排 c': c is the part of
    the procurement paid from carried-over money. Read as the department's 上年结转结余 it was held to the summary
    table's row: a false NT01 error whenever the department carries money over but buys nothing with it."""
    from finder.testing import budget_analysis_from
    from tests.test_budget_readings import _SUMMARY      # 上年结转结余 20.00 in the summary table
    text = ("（二）政府采购预算安排情况说明。\n2031 年政府采购预算 17.00 万元。按政府采购资金类型划分，一般公共预算拨款"
            " 17.00 万元，财政专户管理的资金安排 0 万元，{name} 0 万元。\n")
    a = budget_analysis_from({"income_expense_summary": _SUMMARY}, text.format(name="上年结转结余资金安排"), 2031)
    assert [f for f in run_checks(a) if f.check == "NT01"] == []
    assert [c.concept for c in a.claims if c.raw.strip() == "0 万元"] == [None, None]
    # the department's own carry-over named plainly is still held to the table
    a = budget_analysis_from({"income_expense_summary": _SUMMARY}, text.format(name="上年结转结余"), 2031)
    assert [(f.check, f.severity) for f in run_checks(a) if f.check == "NT01"] == [("NT01", "error")]
