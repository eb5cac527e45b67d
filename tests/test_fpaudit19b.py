"""False findings hunted in session 19's new readings (fpaudit19b): correct sentences, made up in other
provinces' wordings, that a new reading took for defects. Each is planted into a filled template whose
tables give its figures, with a wrong twin that must still be found."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, new_findings
from plant_points import BUDGET, BUDGET_ANCHOR, EVALUATION, EV_ANCHOR, UNIT, UNIT_ANCHOR

_HEAD = "四、部门整体支出绩效自评结果\n"


def test_a_total_score_after_a_list_of_weights_under_its_scale_makes_the_scale_a_weight(tmp_path):
    """'总分 100 分，其中产出指标 50 分、…，自评得分 99.10 分': the 总分 was read as a second total score,
    held to the form's 99.10 (EV17 error) and to the list plus the score (AR06 error)."""
    text = "部门整体支出绩效自评总分 100 分，其中产出指标 50 分、效益指标 30 分、满意度指标 10 分、预算执行率 10 分，自评得分 {s} 分。"
    kinds = [(c.kind, c.raw) for c in analysis_from({}, _HEAD + text.format(s="99.10") + "\n").claims]
    assert kinds[0] == ("weight", "100 分") and kinds[-1] == ("score", "99.10 分")
    assert new_findings(EVALUATION, EV_ANCHOR, text.format(s="99.10"), tmp_path) == []
    wrong = new_findings(EVALUATION, EV_ANCHOR, text.format(s="98.10"), tmp_path)
    assert [f[:2] for f in wrong] == [("EV17", "error")] and "98.10" in wrong[0][2]


def test_an_average_of_several_forms_is_no_score_of_the_form_its_paragraph_names(tmp_path):
    """'XX项目自评得分为 89.95 分，比全部门项目平均得分 96.16 分低 6.21 分': the average (and the gap after it)
    were held to the project's 总分 89.95 (two EV17 errors)."""
    sentence = "文物建筑保护修缮经费项目自评得分为 {s} 分，比全部门项目平均得分 96.16 分低 6.21 分。"
    assert new_findings(EVALUATION, EV_ANCHOR, sentence.format(s="89.95"), tmp_path) == []
    wrong = new_findings(EVALUATION, EV_ANCHOR, sentence.format(s="88.95"), tmp_path)
    assert [f[:2] for f in wrong] == [("EV17", "error")] and "88.95" in wrong[0][2]


def test_a_counterpart_gives_its_scope_only_in_its_own_sentence(tmp_path):
    """'一般公共预算财政拨款基本支出 A，占…。本年项目支出 B，占本年支出合计的 P%': B, a sentence of its own, is
    the all-funds 项目支出 (1081.45); it took the fund's scope of the 基本支出 before it in the paragraph and was
    held to the fund's 898.75 (an NT01 error). Within one sentence the counterpart still gives it."""
    text = "一般公共预算财政拨款基本支出2639.79 万元，占一般公共预算财政拨款支出的74.60%。本年项目支出{b} 万元，占本年支出合计的25.43%。"
    assert new_findings(UNIT, UNIT_ANCHOR, text.format(b="1081.45"), tmp_path) == []
    wrong = new_findings(UNIT, UNIT_ANCHOR, text.format(b="898.75"), tmp_path)
    assert ("NT01", "error") in {f[:2] for f in wrong} and any("898.75" in f[2] for f in wrong)
    assert new_findings(UNIT, UNIT_ANCHOR, "一般公共预算财政拨款基本支出2639.79 万元，项目支出898.75 万元。", tmp_path) == []


def test_more_than_a_doubling_is_a_lower_bound():
    """'较上年 200.00 万元翻了一番多' (520.00: up 160%) was read as exactly about double ([50%, 150%]): a false
    AR02 warning. A bound word right after the doubling (多, 还多, 有余, 以上) makes it one-sided, as '一倍以上'."""
    def found(text):
        a = analysis_from({}, "一、收入支出决算总体情况说明\n" + text + "\n")
        return [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"]
    text = "本年收入合计 {v} 万元，较上年 200.00 万元{w}。"
    for w in ("翻了一番多", "翻一番还多", "翻了一番以上"):
        assert found(text.format(v="520.00", w=w)) == [], w
        assert found(text.format(v="250.00", w=w)) == [("AR02", "error")], w
    assert found(text.format(v="520.00", w="翻了一番")) == [("AR02", "warning")]


def test_an_item_of_a_funds_list_is_of_that_fund_in_the_heads_sentence(tmp_path):
    """'一般公共预算拨款支出预算 3096.34 万元，其中：基本支出 2209.34 万元，项目支出 887.00 万元' (a 部门预算
    wording): the items were held to the all-funds 基本支出 2251.34 / 项目支出 985.00 (two NT01 warnings). The
    head's scope reaches only its own sentence's one list and items of its flow (fpaudit19's reading of it,
    reverted for reaching the next sentence's 支出 under a 收入 head)."""
    text = "2031年一般公共预算拨款支出预算3096.34 万元，其中：基本支出{b} 万元，项目支出887.00 万元。"
    assert new_findings(BUDGET, BUDGET_ANCHOR, text.format(b="2209.34"), tmp_path) == []
    assert new_findings(BUDGET, BUDGET_ANCHOR, "2031年财政拨款收入3134.34 万元，其中本年收入3014.34 万元，"
                                                 "上年结转120.00 万元。", tmp_path) == []
    wrong = new_findings(BUDGET, BUDGET_ANCHOR, text.format(b="2251.34"), tmp_path)
    assert ("NT01", "warning") in {f[:2] for f in wrong} and any("2251.34" in f[2] for f in wrong)


def test_a_total_named_as_the_final_score_makes_the_total_beside_it_a_scale(tmp_path):
    """'共设置一级指标 4 个，总分 100 分，最终得分 99.10 分': 最终得分 named no total score, so the 总分 beside it
    was read as a second one and held to the form's 99.10 (an EV17 error)."""
    text = "部门整体支出绩效自评共设置一级指标 4 个，总分 100 分，最终得分 {s} 分。"
    assert new_findings(EVALUATION, EV_ANCHOR, text.format(s="99.10"), tmp_path) == []
    wrong = new_findings(EVALUATION, EV_ANCHOR, text.format(s="98.10"), tmp_path)
    assert [f[:2] for f in wrong] == [("EV17", "error")] and "98.10" in wrong[0][2]
