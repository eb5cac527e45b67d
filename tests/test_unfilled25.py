"""A self-evaluation form published unfilled (EV21): its boxes still print the template's instructions to the
filler ('…(200字以内)'). Made-up forms of the shapes real ones take: one cell a line closed by ' |' with blank
cells, and one row a line with |-separated cells."""
from __future__ import annotations

from pathlib import Path

from finder.testing import file_analysis

# one cell a line, each closed by ' |'; the boxes hold the template's instructions, the indicator rows print
# their targets and weights with 完成值 and 得分 blank
_UNFILLED = """\
部门预算项目支出绩效自评表(2031年度) |
项目名称 |
31000021R000000000001-甲乙运行经费 |
主管部门 |
甲乙县丙丁局 |
年度目标完成情况 |
保障甲乙工作正常运转。 |对照年度目标,写明各项任务的完成情况(150字以内) |
绩效指标(90分) |一级指标 |
完成值 |
权重 |
得分 |
产出指标 |数量指标 |保障覆盖率 |
= |
100 |
% |
|
90 |
|
|
合计 |
100 |
|
|
评价结论 |
依据自评结果,说明总分及取得的成效。(300字以内) |存在问题 |
依据自评结果,分析问题及其原因。(300字以内) |改进措施 |
针对发现的问题,提出改进的意见和建议。(300字以内) |项目负责人: |
"""

# the same template filled: its funds note keeps the template's limit inside the note, which runs on
_FILLED = """\
部门预算项目支出绩效自评表(2031年度) | |
项目名称 | 31000021R000000000002-乙丙设备购置 | |
总额 | 0.00 | 5.00 | 5.00 | 100.00% | 10 | 10 | 1.执行率=执行数/调整后预算数,执行率低于90%的须写明原因(150字以内);2.调整预算的应说明理由. | |
产出指标 | 数量指标 | 购置台数 | = | 5 | 台 | 5 | 90 | 90 | |
合计 | 100 | 100 | |
评价结论 | 乙丙设备已购置并投入使用,自评得分100分。 | |
存在问题 | 无 | |
改进措施 | 无 | |
"""


def _findings(tmp_path: Path, text: str, check: str = "EV21"):
    return [f for f in file_analysis(tmp_path, text, "form.txt").findings if f.check == check]


def test_an_unfilled_form_is_one_warning_with_every_box(tmp_path):
    found = _findings(tmp_path, _UNFILLED)
    assert len(found) == 1, [f.message for f in found]
    f = found[0]
    assert f.severity == "warning"
    claims = [(e.text, e.line) for e in f.evidence if e.role == "claim"]
    assert claims == [("对照年度目标,写明各项任务的完成情况(150字以内)", 7),
                      ("依据自评结果,说明总分及取得的成效。(300字以内)", 25),
                      ("依据自评结果,分析问题及其原因。(300字以内)", 26),
                      ("针对发现的问题,提出改进的意见和建议。(300字以内)", 27)]
    assert "4 处" in f.message and "部门预算项目支出绩效自评表(2031年度)" in f.message


def test_a_filled_form_keeping_the_templates_note_is_not_flagged(tmp_path):
    """Two forms: the filled one (its funds note's limit runs on into the note) says nothing; the unfilled
    one after it is the one finding, titled by its own title line."""
    found = _findings(tmp_path, _FILLED + _UNFILLED)
    assert len(found) == 1, [f.message for f in found]
    context = [e for e in found[0].evidence if e.role == "context"]
    assert context[0].line == _FILLED.count("\n") + 1
    assert all("执行率" not in e.text for e in found[0].evidence)


def test_a_form_printed_with_spaces_quotes_the_instruction_without_its_label(tmp_path):
    text = ("项目支出绩效自评表\n项目名称 甲乙宣传经费\n评价结论 乙丙完成情况良好。\n"
            "存在问题 结合自评情况，分析存在的问题及原因。（200字以内）\n改进措施 无\n")
    found = _findings(tmp_path, text)
    assert [e.text for e in found[0].evidence if e.role == "claim"] == ["结合自评情况，分析存在的问题及原因。（200字以内）"]


def test_a_limit_after_a_label_or_outside_a_form_is_no_instruction(tmp_path):
    """'项目实施内容及过程概述(300字以内)' is a label (no clause in it) and a limit before any form's title is not a
    form's box; only the instruction box of the form counts."""
    text = ("甲乙单位按要求说明情况,材料限(500字以内)\n项目支出绩效自评表\n项目实施内容及过程概述(300字以内) |\n"
            "全年完成乙丙设备维护12次。 |\n改进措施 |\n针对发现的问题,提出改进意见。(200字以内) |\n")
    found = _findings(tmp_path, text)
    assert len(found) == 1
    assert [e.text for e in found[0].evidence if e.role == "claim"] == ["针对发现的问题,提出改进意见。(200字以内)"]


def test_a_limit_worded_as_a_cap_is_read_too(tmp_path):
    """'（限200字）' / '(不超过500字)' close an instruction as '(200字以内)' does."""
    text = ("项目支出绩效自评表\n项目名称 甲乙宣传经费\n存在问题 对照年度目标，分析未完成的原因（限200字）\n"
            "改进措施 针对存在的问题，提出改进措施(不超过500字)\n")
    found = _findings(tmp_path, text)
    assert len(found) == 1
    assert [e.text for e in found[0].evidence if e.role == "claim"] == [
        "对照年度目标，分析未完成的原因（限200字）", "针对存在的问题，提出改进措施(不超过500字)"]


def test_a_space_inside_the_instruction_keeps_it_whole(tmp_path):
    """A PDF's text spaces a comma off ('依据自评结果, 说明…'): the quote is the whole instruction, only a box's
    label before it ('评价结论') left out."""
    text = "项目支出绩效自评表\n评价结论 依据自评结果, 说明总分及取得的成效。(300字以内)\n"
    found = _findings(tmp_path, text)
    assert [e.text for e in found[0].evidence if e.role == "claim"] == ["依据自评结果, 说明总分及取得的成效。(300字以内)"]
