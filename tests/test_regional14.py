"""Readings found by rewriting seed 000's narrative the way other regions word its statements.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

import pytest

from finder.checks import run as run_checks
from finder.testing import analysis_from

_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、其他收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}


def test_a_figure_followed_by_zhong_heads_the_list_of_its_parts():
    """'本年收入合计 X 万元中：A a 万元，占 P%…' (the shares are of X): the 其中 list of the paragraph
    before ('收入总计 T 万元，其中…') ran on, so every share was taken of T and right shares became
    false AR01 errors."""
    text = ("一、收入决算情况说明\n2031年度收入总计530.00万元，其中年初结转和结余30.00万元；本年收入合计500.00万元。\n"
            "本年收入合计500.00万元中：财政拨款收入400.00万元，占{p}%；其他收入100.00万元，占20.00%。\n")
    a = analysis_from(_SUMMARY, text.format(p="80.00"), 2031)
    shares = [c for c in a.claims if c.kind == "share"]
    assert [(c.whole, c.status) for c in shares] == [("income_total", "verified")] * 2
    assert not [f for f in run_checks(a) if f.severity != "info"]
    a = analysis_from(_SUMMARY, text.format(p="75.47"), 2031)      # of 收入总计: wrong here
    assert [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"] == [("AR01", "error")]


_BALANCE = ("一、收入支出决算总体情况说明\n2031年度收入总计530.00万元，其中年初结转和结余30.00万元，比上年增加10.00万元；"
            "使用非财政拨款结余0.00万元，{same}；本年收入合计500.00万元，比上年增加100.00万元。\n"
            "2031年度支出总计530.00万元，其中本年支出合计420.00万元，比上年增加20.00万元；结余分配0.00万元，{same}；"
            "年末结转和结余110.00万元，比上年增加{d}万元。\n")


@pytest.mark.parametrize("same", ["与上年持平", "与2030年度持平", "与上年相同", "与2030年保持一致", "与上年决算数相等"])
def test_unchanged_on_last_year_in_other_words_completes_the_prior_years_balance(same):
    """'0.00 万元，与上年相同' / '与2030年度持平' (a named year) say the figure did not move: NT02 read only
    the 持平 words with no digit after the figure, so the prior year's 收支平衡 lacked those two items
    and a broken balance (prior income 420 against prior spending 460) passed."""
    a = analysis_from(_SUMMARY, _BALANCE.format(same=same, d="50.00"), 2031)
    flat = [c for c in a.claims if c.raw == "0.00万元"]
    assert [(c.extra.get("stated_direction"), c.extra.get("stated_base")) for c in flat] == [("持平", "上年")] * 2
    assert ("NT02", "error") in [(f.check, f.severity) for f in run_checks(a)]
    a = analysis_from(_SUMMARY, _BALANCE.format(same=same, d="90.00"), 2031)      # prior 420 = 420
    assert "NT02" not in [f.check for f in run_checks(a) if f.severity != "info"]


@pytest.mark.parametrize("words", ["与上年口径一致", "与上年基本相同", "与2029年度持平"])
def test_a_sameness_that_is_no_equality_with_last_year_stays_unread(words):
    """The method being the same ('口径一致'), a hedge ('基本相同') or a base two years back say
    nothing of last year's figure: no 持平 on 上年, and no NT02 balance built on one."""
    a = analysis_from(_SUMMARY, _BALANCE.format(same=words, d="50.00"), 2031)
    flat = [c for c in a.claims if c.raw == "0.00万元"]
    assert ("持平", "上年") not in [(c.extra.get("stated_direction"), c.extra.get("stated_base")) for c in flat]
    assert "NT02" not in [f.check for f in run_checks(a) if f.severity != "info"]


_BASIC = {"gpb_basic_expense": {"title": "一般公共预算财政拨款基本支出决算表", "number": "公开06表", "rows": [
    "人员经费\t\t\t公用经费\t\t", "经济分类科目编码\t科目名称\t金额\t经济分类科目编码\t科目名称\t金额",
    "301\t工资福利支出\t300.00\t302\t商品和服务支出\t40.00", "30101\t基本工资\t300.00\t30201\t办公费\t40.00",
    "303\t对个人和家庭的补助\t20.00\t310\t资本性支出\t6.00", "30305\t生活补助\t20.00\t31002\t办公设备购置\t6.00",
    "人员经费合计\t\t320.00\t公用经费合计\t\t46.00"]}}


@pytest.mark.parametrize("name", ["资本性支出", "资本性支出（310）", "（4）资本性支出（310）"])
def test_capital_spending_is_class_310_not_the_capital_construction_one(name):
    """'资本性支出（310）6.00 万元' (the class code printed after the name): '资本性支出' was an alias of
    309 资本性支出（基本建设）, the name with its note cut off, so the printed 310 named another class
    and the figure found no cell ('未找到对应表格'); a wrong figure passed."""
    text = "四、一般公共预算财政拨款基本支出决算情况说明\n{name}{x}万元。\n"
    a = analysis_from(_BASIC, text.format(name=name, x="6.00"), 2031)
    assert [(c.concept, c.status) for c in a.claims] == [("econ_310", "verified")]
    a = analysis_from(_BASIC, text.format(name=name, x="7.00"), 2031)
    assert [(f.check, f.severity) for f in run_checks(a)] == [("NT01", "error")]
    a = analysis_from(_BASIC, text.format(name="资本性支出（基本建设）", x="6.00"), 2031)
    assert [c.concept for c in a.claims] == ["econ_309"]


_BASIC_PRIOR = "四、一般公共预算财政拨款基本支出决算情况说明\n（一）工资福利支出300.00万元，比上年减少60.00万元{note}，下降{p}%。\n"


@pytest.mark.parametrize("note", ["（主要原因是退休3人）", "（主要原因是人员退休）", "（主要是由于减少3人，调出2人）"])
def test_a_reason_in_a_note_between_the_change_and_its_rate_ends_with_the_note(note):
    """'比上年减少 A 万元（主要原因是…），下降 P%': the reason opened in the note ran on past it, so the
    rate after it was read as part of the reason (no subject, or the reason's own count as subject)
    and a wrong rate passed."""
    a = analysis_from(_BASIC, _BASIC_PRIOR.format(note=note, p="16.67"), 2031)
    rate = next(c for c in a.claims if c.kind == "change_pct")
    assert (rate.subject, rate.concept, rate.status) == ("工资福利支出", "econ_301", "verified")
    assert not [f for f in run_checks(a) if f.severity != "info"]
    a = analysis_from(_BASIC, _BASIC_PRIOR.format(note=note, p="20.00"), 2031)
    assert [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"] == [("AR02", "error")]
    # a reason outside any note still holds its own figures
    a = analysis_from(_BASIC, "（一）工资福利支出300.00万元，比上年减少60.00万元，主要原因是退休3人，调出2人。\n", 2031)
    assert [c.extra.get("in_reason", False) for c in a.claims] == [False, False, True, True]
