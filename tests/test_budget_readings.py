"""Readings found by filling the central 部门预算 template (corpora/synthetic/budget_filled.txt).

Every sentence and table here is synthetic: the shape of the template's wording, other names and numbers."""
from __future__ import annotations

from functools import partial

from finder.checks import run as run_checks
from finder.testing import analysis_from, budget_analysis_from

_THREE = {"three_public": {"title": "一般公共预算“三公”经费支出表", "rows": [
    "2030年预算数\t\t\t\t\t\t2031年预算数\t\t\t\t\t",
    "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费",
    "\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t",
    "30.00\t10.00\t15.00\t0.00\t15.00\t5.00\t42.00\t8.00\t30.00\t18.00\t12.00\t4.00"]}}


def _errors(a) -> list[str]:
    return [f.check for f in run_checks(a) if f.severity == "error"]


def test_the_central_budget_templates_三公_table_is_read_by_its_two_years_columns():
    """'一般公共预算“三公”经费支出表' (the central budget template's title) was no known table, and its whole
    prints as a bare 合计 under '2031年预算数', so every “三公” figure was '未找到对应表格' and a misprint passed."""
    text = ("七、一般公共预算“三公”经费支出情况说明\n\n2031年一般公共预算“三公”经费支出预算{v}万元，比2030年预算增加"
            "12.00万元。其中：因公出国（境）费8.00万元；公务用车购置及运行费30.00万元；公务接待费4.00万元。\n")
    a = analysis_from(_THREE, text.format(v="42.00"), 2031)
    amounts = [c for c in a.claims if c.kind == "amount"]
    assert [(c.status, c.checked_against[0]["column"]) for c in amounts] == [
        ("verified", "2031年预算数/合计"), ("verified", "2031年预算数/因公出国（境）费"),
        ("verified", "2031年预算数/公务用车购置及运行费/小计"), ("verified", "2031年预算数/公务接待费")]
    assert [f for f in run_checks(a) if f.severity != "info"] == []
    assert "NT01" in _errors(analysis_from(_THREE, text.format(v="24.00"), 2031))


_SUMMARY = {"title": "收支总表", "rows": [
    "收入\t\t支出\t", "项目\t预算数\t项目\t预算数", "一、一般公共预算拨款收入\t300.00\t一、教育支出\t340.00",
    "二、事业收入\t20.00\t\t", "本年收入合计\t320.00\t本年支出合计\t340.00", "上年结转结余\t20.00\t年终结转结余\t",
    "收入总计\t340.00\t支出总计\t340.00"]}


def _income(total: str) -> dict:
    return {"title": "收入总表", "rows": [
        "科目编码\t科目名称\t合计\t上年结转结余\t一般公共预算拨款收入\t事业收入",
        f"\t合计\t{total}\t20.00\t300.00\t20.00", f"205\t教育支出\t{total}\t20.00\t300.00\t20.00"]}


def test_an_income_table_with_a_carry_over_column_adds_up_to_the_summarys_grand_total():
    """The central budget template's 收入总表 prints 合计 | 上年结转结余 | 一般公共预算拨款收入 …: its 合计 holds the
    carry-over, so it is the summary's 收入总计. TB04 held it against 本年收入合计: a false error on every
    budget that carries money over."""
    tables = {"income_expense_summary": _SUMMARY, "income": _income("340.00")}
    assert [f for f in run_checks(analysis_from(tables, "", 2031)) if f.check == "TB04"] == []
    tables["income"] = _income("320.00")
    found = [f for f in run_checks(analysis_from(tables, "", 2031)) if f.check == "TB04"]
    assert [(f.severity, f.evidence[0].text) for f in found] == [("error", "340.00")]
    # an income table without that column still adds up to the year's income (the final accounts' table)
    plain = {"title": "收入决算表", "rows": ["科目编码\t科目名称\t本年收入合计\t财政拨款收入\t事业收入",
                                          "\t合计\t330.00\t300.00\t20.00"]}
    found = [f for f in run_checks(analysis_from({"income_expense_summary": _SUMMARY, "income": plain}, "", 2031))
             if f.check == "TB04"]
    assert [f.evidence[0].text for f in found] == ["320.00"]


def _fiscal(this_year: str) -> dict:
    return {"fiscal_summary": {"title": "财政拨款收支总表", "rows": [
        "收入\t\t支出\t\t", "项目\t预算数\t项目\t合计\t一般公共预算",
        f"一、本年收入\t{this_year}\t一、本年支出\t320.00\t320.00", "（一）一般公共预算拨款\t300.00\t（一）教育支出\t320.00\t320.00",
        "二、上年结转\t20.00\t二、年终结转结余\t\t", "（一）一般公共预算拨款\t20.00\t\t\t",
        "收入总计\t320.00\t支出总计\t320.00\t320.00"]}}


