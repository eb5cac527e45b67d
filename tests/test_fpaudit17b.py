"""False findings hunted in session 17's readings of changes in points, named bases and balances: correct
sentences, made up in the wording of budget and final-account reports, that a reading took for defects.
Each is planted into the national template (whose tables give its figures) or read on its own."""
from __future__ import annotations

from pathlib import Path

from finder.checks import run as run_checks
from finder.testing import analysis_from, planted

ROOT = Path(__file__).resolve().parent.parent
NATIONAL = ROOT / "corpora" / "synthetic" / "national_filled.txt"
_ANCHOR = "经营支出52.80 万元，占1.27%。"
_HEAD = "一、收入支出决算总体情况说明\n"


def _findings(text: str) -> list[tuple[str, str]]:
    return [(f.check, f.severity) for f in run_checks(analysis_from({}, _HEAD + text + "\n", 2031))
            if f.severity != "info"]


def _new_findings(sentence: str, tmp_path: Path) -> list[tuple[str, str, str]]:
    key = lambda f: (f.check, f.severity, f.message)  # noqa: E731
    base = {key(f) for f in planted(NATIONAL, _ANCHOR, _ANCHOR, tmp_path / "base.txt").findings}
    return [key(f) for f in planted(NATIONAL, _ANCHOR, _ANCHOR + sentence, tmp_path / "planted.txt").findings
            if f.severity != "info" and key(f) not in base]


def test_a_share_of_last_year_is_no_share_of_this_years_figure(tmp_path):
    """'基本支出 X，占 P1%，上年占 P0%，提高 d 个百分点': P0 is last year's share, but AR01 held it to this
    year's X over this year's whole (an error on a correct sentence)."""
    text = "本年支出合计 2480.00 万元，其中基本支出 1860.00 万元，占 {p}%，上年占 72.00%，提高 {d} 个百分点。"
    assert _findings(text.format(p="75.00", d="3")) == []
    assert _findings(text.format(p="73.00", d="1")) == [("AR01", "error")]      # this year's share still read
    assert _new_findings("基本支出3023.16 万元，占72.72%，上年占71.00%，提高1.72 个百分点。", tmp_path) == []


def test_this_years_figure_named_as_the_base_is_no_period(tmp_path):
    """'本年支出合计 E，比本年收入合计 I 少 A': 比本年 was read as the change's base period (本年) and I as a
    second figure of 本年支出合计: NT01 and NT03 errors against the table, and a wrong A passed. A base
    marker followed by this year's name alone opens a figure named as the base (groups.named_base)."""
    text = "本年支出合计 2480.00 万元，比本年收入合计 2530.00 万元少 {a} 万元。"
    assert _findings(text.format(a="50.00")) == []
    assert _findings(text.format(a="40.00")) == [("AR02", "error")]
    [ch] = [c for c in analysis_from({}, _HEAD + "本年支出合计 2480.00 万元，较本年预算增加 40.00 万元。", 2031).claims
            if c.kind == "change_abs"]
    assert ch.extra.get("base_period") == "预算" and ch.subject == "本年支出合计"     # this year's budget: a base
    assert _new_findings("本年支出合计4157.41 万元，比本年收入合计4164.48 万元少7.07 万元。", tmp_path) == []


def test_last_years_budget_named_as_the_base_is_last_years(tmp_path):
    """'2031年收入预算 X，较上年收入预算 B 增加 A' (a budget report): B took the period of its last period word,
    预算, and was held to this year's budget cell (an NT01 warning; after a 其中 list an error against the
    last item's cell). A budget figure after a base marker and last year's name (or a year before) is that
    year's; after a list the change is the head's when only the head fits (X − B)."""
    text = "2031年收入预算 2650.00 万元，较上年收入预算 2580.00 万元增加 {a} 万元。"
    [b] = [c for c in analysis_from({}, _HEAD + text.format(a="70.00"), 2031).claims if c.raw.startswith("2580")]
    assert b.period == "上年"
    assert _findings(text.format(a="70.00")) == []
    assert _findings(text.format(a="60.00")) == [("AR02", "error")]
    listed = ("2031年收入预算 2650.00 万元，其中一般公共预算拨款收入 2500.00 万元、上年结转结余 150.00 万元，"
              "较上年收入预算 2580.00 万元增加 {a} 万元。")
    assert _findings(listed.format(a="70.00")) == []
    assert _findings(listed.format(a="60.00")) == [("AR02", "error")]


def test_points_in_words_with_decimals_are_read_whole():
    """'比上年提高一点五六个百分点': the numeral before 个 was read from its last digit only (六, 6 points: an
    AR02 error against 69.56% − 68%); decimals after 点 are now part of it, and a digit after 点 never
    opens a numeral of its own."""
    text = "基本支出占比百分之六十九点五六，比上年提高{d}个百分点，上年为百分之六十八。"
    [p] = [c for c in analysis_from({}, _HEAD + text.format(d="一点五六"), 2031).claims if c.kind == "change_pct"]
    assert str(p.value) == "1.56"
    assert _findings(text.format(d="一点五六")) == []
    assert _findings(text.format(d="二点五六")) == [("AR02", "error")]
    assert _findings("预算执行率百分之九十五，比上年提高二点五个百分点，上年为百分之九十二点五。") == []
