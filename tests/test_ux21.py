"""What an auditor reads (session 21, ux21): the rendered findings say their verdicts, lists, tables and
columns in the reader's words.

Made-up sentences and tables in the style of test_gaps13, plus the seed reports' rendered text."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from finder import analysis as pipeline
from finder.checks import CheckOptions
from finder.checks import run as run_checks
from finder.render import render
from finder.testing import analysis_from

SEED = Path(__file__).resolve().parent.parent / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt"

_SUMMARY = {"income_expense_summary": {"title": "收入支出决算总表", "number": "公开01表", "rows": [
    "收入\t\t支出\t", "项目\t决算数\t项目\t决算数", "一、财政拨款收入\t400.00\t一、教育支出\t420.00",
    "二、其他收入\t100.00\t\t", "本年收入合计\t500.00\t本年支出合计\t420.00",
    "年初结转和结余\t30.00\t年末结转和结余\t110.00", "总计\t530.00\t总计\t530.00"]}}


@lru_cache(maxsize=2)
def _seed(lang: str):
    return pipeline.analyse([str(SEED)], lang=lang)


def test_a_computation_ends_with_its_verdict_in_the_readers_language():
    """'文中 600.00万元 → …；表中 500.00 → …；contradicted': the closing word of every interval
    computation was the verdict's internal name, English in a Chinese report."""
    text = "一、收入支出决算总体情况说明\n2031年度本年收入合计600.00万元。\n"
    for lang, word in (("zh", "；不符"), ("en", "; mismatch")):
        [f] = [f for f in run_checks(analysis_from(_SUMMARY, text, 2031), CheckOptions(lang=lang))
               if f.check == "NT01"]
        assert f.computation.endswith(word) and "contradicted" not in f.computation


def test_an_appendix_table_without_a_title_is_named_by_its_kind_and_column():
    """'score_summary / 产出 / score = 2 产出 40 40 100%': a form printed without a title was named by
    its internal id, the summary's column by its role, and the whole row read as the column's value."""
    out = render(_seed("zh"), "text", lang="zh")
    assert "score_summary" not in out and "indicator_scores" not in out and " / score" not in out
    assert "对照：绩效评价得分汇总表 / 产出 / 得分：「2 产出 40 40 100%」" in out
    assert "对照：绩效评价得分汇总表 / 产出 / 得分率：「2 产出 40 40 100%」" in out
    # a table cell with one printed value still reads 'table / row / column = value'
    assert "对照：一般公共预算财政拨款支出决算表 / 合计 / 本年支出合计 = 849.17" in out


def test_an_english_message_lists_its_sources_with_commas():
    """'but the text、the score summary table、the total row of '产出' gives 40': EV04 joined its
    sources with the Chinese enumeration comma in English too."""
    msgs = [f.message for f in _seed("en").findings if f.check == "EV04"]
    assert any("the text, the score summary table, the total row of '产出'" in m for m in msgs)
    assert not any("、" in m for m in msgs)
    zh = [f.message for f in _seed("zh").findings if f.check == "EV04"]
    assert any("文字说明、得分汇总表、“产出”表合计行" in m for m in zh)


SEED3 = SEED.parent / "003_6d07ecb03f4a5f80.txt"


@lru_cache(maxsize=1)
def _seed3():
    return pipeline.analyse([str(SEED3)])


def test_a_unit_slip_names_the_factor_as_a_number():
    """'变动额除以 10^2后一致': the factor that undoes a unit slip was printed as a power, in a
    sentence for readers of Chinese prose; it is 'divided by 100' now."""
    [f] = [f for f in _seed3().findings if f.check == "AR02" and f.kind == "unit_slip"]
    assert "变动额除以 100 后一致" in f.message and "^" not in f.message


def test_a_quoted_name_with_quotes_of_its_own_takes_single_ones_inside():
    """'““三公”经费支出”文中为 8.78': a subject printed with its own “” was quoted again, and the
    reader could not tell where the name ends."""
    [f] = [f for f in _seed3().findings if f.check == "AR04" and "三公" in f.message]
    assert f.message.startswith("“‘三公’经费支出”文中为 8.78") and "““" not in f.message


