"""Lead readings of session 15: parts that add up verify each other in the ledger; a list's head figure is
held to its parts. Made-up sentences only."""
from __future__ import annotations

from finder.checks import CheckOptions, _import_all, registry
from finder.checks.ledger import Settlement, apply
from finder.model import Finding
from finder.testing import analysis_from

PURCHASES = ("八、政府采购支出情况说明\n本部门2024年度政府采购支出总额{t}万元，其中：政府采购货物支出{a}万元、"
             "政府采购工程支出{b}万元、政府采购服务支出{c}万元。\n")
PROJECTS = ("二、项目支出预算情况\n2024年度项目总预算{h}万，其中支持企业发展{a}万，支持商业创新{b}万，"
            "支持外贸发展{c}万，合计{t}万。\n")


def _ar04(text: str):
    _import_all()
    a = analysis_from({}, text)
    out = list(registry.get("AR04").run(a, CheckOptions()))
    apply(a.claims, [s for s in out if isinstance(s, Settlement)])
    return a.claims, [f for f in out if isinstance(f, Finding)]


def test_purchases_that_add_up_are_verified_in_the_ledger_without_a_table():
    claims, findings = _ar04(PURCHASES.format(t="486.32", a="212.50", b="96.00", c="177.82"))
    assert not findings
    assert [(c.status, c.reason) for c in claims] == [("verified", "与所述分项之和一致")] * 4
    assert all(any(r.get("check") == "AR04" for r in c.checked_against) for c in claims)


def test_purchases_that_do_not_add_up_stay_unverifiable_and_are_flagged():
    claims, findings = _ar04(PURCHASES.format(t="486.32", a="212.50", b="96.00", c="171.82"))
    assert [f.severity for f in findings] == ["error"]
    assert all(c.status == "unverifiable" for c in claims)


def test_a_list_head_is_held_to_the_parts_like_its_closing_total():
    claims, findings = _ar04(PROJECTS.format(h="1180.00", a="870.00", b="120.00", c="180.00", t="1170.00"))
    assert [(f.severity, f.claims[0]) for f in findings] == [("warning", claims[0].id)]
    claims, findings = _ar04(PROJECTS.format(h="1170.00", a="870.00", b="120.00", c="180.00", t="1170.00"))
    assert not findings and all(c.status == "verified" for c in claims)


def test_a_claim_verified_by_its_cell_keeps_its_cell_reason():
    # the purchase total in a printed table is verified by the cell; the parts that add up to it are
    # verified by the sum; the total's ledger entry still says nothing but its cell
    tables = {"procurement": {"title": "政府采购支出表", "number": "表9", "rows": [
        "项目\t金额", "合计\t486.32"]}}
    a = analysis_from(tables, PURCHASES.format(t="486.32", a="212.50", b="96.00", c="177.82"))
    _import_all()
    apply(a.claims, [s for s in registry.get("AR04").run(a, CheckOptions()) if isinstance(s, Settlement)])
    assert (a.claims[0].status, a.claims[0].reason) == ("verified", "")
    assert [c.reason for c in a.claims[1:]] == ["与所述分项之和一致"] * 3


def test_a_change_with_no_base_anywhere_says_so():
    # '财政拨款收入增加 A' with no prior-year figure in the text or tables: the ledger names the missing base
    a = analysis_from({}, "一、收入决算情况说明\n与上年相比，财政拨款收入增加1,458.07万元，事业收入减少97.61万元。\n")
    assert {(c.kind, c.status, c.reason) for c in a.claims} == {
        ("change_abs", "unverifiable", "文中与表中均无该项上年数，无法核对变动")}


ORGANS = ("一、部门基本情况\n某某委员会机关设{n}个内设机构，{m}：办公室、综合调研科、市场秩序科（物资储备科）、"
          "产业发展科、企业服务科。\n")


