"""swu23: one typo in a grand total printed for the year's total gives one finding quoting the typo, not false
errors on the correct figures; a fund's income is no fund scope of the year's income (made-up text)."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、事业收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}

_HEAD = "一、收入支出决算总体情况说明\n"


def _loud(text: str) -> list[tuple[str, str, str]]:
    a = analysis_from(_SUMMARY, _HEAD + text, 2031)
    return [(f.check, f.severity, f.message) for f in run_checks(a) if f.severity != "info"]


def test_a_typo_in_one_restated_years_total_is_one_finding_on_the_typo():
    # 总计 names the year's totals here (收入 500.00 ≠ 支出 420.00); the second 支出总计 is a typo (402.00).
    # Before: the side held two figures, the printed reading was kept and the correct 500.00 and 420.00 were
    # errors against the 总计 row as well.
    text = ("学校2031年度收入总计500.00万元。\n学校2031年度支出总计402.00万元。\n"
            "学校2031年度收入总计500.00万元，其中财政拨款收入400.00万元。\n学校2031年度各项支出总计420.00万元。\n")
    found = [f for f in _loud(text) if f[0] == "NT01"]
    assert [(check, severity) for check, severity, _ in found] == [("NT01", "warning")]   # the reading a guess
    assert "文中为 402.00" in found[0][2] and "本年支出合计" in found[0][2]
    # the two figures of one name are still told apart (NT03), the typo quoted
    assert [m for c, _, m in _loud(text) if c == "NT03"] and all("402.00" in m for c, _, m in _loud(text))
    # the tables side with the grand totals (530.00 both): the typo is an error on the 总计 row, as before
    text = "2031年度收入总计530.00万元。\n2031年度支出总计503.00万元。\n2031年度支出总计530.00万元。\n"
    found = [f for f in _loud(text) if f[0] == "NT01"]
    assert [(check, severity) for check, severity, _ in found] == [("NT01", "error")]
    assert "文中为 503.00" in found[0][2] and "“总计”" in found[0][2]


def test_a_share_of_the_fiscal_income_row_is_measured_on_that_row():
    # '财政拨款收入' is an entry of its own (the summary's income row 400.00), not 本年收入合计 (500.00) of a
    # 财政拨款 scope: before, entry_of_name read it so and the share's whole was found nowhere (unverifiable)
    def shares(text):
        a = analysis_from(_SUMMARY, "一、收入决算情况说明\n" + text, 2031)
        return [(c.status, f.check if (f := next((f for f in run_checks(a) if c.id in f.claims), None)) else None)
                for c in a.claims if c.kind == "share"]
    assert shares("2031年度事业收入100.00万元，占财政拨款收入的25.00%。\n") == [("verified", None)]
    assert shares("2031年度事业收入100.00万元，占财政拨款收入的20.00%。\n") == [("contradicted", "AR01")]


def test_entry_of_name_reads_a_fund_income_row_as_itself():
    from finder.link.concepts import entry_of_name
    assert entry_of_name("财政拨款收入") == "财政拨款收入"
    assert entry_of_name("财政拨款支出") == "本年支出合计"       # no entry of that name: the fund's scope
    assert entry_of_name("财政拨款基本支出") == "基本支出"
