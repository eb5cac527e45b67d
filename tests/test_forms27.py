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
