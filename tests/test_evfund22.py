"""EV20: the funds row's 得分 held to 分值 × 执行率 (capped at 分值) over the printed rounding; made-up forms."""
from __future__ import annotations

from pathlib import Path

from finder.analysis import analyse
from finder.checks.ev.ev20_fund_score import _rule_re
from plant_points import EV_FUND_HEAD

_HEAD = "甲乙市丙丁管理局2031年度部门决算\n\n一、部门基本情况\n\n本部门负责甲乙事务。\n\n"
_NAME = [["项目名称", "", "乡村道路养护补助", "", "", "", "", "", ""],
         ["主管部门", "", "甲乙市丙丁管理局", "", "", "实施单位", "", "甲乙市丙丁养护站", ""]]
_GOAL = [["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
         ["", "养护乡村道路 80 公里。", "", "", "", "养护乡村道路 82 公里。", "", "", ""]]
_INDICATORS = [
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["", "产出指标", "数量指标", "养护道路里程", "≥80 公里", "82 公里", "50", "50", ""],
    ["", "效益指标", "社会效益指标", "道路通行保障率", "≥95%", "98%", "30", "30", ""],
    ["", "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "94%", "10", "10", ""],
]


def _form(budget: str, spent: str, rate: str, score: str, note: str = "") -> str:
    funds = [["", "年度资金总额", "50.00", budget, spent, "10", rate, score, ""],
             ["", "其中：财政拨款", "50.00", budget, spent, "—", rate, "—", ""]]
    rows = [*_NAME, EV_FUND_HEAD, *funds, *_GOAL, *_INDICATORS]
    table = "\n".join("\t".join(r) for r in rows)
    return f"{_HEAD}项目支出绩效自评表\n\n（2031年度）\n\n{table}\n\n{note}\n"


def _ev20(tmp_path: Path, form: str) -> list[tuple[str, str]]:
    path = tmp_path / "report.txt"
    path.write_text(form, encoding="utf-8")
    return [(f.severity, f.message) for f in analyse([str(path)]).findings if f.check == "EV20"]


def test_a_fund_score_its_rate_explains_passes(tmp_path):
    """10 × 97.33% = 9.733: printed 9.73, 9.7 (rounded), 9.5 (half points, floored), 10, 9 or 9.00 (whole points)."""
    for score in ("9.73", "9.7", "9.5", "10", "9", "9.00"):
        assert _ev20(tmp_path, _form("60.00", "58.40", "97.33%", score)) == [], score


def test_a_fund_score_no_rounding_explains_is_a_warning_stating_the_assumption(tmp_path):
    [(severity, msg)] = _ev20(tmp_path, _form("60.00", "58.40", "97.33%", "8.60"))
    assert severity == "warning"
    assert "乡村道路养护补助" in msg and "8.60" in msg and "97.33%" in msg and "未注明计分规则" in msg
    # whole points more than one away from 9.733, printed bare or with decimals
    for score in ("8", "8.00"):
        assert [s for s, _ in _ev20(tmp_path, _form("60.00", "58.40", "97.33%", score))] == ["warning"], score


def test_a_fund_score_against_the_rule_the_notes_print_is_an_error(tmp_path):
    note = "注：预算执行率得分=预算执行率×分值，最高不超过分值。"
    [(severity, msg)] = _ev20(tmp_path, _form("60.00", "58.40", "97.33%", "8.60", note))
    assert severity == "error" and "未注明" not in msg
    assert _ev20(tmp_path, _form("60.00", "58.40", "97.33%", "9.73", note)) == []


def test_a_rate_above_full_scores_the_weight_and_no_more(tmp_path):
    """全年执行数 above 全年预算数 (120%): the score is capped at its 分值 10 (not 12), so 10 passes and 9.0 does not."""
    for score in ("10", "10.00"):
        assert _ev20(tmp_path, _form("40.00", "48.00", "120.00%", score)) == [], score
    assert [s for s, _ in _ev20(tmp_path, _form("40.00", "48.00", "120.00%", "9.0"))] == ["warning"]


def test_a_score_of_the_computed_rate_passes_when_the_printed_rate_is_wrong(tmp_path):
    """58.40 ÷ 60.00 = 97.33%, printed 90.00%: the score 9.73 fits the figures (EV03 holds the rate itself)."""
    assert _ev20(tmp_path, _form("60.00", "58.40", "90.00%", "9.73")) == []
    assert len(_ev20(tmp_path, _form("60.00", "58.40", "90.00%", "8.40"))) == 1


def test_the_rule_is_read_from_its_wordings_and_not_from_the_rate_formula():
    assert _rule_re().search("预算执行率得分=执行率×分值")
    assert _rule_re().search("得分 = 分值 * 资金执行率")
    assert not _rule_re().search("预算执行率=预算执行数/调整后预算数×100%")
    assert not _rule_re().search("执行率低于60%的不得分")


def test_a_rate_printed_as_a_fraction_is_read_as_its_hundredfold_too(tmp_path):
    """Some forms print 执行率 as a fraction with no percent sign ('0.97' for 97%): 58.40 ÷ 60.00 = 97.33% fits its
    hundredfold, so neither EV03 (the rate) nor EV20 (the score) is raised; a fraction that fits neither reading is."""
    def checks(rate: str, score: str) -> list[str]:
        path = tmp_path / "report.txt"
        path.write_text(_form("60.00", "58.40", rate, score), encoding="utf-8")
        return sorted(f.check for f in analyse([str(path)]).findings if f.check in ("EV03", "EV20"))
    assert checks("0.97", "9.73") == []
    assert checks("0.9733", "9.73") == []
    assert checks("0.90", "9.73") == ["EV03", "EV03"]       # the total row and its 财政拨款 row
