"""Claim readings of session 26: a share's change in points on last year's share the text implies, 高/低 after a
comparison, 其中 lists split by level, quotas listed with their persons in post.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、收入支出决算总体情况说明\n"


def _run(text: str, year: int = 2031):
    a = analysis_from({}, _HEAD + text + "\n", year)
    return [f for f in run_checks(a) if f.severity != "info"], a


def _status(a, raw: str) -> str:
    [c] = [c for c in a.claims if c.raw.strip() == raw]
    return c.status


# ------------------------------------------------------------------ 1. changes in points
def test_points_on_a_share_whose_last_year_the_changes_imply():
    """'A a 万元，比上年增加 x 万元，占 T 的 P%，比上年提高 d 个百分点', T's change printed too: last year's share is
    (a − x) ÷ (T − y); d must be P less it. It was unread (no rate of last year printed)."""
    text = ("本年收入合计 640.00 万元，比上年增加 140.00 万元。其中：财政拨款收入 480.00 万元，比上年增加 130.00 万元，"
            "占本年收入合计的 75.00%，比上年提高 {d} 个百分点。")
    found, a = _run(text.format(d="5.00"))      # 350 ÷ 500 = 70%; 75.00 − 70 = 5
    assert found == []
    assert _status(a, "5.00 个百分点") == "verified"
    found, a = _run(text.format(d="4.00"))
    assert [(f.check, f.severity) for f in found] == [("AR02", "error")]
    [f] = found
    assert "4.00" in f.message and "(480.00 − 130.00) ÷ (640.00 − 140.00)" in f.message
    assert f.evidence[0].text.startswith("占本年收入合计的 75.00%") and "4.00 个百分点" in f.evidence[0].text
    assert any("本年收入合计 640.00 万元" in e.text for e in f.evidence[1:])
    assert _status(a, "4.00 个百分点") == "contradicted"
    # the way is read from the sign: a fall said of a rise is wrong
    found, _ = _run(text.format(d="5.00").replace("提高", "下降"))
    assert [(f.check, f.severity) for f in found] == [("AR02", "error")]


def test_points_on_last_years_figures_from_rates_of_change():
    """The part's and the whole's last year figures from their rates ('增长 P%': V ÷ (1 + P%))."""
    text = ("本年支出合计 600.00 万元，比上年增长 20.00%。其中：基本支出 360.00 万元，比上年增长 {p}%，"
            "占本年支出合计的 60.00%，比上年提高 {d} 个百分点。")
    found, a = _run(text.format(p="20.00", d="0.00"))    # 300 ÷ 500 = 60%
    assert found == [] and _status(a, "0.00 个百分点") == "verified"
    found, _ = _run(text.format(p="50.00", d="0.00"))    # 240 ÷ 500 = 48%: 12 points up, not 0
    assert ("AR02", "error") in [(f.check, f.severity) for f in found]


def test_points_on_last_years_figures_printed_beside_them():
    """'V 万元，上年为 B 万元' for the part and the whole, no change of them stated: last year's share is B ÷ B_T."""
    text = ("本年支出合计 800.00 万元，上年为 640.00 万元。基本支出 520.00 万元，上年为 400.00 万元，"
            "占本年支出合计的 65.00%，比上年提高 {d} 个百分点。")       # 400 ÷ 640 = 62.5%
    found, a = _run(text.format(d="2.50"))
    assert found == [] and _status(a, "2.50 个百分点") == "verified"
    found, a = _run(text.format(d="3.50"))
    assert [(f.check, f.severity) for f in found] == [("AR02", "error")]
    assert "(400.00) ÷ (640.00)" in found[0].message and _status(a, "3.50 个百分点") == "contradicted"


def test_a_point_change_with_no_part_figure_is_unread():
    """A share printed with no amount of its part, last year's share not printed: nothing to recompute."""
    found, a = _run("本年支出合计 600.00 万元，比上年增加 100.00 万元。基本支出占本年支出合计的 60.00%，比上年提高 9.90 个百分点。")
    assert found == [] and _status(a, "9.90 个百分点") == "unverifiable"


