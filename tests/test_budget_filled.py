"""The central 部门预算 template filled with made-up numbers (corpora/synthetic/budget_filled.txt).

The file is clean: no error or warning. Each planted defect (one a copy) gives a finding of the
expected check that quotes the changed text or cell."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.analysis import analyse
from finder.testing import found_where_planted, script_build

ROOT = Path(__file__).resolve().parent.parent
FILLED = ROOT / "corpora" / "synthetic" / "budget_filled.txt"


def test_the_script_writes_the_committed_file():
    assert script_build("make_budget_filled") == FILLED.read_text(encoding="utf-8")


def test_the_filled_budget_reads_clean():
    a = analyse([str(FILLED)])
    assert a.report.type == "budget"
    assert [(f.check, f.message) for f in a.findings if f.severity in ("error", "warning")] == []
    assert len(a.report.tables) == 10
    assert not [c for c in a.claims if c.status == "contradicted"]
    assert sum(c.status == "verified" for c in a.claims) >= 85
    # what stays unverifiable is what no table of the template prints (assets, performance targets,
    # SME reservations, 机关运行经费) or a fund's carry-over named by its fund
    left = {c.extra.get("section", "") or c.subject for c in a.claims if c.status == "unverifiable"}
    assert len([c for c in a.claims if c.status == "unverifiable"]) <= 14, left


# name: (text in the file, its defective replacement, check expected, text the finding must quote)
PLANTS = {
    "narrative amount ≠ table cell": ("一般公共预算基本支出2209.34 万元", "一般公共预算基本支出2290.34 万元", "NT01", "2290.34"),
    "share wrong": ("项目支出985.00 万元，占30.44%", "项目支出985.00 万元，占34.44%", "AR01", "34.44%"),
    "change amount wrong": ("增加21.74 万元", "增加27.14 万元", "AR02", "27.14"),
    "change rate wrong": ("增长0.68%", "增长0.86%", "AR02", "0.86%"),
    "change on last year's execution wrong": ("比2030年执行数增加74.24 万元", "比2030年执行数增加47.24 万元", "AR02",
                                              "47.24"),
    "direction flipped": ("减少93.20 万元，下降13.22%", "增加93.20 万元，增长13.22%", "AR02", "增加93.20"),
    "unit slip": ("公务接待费5.40 万元，", "公务接待费540 万元，", "NT01", "540"),
    "share of the grand total wrong": ("上年结转结余120.00 万元，占3.71%", "上年结转结余120.00 万元，占3.85%", "AR01", "3.85%"),
    "leaf under a subtotal": ("\n2101101\t行政单位医疗\t75.60\t75.60\t",
                              "\n2101101\t行政单位医疗\t57.60\t57.60\t", "TB01", "57.60"),
    "三公 part not adding up": ("公务用车运行费15.20 万元）", "公务用车运行费16.20 万元）", "NT01", "16.20"),
    "三公 whole in the table": ("55.60\t10.00\t40.20", "65.60\t10.00\t40.20", "NT01", "65.60"),
    "“三公” last year's 合计 ≠ its parts": ("35.30\t12.00", "36.30\t12.00", "TB02", "36.30"),
    "“三公” this year's 公务用车 小计 ≠ 购置 + 运行": ("40.20\t25.00", "41.20\t25.00", "TB02", "41.20"),
    "placeholder left": ("主要原因是严控一般性支出。", "主要原因是XXXXXXXX。", "TX01", "XXXXXXXX"),
    "choice left": ("比2030年预算减少8.36 万元", "比2030年预算增加（减少）8.36 万元", "TX01", "增加（减少）"),
}


@pytest.mark.parametrize("name", list(PLANTS))
def test_a_planted_defect_is_found_where_it_was_planted(name, tmp_path):
    found_where_planted(FILLED, PLANTS[name], tmp_path / "planted.txt")
