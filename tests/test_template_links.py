"""Linking on templates other than the national one: a list item that opens with its 款 / 项 name and
then a comma, a colon or the name's code in brackets ('1.小学教育（2050202），决算数为 x 万元'; a
printed code that the tables give that name picks its row); a report whose only 财政拨款 table is
the 财政拨款支出决算表; a budget printing 当年收入小计 / 上年结转资金 / 结转下年资金 rows and a 支出
预算总表 across one row.

Every sentence here is synthetic: the shape of a real wording, other numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_TABLES = {"gpb_expense": {"title": "一般公共预算财政拨款支出决算表", "number": "公开05表", "rows": [
    "项目\t\t\t本年支出合计\t基本支出\t项目支出", "支出功能分类科目编码\t科目名称\t\t\t\t",
    "类\t款\t项\t1\t2\t3", "合计\t\t\t240.00\t200.00\t40.00", "201\t\t一般公共服务支出\t80.00\t80.00\t0",
    "20101\t\t人大事务\t30.00\t30.00\t0", "2010101\t\t行政运行\t30.00\t30.00\t0",
    "20103\t\t政府办公厅（室）及相关机构事务\t50.00\t50.00\t0", "2010301\t\t行政运行\t50.00\t50.00\t0",
    "205\t\t教育支出\t160.00\t120.00\t40.00", "20502\t\t普通教育\t160.00\t120.00\t40.00",
    "2050202\t\t小学教育\t70.00\t60.00\t10.00", "2050204\t\t高中教育\t90.00\t60.00\t30.00"]}}
_HEAD = "五、财政拨款支出决算表说明\n"


def _claims(text: str) -> list:
    return [c for c in analysis_from(_TABLES, _HEAD + text).claims if c.kind == "amount"]


def _errors(text: str) -> list:
    return [f for f in run_checks(analysis_from(_TABLES, _HEAD + text)) if f.severity == "error"]


def test_a_name_and_code_then_a_comma_name_the_items_figure():
    text = "1.小学教育（2050202），2024年度决算数为70.00万元，比上年增长5.00%。\n"
    [c] = _claims(text)
    assert (c.subject, c.concept, c.status) == ("小学教育", "func_item", "verified")
    assert _errors(text) == []
    [f] = _errors(text.replace("70.00万元", "75.00万元"))
    assert f.check == "NT01" and "小学教育" in f.message


def test_a_name_then_a_comma_or_a_colon_name_the_items_figure():
    for sep in ("，", "："):
        [c] = _claims(f"2.高中教育{sep}2024年度决算数为90.00万元。\n")
        assert (c.subject, c.status) == ("高中教育", "verified")


def test_a_path_then_a_comma_names_the_items_figure():
    [c] = _claims("（一）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项），支出决算为50.00万元。\n")
    assert (c.concept, c.status) == ("func_item", "verified")


def test_the_printed_code_picks_the_row_of_a_name_printed_under_several():
    # 行政运行 is a 项 of every 款: its code says which
    [c] = _claims("3.行政运行（2010301）：2024年度决算数为50.00万元。\n")
    assert c.status == "verified" and c.extra.get("code") == "2010301"
    assert [f.check for f in _errors("3.行政运行（2010301）：2024年度决算数为30.00万元。\n")] == ["NT01"]


def test_a_code_the_tables_give_another_name_is_not_used():
    # the name and the code disagree: the code is not trusted to pick a row
    [c] = _claims("4.小学教育（2050204），2024年度决算数为70.00万元。\n")
    assert c.extra.get("code") != "2050204"
    assert not [f for f in _errors("4.小学教育（2050204），2024年度决算数为70.00万元。\n") if "高中教育" in f.message]


def test_a_name_found_inside_the_items_longer_name_is_no_subject():
    # 普通教育 (a 款) is found inside 非普通教育; the item names another row, so nothing is checked
    tables = {"gpb_expense": dict(_TABLES["gpb_expense"], rows=_TABLES["gpb_expense"]["rows"]
                                  + ["2050299\t\t非普通教育\t5.00\t5.00\t0"])}
    text = _HEAD + "6.非普通教育，2024年度决算数为7.00万元。\n"
    a = analysis_from(tables, text)
    assert [c.concept for c in a.claims] == [None]
    assert not [f for f in run_checks(a) if f.check.startswith("NT")]
    # with its code printed, the item names its own row
    a = analysis_from(tables, text.replace("非普通教育，", "非普通教育（2050299），"))
    assert [(c.concept, c.status) for c in a.claims] == [("func_item", "contradicted")]


_FISCAL = {"fiscal_expense": {"title": "财政拨款支出决算表", "number": "表4", "rows": [
    "项目\t\t\t本年支出\t\t", "支出功能分类科目编码\t科目名称\t\t合计\t基本支出\t项目支出",
    "合计\t\t\t300.00\t210.00\t90.00", "205\t\t教育支出\t300.00\t210.00\t90.00"]}}


def test_a_report_whose_only_fiscal_table_is_the_fiscal_expense_table():
    # a template with no 财政拨款收入支出决算总表: the totals of 财政拨款支出 are its 合计 row
    text = "四、财政拨款支出决算表说明\n财政拨款支出总计为300.00万元，其中基本支出210.00万元，项目支出90.00万元。\n"
    a = analysis_from(_FISCAL, text)
    assert [(c.subject, c.status) for c in a.claims] == [
        ("财政拨款支出", "verified"), ("基本支出", "verified"), ("项目支出", "verified")]
    a = analysis_from(_FISCAL, text.replace("基本支出210.00", "基本支出201.00"))
    # the cell, and the whole: a 财政拨款 figure's 基本支出 and 项目支出 are all of it (201 + 90 ≠ 300)
    assert [f.check for f in run_checks(a) if f.severity == "error"] == ["AR04", "NT01"]


_BUDGET = {
    "income_expense_summary": {"title": "收支预算总表", "number": "公开表一", "rows": [
        "收入\t\t支出\t", "项目名称\t金额\t项目名称\t金额", "一、财政拨款\t100.00\t一、基本支出\t60.00",
        "\t\t二、项目支出\t40.00", "当年收入小计\t100.00\t当年支出小计\t100.00",
        "上年结转资金\t5.00\t结转下年资金\t5.00", "收入合计\t105.00\t支出合计\t105.00"]},
    "expense": {"title": "支出预算总表", "number": "公开表三", "rows": [
        "合计\t基本支出\t项目支出", "100.00\t60.00\t40.00"]},
}


def test_a_budget_template_with_current_year_subtotals_and_carry_over_rows():
    # 当年收入小计 / 上年结转资金 / 结转下年资金 rows, and a 支出预算总表 printed across one row
    text = ("一、收支预算总体情况说明\n本年收入预算合计100.00万元，上年结转资金5.00万元。"
            "本年支出预算合计100.00万元，其中：基本支出60.00万元，项目支出40.00万元；结转下年资金5.00万元。\n")
    a = analysis_from(_BUDGET, text)
    assert [c.status for c in a.claims if c.kind == "amount"] == ["verified"] * 6
    a = analysis_from(_BUDGET, text.replace("结转下年资金5.00", "结转下年资金6.00"))
    assert [f.check for f in run_checks(a) if f.severity == "error"] == ["NT01"]


def test_a_basic_expense_total_is_the_basic_tables_total_row():
    tables = {"gpb_basic_expense": {"title": "一般公共预算基本支出预算表（经济科目）", "number": "公开表八", "rows": [
        "科目名称\t金额", "合计\t60.00", "301 工资福利支出\t45.00", "302 商品和服务支出\t15.00"]}}
    text = "八、一般公共预算基本支出预算情况说明\n一般公共预算财政拨款基本支出预算60.00万元。\n"
    assert [c.status for c in analysis_from(tables, text).claims] == ["verified"]
    assert [c.status for c in analysis_from(tables, text.replace("60.00", "66.00")).claims] == ["contradicted"]


def test_a_budget_summary_names_its_funds_and_classes_without_codes():
    # 收入: 一、财政拨款 / 1.一般公共预算; 支出: classes by name only (no expense table with codes)
    tables = {"income_expense_summary": {"title": "收支预算总表", "number": "公开01表", "rows": [
        "收入\t\t支出\t", "项目名称\t金额\t功能科目名称\t金额", "一、财政拨款\t100.00\t一、一般公共服务支出\t70.00",
        "1.一般公共预算\t100.00\t二、公共安全支出\t30.00", "当年收入小计\t100.00\t当年支出小计\t100.00"]}}
    text = ("一、收支预算总体情况说明\n财政拨款收入预算100.00万元，其中一般公共预算收入100.00万元。"
            "支出预算中，公共安全（类）支出30.00万元。\n")
    a = analysis_from(tables, text)
    assert [c.status for c in a.claims if c.kind == "amount"] == ["verified"] * 3
    a = analysis_from(tables, text.replace("公共安全（类）支出30.00", "公共安全（类）支出33.00"))
    assert [f.check for f in run_checks(a) if f.severity == "error"] == ["NT01"]


def test_the_reports_own_department_opening_a_subject_is_dropped():
    from finder import link
    from finder.analysis import extract
    from finder.testing import report_from

    tables = {"gov_fund": {"title": "政府性基金预算支出功能分类预算表", "number": "表5", "rows": [
        "项目\t政府性基金预算支出\t\t", "功能分类科目名称\t合计\t基本支出\t项目支出", "合计\t\t\t"]}}
    text = "一、收支预算总体情况说明\n某市某某委员会收入预算90.00万元。政府性基金拨款支出预算0万元。\n"
    report = report_from(tables, text)
    report.department = "某市某某委员会"
    a = extract(report)
    link.resolve(a)
    assert [c.subject for c in a.claims] == ["收入", "政府性基金拨款支出"]
    assert a.claims[1].status == "verified"      # the fund table's 合计 column (a blank: 0)


def test_other_expenditure_named_among_functional_classes_is_the_functional_class():
    # 其他支出 is both 功能分类 229 and 经济分类 399: among 功能分类 classes it is 229
    tables = {"expense": {"title": "支出决算表", "number": "表3", "rows": [
        "科目编码\t科目名称\t合计\t基本支出\t项目支出", "\t合计\t100.00\t80.00\t20.00",
        "205\t教育支出\t90.00\t80.00\t10.00", "229\t其他支出\t10.00\t\t10.00"]}}
    text = "三、支出决算表说明\n本年支出合计100.00万元，其中：教育支出90.00万元，其他支出10.00万元。\n"
    claims = analysis_from(tables, text).claims
    assert [(c.subject, c.status) for c in claims][-1] == ("其他支出", "verified")


def test_no_cell_for_a_budget_figure_names_the_missing_table_unless_the_row_is_there_for_another_period():
    tables = {"expense": {"title": "支出决算表", "number": "表3", "rows": [
        "科目编码\t科目名称\t合计\t基本支出\t项目支出", "\t合计\t100.00\t80.00\t20.00"]}}
    text = "三、支出决算表说明\n本年支出合计100.00万元，年初预算90.00万元。政府采购支出年初预算30.00万元。\n"
    reasons = [c.reason for c in analysis_from(tables, text).claims if c.status == "unverifiable"]
    assert reasons == ["表中无该期间数据", "报告未附载有此项的表格（《政府采购预算表》）"]


def test_no_cell_in_a_printed_table_names_that_table_and_the_missing_item():
    # the 三公 table is printed but has no vehicle-count row: the reason says so, by the printed title
    tables = {"three_public": {"title": "一般公共预算“三公”经费支出表", "number": "表7", "rows": [
        "合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费", "10.00\t2.00\t5.00\t3.00"]}}
    text = "七、“三公”经费说明\n“三公”经费支出10.00万元。公务用车保有量3辆。\n"
    claims = analysis_from(tables, text).claims
    assert [(c.status, c.reason) for c in claims][-1] == (
        "unverifiable", "《一般公共预算“三公”经费支出表》中无“公务用车保有量”一项")


def test_a_reason_marker_is_no_part_of_the_subject():
    # '主要原因是增加了 A 200 万元': the change is A's; '主要原因是 B …' names B
    text = ("二、收支预算总体情况说明\n支出预算比上年增加 300 万元，主要原因是增加了某某会议专项经费 200 万元，"
            "主要原因是相关运转类经费压减 10%。\n")
    claims = analysis_from({}, text).claims
    assert [c.subject for c in claims][1:] == ["某某会议专项经费", "相关运转类经费"]
