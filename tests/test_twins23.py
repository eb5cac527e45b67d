"""twins23: families of claims written right and with one figure or word wrong — the 经济分类 split of a
spending figure, shares of one whole printed a sentence each, a level reached from last year's printed figure.

Every sentence here is synthetic: the shape of a template wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, budget_analysis_from

_FINAL = "四、一般公共预算财政拨款支出决算情况说明\n"


def _flagged(text: str, budget: bool = False) -> list:
    a = (budget_analysis_from if budget else analysis_from)({}, text, 2031 if budget else 2030)
    return [(f.check, f.severity, f.evidence[0].text if f.evidence else "") for f in run_checks(a)
            if f.severity in ("error", "warning")]


def _claims(text: str, budget: bool = False) -> list:
    return (budget_analysis_from if budget else analysis_from)({}, text, 2031 if budget else 2030).claims


# ---------------------------------------------------------------- 1. the 经济分类 split of a spending figure
_ECON = (_FINAL + "2030年度一般公共预算财政拨款支出3600.00万元。按经济分类，工资福利支出1500.00万元，占{a}%；"
         "商品和服务支出900.00万元，占25.00%；对个人和家庭的补助300.00万元，占{c}%；资本性支出900.00万元，占25.00%。\n")


def test_a_classification_word_after_a_lone_figure_opens_the_list_of_its_parts():
    """'T 万元。按经济分类，A a，占 P%；B b，占 Q%…' (directions.yml class_list_markers): the classes are T's parts, so
    their bare shares are of T and recompute; they were unread ('文中未写明所占整体')."""
    claims = _claims(_ECON.format(a="41.67", c="8.33"))
    shares = [c for c in claims if c.kind == "share"]
    assert [c.status for c in shares] == ["verified"] * 4
    assert {c.extra.get("whole_head") for c in shares} == {"一般公共预算财政拨款支出"}
    assert not _flagged(_ECON.format(a="41.67", c="8.33"))
    wrong = _flagged(_ECON.format(a="41.67", c="9.33"))          # the twin: one share off
    assert ("AR01", "error") in [(k, s) for k, s, _ in wrong]


def test_economic_classes_listed_under_a_figure_add_to_no_more_than_it():
    """The classes a report lists are seldom every class (债务利息及费用支出, 对企业补助 left out), so they bound
    the figure from above: more is an error, less says nothing."""
    text = (_FINAL + "2030年度一般公共预算财政拨款支出3600.00万元。按经济分类，工资福利支出1500.00万元，商品和服务支出{b}万元，"
            "对个人和家庭的补助300.00万元，资本性支出900.00万元。\n")
    assert not _flagged(text.format(b="900.00"))
    assert not _flagged(text.format(b="800.00"))                   # short of the whole: classes left out
    wrong = _flagged(text.format(b="950.00"))
    assert [(k, s) for k, s, _ in wrong] == [("AR04", "error")]
    assert "3600.00" in wrong[0][2]


def test_a_split_in_the_clause_after_the_figure_and_in_a_budget():
    """'基本支出 T 万元，按经济分类：A a…' (the clause after the figure) and a budget's '一般公共预算当年拨款支出'
    (concepts.yml: the year's grant, 当年拨款, as 当年拨款收入 already was) split the same way."""
    clause = ("三、一般公共预算财政拨款基本支出决算情况说明\n2030年度一般公共预算财政拨款基本支出2400.00万元，按经济分类：工资福利支出"
              "{a}万元，商品和服务支出500.00万元，对个人和家庭的补助200.00万元。\n")
    assert not _flagged(clause.format(a="1700.00"))
    assert [k for k, _, _ in _flagged(clause.format(a="1800.00"))] == ["AR04"]
    budget = ("四、一般公共预算当年拨款支出预算情况说明\n2031年一般公共预算当年拨款支出预算2400.00万元。从经济分类看，工资福利支出"
              "{a}万元，占70.83%；商品和服务支出500.00万元，占20.83%；对个人和家庭的补助200.00万元，占8.33%。\n")
    [total] = [c for c in _claims(budget.format(a="1700.00"), True) if c.raw.startswith("2400")]
    assert total.concept == "gpb_expense"
    assert not _flagged(budget.format(a="1700.00"), True)
    assert ("AR04", "error") in [(k, s) for k, s, _ in _flagged(budget.format(a="1800.00"), True)]


def test_numbered_classes_after_a_figure_are_its_parts_not_the_first_ones():
    """'基本支出 T，其中：（一）A a…（二）B b…（三）C c…': the items are T's; B's run of siblings after it is no list
    of B's parts (C + D > B is no error), while the items adding to more than T is one."""
    text = ("三、一般公共预算财政拨款基本支出决算情况说明\n2030年度一般公共预算财政拨款基本支出{t}万元，其中：\n"
            "（一）工资福利支出700.00万元，较上年增加10.00万元。\n（二）商品和服务支出30.00万元，较上年减少2.00万元。\n"
            "（三）对个人和家庭的补助90.00万元，较上年增加5.00万元。\n（四）资本性支出6.00万元，较上年增加6.00万元。\n")
    assert not _flagged(text.format(t="826.00"))
    wrong = _flagged(text.format(t="816.00"))
    assert [(k, s) for k, s, _ in wrong] == [("AR04", "error")] and "816.00" in wrong[0][2]


def test_a_split_after_a_sentence_of_several_figures_is_left_unread():
    """After '支出 T，其中基本支出 a，项目支出 b。' the split's whole is not said (T? b?): no list opens, the bare shares
    stay unread, and nothing is flagged; the same split after T alone is read (and its wrong share caught)."""
    several = (_FINAL + "2030年度一般公共预算财政拨款支出3600.00万元，其中基本支出2400.00万元，项目支出1200.00万元。"
               "按经济分类，工资福利支出1500.00万元，占41.67%；商品和服务支出900.00万元，占35.00%。\n")
    shares = [c for c in _claims(several) if c.kind == "share"]
    assert [c.status for c in shares] == ["unverifiable"] * 2 and not any(c.whole for c in shares)
    assert not _flagged(several)
    alone = several.replace("，其中基本支出2400.00万元，项目支出1200.00万元", "")
    assert ("AR01", "error") in [(k, s) for k, s, _ in _flagged(alone)]


# ---------------------------------------------------------------- 2. shares of one whole, a sentence each
def test_shares_of_every_part_printed_a_sentence_each_add_to_100():
    """'基本支出占…的 70.00%。项目支出占…的 25.00%。': 一般公共预算 spending is 基本支出 and 项目支出 (cells.yml
    complete_in_scopes), so the two shares must make 100% whether printed in one sentence or two."""
    text = ("二、收入支出决算总体情况说明\n2030年度一般公共预算财政拨款支出中，基本支出占一般公共预算财政拨款支出的70.00%。"
            "项目支出占一般公共预算财政拨款支出的{q}%。\n")
    assert not _flagged(text.format(q="30.00"))
    assert [(k, s) for k, s, _ in _flagged(text.format(q="25.00"))] == [("AR04", "error")]


# ---------------------------------------------------------------- 3. a level reached from last year's figure
def test_a_level_reached_from_last_years_printed_figure_goes_its_way():
    """'由上年的 A 万元减少到 B 万元' with B < A holds; '增加到' there is an error (DR01): the two printed figures
    say which way it went."""
    text = ("二、收入支出决算总体情况说明\n2030年度本部门支出总计2700.00万元，由上年的3000.00万元{w}到2700.00万元，"
            "主要原因是压减一般性支出。\n")
    assert not _flagged(text.format(w="减少"))
    wrong = _flagged(text.format(w="增加"))
    assert [(k, s) for k, s, _ in wrong] == [("DR01", "error")]
    assert "3000.00" in wrong[0][2] and "2700.00" in wrong[0][2]
    assert not _flagged(text.format(w="增加").replace("3000.00", "2600.00"))


def test_shares_of_the_income_sources_a_sentence_each_add_to_no_more_than_100():
    """'财政拨款收入占收入合计的 a%。事业收入占…的 b%。其他收入占…的 c%。': 财政拨款收入 read as the income total of
    the 财政拨款 fund, so the shares named no parts of one whole and 102% passed. The decomposition of 本年收入合计
    lists 财政拨款收入 by that name: it is a part."""
    text = ("二、收入支出决算总体情况说明\n2030年度本部门收入合计3000.00万元。其中：财政拨款收入占收入合计的80.00%。"
            "事业收入占收入合计的12.00%。其他收入占收入合计的{c}%。\n")
    assert not _flagged(text.format(c="8.00"))
    assert [(k, s) for k, s, _ in _flagged(text.format(c="10.00"))] == [("AR04", "error")]
