"""Readings of session 27 (left27a): the short names of the 三公 items, costs named after a count of vehicles,
a total opening the sentence after its list, lists without commas, completion phrases printing the budget.

Every sentence and figure here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、“三公”经费支出决算情况说明\n"

_THREE_PUBLIC = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "表7", "rows": [
    "项目\t预算数\t决算数",
    "合计\t40.00\t34.50",
    "1.因公出国（境）费\t1.00\t0.00",
    "2.公务用车购置及运行维护费\t32.00\t29.50",
    "（1）公务用车购置费\t26.00\t25.00",
    "（2）公务用车运行维护费\t6.00\t4.50",
    "3.公务接待费\t7.00\t5.00",
    "4.公务用车购置数（辆）\t1\t1",
    "5.公务用车保有量（辆）\t3\t3"]}}


def _run(text: str, tables=None, year: int = 2031, head: str = _HEAD):
    a = analysis_from(tables or {}, head + text + "\n", year)
    return [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"], a


def _claim(a, raw: str):
    [c] = [c for c in a.claims if c.raw.strip() == raw]
    return c


# ------------------------------------------------------------------ 2. short names of the 三公 items
def test_short_names_of_the_three_public_items_name_their_concepts():
    """'出国费', '接待费', '公车运行费', '车辆运维费', '公务用车运维', '公车购置' are the 三公 items; 出国费 and 接待费
    were unnamed, so a 其中 list printed with them was never summed."""
    found, a = _run("2031年度“三公”经费支出 6.00 万元。其中：出国费 1.00 万元，公车运行费 2.00 万元，接待费 3.00 万元。")
    assert found == []
    assert [_claim(a, r).concept for r in ("1.00 万元", "2.00 万元", "3.00 万元")] == [
        "outbound_fee", "vehicle_operation_fee", "reception_fee"]
    found, _ = _run("2031年度“三公”经费支出 6.00 万元。其中：出国费 1.00 万元，公车运行费 2.00 万元，接待费 4.00 万元。")
    assert found == [("AR04", "error")]


def test_yinggong_chuguo_without_jing_is_the_outbound_fee():
    """'…；因公出国 d 万元，与上年持平' (no （境）): the fee, one more item of the 三公 list."""
    text = "2031年度“三公”经费 {t} 万元。其中：公车购置 12.00 万元；公车运行及维护 30.00 万元；公务接待费 8.00 万元；因公出国 5.00 万元。"
    found, a = _run(text.format(t="55.00"))
    assert found == [] and _claim(a, "5.00 万元").concept == "outbound_fee"
    found, _ = _run(text.format(t="50.00"))
    assert found == [("AR04", "error")]


def test_short_names_are_held_to_the_three_public_table():
    found, a = _run("公务用车运维 4.50 万元，车辆运维费 4.50 万元，公车购置 25.00 万元，出国费 0.00 万元，接待费 5.00 万元。",
                    _THREE_PUBLIC)
    assert found == [] and {c.status for c in a.claims} == {"verified"}
    found, a = _run("车辆运维费 4.60 万元，接待费 5.00 万元。", _THREE_PUBLIC)
    assert found == [("NT01", "error")] and _claim(a, "4.60 万元").status == "contradicted"


# ------------------------------------------------------------------ 5. vehicle counts and their costs
def test_a_cost_word_after_a_vehicle_count_is_that_count_s_cost():
    """'购置公务用车 1 辆，购置费 a 万元' / '保有车辆 3 辆运行费 b 万元': the count is of cars (its 三公 table row), the
    bare cost word after it the purchase or the running cost (concepts.yml count_costs)."""
    text = "2031年度购置公务用车{n}辆，购置费{p}万元；年末保有车辆 {h} 辆运行费 {r} 万元。车辆保有量为{h}辆。"
    found, a = _run(text.format(n=1, p="25.00", h=3, r="4.50"), _THREE_PUBLIC)
    assert found == []
    assert [(c.concept, c.status) for c in a.claims] == [
        ("vehicles_bought", "verified"), ("vehicle_purchase_fee", "verified"), ("vehicles", "verified"),
        ("vehicle_operation_fee", "verified"), ("vehicles", "verified")]
    found, a = _run(text.format(n=2, p="26.00", h=4, r="4.60"), _THREE_PUBLIC)
    assert found.count(("NT01", "error")) == 5           # both counts, both costs, 车辆保有量 again
    assert "公务用车保有量" in " ".join(f.message for f in run_checks(a) if f.check == "NT01")


def test_a_bare_cost_word_without_a_count_before_it_names_nothing():
    """运行费 alone may be any running cost: only a count of cars before it in its sentence makes it theirs."""
    head = "一、收入支出决算总体情况说明\n"     # under a 三公 heading a bare figure is the 三公 total's
    _, a = _run("2031年度运行费 4.50 万元。", head=head)
    assert _claim(a, "4.50 万元").concept is None
    _, a = _run("2031年度保有车辆 3 辆，运行费 4.50 万元。", head=head)
    assert _claim(a, "4.50 万元").concept == "vehicle_operation_fee"


def test_both_costs_named_after_the_count_of_cars_held_and_their_change():
    """'公务用车保有量 2 辆，购置及运行维护费 a 万元，比上年减少 d 万元': the cars' purchase and running cost (the
    三公 item), its change too; the 三公 total is summed over it."""
    text = ("2031年度“三公”经费支出合计 {t} 万元。其中：因公出国（境）费 0 万元；公务用车保有量 2 辆，购置及运行维护费 "
            "6 万元，比上年减少 0.40 万元；公务接待费 20 万元。")
    found, a = _run(text.format(t="26"))
    assert found == [] and [c.concept for c in a.claims if c.raw in ("6 万元", "0.40 万元")] == ["vehicle_fee"] * 2
    found, _ = _run(text.format(t="36"))
    assert found == [("AR04", "error")]


# ------------------------------------------------------------------ 3. a total opening the next sentence
_LISTED = "2031年度因公出国（境）费 0.00 万元，公务用车购置及运行维护费 29.50 万元，公务接待费 5.00 万元。合计 {t} 万元，总量比上年减少 1.00 万元。"


def test_a_total_opening_the_sentence_after_a_list_is_the_lists_whole():
    """'A a，B b，C c。合计 T，总量比上年减少 D': 合计 and 总量 are the 三公 total, the nearest concept the items are
    parts of (concepts.yml list_totals); they were unnamed, held to nothing."""
    found, a = _run(_LISTED.format(t="34.50"), _THREE_PUBLIC)
    assert found == []
    total = _claim(a, "34.50 万元")
    assert (total.concept, total.status) == ("three_public", "verified")
    assert _claim(a, "1.00 万元").concept == "three_public"
    found, a = _run(_LISTED.format(t="35.50"), _THREE_PUBLIC)
    # the items' sum, and the table's 合计 (a warning: the subject is read from the list, not printed)
    assert found == [("AR04", "error"), ("NT01", "warning")]
    assert _claim(a, "35.50 万元").status == "contradicted"


def test_a_total_word_after_a_list_of_unnamed_or_unrelated_items_stays_unnamed():
    """Items naming no concept, or of another period, give the total no concept to be."""
    _, a = _run("2031年度甲项目 1.00 万元，乙项目 2.00 万元。合计 3.00 万元。")
    assert _claim(a, "3.00 万元").concept is None
    _, a = _run("2031年度因公出国（境）费 1.00 万元，上年公务接待费 2.00 万元。合计 3.00 万元。")
    assert _claim(a, "3.00 万元").concept is None
    # a named subject before the total word: not a bare total
    _, a = _run("2031年度因公出国（境）费 1.00 万元，公务接待费 2.00 万元。会议费合计 3.00 万元。")
    assert _claim(a, "3.00 万元").concept != "three_public"


# ------------------------------------------------------------------ 4. lists without commas (already read)
def test_list_items_parted_by_spaces_or_dunhao_are_read_under_their_head():
    """'其中人员经费 a万元 公用经费 b万元' and '…a万元、公用经费 b万元': the items are the head's parts either way."""
    head = "一、收入支出决算总体情况说明\n"
    for sep in (" ", "、"):
        text = "基本支出 50.00 万元，其中人员经费 30.00万元{s}公用经费 {b}万元。"
        found, a = _run(text.format(s=sep, b="20.00"), head=head)
        assert found == [] and _claim(a, "20.00万元").whole == "basic_expense"
        found, _ = _run(text.format(s=sep, b="10.00"), head=head)
        assert found == [("AR04", "error")]
    found, _ = _run("本年支出合计 100.00 万元，其中基本支出 60.00 万元 项目支出 50.00 万元。", head=head)
    assert found == [("AR04", "error")]


# ------------------------------------------------------------------ 1. 'X 完成预算 Y 的 P%' (already read)
_COMPLETION = ("2031年度一般公共预算财政拨款支出 150.00 万元，完成预算 160.00 万元的 93.75%。其中：基本支出 100.00 万元，"
               "完成预算 105.00 万元的 95.24%；项目支出 50.00 万元，完成预算 {y} 万元的 {p}%。")


def test_a_budget_printed_inside_the_completion_phrase_is_held_to_its_rate_and_summed():
    head = "一、一般公共预算财政拨款支出决算情况说明\n"
    found, a = _run(_COMPLETION.format(y="55.00", p="90.91"), head=head)
    assert found == [] and _claim(a, "55.00 万元").period == "预算"
    found, _ = _run(_COMPLETION.format(y="55.00", p="91.91"), head=head)          # 50 ÷ 55 = 90.909…%
    assert found == [("AR03", "error")]
    found, _ = _run(_COMPLETION.format(y="65.00", p="76.92"), head=head)          # 105 + 65 ≠ 160
    assert found == [("AR04", "error")]
