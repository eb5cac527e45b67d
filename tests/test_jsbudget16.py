"""Budget summary tables (收支预算总表, 财政拨款收支预算总表) summed like the final accounts' ones.

A province's budget prints its 支出 side twice over (功能分类 and 支出用途, each 一、二、…) under one
当年支出小计, a district's prints its grand totals straight under the numbered items; neither total was
held against its items. Every table here is made up: the shape of a real template, other numbers."""
from __future__ import annotations

import pytest

from finder.analysis import analyse
from finder.checks import run as run_checks
from finder.testing import analysis_from

# a province's layout: two lists on the 支出 side, one figure across both on its subtotal rows
_PROVINCE = """收支预算总表
公开表一
部门：某某省样例局\t\t\t\t\t单位：万元
收入\t\t支出\t\t\t
\t\t功能分类\t\t支出用途\t
项目名称\t金额\t功能科目名称\t金额\t项目名称\t金额
一、财政拨款\t500.00\t一、一般公共服务支出\t400.00\t一、基本支出\t300.00
1.一般公共预算\t500.00\t二、社会保障和就业支出\t60.00\t二、项目支出\t190.00
2.政府性基金预算\t\t三、住房保障支出\t50.00\t三、单位预留机动经费\t20.00
二、其他资金\t10.00\t四、其他支出\t\t\t
当年收入小计\t510.00\t当年支出小计\t\t\t510.00
上年结转资金\t\t结转下年资金\t\t\t
收入合计\t510.00\t支出合计\t\t\t510.00

财政拨款收支预算总表
公开表四
部门：某某省样例局\t\t\t单位：万元
收入\t\t支出\t
\t\t支出用途\t
项目名称\t金额\t项目名称\t金额
一、一般公共预算\t480.00\t一、基本支出\t300.00
二、政府性基金预算\t20.00\t二、项目支出\t180.00
\t\t三、单位预留机动经费\t20.00
收入合计\t500.00\t支出合计\t500.00
"""

# a district's layout: grand totals under the items, the 支出 side split by fund
_DISTRICT = """2031年部门财务收支预算总表
部门：某某区样例局\t\t\t单位：元
本年收入\t\t本年支出\t
项目\t预算数\t项目\t预算数
一、财政拨款收入\t4,000,000.00\t一、一般公共服务支出\t3,100,000.00
1. 一般公共预算资金\t4,000,000.00\t二、社会保障和就业支出\t600,000.00
2. 政府性基金\t\t三、住房保障支出\t400,000.00
二、事业收入\t100,000.00\t\t
收入总计\t4,100,000.00\t支出总计\t4,100,000.00

2031年部门财政拨款收支预算总表
部门：某某区样例局\t\t\t\t\t\t单位：元
财政拨款收入\t\t财政拨款支出\t\t\t\t
项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算
一、一般公共预算资金\t3,700,000.00\t一、一般公共服务支出\t3,100,000.00\t3,000,000.00\t100,000.00\t
二、政府性基金\t300,000.00\t二、社会保障和就业支出\t500,000.00\t300,000.00\t200,000.00\t
三、国有资本经营预算\t\t三、住房保障支出\t400,000.00\t400,000.00\t\t
收入总计\t4,000,000.00\t支出总计\t4,000,000.00\t3,700,000.00\t300,000.00\t
"""


def _findings(text: str, tmp_path, name: str = "budget.txt") -> list:
    path = tmp_path / name
    path.write_text("第二部分 部门预算表\n\n" + text, encoding="utf-8")
    return [f for f in analyse([str(path)]).findings if f.check.startswith("TB") and f.severity != "info"]


@pytest.mark.parametrize("text", [_PROVINCE, _DISTRICT])
def test_consistent_budget_summaries_give_no_finding(text, tmp_path):
    assert _findings(text, tmp_path) == []


