"""Findings on the real corpus PDFs: the false alarms an auditor rejected stay gone, real links verify."""
from __future__ import annotations

from decimal import Decimal

import pytest

from finder.analysis import analyse

PDFS = "corpora/pdfs/"


@pytest.fixture(scope="module")
def govt():
    return analyse([PDFS + "putuo-govt-office-2025-budget.pdf"])


@pytest.fixture(scope="module")
def commerce():
    return analyse([PDFS + "putuo-commerce-2025-budget.pdf"])


@pytest.fixture(scope="module")
def procuratorate():
    return analyse([PDFS + "jiangsu-procuratorate-2018-budget.pdf"])


@pytest.fixture(scope="module")
def finance():
    return analyse([PDFS + "putuo-finance-bureau-2024-final.pdf"])


def _found(a, check, severity=None):
    return [f for f in a.findings if f.check == check and (severity is None or f.severity == severity)]


def _claim(a, raw_number: str, kind: str = "amount"):
    hits = [c for c in a.claims if c.kind == kind and c.raw_number.replace(",", "") == raw_number]
    assert hits, raw_number
    return hits[0]


@pytest.mark.parametrize("name", ["govt", "commerce"])
def test_shanghai_budgets_in_yuan_raise_no_nt01_or_nt03(name, request):
    a = request.getfixturevalue(name)
    assert _found(a, "NT01") == []
    assert _found(a, "NT03") == []


def test_item_amount_links_to_its_item_row_converted_from_yuan(govt):
    c = _claim(govt, "1202.95")  # “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目 1,202.95万元
    used = c.extra["ref_used"]
    assert c.status == "verified"
    assert used.row.label == "行政运行" and used.row.code == "2010301"
    assert used.text == "12,029,501.84" and used.table.unit == "元"
    from finder.link.resolve import cell_interval
    iv = cell_interval(used, "万元")
    assert iv.lo == Decimal("1202.9501835") and iv.hi == Decimal("1202.9501845")


def test_every_item_of_the_govt_budget_list_is_verified(govt):
    items = [c for c in govt.claims if c.kind == "amount" and c.extra.get("_path") is not None]
    assert len(items) == 12
    assert {c.status for c in items} == {"verified"}
    assert all(c.extra["ref_used"].row.level == 3 for c in items)


def test_procuratorate_generic_subjects_link_to_the_marked_item(procuratorate):
    # "1.住房公积金(项):支出 1,073.77 万元" / "2.提租补贴(项):支出 2,586.61 万元": two items, not one "支出"
    a, b = _claim(procuratorate, "1073.77"), _claim(procuratorate, "2586.61")
    assert a.extra["ref_used"].row.label == "住房公积金" and a.status == "verified"
    assert b.extra["ref_used"].row.label == "提租补贴" and b.status == "verified"
    # "检察（款）: 2018 年预算支出合计 16,444.36 万元" is the 款 row, not a restated total
    k = _claim(procuratorate, "16444.36")
    assert k.extra["ref_used"].row.code == "20404" and k.status == "verified"
    assert _found(procuratorate, "NT03") == []


def test_procuratorate_shortened_item_name_finds_its_row(procuratorate):
    c = _claim(procuratorate, "1895")  # "公诉、审判、侦查、执行等检察监督支出（项）" printed in part
    assert c.extra["ref_used"].row.code == "2040405" and c.status == "verified"


def test_procuratorate_rates_off_by_ten_are_real_errors(procuratorate):
    # 21.8 ÷ (3,666 − 21.8) = 0.598%, printed 0.06%; 134 ÷ (1,895 + 134) = 6.60%, printed 0.66%
    errors = _found(procuratorate, "AR02", "error")
    assert len(errors) == 3
    slip = [f for f in errors if "21.8" in f.message][0]
    assert "变动额或变动率之一" in slip.message and "[0.5967, 0.5997]" in slip.message
    assert any("0.66" in f.message and "[6.5795, 6.6289]" in f.message for f in errors)


def test_procuratorate_paired_totals_rate_is_recomputed(procuratorate):
    # '收入、支出预算总计 21,955.35 …收、支预算总计各增加 3,958.67 万元，增长 21.95%': each side's change;
    # 3,958.67 ÷ (21,955.35 − 3,958.67) = 22.00%, not 21.95%
    pair = [f for f in _found(procuratorate, "AR02", "error") if "21.95" in f.message]
    assert len(pair) == 1 and "[21.9966, 21.9968]" in pair[0].message


def test_procuratorate_truncated_rates_are_warnings(procuratorate):
    # 184.96 ÷ 2,021.18 = 9.151% printed 9.1; 2,915.22 ÷ 7,968.14 = 36.586% printed 36.58
    warnings = _found(procuratorate, "AR02", "warning")
    assert sorted(f.args["verdict"] for f in warnings) == ["borderline", "borderline"]


