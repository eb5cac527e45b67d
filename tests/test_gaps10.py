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


# ---------------------------------------------------------------- income totals
def test_a_bare_income_total_is_this_years_income_total():
    text = ("2.收入情况。2031年度收入合计812.40万元,较上年决算数增加12.40万元,增长1.6%。其中:财政拨款收入700.00万元,"
            "占86.2%;事业收入112.40万元,占13.8%。年初结转和结余30.10万元。\n")
    assert _concepts(text)["812.40"] == "income_total"
    assert _concepts("2031年本年总收入812.40万元,比上年增长1.6%。\n")["812.40"] == "income_total"
    assert _run(text, "AR04", 2031) == [] and _run(text, "NT03", 2031) == []


def test_a_bare_income_total_after_a_carry_over_is_the_grand_total():
    text = "本年收入812.40万元,上年结转30.10万元,收入合计842.50万元。\n"
    assert _concepts(text)["842.50"] == "income_grand_total"


def test_ambiguous_income_totals_stay_unclassified():
    # '总收入' is this year's income in one text and the total with the carry-over in another
    assert _concepts("2031年总收入812.40万元,财政拨款总收入700.00万元。\n") == {"812.40": None, "700.00": None}


# ---------------------------------------------------------------- fund revenue names in a department's budget
def _budget_concepts(text: str, kind: str, department: str) -> dict[str, str | None]:
    from finder import link
    from finder.analysis import extract
    from finder.testing import report_from

    r = report_from({}, text, 2031)
    r.type, r.department = kind, department
    a = extract(r)
    link.resolve(a)
    return {str(c.value): c.concept for c in a.claims if c.kind == "amount"}


_FUNDS = ("（1）一般公共预算收入预算 905.30 万元，与上年相比增加 12.30 万元。\n"
          "（2）政府性基金收入预算 40.00 万元，与上年相比持平。\n")


def test_fund_revenue_names_in_a_department_budget_are_its_income_by_fund():
    found = _budget_concepts(_FUNDS, "budget", "某某县某某局")
    assert found["905.30"] == "gpb_income" and found["40.00"] == "gov_fund_income"


def test_fund_revenue_names_elsewhere_are_a_governments_revenue():
    # a final account, or a budget text naming no department (a government's budget report): no concept
    assert set(_budget_concepts(_FUNDS, "final", "某某县某某局").values()) == {None}
    assert set(_budget_concepts(_FUNDS, "budget", "").values()) == {None}


# ---------------------------------------------------------------- '两项合计'
_LIST = "本年收入合计1000.00万元，其中：财政拨款收入800.00万元，占80.00%；"


def test_a_share_of_two_items_together_is_their_sum_over_the_whole():
    ok = _LIST + "经营收入120.00万元，附属单位上缴收入80.00万元，两项合计占20.00%。\n"
    assert _run(ok, "AR01", 2031) == []
    bad = _run(ok.replace("两项合计占20.00%", "两项合计占25.00%"), "AR01", 2031)
    assert [f.severity for f in bad] == ["error"] and "120.00 + 80.00" in bad[0].message


def test_a_sum_of_two_items_is_their_sum():
    ok = _LIST + "经营收入120.00万元、附属单位上缴收入80.00万元两项合计200.00万元，占20.00%。\n"
    assert _run(ok, "AR04", 2031) == [] and _run(ok, "AR01", 2031) == []
    bad = _run(ok.replace("两项合计200.00万元，占20.00%", "两项合计210.00万元，占21.00%"), "AR04", 2031)
    assert [f.severity for f in bad] == ["error"] and "210.00" in bad[0].message


def test_an_item_count_with_too_few_amounts_before_it_is_not_read():
    # three items counted, two amounts printed in the sentence: which three is unknown
    text = _LIST + "经营收入120.00万元、附属单位上缴收入80.00万元三项合计250.00万元。\n"
    assert _run(text.replace(_LIST, ""), "AR04", 2031) == []


# ---------------------------------------------------------------- 年初预算 / 全年预算
_H5 = "（五）一般公共预算财政拨款支出决算情况说明\n财政拨款支出"


def test_a_completion_rate_uses_the_budget_figure_it_names_when_both_are_printed():
    both = _H5 + "年初预算数500.00万元，全年预算数600.00万元，决算数540.00万元，完成年初预算的108.00%。\n"
    assert _run(both, "AR03", 2031) == []
    assert [f.severity for f in _run(both.replace("108.00%", "90.00%"), "AR03", 2031)] == ["error"]


def test_a_completion_rate_naming_a_budget_figure_the_text_does_not_print_is_a_warning():
    # only 全年预算 is printed; the rate names 年初预算, which the year's adjustments may have made another figure
    text = _H5 + "全年预算数600.00万元，决算数540.00万元，完成年初预算的95.00%。\n"
    found = _run(text, "AR03", 2031)
    assert [f.severity for f in found] == ["warning"] and "未列所称年初预算数" in found[0].message
    assert _run(text.replace("95.00%", "90.00%"), "AR03", 2031) == []


# ---------------------------------------------------------------- fund totals printed after their funds
def test_a_total_after_funds_of_one_kind_is_their_sum():
    ok = "该项目中央资金120.00万元，省级资金80.00万元，县级配套资金50.00万元，合计250.00万元。\n"
    assert _run(ok, "AR04", 2031) == []
    bad = _run(ok.replace("合计250.00", "合计260.00"), "AR04", 2031)
    assert [f.severity for f in bad] == ["warning"] and "250" in bad[0].computation
    # '共计' after items joined by '、', and a total naming the items' noun
    assert len(_run("该项目中央资金120.00万元、省级资金80.00万元，共计210.00万元。\n", "AR04", 2031)) == 1
    assert len(_run("该项目中央资金120.00万元，省级资金80.00万元，合计资金220.00万元。\n", "AR04", 2031)) == 1


def test_a_total_after_figures_of_different_kinds_is_not_read():
    # 本年收入 and 上年结转 are no kinds of one thing: which figures the total adds is unknown
    assert _run("本年收入120.00万元，上年结转80.00万元，合计210.00万元。\n", "AR04", 2031) == []
