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
