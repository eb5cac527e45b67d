"""A level word framing one numbered item frames no later item; '本次X' restating a thing named before it.

Shapes seen in a 2021 performance self-evaluation narrative (numbered indicator items in one section): an item
'10、…收集全国同类企业名录，…' left the level 全国 framing every later item of the section, so item 13's
'本次推介会成功签约项目 30 个' (restating the '某市…推介会' named in the sentence before it, and the same count stated
by an earlier item) was of another level than the earlier statement. Every sentence here is synthetic: the shape of
a real wording, other names and numbers."""
from __future__ import annotations

from finder.analysis import extract
from finder.checks import CheckOptions, run
from finder.checks.nt.levels import claim_levels
from finder.testing import report_from

_HEAD = "四、绩效自评结果分析\n3.产出\n"
_FIRST = "5、签约项目总数。丰原市“双招双引”暨茶叶产业招商推介会成功签约项目 18 个，达到绩效目标值的要求。\n"
_FRAME = ("10、招商任务完成率。部门与市商务局联合招商，确保取得新突破。收集全国同类茶企名录，整理出 80 家企业"
          "资料，达到绩效目标值的要求。\n")
_ITEM = ("13、项目签约落地率。2031 丰原市“双招双引”暨茶叶产业招商推介会，旨在推广丰原茶区发展规划，"
         "促成项目签约落地。本次推介会成功签约项目 {n} 个，达到绩效目标值的要求。\n")


def _analysis(text: str):
    from finder import link

    a = extract(report_from({}, text))
    link.resolve(a)
    return a


def _levels(text: str) -> dict[str, str | None]:
    a = _analysis(text)
    lv = claim_levels(a)
    return {c.raw: lv[c.id] for c in a.claims}


def test_a_level_framing_a_numbered_item_does_not_frame_the_next_item():
    levels = _levels(_HEAD + _FRAME + _ITEM.format(n=18))
    assert levels["80 家"] == "全国"          # inside its own item the frame holds
    assert levels["18 个"] is None           # was 全国, from item 10's clause
    # a frame opening a list holds for every item of it ('全市情况如下：' then '1、…'); an inner list's items keep
    # the frame of the outer item they belong to
    levels = _levels("二、收支情况\n全市收支情况如下：\n1、一般公共预算收入 12.50 亿元。\n2、一般公共预算支出 30.20 亿元。\n")
    assert levels["12.50 亿元"] == levels["30.20 亿元"] == "全市"
    levels = _levels("二、收支情况\n（一）全市收支情况\n1、一般公共预算收入 12.50 亿元。\n2、一般公共预算支出 30.20 亿元。\n"
                     "（二）有关情况\n1、一般公共预算收入 3.10 亿元。\n")
    assert levels["12.50 亿元"] == levels["30.20 亿元"] == "全市"
    assert levels["3.10 亿元"] is None


def test_a_name_pointing_back_is_read_with_the_name_it_points_at():
    a = _analysis(_HEAD + _ITEM.format(n=18))
    (c,) = [c for c in a.claims if c.raw == "18 个"]
    assert c.subject == "丰原市“双招双引”暨茶叶产业招商推介会成功签约项目"
    assert c.extra["printed_subject"] == "本次推介会成功签约项目"
    # pointing at nothing printed before it: the name stays as printed
    a = _analysis(_HEAD + "13、项目签约落地率。本次推介会成功签约项目 18 个，达到绩效目标值的要求。\n")
    (c,) = [c for c in a.claims if c.raw == "18 个"]
    assert c.subject == "本次推介会成功签约项目" and "printed_subject" not in c.extra


def _nt03(text: str) -> list:
    a = _analysis(text)
    a.report.type = "final"
    return [f for f in run(a, CheckOptions()) if f.check == "NT03"]


def test_a_count_restated_by_a_name_pointing_back_is_held_against_the_first_statement():
    assert _nt03(_HEAD + _FIRST + _FRAME + _ITEM.format(n=18)) == []
    bad = _nt03(_HEAD + _FIRST + _FRAME + _ITEM.format(n=19))
    assert len(bad) == 1 and "18" in bad[0].message and "19" in bad[0].message


def test_a_clause_naming_the_units_a_level_word_qualifies_frames_nothing():
    levels = _levels("二、工作情况\n部门组织市直有关单位和各县区等 30 家单位，开展专项督查。安排重点项目 45 个，完成投资 12.00 亿元。\n"
                     "部门发动全市各有关单位，编写简报。共收集信息 320 条。\n")
    assert levels["45 个"] is None and levels["12.00 亿元"] is None     # were 市直
    assert levels["320 条"] is None                                      # was 全市
    levels = _levels("二、工作情况\n全市收支情况如下。一般公共预算收入 12.50 亿元。\n")
    assert levels["12.50 亿元"] == "全市"
