"""Gaps closed in session 9: changes on last year held against a table's 上年 column (NT05).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import CheckOptions, run
from finder.testing import analysis_from

_BUDGET_3P = {"three_public": {"title": "2031年“三公”经费支出预算表", "rows": [
    "项目\t上年预算数\t本年预算数\t增减",
    "合计\t40.00\t34.50\t-5.50",
    "因公出国（境）费\t10.00\t10.00\t0",
    "公务接待费\t12.00\t9.50\t-2.50",
    "公务用车购置及运行维护费\t18.00\t15.00\t-3.00"]}}
_FINAL_3P = {"three_public": {"title": "2031年度“三公”经费支出决算表", "rows": [
    "项目\t上年决算数\t本年决算数",
    "合计\t40.00\t34.50",
    "因公出国（境）费\t10.00\t10.00",
    "公务接待费\t12.00\t9.50",
    "公务用车购置及运行维护费\t18.00\t15.00"]}}
_HEAD = "三、“三公”经费支出情况说明\n"


def _found(tables, text: str, kind: str = "final", code: str = "NT05") -> list:
    a = analysis_from(tables, text, 2031)
    a.report.type = kind
    return [f for f in run(a, CheckOptions()) if f.check == code]


def test_a_budget_change_on_last_year_is_held_against_the_prior_budget_column():
    ok = _HEAD + "公务接待费预算 9.50 万元，比上年减少 2.50 万元，下降 20.83%。\n"
    assert _found(_BUDGET_3P, ok, "budget") == []
    bad = _found(_BUDGET_3P, ok.replace("减少 2.50 万元，下降 20.83%", "减少 1.50 万元，下降 13.64%"), "budget")
    assert [f.severity for f in bad] == ["error"]
    assert "12.00" in bad[0].message and any(e.column == "上年预算数" for e in bad[0].evidence)


def test_the_direction_word_is_held_against_the_sign():
    bad = _found(_BUDGET_3P, _HEAD + "公务接待费预算 9.50 万元，比上年增加 2.50 万元。\n", "budget")
    assert [f.severity for f in bad] == ["error"]


def test_a_final_change_on_last_year_uses_the_prior_actual_and_settles_the_ledger():
    text = _HEAD + "公务接待费支出 9.50 万元，比上年减少 2.50 万元，下降 20.83%。\n"
    a = analysis_from(_FINAL_3P, text, 2031)
    assert [f for f in run(a, CheckOptions()) if f.check == "NT05"] == []
    assert {c.status for c in a.claims if c.kind.startswith("change")} == {"verified"}
    bad = _found(_FINAL_3P, text.replace("减少 2.50", "减少 3.50"))
    assert [f.severity for f in bad] == ["error"]


def test_a_column_of_another_kind_than_the_sentence_means_is_a_warning():
    # a final account's '比上年' means last year's actual; the table prints last year's budget
    prior_budget = {"three_public": {**_BUDGET_3P["three_public"], "title": "2031年度“三公”经费支出决算表",
                                     "rows": [r.replace("本年预算数", "本年决算数") for r in _BUDGET_3P["three_public"]["rows"]]}}
    found = _found(prior_budget, _HEAD + "公务接待费支出 9.50 万元，比上年减少 3.50 万元。\n")
    assert [f.severity for f in found] == ["warning"] and "上年预算" in found[0].message
    # the sentence naming the budget makes it exact
    found = _found(prior_budget, _HEAD + "公务接待费支出 9.50 万元，比上年预算减少 3.50 万元。\n")
    assert [f.severity for f in found] == ["error"]
    # a budget table's unqualified 上年数 may be last year's budget or its outturn
    plain = {"three_public": {**_BUDGET_3P["three_public"],
                              "rows": [r.replace("上年预算数", "上年数") for r in _BUDGET_3P["three_public"]["rows"]]}}
    found = _found(plain, _HEAD + "公务接待费预算 9.50 万元，比上年减少 3.50 万元。\n", "budget")
    assert [f.severity for f in found] == ["warning"] and "未注明" in found[0].message


def test_a_year_labelled_column_is_last_years():
    years = {"three_public": {**_BUDGET_3P["three_public"], "rows": [
        r.replace("上年预算数", "2030年预算数").replace("本年预算数", "2031年预算数") for r in _BUDGET_3P["three_public"]["rows"]]}}
    assert _found(years, _HEAD + "公务接待费预算 9.50 万元，比2030年预算减少 2.50 万元。\n", "budget") == []
    assert len(_found(years, _HEAD + "公务接待费预算 9.50 万元，比2030年预算减少 1.50 万元。\n", "budget")) == 1
    # a base of another year is not the column's
    assert _found(years, _HEAD + "公务接待费预算 9.50 万元，比2029年预算减少 1.50 万元。\n", "budget") == []


def test_flat_on_last_year_needs_the_prior_cell_to_equal_the_figure():
    assert _found(_BUDGET_3P, _HEAD + "因公出国（境）费预算 10.00 万元，与上年持平。\n", "budget") == []
    found = _found(_BUDGET_3P, _HEAD + "公务接待费预算 9.50 万元，与上年持平。\n", "budget")
    assert len(found) == 1 and "与上年持平" in found[0].message
    assert _found(_BUDGET_3P, _HEAD + "公务接待费预算 9.50 万元，与上年基本持平。\n", "budget") == []


def test_no_prior_base_is_invented():
    text = _HEAD + "公务接待费预算 9.50 万元，比上年减少 1.50 万元。\n"
    assert _found({}, text, "budget") == []
    no_prior = {"three_public": {**_BUDGET_3P["three_public"], "rows": [
        "\t".join(r.split("\t")[:1] + r.split("\t")[2:3]) for r in _BUDGET_3P["three_public"]["rows"]]}}
    assert _found(no_prior, text, "budget") == []
    # the row's report-year cell is not the stated figure: the row may not be the sentence's
    assert _found(_BUDGET_3P, text.replace("9.50 万元", "8.50 万元"), "budget") == []


def test_a_year_labelled_prior_column_is_never_the_report_years_cell():
    # '2030年预算数' beside '2031年预算数' in a 2031 budget: the amount is read in the 2031 column (NT01)
    years = {"three_public": {**_BUDGET_3P["three_public"], "rows": [
        r.replace("上年预算数", "2030年预算数").replace("本年预算数", "2031年预算数") for r in _BUDGET_3P["three_public"]["rows"]]}}
    a = analysis_from(years, _HEAD + "公务接待费预算 9.50 万元。\n", 2031)
    a.report.type = "budget"
    assert [f for f in run(a, CheckOptions()) if f.check == "NT01"] == []
    assert a.claims[0].status == "verified"


# --------------------------------------------------------------- a table's own 增减 columns (TB02)
def _changes(rows: list[str], year: int = 2031) -> list:
    a = analysis_from([{"title": "2031年单位预算收支增减情况表", "rows": rows}], "一、说明\n本单位2031年预算如下。\n", year)
    return [f for f in run(a, CheckOptions()) if f.check == "TB02"]


_CHANGE_ROWS = ["项目\t上年预算数\t本年预算数\t增减额\t增减率（%）",
                "工资福利支出\t100.00\t120.00\t20.00\t20.00",
                "商品和服务支出\t50.00\t40.00\t-10.00\t-20.00",
                "对个人和家庭的补助\t8.00\t9.00\t1.00\t12.50"]


def test_a_tables_change_columns_are_held_against_its_two_years():
    assert _changes(_CHANGE_ROWS) == []
    bad = _changes([*_CHANGE_ROWS[:3], "对个人和家庭的补助\t8.00\t9.00\t1.50\t12.50"])
    assert [f.severity for f in bad] == ["error"] and "1.50" in bad[0].message
    bad = _changes([*_CHANGE_ROWS[:3], "对个人和家庭的补助\t8.00\t9.00\t1.00\t11.11"])
    assert [f.severity for f in bad] == ["error"] and "11.11" in bad[0].message
    # year-labelled columns, the change column named with the report year
    years = [_CHANGE_ROWS[0].replace("上年预算数", "2030年预算数").replace("本年预算数", "2031年预算数")
             .replace("增减额", "2031年预算数增减"), *_CHANGE_ROWS[1:3], "对个人和家庭的补助\t8.00\t9.00\t1.50\t12.50"]
    assert len(_changes(years)) == 1


def test_change_columns_the_rows_do_not_bear_out_are_left_alone():
    # most rows disagree: the column is not the difference (a layout not understood), nothing said
    rows = [_CHANGE_ROWS[0], "工资福利支出\t100.00\t120.00\t10.00\t20.00", "商品和服务支出\t50.00\t40.00\t5.00\t-20.00",
            _CHANGE_ROWS[3]]
    assert [f for f in _changes(rows) if "增减额" in f.message] == []
    # two last-year columns: which one the change is on is open
    two = ["项目\t上年预算数\t上年决算数\t本年预算数\t增减额", "工资福利支出\t100.00\t90.00\t120.00\t25.00",
           "商品和服务支出\t50.00\t45.00\t40.00\t-10.00"]
    assert _changes(two) == []


# --------------------------------------------------------------- a purchase the text says is zero (AR04)
_NO_PURCHASE = ("一、“三公”经费支出情况说明\n2031年度“三公”经费支出 {total} 万元，其中：公务接待费 1.50 万元，"
                "公务用车运行维护费 20.00 万元，因公出国（境）费 0 万元。\n1、公务用车情况\n"
                "2031年度公务用车保有量 3 辆，{said}。\n")


def test_a_list_short_by_a_purchase_the_text_says_is_zero_is_judged():
    found = _found({}, _NO_PURCHASE.format(total="22.20", said="无新购车辆"), code="AR04")
    assert [f.severity for f in found] == ["error"] and "无新购车辆" in found[0].message
    assert _found({}, _NO_PURCHASE.format(total="21.50", said="未购置公务用车"), code="AR04") == []


def test_without_words_saying_so_the_short_list_stays_unjudged():
    assert _found({}, _NO_PURCHASE.format(total="22.20", said="车辆运行正常"), code="AR04") == []


# --------------------------------------------------------------- '收、支…总计各 N': each side's figure
_SUMMARY = {"income_expense_summary": {"title": "2031年收支预算总表", "rows": [
    "收入\t\t支出\t", "项目\t预算数\t项目\t预算数",
    "一、一般公共预算拨款收入\t498.00\t一、一般公共服务支出\t{expense}",
    "二、其他资金收入\t2.00\t\t",
    "总计\t500.00\t总计\t{expense}"]}}
_PAIR = ("一、收支预算总体情况说明\n本单位2031年度收入、支出预算总计 500.00 万元，与上年相比收、支预算总计各增加 50.00 万元，"
         "增长 {rate}%。其他资金收入预算总计 2.00 万元。\n")


def _summary(expense: str) -> dict:
    spec = _SUMMARY["income_expense_summary"]
    return {"income_expense_summary": {**spec, "rows": [r.format(expense=expense) for r in spec["rows"]]}}


def test_both_sides_of_a_paired_total_are_held_against_their_cells():
    a = analysis_from(_summary("500.00"), _PAIR.format(rate="11.11"), 2031)
    a.report.type = "budget"
    assert [f for f in run(a, CheckOptions()) if f.check in ("NT01", "NT03", "AR02")] == []
    pair = a.claims[0]
    assert pair.extra["each_of"] == ["收入预算总计", "支出预算总计"] and pair.status == "verified"
    assert {r["row"] for r in pair.checked_against} == {"总计"} and len(pair.checked_against) == 2
    # the change shares the pair's group: its rate is recomputed on 500 − 50
    assert [f.severity for f in _found(_summary("500.00"), _PAIR.format(rate="12.00"), "budget", "AR02")] == ["error"]
    # one side's cell disagrees: NT01 names that side's cell
    found = _found(_summary("480.00"), _PAIR.format(rate="11.11"), "budget", "NT01")
    assert len(found) == 1 and "480.00" in found[0].message


def test_a_qualified_name_ending_in_a_paired_total_is_not_the_total():
    # '其他资金收入预算总计' is no grand total (an alias matched as a suffix gave a false NT03 before)
    a = analysis_from(_summary("500.00"), _PAIR.format(rate="11.11"), 2031)
    a.report.type = "budget"
    other = next(c for c in a.claims if c.subject.startswith("其他资金"))
    # held against the fund's own row since session 13 (tests/test_readings13), never the 总计
    assert (other.status, other.extra["ref_used"].row.label) == ("verified", "二、其他资金收入")
    assert [f for f in run(a, CheckOptions()) if f.check == "NT03"] == []


def test_only_balancing_totals_are_read_side_by_side():
    # 本年收入合计 need not equal 本年支出合计: '本年收入、支出合计 N' is not read as each side's N
    a = analysis_from({}, "一、收支总体情况说明\n本单位2031年度本年收入、支出合计 480.00 万元。\n", 2031)
    assert not any(c.extra.get("each_of") for c in a.claims)
    a = analysis_from({}, "一、收支总体情况说明\n本单位2031年度收入、支出总计 480.00 万元。\n", 2031)
    assert [c.extra.get("each_of") for c in a.claims] == [["收入总计", "支出总计"]]


def test_a_later_sentence_comparing_with_last_years_total_is_no_item_of_the_list():
    # '…因公出国（境）费 0 万元。较2030年度“三公”经费支出 16.08 万元增加 …': last year's total carries the
    # list's head but opens a sentence of its own (no 其中): the list ends before it
    text = _NO_PURCHASE.format(total="22.20", said="无新购车辆").replace(
        "2031年度“三公”经费支出", "2031年度部门决算“三公”经费支出").replace(
        "因公出国（境）费 0 万元。", "因公出国（境）费 0 万元。较2030年度部门决算“三公”经费支出 16.08 万元增加 6.12 万元。")
    found = _found({}, text, code="AR04")
    assert [f.severity for f in found] == ["error"] and "16.08" not in found[0].message
