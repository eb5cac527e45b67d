"""Claims: a 其中 list after a figure-less sentence naming its head takes that head as its whole, not the figure
printed before that sentence (session 26: a real budget linked its 货物/工程/服务类采购 to a carry-over of 0 元).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import budget_analysis_from

_HEAD = ("(二)政府采购预算安排情况说明。\n"
         "2031年政府采购预算 52000 元。按政府采购资金类型划分,一般公共预算拨款 52000 元,"
         "上年结转结余资金 0 元。{between}其中:货物类采购 30000 元,工程类采购 0 元,服务类采购 22000 元。\n")


def _wholes(between: str) -> dict[str, str | None]:
    a = budget_analysis_from({}, _HEAD.format(between=between))
    return {c.subject: c.whole for c in a.claims if c.kind == "amount" and c.subject.endswith("类采购")}


def test_a_sentence_naming_the_head_between_gives_the_list_its_whole():
    wholes = _wholes("按政府采购项目类型,分为货物类采购、工程类采购和服务类采购三种类型。")
    assert wholes == {"货物类采购": "procurement", "工程类采购": "procurement", "服务类采购": "procurement"}


def test_without_such_a_sentence_the_figure_before_stays_the_whole():
    # '…上年结转结余资金 0 元。其中：…' reads as that figure's parts, as before
    wholes = _wholes("")
    assert set(wholes.values()) == {"carryover_begin"}


def test_a_sentence_naming_no_head_changes_nothing():
    wholes = _wholes("具体安排详见附表。")
    assert set(wholes.values()) == {"carryover_begin"}


def test_a_whole_named_in_passing_without_its_parts_is_no_head():
    # a reason naming 政府采购 alone names no list: the figure before stays the whole
    wholes = _wholes("主要原因是该项经费列入政府采购。")
    assert set(wholes.values()) == {"carryover_begin"}


def test_the_procurement_parts_still_add_to_their_whole():
    from finder.checks import CheckOptions, _import_all, registry
    from finder.model import Finding
    _import_all()
    bad = _HEAD.format(between="按政府采购项目类型,分为货物类采购、工程类采购和服务类采购。").replace("22000", "12000")
    found = [f for f in registry.get("AR04").run(budget_analysis_from({}, bad), CheckOptions())
             if isinstance(f, Finding)]
    assert any("52000" in f.message and "12000" in f.message for f in found)
