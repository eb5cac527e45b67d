"""Sentence shapes from a third sweep over unseen regions (synthetic names and numbers, same wording)."""
from __future__ import annotations

from finder.claims.extract import extract_report
from finder.link.concepts import key_of
from finder.model import Paragraph, Report


def run(*texts: str, year: int = 2024):
    paras = [Paragraph(t, i, anchors=[(0, i + 1, 0)], role="narrative") for i, t in enumerate(texts)]
    return extract_report(Report("<t>", "text", "", year=year, paragraphs=paras))


# R1 (a): 预算数 after 财政拨款 is the budget period, wherever it stands
def test_budget_word_after_fiscal_scope_is_the_period():
    c, _, _ = run("公务接待费的财政拨款预算数 36.50 万元、决算数 30.20 万元。", "财政拨款预算中，公务接待费 12.00 万元。")
    assert [(x.raw_number, x.period) for x in c] == [("36.50", "预算"), ("30.20", "决算"), ("12.00", "预算")]
    c, _, _ = run("政府性基金预算支出 45.60 万元。")     # 预算 of a fund's own name stays no period
    assert c[0].period == "本年"


# R1 (b): 年初预算 (passed by the 人代会), 调整预算 and the outturn are three periods
def test_initial_and_adjusted_budget():
    c, _, _ = run("区人民代表大会审议通过的2023年一般公共预算支出为 720 万元，经区人大常委会批准，"
                  "2023年一般公共预算支出调整为 760 万元，实际支出 755 万元。")
    assert [(x.raw_number, x.period) for x in c] == [("720", "年初预算"), ("760", "全年预算"), ("755", "本年")]
    assert c[1].subject == "一般公共预算支出"


# R1 (d): 'A、B和C的<x>' is the list's total; all parts of a whole make the whole
def test_coordinated_subject_is_the_list():
    c, _, _ = run("2018年因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数 452.30 万元。")
    assert c[0].subject == "因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款"
    assert c[0].concept == "three_public" and key_of(c[0])[0] == "“三公”经费"
    c, _, _ = run("公务用车购置及运行费和公务接待费的财政拨款预算数 120.00 万元。")   # two of three parts
    assert c[0].concept is None and key_of(c[0]) is None
    c, _, _ = run("因公出国(境)费、公务接待费均为 0 万元。")                          # each one's
    assert c[0].concept == "reception_fee"
