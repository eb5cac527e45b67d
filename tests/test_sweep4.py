"""Sweep 4 of unseen reports: false alarms and misses on other regions' wordings.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import analysis_from, run_check as _run


def test_a_part_of_an_items_list_is_no_restatement_of_the_years_part():
    # 项目支出 0 is the project spending of 住房公积金 only, not the budget's 项目支出
    text = ("五、一般公共预算支出情况说明\n"
            "住房公积金 23810.40 元,其中:基本支出 23810.40 元,项目支出 0元。主要用于住房公积金缴存。\n"
            "(二)按支出结构分类划分,分为基本支出预算和项目支出预算。\n"
            "1. 基本支出预算 1612300.50 元,占一般公共预算支出的 88.10%。\n"
            "2. 项目支出 217800 元,占一般公共预算支出的 11.90%。\n")
    assert _run(text, "NT03") == []


def test_a_part_of_the_years_total_is_still_compared():
    text = ("五、一般公共预算支出情况说明\n"
            "本年支出合计 1830100.50 元,其中:基本支出 1612300.50 元,项目支出 217800 元。\n"
            "项目支出 271800 元,主要用于设备更新。\n")
    found = _run(text, "NT03")
    assert len(found) == 1 and "217800" in found[0].message and "271800" in found[0].message


def test_parts_of_a_prior_year_total_are_of_that_year():
    text = ("三、“三公”经费支出情况说明\n"
            "2023年度“三公”经费支出决算为36万元,其中:公务接待费14万元,公务用车运行维护费22万元。"
            "2022年度“三公”经费支出决算为31万元,其中:公务接待费17万元,公务用车运行维护费14万元。\n")
    assert _run(text, "NT03") == []


def test_a_list_total_is_no_restatement_of_its_first_item():
    # 支出合计 adds 上解上级支出 and 债务还本支出 to the fund's own spending
    text = ("一、2023年全县收支决算\n"
            "2.政府性基金收支及其平衡情况\n"
            "政府性基金收入0万元,加上年结余收入21450万元,上级补助收入60218万元,收入合计81668万元。\n"
            "政府性基金支出47210万元,调出资金9100万元,债务还本支出260万元,支出合计56570万元。\n")
    assert _run(text, "NT03") == []


def test_a_restated_named_total_is_still_compared():
    text = ("二、支出决算情况说明\n"
            "本年支出合计 1134.84 万元,其中:基本支出 900.00 万元,项目支出 234.84 万元。\n"
            "三、其他说明\n"
            "本年支出合计 1143.84 万元。\n")
    found = _run(text, "NT03")
    assert len(found) == 1


def test_some_units_having_no_cars_says_nothing_of_the_whole():
    text = ("一、“三公”经费预算情况\n"
            "全市“三公”经费预算总额为9200万元,其中公务用车运行维护费4100万元。\n"
            "另有12家单位无公车运行维护费。\n")
    assert _run(text, "TX05") == []


def test_all_units_having_no_cars_is_still_checked():
    text = ("一、“三公”经费预算情况\n"
            "全市“三公”经费预算总额为9200万元,其中公务用车运行维护费4100万元。\n"
            "所属3个单位均无公车。\n")
    assert len(_run(text, "TX05")) == 1


def _concepts(text: str) -> dict[str, str | None]:
    return {c.raw: c.concept for c in analysis_from({}, text).claims}


def test_a_figure_inside_a_note_takes_the_concept_named_in_the_note():
    got = _concepts("一、“三公”经费预算情况\n"
                    "公务用车购置及运行费36万元(公务用车购置费12万元,公务用车运行维护费24万元),较上年无增减。\n")
    assert got["12万元"] == "vehicle_purchase_fee"
    assert got["24万元"] == "vehicle_operation_fee"


def test_a_concept_in_a_closed_note_names_no_later_figure():
    got = _concepts("一、国有资产占用情况\n"
                    "本单位通用设备(不含车辆)42万元。\n")
    assert got["42万元"] != "vehicles"


def test_reception_named_beside_money_is_the_reception_fee():
    got = _concepts("一、“三公”经费预算情况\n"
                    "2024年度“三公”经费预算总计18.6万元,其中:因公出国(境)经费0万元,公务接待9.4万元,"
                    "公务用车运行费用9.2万元。国内公务接待批次32个。\n")
    assert got["9.4万元"] == "reception_fee"
    assert got["32个"] == "reception_batches"       # the 三公 table's batches row has its own count concept


def test_three_public_with_mismatched_quote_marks_is_named():
    got = _concepts("一、“三公”经费情况\n"
                    "2023年的“三公\"经费决算数合计为64.20万元,其中:公务接待费12.10万元。\n")
    assert got["64.20万元"] == "three_public"