def test_a_count_with_its_noun_before_the_names_is_held_to_them():
    # the counted noun between the count and the names; a bracketed other name is part of its name
    from finder.testing import run_check, run_check_all

    assert [type(x).__name__ for x in run_check_all(ORGANS.format(n=5, m="包括"), "TX08")] == ["Settlement"]
    found = run_check(ORGANS.format(n=6, m="分别为"), "TX08")
    assert [f.severity for f in found] == ["error"] and "6个内设机构" in found[0].message
    assert run_check(ORGANS.format(n=6, m="包括"), "TX08") == []      # after a noun, 包括 may give examples


def test_a_count_agreeing_with_its_names_is_verified_in_the_ledger():
    _import_all()
    a = analysis_from({}, ORGANS.format(n=5, m="分别为"))
    apply(a.claims, [s for s in registry.get("TX08").run(a, CheckOptions()) if isinstance(s, Settlement)])
    assert [(c.value, c.status, c.reason) for c in a.claims if c.kind == "count"] == [
        (5, "verified", "与随后列举的名称个数一致")]


def test_a_message_drops_the_quotes_of_an_empty_row_label():
    # a one-row “三公” table's row has no label: the message names the table and column only
    from finder import messages

    text = messages.msg("NT01", "zh", subject="因公出国（境）费", reported="11.00万元", riv="[10.995, 11.005]",
                        table_title="一般公共预算“三公”经费支出表", row="", column="2031年预算数/因公出国（境）费",
                        cell="10.00", civ="[9.995, 10.005]")
    assert "“”" not in text and "支出表2031年预算数/因公出国（境）费为 10.00" in text


def test_a_class_with_no_table_names_the_tables_of_its_scope_in_the_reports_own_kind():
    # a 功能分类 class of the general budget, in a final-accounts report that prints none of its tables
    # (only a self-evaluation form): the ledger names the final-accounts tables it would be in
    form = {"project_self_eval": {"title": "项目支出绩效自评表", "rows": [
        "项目名称\t某某工作经费", "项目资金 (万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "年度资金总额\t100\t100\t100\t10\t100\t10"]}}
    a = analysis_from(form, "二、一般公共预算财政拨款支出决算情况说明\n一般公共预算财政拨款支出中，教育支出90.00万元。\n")
    reason = next(c.reason for c in a.claims if c.subject.startswith("教育支出"))
    assert reason.startswith("报告未附载有此项的表格（《") and "决算" in reason and "预算表" not in reason.replace(
        "一般公共预算", "")


def test_an_item_the_tables_print_for_another_fund_only_says_so():
    # 人员经费 of all 财政拨款: the standard tables print it for the general budget only
    tables = {"gpb_basic_expense": {"title": "一般公共预算财政拨款基本支出决算表", "rows": [
        "科目编码\t科目名称\t决算数", "\t人员经费合计\t80.00", "\t公用经费合计\t20.00"]}}
    a = analysis_from(tables, "三、财政拨款基本支出决算情况说明\n财政拨款基本支出中，人员经费80.00万元。\n")
    claim = next(c for c in a.claims if c.subject.startswith("人员经费"))
    assert (claim.status, claim.reason) == (
        "unverifiable", "标准表格不列财政拨款的“人员经费”（只列一般公共预算财政拨款的）")


def test_a_part_its_cell_left_borderline_is_not_verified_by_the_sum():
    # 货物 212.50 in the text, 212.49 in the table (one last digit off: a warning, unconfirmed): the
    # parts still add up to the total, but the ledger keeps the cell's doubt
    tables = {"procurement": {"title": "政府采购支出表", "number": "表9", "rows": [
        "项目\t金额", "合计\t486.32", "货物\t212.49"]}}
    a = analysis_from(tables, PURCHASES.format(t="486.32", a="212.50", b="96.00", c="177.82"))
    _import_all()
    apply(a.claims, [s for s in registry.get("AR04").run(a, CheckOptions()) if isinstance(s, Settlement)])
    goods = next(c for c in a.claims if "货物" in c.subject)
    assert goods.status == "unverifiable" and "末位" in goods.reason
    assert [c.reason for c in a.claims if "工程" in c.subject or "服务" in c.subject] == ["与所述分项之和一致"] * 2
