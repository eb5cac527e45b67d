"""Session-26 readings left open by the real-text review (made-up figures and names throughout): a figure
compared with last year's budget and last year's actual in one sentence, a one-cell-a-line table whose blank
cells print as pipe-only lines under a two-line title, and a budget page's total change held to the budget and
last year's actual printed in the sections before it."""
from __future__ import annotations

import pytest

from finder.testing import file_analysis


@pytest.fixture
def run(tmp_path):
    def _run(text: str):
        a = file_analysis(tmp_path, text)
        return a, a.findings
    return _run


def _by_raw(a, kind: str) -> dict[str, str]:
    return {c.raw.strip(): c.status for c in a.claims if c.kind == kind}


_TWO = ("某某中心2031年部门决算说明\n"
        "2031年度“三公”经费财政拨款支出决算为80.00万元，比上年预算减少20.00万元，下降{p}%，"
        "比上年决算增加16.00万元，增长{q}%。\n")


def test_each_rate_is_read_on_its_own_base_amount(run):
    # 20 / (80 + 20) = 20.00%; 16 / (80 - 16) = 25.00%
    a, found = run(_TWO.format(p="20.00", q="25.00"))
    assert not [f for f in found if f.check in ("AR02", "DR01")]
    rates = _by_raw(a, "change_pct")
    assert rates == {"20.00%": "verified", "25.00%": "verified"}
    assert _by_raw(a, "change_abs") == {"20.00万元": "verified", "16.00万元": "verified"}


def test_a_wrong_rate_on_last_years_actual_is_found_on_its_own_amount(run):
    a, found = run(_TWO.format(p="20.00", q="20.00"))
    ar02 = [f for f in found if f.check == "AR02"]
    assert len(ar02) == 1 and ar02[0].severity == "error"
    assert "较上年决算" in ar02[0].message and "20.00%" in ar02[0].message
    assert "80.00 减 16.00" in ar02[0].message
    assert _by_raw(a, "change_pct")["20.00%"] == "contradicted"


def test_a_wrong_rate_on_last_years_budget_is_found_when_printed_second(run):
    text = ("某某中心2031年部门决算说明\n"
            "2031年度“三公”经费财政拨款支出决算为80.00万元，比上年决算增加16.00万元，增长25.00%，"
            "比上年预算减少20.00万元，下降25.00%。\n")
    _, found = run(text)
    ar02 = [f for f in found if f.check == "AR02"]
    assert len(ar02) == 1 and "较上年预算" in ar02[0].message and "80.00 加 20.00" in ar02[0].message


_RATES = ("某某中心2031年部门决算说明\n"
          "2031年度“三公”经费财政拨款支出决算为60.00万元，比上年预算下降{p}%，比上年决算增长{q}%。其中：因公出国（境）费"
          "6.00万元，比上年预算下降40.00%，比上年决算增长20.00%；公务接待费24.00万元，比上年预算下降20.00%，"
          "比上年决算增长20.00%；公务用车购置及运行维护费30.00万元，比上年预算下降25.00%，比上年决算增长25.00%。\n")
# budget bases 10 + 30 + 40 = 80: 60 / 80 - 1 = -25.00%; actual bases 5 + 20 + 24 = 49: 60 / 49 - 1 = 22.45%


def test_rate_lists_on_two_bases_each_hold_to_their_parts(run):
    _, found = run(_RATES.format(p="25.00", q="22.45"))
    assert not [f for f in found if f.check in ("AR04", "DR01")]


def test_rate_lists_on_two_bases_find_the_wrong_one_and_name_its_base(run):
    _, found = run(_RATES.format(p="25.00", q="24.45"))
    ar04 = [f for f in found if f.check == "AR04"]
    assert len(ar04) == 1 and "较上年增长 24.45%" in ar04[0].message
    _, found = run(_RATES.format(p="27.00", q="22.45"))
    ar04 = [f for f in found if f.check == "AR04"]
    assert len(ar04) == 1 and "较上年预算下降 27.00%" in ar04[0].message


