"""Changes in percentage points, and changes against a figure named in the sentence (session 17).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、收入支出决算总体情况说明\n"


def _findings(text: str) -> list[tuple[str, str]]:
    return [(f.check, f.severity) for f in run_checks(analysis_from({}, _HEAD + text + "\n", 2031))
            if f.severity != "info"]


def _claims(text: str) -> dict[str, str]:
    return {c.raw.strip(): c.status for c in analysis_from({}, _HEAD + text + "\n", 2031).claims}


def test_a_change_in_points_is_the_difference_of_the_two_rates_printed():
    """'执行率 P1%，比上年提高 d 个百分点，上年执行率为 P0%': d is P1 − P0, not a rate of change; it
    was unread (no amount in the sentence) and a wrong d passed."""
    text = "预算执行率 96.40%，比上年提高 {d} 个百分点，上年预算执行率为 91.20%。"
    assert _findings(text.format(d="5.20")) == []
    assert _claims(text.format(d="5.20"))["5.20 个百分点"] == "verified"
    [f] = [f for f in run_checks(analysis_from({}, _HEAD + text.format(d="3.20"), 2031)) if f.severity != "info"]
    assert (f.check, f.severity) == ("AR02", "error")
    assert "96.40% − 91.20%" in f.message and "个百分点" in f.message
    # last year's rate first, the change closing the sentence; a fall said of a rise
    assert _findings("本年预算执行率为 96.40%，上年为 91.20%，提高 5.20 个百分点。") == []
    assert _findings("本年预算执行率为 96.40%，上年为 91.20%，提高 2.20 个百分点。") == [("AR02", "error")]
    assert ("AR02", "error") in _findings("预算执行率 96.40%，比上年下降 5.20 个百分点，上年预算执行率为 91.20%。")
    # last year's rate printed as the change's base in its clause
    assert _findings("预算执行率 96.40%，较上年的 91.20% 提高 5.20 个百分点。") == []
    assert _findings("预算执行率 96.40%，较上年的 91.20% 提高 3.20 个百分点。") == [("AR02", "error")]


def test_a_share_change_in_points_against_last_years_share():
    """'占 P1%，上年占 P0%，提高 d 个百分点': the shares' difference, over both roundings (a whole d
    printed is ± 0.5)."""
    text = "基本支出 612.40 万元，占本年支出合计的 68.30%，上年占 65.10%，提高 {d} 个百分点。"
    assert _claims(text.format(d="3.20"))["3.20 个百分点"] == "verified"
    assert _claims(text.format(d="3"))["3 个百分点"] == "verified"
    assert _findings(text.format(d="4.20")) == [("AR02", "error")]


def test_points_are_never_an_amounts_rate_of_change():
    """'X 万元，比上年增加 A 万元，占比提高 d 个百分点': d is the share's change, but it was read as the
    amount's growth rate (a false AR02 error, A ÷ (X − A) ≠ d%) and, with a fall of the amount, as a
    rate of the opposite way (a false DR01 error)."""
    assert _findings("基本支出 410.00 万元，比上年增加 30.00 万元，占比提高 3 个百分点。") == []
    assert _findings("基本支出 410.00 万元，占本年支出合计的 70.00%，比上年增加 30.00 万元，提高 3 个百分点。") == []
    assert _findings("基本支出比上年减少 30.00 万元，占比提高 3 个百分点。") == []
    assert _findings("基本支出 410.00 万元，比上年减少 30.00 万元，占比提高 3 个百分点。") == []
    # a rate of change in % beside it is still read
    assert _findings("基本支出 410.00 万元，比上年增加 30.00 万元，增长 9.00%，占比提高 3 个百分点。") == [("AR02", "error")]


def test_a_point_change_with_no_rate_of_last_year_beside_it_stays_unread():
    """No last year's rate in the sentence (or two): nothing to subtract, no finding; a rate reached
    '比上年提高至 P%' is this year's, not last year's."""
    assert _findings("基本支出占比下降 3 个百分点。") == []
    assert _findings("基本支出占本年支出合计的 70.00%，比上年提高 9 个百分点。") == []
    assert _findings("基本支出占本年支出合计的 70.00%，比上年提高至 75.00%，提高 2 个百分点。") == []


def test_a_change_on_a_figure_named_in_the_sentence_is_the_difference_of_the_two():
    """'年末结转和结余 X 万元，较年初结转和结余 B 万元增加 A 万元': the base is the figure named, not a
    period; the change was read as 年初结转和结余's change on 上年, checked against nothing, and a wrong
    A (or its rate) passed."""
    text = "年末结转和结余 86.50 万元，较年初结转和结余 62.30 万元增加 {a} 万元{p}。"
    assert _findings(text.format(a="24.20", p="")) == []
    assert _claims(text.format(a="24.20", p=""))["24.20 万元"] == "verified"
    [f] = [f for f in run_checks(analysis_from({}, _HEAD + text.format(a="34.20", p=""), 2031)) if f.severity != "info"]
    assert (f.check, f.severity) == ("AR02", "error") and "较年初结转和结余" in f.message and "86.50 − 62.30" in f.message
    # its rate in a clause of its own, on that base; a rate alone on the base printed
    assert _findings(text.format(a="24.20", p="，增长 38.84%")) == []
    assert _findings(text.format(a="24.20", p="，增长 27.98%")) == [("AR02", "error")]
    assert _findings("年末结转和结余 86.50 万元，较年初结转和结余 62.30 万元增长 27.98%。") == [("AR02", "error")]
    # a fall said of a rise
    assert _findings("年末结转和结余 50.10 万元，比年初结转和结余 62.30 万元减少 12.20 万元。") == []
    assert ("AR02", "error") in _findings("年末结转和结余 50.10 万元，比年初结转和结余 62.30 万元增加 12.20 万元。")


def test_a_change_on_a_period_or_on_its_own_item_is_not_read_on_a_named_base():
    """A change on 上年 keeps its reading; the sentence's figure of the base's own item leaves the change
    unread on a named base."""
    assert _findings("年末结转和结余 86.50 万元，较上年增加 24.20 万元。") == []
    assert ("AR02", "error") not in _findings("年初结转和结余 86.50 万元，较年初结转和结余 62.30 万元增加 4.20 万元。")


def test_a_balance_stated_after_the_years_income_and_expense_is_their_difference():
    """'本年收入合计 I 万元，本年支出合计 E 万元，收支结余 S 万元': S is I − E; nothing read it, and a wrong
    S passed. A shortfall is read only with its minus sign printed."""
    text = "本年收入合计 845.60 万元，本年支出合计 790.10 万元，{w} {s} 万元。"
    assert _findings(text.format(w="收支结余", s="55.50")) == []
    assert _findings(text.format(w="收支相抵后结余", s="55.50")) == []
    [f] = [f for f in run_checks(analysis_from({}, _HEAD + text.format(w="收支结余", s="65.50"), 2031))
           if f.severity != "info"]
    assert (f.check, f.severity) == ("AR05", "error") and "845.60" in f.message and "790.10" in f.message
    assert _findings("本年支出合计 790.10 万元，本年收入合计 845.60 万元，收支差额 45.50 万元。") == [("AR05", "error")]
    short = "本年收入合计 790.10 万元，本年支出合计 845.60 万元，收支差额 {s} 万元。"
    assert _findings(short.format(s="-55.50")) == []
    assert _findings(short.format(s="-45.50")) == [("AR05", "error")]
    assert _findings(short.format(s="55.50")) == []          # its size only: which way is not said


def test_a_balance_after_other_figures_is_not_read():
    """Only the year's income and expense right before it: a carry-over between, or last year's figure,
    leaves it unread."""
    assert _findings("本年收入合计 845.60 万元，年初结转和结余 20.00 万元，收支结余 65.50 万元。") == []
    assert _findings("本年收入合计 845.60 万元，上年支出合计 790.10 万元，收支结余 65.50 万元。") == []
