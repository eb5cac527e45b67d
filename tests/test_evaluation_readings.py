"""Readings of a well-printed self-evaluation appendix (found filling the national forms, evaluation_filled.txt).

Every sentence and form here is made up: the national form's layout, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse
from finder.checks import run as run_checks
from finder.testing import run_check

_FORM = """项目支出绩效自评表

（2031年度）

项目名称\t\t甲乙巡展经费\t\t\t\t\t\t
主管部门\t\t某某局\t\t\t实施单位\t\t某某局\t
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t
\t年度资金总额\t80.00\t80.00\t{spent}\t10\t{rate}\t9.50\t
\t其中：当年财政拨款\t80.00\t80.00\t{spent}\t—\t{rate}\t—\t
年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t
\t举办巡展不少于 8 场。\t\t\t\t已举办巡展 7 场。\t\t\t
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标\t数量指标\t举办巡展场次\t≥8 场\t7 场\t50\t43.8\t场馆检修，1 场取消；下一年度补办
\t效益指标\t社会效益指标\t观展人次\t≥2 万人次\t2.4 万人次\t40\t40\t
总分\t\t\t\t\t\t100\t93.30\t
"""


def _analysed(tmp_path, text: str, spent: str = "76.00", rate: str = "95.00%"):
    path = tmp_path / "report.txt"
    path.write_text("某某局2031年度部门决算\n\n五、预算绩效情况说明\n" + text + "\n\n"
                    + _FORM.format(spent=spent, rate=rate), encoding="utf-8")
    return analyse([str(path)])


def test_a_funds_rate_printed_with_its_percent_sign_is_recomputed(tmp_path):
    """'执行率' printed as '95.00%' (not a bare 95) was no figure of the funds row: the row read five
    values and took the rate for left blank, so a wrong 执行率 passed."""
    assert not [f for f in run_checks(_analysed(tmp_path, "本部门对 1 个项目开展绩效自评。")) if f.check == "EV03"]
    found = [f for f in run_checks(_analysed(tmp_path, "本部门对 1 个项目开展绩效自评。", rate="97.00%"))
             if f.check == "EV03"]
    assert found and all("97.00%" in f.message for f in found)


def test_the_count_of_projects_whose_results_the_report_prints(tmp_path):
    """The national template's '本部门在今年部门决算中反映“A”“B”等 N 个项目绩效自评结果' counts the forms
    it prints: a wrong N passed (the count read as a count of activities, unverifiable)."""
    text = "本部门在今年部门决算中反映“甲乙巡展经费”等 {n} 个项目绩效自评结果。"
    a = _analysed(tmp_path, text.format(n=1))
    assert not [f for f in run_checks(a) if f.check == "EV13"]
    assert [c.status for c in a.claims if c.raw.strip() == "1 个"] == ["verified"]
    [f] = [f for f in run_checks(_analysed(tmp_path, text.format(n=2))) if f.check == "EV13"]
    assert "2 个" in f.message


def test_a_claimed_target_in_the_summary_of_a_report_with_forms(tmp_path):
    """A 综述 restating an indicator's target and result ('一是…年度目标值为≥8 场，实际完成 7 场，达到预期
    目标；二是…') says the target was met against its own figures: AR07 was quiet in any report with a
    form attached (it left the explanation to EV08, which reads numbered explanations only)."""
    text = ("项目绩效目标完成情况：一是举办巡展场次年度目标值为≥8 场，实际完成 7 场，{verdict}；"
            "二是观展人次年度目标值为≥2 万人次，实际完成 2.4 万人次，达到预期目标。")
    [f] = [f for f in run_checks(_analysed(tmp_path, text.format(verdict="达到预期目标"))) if f.check == "AR07"]
    assert "7 场" in f.message
    # each item of the list has its own verdict: the one missed says so, the other met
    missed = text.format(verdict="未达到预期目标，主要原因是场馆检修")
    assert not [f for f in run_checks(_analysed(tmp_path, missed)) if f.check == "AR07"]
    # a numbered explanation is still EV08's, not AR07's
    item = "1、举办巡展场次。年度目标值为≥8 场，实际完成 7 场，达到绩效目标值的要求。"
    found = {f.check for f in run_checks(_analysed(tmp_path, item))}
    assert "EV08" in found and "AR07" not in found


def test_a_score_left_blank():
    """'项目自评得分为 分' is a template hole like '减少 万元'; 分 running on into a word is none."""
    [f] = run_check("五、绩效自评情况\n根据年初设定的绩效目标，项目自评得分为 分，评价等级为“优”。\n", "TX01", 2031)
    assert f.severity == "warning" and "得分为 分" in f.message
    assert not run_check("五、绩效自评情况\n该项得分为分值的 90%，评价等级为“优”。\n", "TX01", 2031)
    assert not run_check("五、绩效自评情况\n项目自评得分为 93 分，评价等级为“优”。\n", "TX01", 2031)


def test_an_indicators_result_restated_in_the_summary_is_held_to_its_row(tmp_path):
    """'一是<三级指标>年度目标值为≥2 万人次，实际完成 2.4 万人次…' outside a numbered explanation: the result
    was unverifiable ('标准表格不含…'), so a misprint passed. The first figure after the target, of the row's
    kind of unit, is held against 实际完成值."""
    text = ("项目绩效目标完成情况：一是观展人次年度目标值为≥2 万人次，实际完成 {n} 万人次，达到预期目标；"
            "二是举办巡展场次年度目标值为≥8 场，实际完成 7 场，未达到预期目标，主要原因是 1 场取消。")
    a = _analysed(tmp_path, text.format(n="2.4"))
    assert not [f for f in run_checks(a) if f.check == "EV07"]
    assert {c.raw.strip(): c.status for c in a.claims if c.raw.strip() in ("2.4 万人次", "7 场")
            and c.extra.get("form") is None} == {"2.4 万人次": "verified", "7 场": "verified"}   # the text's, not the form's goal
    [f] = [f for f in run_checks(_analysed(tmp_path, text.format(n="3.4"))) if f.check == "EV07"]
    assert f.severity == "error" and "3.4 万人次" in f.message and "观展人次" in f.message
    # a name like no row's is not read
    other = text.format(n="3.4").replace("观展人次", "参观图书馆人数")
    assert not [f for f in run_checks(_analysed(tmp_path, other)) if f.check == "EV07"]


def test_a_projects_amounts_after_a_part_score_are_the_projects(tmp_path):
    """'…其中：…预算执行率得分 9.50 分。全年预算数为 80.00 万元，执行数为 76.00 万元': the amounts' subject ran
    on from the part score, which is neither the project's name nor a total score, so EV17 left them
    unverifiable. An amount is no score's: after a score (total or part) it is the form's."""
    text = ("甲乙巡展经费项目自评得分为 93.30 分，其中：产出指标得分 43.8 分，效益指标得分 40 分，预算执行率得分 9.50 分。"
            "全年预算数为 80.00 万元，执行数为 {spent} 万元。")
    a = _analysed(tmp_path, text.format(spent="76.00"))
    assert [c.status for c in a.claims if c.kind == "amount"] == ["verified", "verified"]
    [f] = [f for f in run_checks(_analysed(tmp_path, text.format(spent="67.00"))) if f.check == "EV17"]
    assert "67.00" in f.message
