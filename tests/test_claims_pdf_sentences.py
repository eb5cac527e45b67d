"""Claims of real sentences from the corpus PDFs (budget wording, 类/款/项 paths, units) read through the full ledger."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finder import ingest
from finder.claims.extract import extract_report
from finder.model import Paragraph, Report

ROOT = Path(__file__).resolve().parent.parent
PDFS = {"office": "putuo-govt-office-2025-budget", "commerce": "putuo-commerce-2025-budget",
        "procur": "jiangsu-procuratorate-2018-budget", "npc": "jiangsu-npc-2019-budget-narrative",
        "swu": "swu-university-2023-final"}


@pytest.fixture(scope="module")
def ledgers():
    out = {}
    for key, name in PDFS.items():
        report = ingest.load(str(ROOT / f"corpora/pdfs/{name}.pdf"))
        out[key] = extract_report(report)
    return out


def claims_of(ledgers, key: str, sentence: str):
    """The claims whose paragraph holds `sentence` verbatim (fails when finder's text does not)."""
    claims = [c for c in ledgers[key][0] if sentence in c.paragraph.text]
    assert claims, sentence
    return claims


def by_number(claims, number: str):
    return next(c for c in claims if c.raw_number == number)


def test_budget_base_is_last_years_budget(ledgers):
    cs = claims_of(ledgers, "office", "其中：财政拨款收入9,101.68万元，比2024年预算减少2,389.52万元；事业收入0万元")
    ch = by_number(cs, "2,389.52")
    assert (ch.kind, ch.concept, ch.period, ch.direction) == ("change_abs", "fiscal_income", "上年", "减少")
    assert ch.extra["base_period"] == "预算" and ch.extra["base_text"] == "比2024年预算"


def test_budget_appropriation_kinds(ledgers):
    cs = claims_of(ledgers, "office", "一般公共预算拨款支出预算9,101.68万元，比2024年预算减少2,389.52万元；政府性基金拨款支出预算0万元")
    assert [(c.raw_number, c.concept, c.kind) for c in cs if c.concept in ("gpb_expense", "gov_fund_expense",
                                                                          "soe_capital_expense")] == [
        ("9,101.68", "gpb_expense", "amount"), ("2,389.52", "gpb_expense", "change_abs"),
        ("0", "gov_fund_expense", "amount"), ("0", "soe_capital_expense", "amount")]


def test_dashed_path_gets_item_code(ledgers):
    cs = claims_of(ledgers, "office", "1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，主要用于行政单位的基本支出。")
    c = by_number(cs, "1,202.95")
    assert c.concept == "func_item" and c.subject == "一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行"
    assert c.extra["path"] == ["一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"]
    assert c.extra["class_code"] == "201" and c.extra["code"] == "2010301"


def test_marked_path_in_quotes(ledgers):
    cs = claims_of(ledgers, "commerce", "1.“一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元，主要用于机关行政运行和机关人员经费支出。")
    c = by_number(cs, "938.99")
    assert c.extra["path"] == ["一般公共服务支出", "商贸事务", "行政运行"] and c.extra["code"] == "2011301"
    assert c.value == Decimal("938.99") and c.unit == "万元"


def test_items_under_class_heading_carry_the_class(ledgers):
    cs = claims_of(ledgers, "npc", "1.人大事务（款）行政运行（项）支出7448.2万元，与上年相比增加1075.88万元，增长16.88%。")
    assert [(c.kind, c.raw_number, c.concept) for c in cs[:3]] == [
        ("amount", "7448.2", "func_item"), ("change_abs", "1075.88", "func_item"), ("change_pct", "16.88", "func_item")]
    assert all(c.extra["path"] == ["一般公共服务支出", "人大事务", "行政运行"] for c in cs[:3])


def test_class_named_without_its_expense_word(ledgers):
    cs = claims_of(ledgers, "npc", "1．一般公共服务（类）支出13907.78万元，主要用于在职人员工资福利支出")
    assert by_number(cs, "13907.78").concept == "func_201"
    assert by_number(cs, "1201.5").direction == "增加"


def test_misprinted_class_mark_is_read_as_kuan(ledgers):
    cs = claims_of(ledgers, "npc", "1．住房改革支出（类）住房公积金（项）752.9万元，与上年相比增加180.34万元，增加31.5%。")
    assert by_number(cs, "752.9").extra["path"] == ["住房保障支出", "住房改革支出", "住房公积金"]


def test_kuan_title_and_long_item_name(ledgers):
    total = by_number(claims_of(ledgers, "procur", "检察（款）:2018年预算支出合计16,444.36万元。其中："), "16,444.36")
    assert total.extra["path"] == ["公共安全支出", "检察"] and total.extra["code"] == "20404"
    cs = claims_of(ledgers, "procur", "3．公诉、审判、侦查、执行等检察监督支出（项）1,895万元，与上年相比减少 134 万元，降幅 0.66 %。")
    c = by_number(cs, "1,895")
    assert c.extra["path"][-1] == "公诉、审判、侦查、执行等检察监督支出" and c.extra["code"] == "2040405"
    assert by_number(cs, "0.66").direction == "下降"


def test_multiple_is_a_percent(ledgers):
    cs = claims_of(ledgers, "procur", "（上年财政仅安排省检察院本级预留机动140.2万元），增长16倍。")
    c = by_number(cs, "16")
    assert (c.kind, c.unit, c.value, c.direction) == ("change_pct", "%", Decimal("1600"), "增长")
    assert (c.interval.lo, c.interval.hi) == (Decimal("1550"), Decimal("1650"))


def test_procurement_budget_words(ledgers):
    cs = claims_of(ledgers, "office", "2025年本部门政府采购预算34万元，其中：政府采购货物预算0万元、政府采购工程预算0万元、政府采购服务预算34万元。")
    assert [c.concept for c in cs] == ["procurement", "procurement_goods", "procurement_works", "procurement_services"]
    cs = claims_of(ledgers, "office", "2025年本部门面向中小企业预留政府采购项目预算金额34万元，其中，预留给小型和微型企业的政府采购项目预算为34万元。")
    assert [c.concept for c in cs] == ["sme_reserved", "small_micro_reserved"]


def test_perf_target_counts_and_funds(ledgers):
    cs = claims_of(ledgers, "office", "编报绩效目标的项目11个，涉及项目预算资金6626万元。")
    assert [(c.raw_number, c.concept) for c in cs] == [("1", "budget_units"), ("11", "projects"), ("6626", "perf_funds")]


def test_university_units_years_and_labels(ledgers):
    claims, non, uncl = ledgers["swu"]
    text = "占地约8380亩，校舍面积199万平方米"
    cs = claims_of(ledgers, "swu", text)
    c = by_number(cs, "8380")
    assert (c.unit, c.approx, c.kind) == ("亩", "about", "count")
    assert ("1906", "year") in {(n.raw, n.reason) for n in non}
    assert {("211", "label"), ("985", "label")} <= {(n.raw, n.reason) for n in non}
    assert by_number(claims_of(ledgers, "swu", "出版专著600余部。"), "600").concept == "publications"
    assert not [u for u in uncl if u.raw in ("211", "985", "1906", "8380", "600")]


# ------------------------------------------------------------ seed sentences (counts and approx words)
def run(*texts: str, year: int = 2021):
    paras = [Paragraph(t, i, anchors=[(0, i + 1, 0)]) for i, t in enumerate(texts)]
    return extract_report(Report("<t>", "text", "", year=year, paragraphs=paras))


def test_count_names_its_noun_after_the_measure_word():
    t = ("举办“浙企入景”助力试验区建设招商引资活动，6 家浙江企业与我市集中签约，签约金额约 54.5 亿，"
         "10 家浙江企业与我市签订战略合作框架协议，预估投资金额约 230 亿元")
    assert "6家浙江企业与我市集中签约" in (ROOT / "corpora/seeds/003_6d07ecb03f4a5f80.txt").read_text(
        encoding="utf-8").replace(" ", "").replace("\n", "")
    c, _, _ = run(t)
    assert [(x.raw_number, x.concept, x.subject) for x in c if x.kind == "count"] == [
        ("6", "enterprises", "浙江企业"), ("10", "enterprises", "浙江企业")]
    money = by_number(c, "54.5")
    assert (money.concept, money.value, money.approx) == ("investment_total", Decimal("545000.0"), "about")


def test_signing_is_not_an_approx_word():
    c, _, _ = run("新建 20 个，续建 5 个，签约 5 个，在谈 2 个；")
    assert [(x.subject, x.approx) for x in c] == [("新建", None), ("续建", None), ("签约", None), ("在谈", None)]
