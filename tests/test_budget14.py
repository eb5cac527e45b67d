"""Readings of session budget14: a budget's own figures in the prose (部门预算 templates).

Every sentence and table here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, budget_analysis_from

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


_BUDGET_SUMMARIES = {
    "income_expense_summary": {"title": "部门收支预算总表", "rows": [
        "收入\t\t支出\t", "项目\t预算数\t项目\t预算数", "一、财政拨款收入\t300.00\t一、教育支出\t330.00",
        "二、事业收入\t20.00\t\t", "本年收入合计\t320.00\t本年支出合计\t330.00", "上年结转资金\t10.00\t\t",
        "收入总计\t330.00\t支出总计\t330.00"]},
    "fiscal_summary": {"title": "部门财政拨款收支预算总表", "rows": [
        "财政拨款收入\t\t财政拨款支出\t", "项目\t预算数\t项目\t合计",
        "一、一般公共预算资金\t300.00\t一、教育支出\t300.00", "收入总计\t300.00\t支出总计\t300.00"]}}


def test_a_budgets_grand_total_named_收支总预算_is_both_sides_total():
    """'部门收支总预算 X 万元' (the period word printed in place of 总计's 计) named no concept: the head of a
    budget's prose was 未识别所述指标, a misprint of it passed, and so did a wrong rate of its change."""
    text = "一、收支预算总体情况\n\n2031年部门收支总预算{v}万元，比上年增加30.00万元，增长{p}%。\n"
    a = budget_analysis_from(_BUDGET_SUMMARIES, text.format(v="330.00", p="10.00"))
    total = a.claims[0]
    assert (total.concept, total.period, total.status) == ("income_expense_grand_total", "预算", "verified")
    assert {r["row"] for r in total.checked_against} == {"收入总计", "支出总计"}
    assert [c.status for c in a.claims[1:]] == ["verified", "verified"]
    assert [f for f in run_checks(a) if f.severity != "info"] == []
    wrong = budget_analysis_from(_BUDGET_SUMMARIES, text.format(v="340.00", p="10.00"))
    assert "NT01" in {f.check for f in run_checks(wrong) if f.severity == "error"}
    wrong = budget_analysis_from(_BUDGET_SUMMARIES, text.format(v="330.00", p="12.00"))
    assert [f.check for f in run_checks(wrong) if f.severity == "error"] == ["AR02"]
    # a name a concept lists itself keeps that concept: '支出总预算' is the year's spending
    own = budget_analysis_from(_BUDGET_SUMMARIES, "一、收支预算总体情况\n\n2031年支出总预算330.00万元。\n").claims[0]
    assert own.concept == "expense_total"


def test_a_funds_grand_totals_printed_as_a_pair_before_总预算_are_each_sides():
    """'财政拨款收、支总预算 X 万元。与上年相比，财政拨款收、支总计各增加 A 万元，增长 P%' (Jiangsu budgets): the
    two sides printed with the fund's name before them and 总预算 after were no pair of totals, so X was
    未识别所述指标 and the change and its rate were never checked ('无可核对的数据')."""
    text = ("四、财政拨款收支预算总体情况说明\n\n2031年度财政拨款收、支总预算{v}万元。与上年相比，财政拨款收、支总计"
            "各增加20.00万元，增长{p}%。\n")
    a = budget_analysis_from(_BUDGET_SUMMARIES, text.format(v="300.00", p="7.14"))
    assert [c.status for c in a.claims] == ["verified"] * 3
    assert [r["table"] for r in a.claims[0].checked_against] == ["fiscal_summary"] * 2
    assert [f for f in run_checks(a) if f.severity != "info"] == []
    wrong = budget_analysis_from(_BUDGET_SUMMARIES, text.format(v="310.00", p="7.14"))
    assert a.claims[0].extra["each_of"] == ["财政拨款收入总计", "财政拨款支出总计"]
    assert "NT01" in {f.check for f in run_checks(wrong) if f.severity == "error"}
    wrong = budget_analysis_from(_BUDGET_SUMMARIES, text.format(v="300.00", p="8.14"))
    assert [f.check for f in run_checks(wrong) if f.severity == "error"] == ["AR02"]


_FISCAL_FINAL = {"fiscal_summary": {"title": "财政拨款收入支出决算总表", "number": "公开05表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、一般公共预算财政拨款\t400.00\t一、教育支出\t420.00",
    "本年收入合计\t400.00\t本年支出合计\t420.00", "年初财政拨款结转和结余\t30.00\t年末财政拨款结转和结余\t10.00",
    "总计\t430.00\t总计\t430.00"]}}


