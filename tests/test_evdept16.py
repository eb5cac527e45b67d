"""The department-wide self-evaluation form (部门整体支出绩效自评表) and the prose about it (session 16).

Every form and sentence here is made up: the national template's layout, our own names and numbers."""
from __future__ import annotations

from pathlib import Path

from finder.analysis import analyse
from finder.appendix.build import of

_FORM = """部门整体支出绩效自评表

（2031年度）

部门（单位）名称\t\t甲乙市丙丁管理局\t\t\t\t\t\t
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t
\t年度资金总额\t800.00\t{budget}\t760.00\t10\t{rate}\t{fund_score}\t
\t其中：基本支出\t500.00\t500.00\t495.00\t—\t99.00%\t—\t
\t项目支出\t300.00\t300.00\t265.00\t—\t88.33%\t—\t
年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t
\t保障机关正常运转，完成年度重点工作。\t\t\t\t全年执行资金 760.00 万元。\t\t\t
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标\t数量指标\t年度重点工作完成数\t≥10 项\t10 项\t25\t25\t
\t\t时效指标\t重点工作按期完成率\t≥95%\t{late}\t25\t{late_score}\t
\t效益指标\t社会效益指标\t政务信息公开率\t=100%\t100%\t30\t30\t
\t满意度指标\t服务对象满意度指标\t办事群众满意度\t≥90%\t94%\t10\t10\t
总分\t\t\t\t\t\t100\t{total}\t
"""


def _form(late: str = "90%", late_score: str = "23.5", budget: str = "800.00", rate: str = "95.00%",
          fund_score: str = "9.5") -> str:
    total = 25 + float(late_score) + 30 + 10 + float(fund_score)
    return _FORM.format(late=late, late_score=late_score, budget=budget, rate=rate, fund_score=fund_score,
                        total=f"{total:.2f}")


def _run(tmp_path: Path, prose: str, form: str | None = None):
    path = tmp_path / "report.txt"
    path.write_text("甲乙市丙丁管理局2031年度部门决算\n\n" + prose + "\n\n" + (form or _form()), encoding="utf-8")
    return [f for f in analyse([str(path)]).findings if f.severity in ("error", "warning")]


def _checks(found, check: str) -> list[str]:
    return [f.message for f in found if f.check == check]


# ---------------------------------------------------------------- EV19: the department's goals said met

def test_the_department_said_to_have_met_every_goal_while_its_form_scores_one_down(tmp_path):
    for said in ("部门整体绩效目标全部完成", "部门年度整体绩效目标均已实现", "本部门整体支出绩效目标均已完成"):
        prose = f"一、部门基本情况\n\n2031年度，{said}，未发现明显问题。"
        [msg] = _checks(_run(tmp_path, prose), "EV19")
        assert said in msg and "重点工作按期完成率" in msg and "甲乙市丙丁管理局" in msg


def test_a_sentence_naming_the_department_form_owns_its_bare_completion_clause(tmp_path):
    """Outside a section about the department form, '各项指标均完成' is the form's the sentence names."""
    prose = "一、部门基本情况\n\n本部门部门整体支出绩效自评得分为 98.00 分，各项指标均完成。"
    [msg] = _checks(_run(tmp_path, prose), "EV19")
    assert "各项指标均完成" in msg
    # naming no form, the clause is no one's
    assert _checks(_run(tmp_path, "一、部门基本情况\n\n本年度工作有序推进，各项指标均完成。"), "EV19") == []


def test_the_department_said_to_have_met_its_goals_is_read_only_where_it_is_so(tmp_path):
    hedged = "一、部门基本情况\n\n除重点工作按期完成率外，部门整体绩效目标均已完成。"
    assert _checks(_run(tmp_path, hedged), "EV19") == []
    # the department's projects are not the department's form
    projects = "一、部门基本情况\n\n部门项目年度绩效目标全部完成。"
    assert _checks(_run(tmp_path, projects), "EV19") == []
    # every target met on the form: nothing to say
    met = "一、部门基本情况\n\n部门整体绩效目标全部完成。"
    assert _checks(_run(tmp_path, met, _form(late="96%", late_score="25")), "EV19") == []


# ------------------------------------------------ EV17: the parts of the department's score and its rate

_SUMMARY = ("二、部门整体支出绩效自评结果\n\n本部门部门整体支出绩效自评得分为 98.00 分，其中：产出指标得分 {out} 分，"
            "效益指标得分 {eff} 分，满意度指标得分 10 分，预算执行率得分 9.5 分。部门整体预算执行率为 {rate}%。")


def _summary(out: str = "48.5", eff: str = "30", rate: str = "95.00") -> str:
    return _SUMMARY.format(out=out, eff=eff, rate=rate)


