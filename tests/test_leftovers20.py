"""Misreads left by helpers reading real reports in session 20, closed.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def test_the_figures_after_a_name_and_baokuo_are_its_parts():
    """'项目支出 200.00 万元。项目支出包括会议经费 36.30 万元、…': the first item after 包括 was read as
    项目支出 itself, a second, different 项目支出 (a false NT03 warning). After '<name>包括' the figures
    are the name's parts, each named by the words after the marker."""
    text = ("一、收入支出决算总体情况说明\n本年支出合计 1000.00 万元，其中：基本支出 800.00 万元，项目支出 200.00 万元。"
            "项目支出包括会议经费 36.30 万元、培训费 20.00 万元、专用材料费 143.70 万元。\n")
    a = analysis_from({}, text, 2031)
    parts = [c for c in a.claims if c.raw.startswith(("36.30", "20.00", "143.70"))]
    assert [(c.subject, c.concept, c.whole) for c in parts][0] == ("会议经费", None, "project_expense")
    assert {c.whole for c in parts} == {"project_expense"}
    assert not [f for f in run_checks(a) if f.check == "NT03"]
    # the list ends at its sentence: a figure of the name after it is the name's again
    text = text.replace("。\n", "。项目支出比上年增加 10.00 万元。\n")
    [change] = [c for c in analysis_from({}, text, 2031).claims if c.kind == "change_abs"]
    assert (change.concept, change.whole) == ("project_expense", None)


def test_a_count_of_parts_counts_no_projects():
    """'本项目由基本支出和项目支出两个部分构成' was read as a count of 2 projects (项目 named before the
    count): a count whose unit is followed by a word of concepts.yml parts_counted (部分) counts the
    parts of what is named, not that thing."""
    for text in ("本项目由基本支出和项目支出两个部分构成。", "本项目由基本支出和项目支出 2 个部分构成。"):
        a = analysis_from({}, "一、收入支出决算总体情况说明\n" + text + "\n", 2031)
        assert [(c.kind, c.concept, c.subject) for c in a.claims] == [("count", None, "部分")]
    a = analysis_from({}, "一、收入支出决算总体情况说明\n本年共实施项目 12 个。\n", 2031)
    assert [c.concept for c in a.claims] == ["projects"]


def test_a_scope_note_inside_a_name_or_after_a_budget_word_is_read_around():
    """'占预算（预算调整数，下同）的 100%' was read as a share (the note hid the budget word from 的), and
    '公务用车（含执勤执法用车）运行支出' named no concept (the note split the name). A parenthesised
    scope remark (concepts.yml scope_notes: opening 含/不含…, or ending 下同) is read around."""
    head = "一、收入支出决算总体情况说明\n"
    a = analysis_from({}, head + "本年支出 100.00 万元，占预算（预算调整数，下同）的 100%。\n", 2031)
    assert [(c.kind, c.period) for c in a.claims][1] == ("completion", "预算")
    text = "公务用车（含执勤执法用车）运行支出 12.00 万元，比上年减少 2.00 万元，下降 {p}%。\n"
    a = analysis_from({}, head + text.format(p="14.29"), 2031)
    assert {c.concept for c in a.claims} == {"vehicle_operation_fee"}
    assert a.claims[0].subject.startswith("公务用车（含执勤执法用车）运行")
    a = analysis_from({}, head + text.format(p="16.29"), 2031)
    assert [f.check for f in run_checks(a) if f.severity == "error"] == ["AR02"]
    # a note with a figure in it is no scope remark
    a = analysis_from({}, head + "公务用车（含执勤执法用车 3 辆）运行支出 12.00 万元。\n", 2031)
    assert a.claims[-1].concept != "vehicle_operation_fee"


def test_an_approved_figure_is_no_part_of_the_list_before_it():
    """'…，其中：甲类收入 a，乙类收入 b。经人大批准的本年预算收入为 Y' (a budget report): the 其中 list,
    its items of no known concept, ran on into the next sentence and Y was added as a third part (a false
    AR04 warning). A sentence whose first figure is framed as approved (directions.yml approved_frames) or
    names a period other than the items' (a budget beside actuals) ends the list."""
    from finder.testing import budget_analysis_from
    text = ("一、收入支出预算总体情况\n本年收入预算 5000.00 万元，其中：甲类收入 1000.00 万元，乙类收入 500.00 万元。"
            "{s}为 3522.00 万元。\n")
    a = budget_analysis_from({}, text.format(s="经人大批准的本年预算收入"), year=2031)
    assert "whole_head" not in a.claims[-1].extra
    assert not [f for f in run_checks(a) if f.check == "AR04"]
    head = "一、收入支出决算总体情况说明\n"
    a = analysis_from({}, head + text.split("\n", 1)[1].replace("收入预算", "收入").format(s="年初预算收入"), 2031)
    assert (a.claims[-1].period, a.claims[-1].extra.get("whole_head")) == ("年初预算", None)
    # an item of the list's own period, named no concept, still goes on with it
    a = analysis_from({}, head + "本年收入 5000.00 万元，其中：甲类收入 1000.00 万元，乙类收入 500.00 万元。"
                      "丙类收入 3522.00 万元。\n", 2031)
    assert a.claims[-1].extra.get("whole_head") == "本年收入"
    assert [f.check for f in run_checks(a) if f.check == "AR04"] == ["AR04"]
