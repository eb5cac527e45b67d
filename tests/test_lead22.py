"""Lead's own fixes of session 22. Every sentence here is made up: the shape of a budget's wording, other names and
numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, budget_analysis_from

_HEAD = "一、收入支出预算总体情况\n"
_SPLIT = "一般公共预算拨款支出 100.00 万元，其中：基本支出 60.00 万元，项目支出 30.00 万元。"
_CHANGES = ("一般公共预算拨款支出 100.00 万元，比上年增加 10.00 万元，其中：基本支出增加 6.00 万元，"
            "项目支出增加 3.00 万元。")
_RESERVE = "单位预留机动经费 10.00 万元，比上年增加 1.00 万元。"


def _ar04(text: str) -> list:
    return [f for f in run_checks(budget_analysis_from({}, _HEAD + text, year=2031)) if f.check == "AR04"]


def test_a_fiscal_split_is_open_where_the_report_names_a_reserve():
    """A 财政拨款 figure is 基本支出 and 项目支出 only (cells.yml complete_in_scopes), unless the report names a kind
    that list leaves out (unless_named: 单位预留机动经费, printed in some provinces' budgets): then the two listed
    are some of its parts, and neither their amounts nor their changes need to add up to the whole's."""
    assert [f.severity for f in _ar04(_SPLIT)] == ["error"]
    assert [f.severity for f in _ar04(_CHANGES)] == ["error"]
    assert not _ar04(_SPLIT + _RESERVE)
    assert not _ar04(_CHANGES + _RESERVE)


def test_a_comparative_word_before_a_period_word_names_the_changes_base():
    """'决算数大于年初预算数 20.00 万元' is a change on the budget, as '比年初预算增加 20.00' is (directions.yml
    comparative_base_markers); before, the base was left unread and the change taken as one on 上年, beside the
    figure's own change on last year. A comparison with no period word ('高于全市平均 2.5 分') names no base."""
    a = analysis_from({}, "一、收入支出决算总体情况说明\n公务接待费支出决算 30.00 万元，比上年增加 5.00 万元，增长 20.00%。"
                          "决算数大于年初预算数 20.00 万元，主要原因是接待任务增加。", year=2031)
    assert [(str(c.value), c.period) for c in a.claims if c.kind == "change_abs"] == [("5.00", "上年"), ("20.00", "年初预算")]
