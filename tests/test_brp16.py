"""Web pages whose paragraphs are hard-wrapped by <br> (a PDF's lines pasted into a CMS) read as their text twin.

A <p> whose lines <br> separates is re-flowed by the text re-flow (finder.ingest.flow.settle_elements) on
the page's <br> lines alone: wrapped lines rejoin, while a flat <div> of <br> lines, each a paragraph, keeps
them apart. The report page is generated from national_filled.txt (scripts/make_html_filled.py --wrap);
the small pages are made up."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from finder.analysis import analyse
from finder.testing import corpus_analysis, script_module

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "corpora" / "synthetic" / "national_filled.txt"


def _findings(a) -> Counter:
    return Counter((f.check, f.severity, f.message, tuple(e.text for e in f.evidence)) for f in a.findings)


def _claims(a) -> list:
    return [(c.quote("clause"), c.raw, c.status, c.reason) for c in a.claims]


def _paragraphs(tmp_path: Path, body: str) -> list[str]:
    from finder import ingest

    page = tmp_path / "page.html"
    page.write_text(f'<html><head><meta charset="utf-8"><title>样例</title></head><body>{body}</body></html>',
                    encoding="utf-8")
    return [p.text for p in ingest.load(str(page)).paragraphs]


@pytest.mark.parametrize("wrap", [20, 28])
def test_a_page_whose_paragraphs_br_wraps_reads_as_its_text_twin(wrap, tmp_path):
    # before: every <br> line was a paragraph; '年初预算为…' lost its item, a 'three public' change its
    # subject (verified -> unverifiable), and a split sentence gave a false NT01
    page = tmp_path / "wrapped.html"
    page.write_text(script_module("make_html_filled").build(wrap=wrap), encoding="utf-8")
    assert page.read_text(encoding="utf-8").count("<br>") >= 100
    text, served = corpus_analysis(str(TEXT)), analyse([str(page)])
    assert [(t.id, t.number, len(t.rows)) for t in served.report.tables] == \
        [(t.id, t.number, len(t.rows)) for t in text.report.tables]
    assert _findings(served) == _findings(text)
    assert _claims(served) == _claims(text)


def test_the_wrap_option_cuts_lines_as_a_pdf_sets_them():
    cut = script_module("make_html_filled").hard_wrapped
    lines = cut("本年支出合计1234.56 万元，比上年增加12.00 万元，增长0.98%。", 8)
    assert "".join(lines) == "本年支出合计1234.56 万元，比上年增加12.00 万元，增长0.98%。"
    assert all(not ln[0].isspace() and not ln[-1].isspace() and ln[0] not in "。，%" for ln in lines)
    assert len(lines) == 4


def test_wrapped_paragraphs_rejoin_and_a_flat_div_keeps_its_lines_apart(tmp_path):
    wrapped = ("<p>&nbsp;&nbsp;本单位2031年度收入合计1200.00万元，<br>比上年增加100.00万元，增长9.09%。<br>"
               "主要原因是新增在编人员三名，人员经<br>费相应增加。</p>"
               "<p>&nbsp;&nbsp;本单位2031年度支出合计1100.00万元，<br>比上年增加50.00万元，增长4.76%。主<br>"
               "要原因是人员经费相应增加。</p>")
    assert _paragraphs(tmp_path, wrapped) == [
        "本单位2031年度收入合计1200.00万元，比上年增加100.00万元，增长9.09%。主要原因是新增在编人员三名，"
        "人员经费相应增加。", "本单位2031年度支出合计1100.00万元，比上年增加50.00万元，增长4.76%。主要原因是人员经费相应增加。"]
    flat = ("<div>本年支出合计1100.00万元，全部为基本支出。<br>其中：人员经费900.00万元，公用经费200.00万元。<br>"
            "年末结转和结余100.00万元。<br>二、收入决算情况说明<br>本年收入合计1200.00万元。</div>")
    assert _paragraphs(tmp_path, flat) == [
        "本年支出合计1100.00万元，全部为基本支出。", "其中：人员经费900.00万元，公用经费200.00万元。",
        "年末结转和结余100.00万元。", "二、收入决算情况说明", "本年收入合计1200.00万元。"]


def test_a_wrapped_element_opens_its_paragraph_and_the_next_element_opens_the_next(tmp_path):
    # a heading element as wide as the wrapped lines is not run into them, nor are they into the next <p>
    body = ("<p><strong>（一）一般公共预算财政拨款支出总体情况</strong></p>"
            "<p>一般公共预算财政拨款支出800.00万元，占本年<br>支出合计的80.00%，比上年增加20.00万元，主要<br>"
            "用于教学设施改造项目支出</p><p>二、一般公共预算财政拨款基本支出情况</p>")
    assert _paragraphs(tmp_path, body) == [
        "（一）一般公共预算财政拨款支出总体情况",
        "一般公共预算财政拨款支出800.00万元，占本年支出合计的80.00%，比上年增加20.00万元，主要用于教学设施改造项目支出",
        "二、一般公共预算财政拨款基本支出情况"]


def test_an_item_ending_its_sentence_at_the_margin_runs_on_into_its_explanation(tmp_path):
    # '3、…（项）。' fills its element's first line; the line after it is that paragraph's, since the
    # element opened the paragraph (a new one would be a new <p>)
    body = ("<p>3、教育支出（类）普通教育（款）小学教育（项）。<br>主要用于：所属学校的日常运转支出。年初<br>"
            "预算为300.00万元，支出决算为310.00万元。<br>决算数大于预算数的主要原因：年中追<br>加经费。</p>"
            "<p>4、教育支出（类）普通教育（款）初中教育（项）。<br>主要用于：所属学校的日常运转支出。年初<br>"
            "预算为200.00万元，支出决算为200.00万元。</p>")
    assert _paragraphs(tmp_path, body) == [
        "3、教育支出（类）普通教育（款）小学教育（项）。主要用于：所属学校的日常运转支出。年初预算为300.00万元，"
        "支出决算为310.00万元。决算数大于预算数的主要原因：年中追加经费。",
        "4、教育支出（类）普通教育（款）初中教育（项）。主要用于：所属学校的日常运转支出。年初预算为200.00万元，"
        "支出决算为200.00万元。"]
