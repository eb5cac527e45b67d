"""Readings of session 27 (left27d): respective lists of counts, a count named by its money's name, a bare 支出合计.

Every sentence, name and figure here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.render.ledger import claim_line
from finder.testing import analysis_from

_HEAD = "一、“三公”经费支出决算情况说明\n\n"
_TAIL = "\n\n二、其他重要事项情况说明\n\n无。\n"

_ROWS = ["项目\t预算数\t决算数",
         "合计\t40.00\t34.50",
         "1.因公出国（境）费\t1.00\t0.00",
         "2.公务用车购置及运行维护费\t32.00\t29.50",
         "（1）公务用车购置费\t26.00\t25.00",
         "（2）公务用车运行维护费\t6.00\t4.50",
         "3.公务接待费\t7.00\t5.00",
         "4.因公出国（境）团组数（个）\t\t2",
         "5.因公出国（境）人次数（人）\t\t6",
         "6.公务用车购置数（辆）\t1\t1",
         "7.公务用车保有量（辆）\t13\t13",
         "8.国内公务接待批次（个）\t\t12",
         "9.国内公务接待人次（人）\t\t150"]


def _three_public(rows=None):
    return {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "表7", "rows": rows or _ROWS}}


def _run(text: str, tables=None, head: str = _HEAD):
    a = analysis_from(tables if tables is not None else _three_public(), head + text + _TAIL, 2031)
    return [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"], a


def _read(a):
    return [(c.subject, c.concept, c.status) for c in a.claims]


# ------------------------------------------------------------------ 1. respective lists of counts
def test_vehicles_bought_and_held_each_to_their_row():
    """'公务用车购置数及保有量分别为 a 辆和 b 辆': 保有量 borrows 公务用车 from the first name; it was unnamed and
    unverifiable."""
    text = "2031年度公务用车购置数及保有量分别为 {a} 辆和 {b} 辆。"
    found, a = _run(text.format(a=1, b=13))
    assert found == [] and _read(a) == [("公务用车购置数", "vehicles_bought", "verified"),
                                        ("公务用车保有量", "vehicles", "verified")]
    found, a = _run(text.format(a=1, b=14))
    assert found == [("NT01", "error")] and [c.status for c in a.claims] == ["verified", "contradicted"]


def test_delegations_and_travellers_in_two_units_pair_with_their_names():
    """'团组数及人数分别为 a 个、b 人': counts in two units are one list; 人数 is the travellers', not persons."""
    text = "2031年度因公出国（境）团组数及人数分别为 {a} 个、{b} 人。"
    found, a = _run(text.format(a=2, b=6))
    assert found == [] and _read(a) == [("因公出国（境）团组数", "outbound_trips", "verified"),
                                        ("因公出国（境）人数", "outbound_persons", "verified")]
    found, a = _run(text.format(a=6, b=2))          # swapped: both rows disagree
    assert found == [("NT01", "error"), ("NT01", "error")]


def test_reception_batches_and_persons_and_the_short_row_names():
    """'公务接待批次和人次分别为 a 批次、b 人次', against a table printing '公务接待批次（批）' / '公务接待人数（人）'."""
    rows = [r.replace("国内公务接待批次（个）", "公务接待批次（批）").replace("国内公务接待人次（人）", "公务接待人数（人）")
            for r in _ROWS]
    text = "2031年度公务接待批次和人次分别为 {a} 批次、{b} 人次。"
    found, a = _run(text.format(a=12, b=150), _three_public(rows))
    assert found == [] and [c.concept for c in a.claims] == ["reception_batches", "reception_persons"]
    assert {c.status for c in a.claims} == {"verified"}
    found, _ = _run(text.format(a=12, b=151), _three_public(rows))
    assert found == [("NT01", "error")]


