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

