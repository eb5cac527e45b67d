"""Planted changes missed on the self-evaluation appendix (session mutants16): a target the text restates.

Every sentence and form here is made up: the national form's layout, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse
from finder.checks import run as run_checks

_FORM = """项目支出绩效自评表

（2031年度）

项目名称\t\t丙丁讲座经费\t\t\t\t\t\t
主管部门\t\t某某局\t\t\t实施单位\t\t某某局\t
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t
\t年度资金总额\t50.00\t50.00\t48.00\t10\t96.00%\t9.60\t
\t其中：当年财政拨款\t50.00\t50.00\t48.00\t—\t96.00%\t—\t
年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t
\t举办讲座不少于 20 场。\t\t\t\t已举办讲座 24 场。\t\t\t
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标\t数量指标\t举办讲座场次\t≥20 场\t24 场\t50\t50\t
\t效益指标\t社会效益指标\t听众满意度\t≥90%\t93%\t40\t40\t
总分\t\t\t\t\t\t100\t99.60\t
"""
_TEXT = ("项目绩效目标完成情况：一是举办讲座场次年度目标值为≥{a} 场，实际完成 24 场，达到预期目标；"
         "二是听众满意度年度目标值为{b}，实际完成 93%，达到预期目标。")


def _analysed(tmp_path, a: str = "20", b: str = "≥90%"):
    path = tmp_path / "report.txt"
    path.write_text("某某局2031年度部门决算\n\n五、预算绩效情况说明\n" + _TEXT.format(a=a, b=b) + "\n\n" + _FORM,
                    encoding="utf-8")
    return analyse([str(path)])


def test_a_target_restated_in_the_summary_is_held_to_its_row(tmp_path):
    """'一是<三级指标>年度目标值为≥20 场，实际完成 24 场' outside a numbered explanation: EV07 held the result
    to the row, but the target was left to no check ('由绩效自评表检查核对'), so a misprinted target
    passed whenever the result still met it. The figure right after the target words is held against the
    row's 年度指标值."""
    a = _analysed(tmp_path)
    assert not [f for f in run_checks(a) if f.severity != "info"]
    # the form's own goal cell ('举办讲座不少于 20 场') is read too (role "form"); this is about the summary
    targets = [c for c in a.claims if c.kind == "target" and c.paragraph.role != "form"]
    assert [(c.raw.strip(), c.status) for c in targets] == [("20 场", "verified"), ("90%", "verified")]
    assert all(any(e.get("check") == "EV10" and e.get("column") == "年度指标值" for e in c.checked_against)
               for c in targets)
    [f] = [f for f in run_checks(_analysed(tmp_path, a="15")) if f.check == "EV10"]
    assert f.severity == "error" and "≥15 场" in f.message and "举办讲座场次" in f.message
    [f] = [f for f in run_checks(_analysed(tmp_path, b="≥80%")) if f.check == "EV10"]
    assert "≥80%" in f.message and "≥90%" in f.message


def test_a_target_in_another_unit_or_after_other_words_is_not_read(tmp_path):
    """Only the figure right after the target words, in the unit the row prints, restates the target:
    '≥0.9 万人' against '≥20 场', or a figure after other words ('为举办 15 场以上'), is not compared."""
    assert not [f for f in run_checks(_analysed(tmp_path, b="≥0.9 万人")) if f.check == "EV10"]
    other = _TEXT.replace("年度目标值为≥{a} 场", "年度目标值为全年举办 {a} 场以上")
    path = tmp_path / "other.txt"
    path.write_text("某某局2031年度部门决算\n\n五、预算绩效情况说明\n" + other.format(a="15", b="≥90%") + "\n\n" + _FORM,
                    encoding="utf-8")
    assert not [f for f in run_checks(analyse([str(path)])) if f.check == "EV10"]
