"""Gaps closed in session 19 (gaps19): readings found by made-up sentences and left by earlier sessions.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、收入支出决算总体情况说明\n"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.check, f.severity) for f in run_checks(analysis_from({}, _HEAD + text, 2031))
            if f.severity != "info"]


def test_a_doubling_in_words_is_a_rate_of_change():
    """'翻一番' (doubled, +100%) and '翻两番' (quadrupled, +300%) printed no figure the change check could
    read: the claim was missing and a wrong doubling passed. 翻 N 番 is read as a rise of 2^N − 1 倍,
    printed to a whole 倍 like '增长一倍'; the verb says the way."""
    text = "2031年本部门一般公共预算财政拨款支出 {v} 万元，比上年的 200.00 万元{w}。"
    a = analysis_from({}, _HEAD + text.format(v="400.00", w="翻了一番"), 2031)
    [rate] = [c for c in a.claims if c.kind == "change_pct"]
    assert (rate.raw, rate.value, rate.direction, rate.concept) == ("翻了一番", 100, "增长", "gpb_expense")
    assert _found(text.format(v="400.00", w="翻一番")) == []
    assert _found(text.format(v="410.00", w="翻一番")) == []      # words: about double
    assert _found(text.format(v="800.00", w="翻两番")) == []
    assert _found(text.format(v="600.00", w="翻两番")) == [("AR02", "warning")]   # a whole 倍 off
    assert _found(text.format(v="300.00", w="翻两番")) == [("AR02", "error")]


def test_a_renovation_verb_is_no_doubling():
    """翻 is a direction only before a numeral and 番: '翻新', '翻修' keep their amounts and counts."""
    a = analysis_from({}, _HEAD + "校舍翻新改造支出 30.00 万元，本年翻修道路 3 公里。", 2031)
    assert [c.kind for c in a.claims] == ["amount", "count"]


def test_an_execution_rate_of_the_two_amounts_a_sentence_opens_with():
    """'财政拨款 A 万元，实际使用 B 万元，执行率 P%': the first amount names no plan (no 计划, no budget word),
    so the rate had nothing to be measured against and a wrong one passed. Amounts the sentence opens
    with are the plan and the done figure when the done one says what the rate measures (实际使用)."""
    text = "该项目财政拨款 770.00 万元，实际使用 {b} 万元，执行率 {p}%。"
    assert _found(text.format(b="770.00", p="100")) == []
    assert _found(text.format(b="770.00", p="95")) == [("AR03", "error")]
    assert _found(text.format(b="700.00", p="90.91")) == []


def test_an_execution_rate_after_an_amount_of_another_kind_is_unread():
    """Only the sentence's first amount stands in for the plan: with another amount between ('其他资金 C')
    which one the rate is of, the words do not say."""
    assert _found("该项目财政拨款 770.00 万元，其他资金 30.00 万元，实际使用 770.00 万元，执行率 96%。") == []


def test_a_budget_heads_its_parts_with_its_budget_word():
    """'支出预算 X 万元，其中：基本支出 a 万元，项目支出 b 万元' in a department's budget: the head's period is 预算
    and its parts' the year's, so the parts were never held to it though in a budget both are the year's
    own figures. In a budget report 预算 is the year's period for the parts sum (AR04)."""
    from finder.testing import budget_analysis_from

    text = "三、支出预算情况说明\n某某市某某局2031年支出预算 500.00 万元，其中：基本支出 300.00 万元，项目支出 {b} 万元。"
    assert not [f for f in run_checks(budget_analysis_from({}, text.format(b="200.00"))) if f.severity != "info"]
    found = [(f.check, f.severity) for f in run_checks(budget_analysis_from({}, text.format(b="210.00")))]
    assert found == [("AR04", "error")]
    # a final account's budget figure is another period than its parts' (决算): not held together
    final = "三、支出决算情况说明\n2031年支出预算 500.00 万元，其中：基本支出 300.00 万元，项目支出 210.00 万元。"
    assert _found(final.split("\n", 1)[1]) == []
