"""Gaps closed in session 13 (lead): readings found by probing other regions' wordings.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、其他收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}


def test_the_central_templates_grand_totals_and_their_change_across_sentences():
    """The central template prints '收入、支出决算总计 X 万元。与 Y 年度相比，收、支总计各增加 A 万元，增长 P%':
    the period word 决算 in the first name kept its list apart from the second's ('收、支总计'), so the
    change had no figure to be checked against ('无可核对的数据') and a wrong rate passed."""
    text = ("一、收入支出决算总体情况说明\n2031年度收入、支出决算总计530.00万元。与2030年度相比，"
            "收、支总计各增加30.00万元，增长{p}%。\n")
    a = analysis_from(_SUMMARY, text.format(p="6.00"), 2031)
    assert [c.status for c in a.claims] == ["verified"] * 3
    a = analysis_from(_SUMMARY, text.format(p="7.00"), 2031)
    [f] = [f for f in run_checks(a) if f.severity == "error"]
    assert f.check == "AR02" and "7.00%" in f.message
    # the budget's wording, period word in both names
    text = "2031年度收入、支出预算总计530.00万元。与上年相比，收、支预算总计各增加30.00万元，增长7.00%。\n"
    assert [f.check for f in run_checks(analysis_from({}, text, 2031)) if f.severity == "error"] == ["AR02"]


_THREE_PUBLIC = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "公开09表", "rows": [
    "项目\t行次\t年初预算数\t全年预算数\t决算数", "栏次\t\t1\t2\t3",
    "一、“三公”经费支出\t1\t8.00\t1.78\t1.78", "1.因公出国（境）费\t2\t0.00\t0.00\t0.00",
    "2.公务用车购置及运行维护费\t3\t0.00\t0.00\t0.00", "3.公务接待费\t6\t8.00\t1.78\t1.78",
    "（1）国内接待费\t7\t---\t---\t1.78", "（2）国（境）外接待费\t9\t---\t---\t0.00"]}}


def test_a_generic_spending_after_counts_of_receptions_is_their_fee():
    """The central template's '国内公务接待 N 批次，M 人次，共计支出 X 万元': the money had the bare
    subject 支出 and was held against the year's 本年支出合计 (a false NT01 warning)."""
    text = "（三）公务接待费\n国内公务接待3批次，20人次（不包括陪同人员），共计支出{x}万元。\n"
    a = analysis_from(_THREE_PUBLIC, text.format(x="1.78"), 2031)
    [money] = [c for c in a.claims if c.unit == "万元"]
    assert (money.subject, money.concept, money.status) == ("国内公务接待", "reception_fee", "verified")
    assert money.extra["ref_used"].row.label.endswith("国内接待费")
    assert not [f for f in run_checks(a) if f.severity != "info"]
    a = analysis_from(_THREE_PUBLIC, text.format(x="1.50"), 2031)
    assert [(f.check, f.severity) for f in run_checks(a)] == [("NT01", "error")]
    # the counts keep their own reading
    assert [c.concept for c in a.claims if c.kind == "count"] == ["reception", "reception"]


def test_a_share_of_a_whole_no_table_holds_is_of_its_statement_in_the_text():
    """'授予小微企业合同金额 a 万元，占授予中小企业合同金额的 P%': no standard table holds the contracts
    figures (no cells.yml entry), so the whole stated a clause before was never found ('未找到部分或
    整体的数额') and a wrong share passed."""
    text = ("十、政府采购支出情况说明\n授予中小企业合同金额80.00万元，其中：授予小微企业合同金额40.00万元，"
            "占授予中小企业合同金额的{p}%。\n")
    a = analysis_from({}, text.format(p="50.00"), 2031)
    assert [c.status for c in a.claims if c.kind == "share"] == ["verified"]
    a = analysis_from({}, text.format(p="60.00"), 2031)
    assert [(f.check, f.severity) for f in run_checks(a)] == [("AR01", "error")]


def test_a_funds_total_as_a_share_of_the_year_total_is_of_the_departments_total(tmp_path):
    """'一般公共预算财政拨款支出 849.17 万元，占本年支出合计的 74.83%' (the central template) printed in seed
    000's 财政拨款 section: the whole (no scope word) was taken in the section's scope, i.e. the
    财政拨款 spending itself (849.17), and a right share was a false AR01 error (100% computed)."""
    from pathlib import Path

    from finder.analysis import analyse

    seed = (Path(__file__).resolve().parent.parent / "corpora/seeds/000_601db7814e7d3dfd.txt").read_text("utf-8")
    lines = seed.split("\n")
    at = max(i for i, ln in enumerate(lines) if ln.startswith("三、财政拨款支出决算情况说明"))
    for share, status in (("74.83", "verified"), ("78.83", "contradicted")):
        text = "\n".join(lines[:at + 1] + ["", f"2024年度一般公共预算财政拨款支出849.17万元，占本年支出合计的{share}%。", ""]
                         + lines[at + 1:])
        path = tmp_path / f"seed_{share}.txt"
        path.write_text(text, encoding="utf-8")
        [c] = [c for c in analyse([str(path)]).claims if c.raw == f"{share}%"]
        assert c.status == status


