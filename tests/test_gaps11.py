"""Gaps closed in session 11: former fund names, 较-led clauses, unit-less zero budgets, parts above
their whole, variance rates against the tables, 财政拨款 by fund.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, run_check as _run

_GPB = {"gpb_expense": {"title": "一般公共预算财政拨款支出决算表", "number": "公开05表", "rows": [
    "项目\t\t\t本年支出合计\t基本支出\t项目支出", "支出功能分类科目编码\t科目名称\t\t\t\t",
    "类\t款\t项\t1\t2\t3", "合计\t\t\t240.00\t200.00\t40.00", "205\t\t教育支出\t240.00\t200.00\t40.00"]}}


def _claims(text: str, tables=None, year: int = 2031) -> list:
    return analysis_from(tables or {}, text, year).claims


# ---------------------------------------------------------------- 公共财政预算 (一般公共预算 before 2015)
def test_the_former_name_of_the_general_budget_carries_its_scope():
    text = "五、财政拨款支出决算表说明\n2031年度公共财政预算财政拨款支出240.00万元，其中基本支出200.00万元。\n"
    c = _claims(text, _GPB)[0]
    assert (c.subject, c.concept, c.period, c.status) == ("公共财政预算财政拨款支出", "gpb_expense", "本年", "verified")
    found = run_checks(analysis_from(_GPB, text.replace("240.00万元", "250.00万元"), 2031))
    assert [f.check for f in found if f.severity == "error"] == ["NT01"]


def test_former_names_of_the_general_budget_read_as_its_concepts():
    text = "公共财政预算拨款收入300万元，一般公共财政预算拨款收入300万元，公共财政预算支出280万元。\n"
    assert [(c.subject, c.concept) for c in _claims(text)] == [
        ("公共财政预算拨款收入", "gpb_income"), ("一般公共财政预算拨款收入", "gpb_income"),
        ("公共财政预算支出", "gpb_expense")]
    # 预算 inside the fund's name is no budget period
    assert {c.period for c in _claims(text)} == {"本年"}


# ---------------------------------------------------------------- a zero printed without a unit
def test_a_bare_zero_budget_is_a_budget_of_zero_in_the_sentences_unit():
    text = "公务接待费年初预算为0，决算数为1.50万元，完成年初预算的150%。\n"
    amounts = [(c.subject, c.value, c.unit, c.period) for c in _claims(text) if c.kind == "amount"]
    assert amounts == [("公务接待费", 0, "万元", "年初预算"), ("公务接待费", 1.50, "万元", "决算")]
    # a rate against a budget of 0 is undefined: AR03's info, not an unverifiable rate
    assert [f.severity for f in _run(text, "AR03", 2031)] == ["info"]


def test_a_bare_zero_keeps_the_subject_for_the_figures_after_it():
    text = "因公出国（境）费预算数0，决算数为2.00万元。\n"
    assert [(c.subject, c.concept) for c in _claims(text)] == [("因公出国（境）费", "outbound_fee")] * 2


def test_a_bare_zero_is_no_amount_inside_brackets_or_without_money_in_its_sentence():
    text = "完成预算3.00万元的--%（基数为0，不可比），比上年增加0.20万元。\n"
    assert [c.value for c in _claims(text) if c.kind == "amount"] == [3]
    assert [c.kind for c in _claims("在校学生人数0，教职工人数12。\n")] == ["count", "count"]
    assert _claims("本单位机关运行经费为0。\n") == []
    # a zero rate, share or count printed bare is no amount
    for text in ("公务接待费支出2.00万元，与上年持平，增长率为0，主要原因是无变化。\n",
                 "因公出国费决算1.50万元，占比为0，较上年减少1.00万元。\n",
                 "公务用车购置费预算1.00万元，完成率为0，决算0.50万元。\n", "出国团组数为0，公务接待费3.00万元。\n"):
        assert 0 not in [c.value for c in _claims(text) if c.kind == "amount"], text


# ---------------------------------------------------------------- one listed part above its whole
def test_a_single_listed_part_larger_than_its_whole_is_an_error():
    ok = "2031年度本年支出合计100.00万元，其中：基本支出80.00万元。\n"
    assert _run(ok, "AR04", 2031) == []
    [f] = _run(ok.replace("80.00", "120.00"), "AR04", 2031)
    assert f.severity == "error" and "基本支出" in f.message and "120.00" in f.computation


def test_a_single_part_listed_in_the_next_sentence_counts_too():
    text = "2031年“三公”经费支出合计10.00万元。其中公务接待费12.00万元。\n"
    assert [f.severity for f in _run(text, "AR04", 2031)] == ["error"]


def test_a_single_part_only_named_by_words_is_a_warning_and_rounding_is_allowed():
    text = "2031年度机关运行经费支出10.00万元，其中办公费12.00万元。\n"
    assert [f.severity for f in _run(text, "AR04", 2031)] == ["warning"]
    # 100 万元 spans [99.5, 100.5): a part of 100.20 may still be inside it
    assert _run("2031年度一般公共预算财政拨款支出100万元，其中基本支出100.20万元。\n", "AR04", 2031) == []


# ---------------------------------------------------------------- variance rates against the tables
_THREE = {"three_public": {"title": "2031年度“三公”经费支出决算表", "rows": [
    "项目\t预算数\t决算数", "合计\t40.00\t21.50", "因公出国（境）费\t10.00\t0", "公务接待费\t12.00\t9.50",
    "公务用车购置及运行维护费\t18.00\t12.00", "其中：公务用车购置费\t0\t0", "公务用车运行维护费\t18.00\t12.00"]}}
_3P = "三、“三公”经费支出情况说明\n"


def _ar05(text: str) -> list:
    return [f for f in run_checks(analysis_from(_THREE, _3P + text, 2031)) if f.check == "AR05"]


def test_a_variance_rate_after_the_actual_alone_takes_the_budget_from_the_table():
    ok = "公务接待费决算数9.50万元，预决算差异率-20.83%。\n"
    assert _ar05(ok) == []
    a = analysis_from(_THREE, _3P + ok, 2031)
    run_checks(a)
    assert next(c for c in a.claims if c.unit == "%").status == "verified"
    [f] = _ar05(ok.replace("-20.83", "-10.83"))
    assert f.severity == "error" and "12.00" in f.message and any(e.table == "three_public" for e in f.evidence)


def test_a_table_variance_rate_without_its_minus_sign_is_a_warning():
    [f] = _ar05("公务接待费决算数9.50万元，预决算差异率20.83%。\n")
    assert f.severity == "warning" and "负号" in f.message


def test_no_table_budget_no_variance_finding():
    # the row's actual disagrees with the table (NT01's to say): no budget cell is read for it
    assert _ar05("公务接待费决算数8.00万元，预决算差异率-10.83%。\n") == []
    assert _run("公务接待费决算数9.50万元，预决算差异率-10.83%。\n", "AR05", 2031) == []


# ---------------------------------------------------------------- 财政拨款 spending by fund
_FS = {"fiscal_summary": {"title": "财政拨款收入支出决算总表", "number": "公开03表", "rows": [
    "收入\t\t支出\t\t\t\t",
    "项目\t金额\t项目（按功能分类）\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款",
    "一、一般公共预算财政拨款\t450.00\t一、一般公共服务支出\t450.00\t450.00\t\t",
    "二、政府性基金预算财政拨款\t50.00\t二、城乡社区支出\t50.00\t\t50.00\t",
    "三、国有资本经营预算财政拨款\t\t\t\t\t\t",
    "本年收入合计\t500.00\t本年支出合计\t500.00\t450.00\t50.00\t",
    "总计\t500.00\t总计\t500.00\t450.00\t50.00\t"]}}
_FISCAL_TEXT = "三、财政拨款支出决算情况说明\n2031年度财政拨款支出500.00万元，其中一般公共预算450.00万元，政府性基金预算50.00万元。\n"


def test_fund_names_under_a_fiscal_total_are_its_parts_by_fund():
    a = analysis_from(_FS, _FISCAL_TEXT, 2031)
    assert [(c.subject, c.concept, c.status) for c in a.claims] == [
        ("财政拨款支出", "fiscal_expense", "verified"), ("一般公共预算", "gpb_expense", "verified"),
        ("政府性基金预算", "gov_fund_expense", "verified")]
    # each part is held against its fund's column of the 财政拨款收入支出决算总表
    found = run_checks(analysis_from(_FS, _FISCAL_TEXT.replace("预算50.00", "预算40.00"), 2031))
    assert [(f.check, f.severity) for f in found] == [("NT01", "error")] and "政府性基金预算财政拨款" in found[0].message


def test_fiscal_spending_by_fund_may_not_add_to_more_than_the_total():
    text = "2031年度财政拨款本年支出500.00万元，其中：一般公共预算财政拨款支出450.00万元，政府性基金预算财政拨款支出60.00万元。\n"
    assert [f.severity for f in _run(text, "AR04", 2031)] == ["error"]
    # two funds of three listed: the third may be unsaid, so a sum below the total says nothing
    assert _run(text.replace("60.00", "40.00"), "AR04", 2031) == []
    # every fund listed: the sum must meet the total
    full = "2031年度财政拨款支出500.00万元，其中一般公共预算450.00万元，政府性基金预算40.00万元，国有资本经营预算0万元。\n"
    assert [f.severity for f in _run(full, "AR04", 2031)] == ["error"]
    assert _run(full.replace("40.00", "50.00"), "AR04", 2031) == []


def test_fund_names_in_a_bracketed_list_after_a_comma_are_parts_of_the_figure_before_it():
    text = ("本年收入合计500.00万元；包括财政拨款收入490.00万元（其中，一般公共预算450.00万元，政府性基金预算40.00万元），"
            "占收入合计98%；其他收入10.00万元。\n")
    assert [(c.subject, c.concept, c.whole) for c in _claims(text)][2:4] == [
        ("一般公共预算", "gpb_income", "fiscal_income"), ("政府性基金预算", "gov_fund_income", "fiscal_income")]
    assert _run(text, "AR04", 2031) == []
    # a score's bracketed list names no parts of it
    score = "自评项目3个，平均得分96.10分（其中，评为“优”的项目2个；评为“良”的项目1个）。\n"
    assert all(c.whole is None for c in _claims(score))


# ---------------------------------------------------------------- two budget words for one rate
def test_a_completion_rate_uses_the_budget_it_names():
    both = "公务接待费年初预算数10.00万元，全年预算数12.00万元，决算数8.00万元，完成年初预算的{}%。\n"
    assert _run(both.format("80"), "AR03", 2031) == []
    [f] = _run(both.format("66.7"), "AR03", 2031)
    # taken on the 全年预算 while naming the 年初预算: an error that says which figure fits
    assert f.severity == "error" and "全年预算数 12.00" in f.message
    # only the other budget printed: a warning saying so (the year's adjustments may part the two)
    [w] = _run("公务接待费全年预算数10.00万元，决算数8.00万元，完成年初预算的90%。\n", "AR03", 2031)
    assert w.severity == "warning" and "未列所称年初预算数" in w.message


# ---------------------------------------------------------------- fund totals of unlike names
def test_a_total_of_funds_named_by_unlike_nouns_is_their_sum():
    text = "中央补助资金30.00万元，县级配套经费20.00万元，合计50.00万元。\n"
    assert _run(text, "AR04", 2031) == []
    assert [f.severity for f in _run(text.replace("合计50.00", "合计60.00"), "AR04", 2031)] == ["warning"]
    # a name of another kind (an income) keeps the list unread
    assert _run("中央补助资金30.00万元，县级配套收入20.00万元，合计60.00万元。\n", "AR04", 2031) == []


# ---------------------------------------------------------------- grand totals printed unequal
_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、事业收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}


def test_unequal_grand_totals_name_the_years_totals():
    # 收入总计 = 支出总计 by the summary table's identity: printed unequal, they are the year's totals
    text = "一、收入支出决算总体情况说明\n2031年度收入总计500.00万元，支出总计420.00万元。财政拨款收入400.00万元，占收入总额80%。\n"
    a = analysis_from(_SUMMARY, text, 2031)
    assert [(c.subject, c.concept, c.status) for c in a.claims if c.kind == "amount"][:2] == [
        ("收入总计", "income_total", "verified"), ("支出总计", "expense_total", "verified")]
    assert next(c for c in a.claims if c.kind == "share").whole == "income_total"
    # the reading is a guess: a mismatch with the table is a warning, not an error
    found = run_checks(analysis_from(_SUMMARY, text.replace("支出总计420.00", "支出总计425.00"), 2031))
    assert [(f.check, f.severity) for f in found if f.check == "NT01"] == [("NT01", "warning")]


def test_equal_grand_totals_stay_grand_totals():
    text = "一、收入支出决算总体情况说明\n2031年度收入总计530.00万元，支出总计530.00万元。\n"
    a = analysis_from(_SUMMARY, text, 2031)
    assert [(c.concept, c.status) for c in a.claims] == [("income_grand_total", "verified"),
                                                         ("expense_grand_total", "verified")]


# ---------------------------------------------------------------- 较-led clauses
def test_a_paragraph_opening_with_the_comparison_is_about_the_figure_before_it():
    text = "二、“三公”经费支出30.00万元。\n与上年相比，减少5.00万元，下降14.3%。\n"
    assert [(c.kind, c.concept) for c in _claims(text)] == [
        ("amount", "three_public"), ("change_abs", "three_public"), ("change_pct", "three_public")]
    assert _run(text, "AR02", 2031) == []
    assert [f.severity for f in _run(text.replace("14.3%", "20.0%"), "AR02", 2031)] == ["error"]


def test_only_the_paragraph_right_after_a_figure_carries_it():
    text = "2031年度财政拨款支出500.00万元。\n本年度无变化。\n较上年增加20.00万元。\n"
    assert [c.subject for c in _claims(text)] == ["财政拨款支出", ""]
    # a sentence (not a paragraph) opening with the comparison was already read on the figure before it
    text = "2031年度机关运行经费支出30.00万元。较上年增加5.00万元，主要原因是办公费增加。\n"
    assert [c.concept for c in _claims(text)] == ["admin_operating_cost"] * 2


def test_a_variance_rate_naming_only_its_row_takes_both_figures_from_the_table():
    assert _ar05("公务接待费预决算差异率-20.83%。\n") == []
    [f] = _ar05("公务接待费预决算差异率-10.83%。\n")
    assert f.severity == "warning" and "9.50" in f.message and "12.00" in f.message
    # with no table nothing is read
    assert _run("公务接待费预决算差异率-10.83%。\n", "AR05", 2031) == []


def test_unequal_grand_totals_the_table_sides_with_stay_grand_totals():
    # a typo in one grand total: the tables print both grand totals as the text's income one, so the
    # year's-totals reading is dropped and the typo is an error against the 总计 row, as before
    text = "一、收入支出决算总体情况说明\n2031年度收入总计530.00万元，支出总计535.00万元。\n"
    a = analysis_from(_SUMMARY, text, 2031)
    assert [(c.concept, c.status) for c in a.claims] == [("income_grand_total", "verified"),
                                                         ("expense_grand_total", "contradicted")]
    assert [(f.check, f.severity) for f in run_checks(a) if f.check == "NT01"] == [("NT01", "error")]
