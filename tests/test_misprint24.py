"""A plain text export's 支出决算表 (plain_tree: blank cells left out, one heading wrapped) whose rows print a
misprinted figure: read where one pick of the misprinted value fits the families' sums (plain_place's rule,
shared). Every table here is made up: the shape of such an export, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest import text

_HEAD = ["支出决算表", "单位：万元", "项目", "对附属单位", "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出",
         "功能分类", "补助支出", "科目名称", "科目编码"]
_NOTE = "注：本表反映部门本年度各项支出情况。"

# 212 and 21201 print 830.00 for their 基本支出 of 8,300.00: 9,500.00 ≠ 830.00 + 1,200.00, no placement fits
# them; read at 9,500.00 − 1,200.00 the families add up (212 = 21201 + 21203, 21201 = its 项)
MISPRINT = _HEAD + ["合计 9,560.00 8,360.00 1,200.00",
                    "201 一般公共服务支出 60.00 60.00",
                    "20101 人大事务 60.00 60.00",
                    "2010101 行政运行 60.00 60.00",
                    "212 城乡社区支出 9,500.00 830.00 1,200.00",
                    "21201 城乡社区管理事务 9,300.00 830.00 1,000.00",
                    "2120101 行政运行 8,300.00 8,300.00",
                    "2120104 城管执法 1,000.00 1,000.00",
                    "21203 城乡社区公共设施 200.00 200.00",
                    "2120399 其他城乡社区公共设施支出 200.00 200.00", _NOTE]


def _report(lines):
    return text.from_text("\n".join(["甲区乙街道2031年度部门决算", *lines]) + "\n")


def _totals(t):
    return {r.code or r.label: r.cells[-1].raw for r in t.rows}


def test_an_expense_table_whose_rows_print_a_misprinted_part_reads_its_total_column():
    [t] = [t for t in _report(MISPRINT).tables if t.id == "expense"]
    assert [c[-1] for c in t.columns] == ["科目名称", "本年支出合计"]
    got = _totals(t)
    assert got["合计"] == "9,560.00" and got["212"] == "9,500.00" and got["21201"] == "9,300.00"
    a = analyse_report(_report(MISPRINT))
    assert [f for f in a.findings if f.check.startswith("TB")] == []    # the read column adds up


def test_a_misprint_two_picks_fit_leaves_the_expense_table_unread():
    # no 合计 row and no 项 below: 830.00 read as 8,300.00 (基本支出) or 1,000.00 read as 8,470.00 in both
    # rows, and 212 = 21201 either way
    twin = _HEAD + ["212 城乡社区支出 9,300.00 830.00 1,000.00",
                    "21201 城乡社区管理事务 9,300.00 830.00 1,000.00", _NOTE]
    assert not [t for t in _report(twin).tables if t.id == "expense"]
    assert [t for t in _report(MISPRINT).tables if t.id == "expense"]


def test_a_misprinted_total_is_read_as_printed_and_reported_against_its_items():
    # 20103 prints 390.00 for 300.00: only the total read at its parts' sum fits 201 above it; the
    # column keeps 390.00 and TB01 reports it against its items and 201 against it
    rows = ["合计 300.00 200.00 100.00", "201 一般公共服务支出 300.00 200.00 100.00",
            "20103 政府办公厅 390.00 200.00 100.00", "2010301 行政运行 200.00 200.00",
            "2010350 事业运行 100.00 100.00", _NOTE]
    [t] = [t for t in _report(_HEAD + rows).tables if t.id == "expense"]
    assert _totals(t)["20103"] == "390.00"
    a = analyse_report(_report(_HEAD + rows))
    cause = ("；同一可能原因：支出决算表“20103 政府办公厅”的本年支出合计印为 390.00，若为 300.00，"
             "则 F0001、F0002 共 2 处均相符（疑一位数字印错：300.00 印成 390.00）")    # one misprint (tb/cause.py)
    assert sorted(f.message for f in a.findings if f.check == "TB01") == [
        "支出决算表“201 一般公共服务支出”的本年支出合计为 300.00，而其下级科目合计为 [389.995, 390.005]" + cause,
        "支出决算表“20103 政府办公厅”的本年支出合计为 390.00，而其下级科目合计为 [299.99, 300.01]" + cause]


def test_rows_that_fit_no_placement_and_no_pick_stay_text():
    # 21201's parts add to neither its total nor anything its children give: no pick keeps the sums
    broken = [r.replace("2120104 城管执法 1,000.00 1,000.00", "2120104 城管执法 1,100.00 1,100.00")
              .replace("2120101 行政运行 8,300.00 8,300.00", "2120101 行政运行 8,100.00 8,100.00")
              for r in MISPRINT]
    assert not [t for t in _report(broken).tables if t.id == "expense"]
    assert [t for t in _report(MISPRINT).tables if t.id == "expense"]
