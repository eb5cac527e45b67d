"""Lists whose items are printed on lines of their own after the paragraph that announces them (session 19).

Every text here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, run_check

_SECTION = "二、收入支出决算情况说明\n"


def _roles(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.text) for p in analysis_from({}, text).report.paragraphs]


def test_no_cars_bought_is_not_having_no_cars():
    """'（1）本年无公务用车购置预算安排。' says no car is to be bought: read as '无公务用车' (no cars at all) it
    was held against the running costs of the cars the unit has (a false TX05 warning)."""
    head = "一、“三公”经费预算情况\n“三公”经费预算总额为90.00万元，其中公务用车运行维护费41.00万元。\n"
    assert run_check(head + "本单位无公务用车购置预算安排。\n", "TX05") == []
    [found] = run_check(head + "本单位无公务用车。\n", "TX05")
    assert found.severity == "warning" and found.evidence[0].text == "本单位无公务用车。"


def test_numbered_lines_after_a_colon_are_items_of_its_paragraph():
    """'…主要有以下三个方面原因：' ⏎ '（一）人员减少' ⏎ '（二）项目压缩': short numbered lines without figures were
    headings (sections of their own), so no check read them as the list the paragraph announced."""
    text = (_SECTION + "本年收入合计500.00万元，比上年减少50.00万元，主要有以下{n}个方面原因：\n（一）人员减少\n（二）项目压缩\n"
            "三、其他重要事项的情况说明\n本年无其他事项。\n")
    roles = _roles(text.format(n="两"))
    assert roles[2:4] == [("narrative", "（一）人员减少"), ("narrative", "（二）项目压缩")]
    assert roles[4] == ("heading", "三、其他重要事项的情况说明")
    assert run_check(text.format(n="两"), "TX08") == []
    [found] = run_check(text.format(n="三"), "TX08")
    assert found.severity == "error" and "以下三个方面原因" in found.message and "2 项" in found.message


def test_section_titles_after_a_colon_stay_headings():
    """A numbered title whose own text follows it opens a section, colon before it or not."""
    text = ("一、部门整体支出情况\n本部门开展了整体支出评价。现将有关情况报告如下：\n（一）部门概况\n本部门设3个科室。\n"
            "（二）绩效目标\n本部门的绩效目标明确。\n")
    assert [r for r, _ in _roles(text)] == ["heading", "narrative", "heading", "narrative", "heading", "narrative"]
    # the last of the lines opens a list of its own: a title, and so are the lines before it
    text = ("一、部门整体支出情况\n本部门开展了整体支出评价。从以下方面做出分析：\n（一）决策情况\n（二）产出情况\n"
            "（一）数量指标完成率为100%，质量指标完成率为100%。\n")
    assert [r for r, _ in _roles(text)][2:4] == ["heading", "heading"]
    # a title after the list's items may close them: the items are items, the title a title
    text = ("一、部门整体支出情况\n本部门开展了整体支出评价。从以下方面做出分析：\n（一）决策情况\n（二）产出情况\n"
            "二、评价结论\n本部门整体支出绩效良好。\n")
    assert [r for r, _ in _roles(text)] == ["heading", "narrative", "narrative", "narrative", "heading", "narrative"]


def test_uses_listed_a_line_each_without_punctuation_are_held_to_their_figure():
    """'项目支出 100.00 万元，主要用于：' ⏎ '1.办公楼维修60.00万元' ⏎ '2.设备购置30.00万元': lines without a
    sentence's punctuation were headings, which end a use list before its first item: no sum was read."""
    text = "六、项目支出决算情况说明\n本年项目支出100.00万元，主要用于：\n1.办公楼维修60.00万元\n2.设备购置{b}万元\n"
    assert [f for f in run_checks(analysis_from({}, text.format(b="30.00"))) if f.severity != "info"] == []
    [found] = [f for f in run_checks(analysis_from({}, text.format(b="50.00"))) if f.severity != "info"]
    assert (found.check, found.severity) == ("AR04", "error")
    assert "办公楼维修 60.00 + 设备购置 50.00" in found.message
    assert "2.设备购置50.00万元" in [e.text for e in found.evidence]


def test_an_announced_count_is_held_to_items_numbered_1_2_3_on_their_lines():
    """'…主要有以下三个方面原因：' ⏎ '1.人员减少。' ⏎ '2.项目压缩。': TX08 counted inline ordinals (一是, （一）) only."""
    text = _SECTION + "本年收入合计500.00万元，比上年减少50.00万元，主要有以下{n}个方面原因：\n1.人员减少。\n2.项目压缩。\n"
    assert run_check(text.format(n="两"), "TX08") == []
    [found] = run_check(text.format(n="三"), "TX08")
    assert found.severity == "error" and "2 项（1.、2.）" in found.message
    assert found.evidence[0].text.endswith("主要有以下三个方面原因：")
    # an item's own lines numbered deeper are passed over
    nested = (_SECTION + "下一步将从以下{n}个方面改进：\n1.加强预算管理，具体为：\n（1）细化预算编制；\n（2）强化预算执行。\n"
              "2.完善绩效管理，强化结果应用。\n")
    assert run_check(nested.format(n="两"), "TX08") == []
    assert "2 项" in run_check(nested.format(n="三"), "TX08")[0].message
    # the list goes on after a paragraph of other text: where it ends is not known, so it is not read
    gone_on = _SECTION + "主要有以下三个方面原因：\n1.人员减少。\n2.项目压缩。\n上述两项使收入减少。\n3.物价下降。\n"
    assert run_check(gone_on, "TX08") == []


def test_uses_announced_before_the_colon_are_held_to_their_figure():
    """'…主要用于以下方面：' ⏎ '1.A a 万元；' ⏎ '2.B b 万元。': the use list was read only with the colon right
    after its marker ('主要用于：'), so parts under an announced list added to more than the figure and passed."""
    text = "六、项目支出决算情况说明\n本年项目支出100.00万元，主要用于以下几个方面：\n1.办公楼维修60.00万元；\n2.设备购置{b}万元。\n"
    assert [f for f in run_checks(analysis_from({}, text.format(b="40.00"))) if f.severity != "info"] == []
    [found] = [f for f in run_checks(analysis_from({}, text.format(b="50.00"))) if f.severity != "info"]
    assert (found.check, found.severity) == ("AR04", "error") and "2.设备购置50.00万元。" in [e.text for e in found.evidence]


def test_functional_classes_listed_a_line_each_add_up_to_the_total_with_their_shares():
    """The head and its classes on lines of their own, each with its share of the total: read by the classes'
    decomposition of the total before the line items were (a guard that the new reading leaves it so)."""
    text = ("五、一般公共预算财政拨款支出决算情况说明\n本年支出合计500.00万元，主要用于以下方面：\n"
            "（一）一般公共服务支出300.00万元，占60.00%，主要用于机关运行。\n"
            "（二）社会保障和就业支出{b}万元，占{p}%，主要用于养老保险缴费。\n")
    a = analysis_from({}, text.format(b="200.00", p="40.00"))
    assert [c.status for c in a.claims if c.kind == "share"] == ["verified", "verified"]
    assert [f for f in run_checks(a) if f.severity != "info"] == []
    [found] = [f for f in run_checks(analysis_from({}, text.format(b="250.00", p="50.00"))) if f.severity != "info"]
    assert (found.check, found.severity) == ("AR04", "error")
    assert any(e.text.startswith("（二）社会保障和就业支出250.00万元") for e in found.evidence)
