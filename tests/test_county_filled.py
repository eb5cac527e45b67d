"""A county department's final accounts on the national template, tables in 元 and prose in 万元
(corpora/synthetic/county_filled.txt, made-up numbers).

The file is clean: no error or warning. Each planted defect (one a copy) gives a finding of the
expected check and severity that quotes the changed text or cell."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.analysis import analyse
from finder.testing import found_where_planted, script_build

ROOT = Path(__file__).resolve().parent.parent
FILLED = ROOT / "corpora" / "synthetic" / "county_filled.txt"


def test_the_script_writes_the_committed_file():
    assert script_build("make_county_filled") == FILLED.read_text(encoding="utf-8")


def test_the_filled_county_report_reads_clean():
    a = analyse([str(FILLED)])
    assert [(f.check, f.message) for f in a.findings if f.severity in ("error", "warning")] == []
    assert len(a.report.tables) == 10           # the list of units and the nine tables
    assert {t.unit for t in a.report.tables if t.number} == {"元"}
    assert a.report.title == "某某县样例农业农村局2024年度部门决算"
    assert not [c for c in a.claims if c.status == "contradicted"]
    assert sum(c.status == "verified" for c in a.claims) >= 80
    # prose in 万元 to two decimals, one decimal and whole 万元, each met by its 元 cell
    for raw in ("2133.09万元", "1884.1万元", "896万元"):
        assert next(c for c in a.claims if c.raw == raw).status == "verified", raw
    # the count of units under the department ('本级及所属3个单位') against the 单位构成 table
    assert next(c for c in a.claims if c.concept == "sub_units").reason == "与所列单位名单一致"


# name: (text in the file, its defective replacement, check expected, severity, text the finding must quote)
PLANTS = {
    "narrative amount ≠ table cell": ("财政拨款收入2133.09万元", "财政拨款收入2133.90万元", "NT01", "error", "2133.90"),
    "one-decimal amount ≠ table cell": ("农林水支出1884.1万元", "农林水支出1884.7万元", "NT01", "error", "1884.7"),
    "unit slip: the 元 cell printed as 万元": ("公务接待费支出决算为3.86万元", "公务接待费支出决算为38642.00万元",
                                             "NT01", "error", "38642.00"),
    "leaf in 元 under a subtotal": ("\n2130108\t病虫害控制\t926,473.50\t\t926,473.50\t\t\t\n",
                                   "\n2130108\t病虫害控制\t962,473.50\t\t962,473.50\t\t\t\n", "TB01", "error", "962,473.50"),
    "share wrong": ("事业收入21.56万元，占0.91%", "事业收入21.56万元，占0.19%", "AR01", "error", "0.19%"),
    "change rate wrong": ("增长14.07%", "增长14.70%", "AR02", "error", "14.70%"),
    "completion rate wrong": ("完成年初预算的99.06%", "完成年初预算的96.06%", "AR03", "error", "96.06%"),
    "vehicle count wrong": ("本部门共有车辆8辆", "本部门共有车辆9辆", "AR04", "warning", "9辆"),
    "whole 万元 off by one": ("人员经费896万元", "人员经费897万元", "NT01", "warning", "897"),
    "unit count ≠ the unit table": ("本级及所属3个单位", "本级及所属4个单位", "TX08", "error", "所属4个单位"),
}


@pytest.mark.parametrize("name", list(PLANTS))
def test_a_planted_defect_is_found_where_it_was_planted(name, tmp_path):
    old, new, check, severity, quoted = PLANTS[name]
    found_where_planted(FILLED, (old, new, check, quoted), tmp_path / "planted.txt", severity)
