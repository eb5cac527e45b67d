"""Counts, persons and procurement-like lists read and linked (session 24, claimsA24).

Every text here is made up, in the shape real reports print: a vehicle list closed by 其他用车, staff by kind,
a persons list running on past '；', survivors beside staff in service, one count restated in several
explanations of a self-evaluation appendix, and an explanation whose indicator the form's row narrows."""
from __future__ import annotations

from finder.analysis import analyse
from finder.checks import CheckOptions, run
from finder.testing import analysis_from

_HEAD = "一、机构设置及人员情况\n"
_ASSETS = "五、国有资产占有使用情况\n"


def _checked(text: str):
    a = analysis_from({}, text)
    return a, run(a, CheckOptions())


def _by_subject(a, subject: str, raw: str | None = None):
    return [c for c in a.claims if c.subject.replace(" ", "").endswith(subject) and (raw is None or c.raw_number == raw)]


def test_a_vehicle_list_closed_by_the_rest_that_adds_up_verifies_every_figure():
    """'共有车辆 7 辆，其中：…其他用车 2 辆': the kinds add up to the whole, so the nine figures agree with each
    other; they were left 'unverifiable' (no table of vehicles), as if nothing had been checked."""
    a, found = _checked(_ASSETS + "截至2024年12月31日，本单位共有车辆7辆，其中：主要领导干部用车0辆、机要通信用车1辆、"
                                  "应急保障用车0辆、执法执勤用车4辆、其他用车2辆。单价100万元（含）以上设备3台。\n")
    assert [f.check for f in found if f.check == "AR04"] == []
    vehicles = [c for c in a.claims if c.unit == "辆"]
    assert len(vehicles) == 6 and {c.status for c in vehicles} == {"verified"}
    assert all("分项之和" in c.reason for c in vehicles)


def test_equipment_after_the_vehicles_is_no_part_of_them():
    """'…其他用车 2 辆。单价 100 万元（含）以上设备 3 台' (设备 不含车辆): the equipment was read as a part of the
    vehicles (整体:vehicles), of a budget's vehicles to buy likewise."""
    a, _ = _checked(_ASSETS + "本单位共有车辆3辆，其中：机要通信用车1辆、其他用车2辆，单价100万元（含）以上设备3台。"
                              "部门预算安排购置车辆1辆，其中：其他用车1辆；安排购置单价100万元（含）以上设备0台。\n")
    equipment = [c for c in a.claims if "设备" in c.subject]
    assert len(equipment) == 2 and all(c.whole is None for c in equipment)


def test_staff_of_kinds_the_concepts_make_parts_add_up_to_the_count():
    """'实有人数 48 人，包括行政 20 人，全额事业编 28 人': names ending unalike were read as no list at all, so a
    sum of 49 passed and a sum of 48 verified nothing; staff_by_type is a part of staff (concepts.yml part_of)."""
    a, found = _checked(_HEAD + "2024年度，本单位人员编制总数为48个，实有人数48人，包括行政20人，全额事业编28人。\n")
    assert [c.status for c in _by_subject(a, "实有人数") + _by_subject(a, "行政") + _by_subject(a, "全额事业编")] \
        == ["verified"] * 3
    assert [f.check for f in found if f.check == "AR04"] == []
    _, found = _checked(_HEAD + "2024年度，本单位人员编制总数为48个，实有人数48人，包括行政20人，全额事业编29人。\n")
    [f] = [f for f in found if f.check == "AR04"]
    assert f.severity == "error" and "[49, 49]" in f.message


def test_survivors_are_no_part_of_the_staff_in_service():
    """'在职人员 30 人，其中行政人员 20 人，事业人员 10 人，遗属人员 2 人': the survivors the unit supports were
    summed into the staff in service (20 + 10 + 2 = 32 > 30, an AR04 error): they are persons of another scope."""
    a, found = _checked(_HEAD + "本单位在职人员30人，其中行政人员20人，事业人员10人，遗属人员2人。\n")
    assert [f for f in found if f.check == "AR04"] == []
    assert [c.status for c in _by_subject(a, "在职人员")] == ["verified"]
    [survivors] = _by_subject(a, "遗属人员")
    assert survivors.whole is None and survivors.status == "unverifiable"


