"""Readings closed in session prior16: last year's figure restated by name, 持平 before a note printing last
year's figure, and a change's rate after a reason that names a figure or a base year.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import CheckOptions, run
from finder.testing import THREE_PUBLIC_FINAL, analysis_from, run_check


_HEAD = "三、支出决算情况说明\n"


def _claims(text: str) -> list:
    return analysis_from({}, _HEAD + text + "\n", 2031).claims


def _errors(text: str, code: str) -> list:
    return [f for f in run_check(_HEAD + text + "\n", code, 2031) if getattr(f, "severity", "") == "error"]


# ---------------------------------------------------------------- 1. last year's figure restated by name
_RESTATED = "本年支出合计 450.00 万元，{prior}支出合计 400.00 万元，比上年增加 {a} 万元，增长 {p}%。"


def test_a_prior_word_opening_the_figures_name_is_its_last_year():
    """'上年支出合计 400.00' after '本年支出合计 450.00' is the same figure's 上年 (上年度, 去年, 上年同期, 上一年度
    alike): it stays in the figure's group, and the change after it is the figure's, held to 450 − 400."""
    for prior in ("上年", "上年度", "去年", "上年同期", "上一年度"):
        text = _RESTATED.format(prior=prior, a="50.00", p="12.50")
        level, last, change, rate = _claims(text)
        assert {c.subject for c in (level, last, change, rate)} == {"本年支出合计"}, prior
        assert (last.period, last.extra["group"]) == ("上年", level.extra["group"]), prior
        assert _errors(text, "AR02") == [], prior
        found = _errors(_RESTATED.format(prior=prior, a="60.00", p="15.00"), "AR02")
        assert len(found) == 2 and "450.00 − 400.00" in found[0].message, prior


def test_a_named_concepts_last_year_is_held_against_the_prior_column():
    """'公务接待费支出 9.50 万元，上年公务接待费支出 11.00 万元': last year's figure printed by name joins the
    figure, so NT05 holds it against the table's 上年决算数 (12.00) as it does '上年为 11.00'."""
    def nt05(text: str) -> list:
        a = analysis_from(THREE_PUBLIC_FINAL, "三、“三公”经费支出情况说明\n" + text + "\n", 2031)
        a.report.type = "final"
        return [f for f in run(a, CheckOptions()) if f.check == "NT05"]

    assert nt05("公务接待费支出 9.50 万元，上年公务接待费支出 12.00 万元。") == []
    [f] = nt05("公务接待费支出 9.50 万元，上年公务接待费支出 11.00 万元。")
    assert f.severity == "error" and "上年为 11.00" in f.message and "12.00" in f.message


def test_a_carry_over_or_another_name_after_a_prior_word_stays_its_own():
    """'上年结转' / '上年结余' are this year's opening balances, and '上年基本支出' after '本年支出合计' names
    another figure: none joins the figure before it, and no finding is made of them."""
    for text in ("本年结余 450.00 万元，上年结余 400.00 万元，比上年增加 60.00 万元。",
                 "本年收入合计 450.00 万元，上年结转 400.00 万元，比上年增加 60.00 万元。",
                 "本年支出合计 450.00 万元，上年基本支出 400.00 万元，比上年增加 60.00 万元。"):
        first, second, _ = _claims(text)
        assert second.extra["group"] != first.extra["group"], text
        assert _errors(text, "AR02") == [], text


# ---------------------------------------------------------------- 2. 持平 before a note printing last year
def test_flat_before_a_note_of_last_years_figure_is_held_to_it():
    """'本年支出合计 450.00 万元，与上年持平（上年 400.00 万元）': the 持平 is the figure's, and last year's
    figure in the note differs: DR01, as for '上年为 400.00 万元，与上年持平'."""
    [f] = _errors("本年支出合计 450.00 万元，与上年持平（上年 400.00 万元）。", "DR01")
    assert "450.00" in f.message and "400.00" in f.message
    assert _claims("本年支出合计 450.00 万元，与上年持平（上年 400.00 万元）。")[0].extra["stated_direction"] == "持平"
    for ok in ("本年支出合计 450.00 万元，与上年持平（上年为 450.00 万元）。",
               "本年支出合计 450.00 万元，与上年基本持平（上年 400.00 万元）。"):
        assert _errors(ok, "DR01") == [], ok


# ---------------------------------------------------------------- 3. a rate after a reason
_CHANGE = "会议费支出 60.00 万元，比上年减少 20.00 万元，主要原因是{why}，{rate}%。"


def test_a_rate_on_the_reports_prior_year_after_the_reason_is_the_changes():
    """'…，主要原因是…，较2030年下降 P%' in the 2031 report: the base is last year, the change's own."""
    for base in ("较2030年", "与2030年度相比", "比2030年"):
        [pct] = [c for c in _claims(_CHANGE.format(why="会议场次减少", rate=base + "下降 25.00")) if c.kind == "change_pct"]
        assert pct.subject == "会议费支出" and not pct.extra.get("in_reason"), base
        [f] = _errors(_CHANGE.format(why="会议场次减少", rate=base + "下降 35.00"), "AR02")
        assert "35.00%" in f.message


def test_a_rate_on_another_year_after_the_reason_stays_unread():
    text = _CHANGE.format(why="会议场次减少", rate="较2029年下降 35.00")
    [pct] = [c for c in _claims(text) if c.kind == "change_pct"]
    assert pct.subject != "会议费支出" and _errors(text, "AR02") == []


def test_a_rate_that_fits_the_change_and_not_the_reasons_figure_is_the_changes():
    """'主要原因是培训费 45.00 万元，减少 5.00 万元，下降 25.00%': 25% is 20 ÷ 80 (the change's) and not 5 ÷ 50
    (培训费's, 10%): the change's rate, verified."""
    text = _CHANGE.format(why="培训费 45.00 万元，减少 5.00 万元", rate="下降 25.00")
    [pct] = [c for c in _claims(text) if c.kind == "change_pct"]
    assert pct.subject == "会议费支出"
    a = analysis_from({}, _HEAD + text + "\n", 2031)
    run(a, CheckOptions())
    assert [c.status for c in a.claims if c.kind == "change_pct"] == ["verified"]


def test_a_rate_that_may_be_the_reasons_figures_stays_unread():
    """A rate that fits the reason's figure too (培训费 15 + 5: 25%), fits the change not at all (35%, 10%: the
    reason's may), or follows a reason figure whose rate cannot be recomputed ('会议费减少 5.00 万元'; '…，印刷费
    减少 3.00 万元' after the pair) is not read as the change's, and makes no finding."""
    for why, rate in (("培训费 15.00 万元，减少 5.00 万元", "25.00"), ("培训费 45.00 万元，减少 5.00 万元", "35.00"),
                      ("培训费 45.00 万元，减少 5.00 万元", "10.00"), ("会议费减少 5.00 万元", "25.00"),
                      ("培训费 45.00 万元，减少 5.00 万元，印刷费减少 3.00 万元", "25.00")):
        text = _CHANGE.format(why=why, rate="下降 " + rate)
        [pct] = [c for c in _claims(text) if c.kind == "change_pct"]
        assert pct.subject != "会议费支出", (why, rate)
        assert _errors(text, "AR02") == [], (why, rate)
