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
    assert "[33.3331, 33.3336]% → 33.33%（文中 33.34%）" in found[0].computation


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


_FORM = """{title}

(2031 年度)

{name}\t\t甲乙工作经费\t\t\t\t\t\t
主管部门\t\t某某局\t\t\t实施单位\t\t某某局办公室\t
项目资金 (万元)\t\t年初预算数\t全年预算数 A\t全年执行数 B\t分值\t执行率\t得分\t
\t年度资金总额\t50\t50\t50\t10\t100\t10\t
\t政府预算资金\t50\t50\t50\t—\t100\t—\t
年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t\t
\t完成年度各项工作任务。\t\t\t{actual}\t\t\t\t
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标\t数量指标\t举办培训班次数\t≥3 次\t3\t45\t45\t
\t效益指标\t社会效益指标\t培训覆盖率\t≥90%\t95%\t{score}\t{score}\t
总分\t\t\t\t\t\t100\t100\t
"""


def _with_forms(tmp_path, *forms: str):
    from finder import analysis

    path = tmp_path / "report.txt"
    path.write_text("某某局2031年度部门决算\n\n五、预算绩效情况说明\n本部门组织对1个项目开展绩效自评，共涉及资金50万元。\n\n"
                    + "\n".join(forms), encoding="utf-8")
    return analysis.analyse([str(path)])


def test_a_department_self_evaluation_form_is_no_evaluated_project(tmp_path):
    """'部门整体支出绩效自评表' has the project form's layout. It had no title of ours, so it was read as a
    second project: '对 1 个项目开展绩效自评' then drew a false EV13 error (1 project, 2 project tables).
    It is the department's own form: its indicators are still checked (EV01), its blank achievement too
    (EV14, naming the department), but it is no evaluated project."""
    project = _FORM.format(title="项目支出绩效自评表", name="项目名称", actual="已完成", score=45)
    dept = _FORM.format(title="部门整体支出绩效自评表", name="部门（单位）名称", actual="无", score=45)
    found = [(f.check, f.severity, f.message) for f in run_checks(_with_forms(tmp_path, project, dept))]
    assert [(c, s) for c, s, _ in found] == [("EV14", "warning")] and found[0][2].startswith("部门“甲乙工作经费”")
    # the department form's scores are still added up
    dept = _FORM.format(title="部门整体支出绩效自评表", name="部门（单位）名称", actual="已完成", score=40)
    assert "EV01" in {f.check for f in run_checks(_with_forms(tmp_path, project, dept))}
    # two project forms are two projects
    assert "EV13" in {f.check for f in run_checks(_with_forms(tmp_path, project, project))}


def _ev16(sentence: str) -> list:
    from finder.testing import run_check
    return run_check(f"五、绩效自评情况\n{sentence}\n", "EV16", 2031)


def test_a_rating_outside_its_scores_band():
    """The national bands (优 90 and up, 良 80-90, 中 60-80, 差 under 60; lexicons/appendix.yml): a rating
    outside its total score's band is a warning (a region may set other bands)."""
    [f] = _ev16("部门整体支出绩效自评得分为 86.5 分，评价等级为“优”。")
    assert f.severity == "warning" and "应为“良”" in f.message
    [f] = _ev16("经评价，该项目评定为优秀，得分 79 分。")        # the rating before its score
    assert "应为“中”" in f.message
    [f] = _ev16("项目自评综合得分 90 分，评价等级：良。")         # 90 (含) is 优
    assert "应为“优”" in f.message


def test_a_rating_in_its_scores_band_or_of_no_total_score_passes():
    assert not _ev16("部门整体支出绩效自评得分为 86.5 分，评价等级为“良”。")
    assert not _ev16("项目自评综合得分 59.5 分，评价结果为“差”。")
    # an indicator's own score is no total; a prize named 优秀 is no rating
    assert not _ev16("该项目评为优秀，其中产出指标得分 38 分。")
    assert not _ev16("被评为“优秀”单位，综合得分 70 分。")


def test_a_figure_after_last_years_outturn_is_last_years():
    """'比上年决算 100.00 万元多 160.00 万元': 上年决算 was no period word (only 上年决算数), so the 100.00 took the
    nearer 决算 and was held against this year's cell (a false NT01 error). It is last year's figure, the base
    of the change: 250.00 − 100.00 is 150.00, so the 160.00 is the error."""
    text = "一、收入支出决算总体情况说明\n本年收入合计250.00万元，比上年决算100.00万元多{a}万元。\n"
    summary = _summary(("一、教育支出", "250.00"))
    a = analysis_from(summary, text.format(a="150.00"), 2031)
    assert [(c.kind, c.period, c.status) for c in a.claims][1:] == [("amount", "上年", "verified"),
                                                                   ("change_abs", "上年", "verified")]
    assert a.claims[1].reason == "与本年数 250.00 及所述变动一致"     # the base the change agrees with
    assert not run_checks(a)
    found = run_checks(analysis_from(summary, text.format(a="160.00"), 2031))
    assert [(f.check, f.severity) for f in found] == [("AR02", "error")] and "250.00 − 100.00" in found[0].message
    # the change disagrees with its base: which one is wrong is unknown, so the base is not verified
    a = analysis_from(summary, text.format(a="160.00"), 2031)
    assert a.claims[1].status == "unverifiable"