def test_a_claims_reason_names_the_table_it_was_read_against_as_printed():
    """'2 个候选单元格，采用 income_expense_summary': the claims' reasons (the JSON's claims, the HTML
    tooltips) named the table a figure was held to by its internal id; a ceiling's reason glued the
    table's title to its row and left a space before 含."""
    reasons = {c.reason for c in _seed("zh").claims if "候选单元格" in (c.reason or "")}
    assert "2 个候选单元格，采用《收入支出决算总表》“本年收入合计”" in reasons
    assert not any("_" in r for r in reasons)
    county = pipeline.analyse([str(SEED.parent.parent / "synthetic" / "county_filled.txt")])
    ceiling = [c.reason for c in county.claims if "含本部门其他单位" in (c.reason or "")]
    assert ceiling == ["《一般公共预算财政拨款基本支出决算表》“公用经费合计”1304821.00元，含本部门其他单位的部分，所述数可小于它"]


def test_an_opening_bracket_stays_with_the_file_name_it_opens():
    """The header of a titled report broke after '部门决算（' and put the file's name on the next line;
    no line of the terminal report ends with an opening bracket."""
    out = render(_seed("zh"), "text", lang="zh")
    lines = out.splitlines()
    assert lines[0].endswith("部门决算") and lines[1].strip() == "（000_601db7814e7d3dfd.txt）"
    assert not any(line.rstrip().endswith(("（", "“", "《")) for line in lines)


def test_a_context_that_repeats_a_quote_is_shown_once():
    """AR01 on the procuratorate's budget quoted '其他资金 14.39 万元，占 0.06%；' as 原文 and again,
    word for word at the same page, as 上下文; the reader saw the same line twice."""
    pdf = SEED.parent.parent / "pdfs" / "jiangsu-procuratorate-2018-budget.pdf"
    a = pipeline.analyse([str(pdf)])
    [f] = [f for f in a.findings if f.check == "AR01" and "其他资金" in f.message]
    assert [e.role for e in f.evidence].count("context") == 1        # the JSON keeps every piece
    out = render(a, "text", lang="zh")
    block = out[out.index("“其他资金”占比"):].split("\n  第")[0]
    assert block.count("「其他资金 14.39 万元，占 0.06%；」") == 1 and "上下文" not in block


def test_a_narrow_closing_mark_starts_no_line():
    """TX01 on the national template wrapped '…“增长（下降）' / '    ”': the closing quote and '%' are
    narrow characters, so the rule that keeps a closing mark with the character before it missed them."""
    from finder.render.text import wrap

    for text in ("本段有 2 处模板残留未填写或未取舍：“增加（减少）”、“增长（下降）”",
                 "原文：「其中年初结转和结余 45.15 万元，比上年减少 0.87 万元，下降 1.88 %，」"):
        for limit in range(20, 81):
            lines = wrap(text, "  ", "    ", limit)
            assert not any(line.strip()[:1] in ("”", "%", "、", "，") for line in lines[1:]), (limit, lines)
            assert "".join(x.strip() for x in lines).replace(" ", "") == text.replace(" ", "")


def test_a_rounding_adjustment_shows_each_shares_own_rounding():
    """AR04's note on the university's spending shares computed '科学技术支出 [0.5542, 0.5543]% →
    0.56%': the arrow led to the printed share, which is the one that does not follow from it. Each
    step now ends at the recomputation's own rounding, the printed share beside it where they differ."""
    pdf = SEED.parent.parent / "pdfs" / "swu-university-2023-final.pdf"
    [f] = [f for f in pipeline.analyse([str(pdf)]).findings if f.check == "AR04" and f.severity == "info"]
    assert "科学技术支出 [0.5542, 0.5543]% → 0.55%（文中 0.56%）" in f.computation
    assert "教育支出 [92.923, 92.9231]% → 92.92%；" in f.computation


def test_english_counts_read_as_english():
    """'1 findings' closed the university's English report, and EV13 said 'the text says 1 projects were
    self-evaluated' on seed 000."""
    pdf = SEED.parent.parent / "pdfs" / "swu-university-2023-final.pdf"
    out = render(pipeline.analyse([str(pdf)], lang="en"), "text", lang="en")
    assert out.rstrip().endswith("\n1 finding")
    [f] = [f for f in _seed("en").findings if f.check == "EV13"]
    assert f.message.startswith("the text gives 1 as the number of projects self-evaluated, but 2 project tables")
