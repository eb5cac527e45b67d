"""False findings hunted in other provinces' appendix wordings (session 19): correct sentences, made up
in the way 部门整体支出绩效自评 and 部门预算 texts are worded elsewhere, that a reading took for defects.
Each is read alone or planted into a filled template whose tables give its figures."""
from __future__ import annotations

from pathlib import Path

from finder.appendix.text import section_statements
from finder.testing import analysis_from, new_findings

ROOT = Path(__file__).resolve().parent.parent
EVALUATION = ROOT / "corpora" / "synthetic" / "evaluation_filled.txt"
BUDGET = ROOT / "corpora" / "synthetic" / "budget_filled.txt"
_EV_ANCHOR = "下一步改进措施：下一步将提前落实备用室内场地。"          # evaluation_filled: before the 2nd project
_BUDGET_ANCHOR = "2031年本部门实行绩效目标管理的项目6 个，涉及一般公共预算当年拨款887.00 万元。"
_HEAD = "四、部门整体支出绩效自评结果\n"



def _read(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.raw, c.period) for c in analysis_from({}, _HEAD + text + "\n", 2024).claims]


def test_last_years_score_a_scores_change_and_a_deduction_are_no_score_of_the_form(tmp_path):
    """'与上年自评得分 95.00 分相比，提高 4.10 分', '上年得分 94 分', '扣 0.90 分': each was read as this year's
    department score and held to the form's 总分 99.10 (EV17 errors on correct sentences)."""
    assert _read("部门整体支出绩效自评结果：得分 99.10 分；上年得分 94 分。") == [
        ("score", "99.10 分", "本年"), ("score", "94 分", "上年")]
    assert _read("项目自评得分 89.95 分，较上年 92.30 分下降 2.35 分。") == [
        ("score", "89.95 分", "本年"), ("score", "92.30 分", "上年"), ("change_abs", "2.35 分", "上年")]
    assert [k for k, _, _ in _read("自评得分 99.10 分，扣 0.90 分，其中产出指标扣除 0.5 分。")] == [
        "score", "deduction", "deduction"]
    assert _read("自评得分 99.10 分，比满分少 0.90 分。")[1][0] == "deduction"     # short of the weight: no change
    for sentence in ("部门整体支出绩效自评得分与上年自评得分 95.00 分相比，提高 4.10 分。",
                     "部门整体支出绩效自评结果：得分 99.10 分，等级“优”；上年得分 94 分，等级“优”。",
                     "部门整体支出绩效自评得分 99.10 分，扣 0.90 分，主要是预算执行率偏低扣 0.40 分。"):
        assert new_findings(EVALUATION, _EV_ANCHOR, sentence, tmp_path) == [], sentence
    wrong = new_findings(EVALUATION, _EV_ANCHOR, "部门整体支出绩效自评得分 95.00 分，较上年提高 4.10 分。", tmp_path)
    assert [f[:2] for f in wrong] == [("EV17", "error")] and "95.00" in wrong[0][2]


def test_a_satisfaction_indicators_weight_is_no_weight_of_the_whole_effect_section(tmp_path):
    """Provinces print 满意度指标 as a 一级 of its own beside 效益指标 ('效益指标分值 30 分…；满意度指标分值 10 分…'):
    both named the section 效果, so its weight was stated as 30 and as 10 (two EV04 errors)."""
    text = "产出指标分值 50 分，得分 49.5 分；效益指标分值 30 分，得分 30 分；满意度指标分值 10 分，得分 10 分。"
    a = analysis_from({}, _HEAD + text + "\n", 2024)
    assert [(s.section, s.weight) for s in section_statements(a.report.paragraphs)] == [("产出", "50"), ("效果", "30")]
    assert new_findings(EVALUATION, _EV_ANCHOR, text, tmp_path) == []
    wrong = new_findings(EVALUATION, _EV_ANCHOR, text + "效益指标分值 30 分，得分 30 分。效益指标分值 20 分，得分 20 分。", tmp_path)
    assert {f[:2] for f in wrong} == {("EV04", "error")} and all("20" in f[2] for f in wrong)


def test_a_name_going_on_with_zhong_names_a_part_of_it(tmp_path):
    """'公用经费中办公费 42.30 万元': the figure is the 办公费's; it was read as 公用经费 and said to be
    one figure stated twice (167.24 and 42.30, NT03)."""
    claims = analysis_from({}, "一、收入支出决算总体情况说明\n公用经费中办公费 42.30 万元，差旅费 15.80 万元。\n").claims
    assert [c.concept for c in claims] == [None, None]
    claims = analysis_from({}, "一、收入支出决算总体情况说明\n基本支出中人员经费 300.00 万元。"
                               "本年支出合计 500.00 万元中，财政拨款支出 400.00 万元。\n").claims
    assert [c.concept for c in claims] == ["personnel_funds", "expense_total", "fiscal_expense"]
    assert new_findings(BUDGET, _BUDGET_ANCHOR, "公用经费中办公费 42.30 万元，差旅费 15.80 万元，培训费 6.50 万元。",
                         tmp_path) == []


def test_project_spending_after_a_funds_basic_spending_is_that_funds(tmp_path):
    """'一般公共预算拨款基本支出 A，占…；项目支出 B，占 P%': B is the 一般公共预算's project spending (887.00),
    and was held to the all-funds 项目支出 985.00 (NT01, NT03) and its share to a wrong whole (AR01 error)."""
    sentence = "一般公共预算拨款基本支出 2209.34 万元，占一般公共预算拨款支出的 71.35%；项目支出 887.00 万元，占 28.65%。"
    assert new_findings(BUDGET, _BUDGET_ANCHOR, sentence, tmp_path) == []
    wrong = new_findings(BUDGET, _BUDGET_ANCHOR, sentence.replace("887.00", "880.00"), tmp_path)
    assert ("NT01", "warning") in {f[:2] for f in wrong} and any("887.00" in f[2] for f in wrong)


def test_a_score_right_after_the_spending_rate_is_the_funds_rows(tmp_path):
    """'…年度资金总额…执行率 96.01%，得分 9.60 分' named the department's form: the bare 得分 was read as the
    form's total (99.10), a false EV17 error; it is the 年度资金总额 row's 得分, and a wrong one is still found."""
    sentence = ("部门整体支出绩效自评表中，年度资金总额全年预算数 1343.30 万元，全年执行数 1289.65 万元，"
                "执行率 96.01%，得分 {} 分。")
    assert new_findings(EVALUATION, _EV_ANCHOR, sentence.format("9.60"), tmp_path) == []
    wrong = new_findings(EVALUATION, _EV_ANCHOR, sentence.format("9.50"), tmp_path)
    assert [f[:2] for f in wrong] == [("EV17", "error")] and "9.60" in wrong[0][2]
