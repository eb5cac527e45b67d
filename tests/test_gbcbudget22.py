"""Readings fixed on a district's budget reports (session 22): a year printed without 年 before its kind word.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import budget_analysis_from

_HEAD = "四、单位预算编制说明\n"


def _budget_findings(text: str) -> list[tuple[str, str]]:
    """(check, message) of every error and warning on a made-up budget narrative of 2031."""
    a = budget_analysis_from({}, _HEAD + text + "\n", 2031)
    return [(f.check, f.message) for f in run_checks(a) if f.severity != "info"]


def test_a_year_printed_right_before_its_kind_word_labels_the_figure():
    """'2030年当年预算执行数为 A，2031预算安排 B，比2030年预算执行数增加 P%': the budget year printed without 年
    ('2031预算') was no year, so B took the last named year (2030) as last year's and became the base of
    its own rate (B ÷ B − 1, a false AR02 error)."""
    text = ("“一般公共服务支出（类）-宣传事务（款）-一般行政管理事务（项）”2031年度预算12万元，2030年度预算10万元，"
            "主要用于宣传活动。2030年当年预算执行数为8.00万元，2031预算安排12万元，比2030年预算执行数增加{p}%。")
    assert _budget_findings(text.format(p="50.00")) == []
    [(check, message)] = _budget_findings(text.format(p="70.00"))
    assert check == "AR02" and "12 ÷ 8.00" in message


def test_an_item_number_printed_without_its_mark_still_counts_in_its_list():
    """'17.“…” A万元。' then '18“…” B万元。' then '19.“…”': the item's mark after 18 was dropped, and TX04 said
    item 18 was missing. The list's next number right before the item's opening quote continues it; a
    number that is not the next one is no item, and a real gap is still reported."""
    item = "{n}“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”{v}万元，主要用于医疗缴费。"
    lines = [item.format(n=f"{k}.", v=k) for k in (16, 17)] + [item.format(n="18", v=18), item.format(n="19.", v=19)]
    assert [c for c, _ in _budget_findings("\n".join(lines)) if c == "TX04"] == []
    lines[2] = item.format(n="20", v=18)
    assert [m for c, m in _budget_findings("\n".join(lines)) if c == "TX04"] == ["编号由 17 跳至 19，缺少第 18 项"]


def test_a_year_before_its_kind_word_without_nian_is_a_fiscal_year_not_an_edition():
    """'比2030预算执行数减少 P%' in the 2031 budget: the year printed without 年 before 预算 was read as an
    event's edition and TX02 called it stale text; it is last year's base, named after 比. A stale base
    ('比2029年预算执行数') is still reported."""
    text = ("“城乡社区支出（类）-城乡社区环境卫生（款）-城乡社区环境卫生（项）”2031年度预算90万元，主要用于环境整治。"
            "2030年当年预算执行数为100万元，2031年预算安排90万元，比{base}预算执行数减少10.00%。")
    assert [c for c, _ in _budget_findings(text.format(base="2030"))] == []
    assert [c for c, _ in _budget_findings(text.format(base="2029年"))] == ["TX02"]