def test_a_pair_of_totals_with_各_before_the_figure_is_each_sides_total():
    """The central final-accounts template: '财政拨款收、支总计各 X 万元': 各 before a figure was no marker
    (only before a direction: '各增加'), so 各 stayed in the name, the pair was not read and X was
    未识别所述指标: a misprint passed."""
    text = ("一、财政拨款收入支出决算总体情况说明\n\n2031年度财政拨款收、支总计各{v}万元。与2030年度相比，"
            "财政拨款收、支总计各增加30.00万元，增长7.50%。\n")
    a = analysis_from(_FISCAL_FINAL, text.format(v="430.00"), 2031)
    assert [c.status for c in a.claims] == ["verified"] * 3
    assert a.claims[0].subject == "财政拨款收、支总计"
    wrong = analysis_from(_FISCAL_FINAL, text.format(v="440.00"), 2031)
    assert "NT01" in {f.check for f in run_checks(wrong) if f.severity == "error"}
    # '各' before anything else is no marker ('各单位 3 个')
    c = analysis_from({}, "一、机构设置\n\n下设各单位3个。\n", 2031).claims[0]
    assert "各单位" in c.subject


_BASIC = {"gpb_basic_expense": {"title": "一般公共预算基本支出预算表", "rows": [
    "经济分类科目编码\t经济分类科目名称\t合计\t人员经费\t公用经费", "301\t工资福利支出\t80.00\t80.00\t",
    "302\t商品和服务支出\t20.00\t\t20.00", "合计\t\t100.00\t80.00\t20.00"]}}


def test_staff_and_office_costs_are_the_columns_of_a_budgets_basic_spending_table():
    """A budget's 一般公共预算基本支出预算表 prints 人员经费 and 公用经费 as columns beside 合计 (the final
    accounts' table prints them as rows): '其中：人员经费 X 万元…；公用经费 Y 万元' found no cell
    ('未找到对应表格') and a misprint passed."""
    text = ("六、一般公共预算基本支出预算情况说明\n\n2031年一般公共预算基本支出100.00万元，其中：人员经费{p}万元，"
            "主要包括基本工资；公用经费{o}万元，主要包括办公费。\n")
    a = analysis_from(_BASIC, text.format(p="80.00", o="20.00"), 2031)
    assert [(c.status, c.checked_against[0]["column"]) for c in a.claims[1:]] == [
        ("verified", "人员经费"), ("verified", "公用经费")]
    wrong = analysis_from(_BASIC, text.format(p="85.00", o="15.00"), 2031)
    assert [f.check for f in run_checks(wrong) if f.severity == "error"] == ["NT01", "NT01"]


def test_a_budgets_change_whose_sentence_names_its_budget_figure_again_is_checked_on_it():
    """Jiangsu budgets: '财政拨款预算支出 X 万元，占本年支出合计的 P%。与上年相比，财政拨款支出增加 A 万元，增长
    R%': a change that names its figure again joined only a figure of the periods 本年 / 决算, and in a
    budget the figure is a 预算 figure, so the change and its rate were never checked ('无可核对的数据')."""
    text = ("五、财政拨款支出预算情况说明\n\n2031年财政拨款预算支出300.00万元，占本年支出合计的90.91%。与上年相比，"
            "财政拨款支出增加20.00万元，增长{r}%。\n")
    a = budget_analysis_from(_BUDGET_SUMMARIES, text.format(r="7.14"))
    assert [c.status for c in a.claims if c.kind.startswith("change")] == ["verified", "verified"]
    wrong = budget_analysis_from(_BUDGET_SUMMARIES, text.format(r="8.14"))
    assert [f.check for f in run_checks(wrong) if f.severity == "error"] == ["AR02"]
    # in a final account a budget figure is no figure of the year: the change stays apart from it
    final = analysis_from(_BUDGET_SUMMARIES, text.format(r="8.14"), 2031)
    assert [c.status for c in final.claims if c.kind.startswith("change")] == ["unverifiable"] * 2


