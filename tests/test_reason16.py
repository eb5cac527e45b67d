"""Readings closed in session 16 (reason16): a rate after a reason clause with a figure or a base word, a
其中 list of one item equal to its whole, a name ending in a period word, long organisation names in a list.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from, run_check, run_check_all

_HEAD = "三、支出决算情况说明\n"


def _claims(text: str) -> list:
    return analysis_from({}, _HEAD + text + "\n", 2031).claims


def _errors(text: str, code: str) -> list:
    return [f for f in run_check(_HEAD + text + "\n", code, 2031) if f.severity == "error"]


# ---------------------------------------------------------------- 1. a rate after the reason clause
_CHANGE = "会议费支出 60.00 万元，比上年减少 20.00 万元，主要原因是{why}，{rate}%。"


def test_a_rate_after_the_reason_with_its_base_printed_is_the_changes_rate():
    """'…，主要原因是…，同比下降 P%' / '较上年下降' / '与上年相比下降': the base before the direction word is the
    change's own (last year), so the rate is the change's, as a bare '下降 P%' already was."""
    for rate in ("同比下降", "较上年下降", "与上年相比下降"):
        ok = _CHANGE.format(why="会议场次减少", rate=rate + " 25.00")
        [pct] = [c for c in _claims(ok) if c.kind == "change_pct"]
        assert pct.subject == "会议费支出" and not pct.extra.get("in_reason"), rate
        assert _errors(ok, "AR02") == []
        [f] = _errors(_CHANGE.format(why="会议场次减少", rate=rate + " 35.00"), "AR02")
        assert "35.00%" in f.message


def test_a_rate_on_another_base_after_the_reason_stays_unread():
    """'较预算下降 P%' measures against the budget, not the change's last year: not the change's rate."""
    text = _CHANGE.format(why="会议场次减少", rate="较预算下降 35.00")
    [pct] = [c for c in _claims(text) if c.kind == "change_pct"]
    assert pct.subject != "会议费支出"
    assert _errors(text, "AR02") == []


def test_a_rate_after_a_reason_whose_figure_moves_the_other_way_is_the_changes():
    """'主要原因是…，但基本支出增加 5.00 万元，下降 P%': a fall's rate is no rate of the reason's rise, so it is the
    change's (also when the rising figure names a concept of its own)."""
    for who in ("培训费", "基本支出"):
        why = f"会议场次减少，但{who}增加 5.00 万元"
        [pct] = [c for c in _claims(_CHANGE.format(why=why, rate="下降 25.00")) if c.kind == "change_pct"]
        assert pct.subject == "会议费支出"
        [f] = _errors(_CHANGE.format(why=why, rate="下降 35.00"), "AR02")
        assert "35.00%" in f.message


def test_a_rate_after_a_reason_whose_figure_may_own_it_stays_unread():
    """'主要原因是会议费减少 5.00 万元，下降 P%' (a change the same way) and '主要原因是会议费 5.00 万元，下降 P%' (a
    level, which a rate after it often follows): P may be that figure's; nothing is read, no error."""
    for why in ("会议费减少 5.00 万元", "培训费 5.00 万元", "培训费减少 5.00 万元"):
        text = _CHANGE.format(why=why, rate="同比下降 35.00")
        [pct] = [c for c in _claims(text) if c.kind == "change_pct"]
        assert pct.subject != "会议费支出", why
        assert _errors(text, "AR02") == [], why


def test_a_rising_figure_in_the_reason_names_a_concept_that_fell_too():
    """'主要原因是基本支出减少，但会议费增加 5.00 万元，下降 P%': 基本支出 fell (no figure) and may own P."""
    text = "公用经费支出 60.00 万元，比上年减少 20.00 万元，主要原因是基本支出减少，但会议费增加 5.00 万元，下降 35.00%。"
    assert _errors(text, "AR02") == []


# ---------------------------------------------------------------- 2. a 其中 list of one item
def _ledger(text: str) -> list:
    a = analysis_from({}, _HEAD + text + "\n", 2031)
    found = run_checks(a)
    return [(c.subject, c.status, c.reason) for c in a.claims], [(f.check, f.severity) for f in found]


