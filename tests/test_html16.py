"""A report published as a web page reads as its text twin (corpora/synthetic/national_filled.html).

scripts/make_html_filled.py serves national_filled.txt as a government site's article page: site
navigation, breadcrumb, 发布时间 line and footer around it, tables with merged two-level headers,
<br> inside header cells, blank figures printed '-', paragraphs indented with &nbsp;; and (--flat)
as one <div> of <br> lines with header-less tables. Both give the text's findings and claim statuses;
the small pages below are made up."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from finder.analysis import analyse
from finder.testing import corpus_analysis, quotes

ROOT = Path(__file__).resolve().parent.parent
SYNTH = ROOT / "corpora" / "synthetic"
TEXT = SYNTH / "national_filled.txt"
PAGES = {"article": SYNTH / "national_filled.html", "flat": SYNTH / "national_filled_flat.html"}


def _findings(a) -> Counter:
    return Counter((f.check, f.severity, f.message, tuple(e.text for e in f.evidence)) for f in a.findings)


def _claims(a) -> list:
    return [(c.quote("clause"), c.raw, c.status, c.reason) for c in a.claims]


def _load(tmp_path: Path, body: str):
    page = tmp_path / "page.html"
    page.write_text(f'<html><head><meta charset="utf-8"><title>样例</title></head><body>{body}</body></html>',
                    encoding="utf-8")
    from finder import ingest

    return ingest.load(str(page))


@pytest.mark.parametrize("variant", list(PAGES))
def test_the_script_writes_the_committed_page(variant):
    from finder.testing import script_module

    build = script_module("make_html_filled").build
    assert build(flat=variant == "flat") == PAGES[variant].read_text(encoding="utf-8")


@pytest.mark.parametrize("variant", list(PAGES))
def test_the_web_page_reads_as_its_text_twin(variant):
    text, page = corpus_analysis(str(TEXT)), corpus_analysis(str(PAGES[variant]))
    assert [(t.id, t.number, t.unit, len(t.rows), t.columns) for t in page.report.tables] == \
        [(t.id, t.number, t.unit, len(t.rows), t.columns) for t in text.report.tables]
    assert _findings(page) == _findings(text)
    assert _claims(page) == _claims(text)
    assert sum(c.status == "verified" for c in page.claims) >= 80
    # the site's navigation, breadcrumb, publication line and footer are no report prose
    prose = " ".join(p.text for p in page.report.paragraphs)
    assert not any(w in prose for w in ("首页", "当前位置", "发布时间", "打印本页", "ICP备", "网站标识码", "分辨率",
                                        "分享到", "上一篇"))


@pytest.mark.parametrize("name", ["budget_filled", "county_filled", "shanghai_budget_filled", "evaluation_filled"])
def test_the_other_filled_templates_served_as_pages_read_as_their_texts(name, tmp_path):
    # budgets with year-over-year "三公" columns, 元 tables, a district budget and the self-evaluation
    # forms (a form's goal rows keep their blanks, its 总分 row its name)
    from finder.testing import script_module

    text = corpus_analysis(str(SYNTH / f"{name}.txt"))
    page = tmp_path / f"{name}.html"
    page.write_text(script_module("make_html_filled").build(source=SYNTH / f"{name}.txt"), encoding="utf-8")
    served = analyse([str(page)])
    assert [(t.id, t.title, len(t.rows), [r.label for r in t.rows]) for t in served.report.tables] == \
        [(t.id, t.title, len(t.rows), [r.label for r in t.rows]) for t in text.report.tables]
    assert _findings(served) == _findings(text)
    assert _claims(served) == _claims(text)


# name: (text in the page, its defective replacement, check expected, text the finding must quote)
PLANTS = {
    "narrative amount ≠ table cell": ("财政拨款收入3576.39 万元", "财政拨款收入3567.39 万元", "NT01", "3567.39"),
    "change rate wrong": ("增长5.59%", "增长5.95%", "AR02", "5.95%"),
    "三公 parts not adding up": ("<td>67.00</td><td>61.50</td>", "<td>67.00</td><td>62.50</td>", "TB02", "62.50"),
    "leaf under a subtotal": ("<td>2101101</td><td>行政单位医疗</td><td>54.36</td><td>54.36</td><td>-</td></tr>",
                              "<td>2101101</td><td>行政单位医疗</td><td>45.36</td><td>45.36</td><td>-</td></tr>",
                              "TB01", "45.36"),
}


@pytest.mark.parametrize("name", list(PLANTS))
def test_a_defect_planted_in_the_page_is_found(name, tmp_path):
    old, new, check, quoted = PLANTS[name]
    page = PAGES["article"].read_text(encoding="utf-8")
    assert page.count(old) == 1, old
    (tmp_path / "planted.html").write_text(page.replace(old, new), encoding="utf-8")
    found = analyse([str(tmp_path / "planted.html")]).findings
    assert quotes(found, check, quoted), [(f.check, f.message) for f in found]


def test_a_row_of_links_and_the_sites_own_lines_are_not_read():
    # a menu of links, a breadcrumb, a publication line and a footer around a one-paragraph article
    from finder.ingest import html

    blocks = [b[0] for b in html.parse(
        '<div class="nav"><a href="/">首页</a> | <a href="/a">政务公开</a> | <a href="/b">办事服务</a></div>'
        '<nav><a>机构设置</a></nav><form><input><button>搜索</button></form>'
        '<div>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 部门预算</div>'
        '<div>发布时间：2031-03-02&nbsp;&nbsp;来源：某某县农业局</div>'
        '<p>&nbsp;&nbsp;本年支出合计120.00万元，详见<a href="/f.pdf">附件</a>。</p>'
        '<div>【打印本页】【关闭窗口】</div><p>主办单位：某某县人民政府</p><p>某ICP备00000000号</p>').blocks]
    assert blocks == ["本年支出合计120.00万元，详见附件。"]
    # an anchor left open (<a name=…> without </a>) makes no link of the text after it
    assert [b[0] for b in html.parse('<a name="top"><p>本年支出合计120.00万元。</p><p>其中：基本支出80.00万元。</p>').blocks] \
        == ["本年支出合计120.00万元。", "其中：基本支出80.00万元。"]


def test_a_dash_under_an_empty_stub_is_no_row(tmp_path):
    # a two-sided summary whose left side runs out: sites print '-' in its figure cells too
    report = _load(tmp_path, "<p>收入支出决算总表</p><p>单位：万元</p><table>"
                   "<tr><th colspan=\"2\">收入</th><th colspan=\"2\">支出</th></tr>"
                   "<tr><th>项目</th><th>决算数</th><th>项目</th><th>决算数</th></tr>"
                   "<tr><td>一、财政拨款收入</td><td>100.00</td><td>一、教育支出</td><td>60.00</td></tr>"
                   "<tr><td>&nbsp;</td><td>-</td><td>二、卫生健康支出</td><td>40.00</td></tr>"
                   "<tr><td>本年收入合计</td><td>100.00</td><td>本年支出合计</td><td>100.00</td></tr></table>")
    (t,) = report.tables
    assert sorted(r.label for r in t.rows) == sorted(["一、财政拨款收入", "一、教育支出", "二、卫生健康支出",
                                                     "本年收入合计", "本年支出合计"])


def test_json_places_of_a_web_page_say_block_beside_page():
    from finder.render import render

    page = json.loads(render(corpus_analysis(str(PAGES["article"])), "json"))
    claim = page["claims"][0]
    assert claim["block"] == claim["page"]
    evidence = [e for f in page["findings"] for e in f["evidence"]] + \
        [r for c in page["claims"] for r in c["checked_against"]]
    assert evidence and all(e["block"] == e["page"] for e in evidence if "page" in e)
    text = json.loads(render(corpus_analysis(str(TEXT)), "json"))
    assert "block" not in json.dumps(text["claims"][0])


def test_a_dash_in_the_stub_is_no_rows_name():
    # a form's 总分 row printed '-' under the indicator columns (a web page's blank): its name is 总分
    from finder.ingest.tables import build_table

    t = build_table([["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "得分"],
                     ["产出指标", "数量指标", "完成场次", "≥6场", "60", "50"],
                     ["效益指标", "社会效益指标", "受益人次", "≥500人次", "40", "40"],
                     ["总分", "", "-", "-", "100", "90"]], title="项目支出绩效自评表")
    assert [r.label for r in t.rows] == ["完成场次", "受益人次", "总分"]
