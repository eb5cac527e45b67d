"""Figures written in a self-evaluation form's prose cells (年度总体目标: 预期目标 / 实际完成情况) are claims: read
with their place, a list's parts held against its head, and the head amount against the form's own funds rows.
Made-up forms of the shape real ones take (a form an extraction ran into one line)."""
from __future__ import annotations

from pathlib import Path

from finder.testing import file_analysis

_FORM = ("附件：项目支出绩效自评表 （2031年度） 项目名称 甲乙咨询服务项目 主管部门 101-甲乙县丙丁镇人民政府 "
         "实施单位 101001-甲乙县丙丁镇人民政府 项目资金 （万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
         "年度资金总额: 60 59.474 59.474 10 100% 10 其中:本年财政拨款 60 59.474 59.474 上年结转资金 其他资金 "
         "年度总体目标 预期目标 实际完成情况 {expected} {actual} "
         "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
         "产出指标（50分） 数量指标 咨询报告数量 ≥20份 20 20 20 质量指标 报告合格率 ≥95% 98 20 20 "
         "时效指标 报告提交及时性 按期提交 达成预期指标 10 10 "
         "效益指标（30分） 社会效益指标 服务对象受益程度 效果明显 达成预期指标 30 30 "
         "满意度指标（10分） 服务对象满意度指标 服务对象满意度 ≥90% 95 10 10 总分 100 100")
_EXPECTED = "本项目共申请预算资金{whole}万元。其中:20万元用于甲类咨询;20万元用于乙类咨询;{third}万元用于丙类咨询。"
_ACTUAL = "本项目共完成预算资金{spent}万元。其中:20万元用于甲类咨询;20万元用于乙类咨询;19.47万元用于丙类咨询。"


def _run(tmp_path: Path, whole="60", third="20", spent="59.47"):
    text = _FORM.format(expected=_EXPECTED.format(whole=whole, third=third), actual=_ACTUAL.format(spent=spent))
    return file_analysis(tmp_path, text, "form.txt")


def _form_claims(a):
    return [c for c in a.claims if c.extra.get("form") is not None]


def test_goal_text_figures_are_claims_placed_in_their_form(tmp_path):
    a = _run(tmp_path)
    got = [(c.raw, c.extra["form"].side) for c in _form_claims(a)]
    assert got == [("60万元", "expected"), ("20万元", "expected"), ("20万元", "expected"), ("20万元", "expected"),
                   ("59.47万元", "actual"), ("20万元", "actual"), ("20万元", "actual"), ("19.47万元", "actual")]
    from finder.link.evidence import claim_evidence
    ev = claim_evidence(_form_claims(a)[0])
    assert (ev.line, ev.column, ev.table_title) == (1, "预期目标", "项目支出绩效自评表")


def test_goal_text_agreeing_with_its_form_is_verified(tmp_path):
    """60 万元 applied for: the form's 年初预算数 60; 59.47 spent: 全年执行数 59.474 at the printed precision; each
    list's parts add up to its head."""
    a = _run(tmp_path)
    assert [c.status for c in _form_claims(a)] == ["verified"] * 8
    assert not [f for f in a.findings if f.check in ("EV17", "AR04")]


def test_goal_text_spending_off_the_form_is_an_error(tmp_path):
    """57 万元 spent, the form's 全年执行数 59.474 in both rows: one cell is meant, the figure misses it."""
    a = _run(tmp_path, spent="57")
    got = [f for f in a.findings if f.check == "EV17"]
    assert [(f.severity, f.evidence[0].text[:12]) for f in got] == [("error", "本项目共完成预算资金57")]
    assert "59.474" in got[0].computation
    # the message names the form's box the figure is written in, not "the text"
    assert got[0].message.startswith("项目“甲乙咨询服务项目”绩效自评表“实际完成情况”栏所述全年执行数为 57 万元")


def test_goal_text_budget_off_both_budget_columns_is_a_warning(tmp_path):
    """70 万元 applied for: neither 年初预算数 60 nor 全年预算数 59.474; which one is meant is unsure."""
    a = _run(tmp_path, whole="70", third="30")
    got = [f for f in a.findings if f.check == "EV17"]
    assert [f.severity for f in got] == ["warning"]


def test_goal_text_parts_adding_to_more_than_the_head(tmp_path):
    a = _run(tmp_path, third="30")
    got = [f for f in a.findings if f.check == "AR04"]
    assert len(got) == 1 and "60" in got[0].message


def test_other_goal_figures_stay_unverifiable_with_the_forms_reason(tmp_path):
    """A figure naming no row of the form stays unverifiable; one repeating the row 咨询报告数量 (≥20份 | 20) is held
    against it since session 26 (tests/test_forms26.py): 20份 meets the target, 22份 misses the result 20."""
    a = file_analysis(tmp_path, _FORM.format(expected="全年完成咨询报告20份。", actual="完成咨询报告22份，接待来访15人次。"),
                      "form.txt")
    got = [(c.raw, c.status, c.reason) for c in _form_claims(a)]
    assert [g[:2] for g in got] == [("20份", "verified"), ("22份", "contradicted"), ("15人次", "unverifiable")]
    assert "实际完成情况" in got[2][2]


def test_a_list_adding_up_to_its_head_verifies_its_figures(tmp_path):
    """'…项目支出 90 万元。其中：30 万元用于甲…' adding up to the head: the figures hold against each other."""
    a = file_analysis(tmp_path, "一、项目情况\n甲乙项目支出90万元。其中：30万元用于甲工作，30万元用于乙工作，30万元用于丙工作。\n",
                      "n.txt")
    assert [c.status for c in a.claims] == ["verified"] * 4


def test_a_goal_cell_holding_a_header_word_stays_unread(tmp_path):
    """Cells run together (the goal's header and a page footer read into the 预期目标 cell) are no prose to read."""
    form = ("项目支出绩效自评表\n\n项目名称\t\t甲乙巡展经费\t\t\t\t\t\t\n"
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t\n"
            "\t年度资金总额\t80.00\t80.00\t76.00\t10\t95.00%\t9.50\t\n"
            "年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t\n"
            "\t{expected}\t\t\t\t已举办巡展 7 场。\t\t\t\n"
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
            "\t产出指标\t数量指标\t举办巡展场次\t≥8 场\t7 场\t90\t90\t\n总分\t\t\t\t\t\t100\t99.50\t\n")
    for expected, read in (("举办巡展不少于 8 场。", ["8 场", "7 场"]),
                           ("年度总体目标 实际完成情况 第 13 页 举办巡展不少于 8 场。", ["7 场"])):
        assert [c.raw.strip() for c in _form_claims(file_analysis(tmp_path, form.format(expected=expected), "form.txt"))] == read