def test_a_lone_part_equal_to_its_whole_verifies_both():
    """'本年支出 100，其中：基本支出 100': the one part listed is the whole (项目支出 is 0); the two figures
    agree, which the ledger had left unverified."""
    claims, found = _ledger("本年支出 100.00 万元，其中：基本支出 100.00 万元。")
    assert claims == [("本年支出", "verified", "与所述分项之和一致"), ("基本支出", "verified", "与所述分项之和一致")]
    assert found == []


def test_a_lone_part_short_of_its_whole_or_left_open_settles_nothing():
    """A part below its whole (the rest unnamed: 99.99 is no 100.00), a list left open by 等, or a part no
    decomposition places under the whole, proves nothing: unverified as before, and no finding."""
    for text in ("本年支出 100.00 万元，其中：基本支出 99.99 万元。",
                 "本年支出 100.00 万元，其中：基本支出 100.00 万元等。",
                 "本年支出 100.00 万元，其中：基本支出等 100.00 万元。",
                 "本年支出 100.00 万元，其中：印刷费 100.00 万元。"):
        claims, found = _ledger(text)
        assert all(status != "verified" for _, status, _ in claims) and found == [], text


def test_a_lone_part_above_its_whole_is_still_an_error():
    _, found = _ledger("本年支出 100.00 万元，其中：基本支出 120.00 万元。")
    assert found == [("AR04", "error")]


# ---------------------------------------------------------------- 3. a name ending in a period word
def test_a_total_budget_keeps_its_name():
    """'项目总预算 T 万元': 预算 after 总 ends the noun, so the subject is 项目总预算 (the findings printed
    “项目总”); its period is still the budget. A bare trailing period word is still cut off."""
    text = "该项目总预算 100.00 万元，其中：中央资金 60.00 万元，省级资金 50.00 万元，合计 110.00 万元。"
    a = analysis_from({}, _HEAD + text + "\n", 2031)
    head = a.claims[0]
    assert (head.subject, head.period) == ("该项目总预算", "预算")
    [f] = [f for f in run_checks(a) if f.check == "AR04"]
    assert f.message.startswith("“该项目总预算”文中为 100.00")
    [c] = _claims("会议费支出预算 30.00 万元。")
    assert (c.subject, c.period) == ("会议费支出", "预算")


# ---------------------------------------------------------------- 4. long organisation names in a list
_UNITS = "一、部门基本情况\n本部门共有预算单位{n}个，{m}局本级和局属二级预算单位某某市某某某某某某技术研究所。\n"


def test_a_long_organisation_name_in_a_counted_list_is_read():
    """The second name (a description and the unit's name, 21 characters) passed max_name_length, so the
    list was not read; it ends as an organisation's name does, so the count is held to it."""
    assert [type(x).__name__ for x in run_check_all(_UNITS.format(n=2, m="包括"), "TX08")] == ["Settlement"]
    [f] = run_check(_UNITS.format(n=3, m="即"), "TX08")
    assert f.severity == "error" and "1～2" in f.message
    long = "一、部门基本情况\n下设事业单位2个，即某某市某某区某某某某某某管理委员会办公室、某某市某某中心。\n"
    assert [type(x).__name__ for x in run_check_all(long, "TX08")] == ["Settlement"]


def test_long_prose_after_a_count_is_no_name():
    """Long items that end in no organisation suffix, end in a word naming a place ('场所'), or hold a
    particle of prose ('的') are not names: the list stays unread (no settlement, no finding)."""
    for tail in ("加强内部控制制度建设和规范各项资金的使用管理", "完善机关办公设施并改造老旧的某某档案资料管理所",
                 "新建某某街道某某社区居民综合文化活动服务场所"):
        text = f"一、部门基本情况\n本年开展重点工作3项，即安全检查、{tail}。\n"
        assert run_check_all(text, "TX08") == [], tail
