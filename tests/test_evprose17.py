"""The self-evaluation report's prose restating its form: 一级 scores and weights named in sentences.

Each wording is planted into corpora/synthetic/evaluation_filled.txt (its forms are there); the sentences are made up."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from finder.testing import planted, quotes

ROOT = Path(__file__).resolve().parent.parent
FILLED = ROOT / "corpora" / "synthetic" / "evaluation_filled.txt"

# the department's own parts, its form: 产出 50 (20 + 15 + 15) scored 49.5, 效益 30 scored 30, 满意度 10 scored 10,
# the funds row 10 scored 9.60 (总分 99.10)
_DEPT = "其中：产出指标得分 49.5 分，效益指标得分 30 分，满意度指标得分 10 分，预算执行率得分 9.60 分。"
# the third project's: 产出 50 / 50, 效益 30 / 30, 满意度 10 / 10, funds 10 / 10.00 (总分 100.00)
_PROJECT = "非遗传承人培训补助项目自评得分为 100.00 分，评价等级为“优”。"

_WEIGHT_THEN_SCORE = ("其中：产出指标权重 {w1} 分，得分 {s1} 分；效益指标权重 30 分，得分 {s2} 分；满意度指标权重 10 分，"
                      "得分 10 分；预算执行率权重 10 分，得分 9.60 分。")
_BRACKETED = ("其中：产出指标（{w1} 分）得分 {s1} 分，效益指标（30 分）得分 {s2} 分，满意度指标（10 分）得分 10 分，"
              "预算执行率（10 分）得分 9.60 分。")
_NOTED = ("其中：产出指标（权重 {w1} 分）得分 {s1} 分，效益指标（权重 30 分）得分 {s2} 分，满意度指标（权重 10 分）得分 10 分，"
          "预算执行率（权重 10 分）得分 9.60 分。")
_FULL_MARKS = ("其中：预算执行率 9.60 分（满分 10 分），产出指标 {s1} 分（满分 {w1} 分），效益指标 {s2} 分（满分 30 分），"
               "满意度指标 10 分（满分 10 分）。")


def _errors(tmp_path, old: str, new: str) -> list:
    return [f for f in planted(FILLED, old, new, tmp_path / "planted.txt").findings
            if f.severity in ("error", "warning")]


@pytest.mark.parametrize("wording", [_WEIGHT_THEN_SCORE, _BRACKETED, _NOTED, _FULL_MARKS])
def test_the_parts_restated_as_the_form_prints_them_read_clean(wording, tmp_path):
    """'产出指标权重 50 分，得分 49.5 分' named the score by 得分 alone: it was read as the total score and held to
    the form's 总分 (an EV17 error per part); a bracketed weight '产出指标（50 分）' was a score (AR06 added it
    in); '产出指标 49.5 分（满分 50 分）' was read by nothing."""
    a = planted(FILLED, _DEPT, wording.format(w1=50, s1=49.5, s2=30), tmp_path / "planted.txt")
    assert [(f.check, f.message) for f in a.findings if f.severity in ("error", "warning")] == []
    restated = [c for c in a.claims if c.unit == "分" and c.paragraph.text.startswith("本部门部门整体")]
    assert len(restated) == 9 and all(c.status == "verified" for c in restated)


@pytest.mark.parametrize("wording", [_WEIGHT_THEN_SCORE, _BRACKETED, _NOTED, _FULL_MARKS])
def test_a_part_score_off_its_rows_is_an_error_naming_the_part(wording, tmp_path):
    """(the parts then add to 1 short of the total: AR06 says so too)"""
    found = _errors(tmp_path, _DEPT, wording.format(w1=50, s1=48.5, s2=30))
    assert sorted(f.check for f in found) == ["AR06", "EV17"]
    [f] = [f for f in found if f.check == "EV17"]
    assert f.severity == "error" and "产出指标得分为 48.5 分" in f.message and "49.5" in f.message


@pytest.mark.parametrize("wording", [_WEIGHT_THEN_SCORE, _BRACKETED, _NOTED, _FULL_MARKS])
def test_a_part_weight_off_its_rows_is_an_error_naming_the_part(wording, tmp_path):
    found = _errors(tmp_path, _DEPT, wording.format(w1=60, s1=49.5, s2=30))
    assert [f.check for f in found] == ["EV17"] and found[0].severity == "error"
    assert "产出指标分值为 60 分" in found[0].message and "50（20 + 15 + 15）" in found[0].message


def test_the_second_part_named_after_the_first_is_its_own(tmp_path):
    """'…；效益指标权重 30 分，得分 28 分': the weight took the sentence's first section (产出) as its subject."""
    a = planted(FILLED, _DEPT, _WEIGHT_THEN_SCORE.format(w1=50, s1=49.5, s2=28), tmp_path / "planted.txt")
    weights = [c for c in a.claims if c.kind == "weight" and c.concept == "section_weight"]
    assert [c.subject for c in weights[:2]] == ["产出", "效果"]
    [f] = [f for f in a.findings if f.check == "EV17"]
    assert "效益指标得分为 28 分" in f.message and "30（15 + 15）" in f.message


def test_a_project_restating_its_parts_by_level_name(tmp_path):
    said = _PROJECT + "其中：一级指标产出指标（50 分）得分 50 分，效益指标（30 分）得分 {s} 分，满意度指标（10 分）得分 10 分，预算执行率（10 分）得分 10 分。"
    assert _errors(tmp_path, _PROJECT, said.format(s=30)) == []
    found = _errors(tmp_path, _PROJECT, said.format(s=29))
    assert [f.check for f in found] == ["EV17"] and quotes(found, "EV17", "29 分")


