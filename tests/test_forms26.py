"""Self-evaluation forms: a goal-box figure repeating an indicator row of its form is held against that row (EV07 on
the 实际完成情况 side, EV10 on the 预期目标 side), and a row scored in full over a blank 实际完成值 is reported
(EV21, info); such a row's 分值 and 得分 still count in EV01 and EV02. Made-up forms of the shapes real ones take."""
from __future__ import annotations

from finder.testing import file_analysis

_FORM = ("项目支出绩效自评表\n\n项目名称\t\t甲乙巡展经费\t\t\t\t\t\t\n"
         "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t\n"
         "\t年度资金总额\t80.00\t80.00\t76.00\t10\t95.00%\t9.50\t\n"
         "年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t\n"
         "\t{expected}\t\t\t\t{actual}\t\t\t\n"
         "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
         "\t产出指标\t数量指标\t举办巡展场次\t≥8 场\t8 场\t40\t40\t\n"
         "\t\t\t培训人次\t≥300 人次\t{trained}\t20\t20\t\n"
         "\t\t质量指标\t巡展验收合格率\t100%\t{passed}\t20\t{score}\t\n"
         "\t满意度指标\t服务对象满意度指标\t观众满意度\t≥90%\t95%\t10\t10\t\n"
         "总分\t\t\t\t\t\t100\t{total}\t\n")
_EXPECTED = "举办巡展不少于 8 场，培训 {target} 人次。"
_ACTUAL = "已举办巡展 8 场，完成培训 {done} 人次。"


def _run(tmp_path, target="300", done="320", trained="320 人次", passed="100%", score="20", total="99.50",
         expected=None, actual=None):
    text = _FORM.format(expected=expected or _EXPECTED.format(target=target),
                        actual=actual or _ACTUAL.format(done=done), trained=trained, passed=passed, score=score,
                        total=total)
    return file_analysis(tmp_path, text, "form.txt")


def _box(a):
    return [(c.raw.strip(), c.extra["form"].side, c.status) for c in a.claims if c.extra.get("form") is not None]


def _found(a, check):
    return [f for f in a.findings if f.check == check]


def test_goal_box_figures_repeating_rows_are_verified(tmp_path):
    """'培训 300 人次' against the row's 年度指标值 ≥300 人次, '完成培训 320 人次' against its 实际完成值 320 人次; the
    巡展 figures against the 举办巡展场次 row."""
    a = _run(tmp_path)
    assert _box(a) == [("8 场", "expected", "verified"), ("300 人次", "expected", "verified"),
                       ("8 场", "actual", "verified"), ("320 人次", "actual", "verified")]
    assert not _found(a, "EV07") and not _found(a, "EV10")


def test_a_changed_result_in_the_box_is_one_ev07_error(tmp_path):
    a = _run(tmp_path, done="280")
    got = _found(a, "EV07")
    assert [f.severity for f in got] == ["error"]
    f = got[0]
    assert "实际完成情况" in f.message and "培训人次" in f.message and "280 人次" in f.message and "320 人次" in f.message
    assert "完成培训 280 人次" in f.evidence[0].text
    assert (f.evidence[1].row, f.evidence[1].column) == ("培训人次", "实际完成值")
    assert "[279.5, 280.5]" in f.computation and "[319.5, 320.5]" in f.computation
    assert ("280 人次", "actual", "contradicted") in _box(a)


def test_a_changed_target_in_the_box_is_one_ev10_error(tmp_path):
    a = _run(tmp_path, target="350")
    got = _found(a, "EV10")
    assert [f.severity for f in got] == ["error"]
    assert "预期目标" in got[0].message and "≥300 人次" in got[0].message and "350 人次" in got[0].message
    assert (got[0].evidence[1].row, got[0].evidence[1].column) == ("培训人次", "年度指标值")
    assert not _found(a, "EV07")


def test_a_box_restating_the_target_beside_the_result_verifies_the_result(tmp_path):
    """'计划培训 300 人次，实际培训 320 人次': the result agrees; the target restated beside it is not a result."""
    a = _run(tmp_path, actual="计划培训 300 人次，实际培训 320 人次。")
    assert ("320 人次", "actual", "verified") in _box(a)
    assert ("300 人次", "actual", "unverifiable") in _box(a)
    assert not _found(a, "EV07")


