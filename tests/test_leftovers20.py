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