def _analysis(tmp_path: Path, prose: str):
    path = tmp_path / "report.txt"
    path.write_text("甲乙市丙丁管理局2031年度部门决算\n\n" + prose + "\n\n" + _form(), encoding="utf-8")
    return analyse([str(path)])


def test_the_parts_of_the_department_score_and_its_rate_agree_with_the_form(tmp_path):
    a = _analysis(tmp_path, _summary())
    assert [f.message for f in a.findings if f.severity in ("error", "warning")] == []
    read = {c.raw.strip(): c.status for c in a.claims if c.unit in ("分", "%")}
    # each 一级指标's score is the sum of its rows (满意度指标 is its own, though a 二级 header's word too)
    assert read == {"98.00 分": "verified", "48.5 分": "verified", "30 分": "verified", "10 分": "verified",
                    "9.5 分": "verified", "95.00%": "verified"}


def test_a_part_of_the_department_score_restated_wrong(tmp_path):
    found = _run(tmp_path, _summary(out="47.5", eff="31"))
    msgs = _checks(found, "EV17")
    assert len(msgs) == 2
    assert "产出指标得分为 47.5 分" in msgs[0] and "48.5（25 + 23.5）" in msgs[0]
    assert "效益指标得分为 31 分" in msgs[1] and "30" in msgs[1]


def test_a_second_level_score_is_the_sum_of_its_rows(tmp_path):
    prose = "二、部门整体支出绩效自评结果\n\n本部门部门整体支出绩效自评得分为 98.00 分，其中：时效指标得分 {x} 分。"
    assert _checks(_run(tmp_path, prose.format(x="23.5")), "EV17") == []
    [msg] = _checks(_run(tmp_path, prose.format(x="25")), "EV17")
    assert "时效指标得分为 25 分" in msg and "23.5" in msg


def test_the_department_rate_restated_wrong(tmp_path):
    [msg] = _checks(_run(tmp_path, _summary(rate="96.00")), "EV17")
    assert "96.00%" in msg and "760.00 ÷ 800.00" in msg


def test_a_part_is_read_only_when_its_words_name_one(tmp_path):
    """A rate of a part of the spending (基本支出) or a score of no 一级指标 the form prints is not the form's."""
    prose = ("二、部门整体支出绩效自评结果\n\n本部门部门整体支出绩效自评得分为 98.00 分，基本支出预算执行率为 99.90%，"
             "决策指标得分 12 分。")
    assert _checks(_run(tmp_path, prose), "EV17") == []
    # a paragraph naming no form is no one's
    assert _checks(_run(tmp_path, "二、其他情况\n\n产出指标得分 40 分，预算执行率为 90.00%。"), "EV17") == []


# ---------------------------------------------------- EV16: a rating stated without the score it rates

def test_a_rating_of_the_department_form_stated_without_its_score(tmp_path):
    """'部门整体支出绩效自评等级为“良”' states no score: the form's 总分 (98.00) is rated."""
    prose = "二、部门整体支出绩效自评结果\n\n经自评，部门整体支出绩效自评等级为“{r}”。"
    [msg] = _checks(_run(tmp_path, prose.format(r="良")), "EV16")
    assert "“良”" in msg and "98.00" in msg and "“优”" in msg
    assert _checks(_run(tmp_path, prose.format(r="优")), "EV16") == []
    # another's rating (a 重点评价) is not the self-evaluation's
    other = "二、部门整体支出绩效自评结果\n\n市财政局对部门整体支出开展重点评价，评价等级为“良”。"
    assert _checks(_run(tmp_path, other), "EV16") == []
    # a sentence naming no form rates nothing the form holds
    assert _checks(_run(tmp_path, "二、其他情况\n\n经自评，评价等级为“良”。"), "EV16") == []
    # a score in the sentence is the one rated (EV16 as before): 88 分 is 良
    scored = "二、部门整体支出绩效自评结果\n\n部门整体支出绩效自评得分为 88 分，评价等级为“良”。"
    assert _checks(_run(tmp_path, scored), "EV16") == []


# --------------------------------------------- the form: an indicator named as a 二级 header is a row

def test_an_indicator_named_like_its_level_header_is_read(tmp_path):
    """'满意度指标 | 服务对象满意度指标 | 服务对象满意度': the 三级指标's name is also a 二级 header word, and the row was
    dropped (no name left), so the form's 总分 was more than its rows and EV01 flagged a sound form."""
    form = _form().replace("\t办事群众满意度\t", "\t服务对象满意度\t")
    path = tmp_path / "report.txt"
    path.write_text("甲乙市丙丁管理局2031年度部门决算\n\n" + form, encoding="utf-8")
    a = analyse([str(path)])
    assert [f.message for f in a.findings if f.severity in ("error", "warning")] == []
    [et] = of(a).evals
    assert [(i.level1, i.group, i.name) for i in et.indicators][-1] == ("满意度指标", "服务对象满意度指标", "服务对象满意度")
