"""Readings fixed in the second round of real reports of unseen regions (realpages19b).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, budget_analysis_from

_THREE = "七、“三公”经费预算情况说明\n"


def _checks(a, severity=None):
    return [f.check for f in run_checks(a) if severity is None or f.severity == severity]


def test_a_prior_years_budget_and_actual_in_one_sentence_are_no_whole_for_its_parts():
    """A central budget: '2030年…预算数 A、决算数 B，2031年预算数 C。2030年…预算中，出国 a，车辆 b，接待 c': the
    2030 parts were read as this year's budget and B (2030's actual) as this year's actual, so AR04 held the
    2030 budget's parts to B (a false error). The year labels the frame and the actual; a whole stated for
    one period at two values in one sentence (last year's budget and actual) is no whole for a list."""
    text = (_THREE + "2030年因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数300.00万元、"
            "决算数250.00万元，2031年预算数290.00万元。\n"
            "2030年“三公”经费财政拨款预算中，因公出国（境）费50.00万元，公务用车购置及运行费150.00万元，"
            "公务接待费100.00万元。\n"
            "2031年“三公”经费财政拨款预算中，因公出国（境）费50.00万元，公务用车购置及运行费140.00万元，"
            "公务接待费{r}万元。\n")
    a = budget_analysis_from({}, text.format(r="100.00"), 2031)
    assert [c.period for c in a.claims if c.value == 150] == ["上年"]
    assert [c.period for c in a.claims if c.value == 250] == ["上年"]
    assert _checks(a, "error") == []
    a = budget_analysis_from({}, text.format(r="110.00"), 2031)     # this year's parts are still checked
    assert _checks(a, "error") == ["AR04"]


def test_unequal_grand_totals_beside_the_years_own_income_keep_their_names():
    """'收入总计 A，支出总计 B（A ≠ B）…。本年收入 a；年初结转结余 c' (a = A − c): the unequal grand totals were
    taken for the year's totals, so 本年收入 was said to be stated twice (a false NT03 warning). A text
    stating the year's total apart, at another value, names its grand totals as printed."""
    text = ("一、收入支出决算总体情况说明\n2031年度收入总计520.00万元，支出总计480.00万元。\n"
            "本年收入{i}万元；年初结转结余20.00万元。\n")
    a = analysis_from({}, text.format(i="500.00"), 2031)
    assert [c.concept for c in a.claims][:2] == ["income_grand_total", "expense_grand_total"]
    assert "NT03" not in _checks(a)
    # with no year's total stated apart, unequal grand totals are still read as the year's
    a = analysis_from({}, "一、收入支出决算总体情况说明\n2031年度收入总计520.00万元，支出总计480.00万元。\n", 2031)
    assert [c.concept for c in a.claims] == ["income_total", "expense_total"]


def test_an_amount_and_a_count_of_one_name_are_no_restatement():
    """'公务用车购置费支出 120.00 万元…公务用车购置 4 辆': NT03 said the one name was stated as two figures (a
    money amount and a count of cars): a false warning."""
    text = ("七、财政拨款“三公”经费支出决算情况说明\n公务用车购置费支出120.00万元，同比减少10.00万元。\n"
            "本年公务用车购置4辆，公务用车保有量{n}辆；公务用车保有量12辆。\n")
    a = analysis_from({}, text.format(n="12"), 2031)
    assert "NT03" not in _checks(a)
    a = analysis_from({}, text.format(n="13"), 2031)      # the same count stated twice still is
    assert "NT03" in _checks(a)


def test_a_net_assets_figure_names_not_the_parts_listed_after_it():
    """'资产总额 A，负债总额 L，净资产 N（行政单位资产 a，事业单位资产 b）' (a national asset report's wording):
    AR05 took a (printed after 净资产 in its clause) for the net assets and held it to A − L, a false error."""
    text = ("十、国有资产占用情况说明\n截至2031年底，资产总额40.00万元，负债总额10.00万元，净资产{n}万元"
            "（行政单位资产8.00万元，事业单位资产32.00万元）。\n")
    assert "AR05" not in _checks(analysis_from({}, text.format(n="30.00"), 2031))
    assert _checks(analysis_from({}, text.format(n="31.00"), 2031), "error") == ["AR05"]   # N itself still is


_RECEPTIONS = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "rows": [
    "项目\t决算数", "公务接待费\t5.00", "国内公务接待批次（个）\t12", "国内公务接待人次（人）\t96"]}}


def test_persons_of_foreign_receptions_are_not_the_domestic_count():
    """'国内公务接待批次 a 个，接待人次 b 人；国（境）外公务接待批次 c 个，接待人次 d 人' (a county's 三公 summary):
    the second bare 接待人次 was read as the domestic persons, so NT03 said it was stated twice (b and d, a
    false error) and a table would hold d to the domestic row. A count's blocking qualifier (cells.yml
    blocked_by) is read in its ；-item."""
    text = ("七、财政拨款“三公”经费支出决算情况说明\n国内公务接待批次12个，接待人次96人；"
            "国(境)外公务接待批次2个，接待人次15人。\n")
    a = analysis_from(_RECEPTIONS, text, 2031)
    assert "NT03" not in _checks(a)
    assert [c.status for c in a.claims if c.unit in ("人", "人次")] == ["verified", "unverifiable"]


def test_a_months_figure_and_the_year_to_date_figure_are_two_figures():
    """A city's monthly budget execution: '5月份，…一般公共预算收入完成 a 万元' and '1—5月份，…一般公共预算收入完成
    b 万元' (each paragraph opening with its span of months): NT03 said the one figure was stated as a and b,
    a false error. A span of months opening the sentence or paragraph is part of a figure's identity."""
    text = ("一、财政收支完成情况\n5月份，全市财政总收入完成300万元，增长5.0%。一般公共预算收入完成200万元，下降2.0%。\n"
            "1—5月份，全市财政总收入完成1500万元，增长3.0%。一般公共预算收入完成{b}万元，下降1.0%。\n"
            "一般公共预算收入完成{c}万元。\n")
    assert "NT03" not in _checks(analysis_from({}, text.format(b="1000", c="1000"), 2031))
    # a sentence opening with no span of months is compared as before
    assert "NT03" in _checks(analysis_from({}, "一、情况\n一般公共预算收入完成200万元。\n一般公共预算收入完成1000万元。\n", 2031))


def test_a_change_of_nothing_has_no_way_to_contradict_a_rate():
    """'…公务接待费 0 万元。与上年预算相比增长 16.75%，其中…公务接待费减少 0 万元' (a town's 三公 budget): the rate
    (of the total, read on the last part named) and '减少 0 万元' were held to be of opposite ways, a false DR01
    error. A change printed as 0 may be none and says no way; a real pair still is judged."""
    text = "七、“三公”经费预算情况说明\n公务接待费{v}万元，较上年减少{a}万元，增长16.75%。\n"
    assert "DR01" not in _checks(analysis_from({}, text.format(v="0", a="0"), 2031))
    assert "DR01" in _checks(analysis_from({}, text.format(v="10.00", a="2.00"), 2031))
