"""Reasons whose changes add up to the whole's change, a money unit word slipped inside a 其中 list, and two totals
named under one predicate ('收入、支出合计分别为 A、B'). Made-up reports of the shapes real ones take."""
from __future__ import annotations

from finder.testing import file_analysis

_HEAD = "某某局2031年度部门决算情况说明\n\n一、情况说明\n"


def _run(tmp_path, body: str):
    return file_analysis(tmp_path, _HEAD + body + "\n", "r.txt")


def _ar04(a):
    return [f for f in a.findings if f.check == "AR04"]


def _claim(a, subject: str, kind: str = "amount"):
    return next(c for c in a.claims if c.subject == subject and c.kind == kind)


# 1. reasons listing the whole's parts by concept: their signed changes add to the whole's change

_BASIC = ("2031年度基本支出 300.00 万元，比上年增加 38.00 万元，主要原因：一是人员经费减少 13.00 万元；"
          "二是公用经费增加 {public} 万元。")


def test_reasons_naming_every_part_that_add_up_verify_the_change(tmp_path):
    a = _run(tmp_path, _BASIC.format(public="51.00"))
    assert not _ar04(a)
    assert _claim(a, "基本支出", "change_abs").status == "verified"


def test_reasons_naming_every_part_that_miss_by_more_than_a_unit_are_an_error(tmp_path):
    got = _ar04(_run(tmp_path, _BASIC.format(public="41.00")))
    assert [f.severity for f in got] == ["error"]
    assert "[27.99, 28.01]" in got[0].message


def test_reasons_one_unit_of_the_last_digit_off_are_a_warning(tmp_path):
    got = _ar04(_run(tmp_path, _BASIC.format(public="51.02")))
    assert [f.severity for f in got] == ["warning"]
    assert "[38.01, 38.03]" in got[0].computation


def test_reasons_naming_projects_bound_nothing_and_say_so(tmp_path):
    a = _run(tmp_path, "2031年度财政拨款支出 400.00 万元，比上年增加 100.00 万元，主要原因：一是某某项目增加 60.00 万元；"
                       "二是某某工程增加 50.00 万元。")
    assert not _ar04(a)
    whole = _claim(a, "财政拨款支出", "change_abs")
    assert whole.status == "unverifiable" and "并非“财政拨款支出”的完整分解" in whole.reason
    b = _run(tmp_path, _BASIC.format(public="41.00"))      # parts by concept: no such note, they are read
    assert "完整分解" not in _claim(b, "基本支出", "change_abs").reason


# 2. a money unit word slipped inside a list

_THREE = ("2031年度“三公”经费支出 23.07 万元，其中：因公出国（境）费 4.46 万元，公务接待费 6.61 {unit}，"
          "公务用车购置及运行维护费 12.00 万元。")


def test_a_part_whose_unit_word_slipped_is_one_warning_naming_the_unit(tmp_path):
    got = _ar04(_run(tmp_path, _THREE.format(unit="元")))
    assert [f.severity for f in got] == ["warning"]
    assert "公务接待费" in got[0].message and "“元”疑似误植" in got[0].message
    assert got[0].args["unit"] == "万元" and got[0].args["printed_unit"] == "元"
    assert "[23.055, 23.085]" in got[0].computation


def test_a_list_printed_in_one_unit_that_adds_up_is_no_finding(tmp_path):
    assert not _ar04(_run(tmp_path, _THREE.format(unit="万元")))


def test_a_slip_that_would_still_not_add_up_stays_an_error(tmp_path):
    body = _THREE.format(unit="元").replace("23.07", "33.07")
    got = _ar04(_run(tmp_path, body))
    assert [f.severity for f in got] == ["error"]
    assert "误植" not in got[0].message


# 3. two totals under one predicate

def test_income_and_expense_totals_named_respectively_each_take_their_own_concept(tmp_path):
    a = _run(tmp_path, "2031年度收入、支出合计分别为 600.00、500.00 万元。")
    assert [(c.subject, c.concept) for c in a.claims if c.kind == "amount"] == [
        ("收入合计", "income_total"), ("支出合计", "expense_total")]
    b = _run(tmp_path, "2031年度本年收入、支出合计分别为 600.00、500.00 万元。")
    assert [c.concept for c in b.claims if c.kind == "amount"] == ["income_total", "expense_total"]


def test_a_bare_expense_total_alone_stays_unclassified(tmp_path):
    # a function class's own '支出合计' under its heading is not the report's 本年支出合计
    a = _run(tmp_path, "检察（款）：2031年支出合计 1,234.56 万元。")
    assert "expense_total" not in [c.concept for c in a.claims if c.kind == "amount"]
    b = _run(tmp_path, "2031年度收入、支出分别为 600.00、500.00 万元。")
    assert [c.concept for c in b.claims if c.kind == "amount"] == [None, None]


def test_grand_totals_said_equal_are_each_sides(tmp_path):
    a = _run(tmp_path, "2031年度收、支总计均为 620.00 万元。")
    assert _claim(a, "收、支总计").extra.get("each_of") == ["收入总计", "支出总计"]