def test_a_summary_whose_carry_over_rows_print_资金_keeps_its_identity():
    """A budget summary printing '本年收入合计 320 / 上年结转资金 10 / 收入总计 330' (the carry-over rows
    named as Jiangsu's budgets name them): TB03 knew the carry-over only as 上年结转 / 年初结转和结余, took it
    as absent and reported 收入总计 ≠ 本年收入合计 (a false error on a balanced table)."""
    a = budget_analysis_from(_BUDGET_SUMMARIES, "一、收支预算总体情况说明\n")
    assert [f for f in run_checks(a) if f.check == "TB03"] == []
    table = {"income_expense_summary": dict(_BUDGET_SUMMARIES["income_expense_summary"])}
    rows = list(table["income_expense_summary"]["rows"])
    rows[-1] = "收入总计\t340.00\t支出总计\t340.00"
    table["income_expense_summary"]["rows"] = rows
    found = [f for f in run_checks(budget_analysis_from(table, "一、收支预算总体情况说明\n")) if f.check == "TB03"]
    assert found and all(f.severity == "error" for f in found)


def test_a_numbered_statement_of_a_figure_is_no_heading():
    """Jiangsu budgets: '1．财政拨款收入预算总计 X 万元。' on a line of its own was read as a heading, so the
    items after it ('2．财政专户管理资金收入预算总计 0 万元', '4．上年结转资金预算数为 0 万元', the 支出 list that
    followed) sat in a section named 财政拨款 and were read in that scope: the summary's rows were never
    reached (未找到对应表格)."""
    from finder.ingest.flow import heading_of

    assert heading_of("1．财政拨款收入预算总计300.00万元。") is None
    assert heading_of("（一）一般公共服务（类）") is not None
    assert heading_of("（二）2031年度绩效目标。") is not None          # a year is no stated figure
    text = ("一、收支预算总体情况说明\n\n（一）收入预算总计330.00万元。包括：\n\n1．财政拨款收入预算总计300.00万元。\n\n"
            "2．事业收入预算总计20.00万元。\n\n3．上年结转资金预算数为{v}万元。\n")
    a = budget_analysis_from(_BUDGET_SUMMARIES, text.format(v="10.00"))
    carry = a.claims[-1]
    assert (carry.concept, carry.status) == ("carryover_begin", "verified")
    assert carry.checked_against[0]["table"] == "income_expense_summary"
    wrong = budget_analysis_from(_BUDGET_SUMMARIES, text.format(v="15.00"))
    assert "NT01" in {f.check for f in run_checks(wrong) if f.severity == "error"}


def test_the_departments_own_word_before_the_year_is_no_part_of_a_figures_name():
    """'本部门2031年收入预算 X 万元' (budget templates open so): the subject kept '本部门2031年收入' (the year
    is stripped only at a subject's start, and 本部门 stood before it), which names no figure
    (未识别所述指标), so a misprinted head of the budget passed."""
    text = "二、收入预算情况说明\n\n本部门2031年收入预算{v}万元。\n"
    c = budget_analysis_from(_BUDGET_SUMMARIES, text.format(v="320.00")).claims[0]
    assert (c.subject, c.period, c.status) == ("收入", "预算", "verified")
    wrong = budget_analysis_from(_BUDGET_SUMMARIES, text.format(v="325.00"))
    assert wrong.claims[0].status == "contradicted"
    assert "NT01" in {f.check for f in run_checks(wrong)}
    c = budget_analysis_from(_BUDGET_SUMMARIES, "二、收入预算情况说明\n\n本单位2031年收入预算320.00万元。\n").claims[0]
    assert c.subject == "收入"


def test_the_spending_of_all_funds_is_no_split_of_one_funds_spending():
    """'基本支出预算 a 万元，项目支出预算 b 万元' (all funds) and, in the next paragraph, '政府性基金拨款支出预算 0
    万元': AR04 took a and b, which print no fund, as the parts of the fund's 0 (a false error: '“政府性基金
    拨款支出”文中为 0，其组成部分 基本支出 a + 项目支出 b'). A part without a fund is one fund's only when
    listed with it (its paragraph, or under it as its list's head)."""
    text = ("三、支出预算情况说明\n\n2031年本部门基本支出预算250.00万元，项目支出预算80.00万元。\n\n"
            "2031年政府性基金拨款支出预算0万元，国有资本经营预算拨款支出预算0万元。\n")
    assert [f for f in run_checks(budget_analysis_from({}, text)) if f.check == "AR04"] == []
    # a fund's own 其中 list, its items printing no fund, is still added up
    listed = "五、支出预算情况说明\n\n2031年一般公共预算财政拨款支出预算330.00万元，其中：基本支出250.00万元，项目支出{b}万元。\n"
    assert [f for f in run_checks(budget_analysis_from({}, listed.format(b="80.00"))) if f.check == "AR04"] == []
    assert [f.check for f in run_checks(budget_analysis_from({}, listed.format(b="90.00"))) if f.severity == "error"] == ["AR04"]