def test_a_result_meeting_the_target_but_not_the_row_is_a_warning(tmp_path):
    """'完成培训 300 人次' where the row's result is 320 and its target ≥300: the box may restate the target."""
    got = _found(_run(tmp_path, done="300"), "EV07")
    assert [f.severity for f in got] == ["warning"]


def test_a_figure_naming_no_row_stays_unverifiable(tmp_path):
    """'接待观众 500 人次' spells too little of '培训人次' (only its unit): no row is meant."""
    a = _run(tmp_path, actual="已举办巡展 8 场，接待观众 500 人次。")
    assert ("500 人次", "actual", "unverifiable") in _box(a)
    assert not _found(a, "EV07")


def test_a_figure_in_another_unit_than_the_row_is_not_held(tmp_path):
    """'完成培训 0.03 万人次' against a row in 人次: the units differ, nothing is compared."""
    a = _run(tmp_path, actual="已举办巡展 8 场，完成培训 0.03 万人次。")
    assert not _found(a, "EV07")


def test_a_blank_result_scored_in_full_is_an_ev21_info(tmp_path):
    a = _run(tmp_path, passed="")
    got = _found(a, "EV21")
    assert [f.severity for f in got] == ["info"]
    assert "巡展验收合格率" in got[0].message and "20/20" in got[0].message
    assert [(e.row, e.column) for e in got[0].evidence] == [("巡展验收合格率", "实际完成值")]


def test_a_blank_result_scored_down_or_filled_is_no_ev21(tmp_path):
    assert not _found(_run(tmp_path, passed="", score="15", total="94.50"), "EV21")
    assert not _found(_run(tmp_path), "EV21")


def test_a_blank_result_row_counts_in_the_score_checks(tmp_path):
    """The blank-result row's 得分 25 over its 分值 20 (EV02) and in the 总分 (EV01: 9.5+40+20+25+10 = 104.5)."""
    a = _run(tmp_path, passed="", score="25")
    assert [f.severity for f in _found(a, "EV02")] == ["error"]
    assert "巡展验收合格率" in _found(a, "EV02")[0].message
    ev01 = _found(a, "EV01")
    assert len(ev01) == 1 and "104.5" in ev01[0].message
    assert not _found(_run(tmp_path, passed="", score="20"), "EV01")


_ROWS = """项目支出绩效自评表
(2031年度)
项目名称 甲乙防汛经费
主管部门 实施单位 甲乙县丙局
项目资金
(万元)
年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
年度资金总额: 100 100 100 10 10
 其中:本年财政拨款 100 100 100 - -
年度总体目标完成情况 预期目标 实际完成情况
完成甲乙工程2个。
已完成甲乙工程2个。
年度绩效指标完成情况 一级
指标
二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
(50分)
数量指标 指标1:完成甲乙工程数量 2个 2个 30 30
指标2:培训人次 300人次 20 20
满意度指标
(10分)
服务对象
满意度指标
指标1:服务对象满意度 90% 95% 40 40
总分 100 100
"""


def test_one_figure_before_the_scores_of_a_row_a_line_is_no_blank_result(tmp_path):
    """'指标2:培训人次 300人次 20 20' printed one row a line: the one figure may be the target or the result, so
    which cell is blank is not certain and nothing is reported."""
    a = file_analysis(tmp_path, _ROWS, "rows.txt")
    assert not _found(a, "EV21")


def test_an_explanation_stating_the_blank_rows_result_is_quoted_beside_it(tmp_path):
    """The numbered explanation of the blank row states its result ('验收合格率达 98%，达到绩效目标值'): the info
    quotes that sentence as context and names the figure in its computation."""
    text = ("一、绩效指标完成情况\n\n1、巡展验收合格率。本年组织巡展验收，验收合格率达 98%，达到绩效目标值。"
            "根据既定评分标准，该项得分 20 分。\n\n"
            + _FORM.format(expected=_EXPECTED.format(target="300"), actual=_ACTUAL.format(done="320"),
                           trained="320 人次", passed="", score="20", total="99.50"))
    a = file_analysis(tmp_path, text, "form.txt")
    got = _found(a, "EV21")
    assert len(got) == 1
    assert [e.role for e in got[0].evidence] == ["claim", "context"]
    assert "98%" in got[0].evidence[1].text and "98%" in got[0].computation


