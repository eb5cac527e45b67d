"""twins22: the known unread families — a generic change after a part, a rate left blank on a zero base, a
completion with the approver between 完成 and the budget, approximate shares — with their wrong twins.

Every sentence here is synthetic: the shape of a template wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_INCOME = {"income": {"title": "收入决算表", "number": "表2", "rows": [
    "项目\t本年收入合计\t财政拨款收入\t事业收入\t其他收入", "合计\t2000.00\t1500.00\t420.00\t80.00"]}}


def _claims(text: str, tables: dict | None = None) -> list:
    return analysis_from(tables or {}, text, 2031).claims


def _flagged(text: str, tables: dict | None = None) -> list:
    return [(f.check, f.severity) for f in run_checks(analysis_from(tables or {}, text, 2031))
            if f.severity in ("error", "warning")]


# ---------------------------------------------------------------- 1. a generic change after a part
def test_a_generic_change_after_a_listed_part_is_the_lists_whole():
    """'本年收入合计 T，其中其他收入 a，与上年相比，收入增加 A': 收入 opens a clause of its own after the part; the
    change was read as 其他收入's (A > a: a false AR02 error, a negative base). It is the 其中 list's head's."""
    text = "本年收入合计2000.00万元，其中其他收入80.00万元，与上年相比，收入增加150.00万元。\n"
    [change] = [c for c in _claims(text, _INCOME) if c.kind == "change_abs"]
    assert (change.concept, change.subject) == ("income_total", "本年收入合计")
    assert not _flagged(text, _INCOME)


def test_a_generic_change_after_a_lone_part_is_left_unread_with_its_reason():
    """'其他收入 a，与上年相比，收入增加 A' with no total printed before: the writer may mean the part or the
    whole, so the change is unread (no concept) and says why; the part's own change still reads."""
    text = "其他收入80.00万元，与上年相比，收入增加150.00万元。\n"
    [change] = [c for c in _claims(text, _INCOME) if c.kind == "change_abs"]
    assert change.concept is None and change.status == "unverifiable" and "泛称" in change.reason
    assert not _flagged(text, _INCOME)
    own = "其他收入80.00万元，比上年增加150.00万元。\n"      # no generic word: the part's, an impossible base
    assert ("AR02", "error") in _flagged(own, _INCOME)


# ---------------------------------------------------------------- 2. a rate left blank on a zero base
def test_a_blank_rate_on_a_zero_base_is_last_years_zero():
    """'比上年增加 A，增长--（基数为0，不可比）': the clause says last year's figure is 0 (directions.yml nil_prior
    zero_bases), so the rise is checked against it: equal to this year's figure it holds; the 0 is no
    unclassified number."""
    text = "事业收入420.00万元，比上年增加420.00万元，增长--（基数为0，不可比）。\n"
    claims = _claims(text, _INCOME)
    assert [(c.kind, c.raw, c.status) for c in claims if c.period == "上年" and c.kind == "amount"] \
        == [("amount", "基数为0", "verified")]
    assert [c.status for c in claims if c.kind == "change_abs"] == ["verified"]
    assert not _flagged(text, _INCOME)
    assert not _flagged("事业收入420.00万元，比上年增加420.00万元，增长率—（上年基数为零）。\n", _INCOME)


def test_a_zero_base_after_a_budget_is_no_prior():
    """'完成预算 0 万元的--%，基数为0': the 0 is the completion's base (the budget), not last year's figure."""
    claims = _claims("公务用车购置费0.00万元，完成预算0.00万元的--%，基数为0，不可比。\n")
    assert not [c for c in claims if c.period == "上年"]


def test_a_zero_base_said_of_a_figure_that_had_one_is_flagged():
    """The wrong twin: the base was not 0 (the change is less than the figure), yet the text says it was."""
    text = "事业收入420.00万元，比上年增加35.00万元，增长--（基数为0，不可比）。\n"
    assert ("AR02", "error") in _flagged(text, _INCOME)


def test_a_blank_rate_saying_nothing_of_the_base_stays_unread():
    """'增长N/A', '增长—' alone say no base: nothing is read as last year's figure."""
    for rate in ("N/A", "—"):
        claims = _claims(f"事业收入420.00万元，比上年增加35.00万元，增长{rate}。\n", _INCOME)
        assert not [c for c in claims if c.period == "上年" and c.kind == "amount"]


# ---------------------------------------------------------------- 3. the approver between 完成 and the budget
def test_the_approver_of_a_budget_is_no_subject_of_its_own():
    """'a，完成经批准的调整预算 B 的 P%' (directions.yml approval_phrases): '经批准' was read as the budget's
    subject, a figure of no table, so P was unread and a wrong P passed. The budget is the figure's."""
    text = "事业收入420.00万元，完成经本单位党组会议审议批准的收入调整预算400.00万元的{p}%。\n"
    [done] = [c for c in _claims(text.format(p="105.00"), _INCOME) if c.kind == "completion"]
    assert (done.concept, done.status) == ("business_income", "verified")
    assert ("AR03", "error") in _flagged(text.format(p="95.00"), _INCOME)


# ---------------------------------------------------------------- 4. approximate shares
def test_nearly_a_share_reads_one_step_below_it():
    """'接近 N%' (units.yml approx 接近: at_most): the share lies below N by at most a unit of N's last digit,
    five when that digit is 0 (Interval.nearly); '接近' was no approximate word ('近' is the tail of it), so
    '接近 76%' for 75.00% was a false AR01 warning."""
    text = "本年收入合计2000.00万元，其中财政拨款收入1500.00万元，占比接近{p}%。\n"
    assert not _flagged(text.format(p="76"), _INCOME)
    assert not _flagged(text.format(p="80"), _INCOME)          # a round N: five units below it
    assert ("AR01", "error") in _flagged(text.format(p="78"), _INCOME)
    assert ("AR01", "error") in _flagged(text.format(p="90"), _INCOME)
    assert ("AR01", "error") in _flagged(text.format(p="72"), _INCOME)   # above N is no 'nearly N'
    assert _flagged(text.format(p="74"), _INCOME) == [("AR01", "warning")]   # a last digit above, as printed
