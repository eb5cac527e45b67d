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


_FS = {"fiscal_summary": {"title": "财政拨款收入支出决算总表", "number": "公开03表", "rows": [
    "收入\t\t支出\t\t\t",
    "项目\t金额\t项目（按功能分类）\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款",
    "一、一般公共预算财政拨款\t610.00\t一、一般公共服务支出\t640.00\t600.00\t40.00",
    "二、政府性基金预算财政拨款\t40.00\t\t\t\t",
    "本年收入合计\t650.00\t本年支出合计\t640.00\t600.00\t40.00",
    "年初财政拨款结转和结余\t10.00\t年末财政拨款结转和结余\t20.00\t20.00\t",
    "总计\t660.00\t总计\t660.00\t620.00\t40.00"]}}
_GRAND = "二、财政拨款收入支出决算总体情况说明\n2031年度{scope}收入支出总计 {v} 万元。\n"


def test_a_funds_grand_total_is_its_column_of_the_fiscal_summarys_total():
    """'一般公共预算财政拨款收入支出总计 X' (财政拨款 with a fund's scope word put before it): the fund's grand
    total is printed, the 总计 row under its column, but the entry listed cells for all funds and 财政拨款 only,
    so X was left unverifiable and a fiscal total printed under the fund's name passed (mutants19, national
    template)."""
    assert not _found(_GRAND.format(scope="财政拨款", v="660.00"), _FS)
    assert not _found(_GRAND.format(scope="一般公共预算财政拨款", v="620.00"), _FS)
    [f] = _found(_GRAND.format(scope="一般公共预算财政拨款", v="660.00"), _FS)
    assert (f.check, f.severity) == ("NT01", "error") and "620.00" in f.message
    assert [f.check for f in _found(_GRAND.format(scope="政府性基金预算财政拨款", v="60.00"), _FS)] == ["NT01"]
