"""Shapes of defects a peer checker's team annotated in real final accounts: are they caught?

Every sentence and table here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import CheckOptions, run
from finder.testing import analysis_from

_FUND = {"gov_fund": {"title": "2031年度政府性基金预算财政拨款收入支出决算表", "rows": [
    "项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余",
    "科目编码\t科目名称\t\t\t小计\t基本支出\t项目支出\t",
    "\t合计\t6.00\t88.00\t90.00\t0\t90.00\t4.00",
    "212\t城乡社区支出\t6.00\t88.00\t90.00\t0\t90.00\t4.00",
    "21208\t国有土地使用权出让收入安排的支出\t6.00\t88.00\t90.00\t0\t90.00\t4.00",
    "2120899\t其他国有土地使用权出让收入安排的支出\t6.00\t88.00\t90.00\t0\t90.00\t4.00"]}}
_FUND_TEXT = ("八、政府性基金预算财政拨款收入支出决算情况说明\n本年政府性基金预算财政拨款支出 90.00 万元。"
              "支出具体情况如下：城乡社区支出（类）国有土地使用权出让收入安排的支出（款）"
              "其他国有土地使用权出让收入安排的支出（项）{v} 万元，主要用于旧区改造。年初预算为 0.00 万元，支出决算为 {v} 万元。\n")


def _found(tables, text: str, code: str | None = None) -> list:
    a = analysis_from(tables, text, 2031)
    a.report.type = "final"
    return [f for f in run(a, CheckOptions()) if code is None or f.check == code]


def test_a_fund_item_is_held_against_the_years_spending_not_the_opening_balance():
    # the fund table opens with 年初结转和结余 and 本年收入: neither is the item's spending
    assert _found(_FUND, _FUND_TEXT.format(v="90.00"), "NT01") == []
    bad = _found(_FUND, _FUND_TEXT.format(v="120.00"), "NT01")
    assert bad and {f.severity for f in bad} == {"error"}
    refs = [e for f in bad for e in f.evidence if e.role == "reference"]
    assert refs and all(e.column and "本年支出" in e.column for e in refs) and all(e.text == "90.00" for e in refs)


def test_a_fund_table_without_a_spending_heading_reads_the_rows_first_amount():
    budget = {"gov_fund": {"title": "2031年政府性基金预算支出功能分类预算表", "rows": [
        "科目编码\t科目名称\t合计\t基本支出\t项目支出",
        "\t合计\t90.00\t0\t90.00",
        "212\t城乡社区支出\t90.00\t0\t90.00",
        "21208\t国有土地使用权出让收入安排的支出\t90.00\t0\t90.00",
        "2120899\t其他国有土地使用权出让收入安排的支出\t90.00\t0\t90.00"]}}
    text = ("八、政府性基金预算支出情况说明\n城乡社区支出（类）国有土地使用权出让收入安排的支出（款）"
            "其他国有土地使用权出让收入安排的支出（项）{v} 万元，主要用于旧区改造。\n")
    assert _found(budget, text.format(v="90.00"), "NT01") == []
    assert [f.severity for f in _found(budget, text.format(v="120.00"), "NT01")] == ["error"]


# ---------------------------------------------------------------- shapes caught before: guards
_ECON_3P = {
    "gpb_basic_expense": {"title": "2031年度一般公共预算财政拨款基本支出决算表", "rows": [
        "科目编码\t科目名称\t决算数",
        "302\t商品和服务支出\t120.00",
        "30201\t办公费\t87.38",
        "30212\t因公出国（境）费用\t6.40",
        "30217\t公务接待费\t4.17",
        "30231\t公务用车运行维护费\t22.05"]},
    "three_public": {"title": "2031年度财政拨款“三公”经费支出决算表", "rows": [
        "项目\t预算数\t决算数",
        "合计\t30.00\t{total}",
        "因公出国（境）费\t8.00\t{abroad}",
        "公务用车购置及运行维护费\t18.00\t{car}",
        "其中：公务用车购置费\t0\t0",
        "公务用车运行维护费\t18.00\t{car}",
        "公务接待费\t4.00\t{rec}"]}}


def _econ_3p(**v):
    t = {k: dict(s) for k, s in _ECON_3P.items()}
    t["three_public"]["rows"] = [r.format(**v) for r in _ECON_3P["three_public"]["rows"]]
    return t


def test_a_basic_spending_item_above_the_three_public_total_of_that_item():
    bad = _found(_econ_3p(total="12.46", abroad="0", car="12.26", rec="0.20"), "一、部门概况\n", "TB04")
    assert sorted(f.severity for f in bad) == ["error"] * 3
    # the 三公 figure covers project spending too: basic spending below it is no finding
    assert _found(_econ_3p(total="34.62", abroad="6.40", car="22.05", rec="6.17"), "一、部门概况\n", "TB04") == []


def test_an_economic_detail_row_equal_to_its_class_breaks_the_class_sum():
    econ = {"gpb_basic_expense": {"title": "2031年度一般公共预算财政拨款基本支出决算表", "rows": [
        "科目编码\t科目名称\t决算数",
        "302\t商品和服务支出\t{c}",
        "30201\t办公费\t400.00",
        "30205\t水费\t12.40",
        "30299\t其他商品和服务支出\t912.40"]}}
    econ["gpb_basic_expense"]["rows"] = [r.format(c="912.40") for r in econ["gpb_basic_expense"]["rows"]]
    assert [f.severity for f in _found(econ, "一、部门概况\n", "TB01")] == ["error"]
    econ["gpb_basic_expense"]["rows"][1] = "302\t商品和服务支出\t1324.80"
    assert _found(econ, "一、部门概况\n", "TB01") == []


_PENSION = {"gpb_expense": {"title": "2031年度一般公共预算财政拨款支出决算表", "rows": [
    "科目编码\t科目名称\t年初预算数\t决算数",
    "\t合计\t150.20\t146.35",
    "208\t社会保障和就业支出\t150.20\t146.35",
    "20805\t行政事业单位养老支出\t150.20\t146.35",
    "2080506\t机关事业单位职业年金缴费支出\t150.20\t146.35"]}}
_PENSION_TEXT = ("五、一般公共预算财政拨款支出决算情况说明\n7.社会保障和就业支出（类）行政事业单位养老支出（款）"
                 "机关事业单位职业年金缴费支出（项）146.35 万元，主要用于：缴纳职业年金。"
                 "年初预算为 150.20 万元，支出决算为 {v} 万元，完成年初预算的 97.44%。\n")


def test_an_items_actual_restated_differently_in_its_own_entry():
    assert _found(_PENSION, _PENSION_TEXT.format(v="146.35"), "NT01") == []
    assert [f.severity for f in _found(_PENSION, _PENSION_TEXT.format(v="133.81"), "NT01")] == ["error"]
    # one last digit apart: a warning that says so, not an error
    found = _found(_PENSION, _PENSION_TEXT.format(v="146.36"), "NT01")
    assert [f.severity for f in found] == ["warning"] and "末位" in found[0].message


def test_a_rate_copied_from_the_total_onto_an_item():
    head = "七、财政拨款“三公”经费支出决算情况说明\n"
    bad = _found({}, head + "2.公务用车购置及运行维护费支出 27.44 万元，比2030年度减少 4.87 万元，下降 14.85%。\n", "AR02")
    assert [f.severity for f in bad] == ["error"]
    assert _found({}, head + "2.公务用车购置及运行维护费支出 27.44 万元，比2030年度减少 4.87 万元，下降 15.07%。\n",
                  "AR02") == []


def test_growth_from_a_zero_base_is_a_note_not_an_error():
    head = "七、财政拨款“三公”经费支出决算情况说明\n"
    found = _found({}, head + "公务接待费支出决算为 0.6 万元。公务接待费支出决算比2030年度增加 0.6 万元，增长 100%。\n", "AR02")
    assert [f.severity for f in found] == ["info"] and "无定义" in found[0].message


def test_an_items_actual_restated_in_its_own_entry_without_a_table():
    # the entry opens with the item's figure; '支出决算为' later in the entry restates it
    assert _found({}, _PENSION_TEXT.format(v="146.35"), "NT03") == []
    bad = _found({}, _PENSION_TEXT.format(v="133.81"), "NT03")
    assert [f.severity for f in bad] == ["error"] and "146.35" in bad[0].message and "133.81" in bad[0].message
    near = _found({}, _PENSION_TEXT.format(v="146.36"), "NT03")
    assert [f.severity for f in near] == ["warning"]


def test_a_part_of_the_entry_is_not_a_restatement_of_its_head():
    head = ("五、一般公共预算财政拨款支出决算情况说明\n7.社会保障和就业支出（类）行政事业单位养老支出（款）"
            "机关事业单位职业年金缴费支出（项）146.35 万元，")
    # what the money was used for, listed after the head in its sentence (an error before)
    for tail in ("主要用于：支付养老金 80.00 万元。", "主要用于：单位缴费 80.00 万元，个人部分 66.35 万元。",
                 "其中：单位缴费部分 80.00 万元。"):
        assert _found({}, head + tail + "\n", "NT03") == [], tail
    # the budget and actual of a part ('其中：…年初预算为 B，决算为 A') are not the entry's
    part = head + "主要用于缴纳职业年金。其中：单位缴费部分年初预算为 90.00 万元，决算为 80.00 万元。\n"
    assert _found({}, part, "NT03") == []
    # the budget of the entry is no restatement of its actual
    assert _found({}, _PENSION_TEXT.format(v="146.35").replace("年初预算为 150.20", "年初预算为 146.90"), "NT03") == []


def test_a_share_printed_without_its_percent_sign():
    head = "（二）一般公共预算财政拨款支出决算结构情况\n"
    text = (head + "一般公共预算财政拨款支出 8000.00 万元，主要用于以下方面：一般公共服务支出（类）2000.00 万元，"
            "占 25.00%；城乡社区支出（类）5200.00 万元，占 {v};住房保障支出（类）800.00 万元，占 10.00%。\n")
    found = _found({}, text.format(v="65.00"), "TX01")
    assert [f.severity for f in found] == ["info"] and "65.00" in found[0].message and "百分号" in found[0].message
    assert _found({}, text.format(v="65.00%"), "TX01") == []
    # no other share of the sentence prints a sign: what the figure is cannot be told
    assert _found({}, head + "城乡社区支出（类）5200.00 万元，占 65.00，较上年增加。\n", "TX01") == []
    # an amount or an area after 占, and figures of a table run together, are no share
    assert _found({}, head + "项目占用资金 76.23 万元，占 9.50%；占地 76.23 平方米，占 3.10%。\n", "TX01") == []
    assert _found({}, head + "城乡社区支出（类）占 60.99 2.07% 445.69；15.16%。\n", "TX01") == []


def test_a_completion_rate_against_a_zero_budget_is_a_note():
    head = "五、一般公共预算财政拨款支出决算情况说明\n2.其他社会保障和就业支出（项）年初预算为 {b} 万元，支出决算为 {a} 万元"
    found = _found({}, head.format(b="0", a="412.30") + "，完成年初预算的 96.12%。\n", "AR03")
    assert [f.severity for f in found] == ["info"] and "无定义" in found[0].message and "96.12" in found[0].message
    # no rate stated, or nothing spent: nothing to say; a budget that is not 0 is recomputed as ever
    assert _found({}, head.format(b="0", a="412.30") + "，决算数大于预算数的主要原因是新增项目。\n", "AR03") == []
    assert _found({}, head.format(b="0", a="0") + "，完成年初预算的 0%。\n", "AR03") == []
    assert _found({}, head.format(b="428.80", a="412.30") + "，完成年初预算的 96.15%。\n", "AR03") == []


def test_a_table_total_below_one_of_its_classes():
    table = {"gpb_expense": {"title": "2031年度一般公共预算财政拨款支出决算表", "rows": [
        "科目编码\t科目名称\t决算数",
        "\t合计\t{t}",
        "201\t一般公共服务支出\t9120.44",
        "207\t文化旅游体育与传媒支出\t350.60"]}}
    table["gpb_expense"]["rows"][1] = "\t合计\t850.31"
    assert [f.severity for f in _found(table, "一、部门概况\n", "TB02")] == ["error"]
    table["gpb_expense"]["rows"][1] = "\t合计\t9471.04"
    assert _found(table, "一、部门概况\n", "TB02") == []


def test_performance_funds_may_differ_from_project_spending():
    expense = {"expense": {"title": "2031年度支出决算表", "rows": [
        "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
        "\t合计\t3000.00\t1632.24\t1367.76"]}}
    text = ("三、支出决算情况说明\n2031年度支出合计 3000.00 万元，其中：基本支出 1632.24 万元，项目支出 1367.76 万元。\n"
            "四、预算绩效管理情况说明\n本部门对2031年度一般公共预算项目支出开展绩效自评，共涉及项目 12 个，资金 1354.13 万元。\n")
    assert [f for f in _found(expense, text) if f.severity in ("error", "warning")] == []
