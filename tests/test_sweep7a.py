"""Sweep 7a of unseen final accounts (乡镇, 学校, 医院, 公检法, 政协, 三公 notes): false alarms and misses.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import analysis_from, run_check as _run, run_check_all


def _subjects(text: str, year: int) -> list[tuple[str, str | None, str]]:
    return [(c.subject, c.concept, str(c.value)) for c in analysis_from({}, text, year).claims if c.kind == "amount"]


def test_closing_carryover_named_after_the_opening_one_is_its_own_figure():
    # '年初结转 a，年末结转 b': 年末 is no filler word here, the second is the year-end carry-over
    text = ("一、收入支出决算总体情况说明\n"
            "2022年度收入总计420.50万元,支出总计420.50万元。收支较上年决算数减少12.30万元,下降2.8%,"
            "年初结转15.20万元,年末结转48.70万元,主要原因是压减公用经费。\n")
    assert ("年末结转", "carryover_end", "48.70") in _subjects(text, 2022)
    assert _run(text, "NT03", 2022) == []


def test_a_closing_carryover_restated_differently_still_contradicts():
    text = ("一、收入支出决算总体情况说明\n"
            "2022年度收入总计420.50万元,年初结转15.20万元,年末结转48.70万元。\n"
            "二、结转结余情况说明\n"
            "2022年度年末结转和结余46.70万元,较上年决算数增加31.50万元。\n")
    assert len(_run(text, "NT03", 2022)) == 1


def test_a_fall_printed_as_jianfu_is_a_change_rate():
    # '减少 0.08 万元，减幅 0.03%': 减幅 is the rate of the fall (0.08 ÷ 3.58 = 2.2%)
    text = "2019年财政拨款“三公”经费预算总额为3.5万元,比2018年预算数减少0.08万元,减幅0.03%。\n"
    found = _run(text, "AR02", 2019)
    assert [f.severity for f in found] == ["error"]
    ok = "2019年财政拨款“三公”经费预算总额为3.5万元,比2018年预算数减少0.08万元,减幅2.2%。\n"
    assert _run(ok, "AR02", 2019) == []


def test_a_comparison_naming_the_total_reads_the_totals_rate_not_a_parts():
    # the 三公 total ran over its budget (231%); the 0% before the comparison is 因公出国's own rate
    text = ("一、一般公共预算财政拨款“三公”经费支出决算总体情况\n"
            "某局2022年度一般公共预算财政拨款“三公”经费支出预算为12.00万元,支出决算为27.72万元,完成年初预算的231%。"
            "其中:因公出国(境)费支出决算为0万元,完成预算的0%;公务用车购置及运行费支出决算为20.00万元,占总支出决算的72.15%;"
            "公务接待费支出决算为7.72万元,占总支出决算的27.85%。"
            "2022年度一般公共预算财政拨款“三公”经费支出决算数大于预算数的主要原因是业务工作增加。\n")
    assert _run(text, "DR02", 2022) == []


def test_a_comparison_naming_the_total_still_meets_the_totals_own_rate():
    text = ("一、一般公共预算财政拨款“三公”经费支出决算总体情况\n"
            "某局2022年度一般公共预算财政拨款“三公”经费支出预算为12.00万元,支出决算为10.80万元,完成年初预算的90%。"
            "其中:因公出国(境)费支出决算为0万元,完成预算的0%;公务接待费支出决算为10.80万元,占总支出决算的100%。"
            "2022年度一般公共预算财政拨款“三公”经费支出决算数大于预算数的主要原因是业务工作增加。\n")
    assert [f.severity for f in _run(text, "DR02", 2022)] == ["error"]


def test_a_figure_restated_after_taking_items_out_is_no_part_of_the_total():
    # 车辆费用 = 购置 95.20 + 交通费 240.80; '剔除' two items, the running cost alone is 180.10
    text = ("某委2011年公务用车购置及运行维护费决算数336.00万元。\n"
            "2011年决算数包括公务用车购置费95.20万元,交通费240.80万元。“交通费”科目下除公务用车运行维护费外,"
            "还包括班车租赁费40.50万元、出租车费20.20万元。剔除以上两项因素,2011年公务用车运行维护费为180.10万元。\n")
    assert _run(text, "AR04", 2011) == []


def test_parts_stated_on_the_reports_own_basis_still_add_up():
    text = ("某委2011年公务用车购置及运行维护费决算数336.00万元。\n"
            "2011年决算数包括公务用车购置费95.20万元,公务用车运行维护费180.10万元。\n")
    assert [f.check for f in _run(text, "AR04", 2011)] == ["AR04"]


def test_a_rebasing_word_in_an_earlier_item_of_a_semicolon_list_leaves_the_later_items_alone():
    from finder.link.concepts import rebased

    text = ("一般公共预算收入完成8000万元,剔除减税因素,同口径下降0.5%;加上级补助收入1200万元,收入总计9200万元。\n")
    claims = {str(c.value): c for c in analysis_from({}, text, 2024).claims if c.kind == "amount"}
    assert not rebased(claims["1200"]) and not rebased(claims["9200"])


def test_a_percent_closing_a_space_separated_header_row_is_no_blank_figure():
    text = ("某中心医院财务信息公示\n"
            "项目 2020年度 2021年度 增减值 增减%\n"
            "收入总计 5230.10 5610.40 380.30 7.27%\n")
    assert _run(text, "TX01", 2021) == []


def test_a_blank_percent_closing_a_sentence_line_is_still_residue():
    text = "某中心医院财务信息公示\n2021年收入总计5610.40万元 比上年增长 %\n"
    assert len(_run(text, "TX01", 2021)) == 1


_CHANGE_LIST = ("一、一般公共预算财政拨款“三公”经费支出决算总体情况\n"
                "某局2022年度一般公共预算财政拨款“三公”经费支出决算为30,000.00元,其中:公务用车购置及运行费支出决算为"
                "21,000.00元,公务接待费支出决算为9,000.00元。"
                "2022年度一般公共预算财政拨款“三公”经费支出决算数比2021年增加{total}元,增长100.00%。"
                "其中:因公出国(境)费支出决算增加0元,增长0%;公务用车购置及运行费支出决算10,500.00元,增长100.00%;"
                "公务接待费支出决算增加4,500.00元,增长100.00%。\n")


def test_an_item_of_a_change_list_printed_without_its_direction_word_is_its_change():
    # 0 + 10,500 + 4,500 = 15,000: the bare 10,500 is the change of 公务用车 (its 增加 left out)
    text = _CHANGE_LIST.format(total="15,000.00")
    a = analysis_from({}, text, 2022)
    item = next(c for c in a.claims if c.raw.startswith("10,500"))
    assert (item.kind, item.direction, item.period) == ("change_abs", "增加", "上年")
    assert _run(text, "NT03", 2022) == []


def test_a_bare_item_that_does_not_make_the_list_add_up_stays_an_amount():
    text = _CHANGE_LIST.format(total="18,000.00")
    item = next(c for c in analysis_from({}, text, 2022).claims if c.raw.startswith("10,500"))
    assert item.kind == "amount"
    assert [f.check for f in _run(text, "NT03", 2022)] == ["NT03"]


def test_income_sources_and_the_carryover_listed_under_the_grand_total_add_to_no_more_than_it():
    # 收入总计 = 本年收入合计 (its sources) + 年初结转: 80 + 15 + 10 exceed the stated 100
    text = ("(一)收入决算情况。2021年度,收入总计为100万元,其中:\n"
            "1.财政拨款收入80万元,为财政拨款资金。\n2.事业收入15万元,为事业收入。\n"
            "3.上年结转和结余10万元,为结转资金。\n")
    assert [f.severity for f in _run(text, "AR04", 2021)] == ["error"]
    ok = text.replace("收入总计为100万元", "收入总计为105万元")
    assert _run(ok, "AR04", 2021) == []


def test_expense_kinds_and_the_carryover_listed_under_the_grand_total_add_to_no_more_than_it():
    text = "(二)支出决算情况。2021年度,支出总计为100万元,其中:基本支出60万元,项目支出35万元,年末结转和结余10万元。\n"
    assert [f.severity for f in _run(text, "AR04", 2021)] == ["error"]
    assert _run(text.replace("项目支出35万元", "项目支出30万元"), "AR04", 2021) == []


def test_opposite_direction_words_of_a_change_stated_without_its_figure_contradict():
    # no figure of 商品和服务支出 itself, yet 减 0.05 万元 and 增 0.02% cannot both hold
    text = "一、基本支出预算增减情况\n2.商品和服务支出较上年减0.05万元,增0.02%。主要原因是:工会经费增加。\n"
    assert [f.severity for f in _run(text, "DR01", 2018)] == ["error"]
    assert _run(text.replace("增0.02%", "减0.02%"), "DR01", 2018) == []


def test_a_change_rate_in_a_sentence_of_its_own_is_recomputed_on_the_figure_stated_before():
    # 0.08 ÷ (3.5 + 0.08) = 2.2%, not 0.03%: the figure is in the sentence before (a warning)
    text = ("二、“三公”经费预算增减情况\n"
            "2019年财政拨款“三公”经费预算总额为3.5万元。\n"
            "2019年“三公”经费预算数比2018年预算数减少0.08万元,减幅0.03%。\n")
    found = _run(text, "AR02", 2019)
    assert [f.severity for f in found] == ["warning"]
    assert "3.5" in found[0].message and len(found[0].evidence) == 2
    agreeing = run_check_all(text.replace("减幅0.03%", "减幅2.2%"), "AR02", 2019)
    assert [type(x).__name__ for x in agreeing] == ["Settlement", "Settlement"]     # no finding; the ledger verifies both
    assert all(x.ok for x in agreeing)


def test_a_clock_time_and_a_bracketed_area_code_phone_number_are_no_claims():
    text = "发布时间:2021-09-14 21:03 来源:财政局\n管理维护:(023)61234567 技术支持:(023)67654321\n"
    a = analysis_from({}, text, 2021)
    assert a.claims == [] and a.unclassified == []
    assert {n.raw: n.reason for n in a.non_claims if n.reason in ("time", "phone")} == {
        "21": "time", "03": "time", "023": "phone", "61234567": "phone", "67654321": "phone"}
