"""Readings of session budget14: a budget's own figures in the prose (部门预算 templates).

Every sentence and table here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_PROCUREMENT = {"procurement": {"title": "政府采购情况表", "rows": [
    "项目\t总计\t货物\t工程\t服务", "合计\t80.00\t30.00\t0.00\t50.00"]}}


def test_a_procurement_budget_is_a_budget_figure_not_the_years_procurement():
    """'政府采购预算 X 万元' named its period inside a concept alias (政府采购预算), so the claim kept the
    default period 本年: in a final account it was held against the year's procurement total (a false
    NT01 error and NT03 warning beside '政府采购支出总额')."""
    text = "十、政府采购支出情况说明\n2031年度政府采购预算100.00万元，政府采购支出总额80.00万元。\n"
    a = analysis_from(_PROCUREMENT, text, 2031)
    budget, actual = [c for c in a.claims if c.kind == "amount"]
    assert (budget.concept, budget.period, budget.checked_against) == ("procurement", "预算", [])
    assert (actual.period, actual.status) == ("本年", "verified")
    assert [f for f in run_checks(a) if f.severity != "info"] == []
    # the items of a procurement budget are budget figures too, and still add up to their head
    items = ("二、政府采购预算情况\n2031年政府采购预算80.00万元，其中：政府采购货物预算30.00万元、"
             "政府采购工程预算0万元、政府采购服务预算{s}万元。\n")
    a = analysis_from({}, items.format(s="50.00"), 2031)
    assert [(c.concept, c.period) for c in a.claims] == [
        ("procurement", "预算"), ("procurement_goods", "预算"), ("procurement_works", "预算"),
        ("procurement_services", "预算")]
    assert run_checks(a) == []
    assert [f.check for f in run_checks(analysis_from({}, items.format(s="60.00"), 2031))
            if f.severity == "error"] == ["AR04"]