def test_gao_and_di_after_a_comparison_are_directions():
    """'比上年（P0%）高 d 个百分点' / '较上年低 d 个百分点': the bare 高 / 低 after 比 give the way, so d is held to
    P1 − P0; 提高 stays 提高 (增长), never read as its 高."""
    found, a = _run("基本支出占本年支出的比重为 61.5%，比上年（58.3%）高 3.2 个百分点。")
    assert found == [] and _status(a, "3.2 个百分点") == "verified"
    found, _ = _run("基本支出占本年支出的比重为 61.5%，比上年（58.3%）低 3.2 个百分点。")
    assert [(f.check, f.severity) for f in found] == [("AR02", "error")]
    found, _ = _run("项目支出占本年支出的比重为 38.5%，比上年的 41.7% 低 3.2 个百分点。")
    assert found == []
    found, _ = _run("项目支出占本年支出的比重为 38.5%，比上年的 41.7% 低 2.2 个百分点。")
    assert [(f.check, f.severity) for f in found] == [("AR02", "error")]
    _, a = _run("基本支出占本年支出的比重为 61.5%，较上年（58.3%）提高 3.2 个百分点。")
    [c] = [c for c in a.claims if c.raw.strip() == "3.2 个百分点"]
    assert c.direction == "增长"


# ------------------------------------------------------------------ 3. splits by level
def test_a_split_by_every_level_adds_up():
    """'全省 T 亿元，其中省本级 a 亿元、市县 b 亿元' and '本级 a 万元，所属单位 b 万元': every level of the whole
    (arith.yml level_splits), so a + b = T; a shortfall is a finding too, as for any complete list."""
    ok = "2031年全省安排种业扶持资金 8.40 亿元，其中省本级 2.10 亿元、市县 {b} 亿元。"
    found, a = _run(ok.format(b="6.30"))
    assert found == [] and _status(a, "2.10 亿元") == "verified"
    for b in ("6.10", "6.50"):                   # short and over: both break the sum
        found, _ = _run(ok.format(b=b))
        assert [f.check for f in found] == ["AR04"] and f"市县 {b}亿元" in found[0].message.replace(" 亿元", "亿元")
    found, _ = _run("本年支出合计 730.00 万元，其中：本级 410.00 万元，所属单位 300.00 万元。")
    assert [f.check for f in found] == ["AR04"] and "应相等" in found[0].computation


def test_levels_that_may_leave_one_out_only_bound_the_whole():
    """省级、市级、县级 alone may leave the 乡镇 out: a shortfall says nothing, an excess still does."""
    found, _ = _run("2031年下达水利专项资金 9.00 亿元，其中省级 2.00 亿元、市级 3.00 亿元、县级 3.50 亿元。")
    assert found == []
    found, _ = _run("2031年下达水利专项资金 9.00 亿元，其中省级 2.00 亿元、市级 3.00 亿元、县级 4.50 亿元。")
    assert [f.check for f in found] == ["AR04"]


def test_persons_split_by_level_add_up():
    """'实有人数 N 人，其中：本级 a 人，所属单位 b 人': every level, so a + b = N."""
    found, _ = _run("2031年本部门实有人数 41 人，其中：本级 26 人，所属单位 15 人。")
    assert found == []
    # short of the head: a warning (the list is read as complete from its words); over it: an error
    found, _ = _run("2031年本部门实有人数 41 人，其中：本级 26 人，所属单位 14 人。")
    assert [(f.check, f.severity) for f in found] == [("AR04", "warning")]
    found, _ = _run("2031年本部门实有人数 41 人，其中：本级 27 人，所属单位 15 人。")
    assert [(f.check, f.severity) for f in found] == [("AR04", "error")]


