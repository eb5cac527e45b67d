"""Gaps closed in session 10: income totals, budget fund incomes, summed shares, variance rates.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import analysis_from, run_check as _run


def _concepts(text: str, year: int = 2031, kind: str = "amount") -> dict[str, str | None]:
    return {str(c.value): c.concept for c in analysis_from({}, text, year).claims if c.kind == kind}


# ---------------------------------------------------------------- 预决算差异率
def test_a_variance_rate_is_actual_minus_budget_over_budget():
    ok = "“三公”经费预算数820.50万元,决算数790.20万元,预决算差异率-3.69%。\n"
    assert _run(ok, "AR05", 2031) == []
    bad = _run(ok.replace("-3.69%", "-4.69%"), "AR05", 2031)
    assert [f.severity for f in bad] == ["error"] and "790.20" in bad[0].computation


def test_a_truncated_variance_rate_is_a_borderline_warning():
    # (972.62 − 1000.00) ÷ 1000.00 = −2.738%: −2.74 rounds it, −2.73 cuts it off (one last digit away)
    text = "公务接待费预算数1000.00万元,决算数972.62万元,决算数与预算数差异率-2.74%。\n"
    assert _run(text, "AR05", 2031) == []
    assert [f.severity for f in _run(text.replace("-2.74", "-2.73"), "AR05", 2031)] == ["warning"]


def test_a_variance_rate_printed_without_its_minus_sign_is_a_warning_that_says_so():
    # some texts print the size of the gap: the size fits, the sign is what a reader must check
    found = _run("公务接待费预算数820.50万元,决算数790.20万元,预决算差异率3.69%。\n", "AR05", 2031)
    assert [f.severity for f in found] == ["warning"] and "负号" in found[0].message


def test_a_minus_sign_on_an_overspend_is_an_error():
    found = _run("公务接待费预算数790.20万元,决算数820.50万元,预决算差异率-3.83%。\n", "AR05", 2031)
    assert [f.severity for f in found] == ["error"]
    assert _run("公务接待费预算数790.20万元,决算数820.50万元,预决算差异率3.83%。\n", "AR05", 2031) == []


def test_a_variance_rate_reads_as_its_own_concept():
    text = "公务接待费预算数820.50万元,决算数790.20万元,预决算差异率-3.69%。\n"
    subjects = [(c.subject, c.concept) for c in analysis_from({}, text, 2031).claims if c.unit == "%"]
    assert subjects == [("预决算差异率", "budget_variance_rate")]


def test_a_zero_variance_on_zero_figures_says_nothing():
    assert _run("因公出国费预算数0万元,决算数0万元,预决算差异率0%。\n", "AR05", 2031) == []
