"""Misses left from session 20 (gaps21): use lists under 其中, counts of projects by level, why a lone change
is unchecked, and lower-is-better counts in evaluation rows.

Every sentence and row here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.testing import planted
from plant_points import read

_HEAD = "一、收入支出决算总体情况说明\n"
_FILLED = Path(__file__).resolve().parent.parent / "corpora" / "synthetic" / "evaluation_filled.txt"
_QUALITY_ROW = "活动方案审核通过率	=100%	100%	10	10"      # a 质量指标 row of the first project's form


def _read(text: str, year: int = 2031):
    return read(text, year, _HEAD)


@pytest.mark.parametrize("whole", ["共完成预算资金 64.51 万元。其中：", "项目支出 64.51 万元，其中 "])
def test_amounts_spent_on_named_purposes_under_qizhong_add_to_no_more_than_their_whole(whole):
    """'其中：a 万元用于A，b 万元用于B': each part is named by its purpose (arith.yml use_lists spent_on), names that
    end alike in nothing; the list was left unread. '完成预算资金' is the budget executed, this year's figure, not a
    budget (directions.yml period_word_names), so its parts are of its period."""
    parts = "20.00 万元用于开展培训，20.00 万元用于购置设备，{} 万元用于宣传推广。"
    a, found = _read(whole + parts.format("24.51"))
    assert not found
    assert a.claims[0].period == "本年"
    _, found = _read(whole + parts.format("34.51"))
    assert ("AR04", "warning") in found


def test_a_use_named_inside_another_is_no_separate_part():
    """'用于开展培训' inside '用于开展培训和购置设备': the second holds the first, no list of kinds."""
    _, found = _read("项目支出 64.51 万元，其中 20.00 万元用于开展培训，50.00 万元用于开展培训和购置设备。")
    assert not [f for f in found if f[0] == "AR04"]


@pytest.mark.parametrize("parts,bad", [("市级项目 9 个，县级项目 8 个", False), ("市级项目 9 个，县级项目 9 个", True),
                                       ("新建项目 9 个，续建项目 8 个", False), ("新建项目 9 个，续建项目 9 个", True)])
def test_counts_of_projects_by_level_or_kind_add_to_their_whole(parts, bad):
    _, found = _read(f"共实施项目 17 个，其中{parts}。")
    assert (("AR04", "error") in found) == bad, found


@pytest.mark.parametrize("text,reason", [
    ("本年办公费 36.20 万元，较上年增加 13%。", "同句未列上年数或增减额，无法按文中数核对变动"),
    ("本年办公费 36.20 万元，较年初预算增加 3.10 万元。", "同句未列年初预算数，无法按文中数核对变动")])
def test_a_change_printed_with_its_figure_alone_says_what_is_not_printed(text, reason):
    """A rate (or amount) with this year's figure and nothing else said '缺少计算所需的另一数字': which figure is
    missing is known, the base's (and, for a rate, the amount of the change)."""
    a, _ = _read(text)
    change = a.claims[-1]
    assert (change.kind.startswith("change"), change.status, change.reason) == (True, "unverifiable", reason)


def _row_findings(row: str, tmp_path) -> list:
    a = planted(_FILLED, _QUALITY_ROW, row, tmp_path / "planted.txt")
    name = row.split("\t")[0]
    return [(f.check, f.severity) for f in a.findings if f.severity != "info" and f"“{name}”" in f.message]


@pytest.mark.parametrize("row", ["投诉件数	3 件	1 件	10	10", "安全事故发生次数	2 次	0 次	10	10",
                                 "违规率	≤0.5%	0.3%	10	10", "违规率	≤0.5%	0	10	10", "投诉件数	0 件	0 件	10	10"])
def test_fewer_unwanted_events_than_an_unsigned_target_meet_it(row, tmp_path):
    """A count of an unwanted event (appendix.yml unwanted_rate count_words) printed without an operator is a
    ceiling: 1 complaint against 3 met it (read ≥, a false EV08 warning)."""
    assert _row_findings(row, tmp_path) == []


@pytest.mark.parametrize("row", ["投诉件数	3 件	5 件	10	10", "办结案件数	30 件	20 件	10	10", "案件数	30 件	20 件	10	10"])
def test_more_unwanted_events_or_fewer_cases_handled_at_full_score_are_flagged(row, tmp_path):
    """5 complaints against 3 exceed the ceiling; cases handled ('办结', appendix.yml handled) are the more the better,
    and so is a bare count of cases (appendix.yml uncounted: a court's or an inspectorate's work)."""
    assert _row_findings(row, tmp_path) == [("EV08", "warning")]


@pytest.mark.parametrize("text,found", [("投诉件数年度目标值为3 件，实际完成1 件，达到预期目标。", []),
                                        ("投诉件数年度目标值为3 件，实际完成5 件，达到预期目标。", [("AR07", "error")])])
def test_a_sentence_saying_a_ceiling_on_complaints_was_met_is_read_as_a_ceiling(text, found):
    assert _read(text)[1] == found


@pytest.mark.parametrize("stated", ["2031年收入 640.20 万元。\n2030年收入 590.10 万元。\n",
                                    "2031年收入 640.20 万元，上年收入 590.10 万元。\n"])
def test_a_change_in_a_paragraph_of_its_own_is_read_on_the_figure_of_its_name_before_it(stated):
    """'2031年收入 X 万元。' ⏎ '与上年相比，收入增加 A 万元，…' (收入 names no concept): the change's group stated no
    figure, so it was never read; it now joins the nearest figure of the year of its own name (claims.regroup), and
    the implied prior X − A is held to last year's figure printed elsewhere (NT02; AR02 keeps a base printed in
    the change's sentence): a warning, the figure being read across paragraphs."""
    change = "与上年相比，收入增加 {} 万元，主要原因是业务量增加。"
    a, found = _read(stated + change.format("70.10"))
    assert a.claims[-1].extra["group"] == a.claims[0].extra["group"]
    assert found == [("NT02", "warning")]
    _, found = _read(stated + change.format("50.10"))
    assert not found


@pytest.mark.parametrize("before", ["2031年收入 640.20 万元。\n", "2031年收入 640.20 万元。\n其中财政拨款收入 600.00 万元。\n"])
def test_a_change_of_another_name_joins_no_earlier_figure(before):
    a, _ = _read(before + "与上年相比，支出增加 70.10 万元。")
    assert a.claims[-1].extra["group"] not in {c.extra["group"] for c in a.claims[:-1]}


def test_a_rate_read_on_a_figure_of_an_earlier_paragraph_is_a_warning():
    _, found = _read("2031年收入 640.20 万元。\n与上年相比，收入增加 70.10 万元，增长 15.0%。")
    assert found == [("AR02", "warning")]
    _, found = _read("2031年收入 640.20 万元。\n与上年相比，收入增加 70.10 万元，增长 12.3%。")
    assert not found