# ------------------------------------------------------------------ 4. quotas and persons in post
def test_quotas_listed_with_their_persons_in_post_add_up():
    """'编制人数 N 人，其中：行政编制 a 人，实有 a′ 人；事业编制 b 人，实有 b′ 人': the quotas add to a quota head, the
    persons in post to an actual head; each kind's 实有 is no part of the quota head."""
    text = "2031年末本部门编制人数 23 人，其中：行政编制 {a} 人，实有 15 人；事业编制 7 人，实有 6 人。"
    found, a = _run(text.format(a="16"))
    assert found == [] and _status(a, "23 人") == "verified"
    found, _ = _run(text.format(a="17"))
    [f] = found
    assert (f.check, f.severity) == ("AR04", "error") and "行政编制 17 + 事业编制 7" in f.message
    text = "2031年末本部门实有人数 {n} 人，其中：行政编制 16 人，实有 15 人；事业编制 7 人，实有 6 人。"
    found, a = _run(text.format(n="21"))
    assert found == [] and _status(a, "21 人") == "verified"
    found, _ = _run(text.format(n="20"))
    [f] = found
    assert (f.check, f.severity) == ("AR04", "error") and "行政编制（实有） 15 + 事业编制（实有） 6" in f.message


# ------------------------------------------------------------------ 2. referring back
def test_a_back_reference_names_the_figure_before_it():
    """'X 预算 v 万元。该项预算比上年减少 a 万元，下降 p%' ('上述经费', '此项支出', '该笔资金'): the change is X's, read on
    v; the subject '该项' named no figure before, so the change was left unread."""
    text = "2032年公务用车购置费预算 7.50 万元。{ref}比上年减少 1.50 万元，下降 {p}%。"
    for ref in ("该项预算", "上述经费", "此项支出", "该笔资金"):
        found, a = _run(text.format(ref=ref, p="16.67"), 2032)   # 1.50 ÷ 9.00
        assert found == [], ref
        [c] = [c for c in a.claims if c.raw.strip() == "1.50 万元"]
        assert (c.subject, c.concept, c.status) == ("公务用车购置费", "vehicle_purchase_fee", "verified"), ref
    found, _ = _run(text.format(ref="该项预算", p="20.00"), 2032)
    [f] = found
    assert (f.check, f.severity) == ("AR02", "error") and "20.00" in f.evidence[0].text
    assert "公务用车购置费" in f.message


def test_a_back_reference_after_a_list_item_or_to_a_project_is_not_read_so():
    """After a 其中 list the reference may mean an item or their sum, and '该项目' names a project: unread."""
    _, a = _run("2032年“三公”经费预算 9.00 万元，其中：公务接待费 3.00 万元，公务用车运行维护费 6.00 万元。"
                "上述经费比上年减少 1.00 万元。", 2032)
    [c] = [c for c in a.claims if c.raw.strip() == "1.00 万元"]
    assert c.concept is None
    _, a = _run("2032年公务用车购置费预算 7.50 万元。该项目比上年减少 1.50 万元。", 2032)
    [c] = [c for c in a.claims if c.raw.strip() == "1.50 万元"]
    assert c.concept != "vehicle_purchase_fee"


def test_a_figure_named_again_with_zhong_opens_the_list_of_its_parts():
    """'在职人员 N 人，在职人员中行政人员 a 人、事业人员 b 人' (or '…N 人。在职人员中，行政人员 a 人，…'): the name of the
    figure just stated and 中 open a list of its parts, as 其中 does; the parts were read as figures of their own."""
    for text in ("2031年末本部门在职人员 17 人，在职人员中行政人员 11 人、事业人员 {b} 人。",
                 "2031年末本部门在职人员 17 人。在职人员中，行政人员 11 人，事业人员 {b} 人。"):
        found, a = _run(text.format(b="6"))
        assert found == [], text
        assert all(c.status == "verified" for c in a.claims if c.unit == "人"), text
        found, _ = _run(text.format(b="7"))
        [f] = found
        assert (f.check, f.severity) == ("AR04", "error") and "行政人员 11 + 事业人员 7" in f.message, text
    # another name before 中 opens nothing: the figures stay the sentence's own
    found, a = _run("2031年末本部门在职人员 17 人，退休人员中离休人员 11 人、退休人员 9 人。")
    assert found == [] and not any(c.whole for c in a.claims if c.raw.strip() == "11 人")
