"""Readings found on real final-account texts of regions not seen before (session 26: Hunan, Yunnan,
Jilin, Gansu, Henan, Inner Mongolia, Tianjin, Shandong, Anhui). Every sentence here is synthetic: the
shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _read(text: str, year: int = 2031):
    return analysis_from({}, text + "\n", year)


def _findings(a, code: str) -> list:
    return [f for f in run_checks(a) if f.check == code]


def _claim(a, raw: str):
    return next(c for c in a.claims if c.raw.strip().startswith(raw))


RECEPTION = ("公务接待费为0万元，较上年减少1.24万元，下降100%，国内公务接待批次为0次，较上年减少37批次，下降100%，"
             "共计接待{n}人次，与上年持平。")


def test_flat_persons_after_a_fall_in_batches_is_another_measure():
    """'减少 37 批次，下降 100%，共计接待 0 人次，与上年持平': the 持平 is said of the persons received, not of
    the batches before it; DR01 reported the batches as both down 37 and unchanged."""
    a = _read(RECEPTION.format(n="0"))
    assert _findings(a, "DR01") == []


def test_flat_on_the_same_measure_still_conflicts():
    """The same shape with the 持平 said of a figure in 批次 stays a DR01 error: the fix only tells
    measures apart, it does not silence the check."""
    a = _read("国内公务接待批次为0批次，较上年减少37批次，与上年持平。")
    found = _findings(a, "DR01")
    assert found and found[0].severity == "error"


MINUS = ("2031年度“三公”经费支出决算数比2030年减少41,860.50元，下降{sign}72.40%。"
         "2031年度“三公”经费支出决算为15,958.20元。")


def test_minus_after_a_word_of_a_fall_is_a_repeated_sign_not_a_rise():
    """'减少 41,860.50 元，下降-72.40%': the minus repeats the fall. It was read as a rise (DR01 error
    '减少 … 却写增长'); now the rate is a fall (and recomputes: 41,860.50 ÷ 57,818.70 = 72.40%) with a
    DR01 warning on the doubled sign."""
    a = _read(MINUS.format(sign="-"))
    dr = _findings(a, "DR01")
    assert [f.severity for f in dr] == ["warning"]
    assert "下降-72.40%" in dr[0].message
    rate = _claim(a, "72.40")
    assert rate.direction == "下降" and rate.extra.get("minus_repeated")
    assert rate.status == "verified"


def test_without_the_minus_there_is_no_warning():
    a = _read(MINUS.format(sign=""))
    assert _findings(a, "DR01") == []


def test_minus_after_a_word_of_a_rise_still_turns_it():
    """'增加 -20.00 万元' stays a fall of 20.00 (the template's word, the sign's way)."""
    a = _read("基本支出 180.00 万元，比上年增加 -20.00 万元，下降 10.00%。")
    assert _claim(a, "20.00").direction == "减少"
    assert _findings(a, "DR01") == []


def test_completion_rate_notes_a_misprinted_money_unit():
    """'预算为 283,100.00 万元，支出决算为 64,120.50 元，完成预算的 22.65%': the rate recomputes only with
    the budget in 元 (64,120.50 ÷ 283,100.00 = 22.649…%); AR03 stays an error as printed and says which
    unit would make it fit."""
    a = _read("本局2031年度“三公”经费支出预算为283,100.00万元，支出决算为64,120.50元，完成预算的22.65%。")
    ar = _findings(a, "AR03")
    assert len(ar) == 1 and ar[0].severity == "error"
    assert "也以“元”计" in ar[0].message and "[22.6494, 22.6495]" in ar[0].message


def test_no_unit_note_when_the_other_unit_does_not_fit_either():
    a = _read("本局2031年度“三公”经费支出预算为283,100.00万元，支出决算为64,120.50元，完成预算的31.00%。")
    ar = _findings(a, "AR03")
    assert len(ar) == 1 and "也以" not in ar[0].message


GAPS = ("2031年度本部门一般公共预算财政拨款安排的“三公”经费支出3.40万元，年初预算为4.10万元，差值为{gap}万元。")


def test_a_gap_to_the_budget_that_holds_is_verified():
    """'支出 A，年初预算为 P，差值为 S': AR05 reported S only when wrong; a right S stayed 无法核实."""
    a = _read(GAPS.format(gap="0.70"))
    assert _findings(a, "AR05") == []
    gap = _claim(a, "0.70")
    assert gap.status == "verified" and "之差一致" in gap.reason


def test_a_wrong_gap_is_still_reported():
    a = _read(GAPS.format(gap="0.90"))
    assert [f.severity for f in _findings(a, "AR05")] == ["error"]
    assert _claim(a, "0.90").status != "verified"


def test_zhang_is_a_word_of_a_rise():
    """'非税收入 6.2 亿元，较上年涨 41.3%': 涨 was no direction word, the rate stayed a bare ratio."""
    a = _read("一般公共预算收入 25.0 亿元，其中：非税收入 6.2 亿元，较上年涨 41.3%。")
    rate = _claim(a, "41.3")
    assert rate.kind == "change_pct" and rate.direction == "增长"