# name: (layout, printed text, its defective replacement, the check, words the message must hold)
PLANTS = {
    "功能分类 item under one subtotal across both lists": (
        _PROVINCE, "三、住房保障支出\t50.00", "三、住房保障支出\t40.00", "TB03", ["当年支出小计", "三、住房保障支出"]),
    "支出用途 item": (_PROVINCE, "二、项目支出\t190.00\n", "二、项目支出\t180.00\n", "TB03",
                   ["当年支出小计", "二、项目支出"]),
    "grand totals named 收入合计 / 支出合计": (
        _PROVINCE, "支出合计\t\t\t510.00", "支出合计\t\t\t501.00", "TB03", ["收入合计", "501.00"]),
    "fiscal summary's 支出 items": (_PROVINCE, "三、单位预留机动经费\t20.00\n收入合计\t500",
                                  "三、单位预留机动经费\t30.00\n收入合计\t500", "TB03", ["支出合计", "三、单位预留机动经费"]),
    "fiscal summary's 收入 items": (_PROVINCE, "二、政府性基金预算\t20.00\t", "二、政府性基金预算\t25.00\t",
                                  "TB03", ["收入合计", "二、政府性基金预算"]),
    "收入总计 straight under its items": (_DISTRICT, "二、事业收入\t100,000.00", "二、事业收入\t150,000.00",
                                     "TB03", ["收入总计", "二、事业收入"]),
    "支出总计 straight under its items": (_DISTRICT, "三、住房保障支出\t400,000.00\n",
                                     "三、住房保障支出\t450,000.00\n", "TB03", ["支出总计", "三、住房保障支出"]),
    "a fund column's total": (_DISTRICT, "4,000,000.00\t3,700,000.00\t300,000.00",
                              "4,000,000.00\t3,700,000.00\t350,000.00", "TB", ["支出总计", "政府性基金预算"]),
    "a row's 合计 column against its funds": (
        _DISTRICT, "500,000.00\t300,000.00\t200,000.00", "500,000.00\t300,000.00\t250,000.00", "TB",
        ["“二、社会保障和就业支出”行", "合计为 500,000.00"]),
}


@pytest.mark.parametrize("name", PLANTS)
def test_a_wrong_figure_in_a_budget_summary_is_found(name, tmp_path):
    layout, good, bad, check, words = PLANTS[name]
    assert layout.count(good) == 1
    found = _findings(layout.replace(good, bad), tmp_path)
    assert found and all(f.check.startswith(check) for f in found), [(f.check, f.message) for f in found]
    assert any(all(w in f.message for w in words) for f in found), [f.message for f in found]


def _summary(rows: list[str]) -> dict:
    return {"income_expense_summary": {"title": "收支预算总表", "rows": [
        "收入\t\t支出\t", "项目\t预算数\t项目\t预算数", *rows]}}


def _tb(rows: list[str]) -> list:
    return [f for f in run_checks(analysis_from(_summary(rows), "", 2031)) if f.check.startswith("TB")]


def test_rows_that_break_an_item_down_are_not_summands():
    """Project names under 项目支出 and numbered breakdowns (1. / （一）) are parts of the item above."""
    assert _tb(["一、财政拨款收入\t500.00\t一、基本支出\t300.00",
                "（一）一般公共预算\t500.00\t二、项目支出\t200.00",
                "二、其他收入\t\t1.办公用房维修\t120.00",
                "\t\t2.信息系统运维\t80.00",
                "收入总计\t500.00\t支出总计\t500.00"]) == []
    # an unnumbered project name shows no complete list: nothing is read, even a wrong total
    assert _tb(["一、财政拨款收入\t500.00\t一、基本支出\t300.00",
                "二、其他收入\t\t二、项目支出\t200.00",
                "\t\t办公用房维修项目\t120.00",
                "收入总计\t500.00\t支出总计\t500.00",
                ]) == []
    assert _tb(["一、财政拨款收入\t500.00\t一、基本支出\t300.00",
                "二、其他收入\t\t二、项目支出\t200.00",
                "\t\t办公用房维修项目\t120.00",
                "收入总计\t500.00\t支出总计\t600.00"]) != []    # (收入总计 ≠ 支出总计 still holds)


