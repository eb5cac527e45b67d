"""A self-evaluation row whose 实际完成值 prints a bound like a target's ('≥90%', '95%以上') states no value reached:
one EV21 info a form, quoting an explanation that states the value. Made-up forms of the shapes real ones take."""
from __future__ import annotations

from finder.testing import file_analysis

_FORM = ("{said}项目支出绩效自评表\n\n项目名称\t\t甲乙巡展经费\t\t\t\t\t\t\n"
         "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t\n"
         "\t年度资金总额\t80.00\t80.00\t76.00\t10\t95.00%\t9.50\t\n"
         "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
         "\t产出指标\t数量指标\t举办巡展场次\t≥8 场\t8 场\t40\t40\t\n"
         "\t\t质量指标\t巡展验收合格率\t100%\t100%\t40\t40\t\n"
         "\t满意度指标\t服务对象满意度指标\t观众满意度\t≥90%\t{actual}\t10\t10\t\n"
         "总分\t\t\t\t\t\t100\t99.50\t\n")
_SAID = ("一、绩效指标完成情况\n\n1、观众满意度。经问卷调查，观众满意度为 93.40%，达到绩效目标值的要求。"
         "根据既定评分标准，该项得分 10 分。\n\n")


def _ev21(tmp_path, actual, said=""):
    a = file_analysis(tmp_path, _FORM.format(actual=actual, said=said), "form.txt")
    return [f for f in a.findings if f.check == "EV21"]


def test_a_result_printing_the_target_bound_is_an_info(tmp_path):
    got = _ev21(tmp_path, "≥90%")
    assert [f.severity for f in got] == ["info"]
    assert "观众满意度" in got[0].message and "≥90%" in got[0].message and "界限" in got[0].message
    assert [(e.row, e.column) for e in got[0].evidence] == [("观众满意度", "实际完成值")]


def test_a_bound_in_words_is_read_too(tmp_path):
    assert len(_ev21(tmp_path, "95%以上")) == 1


def test_a_value_reached_is_no_finding(tmp_path):
    assert not _ev21(tmp_path, "93.40%")
    assert not _ev21(tmp_path, "95%")


def test_the_explanation_stating_the_value_is_quoted(tmp_path):
    got = _ev21(tmp_path, "≥90%", said=_SAID)
    assert len(got) == 1
    assert [e.role for e in got[0].evidence] == ["claim", "context"]
    assert "93.40%" in got[0].evidence[1].text and "93.40%" in got[0].computation
