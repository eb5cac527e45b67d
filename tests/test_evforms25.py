"""Self-evaluation forms (项目支出绩效自评表) in layouts web pages serve: a whole form an extraction ran into one
line, a form printed one cell a line with its blank cells marked, a form printed one row a line, and several forms
one |-separated run prints as one table. Made-up forms of the shapes real ones take."""
from __future__ import annotations

from pathlib import Path

from finder.analysis import analyse, parse
from finder.appendix.build import build

# one line: title, header fields, the funds block (its 年度资金总额 row left at zero while the fiscal row
# holds the money), the goal, the indicator header and rows, the 总分
_FLAT = ("附件：项目支出绩效自评表 （2031年度） 项目名称 甲乙咨询服务项目 主管部门 101-甲乙县丙丁镇人民政府 "
         "实施单位 101001-甲乙县丙丁镇人民政府 项目资金 （万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
         "年度资金总额: {total} 其中:本年财政拨款 60 59.5 59.5 上年结转资金 其他资金 "
         "年度总体目标 预期目标 实际完成情况 本项目申请资金60万元，用于甲乙咨询服务。 本项目支出59.5万元，完成甲乙咨询服务。 "
         "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
         "产出指标（50分） 数量指标 咨询报告数量 ≥20份 20 20 20 质量指标 报告合格率 ≥95% 98 20 20 "
         "时效指标 报告提交及时性 按期提交 达成预期指标 10 10 "
         "效益指标（30分） 社会效益指标 服务对象受益程度 效果明显 达成预期指标 30 30 "
         "满意度指标（10分） 服务对象满意度指标 服务对象满意度 ≥90% 95 10 10 总分 100 {score}")
_OK_TOTAL = "60 59.5 59.5 10 100% 10"


def _write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _evals(tmp_path: Path, text: str):
    return build(parse([_write(tmp_path, text)])).evals


def _findings(tmp_path: Path, text: str, check: str):
    return [f for f in analyse([_write(tmp_path, text)]).findings if f.check == check]


