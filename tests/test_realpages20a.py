"""Readings found on real performance self-evaluations of regions not seen before (session 20). Every
sentence here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from pathlib import Path

from finder.testing import analysis_from, planted

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "corpora" / "synthetic" / "evaluation_filled.txt"
_SPENT = "执行数为 131.40 万元，"          # the first project's summary in the evaluation fixture


def _planted(tmp_path, new: str):
    return planted(EVAL, _SPENT, _SPENT + new, tmp_path / "eval.txt")


def _read(text: str, year: int = 2031):
    return analysis_from({}, "一、收入支出决算总体情况说明\n" + text + "\n", year)


def test_a_rules_bound_is_no_rate_of_the_report():
    """'预算执行率未达到 90% 的需说明原因' (a form's instruction printed with the text) read 90 as the
    execution rate (a completion, or with 低于 a fall of 90% on last year). A rate or score after a word of
    appendix.yml rule_bound_words and before 的 is a rule's bound, no figure; 达到 alone still states one."""
    for text, bound in (("预算执行率未达到 90% 的需说明原因。", "90"), ("满意度低于 80% 的不得分。", "80"),
                        ("执行率低于 90% 的项目 3 个。", "90"), ("自评得分低于 60 分的不予安排。", "60")):
        a = _read(text)
        assert bound not in [str(c.value) for c in a.claims], text
        assert bound in [n.raw for n in a.non_claims if n.reason == "threshold"], text
    a = _read("服务对象满意度达到 96% 的水平。")
    assert [(c.kind, str(c.value)) for c in a.claims] == [("ratio", "96")]


def test_a_rules_bound_beside_a_projects_figures(tmp_path):
    a = _planted(tmp_path, "执行率低于 90% 的扣 1 分，")
    assert not [c for c in a.claims if str(c.value) == "90" and "执行率低于" in c.paragraph.text]
    assert not a.findings, [(f.check, f.message) for f in a.findings]


def test_a_figure_added_within_the_year_is_no_change_on_last_year(tmp_path):
    """'年中增加 8 个项目' / '年中追加预算 15.00 万元' (a prefecture centre's project self-evaluation): the
    direction word made 8 and 15.00 changes on last year (period 上年), and beside a project's figures the
    stray change left its completion rate '完成预算的 97.33%' unchecked. A figure after a frame and a word of
    directions.yml within_year is added within the year to no figure the text names: no claim."""
    a = _planted(tmp_path, "年中增加 15.00 万元，")
    assert not [c for c in a.claims if str(c.value) == "15.00"]
    [rate] = [c for c in a.claims if str(c.value) == "97.33" and c.paragraph.role != "form"]
    assert rate.status == "verified"
    assert not a.findings, [(f.check, f.message) for f in a.findings]
    a = _read("本单位实施项目共 15 个，年中增加 8 个项目，项目支出年中调减 20.00 万元。")
    assert [str(c.value) for c in a.claims] == ["15"]
    # the adjusted budget itself is still read
    a = _read("项目支出预算年中调整为 1200.00 万元。")
    assert [str(c.value) for c in a.claims] == ["1200.00"]
