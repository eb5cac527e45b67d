"""Gaps left by earlier sessions' probes (session 18): each made-up sentence must be read as an auditor
reads it. Every sentence is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _errors(text: str, year: int = 2031, tables: dict | None = None) -> list[tuple[str, str]]:
    return [(f.check, f.message) for f in run_checks(analysis_from(tables or {}, text + "\n", year))
            if f.severity == "error"]


def test_a_change_after_what_the_figure_is_made_of_is_the_figures():
    """'本年支出 V，主要是人员经费 a，较年初预算 B 增加 A': A is V − B, the head's, not a − B (a false AR02
    error: 600 − 900). 主要是 opens what the figure is made of, as 主要用于 opens what it pays for."""
    text = "本年支出1950.00万元，主要是人员经费1600.00万元，较年初预算1900.00万元增加{a}万元。"
    assert _errors(text.format(a="50.00")) == []
    assert [c for c, _ in _errors(text.format(a="60.00"))] == ["AR02"]


def test_a_reason_clause_is_no_part_of_the_figure():
    """'主要是由于…' gives a reason: its figure is not marked as a part the change may be read on."""
    a = analysis_from({}, "本年支出1950.00万元，比上年增加50.00万元，主要是由于人员经费1600.00万元未列入预算。\n", 2031)
    assert not [c for c in a.claims if c.extra.get("purpose_of")]


_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、其他收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}


def _stale(text: str) -> list[str]:
    a = analysis_from(_SUMMARY, text + "\n", 2024)
    return [f.message for f in run_checks(a) if f.check == "TX02"]


def test_a_year_without_du_before_a_this_year_label_is_stale():
    """'2023年本年支出合计 X' in the 2024 决算, X this year's cell: the year is stale, with or without 度;
    a date in that year, a comparison with it and a balance carried from it are not."""
    assert len(_stale("2023年本年支出合计420.00万元。")) == 1
    assert len(_stale("2023 年本年收入合计 500.00 万元。")) == 1
    assert len(_stale("2023年度本年支出合计420.00万元。")) == 1
    assert _stale("截至2023年12月31日，本年支出合计420.00万元。") == []
    assert _stale("本年支出合计420.00万元，比2023年增加20.00万元。") == []
    assert _stale("2023年年末结转和结余110.00万元。") == []


def test_wan_before_a_count_unit_counts_ten_thousands():
    """'全县共有 5 万户' / '惠及群众 3.2 万人': 万 before a count unit multiplies the count (to its printed
    precision); it was read as an amount of 5 万元."""
    [c] = analysis_from({}, "全县共有5万户。\n", 2031).claims
    assert (c.kind, c.unit, c.value, str(c.interval)) == ("count", "户", 50000, "[45000, 55000]")
    a = analysis_from({}, "惠及群众3.2万人，比上年增加0.2万人，增长6.67%。\n", 2031)
    assert [(c.kind, c.unit, c.value) for c in a.claims][:2] == [("count", "人", 32000), ("change_abs", "人", 2000)]
    assert [c.status for c in a.claims] == ["unverifiable", "verified", "verified"]
    assert [c for c, _ in _errors("惠及群众3.2万人，比上年增加0.2万人，增长16.67%。")] == ["AR02"]
    # a form of its own keeps its unit; money is still money
    assert [c.unit for c in analysis_from({}, "服务群众12.5万人次。\n", 2031).claims] == ["万人次"]
    assert [c.unit for c in analysis_from({}, "补助资金5万元。\n", 2031).claims] == ["万元"]


def test_a_lone_power_after_a_hedge_is_a_hedged_count():
    """'服务企业近千家': 近 before a lone 千 is about a thousand (at most), a count of 1000 家 under its subject;
    without the hedge a lone power opens no numeral ('千家万户' is an idiom)."""
    [c] = analysis_from({}, "服务企业近千家。\n", 2031).claims
    assert (c.kind, c.value, c.unit, c.approx, c.subject) == ("count", 1000, "家", "at_most", "服务企业")
    [c] = analysis_from({}, "惠及群众逾万人。\n", 2031).claims
    assert (c.value, c.unit, c.approx) == (10000, "人", "more_than")
    assert analysis_from({}, "政策惠及千家万户。\n", 2031).claims == []


def _with_balance_used(row: str) -> dict:
    return {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
        "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t440.00",
        "二、其他收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t440.00", f"{row}\t20.00\t结余分配\t0.00",
        "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t550.00\t总计\t550.00"]}}


def test_the_older_name_of_the_balance_used_is_its_row():
    """'用事业基金弥补收支差额 X' is the older template's name of the 使用非财政拨款结余 row: the figure was
    unverifiable ('标准表格无“使用非财政拨款结余”一项') under either row name, and a wrong one passed."""
    for row in ("使用非财政拨款结余（含专用结余）", "用事业基金弥补收支差额"):
        for x, status in (("20.00", "verified"), ("25.00", "contradicted")):
            a = analysis_from(_with_balance_used(row), f"本年用事业基金弥补收支差额{x}万元。\n", 2031)
            assert [(c.status, c.extra["ref_used"].row.label) for c in a.claims] == [(status, row)]


def test_a_share_of_income_total_may_be_of_the_years_income():
    """'占收入总额的 P%': reports mean 本年收入合计 (500) or 收入总计 (530, with the carry-over); it was held to
    收入总计 only, a false AR01 error on a share of the year's income. Either fits; neither is a warning."""
    def share(p: str):
        a = analysis_from(_SUMMARY, f"财政拨款收入400.00万元，占收入总额的{p}%。\n", 2031)
        return ([c.status for c in a.claims if c.kind == "share"],
                [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"])
    assert share("80.00") == (["verified"], [])
    assert share("75.47") == (["verified"], [])
    assert share("70.00") == (["contradicted"], [("AR01", "warning")])
    # a name of one whole is still certain
    a = analysis_from(_SUMMARY, "财政拨款收入400.00万元，占收入总计的80.00%。\n", 2031)
    assert [(f.check, f.severity) for f in run_checks(a)] == [("AR01", "error")]
