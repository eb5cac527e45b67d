"""Exact claims of sentences copied from the corpus (seeds 000 / 003 and the Putuo finance PDF)."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from finder.claims import zh
from finder.claims.extract import extract_report
from finder.model import Paragraph, Report

ROOT = Path(__file__).resolve().parent.parent
SEED0 = ROOT / "corpora/seeds/000_601db7814e7d3dfd.txt"
SEED3 = ROOT / "corpora/seeds/003_6d07ecb03f4a5f80.txt"


@pytest.fixture(scope="module")
def corpus() -> dict[str, str]:
    """Each seed with line breaks and spaces removed, to prove the sentences are verbatim."""
    return {p.name[:3]: re.sub(r"\s+", "", p.read_text(encoding="utf-8")) for p in (SEED0, SEED3)}


def run(*texts: str, year: int = 2024, role: str = "narrative"):
    paras = [Paragraph(t, i, anchors=[(0, i + 1, 0)], role=role) for i, t in enumerate(texts)]
    return extract_report(Report("<t>", "text", "", year=year, paragraphs=paras))


def rows(claims):
    return [(c.kind, c.raw_number, c.unit, c.concept, c.period, c.direction) for c in claims]


def assert_in(corpus, seed, *texts):
    for t in texts:
        assert re.sub(r"\s+", "", t) in corpus[seed], t


# ------------------------------------------------------------------------ seed 000
def test_income_total_change(corpus):
    t = "本年收入合计 1089.69 万元，比上年减少 1006.01 万元，下降 48.00%，主要原因：2023 年市陶瓷国际文化交流中心纳入我部门决算核算。"
    assert_in(corpus, "000", t)
    c, n, u = run(t)
    assert rows(c) == [("amount", "1089.69", "万元", "income_total", "本年", None),
                       ("change_abs", "1006.01", "万元", "income_total", "上年", "减少"),
                       ("change_pct", "48.00", "%", "income_total", "上年", "下降")]
    assert len({x.extra["group"] for x in c}) == 1
    assert [(x.raw, x.reason) for x in n] == [("2023", "year")] and not u
    assert c[0].subject == "本年收入合计" and c[0].interval.lo == Decimal("1089.685")


def test_income_grand_total_parts(corpus):
    t = ("本部门 2024 年度收入总计 1134.84 万元，其中年初结转和结余 45.15 万元，比上年减少 0.87 万元，下降 1.88%；"
         "使用非财政拨款结余(含专用结余) 0.00 万元，与上年持平；本年收入合计 1089.69 万元，比上年减少 1006.01 万元，下降 48.00%")
    assert_in(corpus, "000", t)
    c, n, _ = run(t)
    assert [(x.kind, x.concept, x.whole) for x in c if x.kind == "amount"] == [
        ("amount", "income_grand_total", None), ("amount", "carryover_begin", "income_grand_total"),
        ("amount", "nonfiscal_balance_used", "income_grand_total"), ("amount", "income_total", "income_grand_total")]
    assert c[4].extra.get("stated_direction") == "持平"
    assert [x.reason for x in n] == ["year"]


def test_income_enumeration_shares(corpus):
    t = ("本年收入的具体构成：财政拨款收入 849.17 万元，占 77.93%；事业收入 0.00 万元，占 0.00%；经营收入 0.00 万元，占 0.00%；"
         "上级补助收入 0.00 万元，占 0.00%；附属单位上缴收入 0.00 万元，占 0.00%；其他收入 240.53 万元，占 22.07%。")
    assert_in(corpus, "000", t)
    c, _, _ = run(t)
    shares = [(x.concept, x.raw_number, x.whole) for x in c if x.kind == "share"]
    assert shares[0] == ("fiscal_income", "77.93", "income_total")
    assert shares[-1] == ("other_income", "22.07", "income_total")
    assert len(shares) == 6 and len(c) == 12
    assert c[0].extra["group"] == c[1].extra["group"] != c[2].extra["group"]


def test_expense_carryover_end(corpus):
    t = "年末结转和结余 0.00 万元，比上年减少 53.43 万元，下降 10.07%"
    assert_in(corpus, "000", t)
    c, _, _ = run(t)
    assert rows(c) == [("amount", "0.00", "万元", "carryover_end", "本年", None),
                       ("change_abs", "53.43", "万元", "carryover_end", "上年", "减少"),
                       ("change_pct", "10.07", "%", "carryover_end", "上年", "下降")]


def test_completion_of_budget(corpus):
    t = "（一）一般公共服务支出（类）年初预算数 542.12 万元，决算数 549.27 万元，完成年初预算的 101.32%。预决算差异主要原因：年中财政追加增人增资款。"
    assert_in(corpus, "000", t)
    c, _, _ = run(t)
    assert rows(c) == [("amount", "542.12", "万元", "func_201", "年初预算", None),
                       ("amount", "549.27", "万元", "func_201", "决算", None),
                       ("completion", "101.32", "%", "func_201", "年初预算", None)]


def test_items_after_qizhong_paragraph(corpus):
    head = "本部门 2024 年度一般公共预算财政拨款基本支出 719.17 万元，其中："
    item = "（一）工资福利支出 652.55 万元，比上年减少 163.74 万元，下降 20.06%，主要原因：下属单位特种陶瓷研究所新增 3 人退休人员。"
    assert_in(corpus, "000", head, item)
    c, _, _ = run(head, item)
    assert rows(c)[:4] == [("amount", "719.17", "万元", "gpb_basic_expense", "本年", None),
                           ("amount", "652.55", "万元", "econ_301", "本年", None),
                           ("change_abs", "163.74", "万元", "econ_301", "上年", "减少"),
                           ("change_pct", "20.06", "%", "econ_301", "上年", "下降")]
    assert c[1].whole == "gpb_basic_expense"
    assert c[4].kind == "count" and c[4].extra.get("in_reason") and c[4].concept != "econ_301"


def test_three_public_budget_and_change(corpus):
    t = "本部门 2024 年度财政拨款“三公”经费支出全年预算数 1.78 万元，决算数 1.78 万元，完成全年预算的 100.00%；决算数比上年增加 0.16 万元，增长 9.85%，其中："
    assert_in(corpus, "000", t)
    c, _, _ = run(t)
    assert rows(c) == [("amount", "1.78", "万元", "three_public", "全年预算", None),
                       ("amount", "1.78", "万元", "three_public", "决算", None),
                       ("completion", "100.00", "%", "three_public", "全年预算", None),
                       ("change_abs", "0.16", "万元", "three_public", "上年", "增加"),
                       ("change_pct", "9.85", "%", "three_public", "上年", "增长")]


def test_reception_counts_000(corpus):
    t = "全年国内公务接待 15 批，累计接待 137 人次，主要是：其他地市产瓷区来访交流调研及和展会接待用餐。"
    assert_in(corpus, "000", t)
    c, _, _ = run(t)
    assert rows(c) == [("count", "15", "批", "reception", "本年", None), ("count", "137", "人次", "reception", "本年", None)]


def test_procurement_shares_with_named_whole(corpus):
    t = ("授予中小企业合同金额 0.00 万元，占政府采购支出总额的 0.00%，其中：授予小微企业合同金额 0.00 万元，占授予中小企业合同金额的 0.00%。"
         "货物采购授予中小企业合同金额占货物支出金额的 0%")
    assert_in(corpus, "000", t)
    c, _, _ = run(t)
    assert [(x.kind, x.concept, x.whole) for x in c] == [
        ("amount", "sme_contracts", None), ("share", "sme_contracts", "procurement"),
        ("amount", "small_micro_contracts", "sme_contracts"), ("share", "small_micro_contracts", "sme_contracts"),
        ("share", "sme_goods", "procurement_goods")]


def test_vehicles_dates_thresholds(corpus):
    t1 = "截止 2024 年 12 月 31 日，本部门共有车辆 0 辆（台），其中：副部（省）级及以上领导用车 0 辆、主要负责人用车 0 辆"
    t2 = "本部门单价 100 万元（含）以上设备（不含车辆）0 台（套）。"
    assert_in(corpus, "000", t1, t2)
    c, n, u = run(t1 + "。" + t2)
    assert [(x.concept, x.raw_number, x.unit) for x in c] == [
        ("vehicles", "0", "辆"), ("vehicles_leader", "0", "辆"), ("vehicles_head", "0", "辆"),
        ("equipment_over_threshold", "0", "台")]
    assert c[1].whole == "vehicles"
    assert sorted(x.reason for x in n) == ["date", "date", "date", "threshold"] and not u


def test_appendix_section_counts(corpus):
    t = "(3) 部门产出完成情况。部门产出指标由4个二级指标和10个三级指标构成，权重分值40分，实际得39.5分，综合得分率为98.75%。"
    assert_in(corpus, "000", t)
    c, n, _ = run(t, role="appendix")
    assert [(x.kind, x.raw_number, x.concept, x.subject) for x in c] == [
        ("count", "4", "indicators_l2", "产出"), ("count", "10", "indicators_l3", "产出"),
        ("weight", "40", "section_weight", "产出"), ("score", "39.5", "section_score", "产出"),
        ("ratio", "98.75", "score_rate", "产出")]
    assert all(x.extra["section"] == "产出" for x in c)
    assert [(x.raw, x.reason) for x in n] == [("3", "list_number")]


def test_indicator_score_subject(corpus):
    t = ("1、工作建设简报部省支持模块收集数量。部门发动全市各有关单位按照相关要求，结合国家试验区建设实际，形成《景德镇国家陶瓷文化传承创新试验区建设 2024 年工作要点》。"
         "认真编写试验区工作建设简报，各模块信息共收集 462 条，已收集部省支持模块 47 篇，工作要闻 200 篇，同比增长 42%，达到了既定目标值。根据既定评分标准，该项得分 2 分。")
    assert_in(corpus, "000", t)
    c, n, _ = run(t, role="appendix")
    assert [(x.kind, x.raw_number, x.unit) for x in c] == [
        ("count", "462", "条"), ("count", "47", "篇"), ("count", "200", "篇"), ("change_pct", "42", "%"), ("score", "2", "分")]
    assert c[-1].subject == "工作建设简报部省支持模块收集数量" and c[-1].concept == "indicator_score"
    assert c[3].direction == "增长" and c[3].period == "上年"
    assert sorted(x.reason for x in n) == ["list_number", "year"]


def test_completion_and_yi_yuan(corpus):
    t = "其中：陶瓷文化保护传承创新基地项目30个，计划总投资752亿元，年度计划投资119.67亿元，已完成101.22亿元，完成年度计划84.59%，达到了既定目标值。"
    assert_in(corpus, "000", t)
    c, _, _ = run(t, role="appendix")
    assert [(x.kind, x.raw_number, x.unit) for x in c] == [
        ("count", "30", "个"), ("amount", "752", "万元"), ("amount", "119.67", "万元"), ("amount", "101.22", "万元"),
        ("completion", "84.59", "%")]
    assert c[2].scale == 10000 and c[2].value == Decimal("1196700") and c[2].period == "年度计划"
    assert [x.concept for x in c] == ["projects", "investment_total", "investment_planned", "investment_done", "investment_done"]
    assert c[2].interval.lo == Decimal("1196650") and c[4].period == "年度计划"


def test_yuan_is_normalised(corpus):
    t = "1、发放雨露计划资金额。部门对建档立卡脱贫户学生进行教育扶贫政策详解和宣传，发放“雨露计划”补助3人，共计4500元。效果显著。根据既定评分标准，该项得分4分。"
    assert_in(corpus, "000", t)
    c, _, _ = run(t, role="appendix")
    assert [(x.kind, x.raw_number, x.unit, str(x.value)) for x in c] == [
        ("count", "3", "人", "3"), ("amount", "4500", "万元", "0.4500"), ("score", "4", "分", "4")]
    assert c[2].subject == "发放雨露计划资金额"


def test_satisfaction_ratio_and_score(corpus):
    t = "市民满意度：单位通过积极履行职责，得到了公众的广泛认可和信任。市民对单位的工作效率和服务质量普遍表示满意，市民对单位的工作和服务满意度达 91.75%，达到绩效目标值。根据既定评分标准，该项得分 5 分。"
    assert_in(corpus, "000", t)
    c, _, _ = run(t, role="appendix")
    assert [(x.kind, x.raw_number, x.concept) for x in c] == [("ratio", "91.75", "satisfaction"), ("score", "5", "indicator_score")]
    assert c[1].subject == "市民满意度"


def test_execution_rate_is_completion(corpus):
    t = "(2) 部门管理完成情况：资金管理方面：支出预算执行率为100%，资金使用合规"
    assert_in(corpus, "000", t)
    c, _, _ = run(t, role="appendix")
    assert [(x.kind, x.raw_number, x.concept, x.period) for x in c] == [("completion", "100", "budget_execution_rate", "预算")]


def test_doc_numbers_and_years(corpus):
    t = "为深入贯彻落实《中共景德镇市委景德镇市人民政府关于全面实施预算绩效管理的实施意见》（景党发〔2019〕18号）的文件精神，提升市直部门预算绩效管理工作水平，提高财政资金使用效益，切实推动我市预算绩效管理工作提质增效，根据《景德镇市财政局关于开展2024年度预算绩效管理工作的通知》（景财办字〔2025〕1号）的要求"
    assert_in(corpus, "000", t)
    c, n, u = run(t)
    assert not c and not u
    assert [(x.raw, x.reason) for x in n] == [("2019", "doc_number"), ("18", "doc_number"), ("2024", "year"),
                                              ("2025", "doc_number"), ("1", "doc_number")]


def test_staff_counts(corpus):
    t = "本部门年末编制内实有人员 48 人，其他人员 0 人。离退休人员 54 人"
    assert_in(corpus, "000", t)
    c, _, _ = run(t)
    assert [(x.kind, x.raw_number, x.concept) for x in c] == [("count", "48", "staff"), ("count", "0", "other_staff"),
                                                               ("count", "54", "retirees")]
    assert c[1].subject == "其他人员"


def test_perf_projects_share_of_project_expense(corpus):
    t = "根据预算绩效管理要求，我部门组织对纳入2024年度部门预算范围的二级项目 1 个全面开展绩效自评，共涉及资金 130 万元，占项目支出总额的100 %。"
    assert_in(corpus, "000", t)
    c, _, _ = run(t)
    assert [(x.kind, x.raw_number, x.concept, x.whole) for x in c] == [
        ("count", "1", "perf_projects", None), ("amount", "130", "perf_funds", None), ("share", "100", "perf_funds", "project_expense")]


# ------------------------------------------------------------------------ seed 003
def test_reception_counts_003(corpus):
    t = "全年国内公务接待 76 批，累计接待 884 人次，其中外事接待 0 批，累计接待 0 人次，主要为：无。"
    assert_in(corpus, "003", t)
    c, _, _ = run(t, year=2021)
    assert rows(c) == [("count", "76", "批", "reception", "本年", None), ("count", "884", "人次", "reception", "本年", None),
                       ("count", "0", "批", "foreign_reception", "本年", None),
                       ("count", "0", "人次", "foreign_reception", "本年", None)]


def test_named_base_year(corpus):
    t = "本年收入合计 1579.09 万元，较 2020 年减少 1781.73 万元，下降 53.01%，主要原因是：本部门 2020 年有 5 个下属事业单位，本年机关改革其中4 个事业单位全部从我部门剥离。"
    assert_in(corpus, "003", t)
    c, n, _ = run(t, year=2021)
    assert rows(c)[:3] == [("amount", "1579.09", "万元", "income_total", "本年", None),
                           ("change_abs", "1781.73", "万元", "income_total", "上年", "减少"),
                           ("change_pct", "53.01", "%", "income_total", "上年", "下降")]
    assert c[1].extra["base_text"] == "较 2020 年"
    assert all(x.extra.get("in_reason") for x in c[3:]) and len(c) == 5
    assert [x.reason for x in n] == ["year", "year"]


def test_base_is_budget(corpus):
    t = "本部门 2021 年度机关运行经费支出 24.58 万元 (与部门决算中行政部门和参照公务员法管理部门单位一般公共预算财政拨款基本支出中公用经费之和一致) ，较年初预算数减少 52.11 万元，下降 67.94%，主要原因是：压缩一般性支出，厉行节约。"
    assert_in(corpus, "003", t)
    c, _, _ = run(t, year=2021)
    assert rows(c) == [("amount", "24.58", "万元", "admin_operating_cost", "本年", None),
                       ("change_abs", "52.11", "万元", "admin_operating_cost", "年初预算", "减少"),
                       ("change_pct", "67.94", "%", "admin_operating_cost", "年初预算", "下降")]


def test_template_direction_left_open(corpus):
    t = "( 一) 因公出国 (境) 支出年初预算数为 0 万元，决算数为 0 万元，完成预算的 0 %，决算数较 2020 年增加 (减少) 0 万元，增长 (下降) 0 %，主要原因是：无。"
    assert_in(corpus, "003", t)
    c, _, _ = run(t, year=2021)
    assert [(x.kind, x.period, x.direction) for x in c] == [
        ("amount", "年初预算", None), ("amount", "决算", None), ("completion", "预算", None),
        ("change_abs", "上年", None), ("change_pct", "上年", None)]
    assert c[3].extra["direction_options"] == ["增加", "减少"]
    assert c[0].concept == "outbound_fee"


def test_two_figures_for_one_cell(corpus):
    t = "(五) 科学技术支出年初预算数为 0 万元，决算数为 304.42 138.93 万元，年初未安排预算。"
    assert_in(corpus, "003", t)
    c, _, u = run(t, year=2021)
    assert [(x.raw_number, x.unit, x.concept, x.period, x.extra.get("unit_inferred", False)) for x in c] == [
        ("0", "万元", "func_206", "年初预算", False), ("304.42", "万元", "func_206", "决算", True),
        ("138.93", "万元", "func_206", "决算", False)]
    assert not u


def test_share_of_project_expense_003(corpus):
    t = "根据预算绩效管理要求，我部门组织对纳入 2021 年部门预算范围的二级项目 1 个全面开展自评，共涉及资金 137.5 万元， 占项目支出总额的 22.51%。"
    assert_in(corpus, "003", t)
    c, _, _ = run(t, year=2021)
    assert [(x.kind, x.raw_number, x.whole) for x in c] == [("count", "1", None), ("amount", "137.5", None),
                                                            ("share", "22.51", "project_expense")]


def test_approx_counts(corpus):
    t1 = "本届瓷博会，吸引了来自河北唐山、邯郸、湖南醴陵、山东淄博、广西北流、浙江上虞、山西朔州等产瓷区的 600 余家陶瓷企业参会参展，达到绩效目标值的要求。"
    t2 = "部门从贸易洽谈、研讨论坛、竞技评比、文化展示等方面，举办了 30 多项配套活动，达到绩效目标值的要求。"
    t3 = "本届瓷博会共设标准展位 1500 个，达到绩效目标值的要求。"
    assert_in(corpus, "003", t1, t2, t3)
    c, _, _ = run(t1, t2, t3, year=2021, role="appendix")
    assert [(x.kind, x.raw_number, x.unit, x.approx) for x in c] == [
        ("count", "600", "家", "at_least"), ("count", "30", "项", "at_least"), ("count", "1500", "个", None)]
    assert c[0].interval.lo == Decimal("599.5")


def test_about_yi_without_yuan(corpus):
    t = "举办“浙企入景”助力试验区建设招商引资活动，6 家浙江企业与我市集中签约，签约金额约 54.5 亿，10 家浙江企业与我市签订战略合作框架协议，预估投资金额约 230 亿元"
    assert_in(corpus, "003", t)
    c, _, _ = run(t, year=2021)
    assert [(x.kind, x.raw_number, x.unit, x.approx) for x in c] == [
        ("count", "6", "家", None), ("amount", "54.5", "万元", "about"), ("count", "10", "家", None),
        ("amount", "230", "万元", "about")]
    assert c[1].value == Decimal("545000")


def test_weight_score_003(corpus):
    t = "1、助推经济发展上新台阶。2021 景德镇市“三请三回”暨陶瓷产业招商推介会，举办了 30 多项配套活动，中国陶瓷行业国际发展合作论坛，通过在线方式成功召开，成效较明显。根据既定评分标准，该项指标得权重分 3.2 分。"
    assert_in(corpus, "003", t)
    c, n, _ = run(t, year=2021, role="appendix")
    assert [(x.kind, x.raw_number, x.concept, x.subject) for x in c] == [
        ("count", "30", "activities", "配套活动"), ("score", "3.2", "indicator_score", "助推经济发展上新台阶")]
    assert sorted(x.reason for x in n) == ["list_number", "year"]


def test_overall_score_and_zh_numeral(corpus):
    t = "景德镇市瓷局绩效考核评价总体得分为 91.8 分，评价等级为“优”。"
    t2 = "聚焦我市先进陶瓷“生命力”、“创新力”、“进发力”三个方向，带动招引更多先进陶瓷项目落户景德镇"
    assert_in(corpus, "003", t, t2)
    c, _, _ = run(t, t2, year=2021, role="appendix")
    assert [(x.kind, x.raw_number, x.unit, x.concept) for x in c] == [
        ("score", "91.8", "分", "overall_score"), ("count", "3", "个", "aspects")]


def test_target_in_table_residue(corpus):
    t = "市民满意率 ≥90% ≥90% 5 5"
    assert_in(corpus, "003", t)
    c, n, u = run(t, year=2021, role="appendix")
    assert [(x.kind, x.raw_number, x.extra.get("operator"), x.concept) for x in c] == [
        ("target", "90", ">=", "satisfaction"), ("target", "90", ">=", "satisfaction")]
    assert [x.reason for x in n] == ["table_residue", "table_residue"] and not u


def test_year_labels_and_dates_003(corpus):
    t1 = "2020 瓷博会的举办对试验区建设具有重要积极作用。"
    t2 = "截至 10 月底，收集我市先进陶瓷产业重点项目共 32 个"
    assert_in(corpus, "003", t1, t2)
    c, n, _ = run(t1 + t2, year=2021)
    assert [(x.raw, x.reason) for x in n] == [("2020", "year"), ("10", "date")]
    assert [(x.kind, x.raw_number) for x in c] == [("count", "32")]


# ------------------------------------------------------------------------ Putuo finance bureau PDF
def test_putuo_share_of_gpb():
    """Page 21 of putuo-finance-bureau-2024-final.pdf, numbers put back in their printed places."""
    t = "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；"
    c, _, _ = run(t)
    assert [(x.kind, x.raw_number, x.concept, x.whole) for x in c] == [
        ("amount", "2940.05", "gpb_expense", None), ("amount", "2106.66", "func_201", "gpb_expense"),
        ("share", "71.73", "func_201", "gpb_expense"), ("amount", "326.72", "func_208", "gpb_expense"),
        ("share", "11.11", "func_208", "gpb_expense")]


def test_putuo_base_before_subject():
    t = "上海市普陀区财政局 2024 年度收入支出总计 2995.39 万元。与 2023 年度相比，收入支出总计减少 56.95 万元，下降 1.87%。"
    c, _, _ = run(t)
    assert rows(c) == [("amount", "2995.39", "万元", "income_expense_grand_total", "本年", None),
                       ("change_abs", "56.95", "万元", "income_expense_grand_total", "上年", "减少"),
                       ("change_pct", "1.87", "%", "income_expense_grand_total", "上年", "下降")]


# ------------------------------------------------------------------------ other regions' wordings (synthetic)
def test_stray_comma_after_share_marker():
    """'占,P%': a separator typed between 占 and its number does not cut the share from 占."""
    c, _, _ = run("公务用车运行维护费支出12,345.67元,占,76.54%;公务接待费支出3,784.33元,占23.46%。")
    assert [(x.kind, x.raw_number) for x in c] == [("amount", "12,345.67"), ("share", "76.54"),
                                                   ("amount", "3,784.33"), ("share", "23.46")]
    assert c[1].whole is not None


def test_respective_unpaired_has_no_subject_and_no_shared_group():
    c, _, _ = run("基本支出、项目支出和经营支出分别为700.00万元和300.00万元，分别占本年支出合计的30.00%和70.00%。")
    listed = [x for x in c if x.extra.get("respective_unpaired")]
    assert len(listed) == 4 and all(x.subject == "" and x.concept is None for x in listed)
    assert len({x.extra["group"] for x in listed}) == 4


def test_share_of_adjusted_budget_is_a_completion_rate():
    """'占调整预算的 100%': 调整 shortens the budget period word 调整预算数, it names no figure."""
    c, _, _ = run("2023年，全区一般公共预算支出预计完成52100万元，占调整预算的100%。")
    rate = next(x for x in c if x.unit == "%")
    assert rate.kind == "completion" and "占" not in rate.subject


def test_list_opened_by_baokuo_counts_with_qualifiers():
    """'N 人，包括 A a 人、B b 人': 包括 opening the clause lists the parts like 其中, and a count keeps
    the words that say which persons."""
    c, _, _ = run("2024年末编制内人数48人,包括行政人员17人、参公管理人员20人、工勤人员9人。")
    assert [(x.subject, x.raw_number, x.extra.get("whole_head")) for x in c] == [
        ("编制内人数", "48", None), ("行政人员", "17", "编制内人数"), ("参公管理人员", "20", "编制内人数"),
        ("工勤人员", "9", "编制内人数")]


def test_baokuo_inside_a_clause_or_a_word_opens_no_list():
    """'支出包括A、B等，共计 X' and '含税' name no parts of an earlier figure."""
    c, _, _ = run("本年支出合计320万元。公用经费包括办公费、印刷费等,共计45万元,含税金额12万元。")
    assert all(not x.extra.get("whole_head") for x in c)


# ------------------------------------------------------------------------ model loads once
def test_model_loads_once():
    run("本年收入合计 1089.69 万元")
    run("本年支出合计 1134.84 万元")
    assert zh.LOADS["nlp"] == 1
    assert zh.nlp.cache_info().misses == 1


def test_a_programme_named_by_its_number_of_parts_is_a_label(corpus):
    t = "以试验区《实施方案》5大任务为核心"
    assert_in(corpus, "000", t)
    c, n, u = run(t)
    assert not c and not u and [x.reason for x in n] == ["label"]
    c, n, u = run("本年完成投资5大于计划，完成率达到105%。")      # '大于' compares, names nothing
    assert "label" not in [x.reason for x in n]
