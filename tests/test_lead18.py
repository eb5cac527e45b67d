"""Made-up sentences the lead probed in session 18, each a gap closed in the commit that added it."""
from __future__ import annotations

from finder.testing import run_check, run_check_all

_HEAD = "一、部门基本情况\n本部门情况如下。"


def test_names_after_a_colon_are_held_to_their_count():
    """'设 5 个内设机构：办公室、…' (a colon, no 分别为) listed four names and passed."""
    found = run_check(_HEAD + "本部门设 5 个内设机构：办公室、财务科、人事科、业务科。", "TX08")
    assert [f.severity for f in found] == ["error"] and "5个内设机构" in found[0].message
    assert "随后列举" in found[0].message        # the colon is no marker word to quote
    ok = run_check_all(_HEAD + "本部门设 4 个内设机构：办公室、财务科、人事科、业务科。下设 2 个科室：综合科和业务科。", "TX08")
    assert ok and all(type(x).__name__ == "Settlement" for x in ok)


def test_an_announced_count_of_points_is_held_to_the_ordinals_after_it():
    """'以下三个方面原因：一是…；二是…。' announced three points and gave two."""
    found = run_check(_HEAD + "支出增加主要有以下三个方面原因：一是人员增加；二是项目增加。", "TX08")
    assert [f.severity for f in found] == ["error"] and "2 项" in found[0].message
    found = run_check(_HEAD + "主要做了以下两方面工作：一是加强管理；二是完善制度；三是强化监督。", "TX08")
    assert [f.severity for f in found] == ["error"] and "3 项" in found[0].message


def test_an_announced_list_may_go_on_over_paragraphs_and_nest():
    ok = [_HEAD + "下一步将从以下 3 个方面改进：\n一是加强预算管理；\n二是强化绩效监控；\n三是做好信息公开。",
          _HEAD + "主要做法有以下四点：一是统筹；二是协调。三是督导，其中一是督导甲，二是督导乙；四是考核。",
          _HEAD + "存在以下问题：一是预算编制不够精细；二是绩效目标不够明确。"]     # no count announced
    for text in ok:
        assert run_check(text, "TX08") == [], text
    found = run_check(_HEAD + "下一步将从以下 3 个方面改进：\n一是加强预算管理；\n二是强化绩效监控。\n本年度共召开会议 5 次。", "TX08")
    assert [f.severity for f in found] == ["error"]


def test_the_announced_count_is_a_count_not_the_change_before_it():
    """'比上年增加 20.00 万元，…，支出增加主要有以下三个方面原因：' read 3 个 as a change of 本年支出合计."""
    from finder.testing import analysis_from

    a = analysis_from({}, _HEAD + "本年支出合计 380.00 万元，比上年增加 20.00 万元，增长 5.56%，支出增加主要有以下三个方面原因："
                                   "一是人员增加；二是项目增加；三是物价上涨。")
    assert [(c.kind, str(c.value)) for c in a.claims] == [
        ("amount", "380.00"), ("change_abs", "20.00"), ("change_pct", "5.56"), ("count", "3")]


def test_an_announced_list_keeps_the_style_of_its_first_item():
    found = run_check(_HEAD + "本部门主要职责有以下 3 项：（一）负责甲；（二）负责乙；（三）负责丙；（四）负责丁。", "TX08")
    assert [f.severity for f in found] == ["error"] and "4 项" in found[0].message
    # '一是…' items, then a numbered heading of the next part: not one list
    assert run_check(_HEAD + "主要有以下两个方面：一是A增加；二是B增加。（三）其他情况说明如下。", "TX08") == []


def test_last_years_budget_in_a_budget_report_is_last_years(tmp_path):
    """'收支总预算 X，上年预算 B，增长 P%' read B as this year's budget: a false NT01 against the table's total
    (budget18, left). In a budget report a budget word right after 上年 is last year's (a rate of it stays)."""
    from pathlib import Path

    from finder.analysis import analyse
    from finder.checks import run
    from finder.testing import budget_analysis_from, planted

    a = budget_analysis_from({}, "一、收支预算总体情况\n2031年收支总预算 500.00 万元，上年预算 450.00 万元，增长 11.11%。"
                                 "上年预算执行率为 95.00%。")
    assert [(c.kind, c.period) for c in a.claims] == [
        ("amount", "预算"), ("amount", "上年"), ("change_pct", "上年"), ("completion", "预算")]
    src = Path(__file__).resolve().parent.parent / "corpora" / "synthetic" / "budget_filled.txt"
    old = "某某省样例事务管理局2031年收支总预算3236.34 万元，比2030年增加21.74 万元，增长0.68%。"
    for rate, loud in (("0.68", []), ("0.78", [("AR02", "error")])):
        out = tmp_path / "b.txt"
        planted(src, old, old.replace("比2030年增加21.74 万元", "上年预算3214.60 万元").replace("0.68", rate), out)
        found = [(f.check, f.severity) for f in run(analyse([str(out)])) if f.severity != "info"]
        assert found == loud


def test_the_departments_units_are_a_level_of_their_own():
    """'上年本部门所属单位支出合计 350' read 本部门 first and lost the level: a false NT02 against the
    department's own implied prior (fpaudit18b, left)."""
    head = "一、收入支出决算总体情况说明\n本部门情况如下。本年支出合计 380.00 万元，比上年增加 20.00 万元。"
    assert run_check(head + "上年本部门所属单位支出合计 350.00 万元。", "NT02") == []
    assert [f.severity for f in run_check(head + "上年本部门支出合计 350.00 万元。", "NT02")] == ["error"]


def test_big_kinds_count_every_amount_before_them():
    """'一平台 a，二平台 b，三平台 c；两大平台合计 T' summed the last two: which two the words do not say
    (fpaudit18b, left). '三大平台总计' after exactly three amounts is still their sum."""
    head = "一、项目概况\n本项目情况如下。部门线上交易额分别为"
    assert run_check(head + "一平台 1.00 亿元，二平台 1.50 亿元，三平台 1.00 亿元；两大平台合计 2.50 亿元。", "AR04") == []
    found = run_check(head + "天猫 20.98 亿元，抖音 15.09 亿元，快手 15.58 亿元，三大平台总计 52.65 亿元。", "AR04")
    assert [f.severity for f in found] == ["error"]


def test_a_sentence_opening_with_last_year_states_last_years_figures():
    """'上年“三公”经费…年初预算为 12.00 万元，支出决算为 11.00 万元' after this year's two figures: two false NT03
    errors (fpaudit18b, left: last year's budget has no period label). The sentence's opening 上年 dates every
    figure in it; '上年结转' (this year's opening balance) opens no such sentence."""
    head = "一、“三公”经费支出情况说明\n本部门情况如下。2024年度“三公”经费财政拨款支出年初预算为 10.00 万元，支出决算为 9.00 万元。"
    assert run_check(head + "上年“三公”经费财政拨款支出年初预算为 12.00 万元，支出决算为 11.00 万元。", "NT03") == []
    found = run_check("一、收入支出决算总体情况说明\n本部门情况如下。年初结转和结余 20.00 万元。上年结转 25.00 万元。", "NT03")
    assert len(found) == 1
