"""Gaps found by session 19's new mutation kinds (a period word swapped with its figure kept, a scope word
added): every sentence here is made up, the shape of a real wording with other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_ITEM = ("（一）一般公共预算财政拨款支出决算具体情况\n"
         "3、农林水支出（类）农业农村（款）病虫害控制（项）。主要用于：虫情监测。年初预算为 42.30 万元，支出{word}为 40.15 万元。\n")


def _found(text: str, tables=None) -> list:
    return [f for f in run_checks(analysis_from(tables or {}, text, 2031)) if f.severity in ("error", "warning")]


def test_a_period_word_given_twice_in_one_sentence_states_one_figure_twice():
    """'年初预算为 B 万元，支出年初预算为 Y 万元' (决算 turned into 年初预算, the figure kept): the item's budget is
    given twice with two values; both figures carry the item named the sentence before, and the words between
    them ('支出') read as a detail, so NT03 passed it (mutants19: most planted period swaps of the national
    template's item entries)."""
    assert not _found(_ITEM.format(word="决算"))
    [f] = _found(_ITEM.format(word="年初预算"))
    assert (f.check, f.severity) == ("NT03", "error") and "40.15" in f.message and "42.30" in f.message
    # the item named in the sentence itself ('（类）年初预算数 A 万元，年初预算数 B 万元')
    text = "（二）农林水支出（类）年初预算数 42.30 万元，年初预算数 40.15 万元，完成年初预算的 94.92%。\n"
    assert [f.check for f in _found(text)] == ["NT03"]


def test_words_between_two_figures_that_name_something_keep_them_apart():
    """'年初预算为 B 万元，其中：专项年初预算为 Y 万元': a second figure after words naming a detail is no restatement."""
    assert not _found(_ITEM.format(word="决算").replace("支出决算为", "其中：监测设备年初预算为"))

