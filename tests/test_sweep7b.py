"""Sweep 7b of unseen reports (budgets, “三公” budgets, budget execution, performance self-evaluations):
false alarms and misses.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import analysis_from, run_check as _run


def test_a_web_address_is_no_template_residue():
    # the '%E9%A2…' of a printed link is its encoding, not a blank rate
    text = ("一、公开说明\n"
            "详见平台https://example.gov.cn/a/%E9%84%AE%E9%A2%AF%E8/5.html,本部门支出合计20.00万元。\n")
    assert _run(text, "TX01") == []
    blank = "一、公开说明\n本部门支出合计20.00万元,完成预算的 %。\n"
    assert len(_run(blank, "TX01")) == 1


def test_a_count_of_items_is_no_part_of_a_sum_of_money():
    # '两项合计占 0.1%': 两项 counts the two amounts added up, it is not the amount 2
    text = ("一、收入决算情况\n"
            "本年收入合计50,000.00万元。其中:财政拨款30,000.00万元,占60.0%;经营收入30.00万元,"
            "附属单位上缴收入20.00万元,两项合计占0.1%;其他收入19,950.00万元,占39.9%。\n")
    assert _run(text, "AR01") == []


def test_a_total_heading_the_list_after_it_is_no_restatement_of_an_item():
    # '支出合计 T。包括：一般公共预算支出 a，…': T adds the list up, it is not a
    text = ("一、一般公共预算收支及平衡情况\n"
            "1.收支情况。一般公共预算支出150.00亿元,比上年增长4.0%。\n"
            "2.平衡情况。收入合计240.00亿元。包括:地方一般公共预算收入100.00亿元,上级补助收入140.00亿元。"
            "支出合计200.00亿元。包括:一般公共预算支出150.00亿元,上解上级支出30.00亿元,补助下级支出20.00亿元。"
            "收支相抵,年终结余40.00亿元。\n")
    assert _run(text, "NT03") == []
    # a total restated differently is still one
    twice = ("一、一般公共预算收支及平衡情况\n"
             "一般公共预算支出150.00亿元,比上年增长4.0%。一般公共预算支出160.00亿元,完成预算的98%。\n")
    assert len(_run(twice, "NT03")) == 1


def test_a_rate_on_a_zero_base_that_is_not_new_cannot_be():
    # the change equals the year's figure (base 0 up to rounding): 127.27% was worked on another base
    wrong = ("一、“三公”经费预算\n"
             "其中:公务用车运行费2.8万元,比上年预算增加2.8万元,增长127.27%。\n")
    found = _run(wrong, "AR02")
    assert [f.severity for f in found] == ["error"] and "≥" in found[0].message
    # '增长 100%' is how a figure new this year is printed: only noted
    new = ("一、“三公”经费预算\n"
           "其中:公务用车运行费2.8万元,比上年预算增加2.8万元,增长100%。\n")
    assert [f.severity for f in _run(new, "AR02")] == ["info"]


def test_a_headcount_printed_without_a_unit_after_its_noun_is_read():
    text = ("二、机构设置及人员情况\n"
            "编制人数40,其中:行政编制人数18、全部补助事业编制人数22、自收自支编制人数10人。\n")
    a = analysis_from({}, text)
    counts = {c.subject: (c.kind, c.unit, c.value) for c in a.claims}
    assert counts["编制人数"] == ("count", "人", 40)
    assert counts["行政编制人数"] == ("count", "人", 18)
    found = _run(text, "AR04")                  # 18 + 22 + 10 = 50 > 40
    assert [f.severity for f in found] == ["error"]
    assert _run(text.replace("自收自支编制人数10人", "自收自支编制人数0人"), "AR04") == []


def test_a_sibling_total_with_its_own_list_is_not_a_part_of_the_list_before():
    # '编制人数 A，其中：…。实有人数 B，其中：在职人数 C，行政在职人数 …；退休人数 D': 实有人数 heads its own
    # list (no part of 编制人数), and that list nests 在职人数 with its own parts (two levels, not summed)
    text = ("二、机构设置及人员情况\n"
            "编制人数40人,其中:行政编制人数18人、全部补助事业编制人数22人。"
            "实有人数45人,其中:在职人数45人,行政在职人数18人、全部补助事业在职人数20人、自收自支在职人数7人;"
            "离休人数0人;退休人数12人;遗属人数0人。\n")
    assert _run(text, "AR04") == []
    heads = {c.subject: c.extra.get("whole_head") for c in analysis_from({}, text).claims}
    assert heads["实有人数"] is None and heads["行政编制人数"] == "编制人数"


def test_a_congress_session_number_is_no_count():
    # '省十三届人大二次会议' names the session; '二次' counts nothing
    text = ("一、预算执行情况\n"
            "现将2023年预算草案提请市十四届人大三次会议审议。全市一般公共预算收入50.00亿元,增长5.0%。\n")
    a = analysis_from({}, text)
    assert [c.raw for c in a.claims if c.kind == "count"] == []
    assert [c.reason for c in a.non_claims if c.raw == "三"] == ["list_number"]


def test_shares_each_rounded_on_their_own_are_not_nudged():
    # 59.2% and 40.8% are each their amount's share rounded; they print as 100% only because the other
    # parts (经营支出, 0.03%) are too small to show — nothing was adjusted
    text = ("三、支出决算情况说明\n"
            "本年支出合计43,665.71万元。其中:基本支出25,851.69万元,占59.2%;项目支出17,799.20万元,占40.8%;"
            "经营支出14.69万元,对附属单位补助支出0.13万元。\n")
    assert _run(text, "AR04") == []


def test_a_total_with_its_items_listed_after_includes_is_checked():
    # '收入合计 T。包括：a，b，…' (a balance statement): the items add to no more than T
    ok = ("一、一般公共预算收支及平衡情况\n"
          "2.平衡情况。收入合计240.00亿元。包括:地方一般公共预算收入100.00亿元,上级补助收入60.00亿元,"
          "上年结余40.00亿元,调入资金40.00亿元。支出合计190.00亿元。包括:一般公共预算支出150.00亿元,"
          "上解上级支出30.00亿元,补助下级支出10.00亿元。收支相抵,年终结余50.00亿元。\n")
    assert _run(ok, "AR04") == []
    over = ok.replace("收入合计240.00亿元", "收入合计230.00亿元")
    found = _run(over, "AR04")
    assert [f.severity for f in found] == ["warning"] and "收入合计" in found[0].message


def test_the_verb_of_an_execution_report_is_not_part_of_the_subject():
    text = ("一、预算执行情况\n"
            "全县一般公共预算收入预计完成8100万元,同比下降6.8%;一般公共预算支出累计完成41112万元,同比增长20.4%。\n")
    subjects = {c.subject for c in analysis_from({}, text).claims}
    assert subjects == {"全县一般公共预算收入", "一般公共预算支出"}
