"""A page naming no 部门决算/部门预算 whose only year with 预算 sits a quoted, spaced name away ('2030年财政拨款
“三公”经费预算汇总说明') is a budget: its '安排“三公”经费共计 T' and the parts printed '…费预算 a' are of one year,
so the parts add to no more than T. Made-up pages of the shape county summaries take."""
from __future__ import annotations

from finder.testing import file_analysis

_PAGE = ("某某区2030年财政拨款 “三公”经费预算汇总说明\n"
         "某某区2030年财政拨款安排“三公”经费共计12.34万元，同口径财政拨款“三公”经费预算与上年持平，"
         "其中：公务接待费预算{a}万元，公务用车运行维护费预算10.00万元。\n")


def _run(tmp_path, a):
    an = file_analysis(tmp_path, _PAGE.format(a=a), "page.txt")
    return an.report.type, [f for f in an.findings if f.check == "AR04"]


def test_parts_over_the_budget_total_are_an_error(tmp_path):
    kind, found = _run(tmp_path, "3.34")
    assert kind == "budget"
    assert [f.severity for f in found] == ["error"]
    assert "12.34" in found[0].message


def test_parts_within_the_budget_total_are_no_finding(tmp_path):
    kind, found = _run(tmp_path, "2.34")
    assert kind == "budget"
    assert not found
