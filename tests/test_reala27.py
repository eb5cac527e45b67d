"""Shapes met in real final accounts of regions finder had not been judged on (session 27): a completion rate whose
budget word carries an abbreviation note ('为调整预算（以下简称“预算”）的 P%'), a total named 总收入 / 总支出 closing
the items it adds ('…，加上 B、C、D，全市总收入 T'), a change figure among such items leaving the list unread, and a
list of names cut off by the end of the text (a page saved in part). Made-up text of the same shapes."""
from __future__ import annotations

from finder.testing import file_analysis as _analyse


def _revenue(tax: str) -> str:
    return ("某市2031年市级财政决算的报告\n"
            "(一)一般公共预算收支决算情况\n"
            "全市地方一般公共预算收入50.20亿元,比上年增长(以下简称“增长”)3.1%,为调整预算(以下简称“预算”)的"
            f"98.6%。其中税收收入{tax}亿元,下降2.0%;非税收入18.10亿元,增长9.5%。\n")


def test_an_abbreviation_note_after_the_budget_word_keeps_the_completion_rate(tmp_path):
    a = _analyse(tmp_path, _revenue("32.10"))
    rate = [c for c in a.claims if c.raw.startswith("98.6")]
    assert rate and rate[0].kind == "completion" and rate[0].period == "全年预算", \
        [(c.kind, c.period, c.subject) for c in rate]
    # the 其中 list under the revenue is read: parts that add up are verified …
    parts = [c for c in a.claims if c.subject in ("税收收入", "非税收入") and c.kind == "amount"]
    assert parts and all(c.status == "verified" for c in parts), [(c.raw, c.status) for c in parts]
    # … and parts that do not are flagged
    bad = _analyse(tmp_path, _revenue("33.10"))
    assert [f for f in bad.findings if f.check == "AR04"], [f.message for f in bad.findings]


def _balance(moved: str, fund: str = "12,345") -> str:
    return ("某市2031年财政决算的报告\n"
            "一、2031年全市财政决算情况\n"
            "(一)全市一般公共预算收支决算情况\n"
            "全市地方一般公共预算收入500,000万元,完成预算的96.0%,加上上级补助收入300,000万元、债务转贷收入"
            "100,000万元、调入资金20,000万元,全市地方一般公共预算总收入920,000万元。\n"
            f"全市地方一般公共预算支出800,000万元,加上上解上级支出50,000万元,调出资金{moved}{fund}万元,"
            "按规定安排预算稳定调节基金57,655万元,全市地方一般公共预算总支出920,000万元。\n")


def test_a_total_named_zong_shouru_adds_the_items_before_it(tmp_path):
    a = _analyse(tmp_path, _balance(""))
    totals = [c for c in a.claims if c.subject.endswith(("总收入", "总支出"))]
    assert len(totals) == 2 and all(c.status == "verified" for c in totals), [(c.raw, c.status) for c in totals]
    text = _balance("").replace("总收入920,000", "总收入930,000")
    found = [f for f in _analyse(tmp_path, text).findings if f.check == "AR04"]
    assert found and found[0].severity == "warning", [f.message for f in found]


def test_a_change_figure_among_the_added_items_leaves_the_total_unread(tmp_path):
    # '调出资金增加 B 万元' is read as a change: without it the items fall short of the total, which says nothing
    a = _analyse(tmp_path, _balance("增加"))
    assert not [f for f in a.findings if f.check == "AR04"], [f.message for f in a.findings]
    out = [c for c in a.claims if c.subject.endswith("总支出")]
    assert out and out[0].status != "verified"
    # the income sentence beside it, with no change among its items, is still read
    assert [c for c in a.claims if c.subject.endswith("总收入") and c.status == "verified"]


_UNITS = ("第一部分 部门概况\n"
          "一、部门决算单位构成\n"
          "纳入某某局2031年度部门决算编制范围的有5家独立核算单位,其中1家行政单位;4家事业单位分别为:"
          "某某研究所、某某服务中心、某某监")


def test_a_list_cut_off_by_the_end_of_the_text_is_not_counted(tmp_path):
    a = _analyse(tmp_path, _UNITS)
    assert not [f for f in a.findings if f.check == "TX08"], [f.message for f in a.findings]
    # the same list closed in its sentence is counted: three names for four is an error
    closed = _UNITS.replace("、某某监", "、某某监测站。\n第二部分 部门决算表")
    found = [f for f in _analyse(tmp_path, closed).findings if f.check == "TX08"]
    assert found and found[0].severity == "error", [f.message for f in found]


def _offset(balance: str) -> str:
    return ("某市2031年财政决算的报告\n"
            "(二)全市政府性基金收支决算情况\n"
            "全市政府性基金收入80,000万元,完成预算的90.0%,加上上级补助收入12,000万元、调入资金3,000万元,"
            "全市政府性基金总收入95,000万元。\n"
            "全市政府性基金支出70,000万元,加上调出资金5,000万元,全市政府性基金总支出75,000万元。\n"
            f"收支相抵后,政府性基金结余{balance}万元。\n")


def test_a_balance_after_shouzhi_xiangdi_is_total_income_less_total_expense(tmp_path):
    a = _analyse(tmp_path, _offset("20,000"))
    bal = [c for c in a.claims if c.subject.endswith("结余") and c.raw.startswith("20,000")]
    assert bal and bal[0].status == "verified", [(c.subject, c.status) for c in a.claims]
    found = [f for f in _analyse(tmp_path, _offset("21,000")).findings if f.check == "AR05"]
    assert found and found[0].severity == "error", [f.message for f in found]


def test_a_departments_grand_totals_are_no_operands_of_the_balance(tmp_path):
    # 收入总计 and 支出总计 of a department's accounts both hold the carry-overs: their difference is no balance
    text = ("第三部分 2031年度部门决算情况说明\n"
            "一、收入支出决算总体情况说明\n"
            "2031年度收入总计500.00万元,支出总计500.00万元。收支相抵,年末结转和结余30.00万元。\n")
    a = _analyse(tmp_path, text)
    assert not [f for f in a.findings if f.check == "AR05"], [f.message for f in a.findings]
    assert all(c.status != "verified" for c in a.claims if c.raw.startswith("30.00"))
    # nor is a '总收入' printed alone: it may be the year's income, the opening carry-over apart (470 + 30 ≠ 500 − 0)
    alone = text.replace("收入总计500.00", "总收入500.00").replace("支出总计500.00", "总支出470.00") \
        .replace("30.00", "60.00")
    assert not [f for f in _analyse(tmp_path, alone).findings if f.check == "AR05"]
    # closing sentences that add items, as a government's balance is stated, the same figures are read
    added = ("第三部分 2031年度部门决算情况说明\n"
             "一、收入支出决算总体情况说明\n"
             "2031年度收入400.00万元,加上上年结转100.00万元,总收入500.00万元。支出450.00万元,加上上解支出20.00万元,"
             "总支出470.00万元。收支相抵,年终结余结转30.00万元。\n")
    bal = [c for c in _analyse(tmp_path, added).claims if c.raw.startswith("30.00")]
    assert bal and bal[0].status == "verified", [(c.subject, c.status) for c in bal]
    found = [f for f in _analyse(tmp_path, added.replace("30.00", "60.00")).findings if f.check == "AR05"]
    assert found, "a balance that is not the difference is flagged"
