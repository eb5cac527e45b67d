"""A list opened by a head figure and 其中 and closed by a total word ('项目总预算 T，其中 A a，B b，合计 T'):
the closing total is the sum of the items between them (AR04, a warning: the list is read from words)."""
from __future__ import annotations

from finder.checks import CheckOptions, run
from finder.testing import analysis_from

PROJECT = ("四、绩效目标设置情况\n"
           "2025年度项目总预算1170.00万，其中支持企业规模化发展870.00万，支持企业创新化发展70.00万，"
           "支持企业协同化发展180.00万，支持企业国际化发展50.00万，合计1170.00万。\n")


def _ar04(text: str) -> list:
    return [f for f in run(analysis_from({}, text), CheckOptions()) if f.check == "AR04"]


def test_a_closing_total_after_a_headed_list_is_the_sum_of_its_items():
    [f] = _ar04(PROJECT.replace("国际化发展50.00万", "国际化发展60.00万"))
    assert f.severity == "warning" and "1180" in f.computation and "国际化发展 60.00" in f.computation
    assert _ar04(PROJECT) == []


def test_the_head_figure_is_no_item_of_the_list():
    # without 其中 the first figure is one more item, and the names do not end alike: no list is read
    assert _ar04(PROJECT.replace("，其中支持", "，支持").replace("国际化发展50.00万", "国际化发展60.00万")) == []