def test_a_change_printed_in_another_unit_than_its_figure_names_both_units():
    """'本年收入合计 1.2 亿元，比上年增加 1500 万元，增长 15.29%': the recomputation printed '按 1.2 减 1500', which
    reads as nonsense; figures printed in two units are shown with their units."""
    summary = _summary(("一、教育支出", "12000.00"))
    text = "一、收入支出决算总体情况说明\n本年收入合计1.2亿元，比上年增加1500万元，增长15.29%。\n"
    [f] = run_checks(analysis_from(summary, text, 2031))
    assert "按 1.2亿元 减 1500万元 重算" in f.message and "基数 = 1.2亿元 − 1500万元" in f.computation


def test_a_share_of_a_part_printed_in_yuan_names_both_units():
    """'教育支出 4000000 元，占本年支出合计的 50%' against a table in 万元: AR01 printed '按 4000000 ÷ 1000.00'."""
    summary = _summary(("一、教育支出", "1000.00"))
    text = "三、支出决算情况说明\n教育支出 4000000 元，占本年支出合计的 50%。\n"
    [f] = [f for f in run_checks(analysis_from(summary, text, 2031)) if f.check == "AR01"]
    assert "按 4000000元 ÷ 1000.00万元 重算" in f.message


def test_a_change_in_whole_things_is_exact():
    """'年末实有人员 48 人，比上年增加 2 人，增长 5.35%': a count is exact, and its change was read as
    [1.5, 2.5] (a rounded amount), so the rate ranged over [3.2%, 5.5%] and the wrong 5.35% was verified.
    2 persons are two: 2 ÷ 46 is 4.35%."""
    text = "一、部门基本情况\n年末实有人员48人，比上年增加2人，增长{p}%。\n"
    a = analysis_from({}, text.format(p="5.35"), 2031)
    assert [c.status for c in a.claims][1:] == ["contradicted", "contradicted"]
    assert [(f.check, f.severity) for f in run_checks(a)] == [("AR02", "error")]
    assert [c.status for c in analysis_from({}, text.format(p="4.35"), 2031).claims][1:] == ["verified", "verified"]


def test_a_web_pages_furniture_numbers_are_no_claims():
    """A report saved from a government portal keeps its page furniture: '浏览次数：1234', 'ICP备05004356号',
    '公网安备 36020202000123号', '网站标识码3602000001' were left unclassified in the ledger (neither claim nor
    non-claim). They are registration numbers and view counts (cells.yml site_labels)."""
    from finder.claims.patterns import non_claim_spans

    text = "发布时间：2031-09-24 浏览次数：1234 主办单位：某市财政局 某ICP备05004356号 某公网安备 36020202000123号 网站标识码3602000001"
    spans = {text[a:b] for a, b, why in non_claim_spans(text) if why == "site"}
    assert spans == {"浏览次数：1234", "ICP备05004356", "公网安备 36020202000123", "网站标识码3602000001"}
    # a count of visits the report states as its own figure stays a claim
    assert not [s for s in non_claim_spans("全年接待来访群众 1234 人次。") if s[2] == "site"]


def test_a_single_listed_count_larger_than_its_whole():
    """'国内公务接待 38 批次、412 人次，其中：外事接待 50 批次、24 人次': a 其中 list of one part per unit; the
    part counted more batches than the whole (tx14's note). AR04 held only amounts to a lone part, and the
    whole's twin in 人次 ended its list before it began."""
    text = "（三）公务接待费\n全年国内公务接待38批次、412人次，其中：外事接待{n}批次、24人次。\n"
    found = [(f.check, f.severity) for f in run_checks(analysis_from({}, text.format(n=50), 2031))]
    assert found == [("AR04", "warning")]
    assert not run_checks(analysis_from({}, text.format(n=3), 2031))
    one = "一、部门基本情况\n本部门编制数50人，其中：行政编制60人。\n"
    assert [(f.check, f.severity) for f in run_checks(analysis_from({}, one, 2031))] == [("AR04", "warning")]


def test_a_figure_of_a_concept_no_table_prints_says_so():
    """'国内公务接待支出 4.75 万元（含外宾接待支出 1.20 万元）': the 1.20 read '含外宾接待支出' and '未识别所述指标'.
    外宾接待费 is a part of the 公务接待费 that no standard table prints: the ledger says that."""
    a = analysis_from({}, "（三）公务接待费\n国内公务接待支出4.75万元（含外宾接待支出1.20万元）。\n", 2031)
    part = a.claims[-1]
    assert (part.concept, part.subject) == ("foreign_reception_fee", "外宾接待支出")
    summary = _summary(("一、教育支出", "100.00"))
    a = analysis_from(summary, "（三）公务接待费\n国内公务接待支出4.75万元（含外宾接待支出1.20万元）。\n", 2031)
    assert a.claims[-1].reason == "标准表格无“外宾接待费”一项"


def test_a_change_in_a_sentence_of_its_own_agreeing_with_the_figure_before_is_verified():
    """The national template states the “三公” total in one paragraph and its change in the next ('2024年度“三公”
    经费财政拨款支出决算数比2023年度增加28.82 万元，增长88.19%'): AR02 recomputes the rate on the figure stated
    before (a warning at most when it disagrees), but the ledger kept both '无可核对的数据'."""
    from finder import analysis

    a = analysis.analyse(["corpora/synthetic/national_filled.txt"])
    rate = next(c for c in a.claims if c.kind == "change_pct" and c.raw_number == "88.19")
    assert (rate.status, rate.reason) == ("verified", "与前文所述“三公”经费财政拨款支出 61.50 重算一致")
