"""Units with their own income (corpora/synthetic/unit_filled.txt): the template's lines a ministry leaves at 0.

Schools, hospitals and groups of 事业单位 fill 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 上缴上级支出,
经营支出, 对附属单位补助支出, 使用非财政拨款结余 and 结余分配, and split 年末结转和结余 into 基本支出结转,
项目支出结转和结余 and 经营结余. Every such claim is verified; each planted defect is found where it was
planted, and nothing else is. The made-up sentences below are in the template's wording."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.analysis import analyse
from finder.checks import run as run_checks
from finder.testing import analysis_from, found_where_planted, quotes, script_build

ROOT = Path(__file__).resolve().parent.parent
FILLED = ROOT / "corpora" / "synthetic" / "unit_filled.txt"
UNIT_LINES = ("上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "上缴上级支出", "经营支出", "对附属单位补助支出",
              "使用非财政拨款结余", "结余分配", "年末结转和结余", "基本支出结转", "项目支出结转和结余", "经营结余")


def test_the_script_writes_the_committed_file():
    assert script_build("make_unit_filled") == FILLED.read_text(encoding="utf-8")


def test_the_unit_lines_are_filled_and_the_summary_balances():
    text = FILLED.read_text(encoding="utf-8")
    for row in ("四、上级补助收入\t144.00", "七、附属单位上缴收入\t36.50", "使用非财政拨款结余\t42.80\t结余分配\t26.35"):
        assert row in text


def test_the_filled_report_reads_clean_and_every_unit_line_is_verified():
    a = analyse([str(FILLED)])
    assert [(f.check, f.message) for f in a.findings if f.severity in ("error", "warning")] == []
    unit = [c for c in a.claims if c.subject in UNIT_LINES]
    assert len(unit) >= 35
    assert [(c.subject, c.kind, c.raw) for c in unit if c.status != "verified"] == []


# name: (text in the file, its defective replacement, check expected, text the finding must quote)
PLANTS = {
    "share of the year's income wrong": ("事业收入465.00 万元，占本年收入合计的10.70%", "事业收入465.00 万元，占本年收入合计的11.70%",
                                         "AR01", "11.70%"),
    "change amount wrong": ("比2023年度增加46.40 万元", "比2023年度增加64.40 万元", "AR02", "64.40"),
    "经营结余 over the year-end list": ("经营结余28.75 万元", "经营结余38.75 万元", "AR04", "经营结余38.75"),
    "经营结余 short of the year-end list": ("经营结余28.75 万元", "经营结余18.75 万元", "AR04", "经营结余18.75"),
    "direction flipped": ("经营支出52.80 万元，比2023年度增加5.65 万元，增长11.98%",
                          "经营支出52.80 万元，比2023年度减少5.65 万元，下降11.98%", "AR02", "减少5.65"),
    "使用非财政拨款结余 ≠ 总表": ("使用非财政拨款结余42.80 万元", "使用非财政拨款结余24.80 万元", "NT01", "24.80"),
    "结余分配 ≠ 总表": ("结余分配26.35 万元", "结余分配23.65 万元", "NT01", "23.65"),
    "two items' joint share wrong": ("两项合计占本年收入合计的4.15%", "两项合计占本年收入合计的4.51%", "AR01", "4.51%"),
    "上缴上级支出 share wrong": ("上缴上级支出18.40 万元，占本年支出合计的0.43%", "上缴上级支出18.40 万元，占本年支出合计的0.34%",
                                 "AR01", "0.34%"),
}


@pytest.mark.parametrize("name", list(PLANTS))
def test_a_planted_defect_is_found_where_it_was_planted_and_nothing_else(name, tmp_path):
    found = [f for f in found_where_planted(FILLED, PLANTS[name], tmp_path / "planted.txt")
             if f.severity in ("error", "warning")]
    assert quotes(found, PLANTS[name][2], PLANTS[name][3]), [(f.check, f.message) for f in found]
    assert [f.check for f in found] == [PLANTS[name][2]], [(f.check, f.message) for f in found]


_TEXT = "一、收入支出决算总体情况说明\n年末结转和结余{w}万元，其中：基本支出结转30.00万元，项目支出结转和结余{p}万元{rest}。\n"


def test_the_year_end_balance_split_by_kind_adds_up_to_it():
    """'年末结转和结余 X，其中：基本支出结转 a，项目支出结转和结余 b，经营结余 c' is the 财决01表's split: 经营结余 was
    no concept ('未识别所述指标') and the carry-overs had no entry, so the list was left to a decomposition
    none had, and a + b + c off X passed either way."""
    a = analysis_from({}, _TEXT.format(w="100.00", p="50.00", rest="，经营结余20.00万元"), 2031)
    assert not [f for f in run_checks(a) if f.severity in ("error", "warning")]
    assert [c.status for c in a.claims] == ["verified"] * 4
    for rest in ("，经营结余25.00万元", "，经营结余15.00万元"):
        a = analysis_from({}, _TEXT.format(w="100.00", p="50.00", rest=rest), 2031)
        [f] = [f for f in run_checks(a) if f.severity in ("error", "warning")]
        assert f.check == "AR04" and rest[5:10] in f.message


def test_a_year_end_list_without_its_operating_part_is_a_bound_only():
    """An administrative department's list (no 经营结余) may fall short of its whole, never exceed it."""
    a = analysis_from({}, _TEXT.format(w="100.00", p="50.00", rest=""), 2031)
    assert not [f for f in run_checks(a) if f.severity in ("error", "warning")]
    a = analysis_from({}, _TEXT.format(w="70.00", p="50.00", rest=""), 2031)
    assert [f.check for f in run_checks(a) if f.severity in ("error", "warning")] == ["AR04"]


