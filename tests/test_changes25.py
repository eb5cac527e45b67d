"""Change readings left unread before changes25: a change list whose parts are printed by their own parts, a list
running over the lines after '其中：'; every sentence here is made up (the shape of a real wording, other names and
numbers)."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _analysis(text: str, year: int = 2031):
    a = analysis_from({}, text, year)
    findings = run_checks(a)
    return a, findings


def _found(text: str, check: str, year: int = 2031) -> list:
    return [f for f in _analysis(text, year)[1] if f.check == check]


# “三公”经费 by its four lowest parts, one a line after '其中：': the vehicle part is printed only by its two parts
_GRAND = ("2031年“三公”经费预算 2000 万元，比2030年预算数减少 {d} 万元，下降 7.52%。其中：\n"
          "公务接待费 400 万元，比上年年初预算减少 150 万元。\n"
          "因公出国（境）费 50 万元，比上年年初预算增加 20 万元。\n"
          "公务用车购置费 300 万元，比上年年初预算增加 60 万元。\n"
          "公务用车运行维护费 1250 万元，比上年年初预算减少 93 万元。\n")


def test_grandchildren_stand_for_their_part_in_a_change_list():
    """−150 + 20 + 60 − 93 = −163: a printed 200 is an error (the four are every part, two through the vehicle
    fee); 163 verifies the parts' changes, which had no base of their own."""
    [f] = _found(_GRAND.format(d=200), "AR04")
    assert f.severity == "error" and "200" in f.message and len(f.evidence) == 5
    a, found = _analysis(_GRAND.format(d=163))
    assert not [f for f in found if f.check == "AR04" and f.severity != "info"]
    parts = [c for c in a.claims if c.kind == "change_abs" and c.paragraph.index > 0]
    assert len(parts) == 4 and all(c.status == "verified" for c in parts)
    # only one of the vehicle fee's two parts: the list is not every part of the whole, and bounds nothing
    one = _GRAND.format(d=200).replace("公务用车运行维护费 1250 万元，比上年年初预算减少 93 万元。\n", "")
    assert not [f for f in _found(one, "AR04") if f.severity != "info"]


def test_grandchildren_in_one_paragraph():
    """The same list in one paragraph, ；-separated: held to the four, 30 + 20 + 60 − 93 = 17, not 27."""
    text = ("“三公”经费支出 900 万元，比上年增加 {d} 万元。其中：公务接待费 300 万元，比上年增加 30 万元；因公出国（境）费 "
            "50 万元，比上年增加 20 万元；公务用车购置费 200 万元，比上年增加 60 万元；公务用车运行维护费 350 万元，"
            "比上年减少 93 万元。\n")
    assert not [f for f in _found(text.format(d=17), "AR04") if f.severity != "info"]
    assert [f.severity for f in _found(text.format(d=27), "AR04")] == ["error"]


def test_last_year_of_a_news_report_is_the_reports_year_when_compared_with_last_year():
    """'去年…决算支出 6 亿元，比上年减少 2 亿元' in a news report of the 2031 final account: the 6 is 2031's (compared
    with 上年 right after it, it is not its own base), so change and rate are held to it: 2 ÷ 8 = 25%."""
    text = ("某省财政厅近日公布2031年省级决算，去年省级“三公”经费决算支出 6 亿元，比上年减少 2 亿元，下降 {p}%。\n")
    a, found = _analysis(text.format(p=25))
    [amount] = [c for c in a.claims if c.kind == "amount"]
    assert amount.period != "上年"
    assert all(c.status == "verified" for c in a.claims if c.kind in ("change_abs", "change_pct"))
    assert [f.check for f in _analysis(text.format(p=35))[1] if f.severity == "error"] == ["AR02"]
    # '去年' with no comparison after its figure stays last year's
    a, _ = _analysis("某省财政厅近日公布2031年省级决算，去年省级“三公”经费决算支出 6 亿元。\n")
    assert [c.period for c in a.claims if c.kind == "amount"] == ["上年"]


def test_a_part_named_in_the_reason_before_is_the_subject_of_figures_restating_a_period():
    """'…“三公”经费决算数 500 万元，比年初预算 400 万元增加 100 万元。超预算原因主要是公务接待费增加。决算数 260 万元，比
    年初预算数 120 万元增加 140 万元': 260 cannot be the 三公's 决算 too (500); it is the reception fee's, so its change
    is held to its own budget figure (260 − 120 = 140), not to the 三公's."""
    text = ("某局2031年“三公”经费财政拨款决算数 500 万元，比年初预算 400 万元增加 100 万元。超预算原因主要是公务接待费"
            "增加。2031年决算数 260 万元，比2031年年初预算数 120 万元增加 {d} 万元。\n")
    a, found = _analysis(text.format(d=140))
    late = [c for c in a.claims if c.start > text.index("超预算")]
    assert {c.concept for c in late} == {"reception_fee"}
    assert all(c.status == "verified" for c in late if c.kind == "change_abs")
    assert [f.check for f in _analysis(text.format(d=150))[1] if f.severity == "error"] == ["AR02"]
    # the same sentence restating no period already stated keeps the carried subject
    a, _ = _analysis(text.format(d=140).replace("2031年决算数 260 万元，比2031年年初预算数 120 万元增加 140 万元",
                                                "2031年调整预算数 450 万元"))
    assert "reception_fee" not in {c.concept for c in a.claims}


def test_a_whole_rate_recomputed_from_its_parts_amounts_and_rates():
    """'…“三公”经费决算 1100 万元，比上年下降 P%。分项：A 100 万元，增长 25.0%；B 400 万元，下降 20.0%；C 600 万元，
    增长 20.0%': last year 80 + 500 + 500 = 1080, so 1100 is up 1.85%, never down 5%."""
    text = ("2031年某市“三公”经费决算 1100 万元，比上年{w} {p}%。分项情况是：因公出国（境）费决算 100 万元，比上年增长 25.0%；"
            "公务接待费决算 400 万元，比上年下降 20.0%；公务用车购置及运行维护费决算 600 万元，比上年增长 20.0%。\n")
    a, found = _analysis(text.format(w="增长", p="1.85"))
    assert not [f for f in found if f.check == "AR04" and f.severity != "info"]
    assert [c.status for c in a.claims if c.kind == "change_pct"][0] == "verified"
    [f] = [f for f in _found(text.format(w="下降", p="5.00"), "AR04") if f.severity == "error"]
    assert "5.00" in f.message and "[1.6177, 2.0866]" in f.computation
    # two of the three parts: last year's whole is not known
    some = text.format(w="下降", p="5.00").replace("公务接待费决算 400 万元，比上年下降 20.0%；", "")
    assert not [f for f in _found(some, "AR04") if f.severity != "info"]
