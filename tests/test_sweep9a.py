"""Sweep 9a of unseen final accounts (学校, 乡镇, 法院, 三公 notes, 决算 reports): false alarms and misses.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import analysis_from, run_check as _run


def _claims(text: str, year: int) -> list[tuple[str, str | None, str, str]]:
    return [(c.subject, c.concept, str(c.value), c.period) for c in analysis_from({}, text, year).claims
            if c.kind == "amount"]


def test_last_years_actual_named_by_its_year_is_last_years_figure():
    # '比2020年度决算总收入 a 增加了 d': a is last year's actual, not a second figure for this year's
    text = ("一、部门决算收支增减情况说明\n"
            "2021年度决算总收入812.40万元,比2020年度决算总收入700.10万元增加了112.30万元,主要原因是新增项目。\n")
    periods = {v: p for _, _, v, p in _claims(text, 2021)}
    assert periods["700.10"] == "上年" and periods["812.40"] == "决算"
    assert _run(text, "NT03", 2021) == []


def test_this_years_actual_named_by_its_year_stays_this_years():
    text = "2021年度决算总收入812.40万元,2021年度决算总收入790.00万元。\n"
    assert {p for *_, p in _claims(text, 2021)} == {"决算"}


def test_a_funds_bare_name_listed_among_incomes_is_the_funds_income():
    # the bare fund names sit in the income list beside 事业收入: incomes, not the expenditure that the
    # unit's 基本支出 + 项目支出 (of all its money) would have to fit in
    text = ("二、收入决算情况说明:2021年一般公共预算财政拨款52300000元,政府性基金预算财政拨款800000元,"
            "事业收入2100000元。\n"
            "三、支出决算情况说明:2021年基本支出48000000元(人员经费45000000元,日常公用经费3000000元),"
            "项目支出7200000元。\n")
    concepts = {v: cid for _, cid, v, _ in _claims(text, 2021)}
    assert concepts["5230.0000"] == "gpb_income" and concepts["80.0000"] == "gov_fund_income"
    assert _run(text, "AR04", 2021) == []


def test_a_funds_bare_name_beside_expenditure_stays_its_expenditure():
    text = "2021年一般公共预算财政拨款523.00万元,其中:基本支出480.00万元,项目支出43.00万元。\n"
    assert {cid for _, cid, v, _ in _claims(text, 2021) if v == "523.00"} == {"gpb_expense"}
    alone = "2021年一般公共预算财政拨款523.00万元,政府性基金预算财政拨款8.00万元。\n"
    assert {cid for _, cid, v, _ in _claims(alone, 2021) if v == "523.00"} == {"gpb_expense"}


_THREE_PUBLIC_BUDGET = ("一、一般公共预算财政拨款“三公”经费支出决算总体情况说明。\n"
                        "2022年度一般公共预算财政拨款“三公”经费支出预算为{total}万元,支出决算为40.30万元。\n"
                        "二、一般公共预算财政拨款“三公”经费支出决算具体情况说明。\n"
                        "(一)因公出国(境)费支出0万元。因公出国(境)费支出决算比预算数减少0万元。\n"
                        "(二)公务用车购置及运行费支出38.10万元。公务用车购置及运行费支出决算数比预算数减少11.90万元,"
                        "下降23.80%。\n"
                        "(三)公务接待费支出2.20万元。公务接待费支出决算数比预算数减少2.80万元,下降56.00%。\n")


def test_parts_budgets_implied_by_their_changes_on_the_budget_add_up_to_the_totals():
    # 50.00 + 5.00 + 0 = 55.00, not the 65.00 printed for the 三公 total
    found = [f for f in _run(_THREE_PUBLIC_BUDGET.format(total="65.00"), "NT02", 2022)
             if "预算数之和" in f.message]
    assert [f.severity for f in found] == ["warning"]
    assert _run(_THREE_PUBLIC_BUDGET.format(total="55.00"), "NT02", 2022) == []


def test_a_three_public_total_quoted_whole_and_a_short_outbound_name_are_read():
    # '“三公经费”财政拨款支出' (quotes around the whole name) is the “三公” total, not 财政拨款支出;
    # '因公出国费' is 因公出国（境）费
    text = ("2021年某县“三公经费”财政拨款支出320.50万元,比上年减支20.10万元。公车购置及运行维护费支出300.00万元,"
            "比上年减支15.00万元。公务接待费支出20.50万元,比上年减支5.10万元。因公出国费支出0万元。\n")
    concepts = {v: cid for _, cid, v, _ in _claims(text, 2021)}
    assert concepts["320.50"] == "three_public" and concepts["0"] == "outbound_fee"


def test_a_three_public_list_opening_the_next_sentence_with_both_vehicle_items_adds_up():
    # '“三公”经费预算合计 A。其中：出国 0；购置 0；运行 b；接待 c' — 购置 + 运行 stand for their parent
    bad = ("2022年某局财政拨款“三公”经费预算合计35.60万元。其中:因公出国(境)费0元;公务用车购置费0元;"
           "公务用车运行维护费29.60万元,与上年持平;公务接待费4万元,比上年减少2万元。\n")
    assert [f.severity for f in _run(bad, "AR04", 2022)] == ["error"]
    assert _run(bad.replace("35.60", "33.60"), "AR04", 2022) == []
