"""Readings closed in session 15 (reason15): a rate after a reason clause, last year's figure said beside this
year's, and counts listed under a count.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import THREE_PUBLIC_FINAL, analysis_from, run_check

_HEAD = "三、支出决算情况说明\n"


def _claims(text: str) -> list:
    return analysis_from({}, _HEAD + text + "\n", 2031).claims


def _errors(text: str, code: str) -> list:
    return [f for f in run_check(_HEAD + text + "\n", code, 2031) if getattr(f, "severity", None) == "error"]


# ---------------------------------------------------------------- 1. a rate after the reason clause
def test_a_rate_after_a_figureless_reason_is_the_changes_rate():
    """'比上年减少 A 万元，主要原因是…，下降 P%': the reason holds no figure, so the rate closing the sentence is
    the change's (it stayed in the reason, with no subject, and AR02 could not recompute it)."""
    ok = "会议费支出 60.00 万元，比上年减少 20.00 万元，主要原因是会议场次减少，下降 25.00%。"
    [rate] = [c for c in _claims(ok) if c.kind == "change_pct"]
    assert rate.subject == "会议费支出" and not rate.extra.get("in_reason")
    assert _errors(ok, "AR02") == []
    [f] = _errors(ok.replace("25.00%", "35.00%"), "AR02")
    assert "35.00%" in f.message


def test_the_rate_before_the_reason_still_reads():
    """The mirror, '…下降 P%，主要原因是…', keeps working."""
    text = "会议费支出 60.00 万元，比上年减少 20.00 万元，下降 35.00%，主要原因是会议场次减少。"
    [f] = _errors(text, "AR02")
    assert "35.00%" in f.message


def test_a_rate_after_a_reason_with_a_figure_of_its_own_stays_unread():
    """'主要原因是会议费减少 5 万元，下降 P%': the reason has a figure, whose rate P may be; nothing is read."""
    text = "会议费支出 60.00 万元，比上年减少 20.00 万元，主要原因是会议场次减少 5 场，下降 35.00%。"
    [rate] = [c for c in _claims(text) if c.kind == "change_pct"]
    assert rate.subject != "会议费支出"
    assert _errors(text, "AR02") == []


def test_a_rate_after_a_reason_naming_another_money_figure_stays_unread():
    """'主要原因是基本支出减少，下降 P%': P may be 基本支出's fall."""
    text = "公用经费支出 60.00 万元，比上年减少 20.00 万元，主要原因是基本支出减少，下降 35.00%。"
    assert _errors(text, "AR02") == []


def test_a_rate_moving_the_other_way_than_the_change_stays_unread():
    """'减少 A 万元，主要原因是…，增长 P%': a rise is no rate of a fall; the reason's own words."""
    text = "会议费支出 60.00 万元，比上年减少 20.00 万元，主要原因是会议场次减少，增长 35.00%。"
    [rate] = [c for c in _claims(text) if c.kind == "change_pct"]
    assert rate.subject != "会议费支出"
    assert _errors(text, "AR02") == []


# ---------------------------------------------------------------- 2. last year's figure beside this year's
def test_last_years_figure_after_the_change_is_its_base():
    """'本年 V，比上年增加 A，上年为 B': A against V − B, as when B is printed before the change."""
    ok = "培训费支出 8.00 万元，比上年增加 8.00 万元，上年为 0.00 万元。"
    assert _errors(ok, "AR02") == []
    [f] = _errors(ok.replace("增加 8.00", "增加 5.00"), "AR02")
    assert "8.00 − 0.00" in f.message


def test_last_years_none_in_words_is_a_zero_base():
    """'上年无此项支出' / '上年未发生' in a clause of its own: last year's amount is 0, exactly; a change of 5
    on a figure of 8 contradicts it, a change of 8 agrees, and a rate on it is undefined (info, no error)."""
    for nil in ("上年无此项支出", "上年未发生"):
        text = f"培训费支出 8.00 万元，{nil}，比上年增加 5.00 万元。"
        [prior] = [c for c in _claims(text) if c.period == "上年" and c.kind == "amount"]
        assert (prior.raw, prior.value, prior.subject) == (nil, 0, "培训费支出")
        [f] = _errors(text, "AR02")
        assert "8.00 − 0" in f.message
    ok = "培训费支出 8.00 万元，比上年增加 8.00 万元，增长 100%，上年无此项支出。"
    found = [f for f in run_check(_HEAD + ok + "\n", "AR02", 2031) if hasattr(f, "severity")]
    assert [f.severity for f in found] == ["info"]


def test_none_in_a_reason_is_no_base():
    """'主要原因：上年度本年均无此项支出' says why, of both years: no 上年 figure is read."""
    text = "培训费支出 8.00 万元，比上年增加 5.00 万元，主要原因：上年无此项支出。"
    assert not [c for c in _claims(text) if c.kind == "amount" and c.period == "上年"]
    assert _errors(text, "AR02") == []


