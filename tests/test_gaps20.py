"""Gaps closed in session 20: known gaps left by earlier sessions, each shown by a made-up sentence.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、收入支出决算总体情况说明\n"


def _found(text: str, year: int = 2031) -> list[tuple[str, str]]:
    return [(f.check, f.severity) for f in run_checks(analysis_from({}, _HEAD + text, year))]


def test_counts_named_by_person_states_are_parts_of_the_head_count():
    """'实有人数 N 人，其中：在职 a 人，退休 b 人': the items' names end unalike (职, 休), so the list was
    not read as kinds of one thing and a sum over the head count passed. The states of a unit's persons
    (arith.yml person_states) are kinds of one thing, bare or with a person noun."""
    text = "2031年末实有人数 57 人，其中：在职 {a} 人，退休{b} 11 人。\n"
    assert _found(text.format(a="47", b="")) == [("AR04", "error")]
    assert _found(text.format(a="47", b="人员")) == [("AR04", "error")]
    assert _found(text.format(a="46", b="")) == []
    # a state holding another's persons again (离退休 beside 退休) keeps the list unsummed
    assert _found("2031年末实有人数 57 人，其中：在职 47 人，退休 8 人，离退休 11 人。\n") == []
    # names of no state stay unread, and two figures with no list say nothing
    assert _found("2031年末实有人数 57 人，其中：在职 47 人，外聘 11 人。\n") == []
    assert _found("2031年末编制 35 人，实有 33 人。\n") == []


def test_foreign_guests_are_counted_within_the_domestic_receptions():
    """'共接待 N 批次，其中国内接待 a 批次，外事接待 b 批次': the 外事 receptions (foreign guests received at
    home) are some of the 国内 ones (the 三公 table prints '其中：外事接待费' under '国内接待费'), so a + b may
    exceed N: that list was a false AR04 error. Receptions abroad (国（境）外) are the other part, summed."""
    assert _found("全年共接待 30 批次，其中国内接待 28 批次，外事接待 3 批次。\n") == []
    assert _found("全年公务接待 30 批次，其中国内接待 28 批次，外宾接待 3 批次。\n") == []
    for abroad in ("境外公务接待", "国（境）外接待"):
        assert _found(f"全年公务接待 30 批次，其中国内接待 28 批次，{abroad} 3 批次。\n") == [("AR04", "error")]
        assert _found(f"全年公务接待 31 批次，其中国内接待 28 批次，{abroad} 3 批次。\n") == []


def _claims(text: str, year: int = 2031) -> list[tuple[str, str | None, str]]:
    a = analysis_from({}, _HEAD + text, year)
    return [(c.subject, c.concept, c.raw_number) for c in a.claims]


def test_a_clause_ranking_a_figure_names_the_figure_after_it():
    """'公务接待费最多，共 X 万元；因公出国（境）次之，共 Y 万元': the name stood in a clause of its own with a rank
    word (concepts.yml ranked_names), so X read no concept and Y took the figure before it (or none), and a
    wrong change of Y passed. '因公出国（境）' without 费 names the fee beside a money figure."""
    text = ("2031年“三公”经费中，公务接待费最多，共 95.00 万元，占 70.00%；因公出国（境）次之，共 30.00 万元，"
            "相比年初预算数的 41.00 万元减少 {d} 万元。\n")
    assert [c[1] for c in _claims(text.format(d="11.00"))] == ["reception_fee"] * 2 + ["outbound_fee"] * 3
    assert _found(text.format(d="11.00")) == []
    assert _found(text.format(d="12.00")) == [("AR02", "error")]
    # a name of no concept is the figure's own, not the one ranked before it
    claims = _claims("2031年“三公”经费中，公务接待费最多，共 95.00 万元；培训费次之，共 30.00 万元。\n")
    assert [c[1:] for c in claims] == [("reception_fee", "95.00"), (None, "30.00")]
    assert claims[1][0] == "培训费"
    # a rank of a change ('增长最多') names no figure
    assert [c[1] for c in _claims("2031年商品和服务支出中，办公费增长最多，增加 5.00 万元。\n")] == [None]


def test_a_budgets_change_on_last_year_is_of_the_budget():
    """'支出决算 V 万元，年初预算 B 万元，年初预算数比上年增加 A 万元，增长 P%': the change was read as the year's
    actual's, so a right P was a false AR02 error on V − A and a wrong one was reported on the wrong base. The
    period the change names before its base (年初预算) is the figure that changed: P is held to A ÷ (B − A), and
    with no such budget printed the change is not read against the actual."""
    text = "2031年支出决算 900.00 万元，{b}年初预算数比上年增加 100.00 万元，增长 {p}%。\n"
    assert _found(text.format(b="年初预算 1100.00 万元，", p="10.00")) == []
    [f] = run_checks(analysis_from({}, _HEAD + text.format(b="年初预算 1100.00 万元，", p="12.00"), 2031))
    assert (f.check, f.severity) == ("AR02", "error") and "1100.00" in f.message
    assert _found(text.format(b="", p="10.00")) == []
    # a change of the year's own figure is read on it as before
    assert _found("2031年支出决算 900.00 万元，比上年增加 100.00 万元，增长 10.00%。\n") == [("AR02", "error")]