def test_a_persons_list_running_past_semicolons_verifies_only_when_it_adds_up():
    """'年末实有人数 20 人，其中在职人员 12 人；年末其他人员 0 人；年末学生人数 0 人；由养老保险基金发放养老金的
    离退休人员 8 人': items whose names do not say they are kinds of one thing are the count's parts only when
    they add up to it exactly; then the figures verify each other. When they do not, the reading stays unread
    (the template does not say whether the pensioners are in the 实有人数): no finding."""
    text = (_HEAD + "本单位年末实有人数20人，其中在职人员12人；年末其他人员0人；年末学生人数0人；"
                    "由养老保险基金发放养老金的离退休人员{n}人。\n")
    a, found = _checked(text.format(n=8))
    persons = [c for c in a.claims if c.unit == "人"]
    assert len(persons) == 5 and {c.status for c in persons} == {"verified"}
    a, found = _checked(text.format(n=9))
    assert [f for f in found if f.check == "AR04"] == []
    assert {c.status for c in a.claims if c.unit == "人"} == {"unverifiable"}


_APPENDIX = ("四、绩效自评结果分析\n"
             "1、签约项目总数。2024年甲乙产业招商推介会成功签约项目 {a} 个，总投资额达 12 亿元，达到绩效目标值的要求。\n"
             "2、签约总金额。2024年甲乙产业招商推介会成功签约项目 {b} 个，总投资额达 12 亿元，达到绩效目标值的要求。\n")


def test_a_count_restated_under_the_same_name_verifies_narrative_against_narrative():
    """The same qualified name and count in two explanations of one section ('…推介会成功签约项目 30 个' twice) is
    one figure stated again (NT03's narrative against narrative): the second statement agreeing verifies both,
    a different value is a warning (the two are read as one figure from their words alone)."""
    a, _ = _checked(_APPENDIX.format(a=30, b=30))
    signed = [c for c in a.claims if c.unit == "个"]
    assert len(signed) == 2 and {c.status for c in signed} == {"verified"}
    assert all("另一处" in c.reason for c in signed)
    _, found = _checked(_APPENDIX.format(a=30, b=31))
    [f] = [f for f in found if f.check == "NT03"]
    assert f.severity == "warning" and "31 个" in f.evidence[0].text
    # one name in one paragraph may cover two figures (those signing contracts, those signing framework
    # agreements): no finding, nothing verified
    a, found = _checked("四、绩效自评结果分析\n举办招商活动，6 家甲乙省内企业与我市集中签约，"
                        "10 家甲乙省内企业与我市签订战略合作框架协议。\n")
    assert [f for f in found if f.check == "NT03"] == []
    assert {c.status for c in a.claims if c.unit == "家"} == {"unverifiable"}


def test_a_restatement_keeps_the_reason_of_a_stronger_agreement():
    """A count the parts listed under it verify ('签约企业 5 家，其中：省外企业 3 家，省内企业 2 家') and that a
    later sentence restates keeps 与所述分项之和一致: the restatement verifies only what nothing else judged."""
    a, _ = _checked("四、绩效自评结果分析\n2024年本局招商推介会签约企业5家，其中：省外企业3家，省内企业2家。\n"
                    "2、招商成效。2024年本局招商推介会签约企业5家，达到绩效目标值的要求。\n")
    first, second = _by_subject(a, "本局招商推介会签约企业")
    assert first.status == second.status == "verified"
    assert "分项之和" in first.reason and "另一处" in second.reason


_FORM = ("某某局2024年度项目支出绩效自评报告\n"
         "第三部分 项目支出绩效自评表\n"
         "项目支出绩效自评表\n"
         "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
         "产出指标\t数量指标\t{row}\t10 家\t12 家\t50\t50\n"
         "产出指标\t数量指标\t培训班举办期数\t4 期\t4 期\t50\t50\n"
         "总分\t\t\t\t\t100\t100\n"
         "第四部分 绩效自评结果分析\n"
         "1、签约企业总数。本年度招商推介活动共签约企业 20 家，达到绩效目标值的要求。\n"
         "2、培训班举办期数。全年举办培训班 4 期，达到绩效目标值的要求。\n")


def test_an_explained_count_against_a_row_that_narrows_it_is_a_warning(tmp_path):
    """'1、签约企业总数。…共签约企业 20 家' against the row '现场签约企业总数 … 12 家': the row counts those signed on
    site, a part of all signed, so 20 against 12 may be no contradiction (an error before); against a row of
    the item's own name it stays an error."""
    severities = {}
    for row in ("现场签约企业总数", "签约企业总数"):
        path = tmp_path / f"{row}.txt"
        path.write_text(_FORM.format(row=row), encoding="utf-8")
        severities[row] = [f.severity for f in analyse([str(path)]).findings if f.check == "EV07"]
    assert severities == {"现场签约企业总数": ["warning"], "签约企业总数": ["error"]}
