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


def test_a_parts_note_after_a_rate_is_not_the_rates_period():
    """'A 为 1012 万元，较上年 1024 万元减少 12 万元，较预算数 898 万元增加 114 万元，增长 13%（其中：A1 209 万元，较上年
    251 万元…，较预算数 62 万元…；A2 803 万元，…较预算数 836 万元…）': the note's first figure took the period of
    the figure before the bracket, a rate on the budget, so 209 was read as A1's budget and AR04 added it to
    A2's budget 836 against A's budget 898. A rate has no parts: the note's figures keep their own periods."""
    text = ("2031年，本级“三公”经费中，公务用车购置及运行维护费为1012万元，较上年1024万元减少12万元，下降1%，"
            "较预算数898万元增加114万元，增长13%（其中：公务用车购置费209万元，较上年251万元减少42万元，下降17%，"
            "较预算数62万元增加147万元，增长237%；公务用车运行维护费803万元，较上年773万元增加30万元，增长4%，"
            "较预算数836万元减少33万元，下降4%）。")
    a = _read("三、“三公”经费决算情况说明\n" + text)
    purchase = [c for c in a.claims if c.concept == "vehicle_purchase_fee" and c.kind == "amount"]
    assert [(c.raw, c.period) for c in purchase] == [("209万元", "本年"), ("251万元", "上年"), ("62万元", "预算")]
    assert _findings(a, "AR04") == []
