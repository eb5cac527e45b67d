"""Readings the filled national template (corpora/synthetic/national_filled.txt) showed wrong.

Every sentence and table here is made up: the shape of the template's wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.ingest import load
from finder.ingest.text import _caption_row
from finder.testing import analysis_from


def test_a_tab_caption_row_describes_the_table_below(tmp_path):
    """'部门：…\\t2031年度\\t单位：万元' (a spreadsheet export's caption on one row) was the table's first
    header row: every column was named by it and no figure could be found."""
    rows = ["一般公共预算财政拨款支出决算表", "", "部门：示例局\t2031年度\t单位：万元", "",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出", "201\t一般公共服务支出\t30.00\t20.00\t10.00",
            "\t合计\t30.00\t20.00\t10.00"]
    path = tmp_path / "r.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    [t] = load(str(path)).tables
    assert (t.id, t.unit) == ("gpb_expense", "万元")
    assert [c.column[-1] for c in t.rows[0].cells][-3:] == ["合计", "基本支出", "项目支出"]
    # a row naming neither the department nor the unit, or holding another cell, is a table row
    assert _caption_row(["部门：示例局", "2031年度", "单位：万元", ""]) and _caption_row(["", "公开05表", "单位：万元"])
    assert not _caption_row(["2030年度", "2031年度"]) and not _caption_row(["项目", "单位：万元"])


_FUND = {"gov_fund": {"title": "政府性基金预算财政拨款收入支出决算表", "number": "公开08表", "rows": [
    "项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余",
    "功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出\t",
    "合计\t\t\t{income}\t40.00\t\t40.00\t{end}"]}}


def _fund(income: str, end: str) -> dict:
    spec = dict(_FUND["gov_fund"])
    spec["rows"] = [r.format(income=income, end=end) for r in spec["rows"]]
    return {"gov_fund": spec}


def test_a_fund_tables_closing_balance_subtracts_its_spending_under_either_name():
    """The national template heads the spending 本年支出 / 合计 (not 小计): the subtrahend was not
    found, the closing balance was held to be at least opening + income, and a right table got a
    TB02 error on every row."""
    a = analysis_from(_fund("50.00", "10.00"), "", 2031)
    assert not [f for f in run_checks(a) if f.check == "TB02"]
    a = analysis_from(_fund("50.00", "12.00"), "", 2031)
    [f] = [f for f in run_checks(a) if f.check == "TB02"]
    assert "12.00" in f.message and f.severity == "error"


_THREE = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "公开07表", "rows": [
    "财政拨款“三公”经费" + "\t" * 11,
    "合计\t\t因公出国（境）费\t\t公务用车购置及运行维护费\t\t\t\t\t\t公务接待费\t",
    "\t\t\t\t小计\t\t公务用车购置费\t\t公务用车运行维护费\t\t\t",
    "\t".join(["预算数", "决算数"] * 6),
    "20.00\t{total}\t5.00\t4.00\t12.00\t11.00\t8.00\t8.00\t4.00\t3.00\t3.00\t2.00"]}}


def _three(total: str) -> dict:
    spec = dict(_THREE["three_public"])
    spec["rows"] = [r.format(total=total) for r in spec["rows"]]
    return {"three_public": spec}


def test_a_one_row_three_public_table_adds_its_column_pairs():
    """The template prints the “三公” table as one row of 预算数/决算数 pairs: its 合计 was never held
    against 出国 + 车辆小计 + 接待."""
    a = analysis_from(_three("17.00"), "", 2031)
    assert not [f for f in run_checks(a) if f.check == "TB02"]
    a = analysis_from(_three("18.00"), "", 2031)
    [f] = [f for f in run_checks(a) if f.check == "TB02"]
    assert "18.00" in f.message and "“”" not in f.message      # the row has no name to quote


def test_the_parts_changes_in_a_sentence_of_their_own_are_recomputed():
    """'“三公”经费…比上年增加 A 万元，增长 P%，其中：公务接待费增加 a 万元，增长 p%' after a sentence giving
    each part's figure: only the first change was recomputed, so a part's flipped direction passed.
    The figure before, a part of the total ('其中：公务接待费支出决算为 x'), is that part's own."""
    text = ("七、“三公”经费支出决算情况说明\n“三公”经费财政拨款支出决算为17.00 万元，其中：因公出国（境）费决算为4.00 万元；"
            "公务接待费支出决算为2.00 万元。\n\n2031年度“三公”经费财政拨款支出决算数比2030年度增加1.00 万元，增长6.25%，"
            "其中：因公出国（境）费支出决算增加0.50 万元，增长14.29%；公务接待费支出决算{way}0.50 万元，{rate}20.00%。\n")
    a = analysis_from({}, text.format(way="减少", rate="下降"), 2031)
    assert not [f for f in run_checks(a) if f.check == "AR02"]
    a = analysis_from({}, text.format(way="增加", rate="增长"), 2031)
    [f] = [f for f in run_checks(a) if f.check == "AR02"]
    assert "公务接待费" in f.message and "增加0.50" in f.evidence[0].text


def test_the_change_is_read_on_the_latest_figure_before_it_not_on_an_early_one():
    """The figure before a change is the last one of its concept: '年初预算为 X 万元，支出决算为 Y 万元'
    then '决算数比上年增加 A': the comparison of offsets across paragraphs took X (a false AR02)."""
    text = ("七、“三公”经费支出决算情况说明\n\n“三公”经费财政拨款支出年初预算为20.00 万元，支出决算为17.00 万元，"
            "完成预算的85.00%，其中：因公出国（境）费决算为4.00 万元，完成预算的80.00%；公务接待费支出决算为2.00 万元，"
            "完成预算的66.67%。2031年度“三公”经费支出决算数小于预算数的主要原因：压减接待批次。\n\n"
            "2031年度“三公”经费财政拨款支出决算数比2030年度增加1.00 万元，增长6.25%。\n")
    a = analysis_from({}, text, 2031)
    assert not [f for f in run_checks(a) if f.check == "AR02"]


_BASIC = {"gpb_basic_expense": {"title": "一般公共预算财政拨款基本支出决算表", "number": "公开06表", "rows": [
    "经济分类科目编码\t科目名称\t决算数\t经济分类科目编码\t科目名称\t决算数",
    "301\t工资福利支出\t80.00\t302\t商品和服务支出\t20.00",
    "人员经费合计\t\t80.00\t公用经费合计\t\t20.00"]}}


def test_running_costs_below_the_public_funds_are_not_a_mismatch():
    """机关运行经费 is the administrative units' part of the 公用经费: a department with 事业单位
    prints less of it than the table's 公用经费合计 (a false NT01 warning). Above it, it is still one."""
    text = "（一）机关运行经费支出情况\n机关运行经费支出{x} 万元。\n"
    a = analysis_from(_BASIC, text.format(x="16.00"), 2031)
    [c] = a.claims
    assert c.status == "unverifiable" and "公用经费合计" in c.reason
    assert not [f for f in run_checks(a) if f.check == "NT01"]
    a = analysis_from(_BASIC, text.format(x="20.00"), 2031)
    assert a.claims[0].status == "verified"
    a = analysis_from(_BASIC, text.format(x="24.00"), 2031)
    assert [f.check for f in run_checks(a) if f.severity != "info"] == ["NT01"]


def test_the_small_firms_reserve_is_its_own_figure_not_the_procurement_budget():
    """'面向小微企业预留政府采购项目预算金额 b 万元' (the template's wording) was read as the 政府采购 total's
    budget (the alias 政府采购项目预算 inside it), a figure a procurement table would contradict."""
    a = analysis_from({}, "（二）政府采购支出情况\n2031年度本部门面向中小企业预留政府采购项目预算金额80.00 万元，"
                          "面向小微企业预留政府采购项目预算金额50.00 万元。\n", 2031)
    assert [(c.concept, c.period) for c in a.claims] == [("sme_reserved", "本年"), ("small_micro_reserved", "本年")]


def test_a_parts_completion_rate_is_measured_on_the_tables_budget_beside_its_actual():
    """'因公出国（境）费决算为 a 万元，完成预算的 P%' prints no budget: the rate was '缺少决算数或预算数' although
    the table prints the part's 预算数 beside its 决算数."""
    text = "七、“三公”经费支出决算情况说明\n\n因公出国（境）费决算为4.00 万元，完成预算的{p}%。\n"
    a = analysis_from(_three("17.00"), text.format(p="80.00"), 2031)
    [comp] = [c for c in a.claims if c.kind == "completion"]
    assert comp.status == "verified" and comp.checked_against[0]["text"] == "5.00"
    a = analysis_from(_three("17.00"), text.format(p="90.00"), 2031)
    [f] = [f for f in run_checks(a) if f.check == "AR03"]
    assert f.severity == "error" and "5.00" in f.message and "90.00" in f.message
    # a table printing two budgets beside the actual names neither for a bare 预算
    two = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "公开09表", "rows": [
        "项目\t年初预算数\t全年预算数\t决算数", "1.因公出国（境）费\t5.00\t4.50\t4.00"]}}
    a = analysis_from(two, text.format(p="90.00"), 2031)
    assert not [f for f in run_checks(a) if f.check == "AR03"]
