"""Recall gaps closed after sweep 4: wholes printed after their shares, totals printed above their
items, garbled figures, coarse figures in savings.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import analysis_from, run_check as _run


_SHARES = ("三、一般公共预算支出预算情况说明\n"
           "(一)教育支出类科目 1165096.08 元,占支出总预算 62.42%。\n"
           "(二)农林水支出类科目 315857.62 元,占支出总预算 16.92%。\n"
           "(三)卫生健康支出类科目 97446.47 元,占支出总预算 5.23%。\n"
           "(四)住房保障支出类科目 288032.41 元,占支出总预算 15.43%。\n")
_TOTAL = "本部门支出总预算 1866432.58 元,较上年增加 5200.00 元。\n"


def test_a_whole_printed_after_its_shares_is_used_and_said_to_be():
    # 97446.47 / 1866432.58 = 5.2210%: printed 5.23 so that the four shares add to 100.00
    found = _run(_SHARES + _TOTAL, "AR01")
    assert len(found) == 1 and "5.23" in found[0].message
    assert "1866432.58（见下文）" in found[0].message
    shares = [c for c in analysis_from({}, _SHARES + _TOTAL).claims if c.kind == "share"]
    assert [c.status for c in shares].count("verified") == 3


def test_a_whole_printed_in_a_later_section_is_not_used():
    text = _SHARES + "四、其他说明\n" + _TOTAL
    assert _run(text, "AR01") == []


def test_a_later_whole_of_another_scope_is_not_used():
    text = ("二、支出决算情况说明\n"
            "基本支出 12.50 万元,占本年支出合计的 42.09%。项目支出 17.20 万元,占本年支出合计的 57.91%。\n"
            "一般公共预算财政拨款本年支出合计 20.00 万元。\n")
    assert _run(text, "AR01") == []
    assert len(_run(text.replace("一般公共预算财政拨款本年", "本年"), "AR01")) == 2


def test_a_whole_printed_before_its_shares_wins_over_one_after():
    text = _SHARES.replace("三、一般公共预算支出预算情况说明\n",
                           "三、一般公共预算支出预算情况说明\n本部门支出总预算 1866432.58 元。\n") \
        + "本部门支出总预算 1866400.00 元。\n"
    found = _run(text, "AR01")
    assert len(found) == 1 and "见下文" not in found[0].message


_GARBLED = ("二、支出决算情况说明\n"
            "本年支出合计 ?8639.20 万元,比上年增加 120.00 万元,增长 0.65%。其中:基本支出 15000.00 万元,"
            "占本年支出合计的 80.48%;项目支出 3639.20 万元,占本年支出合计的 19.52%。\n")


def test_a_figure_touching_a_garbled_character_is_unverifiable_and_never_a_base():
    # '?8639.20' may be 18639.20 with its first digit lost: nothing is computed with it
    a = analysis_from({}, _GARBLED)
    total = next(c for c in a.claims if c.raw.startswith("8639.20"))
    assert total.status == "unverifiable" and "乱码" in total.reason
    from finder.checks import CheckOptions, run
    assert [f for f in run(a, CheckOptions()) if f.severity in ("error", "warning")] == []


def test_the_same_figures_read_clean_are_still_checked():
    found = _run(_GARBLED.replace("?8639.20", "8639.20"), "AR04")
    assert found and found[0].severity == "error"


def test_a_replacement_character_read_as_gbk_garbles_the_figure_too():
    a = analysis_from({}, "二、支出决算情况说明\n基本支出锟斤拷12.50 万元,较上年增加 2.50 万元。\n")
    c = next(c for c in a.claims if c.raw.startswith("12.50"))
    assert c.extra.get("garbled") == "锟斤拷" and c.status == "unverifiable"
    assert next(c for c in a.claims if c.raw.startswith("2.50")).extra.get("garbled") is None


def test_items_listed_under_a_total_printed_above_them_add_to_no_more_than_it():
    text = ("五、项目支出情况说明\n"
            "项目支出合计 30.00 万元,其中:物业管理费 10.20 万元,设备购置费 5.30 万元,课题研究费 16.50 万元。\n")
    found = _run(text, "AR04")
    assert len(found) == 1 and found[0].severity == "warning" and "30.00" in found[0].message
    assert _run(text.replace("16.50", "14.50"), "AR04") == []


def test_items_of_different_kinds_or_a_list_whose_head_has_no_figure_are_not_summed():
    mixed = ("五、项目支出情况说明\n"
             "项目支出合计 30.00 万元,其中:市级资金 20.20 万元,物业管理费 15.30 万元。\n")
    assert _run(mixed, "AR04") == []
    headless = ("五、政府采购情况说明\n"
                "按资金类型划分,财政拨款 1.70 万元,上年结转资金 0 万元。按项目类型分为货物类、服务类。"
                "其中:货物类采购 1.00 万元,服务类采购 0.70 万元。\n")
    assert _run(headless, "AR04") == []