def test_a_whole_score_beside_its_weight_is_still_the_total(tmp_path):
    """A weight naming no part ('权重 100 分，得分 98 分') leaves its score the project's total, held to 总分."""
    said = "非遗传承人培训补助项目权重 100 分，得分 {s} 分，评价等级为“优”。"
    assert _errors(tmp_path, _PROJECT, said.format(s="100.00")) == []
    found = _errors(tmp_path, _PROJECT, said.format(s="98.00"))
    assert "EV17" in [f.check for f in found] and quotes(found, "EV17", "98.00")



# the third project's first indicator: 培训非遗传承人人次 ≥200 人次, 实际完成值 215 人次
_RESULT = "一是培训非遗传承人人次年度目标值为≥200 人次，实际完成215 人次，达到预期目标；"


@pytest.mark.parametrize("said", ["一是培训非遗传承人人次目标值 200 人次，实际完成 {n} 人次，完成率 {r}%；",
                                  "一是培训非遗传承人人次实际完成 {n} 人次，达到预期目标；"])
def test_an_indicator_result_restated_is_held_to_its_row(said, tmp_path):
    """'<三级指标>目标值 200 人次，实际完成 225 人次' (no 为 after the target words) and '<三级指标>实际完成 225 人次'
    (no target at all) were read by no check: the result passed whatever it was."""
    a = planted(FILLED, _RESULT, said.format(n=215, r="107.5"), tmp_path / "planted.txt")
    assert [(f.check, f.message) for f in a.findings if f.severity in ("error", "warning")] == []
    [c] = [c for c in a.claims if c.raw_number == "215" and c.unit == "人次"]
    assert c.status == "verified"
    found = _errors(tmp_path, _RESULT, said.format(n=225, r="112.5"))
    assert [f.check for f in found] == ["EV07"] and found[0].severity == "error"
    assert "225 人次" in found[0].message and "215 人次" in found[0].message


def test_a_result_not_named_by_an_indicator_is_left_alone(tmp_path):
    """Only an item whose words before 实际完成 strongly match one indicator is read: '全年实际完成 225 人次' is not."""
    found = _errors(tmp_path, _RESULT, "一是全年实际完成 225 人次；")
    assert "EV07" not in [f.check for f in found]


def test_a_count_of_indicators_before_the_funds_is_no_part_of_their_rate(tmp_path):
    """'共设置绩效指标 6 个，其中产出指标 3 个，…满意度指标 1 个。全年预算数为 60.00 万元，执行数为 60.00 万元，完成
    预算的 100.00%': the rate's group began with the count 1 个, taken as the actual: an AR03 error '按 1 ÷ 60.00
    重算为 1.67%'. A budget's rate is over an amount; the count is skipped."""
    said = _PROJECT + "共设置绩效指标 6 个，其中产出指标 3 个，效益指标 2 个，满意度指标 1 个。"
    a = planted(FILLED, _PROJECT, said, tmp_path / "planted.txt")
    assert [f.check for f in a.findings if f.severity in ("error", "warning")] == []
    [rate] = [c for c in a.claims if c.raw_number == "100.00" and c.unit == "%" and "非遗" in c.paragraph.text]
    assert rate.status == "verified"
    found = _errors(tmp_path, "完成预算的 100.00%", "完成预算的 98.00%")
    assert [f.check for f in found] == ["AR03"] and "60.00 ÷ 60.00" in found[0].message


# the first project's form: 产出 has 4 二级 (数量 2 rows, 质量, 时效, 成本) and 5 rows, 效益 2, 满意度 1; 8 rows in all
_FIRST = "公共文化服务活动经费项目自评得分为 98.53 分，评价等级为“优”。"


@pytest.mark.parametrize("counted, wrong", [("共设置绩效指标 8 个", "共设置绩效指标 9 个"),
                                            ("其中数量指标 2 项，全部完成", "其中数量指标 3 项，全部完成"),
                                            ("其中产出指标 5 个", "其中产出指标 6 个"),
                                            ("其中产出指标 4 个", "其中产出指标 3 个")])
def test_a_count_of_the_forms_indicators_is_held_to_its_rows(counted, wrong, tmp_path):
    """'数量指标 3 项' where the form lists 2 rows under 数量指标 was unverifiable. A 一级 count may be of its 二级
    headers (4) or its rows (5)."""
    a = planted(FILLED, _FIRST, _FIRST + counted + "。", tmp_path / "planted.txt")
    assert [f.check for f in a.findings if f.severity in ("error", "warning")] == []
    [c] = [c for c in a.claims if c.kind == "count" and c.paragraph.text.startswith("根据年初设定的绩效目标，公共文化")]
    assert c.status == "verified"
    found = _errors(tmp_path, _FIRST, _FIRST + wrong + "。")
    assert [f.check for f in found] == ["EV17"] and found[0].severity == "error"
    assert re.search(r"\d+ [个项]", wrong).group() in found[0].message


def test_a_count_qualified_after_it_is_left_alone(tmp_path):
    """'效益指标 1 项未完成' counts the unmet ones, not the 一级's indicators."""
    a = planted(FILLED, _FIRST, _FIRST + "其中效益指标 1 项未完成。", tmp_path / "planted.txt")
    assert [f.check for f in a.findings if f.severity in ("error", "warning")] == []
    [c] = [c for c in a.claims if c.kind == "count" and c.paragraph.text.startswith("根据年初设定的绩效目标，公共文化")]
    assert c.status != "verified"
