"""A count printed before its thing counts the noun up to 的, not what those things hold ('甲局及 12 个分局的公务车辆
编制数和实有数均为 150 辆': 12 counts 分局). Made-up text of a shape real reports print."""
from __future__ import annotations

from finder.testing import file_analysis

_TEXT = ("某某局2031年度“三公”经费说明\n\n一、公务用车情况\n"
         "2031年，甲局及 12 个{held}公务车辆编制数和实有数均为 150 辆，全年车辆运行费 600.00 万元。\n")


def _run(tmp_path, held):
    a = file_analysis(tmp_path, _TEXT.format(held=held), "t.txt")
    return {c.raw.strip(): c.concept for c in a.claims}, [f for f in a.findings if f.check == "NT03"]


def test_the_count_before_de_counts_the_offices_not_the_cars(tmp_path):
    concepts, nt03 = _run(tmp_path, "分局的")
    assert concepts["12 个"] != "vehicles" and concepts["150 辆"] == "vehicles"
    assert not nt03


def test_without_de_the_cars_are_the_counted_noun(tmp_path):
    """'12 个公务车辆…' (no 的 between): the noun after the measure word is the cars, as before."""
    concepts, _ = _run(tmp_path, "")
    assert concepts["12 个"] == "vehicles"


_ROWS = ["项目\t预算数\t决算数", "合计\t40.00\t34.50", "1.因公出国（境）费\t1.00\t0.00",
         "2.公务用车购置及运行维护费\t32.00\t29.50", "（1）公务用车购置费\t26.00\t25.00",
         "（2）公务用车运行维护费\t6.00\t4.50", "3.公务接待费\t7.00\t5.00", "4.公务用车保有量（辆）\t13\t13"]


def test_a_count_held_to_its_cell_is_shown_as_printed_and_exact():
    """'公务用车保有量 14 辆' against the row's 13, in a table captioned 万元: the cell is 13 (not '13万元（合 13.0辆）')
    and exact ([13, 13], whole things are not rounded), as the count in prose is."""
    from finder.checks import run
    from finder.testing import analysis_from

    tables = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "表7", "rows": _ROWS}}
    text = "一、“三公”经费支出决算情况说明\n\n2031年末公务用车保有量 {n} 辆。\n\n二、其他重要事项情况说明\n\n无。\n"
    found = [f for f in run(analysis_from(tables, text.format(n=14), 2031)) if f.check == "NT01"]
    assert len(found) == 1
    assert "决算数为 13（[13, 13]）" in found[0].message and "万元" not in found[0].message
    assert not [f for f in run(analysis_from(tables, text.format(n=13), 2031)) if f.check == "NT01"]


def test_the_ledger_names_each_side_of_a_figure_said_of_both():
    """'财政拨款收、支总预算 N' is each side's figure, checked against each: the ledger names both sides instead of
    '未归类' (its concept is none of one side alone)."""
    from finder.render.ledger import claim_line
    from finder.testing import budget_analysis_from
    from test_budget14 import _BUDGET_SUMMARIES

    a = budget_analysis_from(_BUDGET_SUMMARIES, "四、财政拨款收支预算总体情况说明\n\n2031年度财政拨款收、支总预算300.00万元。\n")
    [c] = a.claims
    assert c.concept is None and c.status == "verified"
    assert "-> 各为:财政拨款收入总计/财政拨款支出总计\t" in claim_line(c)
    assert "-> each of: 财政拨款收入总计/财政拨款支出总计\t" in claim_line(c, "en")
