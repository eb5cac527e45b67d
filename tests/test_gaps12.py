"""Gaps closed in session 12: totals behind a fund's name, period words inside a grand total's name.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, run_check as _run


def _claims(text: str, tables=None, year: int = 2031) -> list:
    return analysis_from(tables or {}, text, year).claims


_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、其他资金收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}


# ---------------------------------------------------------------- a total behind a fund's name
def test_a_total_after_a_funds_name_is_that_funds_total_not_the_reports():
    text = ("一、收入支出决算总体情况说明\n2031年度收入总计530.00万元，其中：财政拨款收入400.00万元，"
            "其他资金收入{p}总计100.00万元。\n")
    for period in ("", "决算"):
        a = analysis_from(_SUMMARY, text.format(p=period), 2031)
        other = a.claims[-1]
        assert (other.subject, other.concept) == (f"其他资金收入{period}总计", None)
        # held against the fund's own row, never the 总计 (tests/test_readings13: its own total)
        assert (other.status, [r["row"] for r in other.checked_against]) == ("verified", ["二、其他资金收入"])
        # it was read as a second grand total: NT01 against the 总计 row and NT03 against 530.00
        assert [f for f in run_checks(a) if f.severity == "error"] == []
    # the same after a name ending in 资金 of any source
    assert [c.concept for c in _claims("单位自筹资金支出合计5.00万元，本年支出合计80.00万元。\n")] == [
        None, "expense_total"]


def test_a_scope_word_before_a_total_keeps_the_total_read_in_its_scope():
    # '政府性基金' ends in 基金 but is a scope of cells.yml: the total is read, in that fund's scope
    text = "2031年收入总计100.00万元。政府性基金收入总计14.39万元。\n"
    assert [c.concept for c in _claims(text)] == ["income_grand_total"] * 2
    assert _run(text, "NT03", 2031) == []
    # so does a fund noun right after a scope word: '财政拨款资金' is the 财政拨款 itself
    assert [c.concept for c in _claims("2031年财政拨款资金收入总计100.00万元。\n")] == ["income_grand_total"]


def test_a_period_word_inside_a_grand_totals_name_keeps_the_grand_total():
    text = "一、收入支出决算总体情况说明\n2031年度收入决算总计530.00万元，支出决算总计530.00万元。\n"
    a = analysis_from(_SUMMARY, text, 2031)
    assert [(c.subject, c.concept, c.period, c.status) for c in a.claims] == [
        ("收入决算总计", "income_grand_total", "决算", "verified"),
        ("支出决算总计", "expense_grand_total", "决算", "verified")]
    # the list under it now has its whole: 预算 is the period, the name is the grand total's
    text = "（一）收入预算总计500.00万元。包括：\n1．财政拨款收入预算总计480.00万元。\n2．其他资金收入预算总计20.00万元。\n"
    claims = _claims(text)
    assert [(c.concept, c.period) for c in claims][0] == ("income_grand_total", "预算")
    assert [c.whole for c in claims[1:]] == ["income_grand_total"] * 2
    assert claims[2].concept is None


# ---------------------------------------------------------------- 公共财政 (the general budget's former name)
_GPB_AND_FISCAL = {
    "gpb_expense": {"title": "一般公共预算财政拨款支出决算表", "number": "公开05表", "rows": [
        "项目\t\t\t本年支出合计\t基本支出\t项目支出", "支出功能分类科目编码\t科目名称\t\t\t\t",
        "类\t款\t项\t1\t2\t3", "合计\t\t\t240.00\t200.00\t40.00", "205\t\t教育支出\t240.00\t200.00\t40.00"]},
    "fiscal_expense": {"title": "财政拨款支出决算表", "number": "公开03表", "rows": [
        "项目\t\t\t本年支出合计\t基本支出\t项目支出", "支出功能分类科目编码\t科目名称\t\t\t\t",
        "类\t款\t项\t1\t2\t3", "合计\t\t\t300.00\t200.00\t100.00", "205\t\t教育支出\t300.00\t200.00\t100.00"]}}


def test_public_finance_appropriations_are_the_general_budgets_not_all_funds():
    # '公共财政拨款支出' was read as 财政拨款支出 of all funds: a false NT01 against 300.00
    text = "五、财政拨款支出决算表说明\n2031年度公共财政拨款支出240.00万元，其中基本支出200.00万元。\n"
    a = analysis_from(_GPB_AND_FISCAL, text, 2031)
    c = a.claims[0]
    assert (c.subject, c.concept, c.status) == ("公共财政拨款支出", "gpb_expense", "verified")
    assert {r["table"] for r in c.checked_against} == {"gpb_expense"}
    assert [f for f in run_checks(a) if f.severity == "error"] == []
    found = run_checks(analysis_from(_GPB_AND_FISCAL, text.replace("240.00万元", "250.00万元"), 2031))
    assert [(f.check, f.severity) for f in found] == [("NT01", "error")] and "240.00" in found[0].message


# ---------------------------------------------------------------- a total's fund parts in sentences of their own
def test_fund_parts_listed_in_the_sentences_after_the_total_are_its_parts():
    text = "2031年度财政拨款支出500.00万元。其中，一般公共预算400.00万元。政府性基金预算100.00万元。\n"
    assert [(c.subject, c.concept, c.whole) for c in _claims(text)] == [
        ("财政拨款支出", "fiscal_expense", None), ("一般公共预算", "gpb_expense", "fiscal_expense"),
        ("政府性基金预算", "gov_fund_expense", "fiscal_expense")]
    assert _run(text, "AR04", 2031) == []
    [f] = _run(text.replace("100.00万元。\n", "120.00万元。\n"), "AR04", 2031)
    assert f.severity == "error" and "政府性基金预算 120.00" in f.message
    # a fund's bare name after a list that has ended (a new numbered item) is read as before
    text = "2031年度财政拨款支出500.00万元。其中，一般公共预算400.00万元。\n2.政府性基金预算100.00万元。\n"
    assert _claims(text)[-1].whole is None


# ---------------------------------------------------------------- a total after items the sentence alone names
def test_a_total_after_unknown_items_ending_unalike_is_their_sum():
    ok = "2031年度培训费3.00万元、差旅2.00万元、印刷1.00万元，合计6.00万元。\n"
    assert _run(ok, "AR04", 2031) == []
    [f] = _run(ok.replace("合计6.00", "合计7.00"), "AR04", 2031)
    assert f.severity == "warning" and "差旅 2.00" in f.message
    # known concepts ending unalike may be of different kinds: still not read
    assert _run("本年收入120.00万元，上年结转80.00万元，合计210.00万元。\n", "AR04", 2031) == []
    # an item of another period is no item of this year's total
    assert _run("2031年度培训费3.00万元、上年差旅2.00万元、印刷1.00万元，合计4.00万元。\n", "AR04", 2031) == []
    # '稳增长 30.00 万' is an item of the list (tests/test_readings13), not a change left out of the sum
    assert _run("2031年度项目总预算100.00万，其中支持外贸60.00万，支持稳增长30.00万，专项10.00万，合计100.00万。\n",
                "AR04", 2031) == []


def test_a_list_closed_by_deng_may_leave_items_out():
    text = "该项目中央资金120.00万元、省级资金80.00万元等，合计250.00万元。\n"
    assert _run(text, "AR04", 2031) == []
    # a total below the items it names is still wrong
    assert [f.severity for f in _run(text.replace("250.00", "150.00"), "AR04", 2031)] == ["warning"]


# ---------------------------------------------------------------- a purpose clause before a 较 sentence
def test_a_comparison_after_a_purpose_clause_is_about_the_main_figure():
    for text in ("2031年度项目支出120.00万元，主要用于办公楼维修、设备购置等3个项目。较上年增加20.00万元，增长20.0%。\n",
                 "2031年度项目支出120.00万元，用于办公楼维修等3个项目。\n较上年增加20.00万元，增长20.0%。\n",
                 # in one sentence the count is no base of a money change either
                 "2031年度项目支出120.00万元，主要用于办公楼维修、设备购置等3个项目，较上年增加20.00万元，增长20.0%。\n"):
        changes = [c for c in _claims(text) if c.kind.startswith("change")]
        assert [(c.subject, c.concept) for c in changes] == [("项目支出", "project_expense")] * 2, text
        assert _run(text, "AR02", 2031) == [], text
        assert [f.severity for f in _run(text.replace("20.0%", "25.0%"), "AR02", 2031)] == ["error"], text
    # a figure stated in a 用于 clause of its own sentence keeps its comparison
    text = "2031年用于公务接待的费用5.00万元。较上年减少1.00万元，下降16.7%。\n"
    assert {c.concept for c in _claims(text)} == {"reception_fee"}


def test_a_change_right_after_a_purpose_amount_may_be_the_main_figures():
    # a purpose amount may have a change of its own: which figure '较上年增加' follows is read from the numbers,
    # the main figure's when only it fits, in the purpose clause's sentence or the next
    for text in ("2031年度项目支出120.00万元，主要用于设备购置50.00万元，较上年增加20.00万元，增长{p}%。\n",
                 "2031年度项目支出120.00万元，主要用于设备购置50.00万元。较上年增加20.00万元，增长{p}%。\n"):
        assert _run(text.format(p="20.0"), "AR02", 2031) == [], text
        assert _run(text.format(p="66.7"), "AR02", 2031) == [], text
        assert [f.severity for f in _run(text.format(p="30.0"), "AR02", 2031)] == ["error"], text
