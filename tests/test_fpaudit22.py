"""False findings hunted on session 22's new readings (fpaudit22); every sentence made up."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _dr01(text: str) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in run_checks(analysis_from({}, text, 2031)) if f.check == "DR01"]


def test_an_unnamed_reason_head_after_a_change_on_the_budget_speaks_of_that_change():
    """'比上年减少 a，比年初预算增加 b，增加的主要原因是…': the head explains the rise over the budget (DR02's),
    not the fall on 上年, which DR01 held it against (a false error)."""
    text = "一般公共预算财政拨款支出决算200.00万元，比上年减少10.00万元，比年初预算{d}20.00万元，增加的主要原因是追加项目。\n"
    assert _dr01(text.format(d="增加")) == []
    # the head right after the change on 上年 is still held against it
    text = "一般公共预算财政拨款支出决算200.00万元，比年初预算增加20.00万元，比上年减少10.00万元，增加的主要原因是追加项目。\n"
    assert [s for s, _ in _dr01(text)] == ["error"]
    # a completion rate between them leaves the head unread
    text = "一般公共预算财政拨款支出决算200.00万元，比上年减少10.00万元，完成年初预算的110.00%，增加的主要原因是追加项目。\n"
    assert _dr01(text) == []


_THREE_PUBLIC = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "公开09表", "rows": [
    "项目\t行次\t年初预算数\t全年预算数\t决算数", "栏次\t\t1\t2\t3",
    "一、“三公”经费支出\t1\t12.00\t11.00\t10.00", "1.因公出国（境）费\t2\t0.00\t0.00\t0.00",
    "2.公务用车购置及运行维护费\t3\t8.00\t8.00\t7.00", "（1）公务用车购置费\t4\t2.00\t2.00\t1.00",
    "（2）公务用车运行维护费\t5\t6.00\t6.00\t6.00", "3.公务接待费\t6\t4.00\t3.00\t3.00"]}}


def test_a_bare_budget_of_a_final_account_may_be_either_budget_column():
    """'公务接待费预算 3.00 万元' beside a table printing 年初预算数 4.00 and 全年预算数 3.00: the bare 预算 was
    read from the leftmost budget column only, a false NT01 error; either budget is now a candidate."""
    for text in ("（三）“三公”经费\n2031年度公务接待费预算{v}万元，决算3.00万元。\n",
                 "（三）“三公”经费\n2031年度“三公”经费全年预算11.00万元，其中：公务接待费预算{v}万元。\n"):
        a = analysis_from(_THREE_PUBLIC, text.format(v="3.00"), 2031)
        assert not [f for f in run_checks(a) if f.check == "NT01"], text
        a = analysis_from(_THREE_PUBLIC, text.format(v="5.00"), 2031)
        assert [f.check for f in run_checks(a) if f.check == "NT01"] == ["NT01"], text


def test_two_of_last_years_figures_before_a_rate_leave_its_base_unread():
    """'2030年执行数为 a 万元，2030年预算安排 b 万元，比2030年预算执行数增加 P%' (the second year a slip for
    2031): the rate was held against b, the nearest, and found wrong (a false AR02 error); with two of
    last year's figures before it the base is unread, the year's slip left to TX02."""
    from finder.testing import budget_analysis_from
    text = ("2031年部门预算\n六、项目支出情况\n1.“一般公共服务支出（类）-群众团体事务（款）-一般行政管理事务（项）”"
            "2031年度预算8.61万元。2030年当年预算执行数为7.11万元，{y}年预算安排8.61万元，比2030年预算执行数增加{p}%。\n")
    a = budget_analysis_from({}, text.format(y="2030", p="21.10"), 2031)
    assert not [f for f in run_checks(a) if f.check == "AR02"]
    # one figure of last year before it is still its base
    a = budget_analysis_from({}, text.format(y="2031", p="25.00"), 2031)
    assert [f.check for f in run_checks(a) if f.check == "AR02" and f.severity == "error"] == ["AR02"]


def test_a_named_reason_head_after_the_figures_change_on_the_budget_speaks_of_that_change():
    """'财政拨款支出决算 T，比上年减少 a。…决算数比年初预算增加 b（or 完成年初预算的 P%）。财政拨款支出增加的主要原因
    是年中追加预算': the head explains the rise over the budget, and was held against the fall on 上年 (a false
    DR01 warning); the head after the figure's change on 上年 is still held against it."""
    head = "二、财政拨款支出决算情况\n财政拨款支出决算300.00万元，比上年减少10.00万元。"
    tail = "财政拨款支出增加的主要原因是年中追加预算。\n"
    assert _dr01(head + "财政拨款支出决算数比年初预算增加20.00万元。" + tail) == []
    assert _dr01("二、财政拨款支出决算情况\n财政拨款支出决算300.00万元，比上年减少10.00万元，完成年初预算的107.14%。"
                 + tail) == []
    assert [s for s, _ in _dr01(head + tail)] == ["warning"]