def test_a_change_whose_sentence_names_the_figure_again_is_checked_on_it():
    """The central template: '…财政拨款支出 400.00 万元，占本年支出合计的 P%。与 2030 年度相比，一般公共预算
    财政拨款支出增加 40.00 万元，增长 R%': the change named its figure again in a new sentence, got a group
    of its own with no figure in it, and its rate was never checked ('无可核对的数据')."""
    text = ("四、一般公共预算财政拨款支出决算情况说明\n2031年度一般公共预算财政拨款支出400.00万元，占本年支出合计的"
            "95.24%。与2030年度相比，一般公共预算财政拨款支出增加40.00万元，增长{r}%。\n")
    a = analysis_from(_SUMMARY, text.format(r="11.11"), 2031)
    assert [c.status for c in a.claims if c.kind.startswith("change")] == ["verified", "verified"]
    a = analysis_from(_SUMMARY, text.format(r="12.11"), 2031)
    assert [f.check for f in run_checks(a) if f.severity == "error"] == ["AR02"]


def test_a_share_naming_no_whole_in_a_list_is_of_the_lists_head_not_the_default_whole():
    """A budget's '收入预算 530.00 万元，其中：上年结转 30.00 万元，占 5.66%；一般公共预算拨款收入 400.00 万元，
    占 75.47%；…': each share is of the list's head (530), though 一般公共预算拨款收入 is by default a part
    of 本年收入合计 (the table's 420): three false AR01 errors before."""
    text = ("一、收支预算总体情况\n本部门2031年收入预算530.00万元，其中：上年结转30.00万元，占5.66%；"
            "一般公共预算拨款收入400.00万元，占75.47%；事业收入100.00万元，占18.87%。\n")
    a = analysis_from(_SUMMARY, text, 2031)
    assert [c.status for c in a.claims if c.kind == "share"] == ["verified"] * 3
    assert not [f for f in run_checks(a) if f.severity == "error"]
    a = analysis_from(_SUMMARY, text.replace("75.47", "76.47"), 2031)
    [f] = [f for f in run_checks(a) if f.severity == "error"]
    assert f.check == "AR01" and "76.47" in f.message and "530.00" in f.message


def test_a_rate_named_only_by_its_rate_is_of_the_figures_before_it_in_its_sentence():
    """Project self-evaluation prose: '全年预算数 100.00 万元，执行数 95.00 万元，预算执行率为 96.00%' - the
    rate named a concept of its own (预算执行率), got a group without the two figures, and was never
    checked ('缺少决算数或预算数')."""
    text = "（二）项目支出绩效自评情况\n项目资金全年预算数100.00万元，执行数95.00万元，执行率为{r}%。\n"
    a = analysis_from({}, text.format(r="95.00"), 2031)
    assert [c.status for c in a.claims if c.kind == "completion"] == ["verified"]
    [f] = run_checks(analysis_from({}, text.format(r="96.00"), 2031))
    assert f.check == "AR03" and f.severity == "error" and "项目资金" in f.message


def test_a_year_one_earlier_than_the_text_means_is_a_stale_text():
    """Text carried over from last year's report: in the 2024 决算, '与 2022 年度相比，…增加' (the year
    before is 2023) and '2023 年度本年收入合计 X' (本年 is 2024) passed unnoticed (TX02 read neither)."""
    head = "某某局2024年度部门决算\n一、收入支出决算总体情况说明\n"

    def tx02(text):
        return [f.message for f in run_checks(analysis_from({}, head + text + "\n", 2024)) if f.check == "TX02"]

    assert tx02("2024年度收入、支出决算总计530.00万元。与2023年度相比，收、支总计各增加30.00万元，增长6.00%。") == []
    [m] = tx02("2024年度收入、支出决算总计530.00万元。与2022年度相比，收、支总计各增加30.00万元，增长6.00%。")
    assert "与2022年度" in m and "2023" in m
    assert tx02("2024年度本年收入合计500.00万元，比上年增加10.00万元。") == []
    [m] = tx02("2023年度本年收入合计500.00万元，比上年增加10.00万元。")
    assert "本年收入合计" in m and "2023" in m


def test_a_minus_before_a_changes_figure_turns_its_way():
    """'比上年增加 -20.00 万元，增长 -4.55%' is a fall of 20.00 (4.55%): the sign was dropped and the
    rate recomputed as a rise (a false AR02 error)."""
    text = "一、收入支出决算总体情况说明\n2031年度本年收入合计500.00万元，比上年增加-20.00万元，增长-{p}%。\n"
    a = analysis_from(_SUMMARY, text.format(p="3.85"), 2031)
    assert [(c.direction, c.status) for c in a.claims if c.kind.startswith("change")] == [
        ("减少", "verified"), ("下降", "verified")]
    assert not [f for f in run_checks(a) if f.severity == "error"]
    assert [f.check for f in run_checks(analysis_from(_SUMMARY, text.format(p="4.85"), 2031))
            if f.severity == "error"] == ["AR02"]


def test_a_signed_change_named_by_增减_takes_its_way_from_the_sign():
    """'比上年增减变化 -20.00 万元，增减率 -3.85%': 增减 names no way; the sign does. The pair was read as a
    prior-year amount and a ratio, and a wrong rate passed."""
    text = "一、收入支出决算总体情况说明\n2031年度本年收入合计500.00万元，比上年增减变化-20.00万元，增减率-{p}%。\n"
    a = analysis_from(_SUMMARY, text.format(p="3.85"), 2031)
    assert [(c.kind, c.status) for c in a.claims][1:] == [("change_abs", "verified"), ("change_pct", "verified")]
    assert [f.check for f in run_checks(analysis_from(_SUMMARY, text.format(p="4.85"), 2031))
            if f.severity == "error"] == ["AR02"]
