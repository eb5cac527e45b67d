"""A level reached by a rise or fall ('减少为 X', '下降至 X') and a year cut short ('202 年度').

Shapes seen in a real Shanghai final account (a peer tool's annotated sample): '公务接待费支出决算减少为
0.00 万元，与 2024 年持平' and a contents line '第三部分 …202 年度部门决算情况说明'. Every sentence here is
synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import CheckOptions, run
from finder.testing import THREE_PUBLIC_FINAL, analysis_from

_HEAD = "三、“三公”经费支出情况说明\n"


def _claims(text: str, tables=None):
    return analysis_from(tables or {}, _HEAD + text, 2031).claims


def _found(text: str, tables=None, codes=("NT01", "NT05", "AR02", "DR01")) -> list:
    a = analysis_from(tables or {}, _HEAD + text, 2031)
    a.report.type = "final"
    return [f for f in run(a, CheckOptions()) if f.check in codes]


def test_a_figure_after_a_direction_and_a_link_is_the_level_of_the_year():
    (c,) = _claims("公务接待费支出决算比上年减少为 9.50 万元。\n")
    assert (c.kind, c.period, c.concept, c.direction) == ("amount", "决算", "reception_fee", None)
    assert c.extra["moved"] == "减少" and c.subject == "公务接待费支出"
    (c,) = _claims("公务用车购置及运行维护费降至 15.00 万元。\n")
    assert (c.kind, c.extra["moved"], c.subject) == ("amount", "减少", "公务用车购置及运行维护费")


def test_a_level_is_checked_against_its_cell_and_never_as_a_change():
    assert _found("公务接待费支出决算比上年减少为 9.50 万元。\n", THREE_PUBLIC_FINAL) == []   # was a false 'change of 9.50'
    bad = _found("公务接待费支出决算比上年减少为 8.50 万元。\n", THREE_PUBLIC_FINAL)
    assert [(f.check, f.severity) for f in bad] == [("NT01", "error")]


def test_a_growth_rate_after_为_stays_a_change():
    (c,) = _claims("公务接待费支出决算比上年增幅为 5.00%。\n")
    assert c.kind == "change_pct" and "moved" not in c.extra
    (c,) = _claims("公务接待费支出决算比上年增长为 5.00%。\n")
    assert c.kind == "change_pct"


def test_a_level_reached_by_a_fall_and_said_unchanged_is_a_direction_conflict():
    bad = _found("公务接待费支出决算减少为 0.00 万元，与 2030 年持平。\n")
    assert [(f.check, f.severity) for f in bad] == [("DR01", "error")]
    assert "减少" in bad[0].message and "持平" in bad[0].evidence[-1].text
    assert _found("公务接待费支出决算为 0.00 万元，与 2030 年持平。\n") == []
    assert _found("公务接待费支出决算减少为 0.00 万元。\n") == []


def _tx01(text: str) -> list:
    a = analysis_from({}, text, 2031)
    return [f for f in run(a, CheckOptions()) if f.check == "TX01"]


def test_a_year_cut_short_in_the_contents_or_a_heading_is_template_residue():
    toc = "目录\n第一部分 某某局概况\n第二部分 某某局2031年度部门决算表\n第三部分 某某局203 年度部门决算情况说明\n\n"
    body = "第三部分 某某局2031年度部门决算情况说明\n一、收入支出决算总体情况说明\n本年收入合计 100.00 万元。\n"
    found = _tx01(toc + body)
    assert [(f.severity, f.args["variant"]) for f in found] == [("warning", "year")]
    assert "203 年度" in found[0].evidence[0].text
    assert _tx01(toc.replace("203 年度", "2031年度") + body) == []
    assert _tx01(body + "共培训 203 人次，较 2030 年度增加 3 人次。\n") == []