def test_an_unnumbered_row_between_items_and_total_stops_the_sum():
    """收入总计 = items + 上年结转 when the carry-over is printed unnumbered: the items alone are no sum."""
    assert _tb(["一、财政拨款收入\t500.00\t一、一般公共服务支出\t520.00",
                "二、事业收入\t\t二、住房保障支出\t30.00",
                "上年结转\t50.00\t\t",
                "收入总计\t550.00\t支出总计\t550.00"]) == []
    # numbered, it is an item: a wrong total is found
    [f] = _tb(["一、财政拨款收入\t500.00\t一、一般公共服务支出\t520.00",
               "二、事业收入\t\t二、住房保障支出\t30.00",
               "三、上年结转\t40.00\t\t",
               "收入总计\t550.00\t支出总计\t550.00"])
    assert (f.check, f.severity) == ("TB03", "error") and "三、上年结转" in f.message


def test_a_list_numbered_out_of_order_is_not_read():
    """一、三、 (a row lost or misread in between) is no proof of a complete list."""
    assert _tb(["一、财政拨款收入\t500.00\t一、一般公共服务支出\t400.00",
                "三、事业收入\t10.00\t三、住房保障支出\t30.00",
                "收入总计\t550.00\t支出总计\t550.00"]) == []


def test_a_years_total_named_收入合计_is_not_the_grand_total():
    """收入合计 / 支出合计 are the grand totals only as their side's last rows in a table printing no 总计."""
    assert _tb(["一、财政拨款收入\t500.00\t一、基本支出\t450.00",
                "二、事业收入\t\t二、项目支出\t",
                "收入合计\t500.00\t支出合计\t450.00",
                "上年结转\t\t结转下年\t50.00",
                "总计\t500.00\t总计\t500.00"]) == []
    # nor without 总计 rows, when a carry-over follows it
    assert _tb(["一、财政拨款收入\t500.00\t一、基本支出\t450.00",
                "二、事业收入\t\t二、项目支出\t",
                "收入合计\t500.00\t支出合计\t450.00",
                "\t\t结转下年\t50.00"]) == []


def test_a_total_read_through_its_years_subtotal_is_reported_once():
    """A fiscal summary printing 一、本年收入 (its funds below it) and 二、上年结转 has its 收入总计 held
    against those two rows once, not again as a numbered list."""
    rows = ["收入\t\t支出\t", "项目\t预算数\t项目\t预算数",
            "一、本年收入\t300.00\t一、本年支出\t320.00",
            "（一）一般公共预算拨款\t300.00\t（一）一般公共服务支出\t320.00",
            "二、上年结转\t20.00\t二、年终结转结余\t",
            "收入总计\t{t}\t支出总计\t320.00"]
    spec = {"fiscal_summary": {"title": "财政拨款收支预算总表", "rows": [r.format(t="330.00") for r in rows]}}
    found = [f for f in run_checks(analysis_from(spec, "", 2031)) if f.check.startswith("TB")]
    assert [f.message.count("二、上年结转") for f in found if "本年收入" in f.message] == [1]


def test_a_provinces_printed_summary_is_read_as_two_lists():
    """Through the PDF reader: the 支出 side's 功能分类 and 支出用途 lists each add up to 当年支出小计."""
    from pathlib import Path

    from finder.analysis import parse
    from finder.checks.tb.common import RowCells
    from finder.checks.tb.refs import find_row, numbered_items

    pdf = Path(__file__).resolve().parent.parent / "corpora" / "pdfs" / "jiangsu-procuratorate-2018-budget.pdf"
    table = parse([str(pdf)]).table("income_expense_summary")
    total = find_row(table, {"side": "支出", "row": ["当年支出小计"]})
    lists = numbered_items(table, total, RowCells())
    assert [len(items) for items in lists] == [20, 3]
    assert [r.label for r in lists[1]] == ["一、基本支出", "二、项目支出", "三、单位预留机动经费"]
