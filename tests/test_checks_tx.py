"""TX checks on the prose of seeds 000 and 003 and the corpus PDFs, through the real ingest."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.analysis import Analysis
from finder.checks import tx  # noqa: F401 - registers TX01-TX05
from finder.checks.registry import CheckOptions, get
from finder.ingest import text
from finder.model import Report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpora" / "seeds"
PDFS = ROOT / "corpora" / "pdfs"


@pytest.fixture(scope="module")
def r000() -> Report:
    return text.load(str(SEEDS / "000_601db7814e7d3dfd.txt"))


@pytest.fixture(scope="module")
def r003() -> Report:
    return text.load(str(SEEDS / "003_6d07ecb03f4a5f80.txt"))


def run(code: str, report: Report) -> list:
    return list(get(code).run(Analysis(report), CheckOptions()))


def lines(fs, severity=None) -> list:
    return sorted(f.evidence[0].line for f in fs if severity is None or f.severity == severity)


def test_tx01_template_residue_003(r003):
    fs = run("TX01", r003)
    assert all(f.severity in ("info", "warning") for f in fs)
    choice = [f for f in fs if f.args["variant"] == "choice"]
    assert {"增加 (减少)", "增长 (下降)"} <= {t for f in choice for t in f.args["tokens"]}
    # one finding per paragraph: l.222 holds both choices, listed in one finding
    assert len({(f.evidence[0].line, f.severity) for f in fs}) == len(fs)
    pct = [f for f in fs if f.args["variant"] == "percent"]
    assert len(pct) == 1 and "完成预算的 %" in pct[0].evidence[0].text and pct[0].evidence[0].line == 246
    assert pct[0].severity == "warning"


def test_tx01_missing_count_000(r000):
    fs = run("TX01", r000)
    count = [f for f in fs if f.args["variant"] == "count"]
    assert [f.evidence[0].line for f in count] == [838]
    assert "效果个方面" in count[0].evidence[0].text
    # the glossary's 填列 definitions are where they belong: no instruction finding
    assert not [f for f in fs if f.args["variant"] == "instruction"]


def test_tx02_year_mismatch_003(r003):
    fs = run("TX02", r003)
    assert all(f.severity == "warning" for f in fs)
    texts = " ".join(e.text for f in fs for e in f.evidence)
    assert "2020 瓷博会的举办" in texts and "2020 瓷博会疫情防控" in texts
    assert "《2020 瓷博会陶瓷企业招商工作方案》" in texts
    prior = [f for f in fs if "上年" in f.message]
    assert len(prior) == 1 and prior[0].evidence[0].line == 1224 and prior[0].args["year"] == 2021


def test_tx02_seed_000_years_fine(r000):
    # "2024 日用瓷中国展" is the report year; "填列 2023 年" is the year before: nothing to say
    assert run("TX02", r000) == []


def test_tx03_foreign_domain(r000, r003):
    f0 = run("TX03", r000)
    assert [f.args.get("domain") for f in f0 if f.severity == "warning"] == ["政法"]
    assert "我市政法工作" in f0[0].evidence[0].text
    f3 = [f for f in run("TX03", r003) if f.severity == "warning"]
    words = {f.args["word"] for f in f3}
    assert {"禁毒", "研究院"} <= words
    assert any("年度禁毒专项经费" in f.evidence[0].text for f in f3)


def test_tx04_numbering_000(r000):
    fs = run("TX04", r000)
    gap = [f for f in fs if "跳至" in f.message]
    assert [(f.args["prev"], f.args["number"]) for f in gap] == [(11, 13)]
    assert gap[0].evidence[0].text.startswith("13、陶瓷文化旅游目的地项目完成计划投资率")
    repeats = sorted(f.args["number"] for f in fs if "重复" in f.message)
    assert 4 in repeats and 7 in repeats


def test_tx05_reason_vs_number(r000, r003):
    f0 = [f for f in run("TX05", r000) if f.args.get("variant") != "zero_base"]
    assert [(f.severity, f.evidence[0].line) for f in f0] == [("error", 529)]
    assert "决算数 1.78 万元" in f0[0].evidence[0].text
    f3 = run("TX05", r003)
    assert {f.severity for f in f3} == {"warning"}
    by = {f.args["phrase"]: " ".join(e.text for e in f.evidence) for f in f3}
    assert sorted(by) == ["无国有资产占用", "无车辆"]
    assert "公务用车购置及运行维护费支出 1.66 万元" in by["无车辆"]
    assets = by["无国有资产占用"]
    assert "资本性支出 0.18 万元" in assets


def test_tx02_quantities_are_not_years(r003):
    # "汇集了 2000 余种陶瓷商品" is a count
    assert not [f for f in run("TX02", r003) if f.args["year"] == 2000]


def test_tx04_inline_item_continues_list(r003):
    # "…竞争力； 3、打造更高品位的人文交流平台" sits inside item 2's paragraph: 1, 2, 3, 4 is complete
    assert not [f for f in run("TX04", r003) if "跳至" in f.message]


def test_tx04_table_notes_restart_their_own_list(r000):
    # "注：1. 本表反映…" / "2. 当此表数据为空时…" under each table: every table's notes are a new list
    fs = run("TX04", r000)
    assert sorted((f.args["number"], f.evidence[0].line) for f in fs if "重复" in f.message) == [(4, 972), (7, 734)]


def test_tx04_embedded_document_resumes_outer_list(r003):
    # 九、（一）（二） then the self-evaluation report's own 一、二、…（一）（二）（三）, then the
    # outer list resumes with （三）部门评价项目绩效评价情况 (l.752): no repeat
    assert run("TX04", r003) == []


@pytest.fixture(scope="module")
def putuo_finance():
    from finder.ingest import load
    return load([str(PDFS / "putuo-finance-bureau-2024-final.pdf")])


def test_tx04_item_run_into_previous_paragraph(putuo_finance):
    # p.4 prints "…财务规则。（八）负责本区暂未划转…" on one line: item 8 is there, inline
    assert any("。（八）负责本区" in p.text for p in putuo_finance.paragraphs)
    assert run("TX04", putuo_finance) == []


def test_tx03_university_runs_primary_school():
    # "1.小学教育（2050202），2023年度决算数为…" names a budget subject, and 西南大学附属小学 is
    # one of the university's units: neither makes 小学 a foreign actor
    from finder.checks.tx.tx03_foreign_topic import foreign_orgs
    from finder.ingest import load
    r = load([str(PDFS / "swu-university-2023-final.pdf")])
    assert run("TX03", r) == []
    assert "小学" not in foreign_orgs("西南大学本级、西南大学附属中学") and "医院" in foreign_orgs("西南大学")


@pytest.fixture(scope="module")
def template():
    from finder.ingest import load
    return load([str(PDFS / "national-final-accounts-template.pdf")])


def test_tx01_unfilled_template_said_once(template):
    fs = run("TX01", template)
    loud = [f for f in fs if f.severity != "info"]
    assert len(loud) == 1 and "上海市XX局" in loud[0].message and loud[0].args["variant"] == "template"
    # the rest: one info per paragraph, each listing its placeholders ("XX%" is one token, not two)
    assert len(fs) < 45
    para = next(f for f in fs if "本年收入合计XXX万元" in f.evidence[0].text)
    assert para.args["tokens"] == ["XXX", "XX"] and para.args["count"] == 7


def test_tx05_rate_met_on_zero_base(r000):
    # "政府采购节支率达标" (l.567, again in the appendix l.842) while l.537 prints
    # 政府采购支出总额 0.00 万元: the rate is 0/0
    fs = [f for f in run("TX05", r000) if f.args.get("variant") == "zero_base"]
    assert [(f.severity, f.evidence[0].line) for f in fs] == [("warning", 567), ("warning", 842)]
    assert fs[0].args["amount"] == "0.00万元" and fs[0].evidence[1].line == 537


def test_tx06_predecessor_duties_in_appendix_000(r000):
    # the 绩效 appendix restates a predecessor's 13 duties; two (散装水泥, 新型墙体材料) are
    # nowhere in the department's own 主要职责
    fs = run("TX06", r000)
    assert len(fs) == 1 and fs[0].severity == "warning"
    assert [e.line for e in fs[0].evidence] == [742, 744]
    assert fs[0].args["items"] == ["11", "12"]


def test_tx06_silent_on_reports_without_a_restated_list(r003):
    assert run("TX06", r003) == []


def test_tx07_promised_project_report_is_a_department_wide_one_000(r000):
    # l.643 sends the reader to 第五部分附件 for the project's 部门评价 report; the attachment
    # (title l.710) evaluates 整体支出 (l.712): the project's report is not there (S000-28)
    fs = run("TX07", r000)
    assert [(f.severity, f.args["axis"]) for f in fs] == [("warning", "scope")]
    assert [e.line for e in fs[0].evidence] == [643, 710, 712]
    assert "整体支出绩效评价" in fs[0].evidence[2].text


def test_tx07_silent_without_promise_or_attachment(r003):
    assert run("TX07", r003) == []


def test_tx05_rate_on_nonzero_base_is_fine():
    from finder.testing import report_from
    r = report_from({}, "七、政府采购支出情况说明\n本部门政府采购支出总额 12.50 万元。\n政府采购管理方面：政府采购节支率达标。\n")
    assert [f for f in run("TX05", r) if f.args.get("variant") == "zero_base"] == []
    r = report_from({}, "七、政府采购支出情况说明\n本部门政府采购支出总额 0 万元。\n政府采购管理方面：政府采购节支率达标。\n")
    assert len(run("TX05", r)) == 1


# ------------------------------------------------------------------ fixtures (tests/fixtures/checks/TX*.yml)
from test_checks_tb import load_fixtures, run_fixture_case  # noqa: E402

TX_FIXTURES = load_fixtures("TX")


def test_every_tx_check_has_pass_and_fail_cases():
    for code in ("TX01", "TX02", "TX03", "TX04", "TX05", "TX06", "TX07", "TX09"):
        cases = TX_FIXTURES[code]["cases"]
        assert any(n.startswith("pass_") for n in cases) and any(n.startswith("fail_") for n in cases), code


@pytest.mark.parametrize("code,name", [(c, n) for c, fx in TX_FIXTURES.items() for n in fx["cases"]])
def test_tx_fixture_case(code, name):
    run_fixture_case(TX_FIXTURES[code], name)


# ------------------------------------------------- TX04 on text exports of PDF tables
def _tx04(text_: str) -> list:
    return run("TX04", text.from_text(text_))


_PROSE_HEAD = "一、部门概况\n本部门负责全区的统计工作，共设三个科室。\n二、收支预算表\n"
_PROSE_TAIL = "三、预算情况说明\n本年收入预算合计 388.80 万元，比上年增加 12.00 万元。\n"


def test_tx04_cells_one_per_line_are_no_list():
    # pdfminer / PyMuPDF print a two-sided table one cell per line: 二、政府性基金 then
    # 二、科学技术支出 are two columns of one row, not a repeated item
    table = ("项目\n预算数\n项目\n预算数\n一、财政拨款收入\n388.80 一、一般公共服务支出\n216.00\n"
             "二、政府性基金\n二、科学技术支出\n172.00\n三、国有资本经营预算\n三、住房保障支出\n0.80\n"
             "收入总计\n388.80\n")
    assert _tx04(_PROSE_HEAD + table + _PROSE_TAIL) == []


def test_tx04_space_laid_rows_are_no_list():
    # PyMuPDF sort=True / pdftotext -layout: one row per line, fields apart by runs of spaces
    table = ("一、财政拨款收入          388.80 一、一般公共服务支出        216.00\n\n"
             "二、政府性基金                   二、科学技术支出            172.00\n\n"
             "           三、国防支出                                      0.80\n\n"
             "三、其他收入                     四、住房保障支出            0.80\n")
    assert _tx04(_PROSE_HEAD + table + _PROSE_TAIL) == []


def test_tx04_empty_template_table_is_no_list():
    # an unfilled template prints no amount: adjacent 一、… 一、… are the table's two columns,
    # and the longer column runs on (三、四、…, a name wrapped onto a line of its own between)
    table = ("一、财政拨款收入\n一、一般公共服务支出\n二、上级补助收入\n二、外交支出\n"
             "三、事业收入\n三、国防支出\n四、经营收入\n四、公共安全支\n出\n"
             "五、教育支出\n本年收入合计\n")
    assert _tx04(_PROSE_HEAD + table + _PROSE_TAIL) == []


def test_tx04_headings_around_a_flattened_table_still_count():
    # the headings above and below the table stay items: 一、二、(table)四、 lacks 三
    table = "一、财政拨款收入     388.80 一、一般公共服务支出   216.00\n二、政府性基金     二、外交支出   172.00\n"
    fs = _tx04(_PROSE_HEAD + table + _PROSE_TAIL.replace("三、", "四、"))
    assert [(f.args["prev"], f.args["number"]) for f in fs] == [(2, 4)]
    # and a repeated item in prose with one spaced amount line is still read as a list
    prose = "一、概况\n本部门设三个科室。\n二、收入情况\n本年收入         388.80\n二、支出情况\n本年支出合计 388.80 万元。\n"
    assert [f.args["number"] for f in _tx04(prose)] == [2]
