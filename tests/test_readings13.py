"""Readings of session 13: totals of a budget's summary tables, a fund's own total row.

Every sentence and table here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder import link
from finder.analysis import extract
from finder.checks import run as run_checks
from finder.testing import analysis_from, report_from


def _fiscal_summary(carry: bool = False) -> dict:
    """A budget's 财政拨款收支预算总表 whose sides are headed '财政拨款收入' / '财政拨款支出' and whose
    bottom lines are '收入总计' / '支出总计' (with a carry-over row on each side when `carry`)."""
    rows = ["财政拨款收入\t\t财政拨款支出\t\t\t\t", "项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算",
            "一、一般公共预算资金\t600.00\t一、教育支出\t560.00\t560.00\t\t",
            "二、政府性基金\t\t二、住房保障支出\t40.00\t40.00\t\t"]
    if carry:
        rows.append("上年结转\t50.00\t年末结转\t50.00\t50.00\t\t")
    total = "650.00" if carry else "600.00"
    rows.append(f"收入总计\t{total}\t支出总计\t{total}\t{total}\t\t")
    return {"fiscal_summary": {"title": "部门财政拨款收支预算总表", "rows": rows}}


_FISCAL_TEXT = ("二、财政拨款支出预算情况\n2031年，本部门财政拨款支出预算{v}万元，比2030年预算减少20.00万元。\n")


def _fiscal_claim(a):
    return next(c for c in a.claims if c.subject == "财政拨款支出")


# ---------------------------------------------------------------- a budget's fiscal summary
def test_a_funds_spending_is_the_expenditure_total_of_a_fiscal_summary_without_carry_over():
    a = analysis_from(_fiscal_summary(), _FISCAL_TEXT.format(v="600.00"), 2031)
    c = _fiscal_claim(a)
    assert (c.concept, c.status) == ("fiscal_expense", "verified")
    assert [(r["table"], r["row"], r["column"]) for r in c.checked_against] == [
        ("fiscal_summary", "支出总计", "财政拨款支出/合计")]
    # it was unverifiable ("未找到对应表格"): a misprint now shows
    wrong = analysis_from(_fiscal_summary(), _FISCAL_TEXT.format(v="610.00"), 2031)
    assert _fiscal_claim(wrong).status == "contradicted"
    assert [(f.check, f.severity) for f in run_checks(wrong) if f.severity == "error"] == [("NT01", "error")]


def test_a_total_that_adds_a_carry_over_in_is_not_the_years_spending():
    a = analysis_from(_fiscal_summary(carry=True), _FISCAL_TEXT.format(v="600.00"), 2031)
    c = _fiscal_claim(a)
    assert (c.status, c.checked_against) == ("unverifiable", [])
    assert [f for f in run_checks(a) if f.severity == "error"] == []


def test_a_side_is_named_by_its_flow_whatever_its_header_says_before():
    # the grand totals of a side headed '财政拨款收入': read on that side, in its own column
    text = "一、财政拨款收支预算总体情况\n2031年财政拨款收入预算总计600.00万元，财政拨款支出预算总计600.00万元。\n"
    a = analysis_from(_fiscal_summary(), text, 2031)
    assert [(c.status, [r["row"] for r in c.checked_against]) for c in a.claims if c.kind == "amount"] == [
        ("verified", ["收入总计"]), ("verified", ["支出总计"])]


# ---------------------------------------------------------------- a bottom line 合计 of a two-sided table
def _jiangsu_style(income_last: str = "收入合计") -> dict:
    return {"income_expense_summary": {"title": "收支预算总表", "rows": [
        "收入\t\t支出\t", "项目名称\t金额\t项目名称\t金额", "一、财政拨款\t300.00\t一、基本支出\t250.00",
        "二、其他资金\t20.00\t二、项目支出\t70.00", "当年收入小计\t320.00\t当年支出小计\t320.00",
        "上年结转资金\t10.00\t结转下年资金\t10.00", f"{income_last}\t330.00\t支出合计\t330.00"]}}


def test_the_bottom_line_of_a_side_is_its_grand_total():
    text = "一、收支预算总体情况\n（一）收入预算总计330.00万元。\n（二）支出预算总计{v}万元。\n"
    a = analysis_from(_jiangsu_style(), text.format(v="330.00"), 2031)
    totals = [c for c in a.claims if c.concept in ("income_grand_total", "expense_grand_total")]
    assert [(c.status, c.checked_against[0]["row"]) for c in totals] == [
        ("verified", "收入合计"), ("verified", "支出合计")]
    wrong = analysis_from(_jiangsu_style(), text.format(v="320.00"), 2031)
    assert [c.status for c in wrong.claims if c.concept == "expense_grand_total"] == ["contradicted"]


def test_a_total_above_other_rows_of_its_side_is_no_grand_total():
    # a '收入合计' followed by more rows of its side is no bottom line: not read as the grand total
    table = _jiangsu_style()
    rows = table["income_expense_summary"]["rows"]
    rows[-1] = "收入合计\t330.00\t支出合计\t330.00"
    rows.append("附：动用结余\t5.00\t\t")
    a = analysis_from(table, "一、收支预算总体情况\n收入预算总计330.00万元。\n", 2031)
    c = next(c for c in a.claims if c.concept == "income_grand_total")
    assert (c.status, c.checked_against) == ("unverifiable", [])


# ---------------------------------------------------------------- a fund's own total
def test_a_funds_own_total_is_held_against_the_funds_row_of_the_summary():
    text = "一、收支预算总体情况\n（一）收入预算总计330.00万元。包括：\n1．财政拨款收入预算总计300.00万元。\n2．其他资金收入预算总计{v}万元。\n"
    a = analysis_from(_jiangsu_style(), text.format(v="20.00"), 2031)
    own = a.claims[-1]
    assert (own.subject, own.concept, own.status) == ("其他资金收入预算总计", None, "verified")
    assert [r["row"] for r in own.checked_against] == ["二、其他资金"]
    # it was "未识别所述指标": a misprint of the fund's figure now shows, and against its row only
    wrong = analysis_from(_jiangsu_style(), text.format(v="25.00"), 2031)
    assert wrong.claims[-1].status == "contradicted"
    errors = [f for f in run_checks(wrong) if f.severity == "error"]
    assert [f.check for f in errors] == ["NT01"] and "20.00" in errors[0].message
    # a fund the summary does not list stays unread; so does the fund on the other side's flow
    for other in ("单位自筹资金收入预算总计20.00万元。", "其他资金支出预算总计20.00万元。"):
        c = analysis_from(_jiangsu_style(), "一、收支预算总体情况\n" + other + "\n", 2031).claims[-1]
        assert (c.status, c.checked_against) == ("unverifiable", [])


# ---------------------------------------------------------------- '稳增长': a policy's name, no change
def test_a_direction_word_after_a_policy_verb_is_part_of_a_name():
    text = "三、项目支出情况\n2031年度项目总预算{t}万，其中支持外贸发展120.00万，支持商贸稳增长30.00万，区级支持总部经济350.00万，合计{t}万。\n"
    a = analysis_from({}, text.format(t="500.00"), 2031)
    item = next(c for c in a.claims if "稳增长" in c.subject)
    assert (item.kind, item.direction) == ("amount", None)
    assert run_checks(a) == []
    # read as a growth of 30 it was left out of the items: the list's sum is checked now
    found = run_checks(analysis_from({}, text.format(t="510.00"), 2031))
    assert [(f.check, f.severity) for f in found] == [("AR04", "warning")] and "30.00" in found[0].message
    # a direction word after a comparison is still a change
    c = analysis_from({}, "2031年支出比上年增长30.00万元。\n", 2031).claims[0]
    assert (c.kind, c.direction) == ("change_abs", "增长")


# ---------------------------------------------------------------- a share naming no whole, in a 其中 list
def test_a_share_naming_no_whole_is_of_the_figure_heading_its_list():
    text = "三、支出预算情况说明\n本部门本年支出预算合计500.00万元，其中：\n基本支出300.00万元，占{p}；\n项目支出200.00万元，占40%。\n"
    a = analysis_from({}, text.format(p="60%"), 2031)
    shares = [c for c in a.claims if c.kind == "share"]
    assert [(c.status, c.checked_against[0]["whole"]) for c in shares] == [("verified", "500.00")] * 2
    # it was "未找到部分或整体的数额" (the head is a budget figure, its items print no period)
    wrong = analysis_from({}, text.format(p="65%"), 2031)
    assert [c.status for c in wrong.claims if c.kind == "share"] == ["contradicted", "verified"]
    assert "AR01" in {f.check for f in run_checks(wrong) if f.severity == "error"}
    # a share that names its whole is not read against the list's head
    named = analysis_from({}, text.format(p="本单位人员经费的60%"), 2031)
    assert next(c for c in named.claims if c.kind == "share").status == "unverifiable"


# ---------------------------------------------------------------- 会议费 / 培训费 beside the “三公” figures
_FEES = {"three_public": {"title": "一般公共预算“三公”经费、会议费、培训费支出预算表", "rows": [
    "合计\t“三公”经费\t\t\t会议费\t培训费", "\t小计\t因公出国（境）费\t公务接待费\t\t",
    "\t60.00\t20.00\t40.00\t30.00\t10.00"]}}
_BASIC = {"gpb_basic_expense": {"title": "一般公共预算基本支出预算表", "rows": [
    "科目名称\t金额", "合计\t90.00", "商品和服务支出\t90.00", "会议费\t5.00", "培训费\t3.00"]}}


def test_meeting_and_training_fees_are_read_from_the_table_printing_them_beside_the_three_public():
    text = "九、一般公共预算“三公”经费、会议费、培训费支出预算情况说明\n本部门2031年度一般公共预算拨款安排的会议费预算支出{m}万元，培训费预算支出10.00万元。\n"
    a = analysis_from(_FEES, text.format(m="30.00"), 2031)
    fees = [c for c in a.claims if c.kind == "amount"]
    assert [(c.status, c.checked_against[0]["column"]) for c in fees] == [
        ("verified", "会议费"), ("verified", "培训费")]
    wrong = analysis_from(_FEES, text.format(m="35.00"), 2031)
    assert [f.check for f in run_checks(wrong) if f.severity == "error"] == ["NT01"]
    # the economic classification's 会议费 row is the basic spending's only: never the year's 会议费
    basic = analysis_from(_BASIC, text.format(m="30.00"), 2031)
    assert [(c.status, c.checked_against) for c in basic.claims if c.kind == "amount"] == [("unverifiable", [])] * 2


# ---------------------------------------------------------------- 单位预留机动经费: a budget's third kind of spending
def test_spending_kept_back_is_read_beside_basic_and_project_spending():
    table = {"expense": {"title": "支出预算总表", "rows": [
        "合计\t基本支出\t项目支出\t单位预留机动经费\t结转下年资金", "330.00\t250.00\t60.00\t20.00\t"]}}
    text = "三、支出预算情况说明\n本部门本年支出预算合计330.00万元，其中：基本支出250.00万元，项目支出60.00万元，单位预留机动经费{v}万元。\n"
    kept = analysis_from(table, text.format(v="20.00"), 2031).claims[-1]
    assert (kept.status, kept.checked_against[0]["column"]) == ("verified", "单位预留机动经费")
    wrong = analysis_from(table, text.format(v="25.00"), 2031)
    assert wrong.claims[-1].status == "contradicted"
    assert "NT01" in {f.check for f in run_checks(wrong) if f.severity == "error"}


def test_an_item_of_the_same_list_is_never_a_siblings_whole():
    # '政府性基金预算收入 0 万元' names the year's income of one fund: read as the whole of the next item's
    # share it made that share "整体为零" (not checkable)
    text = ("二、收入预算情况说明\n本部门本年收入预算合计500.00万元，其中：\n一般公共预算收入500.00万元，占100%；\n"
            "政府性基金预算收入0万元，占0%；\n财政专户管理资金0万元，占{p}。\n")
    last = [c for c in _budget_analysis(text.format(p="0%")).claims if c.kind == "share"][-1]
    assert (last.status, last.checked_against[0]["whole"]) == ("verified", "500.00")
    wrong = _budget_analysis(text.format(p="5%"))
    assert [c for c in wrong.claims if c.kind == "share"][-1].status == "contradicted"


def _budget_analysis(text: str):
    """A department's budget (its fund incomes are read as such: concepts.yml budget_fund_incomes)."""
    report = report_from({}, text, 2031)
    report.type, report.department = "budget", "某某市某某局"
    a = extract(report)
    link.resolve(a)
    return a
