"""Shares whose whole is printed nowhere but is the sum of the parts the passage lists (sharesum22).

Every sentence here is made up: the shape of a budget's wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_SCOPED = ("五、一般公共预算支出情况说明\n1. 基本支出 800.00 万元，占一般公共预算支出的{p}%，比上年减少 10.00 万元。\n"
           "2. 项目支出 200.00 万元，占一般公共预算支出的{q}%，比上年增加 20.00 万元。\n")


def _ar01(text: str):
    a = analysis_from({}, text, 2031)
    return a, [f for f in run_checks(a) if f.check == "AR01"]


def test_shares_of_a_fiscal_whole_over_its_basic_and_project_spending_in_two_items():
    """A 财政拨款 scope's spending is 基本支出 and 项目支出 only (cells.yml complete_in_scopes), so with the
    whole printed nowhere it is their sum, though each share is in a numbered item of its own: a share
    that is not its part over that sum is wrong (200 ÷ 1000 = 20%, not 25%)."""
    a, found = _ar01(_SCOPED.format(p="80.00", q="20.00"))
    assert not found
    assert [c.status for c in a.claims if c.kind == "share"] == ["verified", "verified"]
    _, [f] = _ar01(_SCOPED.format(p="80.00", q="25.00"))
    assert f.severity == "warning" and "“项目支出”" in f.message and "[19.9993, 20.0008]" in f.message
    # shares adding to 100% do not make a wrong pair right: 800 ÷ 1000 is not 76%
    _, [f] = _ar01(_SCOPED.format(p="76.00", q="24.00"))
    assert "“基本支出”" in f.message


def test_an_open_list_bounds_its_shares_from_above():
    """基本支出 and 项目支出 are two of the five kinds of the every-fund 本年支出: the whole is at least their
    sum, so a share can be less than its part over the sum (the rest is 经营支出…) but never more."""
    text = "二、支出决算情况说明\n基本支出 800.00 万元，占本年支出的{p}%。\n项目支出 200.00 万元，占本年支出的{q}%。\n"
    assert not _ar01(text.format(p="76.00", q="19.00"))[1]
    a, [f] = _ar01(text.format(p="82.00", q="18.00"))
    assert "“基本支出”" in f.message and "至多为 80.0014%" in f.message
    assert [c.status for c in a.claims if c.kind == "share"] == ["unverifiable", "unverifiable"]


def test_a_budget_figure_and_an_actual_one_make_no_whole():
    """'年初预算基本支出 a' beside an actual 项目支出 b in one section are not parts of one figure: their sum is
    no whole, and the shares stay unread."""
    text = ("五、一般公共预算支出情况说明\n年初预算基本支出 800.00 万元，占一般公共预算支出的 80.00%。\n"
            "项目支出决算 200.00 万元，占一般公共预算支出的 25.00%。\n")
    assert not _ar01(text)[1]


def test_a_budget_keeping_money_back_leaves_the_two_kinds_open():
    """A budget planning 单位预留机动经费 beside 基本支出 and 项目支出 (cells.yml complete_in_scopes unless_named)
    spends its 财政拨款 on three kinds: the two listed are no longer all of it, so a share below its part
    over their sum is no error (800 ÷ 1000 = 80%, the whole being 1050 here)."""
    text = _SCOPED.format(p="76.19", q="19.05")
    assert len(_ar01(text)[1]) == 1
    assert not _ar01(text + "3. 单位预留机动经费 50.00 万元，主要用于年度执行中的临时性支出。\n")[1]


def test_shares_of_the_two_kinds_of_a_fiscal_whole_add_to_100():
    """Shares alone, no amounts: 基本支出 and 项目支出 being all of a 财政拨款 whole, their shares add to 100%
    (AR04), as the three 三公 fees' do; 80% and 15% leave 5% of nothing."""
    text = "五、一般公共预算支出情况说明\n基本支出占一般公共预算支出的80.00%，项目支出占一般公共预算支出的{q}%。\n"
    assert not [f for f in run_checks(analysis_from({}, text.format(q="20.00"), 2031)) if f.check == "AR04"]
    [f] = [f for f in run_checks(analysis_from({}, text.format(q="15.00"), 2031)) if f.check == "AR04"]
    assert f.severity == "error" and "[94.99, 95.01]" in f.message
    # the every-fund 本年支出 has other kinds (经营支出…): shares short of 100% are no error
    text = "二、支出决算情况说明\n基本支出占本年支出的80.00%，项目支出占本年支出的15.00%。\n"
    assert not [f for f in run_checks(analysis_from({}, text, 2031)) if f.check == "AR04"]
