"""Readings found by filling the central 部门预算 template (corpora/synthetic/budget_filled.txt).

Every sentence and table here is synthetic: the shape of the template's wording, other names and numbers."""
from __future__ import annotations

from finder import link
from finder.analysis import extract
from finder.checks import run as run_checks
from finder.testing import analysis_from, report_from

_THREE = {"three_public": {"title": "一般公共预算“三公”经费支出表", "rows": [
    "2030年预算数\t\t\t\t\t\t2031年预算数\t\t\t\t\t",
    "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费",
    "\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t",
    "30.00\t10.00\t15.00\t0.00\t15.00\t5.00\t42.00\t8.00\t30.00\t18.00\t12.00\t4.00"]}}


def _errors(a) -> list[str]:
    return [f.check for f in run_checks(a) if f.severity == "error"]


def test_the_central_budget_templates_三公_table_is_read_by_its_two_years_columns():
    """'一般公共预算“三公”经费支出表' (the central budget template's title) was no known table, and its whole
    prints as a bare 合计 under '2031年预算数', so every “三公” figure was '未找到对应表格' and a misprint passed."""
    text = ("七、一般公共预算“三公”经费支出情况说明\n\n2031年一般公共预算“三公”经费支出预算{v}万元，比2030年预算增加"
            "12.00万元。其中：因公出国（境）费8.00万元；公务用车购置及运行费30.00万元；公务接待费4.00万元。\n")
    a = analysis_from(_THREE, text.format(v="42.00"), 2031)
    amounts = [c for c in a.claims if c.kind == "amount"]
    assert [(c.status, c.checked_against[0]["column"]) for c in amounts] == [
        ("verified", "2031年预算数/合计"), ("verified", "2031年预算数/因公出国（境）费"),
        ("verified", "2031年预算数/公务用车购置及运行费/小计"), ("verified", "2031年预算数/公务接待费")]
    assert [f for f in run_checks(a) if f.severity != "info"] == []
    assert "NT01" in _errors(analysis_from(_THREE, text.format(v="24.00"), 2031))
