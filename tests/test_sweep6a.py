"""Sweep 6a of unseen final accounts (部门/单位决算, 三公 notes): false alarms and misses.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import run_check as _run


def test_foreign_and_other_reception_spending_are_parts_not_restatements():
    # '其中涉外的公务接待费支出 a，而其他公务接待费支出 b': two parts of the year's 公务接待费
    text = ("公务接待费320.5万元\n"
            "其中涉外的公务接待费支出80万元。全年接待来访团组12个。\n"
            "而其他公务接待费支出240.5万元,主要用于业务交流。\n")
    assert _run(text, "NT03") == []


def test_the_reception_spending_stated_twice_still_contradicts():
    text = ("公务接待费支出80万元,主要用于业务交流。\n"
            "本年度公务接待费支出85万元,较上年减少5万元。\n")
    assert len(_run(text, "NT03")) == 1


def test_a_percent_header_cell_of_a_one_cell_per_line_table_is_no_blank_figure():
    # a table flattened to one cell per line, each cell closed by a '|' line
    text = ("2019年“三公”经费决算数为860万元,比上年下降5.2%。\n"
            "年度\n|\n合计\n|\n公务接待费\n|\n2018年\n|\n907\n|\n500\n|\n"
            "2019年比2018年增减%\n|\n-5.18\n|\n-4.00\n|\n")
    assert _run(text, "TX01") == []


def test_a_blank_percent_in_a_sentence_is_still_residue():
    text = ("2019年“三公”经费决算数为860万元,完成预算的%。\n"
            "年度\n|\n合计\n|\n")
    assert len(_run(text, "TX01")) == 1