def test_none_needs_a_money_figure_of_the_sentence_before_it():
    """A sentence opening with '上年未发生' names nothing it is of: unread."""
    assert not [c for c in _claims("上年未发生。培训费支出 8.00 万元。") if c.period == "上年"]


def _nt05(text: str) -> list:
    from finder.checks import CheckOptions, run

    a = analysis_from(THREE_PUBLIC_FINAL, "三、“三公”经费支出情况说明\n" + text + "\n", 2031)
    a.report.type = "final"
    return [f for f in run(a, CheckOptions()) if f.check == "NT05"]


def test_last_years_figure_printed_beside_is_held_against_the_prior_column():
    """'公务接待费支出 9.50 万元，上年为 B 万元': B against the table's 上年决算数 (12.00); '上年无此项支出' is
    a 0 there, an error beside 12.00."""
    assert _nt05("公务接待费支出 9.50 万元，上年为 12.00 万元。") == []
    for said, shown in (("上年为 11.00 万元", "11.00"), ("上年无此项支出", "0")):
        [f] = _nt05(f"公务接待费支出 9.50 万元，{said}。")
        assert f.severity == "error" and f"上年为 {shown}" in f.message and "12.00" in f.message


def test_a_printed_prior_beside_a_stated_change_is_one_finding():
    """With a change on 上年 stated too, the change is held against the cell (and AR02 holds the printed
    prior against the change): one misprint, one NT05 finding."""
    [f] = _nt05("公务接待费支出 9.50 万元，比上年减少 1.50 万元，上年为 11.00 万元。")
    assert "1.50" in f.message


def test_last_years_closing_balance_printed_feeds_the_carry_over():
    """'年末结转和结余 10.00 万元，上年为 40.00 万元': last year's closing balance is this year's opening one
    (45.15 here): NT02 says the two differ (info, a restatement may explain it), and not when they agree."""
    text = "年初结转和结余 45.15 万元。年末结转和结余 10.00 万元，上年为 {b} 万元。"
    [f] = [f for f in run_check(_HEAD + text.format(b="40.00") + "\n", "NT02", 2031) if hasattr(f, "severity")]
    assert f.severity == "info" and "[39.995, 40.005]" in f.message and len(f.claims) == 3
    assert [f for f in run_check(_HEAD + text.format(b="45.15") + "\n", "NT02", 2031) if hasattr(f, "severity")] == []


# ---------------------------------------------------------------- 3. counts listed under a count
def _ar04(text: str) -> list:
    return [(f.severity, f.message) for f in run_check(_HEAD + text + "\n", "AR04", 2031) if hasattr(f, "severity")]


def test_a_count_list_ends_where_an_item_of_another_ending_follows_a_semicolon():
    """'实有人员 N 人，其中：行政编制 a 人，事业编制 b 人；离退休人员 c 人': the first two (ending alike, after
    其中) are the list, the third a statement of its own: a + b no more than N. The list was left unsummed
    (its endings differ), so 30 + 25 under 51 passed."""
    text = "年末实有人员 51 人，其中：行政编制 30 人，事业编制 {b} 人；离退休人员 12 人。"
    assert _ar04(text.format(b="21")) == []
    [(sev, msg)] = _ar04(text.format(b="25"))
    assert sev == "error" and "行政编制 30 + 事业编制 25" in msg and "离退休人员" not in msg


def test_items_named_by_rank_are_not_summed():
    """'专业 N 个，其中国家级… a 个、省级… b 个；…': a thing may hold both ranks (or be counted under each), so
    a + b may pass N: unread."""
    assert _ar04("现有本科专业 100 个，其中国家级一流专业 62 个、省级一流专业 81 个；实验中心 4 个。") == []


def test_a_list_not_cut_by_a_semicolon_stays_unsummed():
    """The item of another ending after '，' (or every item after '；') proves nothing about where the list
    ends: unsummed, as before. After a sentence end a figure of a concept unrelated to the items (离退休人员
    under a list of 编制) is no item (gaps19b: a list closed with '。' goes on only with an item of its kind),
    so the list is its two items, as after '；'."""
    for text in ("年末实有人员 51 人，其中：行政编制 30 人，事业编制 25 人，离退休人员 12 人。",
                 "年末实有人员 51 人，其中：行政编制 30 人；事业编制 25 人；离退休人员 12 人。"):
        assert _ar04(text) == [], text
    [(sev, msg)] = _ar04("年末实有人员 51 人，其中：行政编制 30 人，事业编制 25 人。离退休人员 12 人。")
    assert sev == "error" and "行政编制 30 + 事业编制 25" in msg and "离退休人员" not in msg
