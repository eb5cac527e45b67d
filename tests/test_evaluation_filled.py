"""The national self-evaluation forms filled with made-up numbers (corpora/synthetic/evaluation_filled.txt).

The file is clean: no error or warning. Each planted defect (one a copy) gives a finding of the
expected check that quotes the changed text or cell."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.analysis import analyse
from finder.testing import found_where_planted, planted, script_build

ROOT = Path(__file__).resolve().parent.parent
FILLED = ROOT / "corpora" / "synthetic" / "evaluation_filled.txt"


def test_the_script_writes_the_committed_file():
    assert script_build("make_evaluation_filled") == FILLED.read_text(encoding="utf-8")


def test_the_filled_forms_read_clean():
    a = analyse([str(FILLED)])
    assert [(f.check, f.message) for f in a.findings if f.severity in ("error", "warning")] == []
    evals = [t for t in a.report.tables if t.id == "project_self_eval"]
    assert len(evals) == 4
    assert not [c for c in a.claims if c.status == "contradicted"]
    assert sum(c.status == "verified" for c in a.claims) >= 36


_PROBLEMS = "发现的主要问题及原因：参与活动群众人次"     # where a numbered explanation is planted

# name: (text in the file, its defective replacement, check expected, text the finding must quote)
PLANTS = {
    "indicator scores not adding to 总分": ("\t送戏下乡演出场次\t≥40 场\t42 场\t10\t10\t",
                                         "\t送戏下乡演出场次\t≥40 场\t42 场\t10\t9\t", "EV01", "98.53"),
    "weights not adding to 100": ("\t培训课程资源复用率\t≥50%\t55%\t15\t15\t", "\t培训课程资源复用率\t≥50%\t55%\t16\t15\t",
                                  "EV01", "101"),
    "得分 > 分值": ("\t传承人带徒人数\t≥60 人\t64 人\t15\t15\t", "\t传承人带徒人数\t≥60 人\t64 人\t15\t16\t", "EV02", "16"),
    "a shortfall scored in full": ("\t≥90%\t86%\t10\t9.6\t", "\t≥90%\t86%\t10\t10\t", "EV01", "89.95"),
    "执行率 wrong in the form": ("\t10\t84.46%\t8.45\t", "\t10\t86.46%\t8.45\t", "EV03", "86.46%"),
    "a fund row's 执行率 wrong": ("\t其中：当年财政拨款\t300.00\t260.00\t218.70\t", "\t其中：当年财政拨款\t300.00\t260.00\t228.70\t",
                                "EV03", "228.70"),
    "执行率 wrong in the text": ("完成预算的 84.46%", "完成预算的 86.46%", "AR03", "86.46%"),
    "project's 执行数 ≠ its form": ("执行数为 131.40 万元", "执行数为 134.10 万元", "EV17", "134.10"),
    "project's 全年预算数 ≠ its form": ("全年预算数为 280.00 万元", "全年预算数为 300.00 万元", "EV17", "300.00"),
    "project's score ≠ its form": ("项目自评得分为 98.53 分", "项目自评得分为 95.83 分", "EV17", "95.83"),
    "the department's score ≠ its form": ("自评得分为 99.10 分", "自评得分为 96.10 分", "EV17", "96.10"),
    "form's 总分 ≠ the text's score": ("\t100\t89.95\t", "\t100\t88.95\t", "EV17", "88.95"),
    "section scores not adding up": ("效益指标得分 30 分", "效益指标得分 32 分", "AR06", "99.10"),
    "target claimed met, form shows it missed": (
        "实际完成3 处，未达到预期目标，主要原因是1 处文物建筑展陈设计尚未完成，暂未开放", "实际完成3 处，达到预期目标",
        "AR07", "3 处"),
    "target claimed met on a result below it": ("实际完成126 场，达到预期目标", "实际完成116 场，达到预期目标", "AR07", "116 场"),
    "an indicator's result restated wrong": ("实际完成42 场", "实际完成45 场", "EV07", "45 场"),
    "number of projects wrong": ("等 3 个项目绩效自评结果", "等 4 个项目绩效自评结果", "EV13", "4 个"),
    "funds of the projects wrong": ("共涉及资金 475.00 万元", "共涉及资金 457.00 万元", "EV13", "457.00"),
    "project rating off its score": ("98.53 分，评价等级为“优”", "98.53 分，评价等级为“良”", "EV16", "98.53"),
    "department rating off its score": ("99.10 分，评价等级为“优”", "99.10 分，评价等级为“良”", "EV16", "99.10"),
    "projects' average off their forms": ("平均得分为 96.16 分", "平均得分为 96.61 分", "EV18", "96.61"),
    "counts by rating off the forms": ("评价等级为“优”的 2 个，评价等级为“良”的 1 个",
                                       "评价等级为“优”的 1 个，评价等级为“良”的 2 个", "EV18", "“优”的 1 个"),
    "counts by rating above the projects": ("评价等级为“良”的 1 个", "评价等级为“良”的 2 个", "EV18", "之和为 4 个"),
    "a project said complete, its form scored down": (
        "发现的主要问题及原因：完成修缮文物建筑处数", "发现的主要问题及原因：项目年度绩效目标全部完成。完成修缮文物建筑处数",
        "EV19", "修缮工程按期完工率"),
    "every project said complete": ("从项目自评情况看，", "从项目自评情况看，各项目年度绩效目标均已完成，", "EV19", "参与活动群众人次"),
    "the department said complete, its form scored down": (
        "发现的主要问题及原因：重点任务按期完成率", "发现的主要问题及原因：部门整体绩效目标全部完成。重点任务按期完成率",
        "EV19", "重点任务按期完成率"),
    "a 一级指标 score of the department wrong": ("产出指标得分 49.5 分", "产出指标得分 48.5 分", "EV17", "48.5"),
    "the department's fund score wrong": ("预算执行率得分 9.60 分", "预算执行率得分 9.80 分", "EV17", "9.80"),
    "the department rated off its form, its score unstated": (
        "发现的主要问题及原因：重点任务按期完成率", "部门整体支出绩效自评等级为“良”。发现的主要问题及原因：重点任务按期完成率",
        "EV16", "99.10"),
    "score left blank": ("项目自评得分为 100.00 分", "项目自评得分为 分", "TX01", "得分为 分"),
    "a form's printed rating off its 总分": ("\t100\t89.95\t", "\t100\t89.95\t评价等级：优", "EV16", "89.95"),
    "a 一级指标's own row off its rows": (
        "\t产出指标\t数量指标\t完成修缮文物建筑处数", "\t产出指标\t\t\t\t\t50\t46.6\t\n\t产出指标\t数量指标\t完成修缮文物建筑处数",
        "EV01", "46.6"),
    "a numbered explanation restating another target": (
        _PROBLEMS, "1、送戏下乡演出场次：年度目标值为≥45 场，实际完成42 场，达到预期目标。\n\n" + _PROBLEMS, "EV10", "≥45 场"),
    "a numbered explanation restating another 分值": (
        _PROBLEMS, "1、送戏下乡演出场次：实际完成42 场，达到预期目标，该指标分值 15 分，得 10 分。\n\n" + _PROBLEMS,
        "EV06", "15 分"),
}


@pytest.mark.parametrize("name", list(PLANTS))
def test_a_planted_defect_is_found_where_it_was_planted(name, tmp_path):
    found_where_planted(FILLED, PLANTS[name], tmp_path / "planted.txt")


def test_a_numbered_explanation_restating_its_row_as_printed_reads_clean(tmp_path):
    said = "1、送戏下乡演出场次：年度目标值为≥40 场，实际完成42 场，达到预期目标，该指标分值 10 分，得 10 分。\n\n"
    found = planted(FILLED, _PROBLEMS, said + _PROBLEMS, tmp_path / "planted.txt").findings
    assert [(f.check, f.message) for f in found if f.severity in ("error", "warning")] == []
