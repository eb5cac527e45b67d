"""The closing sections of a 部门决算 (机关运行经费, 政府采购, 国有资产占有使用) in other regions' wordings.

Every sentence here is made up: the shape of a wording, other names and numbers."""
from __future__ import annotations

from pathlib import Path

from finder.testing import analysis_from, planted, quotes, run_check

FILLED = Path(__file__).resolve().parent.parent / "corpora" / "synthetic" / "national_filled.txt"
_ASSETS = "（三）国有资产占有使用情况\n截至2031年12月31日，本部门共有车辆{n}辆，其中：{kinds}。\n"


def _vehicles(n: int, kinds: str) -> str:
    return _ASSETS.format(n=n, kinds=kinds)


def test_general_and_leader_cars_are_kinds_of_the_cars_held():
    """Regions that count 领导干部用车 and 一般公务用车 instead of the national kinds: 一般公务用车 was read as
    the cars' total (concept vehicles) and 领导干部用车 as a number of persons (干部)."""
    a = analysis_from({}, _vehicles(9, "领导干部用车1辆、一般公务用车4辆、执法执勤用车4辆"), 2031)
    kinds = {c.subject: (c.concept, c.whole) for c in a.claims if c.kind == "count"}
    assert kinds["领导干部用车"] == ("vehicles_leader", "vehicles")
    assert kinds["一般公务用车"] == ("vehicles_general", "vehicles")
    assert kinds["车辆"] == ("vehicles", None)


def test_general_cars_add_up_with_the_other_kinds():
    assert run_check(_vehicles(9, "领导干部用车1辆、一般公务用车4辆、执法执勤用车3辆、其他用车1辆"), "AR04", 2031) == []
    found = run_check(_vehicles(9, "领导干部用车1辆、一般公务用车5辆、执法执勤用车3辆、其他用车1辆"), "AR04", 2031)
    # closed by 其他 and adding to more than the whole: an error, as for a list not closed (the excess does
    # not rest on reading the list as complete)
    assert [f.severity for f in found] == ["error"] and quotes(found, "AR04", "一般公务用车5辆")
    found = run_check(_vehicles(9, "一般公务用车10辆"), "AR04", 2031)
    assert [f.severity for f in found] == ["warning"] and quotes(found, "AR04", "一般公务用车10辆")


_RUNNING = ("（一）机关运行经费支出情况\n本部门2031年度机关运行经费支出318.47万元，比上年减少18.43万元，下降5.47%。"
            "其中：办公费100.00万元、印刷费20.00万元、差旅费30.00万元、公务用车运行维护费16.38万元、"
            "其他商品和服务支出{rest}万元。\n")


def test_a_list_opening_the_next_sentence_adds_to_no_more_than_its_whole():
    """'机关运行经费支出 X 万元，比上年减少 D 万元，下降 P%。其中：办公费 a 万元、…': the 其中 list opens the
    sentence after the whole's, so its sum was never held to the whole."""
    assert run_check(_RUNNING.format(rest="152.09"), "AR04", 2031) == []
    found = run_check(_RUNNING.format(rest="162.09"), "AR04", 2031)
    assert [f.severity for f in found] == ["warning"]
    assert quotes(found, "AR04", "机关运行经费支出318.47万元") and "[328.445, 328.495]" in found[0].message


def test_a_list_two_sentences_on_is_not_the_wholes():
    text = _RUNNING.format(rest="162.09").replace("其中：", "主要原因是压减会议。其中：")
    assert run_check(text, "AR04", 2031) == []


def test_the_filled_template_with_the_running_costs_listed(tmp_path):
    old = "机关运行经费支出318.47 万元，比2023年度减少18.43 万元，下降5.47%。"
    tail = "其中：办公费100.00 万元、印刷费20.00 万元、差旅费30.00 万元、其他{rest} 万元。"
    a = planted(FILLED, old, old + tail.format(rest="168.47"), tmp_path / "ok.txt")
    assert not [f for f in a.findings if f.severity in ("error", "warning")]
    a = planted(FILLED, old, old + tail.format(rest="178.47"), tmp_path / "bad.txt")
    assert quotes(a.findings, "AR04", "机关运行经费支出318.47")


_HELD = ("（三）国有资产占有使用情况\n截至2031年12月31日，本部门资产总额{total}万元，其中：流动资产500.00万元，"
         "固定资产600.00万元，无形资产100.00万元，其他资产{rest}万元。\n")


def test_a_money_list_closed_by_the_rest_adds_up_to_its_whole():
    """'资产总额 X 万元，其中：流动资产 a，固定资产 b，无形资产 c，其他资产 d': the list ends with the rest, so it
    names every kind; a sum short of the whole passed (only a sum over it was found)."""
    assert run_check(_HELD.format(total="1200.00", rest="0.00"), "AR04", 2031) == []
    found = run_check(_HELD.format(total="1300.00", rest="0.00"), "AR04", 2031)
    assert [f.severity for f in found] == ["warning"] and "读作列全" in found[0].computation
    # not closed by the rest: the items may leave kinds out, a sum short of the whole is no finding
    assert run_check(_HELD.format(total="1300.00", rest="0.00").replace("，其他资产0.00万元", ""), "AR04", 2031) == []
    # one last digit off is the rounding of the printed figures, no contradiction
    assert [f for f in run_check(_HELD.format(total="1200.01", rest="0.00"), "AR04", 2031)
            if f.severity in ("error", "warning")] == []


_SME = ("（二）政府采购支出情况\n本部门2031年度政府采购支出总额486.32万元，面向中小企业采购金额400.00万元，"
        "占政府采购支出总额的82.25%，其中面向小微企业采购金额300.00万元，占面向中小企业采购金额的{q}%。\n")


def test_contracts_to_small_firms_worded_as_purchases():
    """'面向中小企业采购金额 d 万元 … 占面向中小企业采购金额的 Q%' (for the template's 授予中小企业合同金额): the
    small firms' share named a count of enterprises as its whole and was never recomputed."""
    a = analysis_from({}, _SME.format(q="75.00"), 2031)
    shares = [c for c in a.claims if c.kind == "share"]
    assert [(c.concept, c.whole) for c in shares] == [("sme_contracts", "procurement"),
                                                      ("small_micro_contracts", "sme_contracts")]
    assert run_check(_SME.format(q="75.00"), "AR01", 2031) == []
    found = run_check(_SME.format(q="70.00"), "AR01", 2031)
    assert [f.severity for f in found] == ["error"] and quotes(found, "AR01", "70.00%")


_BY_KIND = ("（二）政府采购支出情况\n本部门2031年度授予中小企业合同金额400.00万元，占政府采购支出总额的82.25%。"
            "其中，货物采购授予中小企业合同金额180.00万元；工程采购授予中小企业合同金额96.00万元；"
            "服务采购授予中小企业合同金额{c}万元。\n")


def test_contracts_to_small_firms_by_kind_add_to_no_more_than_their_total():
    """The contracts to small firms stated by kind of purchase: their concepts have no table cell, nor has
    the total's, so no decomposition judged them and the list was never summed."""
    assert run_check(_BY_KIND.format(c="124.00"), "AR04", 2031) == []
    found = run_check(_BY_KIND.format(c="134.00"), "AR04", 2031)
    assert [f.severity for f in found] == ["warning"] and "[409.985, 410.015]" in found[0].message
