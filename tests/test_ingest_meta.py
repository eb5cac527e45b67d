"""Report year from the text when no title names it: comparison bases do not vote, years that
open a statement outvote the rest, a printed title year wins."""
from __future__ import annotations

import pytest

from finder.ingest.meta import is_base_year
from finder.ingest.text import from_text


def year_of(text: str) -> int | None:
    return from_text(text).year


def test_comparison_bases_do_not_outvote_the_statement_year():
    text = "\n".join([
        "（一）本单位2031年度总收入412.36万元，较2030年度决算数减少15.2万元，下降3.6%。",
        "1.财政拨款收入400.1万元，较2030年度决算数减少12.1万元，下降2.9%。",
        "2.其他收入12.26万元，较2030年度决算数减少3.1万元，下降20.2%。",
        "（二）本单位2031年度总支出410.2万元，较2030年度决算数减少9.8万元，下降2.3%。",
        "3.基本支出380.5万元，与2030年度决算数相比减少5万元。",
    ])
    assert year_of(text) == 2031


def test_bare_years_in_comparisons_are_bases():
    text = "\n".join([
        "2027年，本级一般公共预算安排的“三公”经费预算为1210万元。",
        "其中，公务接待费同口径比2026年减少12万元，下降7.1%；公务用车运行费比2026年减少30万元。",
        "因公出国（境）费与2026年相比减少5万元，公务用车购置费较2026年减少8万元。",
    ])
    assert year_of(text) == 2027


def test_title_year_wins():
    text = "某某区档案馆2033年度部门决算\n本单位较2032年度决算数增加1万元；与2032年度相比增长1%；比2032年度减少2万元。"
    assert year_of(text) == 2033


@pytest.mark.parametrize("text, base", [
    ("较 2030 年度决算数增加", True), ("同口径比2026年减少", True), ("与2030年相比", True),
    ("2030年同期", True), ("比上年（2030年）增加", True), ("2031年度收入合计", False), ("本单位2031年度总支出", False),
])
def test_is_base_year(text, base):
    i = text.index("20")
    assert is_base_year(text, i, i + 4) is base


def test_a_base_named_by_its_noun_does_not_vote():
    text = "\n".join([
        "1.人员经费以2030年预算数为基数核定，2030年支出基期数据按实调整。",
        "2.公用经费以2030年决算为基数，较2030年减少3万元。",
        "3.本部门2031年财政收入预算412.36万元，2031年财政支出预算412.36万元。",
    ])
    assert year_of(text) == 2031


@pytest.mark.parametrize("text, base", [
    ("以2030年预算数为基数", True), ("2030年支出基期", True), ("2031年财政收入预算", False),
])
def test_is_base_year_by_noun(text, base):
    i = text.index("20")
    assert is_base_year(text, i, i + 4) is base
