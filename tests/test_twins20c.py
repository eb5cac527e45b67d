"""Gaps left by twins20b (correct sentences written from a filled template's own cells, each planted with its wrong
twin): made-up sentences planted into the synthetic reports."""
from __future__ import annotations

from finder.testing import new_findings
from plant_points import THREE_ANCHOR, UNIT, UNIT_ANCHOR


def test_a_falls_rate_reads_its_amount_once(tmp_path):
    """'16 万元，下降 85.9%，减少 105 万元': A ÷ (V + A) was bounded as [A.lo, A.hi] ÷ [V.lo + A.lo, V.hi + A.hi],
    A's rounding counted twice, so a rate no pair of (V, A) can give passed. The bounds are taken at (A.lo, V.hi)
    and (A.hi, V.lo): the rate rises with A and falls with V."""
    text = "公务接待费支出决算5 万元，比2023年度减少{a} 万元，下降{p}%。"
    assert new_findings(UNIT, THREE_ANCHOR, text.format(a="40", p="88.9"), tmp_path) == []   # 40 ÷ 45: fits
    wrong = new_findings(UNIT, THREE_ANCHOR, text.format(a="40", p="88.3"), tmp_path)
    # 40 ÷ (5 + 40) within the rounding: at least 39.5 ÷ 45 = 87.78…, at most 40.5 ÷ 45 = 90 — fits
    assert wrong == []
    wrong = new_findings(UNIT, THREE_ANCHOR, text.format(a="40", p="87.5"), tmp_path)   # read twice: 85.87 at least
    assert [f[:2] for f in wrong] == [("AR02", "error")] and "87.5" in wrong[0][2]


def test_a_rate_with_its_amount_is_held_to_the_base_printed_beside_them(tmp_path):
    """'13 万元，上年为 10 万元，增加 3 万元，增长 36.95%': held only to A ÷ (V − A) the rate fit (up to 3.5 ÷ 9);
    with the base printed it is also A ÷ B and V ÷ B − 1, each figure read once (at most 3.5 ÷ 9.5 = 36.84%)."""
    text = "因公出国（境）费支出决算13 万元，上年为10 万元，增加3 万元，增长{p}%。"
    assert new_findings(UNIT, THREE_ANCHOR, text.format(p="31.73"), tmp_path) == []
    wrong = new_findings(UNIT, THREE_ANCHOR, text.format(p="38.0"), tmp_path)     # 3.5 ÷ 9.5 = 36.84% at most
    assert [f[:2] for f in wrong] == [("AR02", "error")] and "38.0" in wrong[0][2]
    text = "事业收入465.00 万元，比上年的418.60 万元增加0.0046 亿元，增长{p}%。"       # the amount coarse, V and B not
    assert new_findings(UNIT, UNIT_ANCHOR, text.format(p="11.1"), tmp_path) == []
    wrong = new_findings(UNIT, UNIT_ANCHOR, text.format(p="10.9"), tmp_path)      # 465.00 ÷ 418.60 − 1 = 11.08%
    assert [f[:2] for f in wrong] == [("AR02", "error")] and "10.9%" in wrong[0][2]


def test_an_item_after_a_figure_takes_no_scope_from_the_item_before_it(tmp_path):
    """'主要包括财政拨款收入 A 万元和其他收入 B 万元': 财政拨款, the first item's own scope, was read as the second's
    (the clause ran from 包括), so 其他收入 was the 财政拨款's, which no table lists, and a wrong one passed. Scope
    words before a sum of money printed in the clause belong to that sum."""
    text = "收入方面，财政拨款收入3576.39 万元和其他收入{b} 万元。"
    assert new_findings(UNIT, UNIT_ANCHOR, text.format(b="64.49"), tmp_path) == []
    wrong = new_findings(UNIT, UNIT_ANCHOR, text.format(b="72.00"), tmp_path)
    assert any(f[:2] == ("NT01", "error") and "其他收入" in f[2] and "72.00" in f[2] for f in wrong)
