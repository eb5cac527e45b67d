"""AR04: a numbered list's items, each with its change on last year, imply last-year figures adding to no more than
the whole's (session 26, a real budget's 收入总预算 fell by more than its listed sources' changes allow).

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import CheckOptions, _import_all, registry
from finder.model import Finding
from finder.testing import budget_analysis_from


_RATES = {"9.00": "2.20", "15.00": "3.61", "2.00": "0.50"}      # each the change ÷ (400.00 + change)


def _income(first: str, change: str, rest: str = "与上年持平", first_change: str = "12.00万元") -> str:
    return ("一、2031年部门收支预算总体情况\n"
            "(一)2031年部门收入预算总体情况\n"
            f"2031年收入总预算400.00万元,同比减少{change}万元,同比下降{_RATES[change]}%。其中:\n"
            f"1、一般公共预算拨款{first}万元,同比减少{first_change}。\n"
            "2、上年结余收入6.00万元,同比增加6.00万元。\n"
            f"3、纳入财政专户管理的收入安排的资金0万元,{rest}。\n")


def _priors(text: str) -> list[Finding]:
    _import_all()
    return [f for f in registry.get("AR04").run(budget_analysis_from({}, text), CheckOptions())
            if isinstance(f, Finding) and "上年数之和" in f.message]


def test_items_implying_more_last_year_than_the_whole_are_flagged():
    # whole: 400.00 + 9.00 = 409.00 last year; items: 394.00 + 12.00 = 406.00, 6.00 − 6.00 = 0, 0 → 406.00 ≤ 409.00
    assert _priors(_income("394.00", "9.00")) == []
    # the whole fell by 15.00 (last year 415.00) while its items' changes add to −6.00: 394 + 12 + 0 + 0 = 406 ≤ 415
    assert _priors(_income("394.00", "15.00")) == []
    # the whole fell by only 2.00 (last year 402.00): the items' last-year figures add to 406.00 > 402.00
    found = _priors(_income("394.00", "2.00"))
    assert len(found) == 1
    f = found[0]
    assert f.severity == "warning"
    assert "[401.9848, 402.0353]" in f.message and "[405.99, 406.52]" in f.message and "[-6.01, -5.99]" in f.message
    assert "400.00 + 2.00 或 400.00 ÷ (1 − 0.50%)" in f.computation and "394.00 + 12.00" in f.computation and "6.00 − 6.00" in f.computation
    assert "同比减少2.00万元" in f.evidence[0].text and "同比减少12.00万元" in f.evidence[1].text


def test_an_item_stating_no_change_is_left_out_of_the_sum():
    # the third item states no change: only the two stated ones are summed (a lower bound, still above 402.00)
    text = _income("394.00", "2.00", rest="主要用于日常运转")
    found = _priors(text)
    assert len(found) == 1 and "纳入财政专户" not in found[0].computation


def test_lines_after_a_whole_not_opening_a_list_imply_nothing():
    text = _income("394.00", "2.00").replace("其中:\n", "\n")
    assert _priors(text) == []


def test_an_item_whose_rate_gives_a_smaller_last_year_is_taken_at_it():
    # '减少 1200 万元, 下降 2.96%': the amount misprinted a hundredfold (AR02 says so); by its rate last year was
    # 394.00 ÷ 0.9704 ≈ 406.02, still above 402.00, so the list is flagged on the smaller figure
    found = _priors(_income("394.00", "2.00", first_change="1200万元,同比下降2.96%"))
    assert len(found) == 1 and "[405.99" in found[0].message
    # by a rate of 1.00% last year was 397.98: within the whole's 402.00, nothing, whatever the amount says
    assert _priors(_income("394.00", "2.00", first_change="1200万元,同比下降1.00%")) == []
