"""Session 27 (forms27b): a 其中 list's head change after its ；, budgets' 收入预算/支出预算, forms printed oddly.

Every text here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、部门收支预算总体情况\n"


def _run(text: str, year: int = 2031):
    a = analysis_from({}, _HEAD + text + "\n", year)
    return [f for f in run_checks(a) if f.severity != "info"], a


def _claim(a, raw: str):
    [c] = [c for c in a.claims if c.raw.strip() == raw]
    return c


# ------------------------------------------------------------------ 1. a change after a 其中 list's ；
_QIZHONG = ("某某局2031年收支总预算1,234.56万元，其中：甲中心经费1,000.06万元，乙幼儿园经费234.50万元；"
            "比上年预算增加{x}万元，增长{p}%。")


def test_subjectless_change_after_a_qizhong_lists_semicolon_is_the_heads():
    """'收支总预算 T，其中：A a，B b；比上年增加 x，增长 p%': the clause after the ； has no subject of its own and
    compares with the year before: T's change (234.56 ÷ (1234.56 − 234.56) = 23.456%), not A's (it was read as
    甲中心经费's, held against 1,000.06)."""
    found, a = _run(_QIZHONG.format(x="234.56", p="23.46"))
    assert found == []
    assert _claim(a, "234.56万元").subject == "收支总预算"
    assert _claim(a, "23.46%").status == "verified"
    found, a = _run(_QIZHONG.format(x="234.56", p="25.46"))     # a rate T's change does not give: still an error
    assert [(f.check, f.severity) for f in found] == [("AR02", "error")]
    assert "收支总预算" in found[0].message


def test_an_items_own_change_in_a_qizhong_list_stays_the_items():
    """A change printed after an item with no ； between is that item's: '其中：A a，比上年增加 x；B b，比上年增加 y'."""
    _, a = _run("某某局2031年收支总预算1,234.56万元，其中：甲中心经费1,000.06万元，比上年增加34.56万元；"
                "乙幼儿园经费234.50万元，比上年增加200万元。")
    assert _claim(a, "34.56万元").subject == "甲中心经费"
    assert _claim(a, "200万元").subject == "乙幼儿园经费"


# ------------------------------------------------------------------ 2. a budget's bare '收入预算' / '支出预算'
_SIDES = ("（一）2031年收入预算1,234.56万元，其中：\n1、财政拨款收入{fiscal}万元；\n2、事业收入200万元；\n3、其他收入0万元。\n"
          "（二）2031年支出预算1,234.56万元，其中：\n1、基本支出1,000.00万元；\n2、项目支出200万元。")


def _budget(text: str):
    from finder.testing import budget_analysis_from
    a = budget_analysis_from({}, "二、收支预算总体情况\n" + text + "\n")
    return [f for f in run_checks(a) if f.severity != "info"], a


def test_a_budgets_bare_income_budget_is_its_total_and_its_parts_are_summed():
    """'（一）2031年收入预算 T 万元，其中：1、财政拨款收入 a；2、事业收入 b；…' in a budget: 收入 alone before 预算 is the
    year's 收入总预算 (as '收入总预算' is read), so its numbered parts are held to it: 1,100.00 + 200 + 0 is more than
    1,234.56 (AR04). The subject '收入' alone had no concept and the list no whole."""
    found, a = _budget(_SIDES.format(fiscal="1,100.00"))
    assert [c.concept for c in a.claims if c.raw == "1,234.56万元"] == ["income_grand_total", "expense_total"]
    assert [(f.check, f.severity) for f in found] == [("AR04", "error")]
    found, _ = _budget(_SIDES.format(fiscal="1,034.56"))          # 1,034.56 + 200 + 0 = 1,234.56: no finding
    assert found == []


def test_a_named_income_before_the_budget_word_is_not_the_total():
    """'事业收入预算 b', '单位资金收入预算 c', '“三公”经费支出预算 d': another name stands right before the side, so
    it is that figure, not the year's total (a name before it is no year or item number)."""
    _, a = _budget("单位资金收入预算12.34万元。“三公”经费支出预算5.67万元。")
    assert _claim(a, "12.34万元").concept not in ("income_grand_total", "income_total")
    assert _claim(a, "5.67万元").concept not in ("expense_total", "expense_grand_total")


def test_final_accounts_keep_a_bare_income_budget_unread():
    """In final accounts '收入预算 X' is at most an item's budget column: no total is read from it."""
    _, a = _run("本年收入预算1,234.56万元，决算1,200.00万元。".replace("本年", "2031年"))
    assert _claim(a, "1,234.56万元").concept is None
