"""Readings found on real final-account texts of regions not seen before (session 23: Guangxi,
Yunnan, Jilin, Sichuan, Inner Mongolia, Gansu, Xinjiang …). Every sentence here is synthetic: the
shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _read(text: str, tables: dict | None = None, year: int = 2031):
    return analysis_from(tables or {}, text + "\n", year)


def _findings(a, code: str) -> list:
    return [f for f in run_checks(a) if f.check == code]


THREE_PUBLIC_TEXT = ("七、“三公”经费支出决算情况说明\n2031年度“三公”经费支出决算总额为 7.20 万元，比预算增加 0 万元，"
                     "比去年增加 1.20 万元，增长 20%，增加原因主要是下乡检测任务增加。其中，{item}决算比预算无增减变化，"
                     "比去年无增减变化；公务接待费支出决算比预算无增减变化，比去年增加 0.40 万元，增长 25%。")


def test_a_flat_clause_in_the_next_sentence_is_not_the_last_figures():
    """'…增长 20%，增加原因…。其中，X 决算比预算无增减变化，比去年无增减变化': the 持平 of the clause after
    X's name was read as said of the last figure read (the total's rate, in the sentence before), and
    DR01 reported the total as both up 1.20 and unchanged. A bare 持平 restates a figure of its own
    sentence only."""
    a = _read(THREE_PUBLIC_TEXT.format(item="会议相关支出"))
    assert not any(c.extra.get("stated_direction") for c in a.claims)
    assert _findings(a, "DR01") == []


def test_yingong_chuguo_without_jing_names_the_outbound_fee():
    """'因公出国支出决算比预算无增减变化' and '出国团组 0 个': without （境） neither was an alias, so the
    clause did not open the item's own frame, and the groups were read as products / sub-units."""
    a = _read(THREE_PUBLIC_TEXT.format(item="因公出国支出")
              + "\n（一）因公出国（境）费支出 0 万元。全年使用财政拨款安排本中心出国团组 0 个，参加其他单位组织的出国团组 0 个。")
    assert _findings(a, "DR01") == []
    assert [c.concept for c in a.claims if c.kind == "count"] == ["outbound_trips", "outbound_trips"]

