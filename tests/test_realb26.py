"""Real budgets and self-evaluations from regions not judged before (session 26): false alarms and misses.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import CheckOptions, _import_all, registry
from finder.model import Finding
from finder.testing import analysis_from, budget_analysis_from, run_check as _run


# ---- a scoring standard's points-off rule is no deduction (AR06)

_RULE_ROW = ("四、年度绩效指标完成情况\n"
             "产出目标 数量目标 组织应急演练场次 12场 12场 本指标满分8分,组织应急演练达12场得8分,"
             "少组织一场扣2分,扣完为止。 8 8 已完成\n")


def test_a_per_unit_points_off_rule_is_no_deduction():
    assert _run(_RULE_ROW, "AR06") == []
    a = analysis_from({}, _RULE_ROW)
    assert not [c for c in a.claims if c.kind == "deduction"]
    assert any(n.reason == "rule" and n.paragraph.text[n.start - 1:n.end + 1] == "扣2分" for n in a.non_claims)


def test_a_rule_per_percent_over_is_no_deduction_either():
    text = ("四、年度绩效指标完成情况\n"
            "时效指标 按时完成率 100% 100% 本指标满分10分,每超1%扣0.5分。 10 10\n")
    a = analysis_from({}, text)
    assert not [c for c in a.claims if c.kind == "deduction"]


def test_points_taken_off_after_a_clause_break_stay_a_deduction():
    # '少 2 场，扣 3 分' states what happened: the deduction is held to weight − score
    text = ("二、绩效自评情况\n"
            "应急演练指标满分10分,实际少2场,扣3分,得分8分。\n")
    found = _run(text, "AR06")
    assert len(found) == 1 and "扣 3 分" in found[0].message


# ---- a masked name or number is no template placeholder (TX01)

def test_a_masked_uploader_name_is_no_placeholder():
    text = "项目支出绩效自评表\n上传人:k****7 文档编号:40917 上传时间:2029-03-02\n联系电话139****2468\n"
    assert _run(text, "TX01") == []


def test_a_run_of_stars_before_a_unit_is_still_a_placeholder():
    text = "二、收入预算\n本年收入预算***万元,比上年增长**%。\n"
    found = _run(text, "TX01")
    assert len(found) == 1 and "“***”" in found[0].message and "“**”" in found[0].message


# ---- a part on the numbered lines after '其中：' larger than its whole (AR04)

def _income(first: str) -> str:
    return ("一、2031年部门收支预算总体情况\n"
            "(一)2031年部门收入预算总体情况\n"
            "2031年收入总预算300.00万元,同比减少5.00万元,同比下降1.64%。其中:\n"
            f"1、一般公共预算拨款{first}万元,同比减少6.00万元。\n"
            "2、上年结余收入4.00万元,同比增加1.00万元。\n"
            "3、纳入财政专户管理的收入安排的资金0万元,与上年持平。\n")


def _budget_ar04(text: str) -> list[Finding]:
    _import_all()
    return [f for f in registry.get("AR04").run(budget_analysis_from({}, text), CheckOptions())
            if isinstance(f, Finding) and "一项大于总数" in f.message]


def test_a_part_on_the_lines_after_its_whole_may_not_exceed_it():
    found = _budget_ar04(_income("310.00"))
    assert len(found) == 1
    f = found[0]
    assert "310.00" in f.message and "300.00" in f.message and f.severity == "warning"
    assert "310.00" in f.evidence[1].text and "300.00" in f.evidence[0].text


def test_parts_on_the_lines_after_within_their_whole_say_nothing():
    assert _budget_ar04(_income("296.00")) == []


def test_lines_after_a_whole_not_opening_a_list_are_no_parts():
    text = _income("310.00").replace("其中:\n", "\n")
    assert _budget_ar04(text) == []


# ---- a page naming its year only with 预算 is a budget (report type), and its 三公 parts add up (AR04)

_THREE_PUBLIC_BUDGET = ("某某厅2031年“三公”经费预算情况说明\n"
                        "某某厅2031年一般公共预算“三公”经费预算数为50.00万元,其中:\n\n"
                        "因公出国(境)经费5万元,较上年预算下降50.00%。公务用车购置及运行费{car}万元(其中,公务用车购置费0万元,"
                        "公务用车运行费{car}万元),较上年预算增长10.00%。公务接待费6.00万元,较上年预算增长20.00%。\n")


def test_a_page_naming_only_a_years_budget_is_a_budget():
    from finder.ingest.meta import guess_type
    assert guess_type(_THREE_PUBLIC_BUDGET) == "budget"
    # 预算 after a fund's name names no budget year: a final's page saying nothing else stays final
    assert guess_type("2030年一般公共预算财政拨款支出18.00万元,比上年减少2.00万元。") == "final"
    # nor does a government's budget ('省级财政预算', '省级公共预算') make a summary of actuals a budget
    assert guess_type("从2028年到2031年省级财政预算来看,2031年省级公共预算安排“三公”经费为2.10亿元。") == "final"


def test_a_budgets_three_public_parts_on_the_next_paragraph_add_up(tmp_path):
    from finder.testing import file_analysis
    _import_all()
    bad = file_analysis(tmp_path, _THREE_PUBLIC_BUDGET.format(car="40.00"))
    assert bad.report.type == "budget"
    found = [f for f in registry.get("AR04").run(bad, CheckOptions()) if isinstance(f, Finding)]
    assert len(found) == 1 and found[0].severity == "error" and "50.00" in found[0].message
    good = file_analysis(tmp_path, _THREE_PUBLIC_BUDGET.format(car="39.00"), name="good.txt")
    assert [f for f in registry.get("AR04").run(good, CheckOptions()) if isinstance(f, Finding)] == []
    assert next(c for c in good.claims if c.raw_number == "50.00").status == "verified"


def test_parts_on_the_lines_after_adding_to_more_than_their_whole():
    text = _income("298.00")        # 298.00 + 4.00 + 0 = 302.00 > 300.00, no item above it alone
    _import_all()
    found = [f for f in registry.get("AR04").run(budget_analysis_from({}, text), CheckOptions())
             if isinstance(f, Finding)]
    # last year too: 298.00 + 6.00 + (4.00 − 1.00) + 0 = 307.00 > 300.00 + 5.00 (prior_lists, its own finding)
    levels = [f for f in found if "上年数之和" not in f.message]
    assert len(levels) == 1 and levels[0].severity == "warning" and "298.00 + 上年结余收入 4.00" in levels[0].message
    assert len(found) == 2
    assert _budget_ar04(text) == []         # reported as a sum, not as one item above the whole