def test_a_fiscal_summary_printing_本年收入_and_上年结转_as_headings_adds_them_up():
    """The central budget template's 财政拨款收支总表 heads its income '一、本年收入 … 二、上年结转' (no 本年收入合计
    row): TB03 took the year's income as absent and held 收入总计 against the carry-over alone, a false error."""
    text = "四、财政拨款收支预算总体情况说明\n\n2031年财政拨款收支总预算320.00万元，其中上年结转20.00万元。\n"
    a = analysis_from(_fiscal("300.00"), text, 2031)
    assert [f for f in run_checks(a) if f.check == "TB03"] == []
    assert [c.status for c in a.claims] == ["verified", "verified"]
    found = [f for f in run_checks(analysis_from(_fiscal("290.00"), "", 2031)) if f.check == "TB03"]
    assert [f.severity for f in found] == ["error"] and "一、本年收入" in found[0].message


_budget = partial(budget_analysis_from, department="某某省某某管理局")   # the department its texts name


def test_a_year_after_the_departments_name_is_the_figures_not_its_name():
    """'某某省某某管理局2031年收入预算 X 万元，其中：上年结转结余 a 万元，占 P%；…' (the central template opens its
    income and spending paragraphs so): the department's name was dropped but the year after it stayed, so the
    head read '2031年收入' (未识别所述指标) and the list's shares were taken of 本年收入合计, not of X: false
    AR01 warnings on every right share."""
    text = ("二、收入预算情况说明\n\n某某省某某管理局2031年收入预算340.00万元，其中：上年结转结余20.00万元，占5.88%；"
            "一般公共预算拨款收入300.00万元，占{p}%；事业收入20.00万元，占5.88%。\n")
    tables = {"income_expense_summary": _SUMMARY, "income": _income("340.00")}
    a = _budget(tables, text.format(p="88.24"))
    head = a.claims[0]
    assert (head.subject, head.status) == ("收入", "verified")
    assert all(c.status == "verified" for c in a.claims)
    assert [f for f in run_checks(a) if f.severity != "info"] == []
    wrong = _budget(tables, text.format(p="93.75"))        # 300 ÷ 320: the share of the year's income
    assert [f.check for f in run_checks(wrong) if f.severity != "info"] == ["AR01"]


def test_the_years_appropriation_by_fund_named_当年拨款收入_is_the_funds_income():
    """The central template restates the fiscal summary as '收入包括：一般公共预算当年拨款收入 X 万元，…上年结转…':
    '当年' inside the fund's income name matched no concept (未识别所述指标), so a misprint of X passed."""
    text = ("四、财政拨款收支预算总体情况说明\n\n2031年财政拨款收支总预算320.00万元。收入包括：一般公共预算当年拨款收入"
            "{v}万元，上年结转20.00万元。\n")
    a = _budget(_fiscal("300.00"), text.format(v="300.00"))
    income = a.claims[1]
    assert (income.concept, income.status, income.checked_against[0]["row"]) == (
        "gpb_income", "verified", "（一）一般公共预算拨款")
    assert _errors(_budget(_fiscal("300.00"), text.format(v="310.00"))) == ["NT01"]


_PROCUREMENT = {"procurement": {"title": "政府采购预算表", "rows": [
    "项目\t合计\t货物\t工程\t服务", "合计\t90.00\t30.00\t0.00\t60.00"]}}


def test_procurement_kinds_printed_as_columns_of_the_合计_row_are_read_there():
    """A procurement table printing '合计 | 货物 | 工程 | 服务' over one 合计 row: the kinds were looked for as rows
    only, so '政府采购货物预算 X 万元' was '未找到对应表格' (the total was verified) and a misprint passed."""
    text = ("（二）政府采购情况\n\n2031年本部门政府采购预算总额90.00万元，其中：政府采购货物预算{g}万元、"
            "政府采购工程预算0.00万元、政府采购服务预算60.00万元。\n")
    a = _budget(_PROCUREMENT, text.format(g="30.00"))
    assert [(c.status, c.checked_against[0]["column"]) for c in a.claims] == [
        ("verified", "合计"), ("verified", "货物"), ("verified", "工程"), ("verified", "服务")]
    assert "NT01" in _errors(_budget(_PROCUREMENT, text.format(g="35.00")))