def test_procuratorate_operating_cost_and_procurement_link(procuratorate):
    op = _claim(procuratorate, "2722.57")
    assert any(c.status == "verified" and c.extra.get("ref_used") is not None
               and c.extra["ref_used"].table.id in ("operating_expense", "gpb_basic_expense")
               for c in procuratorate.claims if c.raw_number.replace(",", "") == "2722.57")
    assert op.status in ("verified", "unverifiable")
    proc = _claim(procuratorate, "3096.24")
    assert proc.status == "verified" and proc.extra["ref_used"].table.id == "procurement"


def test_finance_share_is_of_the_expenditure_total(finance):
    # 一般公共预算财政拨款支出 2940.05 (the expenditure, = 支出决算表 合计); 2106.66 ÷ 2940.05 = 71.65%,
    # the report prints 71.73% (the four shares add to 100.07%): a real defect, kept as an error.
    errors = _found(finance, "AR01", "error")
    assert len(errors) == 1
    whole = errors[0].evidence[1]
    assert "支出" in whole.text and "2940.05" in whole.text
    shares = [c for c in finance.claims if c.kind == "share" and c.whole == "gpb_expense"]
    assert sorted((c.raw_number, c.status) for c in shares) == [
        ("11.11", "verified"), ("15.16", "verified"), ("2.07", "verified"), ("71.73", "contradicted")]


def test_finance_item_paths_link_to_item_rows(finance):
    c = [c for c in finance.claims if c.raw_number == "1511.89" and c.period == "决算"][0]
    assert c.extra["ref_used"].row.code == "2010601" and c.status == "verified"
    assert _found(finance, "AR04") == []


def test_finance_completion_rate_status_follows_recomputation(finance):
    comp = _claim(finance, "98.20", kind="completion")  # 2940.05 ÷ 2993.92 = 98.20%
    assert comp.status == "verified" and comp.checked_against[0]["computed"]


@pytest.fixture(scope="module")
def npc():
    return analyse([PDFS + "jiangsu-npc-2019-budget-narrative.pdf", PDFS + "jiangsu-npc-2019-budget-tables.pdf"])


def test_finance_fiscal_grand_total_is_checked_on_the_expense_side(finance):
    """财政拨款收入支出决算总表's 支出 side prints 合计 (no 决算数 column): 0.3 万元 against 2,961.68 is a
    real defect, and with one significant digit it is not called a unit slip."""
    c = _claim(finance, "0.3")
    assert c.status == "contradicted"
    used = c.extra["ref_used"]
    assert used.table.id == "fiscal_summary" and used.row.label == "总计" and used.text == "2,961.68"
    found = [f for f in _found(finance, "NT01", "error") if c.id in f.claims]
    assert len(found) == 1 and "疑似单位" not in found[0].message


def test_finance_three_public_paid_by_appropriations_is_not_the_appropriation_total(finance):
    hits = [c for c in finance.claims if c.subject.startswith("“三公”经费财政拨款支出") and c.kind == "amount"]
    assert len(hits) == 2 and all(c.concept == "three_public" for c in hits)
    assert not any(set(f.claims) & {c.id for c in hits} for f in _found(finance, "NT01"))


def test_npc_figure_inside_a_reason_is_not_the_item_total(npc):
    # 主要原因是增加了…二次会议专项经费200万元 (an amount or, read with the 增加 before it, a change)
    hits = [c for c in npc.claims if c.raw_number == "200" and "会议专项经费" in c.paragraph.text[c.start - 8:c.start]]
    assert hits and all(c.extra.get("in_reason") and c.status == "unverifiable" for c in hits)
    assert _found(npc, "NT01", "error") == []


@pytest.mark.parametrize("name,raw,column", [
    ("govt", "867.50", "“三公”经费预算数/合计"), ("govt", "839", "“三公”经费预算数/因公出国(境)费"),
    ("govt", "213.28", "机关运行经费预算数"), ("finance", "0.00", "财政拨款“三公”经费/合计/决算数")])
def test_three_public_tables_printed_across_link_by_column(name, raw, column, request):
    """The Shanghai “三公” table prints its items as columns over one unlabelled row of figures."""
    a = request.getfixturevalue(name)
    hits = [c for c in a.claims if c.raw_number == raw and c.extra.get("ref_used") is not None
            and c.extra["ref_used"].table.id == "three_public"]
    assert hits and all(c.status == "verified" for c in hits)
    assert hits[0].extra["ref_used"].column == column


def test_three_public_total_printed_across_is_not_the_grand_total(npc):
    """Jiangsu's table puts 会议费/培训费 in its 合计 (2,600.71): the “三公” total is its 小计 (767.60)."""
    shares = [c for c in npc.claims if c.kind == "share" and c.raw_number in ("25.96", "23.92", "50.12")]
    assert len(shares) == 3 and all(c.status == "verified" for c in shares)
    assert _found(npc, "AR01") == []
