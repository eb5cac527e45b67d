"""Misreads and misses left by session 20's helpers (gaps20b).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、收入支出决算总体情况说明\n"
_THREE_PUBLIC = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "公开09表", "rows": [
    "项目\t行次\t年初预算数\t全年预算数\t决算数", "栏次\t\t1\t2\t3",
    "一、“三公”经费支出\t1\t9.00\t5.00\t4.00", "1.因公出国（境）费\t2\t0.00\t0.00\t0.00",
    "2.公务用车购置及运行维护费\t3\t3.00\t2.00\t2.22", "3.公务接待费\t6\t6.00\t3.00\t1.78"]}}


def _read(text: str, tables=None):
    a = analysis_from(tables or {}, _HEAD + text, 2031)
    return a, run_checks(a)


def test_a_figure_named_for_next_year_is_no_figure_of_this_year():
    """'已安排下年度公务接待费 X 万元' / '明年计划…' / '下一年度…预算 X': the next year's figure was read as this
    year's amount (or budget), a false NT03 (two figures of one fee) or NT01 (against the 年初预算 cell)."""
    for later in ("已安排下年度公务接待费 3.20 万元。", "明年计划公务接待费 3.20 万元。",
                  "下一年度公务接待费预算 3.20 万元。"):
        a, found = _read("公务接待费支出 1.78 万元。" + later, _THREE_PUBLIC)
        assert [(c.period, c.status) for c in a.claims] == [("本年", "verified"), ("下年", "unverifiable")], later
        assert not found, later
    # this year's figure printed wrong is still caught
    _, found = _read("公务接待费支出 1.87 万元。明年计划公务接待费 3.20 万元。", _THREE_PUBLIC)
    assert [f.check for f in found if f.severity == "error"] == ["NT01"]


def test_a_figure_right_after_tongbi_with_a_direction_later_is_the_change():
    """'同比 A 万元，增加 P%' (the way printed only with the rate): A was read as this year's amount beside the
    sentence's own figure, and a wrong rate passed. Like '与上年相比 A 万元' (directions.yml base_closers),
    a figure right after 同比 (same_period_words) is the change when a direction word follows."""
    a, found = _read("“三公”经费支出 24.84 万元，同比 3.05 万元，增加 14.01%。")
    assert [c.kind for c in a.claims] == ["amount", "change_abs", "change_pct"]
    assert not [f for f in found if f.severity == "error"]
    _, found = _read("“三公”经费支出 24.84 万元，同比 3.05 万元，增加 15.01%。")
    assert [f.check for f in found if f.severity == "error"] == ["AR02"]
    # last year's figure in that slot, the rate fitting it: no finding (8affaf8)
    _, found = _read("“三公”经费支出 10.00 万元，同比 12.00 万元，下降 16.67%。")
    assert not [f for f in found if f.severity == "error"]
    # no direction after it: not read as a change
    a, _ = _read("“三公”经费支出 10.00 万元，同比 12.00 万元。")
    assert "change_abs" not in [c.kind for c in a.claims]


def test_a_name_after_qici_wei_is_the_figure_after_it():
    """'其次为公务接待费，共 X 万元': the rank word before the name (concepts.yml ranked_leads) left the name unread,
    so X took the figure before it (the 三公 total, or the item listed before), a false NT01."""
    for lead in ("其次为", "其次是"):
        text = f"“三公”经费支出 4.00 万元，其中公务用车购置及运行维护费 2.22 万元，{lead}公务接待费，共 1.78 万元。"
        a, found = _read(text, _THREE_PUBLIC)
        assert [c.concept for c in a.claims] == ["three_public", "vehicle_fee", "reception_fee"]
        assert [c.status for c in a.claims] == ["verified"] * 3 and not found
    a, found = _read("“三公”经费支出 4.00 万元，其次为公务接待费，共 1.87 万元。", _THREE_PUBLIC)
    assert a.claims[-1].concept == "reception_fee"
    assert [f.check for f in found if f.severity == "error"] == ["NT01"]


def test_a_met_verdict_right_after_the_result_decides_over_a_reason_after_it():
    """'目标值为≥4 处，实际完成3 处，达到预期目标，主要原因是…尚未完成' (a flipped verdict, its reason left as
    written): AR07 read no 'met' while a denial stood anywhere in the item, so the flip passed. The verdict
    right after the result, a clause of its own, decides over a reason clause (directions.yml reason_markers)."""
    def ar07(text):
        return [f.severity for f in _read(text)[1] if f.check == "AR07"]
    lead = "（1）新建站点数量：目标值为≥4 处，实际完成{n} 处，{v}，主要原因是部分站点选址尚未完成。"
    assert ar07(lead.format(n=3, v="达到预期目标")) == ["error"]
    assert ar07(lead.format(n=3, v="未达到预期目标")) == []
    assert ar07(lead.format(n=4, v="达到预期目标")) == []
    # not a clause of its own, or the denial outside a reason: still unread
    assert ar07(lead.format(n=3, v="达到预期目标的75%")) == []
    assert ar07("（1）新建站点数量：目标值为≥4 处，实际完成3 处，达到预期目标，但部分站点选址尚未完成。") == []


def test_a_plan_rate_is_the_done_figure_over_the_planned_one_of_its_noun():
    """'本年计划投资 A 亿元，…累计完成投资 B 亿元，年计划完成率 P%' outside any budget: only a done figure saying
    实际 was read against the plan, so a wrong rate passed. 完成 (appendix.yml planned_counts done_of_plan) is
    read too when the words after it name the plan's own noun, or none."""
    def ar03(text):
        return [f.severity for f in _read(text)[1] if f.check == "AR03"]
    text = "本年计划投资 34 亿元，截至年底累计完成投资 24.89 亿元，年计划完成率 {p}%。"
    assert ar03(text.format(p="73.17")) == []        # 24.89 ÷ [33.5, 34.5]: 34 is printed to the unit
    assert ar03(text.format(p="78.17")) == ["error"]
    assert ar03("本年计划任务 10 项，完成 9 项，完成率 80%。") == ["error"]
    assert ar03("本年计划任务 10 项，完成 9 项，完成率 90%。") == []
    # another thing done: unread
    assert ar03("本年计划投资 34 亿元，完成招商引资 24.89 亿元，完成率 78.17%。") == []
