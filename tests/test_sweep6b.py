"""Sweep 6b of unseen reports (budgets, budget execution, performance self-evaluations): false alarms
and misses.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import analysis_from, run_check as _run


def test_negative_growth_is_a_fall_not_a_rise():
    # '负增长 P%' after '减少 A': one direction, and the rate is checked as a fall
    text = ("二、一般公共预算支出\n"
            "安排部门行政经费50.00亿元。其中,“三公”经费3.20亿元,同比减少0.40亿元,负增长11.1%。\n")
    assert _run(text, "DR01") == []
    wrong = ("二、一般公共预算支出\n"
             "“三公”经费3.20亿元,同比减少0.40亿元,负增长15.0%。\n")
    assert len(_run(wrong, "AR02")) == 1


def test_the_residual_item_of_a_class_is_not_the_class():
    # '其他工资福利支出' (30199) is one part of 工资福利支出, never a restatement of it
    text = ("一、经济分类支出决算\n"
            "1.机关工资福利支出决算数为500.00亿元,主要是在职人员劳动报酬。其中:\n"
            "(1)基本工资决算数为300.00亿元,比上年决算数下降2.0%。\n"
            "(2)其他工资福利支出决算数为45.00亿元,比上年决算数增加12.5%。\n")
    assert _run(text, "NT03") == []


def test_a_share_of_the_whole_region_is_not_of_the_last_level_named():
    # '盟本级…支出 A；旗级…支出 B。…民生支出 C，占一般公共预算支出的 P%': P is of the region's total
    text = ("一、收支情况\n"
            "全市一般公共预算支出累计完成50000万元,同比增长5.0%。\n"
            "市本级一般公共预算支出累计完成20000万元,同比下降3.0%;县级一般公共预算支出累计完成30000万元,"
            "同比增长10.0%。财政支出中,民生支出40000万元,占一般公共预算支出的80.0%。\n")
    assert _run(text, "AR01") == []
    wrong = text.replace("80.0%", "70.0%")
    assert len(_run(wrong, "AR01")) == 1


def test_classes_of_the_whole_region_do_not_make_up_one_levels_total():
    text = ("一、收支情况\n"
            "全市一般公共预算支出累计完成50000万元,同比增长5.0%。\n"
            "市本级一般公共预算支出累计完成20000万元,同比下降3.0%;县级一般公共预算支出累计完成30000万元,"
            "同比增长10.0%。分项目看,教育支出累计完成12000万元,增长6.0%;卫生健康支出累计完成9000万元,"
            "增长4.0%;农林水支出累计完成8000万元,增长2.0%。\n")
    assert _run(text, "AR04") == []


def test_a_count_printed_in_parts_adds_them_up():
    # '内设一室三处，分别为 …' counts 1 + 3 names
    ok = "一、机构设置\n内设一室三处,分别为办公室、规划处、财务处、人事处。\n"
    assert _run(ok, "TX08") == []
    short = "一、机构设置\n内设一室三处,分别为办公室、规划处、财务处。\n"
    found = _run(short, "TX08")
    assert len(found) == 1 and "一室三处" in found[0].message


def test_a_part_listed_under_a_fee_is_no_restatement_of_the_fee():
    text = ("一、“三公”经费\n"
            "公务接待费300.00万元。其中涉外的公务接待费支出80万元。\n")
    assert _run(text, "NT03") == []


def test_the_rest_of_a_fee_beside_a_named_part_is_no_restatement_of_the_fee():
    text = ("一、“三公”经费\n"
            "涉外公务接待费支出80万元,主要用于外宾来访。\n"
            "而其他公务接待费支出220.00万元,主要用于业务交流的工作餐费等开支。\n")
    assert _run(text, "NT03") == []


def _added(total: str) -> str:
    return ("一、2023年预算执行情况\n"
            "2023年,全区一般公共预算收入150000万元,为调整预算的101.0%,比2022年增长8.0%。"
            f"加上上级补助收入90000万元、上年结转收入10000万元,收入总量为{total}万元。"
            "全区一般公共预算支出200000万元,完成调整预算的98.0%。加上上解上级支出30000万元,"
            "支出合计230000万元。\n")


def test_a_sentence_opening_with_an_adder_adds_to_the_sentence_before():
    assert _run(_added("250000"), "AR04") == []
    found = _run(_added("251000"), "AR04")
    assert len(found) == 1 and found[0].severity == "warning" and "150000" in found[0].message


def _hedged(rate: str) -> str:
    return f"某部公布2019年度部门预算,较上一年增加约45亿元,增幅约{rate}%——460亿元经费从哪里来\n"


def test_an_approximate_rate_is_held_to_its_hedge():
    # 45 ÷ 415 = 10.84%: '约10%' is loose, not wrong; '约20%' is still a miss, said as a warning
    assert _run(_hedged("10"), "AR02") == []
    found = _run(_hedged("20"), "AR02")
    assert len(found) == 1 and found[0].severity == "warning"


def test_a_wordy_note_before_the_number_is_no_subject():
    # '收入（含辖区内列统收入，下同）40.5 亿元': the note's comma splits no clause, its words name nothing
    text = ("一、2023年预算执行情况\n"
            "全区一般公共预算收入(含辖区内列统收入,下同)40.5亿元,同口径增长11.9%。"
            "全区一般公共预算收入,加上上级补助收入32.5亿元、上年结转收入8.73亿元,收入总计82.73亿元。\n")
    a = analysis_from(None, text)
    assert a.claims[0].subject == "全区一般公共预算收入"
    found = _run(text, "AR04")
    assert len(found) == 1 and "40.5" in found[0].message


def test_a_share_of_a_named_level_is_of_that_levels_total():
    # '占市本级…支出的 P%': the 市本级 figure, though the 全市 one was stated nearer
    text = ("一、收支情况\n"
            "市本级一般公共预算支出累计完成20000万元,同比下降3.0%;全市一般公共预算支出累计完成50000万元,"
            "同比增长5.0%。市本级民生支出15000万元,占市本级一般公共预算支出的75.0%。\n")
    assert _run(text, "AR01") == []
    found = _run(text.replace("75.0%", "30.0%"), "AR01")
    assert len(found) == 1 and "20000" in found[0].message