def test_counts_in_two_units_without_names_to_pair_stay_as_they_were():
    """No list of names before 分别: each count keeps the clause's name (no pairing, no loss of its concept)."""
    found, a = _run("2031年度国内公务接待分别为 12 批、150 人次。")
    assert found == [] and [c.concept for c in a.claims] == ["reception", "reception"]
    assert not any("pair_index" in c.extra for c in a.claims)


# ------------------------------------------------------------------ 2. a count named by its money's name
def test_a_count_printed_after_the_fee_name_is_the_trips():
    """'因公出国（境）3 批次': the name is the fee's, the unit a count of trips (count_twins); it was unnamed."""
    found, a = _run("2031年度因公出国（境）2 批次。")
    assert found == [] and [(c.concept, c.status) for c in a.claims] == [("outbound_trips", "verified")]
    found, a = _run("2031年度因公出国（境）3 批次。")
    assert found == [("NT01", "error")]


def test_a_money_figure_after_the_fee_name_stays_the_fee():
    _, a = _run("2031年度因公出国（境）0.00 万元。")
    assert [c.concept for c in a.claims] == ["outbound_fee"]


# ------------------------------------------------------------------ 3. a bare 支出合计
_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "表1", "rows": [
    "收入\t\t\t支出\t\t",
    "项目\t行次\t金额\t项目\t行次\t金额",
    "一、一般公共预算财政拨款收入\t1\t800.00\t一、一般公共服务支出\t32\t700.00",
    "八、其他收入\t8\t200.00\t八、社会保障和就业支出\t39\t250.00",
    "本年收入合计\t27\t1,000.00\t本年支出合计\t58\t950.00",
    "年初结转和结余\t29\t50.00\t年末结转和结余\t60\t100.00",
    "总计\t31\t1,050.00\t总计\t62\t1,050.00"]}}
_EXPENSE = "2031年度支出合计 950.00 万元，其中：基本支出 700.00 万元，项目支出 {p} 万元。"


def test_a_bare_expense_total_in_the_summary_section_is_the_year_s_total():
    """'二、支出决算情况说明 … 支出合计 T，其中：A a，B b': 本年支出合计, its items summed (they had no whole)."""
    head = "一、支出决算情况说明\n\n"
    found, a = _run(_EXPENSE.format(p="250.00"), _SUMMARY, head)
    total = a.claims[0]
    assert found == [] and (total.concept, total.status) == ("expense_total", "verified")
    assert [c.whole for c in a.claims[1:]] == ["expense_total"] * 2
    assert "按本年支出合计读" in claim_line(total)
    found, _ = _run(_EXPENSE.format(p="260.00"), _SUMMARY, head)
    assert found == [("AR04", "error")]
    for rate, want in (("26.32", []), ("25.32", [("AR01", "error")])):     # 250 ÷ 950 = 26.315…%
        found, a = _run(f"2031年度支出合计 950.00 万元，其中：项目支出 250.00 万元，占 {rate}%。", _SUMMARY, head)
        assert found == want and a.claims[-1].whole == "expense_total"


def test_a_bare_expense_total_stays_unread_under_a_fund_or_beside_a_row_of_its_name():
    """Under a fund's heading it is that fund's; where a table prints a row named 支出合计 (a 三公 table's
    '一、支出合计') which figure is meant is unclear: unclassified, and the ledger says why."""
    _, a = _run(_EXPENSE.format(p="260.00"), _SUMMARY, "一、财政拨款支出决算情况说明\n\n")
    assert a.claims[0].concept is None
    rows = ["项目\t决算数", "一、支出合计\t34.50", "1.因公出国（境）费\t0.00"]
    tables = dict(_SUMMARY, three_public={"title": "“三公”经费支出决算表", "number": "表7", "rows": rows})
    found, a = _run(_EXPENSE.format(p="260.00"), tables, "一、支出决算情况说明\n\n")
    assert a.claims[0].concept is None and [c.whole for c in a.claims[1:]] == [None, None]
    assert "有同名行" in claim_line(a.claims[0])
