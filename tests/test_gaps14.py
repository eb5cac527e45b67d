"""Gaps closed in session 14 (lead): a share of '总支出', and share lists nudged to 100%.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _summary(*classes: tuple[str, str]) -> dict:
    total = sum(float(v) for _, v in classes)
    rows = ["收入\t\t支出\t", "项目\t决算数\t项目\t决算数", f"一、财政拨款收入\t{total:.2f}\t{classes[0][0]}\t{classes[0][1]}"]
    rows += [f"\t\t{name}\t{v}" for name, v in classes[1:]]
    rows += [f"本年收入合计\t{total:.2f}\t本年支出合计\t{total:.2f}", "年初结转和结余\t0.00\t年末结转和结余\t0.00",
             f"总计\t{total:.2f}\t总计\t{total:.2f}"]
    return {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": rows}}


_TWO = _summary(("一、教育支出", "300.00"), ("二、科学技术支出", "120.00"))


def test_a_share_of_total_spending_by_its_short_name():
    """'教育支出 X 万元，占总支出的 P%' (a university's wording): 总支出 named no concept, so the share had no
    whole ('未找到部分或整体的数额') and a wrong rate passed. Alone after 占 it is the year's spending."""
    text = ("三、支出决算情况说明\n按照支出功能分类，教育支出300.00万元，占总支出的{p}%；"
            "科学技术支出120.00万元，占总支出的28.57%。\n")
    a = analysis_from(_TWO, text.format(p="71.43"), 2031)
    shares = [c for c in a.claims if c.kind == "share"]
    assert [(c.whole, c.status) for c in shares] == [("expense_total", "verified")] * 2
    assert not [f for f in run_checks(a) if f.severity != "info"]
    a = analysis_from(_TWO, text.format(p="72.43"), 2031)
    [f] = [f for f in run_checks(a) if f.severity != "info"]
    assert (f.check, f.severity) == ("AR01", "error") and "72.43%" in f.message


def test_total_spending_inside_a_longer_name_is_no_whole_of_the_year():
    """'占项目总支出的 P%' names the projects' spending, not the year's: the short form counts only alone."""
    text = "三、支出决算情况说明\n教育支出300.00万元，占项目总支出的50.00%。\n"
    [share] = [c for c in analysis_from(_TWO, text, 2031).claims if c.kind == "share"]
    assert share.whole != "expense_total"


_THIRDS = _summary(("一、教育支出", "1000.00"), ("二、科学技术支出", "1000.00"), ("三、文化旅游体育与传媒支出", "1000.00"))
_THIRDS_TEXT = ("三、支出决算情况说明\n本年支出合计3000.00万元，其中：教育支出1000.00万元，占{a}%；科学技术支出1000.00万元，"
                "占{b}%；文化旅游体育与传媒支出1000.00万元，占{c}%。\n")


def test_a_share_moved_by_a_last_digit_to_make_the_list_add_to_100_is_one_info():
    """Three thirds each round to 33.33% (99.99% in all); printing one as 33.34% makes the list add to
    100%. The issue's rule: a nudge is recognised and reported once, as info — it was an AR01 'rounding
    adjustment?' warning on the moved share."""
    a = analysis_from(_THIRDS, _THIRDS_TEXT.format(a="33.33", b="33.33", c="33.34"), 2031)
    found = [f for f in run_checks(a) if f.check in ("AR01", "AR04")]
    assert [(f.check, f.severity) for f in found] == [("AR04", "info")]
    assert "99.99%" in found[0].message and "33.34%" in found[0].message
    assert "[33.3331, 33.3336]% → 33.34%" in found[0].computation


def test_a_share_moved_away_from_100_is_no_nudge():
    """33.32% + 33.34% + 33.34% also prints 100%, but 33.32% moves away from it: each one-digit miss stays an
    AR01 warning, and no nudge is reported."""
    a = analysis_from(_THIRDS, _THIRDS_TEXT.format(a="33.32", b="33.34", c="33.34"), 2031)
    found = [(f.check, f.severity) for f in run_checks(a) if f.check in ("AR01", "AR04")]
    assert found == [("AR01", "warning")] * 3


def test_a_nudged_list_cut_into_two_paragraphs_is_one_list():
    """An extractor cutting the list after '；' leaves its last share in a paragraph of its own: the list
    runs on, so the nudge is still recognised (its evidence quotes both paragraphs)."""
    text = (_THIRDS_TEXT.format(a="33.33", b="33.33", c="33.34").replace("%；文化", "%；\n文化")
            .replace("占", "占本年支出合计的"))
    a = analysis_from(_THIRDS, text, 2031)
    [f] = [f for f in run_checks(a) if f.check in ("AR01", "AR04")]
    assert (f.check, f.severity, len(f.evidence)) == ("AR04", "info", 2)