_NARRATIVE = ("甲乙县丙丁局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"
              "甲乙设备购置项目年初预算数 80 万元，全年预算数 80 万元，全年执行数 76 万元，其中财政拨款 70 万元，"
              "其他资金 6 万元。\n\n本项目共申请预算资金 60 万元。其中：30 万元用于甲类设备，{second} 万元用于乙类设备。\n")


def _narrative(tmp_path, second="30"):
    a = file_analysis(tmp_path, _NARRATIVE.format(second=second), "n.txt")
    return a, {(c.raw.strip(), c.period) for c in a.claims}


def test_a_narratives_bare_use_parts_take_their_heads_period_as_a_forms_do(tmp_path):
    """'本项目共申请预算资金 60 万元。其中：30 万元用于…' read in a prose self-evaluation report as in a form's goal box
    (tests/test_goal25.py): the parts are the budget's, and adding up to it they verify each other."""
    a, got = _narrative(tmp_path)
    assert ("60 万元", "预算") in got and ("30 万元", "预算") in got
    uses = [c for c in a.claims if c.raw.strip() == "30 万元"]
    assert [c.status for c in uses] == ["verified", "verified"]
    assert not [f for f in a.findings if f.check == "AR04"]


def test_a_narratives_bare_use_parts_adding_to_more_than_the_head(tmp_path):
    a, _ = _narrative(tmp_path, second="40")
    got = [f for f in a.findings if f.check == "AR04"]
    assert len(got) == 1 and "60" in got[0].message and "40" in got[0].message


def test_the_funds_sentences_parts_read_alike_in_a_narrative_and_a_form(tmp_path):
    """'…全年执行数 76 万元，其中财政拨款 70 万元，其他资金 6 万元': the parts keep this year's reading (本年, no head
    period inherited), in the prose as in a form's box; labelled parts are not bare uses."""
    _, got = _narrative(tmp_path)
    assert ("76 万元", "决算") in got and ("70 万元", "本年") in got and ("6 万元", "本年") in got
    box = file_analysis(tmp_path, _FORM.format(
        expected=_EXPECTED.format(target="300"),
        actual="年初预算数 80 万元，全年预算数 80 万元，全年执行数 76 万元，其中财政拨款 70 万元，其他资金 6 万元。",
        trained="320 人次", passed="100%", score="20", total="99.50"), "form.txt")
    in_box = {(c.raw.strip(), c.period) for c in box.claims if c.extra.get("form") is not None}
    assert {("76 万元", "决算"), ("70 万元", "本年"), ("6 万元", "本年")} <= in_box


def test_a_result_printed_as_a_target_expression_is_no_figure_to_hold(tmp_path):
    """The row's 实际完成值 printed '≥300 人次' (its target copied): '完成培训 280 人次' has no result to meet."""
    a = _run(tmp_path, done="280", trained="≥300 人次")
    assert not _found(a, "EV07")
    assert ("280 人次", "actual", "unverifiable") in _box(a)


_TWO_ROWS = _FORM.replace("\t\t\t培训人次\t≥300 人次\t{trained}\t20\t20\t\n",
                          "\t\t\t完成改造站点数\t≥6 个\t6 个\t10\t10\t\n\t\t\t改造后开放站点数\t≥4 个\t{trained}\t10\t10\t\n")


def test_a_box_whose_comma_was_lost_pairs_each_figure_with_its_own_row(tmp_path):
    """'完成 6 个站点改造并通过验收改造后开放站点不少于 4 个': run together, the words after 6 spell the second row's
    name too; the figures and rows pair one to one, each row's name nearest its figure."""
    text = _TWO_ROWS.format(expected="完成 6 个站点改造并通过验收改造后开放站点不少于 {} 个。", actual=_ACTUAL.format(done="320"),
                            trained="4 个", passed="100%", score="20", total="99.50")
    for second, status in (("4", "verified"), ("5", "contradicted")):
        a = file_analysis(tmp_path, text.replace("{}", second), "form.txt")
        got = [(raw, st) for raw, side, st in _box(a) if side == "expected" and raw.endswith("个")]
        assert got == [("6 个", "verified"), (f"{second} 个", status)]


def test_a_box_of_one_clause_with_no_mark_after_its_figure_is_read(tmp_path):
    """No clause mark after the last figure ('已举办巡展 8 场，完成培训 320 人次'): the clause runs to the box's end."""
    a = _run(tmp_path, actual="已举办巡展 8 场，完成培训 320 人次")
    assert ("320 人次", "actual", "verified") in _box(a)
