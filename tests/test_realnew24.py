"""Shapes met in real reports of regions finder was not built on (session 24): a year-by-year list of budgets
beside a later paragraph's actuals and their parts, a change stated apart from the year's and last year's
figures, '相较于上年', and a plain 预算数 before a change on 年初预算. Made-up text of the same shape."""
from __future__ import annotations

from pathlib import Path

from finder.analysis import analyse


def _analyse(tmp_path: Path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return analyse([str(path)])


# a summary that lists each year's budget, then takes one year as its example: the parts add up to that
# year's actual, printed in their own paragraph, not to a budget of another paragraph
_YEARS = ("甲省“三公”经费情况\n"
          "数字显示，从2028年到2031年省级财政预算来看，2031年省级公共预算安排“三公”经费为3.35亿元，"
          "2030年为3.42亿元，2029年为3.60亿元，2028年为4.30亿元。\n"
          "从预算执行情况看，“三公”经费节支力度更为显著。以2029年为例，实际支出1.78亿元，比预算减少1.82亿元。因公出国(境)费0.02亿元，比预算减少0.38亿元；"
          "公务接待费0.12亿元，比预算减少0.40亿元；公务用车购置及运行费1.64亿元，比预算减少1.04亿元。"
          "2029年“三公”经费执行支出1.78亿元，比预算减少1.82亿元；2028年“三公”经费执行支出2.73亿元，"
          "比预算减少1.57亿元。\n")


def test_parts_of_a_later_paragraph_are_not_parts_of_an_earlier_years_budget(tmp_path):
    found = [f for f in _analyse(tmp_path, _YEARS).findings if f.check == "AR04"]
    assert not found, [f.message for f in found]


def test_a_years_budget_and_its_actual_are_two_figures(tmp_path):
    found = [f for f in _analyse(tmp_path, _YEARS).findings if f.check == "NT03"]
    assert not found, [f.message for f in found]
    # the same year's actual stated twice differently is still a restatement
    text = ("甲省“三公”经费情况\n"
            "2029年“三公”经费执行支出1.78亿元，比预算减少1.82亿元。\n"
            "另据统计，2029年“三公”经费执行支出1.87亿元。\n")
    assert [f for f in _analyse(tmp_path, text).findings if f.check == "NT03"]
