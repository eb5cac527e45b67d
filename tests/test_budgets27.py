"""Budget readings of session 27 (部门预算 explanations and 绩效自评 forms).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
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


# ------------------------------------------------------------------ 1. 含 lists and the change after their ；
def test_change_after_a_han_list_is_the_totals():
    """'某某局收支总预算 T 万元，含甲单位经费 a 万元，乙单位经费 b 万元；比上年预算增加 x 万元，增长 P%': 含 opens
    the list of T's parts, which ends at its ；, and the change after it is T's. It was read as the first part's
    (x larger than a: an impossible negative base, a false AR02 error)."""
    text = ("某某局2031年收支总预算1,234.56万元，含甲中心经费100万元，乙幼儿园经费234.50万元；"
            "比上年预算增加{x}万元，增长{p}%。")
    found, a = _run(text.format(x="234.56", p="23.46"))      # 234.56 ÷ (1234.56 − 234.56) = 23.456%
    assert found == []
    assert _claim(a, "234.56万元").subject == "收支总预算"
    assert _claim(a, "23.46%").status == "verified"
    assert _claim(a, "100万元").whole == "income_expense_grand_total"
    found, a = _run(text.format(x="234.56", p="25.46"))      # the rate does not fit T's change: still an error
    assert [(f.check, f.severity) for f in found] == [("AR02", "error")]
    assert "1,234.56" in found[0].message or "1234.56" in found[0].message


def test_change_after_a_han_list_needs_the_list_closed():
    """Without the ； the change right after a part is still that part's: '…，含甲中心经费 a 万元，比上年增加 x
    万元' is the part's change (x larger than a is impossible there, and flagged)."""
    text = "某某局2031年收支总预算1,234.56万元，含甲中心经费100万元，比上年增加234.56万元，增长23.46%。"
    found, a = _run(text)
    assert _claim(a, "234.56万元").subject != "收支总预算"