def test_carried_and_surplus_stated_apart_are_two_figures_not_one_named_twice():
    """'项目支出结转 a，项目支出结余 b' splits 项目支出结转和结余 in two: read as names of it, the two
    figures were one thing stated twice with two values (a false NT03) once it had an entry."""
    text = ("一、收入支出决算总体情况说明\n年末结转和结余100.00万元，其中：基本支出结转30.00万元，"
            "项目支出结转50.00万元，项目支出结余20.00万元。\n")
    a = analysis_from({}, text, 2031)
    assert not [f for f in run_checks(a) if f.severity in ("error", "warning")]
    assert [c.concept for c in a.claims][2:] == ["project_carried", "project_surplus"]


_TWO = ("二、收入决算情况说明\n本年收入合计400.00万元。上级补助收入30.00万元，附属单位上缴收入20.00万元，"
        "两项合计占{whole}{p}%。\n")


def test_two_items_joint_share_naming_its_whole_is_of_their_sum():
    """'A a，B b，两项合计占本年收入合计的 P%': the item-sum marker (arith.yml item_sums) was read only right
    before the share ('两项合计占 P%'), so naming the whole between them left P unchecked, and '两项' was a
    count claim of the whole's concept (money: '单位与指标不符'; an NT03 warning '2 项' against the 本年收入合计).
    Now the marker may name its whole; the count of items is no claim; a P that fits is verified."""
    a = analysis_from({}, _TWO.format(whole="本年收入合计的", p="12.50"), 2031)
    assert not [f for f in run_checks(a) if f.severity in ("error", "warning")]
    assert [(c.kind, c.status) for c in a.claims][3:] == [("share", "verified")]
    assert "list_number" in [n.reason for n in a.non_claims]
    a = analysis_from({}, _TWO.format(whole="本年收入合计的", p="13.50"), 2031)
    [f] = [f for f in run_checks(a) if f.severity in ("error", "warning")]
    assert f.check == "AR01" and "13.50" in f.message and "30.00 + 20.00" in f.message
    # the bare wording: its count of items is no claim either
    a = analysis_from({}, _TWO.format(whole="", p="12.50"), 2031)
    assert [c.kind for c in a.claims] == ["amount"] * 3 + ["share"]