def test_a_form_flattened_to_one_line_is_read(tmp_path):
    """Its funds rows, its indicator rows (each closed by 分值 and 得分, the level headers before the name
    peeled) and its 总分 are read as a form printed one row a line."""
    evals = _evals(tmp_path, _FLAT.format(total=_OK_TOTAL, score="100"))
    assert len(evals) == 1
    et = evals[0]
    assert et.project == "甲乙咨询服务项目"
    assert {r: c.raw for r, c in et.fund("total").values.items()} == {
        "initial_budget": "60", "full_budget": "59.5", "spent": "59.5", "weight": "10", "rate": "100%",
        "score": "10"}
    assert {r: c.raw for r, c in et.fund("fiscal").values.items()} == {
        "initial_budget": "60", "full_budget": "59.5", "spent": "59.5"}
    got = [(i.name, i.section, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in et.indicators]
    assert got == [("咨询报告数量", "产出", "≥20份", "20", "20", "20"),
                   ("报告合格率", "产出", "≥95%", "98", "20", "20"),
                   ("报告提交及时性", "产出", "按期提交", "达成预期指标", "10", "10"),
                   ("服务对象受益程度", "效果", "效果明显", "达成预期指标", "30", "30"),
                   ("服务对象满意度", "效果", "≥90%", "95", "10", "10")]
    assert (et.total.weight.raw, et.total.score.raw) == ("100", "100")
    assert _findings(tmp_path, _FLAT.format(total=_OK_TOTAL, score="100"), "EV01") == []


def test_a_zero_total_row_under_a_funded_part_is_flagged(tmp_path):
    """'年度资金总额: 0 0 0 10 0 0' over '其中:本年财政拨款 60 59.5 59.5': the whole is less than its part."""
    found = _findings(tmp_path, _FLAT.format(total="0 0 0 10 0 0", score="90"), "EV01")
    assert len(found) == 3
    assert all("年度资金总额" in f.message and "财政拨款" in f.message for f in found)
    assert found[0].evidence[0].text.startswith("年度资金总额: 0 0 0")


def test_a_wrong_total_of_a_flattened_form_is_flagged(tmp_path):
    """The rows' 得分 (20+20+10+30+10) and the funds' 10 make 100; a 总分 printed 95 is flagged."""
    found = _findings(tmp_path, _FLAT.format(total=_OK_TOTAL, score="95"), "EV01")
    assert len(found) == 1 and "95" in found[0].message


def test_a_header_word_right_before_the_target_is_the_rows_name(tmp_path):
    """A form printed one row a line: '服务对象满意度指标 服务对象满意度 ≥90% 95 10 10' names its row
    '服务对象满意度' (a word the lexicon knows as a 二级 header too), its target '≥90%'."""
    lines = _FLAT.format(total=_OK_TOTAL, score="100").replace(" 项目资金", "\n项目资金")
    for cut in ("年度资金总额", "其中:", "上年结转", "其他资金", "年度总体目标", "本项目", "绩效指标", "产出指标",
                "质量指标", "时效指标", "效益指标", "满意度指标", "总分"):
        lines = lines.replace(" " + cut, "\n" + cut)
    lines = lines.replace("附件：", "").replace("自评表 ", "自评表\n")
    et = _evals(tmp_path, lines)[0]
    sat = et.indicators[-1]
    assert (sat.name, sat.target.raw, sat.actual.raw) == ("服务对象满意度", "≥90%", "95")


_PIPED = (
    "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |\n"
    "产出指标 | 数量指标 | 培训人次 | ≥ | 300 | 人次 | 320 | 90 | 90 | ||\n"
    "合计 | 100 | 100 | ||||||||\n"
    "评价结论 | 完成。 | |||||||||\n"
    "部门预算项目支出绩效自评表(2031年度) | ||||||||||\n"
    "项目名称 | 甲乙设备购置项目 | |||||||||\n"
    "主管部门 | 甲乙县丙丁局 | 实施单位 | 甲乙县丙丁局 | |||||||\n"
    "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||\n"
    "总额 | 0.00 | 5.00 | 4.00 | 80.00% | 10 | 8 | 说明 | |||\n"
    "其中:财政资金 | 0.00 | 5.00 | 4.00 | 80.00% | / | / | ||||\n"
    "单位资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / | ||||\n")


def test_a_form_title_inside_a_pipe_run_opens_the_next_form(tmp_path):
    """A site printing two forms as one |-separated run: the title row of the second opens it, so its funds
    rows are read under its own header (总额 5.00 / 4.00 / 80.00% / 10 / 8) and no row of the first form's
    tail, nor the title itself ('…项目支出…'), is read as a funds row."""
    evals = _evals(tmp_path, _PIPED)
    forms = [e for e in evals if e.funds]
    assert len(forms) == 1
    et = forms[0]
    assert et.kind == "project" and et.project == "甲乙设备购置项目"
    assert [f.kind for f in et.funds] == ["total", "fiscal", "unit"]
    assert {r: c.raw for r, c in et.fund("total").values.items()} == {
        "initial_budget": "0.00", "full_budget": "5.00", "spent": "4.00", "rate": "80.00%", "weight": "10",
        "score": "8"}


def _one_cell_a_line(cells: list[str]) -> str:
    """Each cell on its line with a blank line after it; a blank cell printed as a line of one space."""
    return "\n\n".join(c or " " for c in cells) + "\n"


_CELLS = (["项目支出绩效自评表", "项目名称", "甲乙楼宇改造经费", "主管部门", "甲乙市丙局", "实施单位", "甲乙市丁校",
           "项目资金", "(万元)", "", "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分",
           "年度资金总额", "50", "50", "40", "10", "80%", "8",
           "其中:当年财政拨款", "50", "50", "40", "", "", "上年结转资金", "", "", "", "", "",
           "年度总体目标", "预期目标", "实际完成情况", "完成楼宇改造", "已完成改造",
           "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分", "偏差原因分析及改进措施",
           "产出指标", "数量指标", "指标1改造面积", "2000平米", "1800平米", "{weight}", "{score}", "尾款未付，提高预算准确度",
           "指标2", "", "", "", "", "",
           "质量指标", "指标1验收合格率", "100", "100", "20", "20", "",
           "……", "", "", "", "", "",
           "效益指标", "社会效益", "指标", "指标1师生受益率", "100", "100", "30", "30", "0",
           "满意度", "指标", "服务对象满意度指标", "指标1师生满意度", "90", "95", "20", "20", "",
           "总分", "100", "{total}"])


def test_a_form_printed_one_cell_a_line_with_blank_cells_marked(tmp_path):
    """Blank cells marked by a line of spaces place every figure: a row is its name and the four cells and the
    note after it, however the level headers are spelt over lines ('满意度' / '指标'); template rows left
    blank ('指标2', '……') are dropped; a field printed alone on its line names the value under it."""
    text = _one_cell_a_line([c.format(weight="20", score="16", total="94") for c in _CELLS])
    et = _evals(tmp_path, text)[0]
    assert et.project == "甲乙楼宇改造经费"
    got = [(i.name, i.level1, i.group, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in et.indicators]
    assert got == [("指标1改造面积", "产出指标", "数量指标", "2000平米", "1800平米", "20", "16"),
                   ("指标1验收合格率", "产出指标", "质量指标", "100", "100", "20", "20"),
                   ("指标1师生受益率", "效益指标", "社会效益指标", "100", "100", "30", "30"),
                   ("指标1师生满意度", "满意度指标", "服务对象满意度指标", "90", "95", "20", "20")]
    assert (et.goal.expected, et.goal.actual) == ("完成楼宇改造", "已完成改造")
    assert (et.total.weight.raw, et.total.score.raw) == ("100", "94")
    assert _findings(tmp_path, text, "EV01") == []


def test_a_wrong_score_sum_of_a_one_cell_form_is_flagged(tmp_path):
    """8 + 16 + 20 + 30 + 20 is 94: a 总分 of 96 is flagged."""
    text = _one_cell_a_line([c.format(weight="20", score="16", total="96") for c in _CELLS])
    found = _findings(tmp_path, text, "EV01")
    assert len(found) == 1 and "96" in found[0].message


_ROWS_FORM = """项目支出绩效自评表
(2031年度)
项目名称 甲乙防汛经费
主管部门 实施单位 甲乙县丙局
项目资金
(万元)
年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
年度资金总额: 100 100 100 10 10
 其中:本年财政拨款 100 100 100 - -
年度总体目标完成情况 预期目标 实际完成情况
{goal}
年度绩效指标完成情况 一级
指标
二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
(50分)
数量指标 指标1:完成甲乙工程数量 2 2 50 50
(30分)
生态效益
指标
指标1:/ / /
指标2:
可持续影
响指标
指标1:工程良性运行 30 30
满意度指标
(10分)
服务对象
满意度指标
指标1:服务对象满意度 90% 95% 10 10
总分 100 100
"""


def test_the_indicator_blocks_label_is_no_goal_line(tmp_path):
    """'年度绩效指标完成情况 一级' opens the indicator block; it is not the goal's 实际完成情况. A goal printing
    both its cells on one line is not split (which space parts them is not known)."""
    et = _evals(tmp_path, _ROWS_FORM.format(goal="完成甲乙工程。\n已完成。"))[0]
    assert (et.goal.expected, et.goal.actual) == ("完成甲乙工程。", "已完成。")
    et = _evals(tmp_path, _ROWS_FORM.format(goal="完成甲乙工程。 已完成。"))[0]
    assert et.goal is None


def test_a_blank_template_row_takes_its_header_along(tmp_path):
    """'生态效益指标' over the blank '指标1:/ / /' is that row's header: the row under '可持续影响指标' is of that one,
    its 二级 header certain."""
    et = _evals(tmp_path, _ROWS_FORM.format(goal="完成甲乙工程。\n已完成。"))[0]
    row = next(i for i in et.indicators if i.name.endswith("工程良性运行"))
    assert row.group == "可持续影响指标"
    assert et.levels_known


def test_a_figure_in_the_note_column_of_a_flattened_form_is_no_score(tmp_path):
    """Under a header with a note column (偏差原因分析及改进措施), '报告合格率 95 98 20 20 0' closes with five
    figures: the fifth is the note's, the row's 分值 and 得分 are 20 and 20 (not 20 and 0)."""
    text = _FLAT.format(total=_OK_TOTAL, score="100").replace("≥95% 98 20 20", "95 98 20 20 0")
    et = _evals(tmp_path, text)[0]
    row = next(i for i in et.indicators if i.name == "报告合格率")
    assert (row.target.raw, row.actual.raw, row.weight.raw, row.score.raw) == ("95", "98", "20", "20")
    assert _findings(tmp_path, text, "EV01") == []
