"""Sweep 5 of unseen reports (final accounts from other provinces): misses and false alarms.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import analysis_from, run_check


def _run(text: str, code: str, year: int = 2021):
    return run_check(text, code, year)


def _claims(text: str, year: int = 2021):
    return analysis_from({}, text, year).claims


def test_inline_named_list_takes_the_unit_printed_once_and_pairs_each_rate():
    # each number follows its own name, the unit is printed once; '分别下降 p、q' names nothing itself
    text = ("一、收入支出决算总体情况说明\n"
            "2021年度收入 300.00、支出总计 250.00 万元。与2020年相比,收入减少 60.00、支出总计减少 50.00 万元,"
            "分别下降 20%、20%。\n")
    c = _claims(text)
    assert [(x.kind, x.raw_number, x.unit, x.subject) for x in c] == [
        ("amount", "300.00", "万元", "收入"), ("amount", "250.00", "万元", "支出总计"),
        ("change_abs", "60.00", "万元", "收入"), ("change_abs", "50.00", "万元", "支出总计"),
        ("change_pct", "20", "%", "收入"), ("change_pct", "20", "%", "支出总计")]
    assert c[0].extra["group"] == c[2].extra["group"] == c[4].extra["group"] != c[1].extra["group"]
    found = _run(text, "AR02")          # 60 ÷ 360 = 16.7%, 50 ÷ 300 = 16.7%: each rate is on the wrong base
    assert len(found) == 2 and {f.severity for f in found} == {"error"}


def test_inline_named_list_with_consistent_rates_is_quiet():
    text = ("一、收入支出决算总体情况说明\n"
            "2021年度收入 300.00、支出总计 250.00 万元。与2020年相比,收入减少 60.00、支出总计减少 50.00 万元,"
            "分别下降 16.67%、16.67%。\n")
    assert _run(text, "AR02") == []


def test_a_one_character_side_of_an_inline_list_is_expanded():
    text = ("一、收入支出决算总体情况说明\n"
            "2021年度收入 300.00、支总计 250.00 万元。与2020年相比,收入减少 60.00、支出总计减少 50.00 万元,"
            "分别下降 16.67%、30%。\n")
    c = _claims(text)
    assert c[1].subject == "支出总计" and c[1].extra["group"] == c[3].extra["group"] == c[5].extra["group"]
    found = _run(text, "AR02")
    assert len(found) == 1 and "30%" in found[0].message


def test_a_numbered_list_label_takes_no_unit():
    c = _claims("二、支出情况\n其中 1、办公费 10.00 万元,印刷费 2.00 万元。\n")
    assert [x.raw_number for x in c] == ["10.00", "2.00"]


def test_vehicle_purchase_and_upkeep_abbreviated_is_the_vehicle_total():
    # '运维' for 运行维护: '公务用车购置及运维费' is not the purchase fee (no NT03 against a 购置费 of 0)
    text = ("三、“三公”经费支出情况说明\n"
            "2021年度“三公”经费支出合计 25.00 万元,其中:因公出国(境)费 0 万元,公务用车购置及运维费 18.00 万元,"
            "公务接待费 7.00 万元。公务用车购置费 0 万元,公务用车运维费 18.00 万元。\n")
    c = _claims(text)
    assert [x.concept for x in c] == ["three_public", "outbound_fee", "vehicle_fee", "reception_fee",
                                      "vehicle_purchase_fee", "vehicle_operation_fee"]
    assert _run(text, "NT03") == []


def test_jing_bijiao_opens_no_base_and_the_subject_is_the_figure_named():
    # '经比较' (on comparison): its 较 is no base marker, the subject is “三公”经费, not '经比'
    text = ("三、“三公”经费支出情况说明\n"
            "经比较2021年度镇本级“三公”经费 30 万元,较上年减少 10 万元,下降 40%。\n")
    c = _claims(text)
    assert [(x.subject, x.concept) for x in c] == [("“三公”经费", "three_public")] * 3
    found = _run(text, "AR02")                  # 10 ÷ 40 = 25%
    assert len(found) == 1 and found[0].message.startswith("“‘三公’经费”")


def test_money_items_under_qizhong_are_no_parts_of_a_count():
    # the clause before '其中' ends on a count (十条举措): the money items listed are not its parts
    text = ("三、“三公”经费支出情况说明\n"
            "主要是严格落实过紧日子十条举措,压减“三公”经费。其中:公务用车运行维护费 12 万元,公务接待费 5 万元。\n")
    c = _claims(text)
    assert [(x.concept, x.whole) for x in c if x.unit == "万元"] == [
        ("vehicle_operation_fee", None), ("reception_fee", None)]


def test_a_rate_taken_on_this_years_figure_is_named_so():
    # 0.50 ÷ 9.50 = 5.26% is printed; on last year's 10.00 the rate is 5.00%
    text = ("三、“三公”经费支出情况说明\n"
            "2021年“三公”经费支出共计 9.50 万元,较上年支出数减少 0.50 万元,下降 5.26%。\n")
    found = _run(text, "AR02")
    assert len(found) == 1 and found[0].severity == "error"
    assert "0.50 ÷ 9.50" in found[0].message and "本年数" in found[0].message


def test_a_rate_only_one_digit_off_this_years_base_gets_no_base_note():
    # 50 ÷ 250 = 20% is right; the printed 15% is also no match for 50 ÷ 300 = 16.67% (only within one unit)
    text = ("一、收入支出决算总体情况说明\n"
            "本年支出合计 300 万元，较上年增加 50 万元，增长 15%。\n")
    found = _run(text, "AR02")
    assert len(found) == 1 and found[0].severity == "error" and "本年数" not in found[0].message


def test_a_plain_wrong_rate_gets_no_base_note():
    text = ("三、“三公”经费支出情况说明\n"
            "2021年“三公”经费支出共计 9.50 万元,较上年支出数减少 0.50 万元,下降 8.00%。\n")
    found = _run(text, "AR02")
    assert len(found) == 1 and "本年数" not in found[0].message


def test_a_label_line_names_the_figures_of_the_next_paragraph():
    text = ("五、一般公共预算财政拨款支出决算情况说明\n"
            "一般公共预算财政拨款支出:\n"
            "年初预算为 100.00 万元,支出决算为 150.00 万元,完成年初预算的 100%。\n")
    c = _claims(text)
    assert [(x.subject, x.concept) for x in c] == [("一般公共预算财政拨款支出", "gpb_expense")] * 3
    found = _run(text, "AR03")
    assert len(found) == 1 and found[0].message.startswith("“一般公共预算财政拨款支出”")


def test_a_line_without_a_colon_names_nothing_after_it():
    text = ("五、一般公共预算财政拨款支出决算情况说明\n"
            "一般公共预算财政拨款支出情况较好\n"
            "年初预算为 100.00 万元,支出决算为 150.00 万元。\n")
    assert all(x.subject == "" for x in _claims(text))


def test_a_total_printed_after_its_items_is_checked_as_a_warning():
    text = ("一、全县收支决算情况\n"
            "2021年全县一般公共预算本级收入 5000 万元,增长 3.5%,加上:上年结转 200 万元、上级补助收入 7000 万元、"
            "调入资金 800 万元,收入总计 13100 万元。全县一般公共预算本级支出 9000 万元,加上:上解支出 1000 万元、"
            "年终结余 2000 万元(其中:本级 300 万元),支出总计 12000 万元。\n")
    found = _run(text, "AR04")            # 5000 + 200 + 7000 + 800 = 13000, not 13100; 支出 adds up
    assert len(found) == 1 and found[0].severity == "warning" and "收入总计" in found[0].message


def test_a_trailing_total_that_adds_up_and_a_rate_base_are_quiet():
    text = ("一、全县收支决算情况\n"
            "一般公共预算收入 5000 万元,为调整预算 5100 万元的 98%,加上级补助收入 7000 万元、上年结余 1000 万元,"
            "收入合计 13000 万元。\n")
    assert _run(text, "AR04") == []


def test_a_figure_number_is_a_reference_not_a_figure():
    from finder.claims import patterns
    text = "2020年本年收入合计 30.00 万元。(图1:收入决算结构图)(饼状图) 图2:支出决算结构图"
    spans = [text[a:b] for a, b, r in patterns.non_claim_spans(text) if r == "figure_ref"]
    assert spans == ["图1", "图2"]


def test_a_bare_prior_takes_the_unit_printed_after_the_change():
    # '较上年 3.20 减少 0.20 万元': 3.20 is last year's figure, its unit printed once after the change
    text = ("三、“三公”经费支出情况说明\n"
            "2021年度本部门“三公”经费支出 3.00 万元,较上年 3.20 减少 0.20 万元,下降 6.25%。\n")
    c = _claims(text)
    assert [(x.kind, x.raw_number, x.unit, x.period) for x in c] == [
        ("amount", "3.00", "万元", "本年"), ("amount", "3.20", "万元", "上年"),
        ("change_abs", "0.20", "万元", "上年"), ("change_pct", "6.25", "%", "上年")]
    assert _run(text, "AR02") == []
    assert len(_run(text.replace("6.25%", "6.67%"), "AR02")) == 1


def test_a_qizhong_note_after_a_figure_lists_that_figures_parts():
    text = ("三、“三公”经费支出情况说明\n"
            "2022年“三公”经费支出总额为 800.00 万元。其中:因公出国(境)经费 0 万元;公务用车购置及运行维护费"
            " 700.00 万元(其中:公务用车购置费 200.00 万元,公务用车运行维护费 500.00 万元);公务接待费 100.00 万元。\n")
    c = _claims(text, 2022)
    assert [x.whole for x in c] == [None, "three_public", "three_public", "vehicle_fee", "vehicle_fee", "three_public"]
    assert _run(text, "AR04", 2022) == []
    found = _run(text.replace("500.00", "520.00"), "AR04", 2022)
    assert len(found) == 1 and "公务用车购置及运行维护费" in found[0].message


def test_shiji_zhichu_is_the_actual_of_the_figure_named_before():
    # '…预算 A 万元，实际支出 B 万元': B is the actual of the same 三公经费 (its parts follow)
    text = ("三、“三公”经费支出情况说明\n"
            "2022年“三公”经费财政拨款预算 90.00 万元,实际支出 80.00 万元,比预算减少 10.00 万元。\n"
            "(1)因公出国(境)费 10.00 万元。\n(2)公务用车购置及运行费 50.00 万元。\n(3)公务接待费 30.00 万元。\n")
    c = _claims(text, 2022)
    assert [(x.concept, x.period) for x in c[:2]] == [("three_public", "预算"), ("three_public", "决算")]
    found = _run(text, "AR04", 2022)       # 10 + 50 + 30 = 90, not 80
    assert len(found) == 1 and "80.00" in found[0].message


def test_a_period_word_before_zhichu_keeps_the_concept_and_the_period():
    # 'X决算支出' is the 'X支出' alias with 决算 inside: the concept is linked, 决算 stays its period
    text = ("三、“三公”经费支出情况说明\n"
            "2021年因公出国(境)决算支出0万元,公务用车购置及运行维护决算支出5.00万元,"
            "公务用车运行维护预算支出2.00万元。\n")
    c = _claims(text)
    assert [(x.raw_number, x.concept, x.period) for x in c] == [
        ("0", "outbound_fee", "决算"), ("5.00", "vehicle_fee", "决算"), ("2.00", "vehicle_operation_fee", "预算")]


def test_a_count_change_does_not_take_the_budget_base_of_a_money_change_before_it():
    # the reason clause's vehicle count is not compared with the budget the money change was compared with
    text = ("三、“三公”经费支出情况说明\n"
            "其中:公务用车购置及运行维护费 30 万元,较上年减少 10 万元,较年初预算数减少 5 万元,"
            "主要是车改后公务用车保有量减少 3 辆;公务接待费 8 万元。较年初预算,公务用车保有量减少 1 辆。\n")
    c = {(x.raw_number, x.unit): x for x in _claims(text)}
    assert c[("5", "万元")].period == "年初预算"
    assert c[("3", "辆")].period != "年初预算" and c[("3", "辆")].extra.get("base_default")
    assert c[("1", "辆")].period == "年初预算"      # a budget base printed for the count itself still holds


def test_a_period_word_inside_a_fund_name_is_no_period():
    # 预算 of '预算稳定调节基金' names the fund, not the figure's period; a period printed after it still counts
    text = ("一、收支决算情况\n"
            "2021年本级收入 200 万元,加上:调入资金 30 万元、动用预算稳定调节基金 12 万元,收入总计 242 万元。"
            "预算稳定调节基金预算数 5 万元。\n")
    c = {x.raw_number: x for x in _claims(text)}
    assert c["12"].period == "本年" and c["5"].period == "预算"
