"""Sweep 5b of unseen reports (budgets, performance self-evaluations): false alarms and misses.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.model import Finding
from finder.testing import analysis_from, run_check as _run


def test_a_generic_word_opening_a_sentence_names_the_total_not_the_last_item():
    # '支出预算较上年减少' after a list of classes: the change is the budget's, not 农林水支出's
    text = ("二、单位收支总体情况\n"
            "(二)支出预算:2025年年初预算数3000万元,其中:社会保障和就业支出预算600万元,"
            "卫生健康支出预算150万元,农林水支出2250万元。支出预算较2024年减少750万元,下降20%,"
            "主要是项目支出预算减少750万元。\n")
    assert _run(text, "AR02") == []


def test_a_change_in_the_items_own_sentence_is_still_the_items():
    text = ("二、单位收支总体情况\n"
            "(二)支出预算:2025年年初预算数3000万元,其中:社会保障和就业支出预算600万元,"
            "卫生健康支出预算150万元,农林水支出2250万元,较2024年减少750万元,下降20%。\n")
    found = _run(text, "AR02")
    assert len(found) == 1 and "农林水支出" in found[0].message


def test_retirees_after_a_semicolon_are_no_part_of_the_staff_in_service():
    text = ("一、部门基本情况\n"
            "(二)人员构成情况\n"
            "本局现有编制38个,其中行政编制35个,事业编制3个。年初在职人员33人,其中行政人员31人,"
            "事业人员2人;离退休人员58人,其中离休4人,退休54人,财政全额供养人员91人。\n")
    assert _run(text, "AR04") == []


def test_staff_in_service_listed_beyond_their_total_still_contradict():
    text = ("一、部门基本情况\n"
            "(二)人员构成情况\n"
            "年初在职人员33人,其中行政人员31人,事业人员5人;离退休人员58人,其中离休4人,退休54人。\n")
    found = _run(text, "AR04")
    assert len(found) == 1 and "58" not in found[0].message


def test_a_class_listed_under_project_spending_is_not_the_basic_spending_class():
    # the page opens inside the 基本支出 breakdown; 项目支出's own 商品和服务支出 is 0
    text = ("五、一般公共预算支出情况说明\n"
            "工资福利支出预算 612000 元,占基本支出预算 80.00%,同比增加 12000 元,增长 2.00%。\n"
            "商品和服务支出预算 153000 元,占基本支出预算 20.00%,同比增加 3000 元,增长 2.00%。\n"
            "2.项目支出 0元,同比减少 30000 元,下降 100%。下降原因是经费列入基本支出。其中:\n"
            "商品和服务支出预算 0元,同比减少 30000 元,下降 100%。\n")
    assert _run(text, "NT03") == []


def test_a_class_of_one_split_stated_twice_is_still_compared():
    text = ("五、一般公共预算支出情况说明\n"
            "项目支出 50000 元,其中:商品和服务支出预算 30000 元,资本性支出 20000 元。\n"
            "项目支出 50000 元主要用于设备购置,其中:商品和服务支出预算 35000 元。\n")
    assert len(_run(text, "NT03")) == 1


def test_a_count_and_the_names_it_lists_must_agree():
    text = ("一、单位基本概况\n"
            "下设办公室、综合股等8个股室;直属事业单位4个,即县信息中心、县评审中心、县会计服务中心。\n")
    found = [f for f in _run(text, "TX08") if isinstance(f, Finding)]
    assert len(found) == 1 and found[0].severity == "error" and "4个" in found[0].message


def test_names_joined_by_and_may_be_one_name_or_two():
    text = ("一、单位基本概况\n"
            "纳入部门预算编制范围的单位有3个,分别为局机关本级、县信息中心和县会计服务中心。"
            "联系单位2个,分别为县人力资源和社会保障局、县财政局,负责协调。\n"
            "重点项目3个,包括道路改造、桥梁维修等。\n")
    assert [f for f in _run(text, "TX08") if isinstance(f, Finding)] == []


def _details(reception_share: str) -> str:
    return ("二、2025年一般公共预算“三公”经费支出预算情况说明\n"
            "本单位2025年一般公共预算“三公”经费支出预算为22万元。其中:因公出国(境)费支出预算为0万元,"
            "公务接待费支出预算为6万元,公务用车购置及运行费支出预算为16万元。具体情况如下:\n"
            "(一)因公出国(境)费支出预算0万元,占0%,与上年持平。\n"
            "(二)公务用车购置及运行费支出预算16万元,占72.73%。其中:公务用车运行费16万元,公务用车购置费0万元。\n"
            f"(三)公务接待费支出预算6万元,占{reception_share}%,与上年持平。\n")


def test_details_after_a_list_take_the_lists_whole_not_its_last_item():
    # '具体情况如下' details the “三公”经费, not 公务用车购置及运行费 (the list's last item)
    assert _run(_details("27.27"), "AR01") == []


def test_an_items_own_list_still_takes_the_item_as_its_whole():
    claims = analysis_from({}, _details("27.27")).claims
    running = [c for c in claims if c.concept == "vehicle_operation_fee"]
    assert running and all(c.whole == "vehicle_fee" for c in running)


def test_the_implied_base_is_shown_in_the_printed_unit():
    text = ("三、一般公共预算支出情况说明\n"
            "商品和服务支出预算 60000 元,同比增加 40000 元,增长 50.00%。\n")
    found = _run(text, "AR02")
    assert len(found) == 1 and "[19999" in found[0].computation and "元" in found[0].computation.split("；")[0]


def test_a_forms_word_limit_is_no_claim():
    a = analysis_from({}, "评价结论 | 结合自评情况,说明项目自评总分。(200字以内) | 存在问题 |\n")
    assert not a.claims and any(n.reason == "word_limit" for n in a.non_claims)
