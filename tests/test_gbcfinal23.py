"""Plain text exports of district final accounts (pdfplumber extract_text), read right: the fund table printed
under wrapped headings, blank cells left out. Every table and sentence here is made up: the shape of such an
export, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest import text

# 政府性基金预算财政拨款收入支出决算表 as the export prints it: heading pieces in no column order of their own,
# the 合计 row on the line of the 本年支出 members' headings, code name values per row (blank cells left out),
# a long name wrapped around its line of figures
_FUND_HEAD = ["政府性基金预算财政拨款收入支出决算表", "单位：万元", "项目", "年初结转和 年末结转和", "本年收入 本年支出",
              "功能分类", "结余 结余", "科目名称", "科目编码", "合计 70.00 合计 基本支出 项目支出"]
_FUND_ROWS = ["229 其他支出 70.00 70.00 70.00",
              "彩票公益金安排的支",
              "22960 70.00 70.00 70.00",
              "出",
              "2296002 用于社会福利的彩票公益金支出 70.00 70.00 70.00"]
_FUND_NOTE = "注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。"
_FUND_PROSE = ("八、政府性基金预算财政拨款收入支出决算情况说明\n"
               "政府性基金预算财政拨款收入70.00万元，支出具体情况如下：\n"
               "其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）{v}万元，"
               "主要用于社区养老设施。年初预算为0.00万元，支出决算为{v}万元。\n")


def _report(rows: list[str], prose: str = ""):
    return text.from_text("\n".join(["甲区乙街道2031年度部门决算", *rows, prose]) + "\n")


def _fund(rows: list[str]):
    [t] = [t for t in _report([*_FUND_HEAD, *rows, _FUND_NOTE]).tables if t.id == "gov_fund"]
    return {r.label: {"/".join(p for p in col if p): c.raw for col, c in zip(t.columns, r.cells) if c.kind != "text"}
            for r in t.rows}


def test_a_fund_table_under_wrapped_headings_reads_the_spending_its_sums_fix():
    """Three values under six columns: 本年支出 合计 is 70.00 under every placement the sums allow (合计 = 基本 + 项目,
    年末 = 年初 + 收入 − 支出), while 年初结转和结余 | 本年收入 and 基本支出 | 项目支出 are not known; the table stayed
    text, so a fund item's spending had no cell."""
    got = _fund(_FUND_ROWS)
    assert got["其他支出"]["本年支出/合计"] == "70.00"
    assert got["彩票公益金安排的支出"]["本年支出/合计"] == "70.00"
    assert got["用于社会福利的彩票公益金支出"]["本年支出/合计"] == "70.00"
    assert not any("基本支出" in k or "项目支出" in k or "本年收入" in k or "年初" in k
                   for cells in got.values() for k in cells)


def test_values_the_balance_never_fits_leave_the_fund_table_unread():
    """A row whose figures no placement balances (年末 5.00 out of nothing) has no reading: nothing is read."""
    assert _fund(_FUND_ROWS)["用于社会福利的彩票公益金支出"]["本年支出/合计"] == "70.00"
    rows = [*_FUND_ROWS[:-1], "2296002 用于社会福利的彩票公益金支出 70.00 70.00 5.00 70.00"]
    assert not [t for t in _report([*_FUND_HEAD, *rows, _FUND_NOTE]).tables if t.id == "gov_fund"]


def test_a_fund_item_is_held_to_the_read_fund_table():
    """'…（项）90.00万元' where the fund table prints 70.00 for the 项: a contradiction (it had no cell)."""
    rows = [*_FUND_HEAD, *_FUND_ROWS, _FUND_NOTE]
    a = analyse_report(_report(rows, _FUND_PROSE.format(v="70.00")))
    assert {c.status for c in a.claims if c.raw.startswith("70.00") and "（项）" in c.subject} == {"verified"}
    a = analyse_report(_report(rows, _FUND_PROSE.format(v="90.00")))
    assert {c.status for c in a.claims if c.raw.startswith("90.00")} == {"contradicted"}
    assert any(f.check == "NT01" and "90.00" in f.message for f in a.findings)


# 功能分类 entries printed one after another without numbers, each opening with its quoted path
_ENTRIES = ("（三）一般公共预算财政拨款支出决算具体情况\n"
            "“住房保障支出（类）住房改革支出（款）住房公积金（项）”64.20 万元，主要用于：缴纳在职人员住房公积金。"
            "年初预算为 70.00 万元，支出决算为 64.20 万元，完成年初预算的 91.71%。"
            "“住房保障支出（类）住房改革支出（款）购房补贴（项）”38.50 万元，主要用于：发放购房补贴。"
            "年初预算为 40.00 万元，支出决算为 {v} 万元，完成年初预算的 96.25%。\n")


