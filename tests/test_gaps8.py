"""Gaps closed in session 8: changes against the budget held against the budget cell of a table.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import CheckOptions, run
from finder.testing import analysis_from

_THREE = {"three_public": {"title": "2031年度“三公”经费支出决算表", "rows": [
    "项目\t预算数\t决算数",
    "合计\t40.00\t21.50",
    "因公出国（境）费\t10.00\t0",
    "公务接待费\t12.00\t9.50",
    "公务用车购置及运行维护费\t18.00\t12.00",
    "其中：公务用车购置费\t0\t0",
    "公务用车运行维护费\t18.00\t12.00"]}}
_FUNC = {"gpb_expense": {"title": "2031年度一般公共预算财政拨款支出决算表", "rows": [
    "科目编码\t科目名称\t年初预算数\t调整预算数\t决算数",
    "\t合计\t300.00\t320.00\t310.00",
    "201\t一般公共服务支出\t100.00\t110.00\t120.00",
    "205\t教育支出\t200.00\t210.00\t190.00"]}}
_3P = "三、“三公”经费支出情况说明\n"
_GPB = "四、一般公共预算财政拨款支出决算情况说明\n"


def _found(tables, text: str, code: str = "NT04") -> list:
    a = analysis_from(tables, text, 2031)
    return [f for f in run(a, CheckOptions()) if f.check == code]


def test_a_change_on_the_budget_is_held_against_the_budget_cell():
    ok = _3P + "公务接待费支出 9.50 万元，与2031年度预算相比减少 2.50 万元，下降 20.83%。\n"
    assert _found(_THREE, ok) == []
    bad = _found(_THREE, ok.replace("减少 2.50 万元，下降 20.83%", "减少 0.50 万元，下降 5.00%"))
    assert [f.severity for f in bad] == ["error"]
    assert "12.00" in bad[0].message and any(e.table == "three_public" for e in bad[0].evidence)


def test_the_change_claim_is_settled_in_the_ledger():
    a = analysis_from(_THREE, _3P + "公务接待费支出 9.50 万元，与预算相比减少 0.50 万元，下降 5.00%。\n", 2031)
    run(a, CheckOptions())
    change = next(c for c in a.claims if c.kind == "change_abs")
    assert change.status == "contradicted"
    assert any(r.get("check") == "NT04" for r in change.checked_against)


def test_a_rate_alone_on_the_budget_is_recomputed_from_the_cell():
    assert _found(_THREE, _3P + "公务接待费支出 9.50 万元，比预算下降 20.83%。\n") == []
    assert [f.severity for f in _found(_THREE, _3P + "公务接待费支出 9.50 万元，比预算下降 12.50%。\n")] == ["error"]


def test_flat_on_the_budget_needs_the_budget_to_equal_the_actual():
    for said in ("与预算持平", "与2031年度预算相比无变化", "与年初预算相比无增减"):
        text = _3P + f"因公出国（境）费支出 0 万元，{said}。\n"
        found = _found(_THREE, text)
        assert len(found) == 1 and said in found[0].evidence[0].text, said
    # a flat statement about last year, a hedged one, or one whose budget equals the actual, says nothing
    assert _found(_THREE, _3P + "公务接待费支出 9.50 万元，与预算基本持平。\n") == []
    assert _found(_THREE, _3P + "因公出国（境）费支出 0 万元，与上年持平。\n") == []
    five = {"three_public": {**_THREE["three_public"],
                             "rows": [r.replace("10.00\t0", "0\t0") for r in _THREE["three_public"]["rows"]]}}
    assert _found(five, _3P + "因公出国（境）费支出 0 万元，与预算持平。\n") == []


def test_a_column_naming_another_budget_makes_a_warning():
    # the table prints a plain 预算数 while the text says 年初预算: perhaps the adjusted budget
    found = _found(_THREE, _3P + "公务接待费支出 9.50 万元，与年初预算相比减少 1.50 万元。\n")
    assert [f.severity for f in found] == ["warning"] and "未注明" in found[0].message
    a = analysis_from(_THREE, _3P + "公务接待费支出 9.50 万元，与年初预算相比减少 1.50 万元。\n", 2031)
    run(a, CheckOptions())                                   # a warning does not settle the claim
    assert not any(r.get("check") == "NT04" for c in a.claims for r in c.checked_against)


def test_a_functional_table_with_initial_and_adjusted_budgets():
    ok = _GPB + "一般公共服务支出（类）决算 120.00 万元，比年初预算增加 20.00 万元，增长 20.00%。\n"
    assert _found(_FUNC, ok) == []
    assert len(_found(_FUNC, ok.replace("增加 20.00 万元，增长 20.00%", "增加 10.00 万元，增长 9.09%"))) == 1
    # a plain '预算' fits either budget column: 120 − 110 = 10
    assert _found(_FUNC, _GPB + "一般公共服务支出（类）决算 120.00 万元，比预算增加 10.00 万元。\n") == []
    assert len(_found(_FUNC, _GPB + "一般公共服务支出（类）决算 120.00 万元，比预算增加 5.00 万元。\n")) == 1
    assert len(_found(_FUNC, _GPB + "教育支出（类）决算 190.00 万元，比调整预算减少 10.00 万元。\n")) == 1


def test_no_base_is_invented():
    text = _3P + "公务接待费支出 9.50 万元，与预算相比减少 0.50 万元，下降 5.00%。\n"
    assert _found({}, text) == []                           # no table
    only_actual = {"three_public": {"title": "2031年度“三公”经费支出决算表",
                                    "rows": ["项目\t决算数", "合计\t21.50", "公务接待费\t9.50"]}}
    assert _found(only_actual, text) == []                  # no budget column
    # the row's actual is not the stated figure: the row may not be the sentence's
    assert _found(_THREE, text.replace("9.50 万元", "8.50 万元")) == []


# --------------------------------------------------------------- 其中 lists naming a grandchild
_GRAND = (_3P + "2031年度“三公”经费支出 {total} 万元，其中：因公出国（境）费 0 万元，公务用车运行维护费 12.00 万元，"
          "公务接待费 9.50 万元{more}。\n")


def _with_purchase(purchase: str) -> dict:
    rows = list(_THREE["three_public"]["rows"])
    rows[5] = f"其中：公务用车购置费\t0\t{purchase}"
    return {"three_public": {**_THREE["three_public"], "rows": rows}}


def test_a_grandchild_list_is_summed_with_the_left_out_item_from_the_table():
    # 公务用车运行维护费 stands in the list for its parent; the table prints the left-out 购置费 (blank = 0)
    assert _found(_with_purchase(""), _GRAND.format(total="21.50", more=""), "AR04") == []
    found = _found(_with_purchase(""), _GRAND.format(total="25.50", more=""), "AR04")
    assert [f.severity for f in found] == ["error"] and "公务用车购置费" in found[0].message
    # a nonzero purchase in the table is added: 0 + 12 + 9.5 + 4 = 25.5
    assert _found(_with_purchase("4.00"), _GRAND.format(total="25.50", more=""), "AR04") == []


def test_the_row_opened_by_qizhong_is_the_items_row():
    a = analysis_from(_with_purchase("4.00"), _3P + "公务用车购置费 4.00 万元。\n", 2031)
    assert a.claims[0].status == "verified"


def test_a_grandchild_list_stays_unjudged_without_a_table_or_with_other_items():
    assert _found({}, _GRAND.format(total="25.50", more=""), "AR04") == []
    # an item that is no part of the 三公 (会议费): the list is not the decomposition
    assert _found(_with_purchase(""), _GRAND.format(total="25.50", more="，会议费 4.00 万元"), "AR04") == []
    # the left-out item is printed elsewhere in the text: which figure the list means is open
    text = _GRAND.format(total="25.50", more="") + "公务用车购置费 0 万元。\n"
    assert _found(_with_purchase(""), text, "AR04") == []


# --------------------------------------------------------------- '具体情况如下：' after a share list
def test_items_detailed_after_a_share_list_are_parts_of_the_lists_whole():
    text = (_3P + "本单位2031年度“三公”经费支出决算中，因公出国（境）费支出决算 0 万元，占 0%；公务接待费支出决算 6.00 万元，"
            "占 60.00%；公务用车购置及运行维护费支出决算 4.00 万元，占 40.00%。具体情况如下：\n"
            "1.因公出国（境）费支出 0 万元，与上年持平。\n2.公务接待费支出 6.00 万元，比上年减少 1.00 万元。\n"
            "3.公务用车购置及运行维护费支出 4.00 万元。其中，公务用车购置费 0 万元，公务用车运行维护费 4.00 万元。\n")
    items = [c for c in analysis_from({}, text, 2031).claims if c.kind == "amount"][3:]
    assert [c.whole for c in items] == ["three_public"] * 3 + ["vehicle_fee"] * 2


def test_a_bare_qizhong_clause_opens_the_list_of_the_figure_before():
    text = _3P + "公务用车购置及运行维护费支出 4.00 万元。其中，公务用车购置费 1.00 万元，公务用车运行维护费 3.00 万元。\n"
    items = analysis_from({}, text, 2031).claims[1:]
    assert [c.whole for c in items] == ["vehicle_fee", "vehicle_fee"]
    assert items[0].extra.get("whole_head") == "公务用车购置及运行维护费支出"


# --------------------------------------------------------------- subjects of headline and staffing figures
def test_a_comparison_with_the_year_before_is_no_subject():
    text = "一、概况\n2031年部门预算 480 亿元，较上一年增加约 40 亿元，增幅约 9%。\n"
    claims = analysis_from({}, text, 2031).claims
    changes = [c for c in claims if c.kind in ("change_abs", "change_pct")]
    assert changes and all(c.period == "上年" and "上一年" not in c.subject for c in changes)
    assert len({c.extra["group"] for c in claims}) == 1       # the change is the 480's


def test_an_actual_count_after_a_quota_is_no_restated_quota():
    text = "一、机构人员情况\n本院行政编制 17 人，实际 16 人；事业编制 5 人，实有 4 人。\n"
    claims = analysis_from({}, text, 2031).claims
    got = [(c.raw, c.subject, c.concept) for c in claims]
    assert got[1] == ("16 人", "本院行政编制（实有）", None) and got[3] == ("4 人", "事业编制（实有）", None)
    assert claims[0].concept == "staff_by_type" and claims[1].extra["group"] != claims[0].extra["group"]
    # after a list of several quotas, the actual count is no one category's
    listed = analysis_from({}, "一、机构人员情况\n本院行政编制 3 人；事业编制 16 人；工勤编制 1 名；实际 19 人。\n", 2031)
    assert listed.claims[-1].subject == "实有数（合计）"


def test_a_direction_word_naming_a_heading_is_no_direction():
    # '…增长情况' heads the items below; '幼儿园为 X 元' is a level, its change is printed after it
    text = "一、教育经费情况\n一)各级生均经费增长情况\n1幼儿园为3,364.22元,比上年的2,961.34元增加402.88元,增长13.60%。\n"
    claims = analysis_from({}, text, 2031).claims
    assert [c.kind for c in claims] == ["amount", "amount", "change_abs", "change_pct"]
    assert claims[0].period == "本年" and claims[0].direction is None
