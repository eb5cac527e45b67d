"""A Shanghai district's 部门预算 template filled with made-up numbers (corpora/synthetic/shanghai_budget_filled.txt).

The file is clean: no error or warning. Each planted defect (one a copy) gives a finding of the
expected check that quotes the changed text or cell."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.analysis import analyse
from finder.testing import found_where_planted, script_build

ROOT = Path(__file__).resolve().parent.parent
FILLED = ROOT / "corpora" / "synthetic" / "shanghai_budget_filled.txt"


def test_the_script_writes_the_committed_file():
    assert script_build("make_shanghai_budget_filled") == FILLED.read_text(encoding="utf-8")


def test_the_filled_budget_reads_clean():
    a = analyse([str(FILLED)])
    assert a.report.type == "budget"
    assert [(f.check, f.message) for f in a.findings if f.severity in ("error", "warning")] == []
    assert len(a.report.tables) == 9
    assert not [c for c in a.claims if c.status == "contradicted"]
    assert sum(c.status == "verified" for c in a.claims) >= 87
    # what stays unverifiable is what no table of the template prints: units, SME reservations,
    # performance targets, assets (vehicles, equipment)
    left = [c.quote for c in a.claims if c.status == "unverifiable"]
    assert len(left) <= 14, left


# name: (text in the file, its defective replacement, check expected, text the finding must quote)
PLANTS = {
    "item amount ≠ its 一般公共预算 cell": ("事业运行（项）”261.75万元", "事业运行（项）”280.25万元", "NT01", "280.25"),
    "change amount wrong": ("增加32.41万元，增长4.00%", "增加23.41万元，增长4.00%", "AR02", "23.41"),
    "change rate wrong": ("增长26.53%", "增长25.63%", "AR02", "25.63%"),
    "“三公” part in the prose ≠ the table": ("公务接待费1.20万元，比", "公务接待费1.40万元，比", "NT01", "1.40"),
    "“三公” 小计 ≠ 购置 + 运行 in the table": ("1.20\t21.20\t18.00", "1.20\t22.20\t18.00", "TB02", "22.20"),
    "leaf changed under its 功能分类 parent": ("\n2011350\t事业运行\t2,617,480.00\t2,617,480.00\t\n",
                                            "\n2011350\t事业运行\t2,671,480.00\t2,671,480.00\t\n", "TB01", "2,671,480.00"),
    "基本支出 ≠ 人员经费 + 公用经费 (prose)": ("人员经费1,629.70万元", "人员经费1,692.70万元", "AR04", "1,692.70"),
    "基本支出 ≠ 人员经费 + 公用经费 (table)": ("17,608,800.00\t16,297,030.00", "17,608,800.00\t16,279,030.00", "TB02",
                                           "16,279,030.00"),
    "project list not adding to its 合计": ("专精特新企业培育780.00万", "专精特新企业培育870.00万", "AR04", "870.00"),
    "收入总计 ≠ 支出总计 (财务收支预算总表)": ("收入总计\t40,303,800.00\t支出总计", "收入总计\t40,330,800.00\t支出总计",
                                        "TB03", "40,330,800.00"),
    "收入总计 ≠ 支出总计 (财政拨款收支预算总表)": ("收入总计\t40,118,800.00\t支出总计", "收入总计\t40,181,800.00\t支出总计",
                                          "TB03", "40,181,800.00"),
    "机关运行经费 ≠ its cell": ("预算为131.18万元", "预算为113.18万元", "NT01", "113.18"),
    "政府采购 total ≠ its kinds": ("政府采购预算59.20万元", "政府采购预算52.90万元", "AR04", "52.90"),
    "vehicles ≠ their kinds": ("共有车辆2辆", "共有车辆3辆", "AR04", "3"),
}


@pytest.mark.parametrize("name", list(PLANTS))
def test_a_planted_defect_is_found_where_it_was_planted(name, tmp_path):
    found_where_planted(FILLED, PLANTS[name], tmp_path / "planted.txt")
