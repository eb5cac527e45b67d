"""Linking on wordings of other regions' reports (review of unseen excerpts: FA3, FA9, M8).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

import pytest

from finder.checks import CheckOptions, _import_all, registry
from finder.link.concepts import find_entry, key_of, norm_label
from finder.testing import analysis_from

EXPENSE = {
    "title": "支出决算表", "number": "公开03表",
    "rows": ["支出功能分类科目编码\t\t\t科目名称\t本年支出合计\t基本支出\t项目支出",
             "类\t款\t项\t栏次\t1\t2\t3",
             "\t\t\t合计\t2,406.30\t2,106.30\t300.00"],
}
GPB = {
    "title": "一般公共预算财政拨款支出决算表", "number": "公开05表",
    "rows": ["项目\t\t\t本年支出合计\t基本支出\t项目支出",
             "支出功能分类科目编码\t科目名称\t\t\t\t",
             "类\t款\t项\t1\t2\t3",
             "合计\t\t\t1,925.04\t1,725.04\t200.00"],
}
THREE = {
    "title": "财政拨款“三公”经费支出决算表", "number": "公开09表",
    "rows": ["项目\t栏次\t年初预算数\t全年预算数\t决算数",
             "一、“三公”经费支出\t1\t6.00\t4.52\t4.52",
             "（一）因公出国（境）费\t2\t0.00\t0.00\t0.00",
             "（二）公务用车购置及运行维护费\t3\t3.00\t2.40\t2.40",
             "（三）公务接待费\t4\t3.00\t2.12\t2.12"],
}
TABLES = {"expense": EXPENSE, "gpb_expense": GPB, "three_public": THREE}


def _run(a, code: str):
    _import_all()
    return list(registry.get(code).run(a, CheckOptions()))


def _claim(a, number: str):
    return next(c for c in a.claims if c.paragraph.text[c.start:c.end].startswith(number))


# ---------------------------------------------------------------- FA9: “三公” totals
@pytest.mark.parametrize("subject", ["“三公”经费支出合计", "\"三公\"经费支出合计", "\"三公”经费支出合计",
                                     "三公经费支出合计", "“三公”经费合计"])
def test_three_public_total_links_to_three_public_table(subject):
    text = f"五、“三公”经费支出决算情况说明\n本单位 2024 年度{subject} 4.52 万元，比上年减少 0.31 万元。\n"
    a = analysis_from(TABLES, text)
    c = _claim(a, "4.52")
    assert key_of(c)[0] == "“三公”经费"
    assert c.status == "verified" and c.checked_against[0]["table"] == "three_public"
    assert _run(a, "NT01") == []


def test_three_public_total_that_differs_is_judged_against_its_own_table():
    text = "五、“三公”经费支出决算情况说明\n本单位 2024 年度“三公”经费支出合计 4.62 万元。\n"
    found = _run(analysis_from(TABLES, text), "NT01")
    assert [f.severity for f in found] == ["error"]
    assert found[0].evidence[1].table == "three_public" and found[0].evidence[1].text == "4.52"


def test_total_words_are_dropped_only_when_the_rest_names_an_entry():
    assert find_entry("基本支出合计") == "基本支出"
    assert find_entry("支出合计") == "本年支出合计"
    assert find_entry("收入总计") == "收入总计"
    assert find_entry("本年收入合计") == "本年收入合计"
    assert norm_label("「三公」经费") == norm_label("“三公”经费") == norm_label('"三公"经费') == "三公经费"


# ---------------------------------------------------------------- M8: lexicon gaps
def test_three_public_parts_named_otherwise():
    text = ("五、“三公”经费支出决算情况说明\n"
            "本单位 2024 年度“三公”经费支出合计 4.52 万元，其中：因公出国(境)经费 0 万元，"
            "公务用车购置和运行维护费 2.40 万元，公务接待费 2.12 万元。\n")
    a = analysis_from(TABLES, text)
    assert key_of(_claim(a, "0 万元"))[0] == "因公出国（境）费"
    assert key_of(_claim(a, "2.40"))[0] == "公务用车购置及运行维护费"
    assert all(c.status == "verified" for c in a.claims if c.kind == "amount")
    assert _run(a, "AR04") == [] and _run(a, "NT01") == []


def test_foreign_reception_is_no_domestic_reception():
    text = ("五、“三公”经费支出决算情况说明\n"
            "全年国内公务接待批次 12 个，国内公务接待人次 85 人；国(境)外公务接待批次 3 个，外事接待人次 9 人。\n")
    a = analysis_from({}, text)
    assert key_of(_claim(a, "12"))[0] == "国内公务接待批次"
    assert key_of(_claim(a, "85"))[0] == "国内公务接待人次"
    assert key_of(_claim(a, "3 个")) is None or key_of(_claim(a, "3 个"))[0] != "国内公务接待批次"
    assert key_of(_claim(a, "9 人")) is None or key_of(_claim(a, "9 人"))[0] != "国内公务接待人次"


BUDGET_SUMMARY = {
    "title": "部门收支预算总表", "number": "公开01表",
    "rows": ["收入\t\t支出\t",
             "项目\t预算数\t项目\t预算数",
             "一、一般公共预算拨款收入\t832.60\t一、一般公共服务支出\t880.60",
             "二、政府性基金预算拨款收入\t40.00\t\t",
             "三、国有资本经营预算拨款收入\t\t\t",
             "四、财政专户管理资金收入\t8.00\t\t",
             "五、事业单位经营收入\t\t\t",
             "本年收入合计\t880.60\t本年支出合计\t880.60"],
}


def test_budget_income_names_link_to_the_summary_rows():
    text = ("一、收支预算总体情况说明\n"
            "2025 年部门收入预算 880.60 万元，其中：一般公共预算拨款收入 832.60 万元，政府性基金预算拨款收入 40.00 万元，"
            "国有资本经营预算拨款收入 0 万元，财政专户管理资金收入 8.00 万元，事业单位经营收入 0 万元。\n")
    a = analysis_from({"income_expense_summary": BUDGET_SUMMARY}, text, year=2025)
    assert key_of(_claim(a, "832.60"))[0] == "一般公共预算财政拨款收入"
    assert key_of(_claim(a, "40.00"))[0] == "政府性基金预算财政拨款收入"
    assert key_of(_claim(a, "8.00"))[0] == "财政专户管理资金收入"
    assert _claim(a, "832.60").status == "verified" and _claim(a, "40.00").status == "verified"
    assert _claim(a, "8.00").status == "verified"


def test_fund_income_is_a_part_of_fiscal_income():
    text = ("一、收入决算情况说明\n"
            "本年财政拨款收入 850.00 万元，其中：一般公共预算财政拨款收入 800.00 万元，"
            "政府性基金预算财政拨款收入 40.00 万元，国有资本经营预算财政拨款收入 0 万元。\n")
    found = _run(analysis_from({}, text), "AR04")
    assert [f.severity for f in found] == ["error"] and "850.00" in found[0].evidence[0].text


def test_generic_subject_takes_the_entry_its_heading_names():
    text = ("五、“三公”经费支出决算情况说明\n（三）公务接待费支出情况\n"
            "2024 年国内公务接待 30 批次，240 人次，支出 2.12 万元，比上年减少 0.08 万元。\n")
    a = analysis_from(TABLES, text)
    c = _claim(a, "2.12")
    # the sentence names the 国内 receptions; a table printing the 公务接待费 alone holds their fee there
    assert key_of(c)[0] == "国内公务接待费" and c.status == "verified"
    assert c.extra["ref_used"].row.label.endswith("公务接待费")
    assert _run(a, "NT01") == []


# ---------------------------------------------------------------- grand totals
def test_grand_total_parts_must_add_up():
    text = ("一、收入支出决算总体情况说明\n"
            "2024 年度收入总计 612.48 万元，其中：本年收入合计 611.72 万元，使用非财政拨款结余 0.00 万元，"
            "年初结转和结余 0.66 万元。\n")
    found = _run(analysis_from({}, text), "AR04")
    assert [f.severity for f in found] == ["error"] and "612.48" in found[0].evidence[0].text
    ok = text.replace("612.48", "612.38")
    assert {type(x).__name__ for x in _run(analysis_from({}, ok), "AR04")} == {"Settlement"}   # verified


def test_expense_grand_total_parts_must_add_up():
    text = ("一、收入支出决算总体情况说明\n"
            "2024 年度支出总计 612.38 万元，其中：本年支出合计 601.72 万元，结余分配 0.00 万元，"
            "年末结转和结余 0.66 万元。\n")
    found = _run(analysis_from({}, text), "AR04")
    assert [f.severity for f in found] == ["error"] and "612.38" in found[0].evidence[0].text


def test_procurement_kinds_must_add_up():
    text = ("六、政府采购支出情况说明\n"
            "2024 年度政府采购支出总额 96.50 万元，其中：政府采购货物支出 40.20 万元、政府采购工程支出 0 万元、"
            "政府采购服务支出 46.30 万元。\n")
    found = _run(analysis_from({}, text), "AR04")
    assert [f.severity for f in found] == ["error"] and "96.50" in found[0].evidence[0].text
    assert {type(x).__name__ for x in _run(analysis_from({}, text.replace("96.50", "86.50")), "AR04")} == {"Settlement"}


# ---------------------------------------------------------------- FA3(b): the whole a share names
def test_share_of_a_whole_printed_without_scope_is_of_all_funds():
    text = ("二、支出决算情况说明\n"
            "2024 年度一般公共预算财政拨款支出 1925.04 万元，占本年支出合计的 80.00%。\n")
    a = analysis_from(TABLES, text)
    share = _claim(a, "80.00")
    assert share.status == "verified" and share.checked_against[0]["whole"] == "2,406.30"
    assert _run(a, "AR01") == []


def test_share_of_a_whole_printed_with_scope_keeps_that_scope():
    text = ("三、一般公共预算财政拨款支出决算情况说明\n"
            "2024 年度一般公共预算财政拨款基本支出 1725.04 万元，占一般公共预算财政拨款支出的 89.61%。\n")
    share = _claim(analysis_from(TABLES, text), "89.61")
    assert share.status == "verified" and share.checked_against[0]["whole"] == "1,925.04"


def test_share_of_a_whole_printed_without_scope_in_a_scoped_section_keeps_the_section_scope():
    text = ("四、一般公共预算财政拨款基本支出决算情况说明\n"
            "2024 年度人员经费 1380.03 万元，占基本支出的 80.00%。\n")
    tables = dict(TABLES, gpb_expense=GPB)
    share = _claim(analysis_from(tables, text), "80.00")
    assert share.status == "verified" and share.checked_against[0]["whole"] == "1,725.04"


# ------------------------------------------------------------------------ M2, M11: budget wholes, messages
def test_share_of_budget_figure_is_verified_against_the_budget_figure():
    text = ("（二）按支出结构分类划分。\n"
            "1. 基本支出预算 658432.10 元，占一般公共预算支出的 90.12%。其中：\n"
            "工资福利支出预算 534987.22 元，占基本支出预算81.25%。\n")
    share = _claim(analysis_from({}, text), "81.25")
    assert share.status == "verified" and share.checked_against[0]["whole"] == "658432.10"


def test_parts_message_prints_intervals_in_the_printed_unit():
    text = ("六、一般公共预算基本支出情况说明\n"
            "本年一般公共预算财政拨款基本支出 712000.39 元，其中：人员经费 600961.19 元，公用经费 81339.20 元。\n")
    found = _run(analysis_from({}, text), "AR04")
    assert found and "[712000.385, 712000.395]元" in found[0].message and "万元" not in found[0].message


def test_change_message_names_the_printed_base():
    text = ("五、“三公”经费支出情况说明\n"
            "公务接待费支出4.21万元，与2022年度预算相比，减少0.2万元，下降0.05%。\n")
    found = _run(analysis_from({}, text, year=2022), "AR02")
    assert found and "较2022年度预算变动率" in found[0].message and "较本年" not in found[0].message


def test_share_of_budget_whole_reads_the_table_budget_column():
    """'占“三公”经费预算的 P%' with no budget figure in the prose: the whole is the 三公 row's
    budget cell of the part's own budget period (年初预算 6.00 here, not 决算 4.52)."""
    text = "五、“三公”经费支出决算情况说明\n公务接待费年初预算 3.00 万元，占“三公”经费预算的 55.00%。\n"
    a = analysis_from(TABLES, text)
    found = _run(a, "AR01")
    assert found and found[0].severity == "error" and "3.00 ÷ 6.00" in found[0].message
    ok = analysis_from(TABLES, text.replace("55.00%", "50.00%"))
    assert _claim(ok, "50.00").status == "verified" and _run(ok, "AR01") == []
