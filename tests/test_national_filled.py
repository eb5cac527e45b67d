"""The national final-accounts template filled with made-up numbers (corpora/synthetic/national_filled.txt).

The file is clean: no error or warning. Each planted defect (one a copy) gives a finding of the
expected check that quotes the changed text or cell."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.analysis import analyse
from finder.testing import found_where_planted, script_build

ROOT = Path(__file__).resolve().parent.parent
FILLED = ROOT / "corpora" / "synthetic" / "national_filled.txt"


def test_the_script_writes_the_committed_file():
    assert script_build("make_national_filled") == FILLED.read_text(encoding="utf-8")


def test_the_filled_template_reads_clean():
    a = analyse([str(FILLED)])
    assert [(f.check, f.message) for f in a.findings if f.severity in ("error", "warning")] == []
    assert len(a.report.tables) == 10
    assert not [c for c in a.claims if c.status == "contradicted"]
    assert sum(c.status == "verified" for c in a.claims) >= 80


# name: (text in the file, its defective replacement, check expected, text the finding must quote)
PLANTS = {
    "narrative amount ≠ table cell": ("财政拨款收入3576.39 万元", "财政拨款收入3567.39 万元", "NT01", "3567.39"),
    "share wrong": ("事业收入465.00 万元，占11.17%", "事业收入465.00 万元，占12.17%", "AR01", "12.17%"),
    "change amount wrong": ("收入支出总计增加224.52 万元", "收入支出总计增加242.52 万元", "AR02", "242.52"),
    "change rate wrong": ("增长5.59%", "增长5.95%", "AR02", "5.95%"),
    "direction flipped": ("公务接待费支出决算减少0.61 万元，下降11.38%", "公务接待费支出决算增加0.61 万元，增长11.38%",
                          "AR02", "增加0.61"),
    "completion rate wrong": ("完成年初预算的101.88%", "完成年初预算的110.88%", "AR03", "110.88%"),
    "part's completion rate wrong": ("完成预算的86.07%", "完成预算的68.07%", "AR03", "68.07%"),
    "unit slip": ("因公出国（境）费支出12.91 万元。全年", "因公出国（境）费支出1291 万元。全年", "NT01", "1291"),
    "leaf under a subtotal": ("\n2101101\t行政单位医疗\t54.36\t54.36\t\t\t\t\n",
                              "\n2101101\t行政单位医疗\t45.36\t45.36\t\t\t\t\n", "TB01", "45.36"),
    "三公 parts not adding up": ("67.00\t61.50\t", "67.00\t62.50\t", "TB02", "62.50"),
    "no such spending, nonzero": ("1、因公出国（境）费支出12.91 万元。全年安排因公出国（境）团组3 个、累计11 人次。",
                                  "1、因公出国（境）费支出12.91 万元，本年无此项支出。", "TX05", "无此项支出"),
    "no such spending, no figure, nonzero cell": ("1、因公出国（境）费支出12.91 万元。全年安排因公出国（境）团组3 个、累计11 人次。",
                                                  "1、因公出国（境）费：本年无此项支出。", "TX05", "因公出国（境）费：本年无此项支出"),
    "placeholder left": ("主要原因：所属学院扩大招生规模，教学支出相应增加。", "主要原因：XXXXXXXX。", "TX01", "XXXXXXXX"),
    "choice left": ("财政拨款收入支出总计增加128.59 万元", "财政拨款收入支出总计增加（减少）128.59 万元", "TX01", "增加（减少）"),
    "vehicle count wrong": ("本部门共有车辆9 辆", "本部门共有车辆8 辆", "AR04", "8 辆"),
}


@pytest.mark.parametrize("name", list(PLANTS))
def test_a_planted_defect_is_found_where_it_was_planted(name, tmp_path):
    found_where_planted(FILLED, PLANTS[name], tmp_path / "planted.txt")
