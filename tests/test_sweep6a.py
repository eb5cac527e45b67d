"""Sweep 6a of unseen final accounts (部门/单位决算, 三公 notes): false alarms and misses.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import analysis_from, run_check as _run


def test_foreign_and_other_reception_spending_are_parts_not_restatements():
    # '其中涉外的公务接待费支出 a，而其他公务接待费支出 b': two parts of the year's 公务接待费
    text = ("公务接待费320.5万元\n"
            "其中涉外的公务接待费支出80万元。全年接待来访团组12个。\n"
            "而其他公务接待费支出240.5万元,主要用于业务交流。\n")
    assert _run(text, "NT03") == []


def test_the_reception_spending_stated_twice_still_contradicts():
    text = ("公务接待费支出80万元,主要用于业务交流。\n"
            "本年度公务接待费支出85万元,较上年减少5万元。\n")
    assert len(_run(text, "NT03")) == 1


def test_a_percent_header_cell_of_a_one_cell_per_line_table_is_no_blank_figure():
    # a table flattened to one cell per line, each cell closed by a '|' line
    text = ("2019年“三公”经费决算数为860万元,比上年下降5.2%。\n"
            "年度\n|\n合计\n|\n公务接待费\n|\n2018年\n|\n907\n|\n500\n|\n"
            "2019年比2018年增减%\n|\n-5.18\n|\n-4.00\n|\n")
    assert _run(text, "TX01") == []


def test_a_blank_percent_in_a_sentence_is_still_residue():
    text = ("2019年“三公”经费决算数为860万元,完成预算的%。\n"
            "年度\n|\n合计\n|\n")
    assert len(_run(text, "TX01")) == 1


def test_shares_adding_to_100_whose_amounts_fall_short_of_the_whole():
    # 87.35% + 12.65% = 100%, yet 768.88 + 11.33 falls 99.99 short of 880.20: no last-digit nudge
    text = ("三、支出决算情况说明\n"
            "2024年本年支出合计960.30万元,其中:基本支出848.98万元,占88.41%;项目支出11.32万元,占11.59%。\n")
    found = _run(text, "AR04")
    assert [f.severity for f in found] == ["warning"]
    assert "全部组成部分" in found[0].message and "960.30" in found[0].message


def test_shares_nudged_by_a_last_digit_stay_an_info():
    # 333.30 and 666.60 of 1000.00 are 33.33% and 66.66%; the second printed 66.67% to reach 100%
    text = ("三、支出决算情况说明\n"
            "2024年本年支出合计1000.00万元,其中:基本支出333.30万元,占33.33%;项目支出666.60万元,占66.67%。\n")
    found = _run(text, "AR04")
    assert [f.severity for f in found] == ["info"]


def _counts(text: str) -> list[tuple[str, str]]:
    return [(str(c.value), c.unit) for c in analysis_from({}, text).claims if c.kind == "count"]


def test_a_numeral_in_a_place_name_is_no_count():
    # '三门县' / '九台区': a numeral and a unit that never counts places, then a place suffix
    text = "一、部门概况\n三门县某局设6个内设机构;九台区某中心共有在职人员12人。\n"
    assert sorted(_counts(text)) == [("12", "人"), ("6", "个")]


def test_courses_and_machines_are_still_counted():
    text = "一、部门概况\n本校开设三门选修课程,购置两台打印机。\n"
    assert sorted(_counts(text)) == [("2", "台"), ("3", "门")]


def test_a_compared_name_with_no_number_is_the_subject_of_the_change_after_it():
    text = ("七、“三公”经费支出决算情况说明\n"
            "2024年度“三公”经费支出决算总额为6.2万元,比去年增加1.6万元,增长34.8%。其中,公务用车运行维护费"
            "支出决算比预算无增减变化,比去年增加1.1万元,增长40.7%;公务接待费支出决算比预算无增减变化,"
            "比去年增加0.5万元,增长26.3%。具体情况如下:\n"
            "(一)因公出国(境)费支出0万元。\n")
    got = [(c.concept, str(c.value), c.whole) for c in analysis_from({}, text).claims]
    assert got == [("three_public", "6.2", None), ("three_public", "1.6", None), ("three_public", "34.8", None),
                   ("vehicle_operation_fee", "1.1", None), ("vehicle_operation_fee", "40.7", None),
                   ("reception_fee", "0.5", None), ("reception_fee", "26.3", None),
                   ("outbound_fee", "0", "three_public")]


def test_the_older_name_of_general_budget_appropriations_is_known():
    text = "二、收入预算情况说明\n本部门2024年收入预算500万元,其中:公共财政预算拨款收入430万元,占86%。\n"
    got = [(c.kind, c.concept) for c in analysis_from({}, text).claims if c.value in (430, 86)]
    assert got == [("amount", "gpb_income"), ("share", "gpb_income")]


def test_the_next_part_of_a_list_is_not_the_whole_of_a_share():
    # the total's name is unknown ('收入预算'); 政府性基金收入 after the share, with its own share, is a part
    text = ("二、收入预算情况说明\n"
            "本部门2024年收入预算800万元,其中:一般公共预算拨款收入700万元,占87.5%;政府性基金收入100万元,占12.5%。\n")
    assert _run(text, "AR01") == []


def test_a_share_of_a_known_total_is_still_recomputed():
    text = ("二、收入决算情况说明\n"
            "本年收入合计800万元,其中:一般公共预算财政拨款收入700万元,占80%;政府性基金收入100万元,占12.5%。\n")
    found = _run(text, "AR01")
    assert len(found) == 1 and "800" in found[0].message


def test_a_comparison_with_the_report_years_budget_is_against_the_budget():
    # '与2024年度预算相比' in the 2024 final accounts: the base is the budget, not the year's own figure
    text = ("七、“三公”经费支出决算情况说明\n"
            "2.公务接待费支出3.2万元,与2024年度预算相比,减少0.8万元,下降20%。\n"
            "3.公务用车运行维护费支出4万元,与2023年度相比,减少1万元,下降20%。\n")
    got = [(str(c.value), c.period) for c in analysis_from({}, text).claims if c.kind != "amount"]
    assert got == [("0.8", "预算"), ("20", "预算"), ("1", "上年"), ("20", "上年")]


def test_a_restated_whole_is_judged_once_on_the_same_parts():
    # the total is printed twice (a heading line, then the sentence): one AR04 finding, not two
    text = ("三、“三公”经费支出情况说明\n"
            "2024年“三公”经费支出合计 9.75 万元，因公出国(境)费为 0 万元，公务接待费为 3.77 万元，"
            "公务用车购置及运行维护费为 0 万元。\n本年“三公”经费支出 9.75 万元。\n")
    found = _run(text, "AR04")
    assert len(found) == 1 and found[0].severity == "error"


def test_a_list_under_last_years_or_a_budget_head_is_summed_too():
    # the items take the head's period (上年, 预算), and AR04 sums lists of those periods as of 本年
    for head in ("上年度“三公”经费支出", "2024年“三公”经费预算"):
        text = (f"三、“三公”经费支出情况说明\n{head} 20.00 万元，其中：公务用车购置及运行维护费 12.00 万元，"
                "公务接待费 18.00 万元。\n")
        found = _run(text, "AR04")
        assert len(found) == 1 and found[0].severity == "error", head