def test_flat_on_last_years_actual_is_no_contradiction_of_a_fall_on_last_years_budget(run):
    text = ("某某中心2031年部门决算说明\n"
            "2031年度公务接待费支出决算为5.00万元，比上年预算下降50.00%，比上年决算持平。\n")
    _, found = run(text)
    assert not [f for f in found if f.check == "DR01"]
    text = "某某中心2031年部门决算说明\n2031年度公务接待费支出决算为5.00万元，比上年下降50.00%，与上年持平。\n"
    _, found = run(text)
    assert [f for f in found if f.check == "DR01"]


def _pipe_table(total_change: str) -> str:
    return ("某某站2031年“三公”经费决算情况说明\n"
            "2031年某某站“三公”经费支出决算为9.00万元，较上年减少1.00万元，下降10.00%。\n"
            "附件1:\n2031年某某站“三公”\n经费决算数对比情况表\n单位:万元 |\n|||||\n项 目 |\n上年 决算数 |\n本年 决算数 |\n"
            "较上年增减情况 |\n||\n增、减额 |\n增、减幅度 |\n||||\n"
            f"合 计 |\n10.00 |\n9.00 |\n{total_change} |\n-10.00% |\n|\n"
            "1、因公出国(境)费 |\n|||||\n"
            "2、公务接待费 |\n4.00 |\n3.00 |\n-1.00 |\n-25.00% |\n|\n"
            "3、公务用车费 |\n6.00 |\n6.00 |\n0.00 |\n0.00% |\n|\n")


def test_pipe_only_lines_are_blank_cells_of_a_table_read_on_its_row_width(run):
    a, found = run(_pipe_table("-1.00"))
    (t,) = a.report.tables
    assert t.extra.get("caption") == "2031年某某站“三公”经费决算数对比情况表"
    assert [c[-1] for c in t.columns] == ["项目", "上年决算数", "本年决算数", "增、减额", "增、减幅度"]
    rows = {row.label: [c.raw for c in row.cells[1:]] for row in t.rows}
    assert rows["合 计"] == ["10.00", "9.00", "-1.00", "-10.00%"]
    assert rows["2、公务接待费"] == ["4.00", "3.00", "-1.00", "-25.00%"]
    assert not [f for f in found if f.check == "TB02"]


def test_an_unsigned_fall_in_such_a_table_is_found(run):
    _, found = run(_pipe_table("1.00"))
    tb02 = [f for f in found if f.check == "TB02"]
    # the unsigned 1.00 fits neither 9.00 − 10.00 on its row nor the rows under it (−1.00 + 0.00)
    assert tb02 and all("“合 计”行" in f.message and "为 1.00" in f.message for f in tb02)
    assert any("本年决算数 9.00 与上年决算数 10.00 之差" in f.message for f in tb02)


def test_pipe_only_lines_that_break_every_row_width_leave_the_run_as_text(run):
    text = "某某站说明\n甲 |\n|||\n乙 |\n1 |\n||||\n丙 |\n2 |\n3 |\n"
    a, _ = run(text)
    assert a.report.tables == []


_BUDGET_PAGE = ("某某协会2032年“三公”经费预算公开说明\n"
                "一、2032年“三公”经费预算安排情况\n"
                "2032年度“三公”经费预算总计30.5万元,其中:因公出国(境)经费0万元,公务接待14.5万元,公务用车运行费用16万元。\n"
                "二、2031年“三公”经费决算情况\n"
                "2031年度“三公”经费合计支出27.3万元,其中:因公出国(境)经费0万元,公务接待15.3万元,公务用车运行费用12万元。\n"
                "2032年度“三公”经费预算较2031年度增加{d}万元,其中公务接待较上年同期减少0.8万元,减少5.23%。"
                "公务用车运行费用较上年同期增加4万元,增长33.33%。\n")


def test_a_budget_pages_total_change_is_held_to_the_budget_and_last_years_actual_before_it(run):
    a, found = run(_BUDGET_PAGE.format(d="3.2"))
    assert not [f for f in found if f.check == "AR02"]
    assert _by_raw(a, "change_abs")["3.2万元"] == "verified"


def test_a_budget_pages_wrong_total_change_is_a_warning(run):
    a, found = run(_BUDGET_PAGE.format(d="3.6"))
    ar02 = [f for f in found if f.check == "AR02"]
    assert len(ar02) == 1 and ar02[0].severity == "warning"
    assert "30.5 − 27.3" in ar02[0].computation