def test_an_unnumbered_entry_is_no_part_of_the_entry_before_it():
    """The second entry's '（项）”38.50 万元' was read as a part of the first entry's '主要用于：' list (no number
    opened it), so its own actual printed differently ('支出决算为 36.80') was never held to it."""
    a = analyse_report(_report([], _ENTRIES.format(v="36.80")))
    f = [f for f in a.findings if f.check == "NT03"]
    assert len(f) == 1 and "38.50" in f[0].message and "36.80" in f[0].message
    a = analyse_report(_report([], _ENTRIES.format(v="38.50")))
    assert not [f for f in a.findings if f.check == "NT03"]


_SUMMARY = ["收入支出决算总表", "单位：万元", "收入 支出", "项目 决算数 项目 决算数",
            "一、一般公共预算财政拨款收入 410.00 一、一般公共服务支出 60.00",
            "二、政府性基金预算财政拨款收入 二、外交支出",
            "三、上级补助收入 三、教育支出 250.00",
            "四、灾害防治及应急管理支",     # a spending name wrapped, its figure printed on the line between
            "100.00",
            "出",
            "本年收入合计 410.00 本年支出合计 410.00",
            "年初结转和结余 年末结转和结余",
            "总计 410.00 总计 410.00",
            "注：本表反映部门本年度的总收支和年末结转结余情况。"]


def test_a_summary_name_wrapped_around_its_figures_is_joined():
    """'四、灾害防治及应急管理支' / '100.00' / '出': the name piece named neither side and the figure line no row,
    so the whole summary table stayed text and the year's totals were unverifiable."""
    [t] = _report(_SUMMARY).tables
    got = {r.label: [c.raw for c in r.cells if c.kind != "text"] for r in t.rows}
    assert got["四、灾害防治及应急管理支出"] == ["100.00"]
    assert got["本年支出合计"] == ["410.00"]
    a = analyse_report(_report(_SUMMARY, "一、收入支出决算总体情况说明\n甲区乙街道2031年度收入支出总计410.00万元。\n"))
    assert [c.status for c in a.claims if c.raw.startswith("410.00")] == ["verified"]


_THREE = ["财政拨款“三公”经费支出决算表", "单位：万元", "财政拨款“三公”经费", "公务用车购置及运行维护费", "因公出国",
          "合计 公务用车 公务用车 公务接待费", "（境）费 小计", "购置费 运行维护费", "预算数 决算数 " * 5 + "预算数 决算数",
          "20.00 10.00 2.00 1.00 13.00 9.00 5.00 4.00 8.00 5.00 5.00 0",
          "注：本表反映部门本年度“三公”经费支出预决算情况。"]


def test_a_figure_against_a_zero_cell_is_no_unit_slip():
    """'公务接待费支出决算为 1.53 万元' where the table prints 0: a contradiction, but 1.53 ÷ 10 (or ÷ 100, ÷ 1000) only
    'agrees' because the cell is nothing; the finding said '除以 10 后一致，疑似单位或小数点错误'."""
    prose = "七、财政拨款“三公”经费支出决算情况说明\n公务接待费支出决算为 1.53 万元。\n"
    a = analyse_report(_report(_THREE, prose))
    [f] = [f for f in a.findings if f.check == "NT01"]
    assert "1.53" in f.message and "除以" not in f.message and f.kind != "unit_slip"


def _entry_claims(prose: str):
    a = analyse_report(_report([], "（三）一般公共预算财政拨款支出决算具体情况\n" + prose))
    return {c.raw.replace(" ", ""): c for c in a.claims}


def test_an_item_path_alone_on_its_line_names_the_next_lines_figures():
    """'3、…（项）。' printed on a line of its own, '主要用于：…年初预算为…，支出决算为…' on the next: the figures had no
    subject ('未识别所述指标')."""
    got = _entry_claims("3、住房保障支出（类）住房改革支出（款）提租补贴（项）。\n"
                        "主要用于：发放提租补贴。年初预算为 30.00 万元，支出决算为 28.40 万元。\n")
    assert got["28.40万元"].concept == "func_item"
    assert got["28.40万元"].subject.endswith("提租补贴（项）")
    assert got["30.00万元"].subject == got["28.40万元"].subject


def test_a_long_item_path_still_names_its_figures():
    """A first sentence longer than 60 characters named no subject, even when it is nothing but the item's path."""
    got = _entry_claims("2、城乡社区支出（类）城市基础设施配套费对应专项债务收入安排的支出（款）"
                        "城市基础设施配套费对应专项债务收入安排的其他支出（项）。主要用于：道路改造。"
                        "年初预算为 0 万元，支出决算为 310.00 万元。\n")
    assert got["310.00万元"].concept == "func_item"
    assert got["310.00万元"].subject.endswith("其他支出（项）")
