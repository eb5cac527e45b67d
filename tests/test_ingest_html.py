"""HTML ingest on corpora/regress (numbers from seed 000): tables with spans, captions, text blocks; merge."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.ingest import html, merge, pdf
from finder.model import Report, Table

ROOT = Path(__file__).resolve().parent.parent / "corpora"
SAMPLE = ROOT / "regress" / "seed000-final-accounts-excerpt.html"


@pytest.fixture(scope="module")
def content() -> html.HtmlContent:
    return html.read_html(str(SAMPLE))


def test_tables_and_captions(content: html.HtmlContent) -> None:
    got = [(g.title, g.number, g.unit) for g in content.tables]
    assert got == [("收入支出决算总表", "公开01表", "万元"), ("收入决算表", "公开02表", "万元")]
    summary = content.tables[0]
    assert summary.grid[0] == ["收入", None, None, "支出", None, None]        # colspan=3
    assert summary.grid[-1] == ["总计", "31", "1,134.84", "总计", "62", "1,134.84"]
    assert summary.grid[1][0] == "项目" and summary.raws[1].startswith("项 目\t")
    # "部门：景德镇市国家试验区管委会 2024 年度 公开 01 表": the caption's department, cut at the space
    assert [g.extra.get("department") for g in content.tables] == ["景德镇市国家试验区管委会"] * 2


def test_rowspan_leaves_none_below(content: html.HtmlContent) -> None:
    income = content.tables[1]
    assert income.grid[0] == ["项目", None, "本年收入合计", "财政拨款收入", "其他收入"]
    assert income.grid[1][2:] == ["1", "2", "3"]          # the empty <tr> of the rowspan is dropped
    assert income.grid[2][1:] == ["合计", "1,089.69", "849.17", "240.53"]


def test_blocks(content: html.HtmlContent) -> None:
    texts = [b[0] for b in content.blocks]
    assert content.title == "景德镇市国家试验区管委会2024年度部门决算"
    assert "不是正文" not in "".join(texts)                 # <script> skipped
    assert "收入支出决算总表" not in texts and "收入决算表" not in texts   # captions are not narrative
    para = next(b for b in content.blocks if "本年收入合计 1089.69 万元" in b[0])
    assert para[0].startswith("本部门 2024 年度收入总计 1134.84 万元，其中年初结转和结余 45.15 万元")
    assert [b[2] for b in content.blocks if b[0].startswith("注：")] == [True]
    assert [b[1] for b in content.blocks] == sorted(b[1] for b in content.blocks)


def test_html_tables_build(content: html.HtmlContent) -> None:
    t = pdf._to_table(content.tables[0], 0)
    assert t.title == "收入支出决算总表" and t.location == content.tables[0].page
    assert any(r.label == "本年收入合计" for r in t.rows)


def test_gbk_page_decodes(tmp_path: Path) -> None:
    p = tmp_path / "gbk.html"
    body = SAMPLE.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="gbk"')
    p.write_bytes(body.encode("gbk"))
    assert [g.title for g in html.read_html(str(p)).tables] == ["收入支出决算总表", "收入决算表"]


def test_merge_keeps_sources_and_pages() -> None:
    a = Report(source="n.pdf", kind="pdf", sha256="a" * 64, pages=19, sources=["n.pdf"], department="江苏省人大常委会")
    b = Report(source="t.pdf", kind="pdf", sha256="b" * 64, pages=13, sources=["t.pdf"],
               tables=[Table("收支预算总表", [], [], location=1, loc_kind="page")])
    m = merge.merge_reports([a, b])
    assert m.sources == ["n.pdf", "t.pdf"] and m.pages == 32 and m.kind == "pdf"
    assert m.department == "江苏省人大常委会"
    assert m.tables[0].location == 1 and m.tables[0].extra["source"] == "t.pdf"
    assert m.tables[0].extra["source_index"] == 1
    assert m.sha256 != a.sha256 and len(m.sha256) == 64


@pytest.mark.parametrize("captions_inside", [False, True], ids=["captions-above", "captions-inside"])
def test_a_whole_report_served_as_html_reads_as_its_text(tmp_path, captions_inside) -> None:
    """Seed 000 as a disclosure site serves it (<p> lines, one <table> per TAB block; the caption
    lines above each table, or printed as its first rows across the columns): every standard table
    is found and named, though a '2024 年度' line sits between its title and its unit line, and the
    findings are the text's (same checks, severities, messages)."""
    from collections import Counter

    from finder.testing import corpus_analysis, export_text_html
    from finder.analysis import analyse

    seed = str(ROOT / "seeds" / "000_601db7814e7d3dfd.txt")
    page = tmp_path / "seed000.html"
    page.write_text(export_text_html(seed, captions_inside), encoding="utf-8")
    text, served = corpus_analysis(seed), analyse([str(page)])
    standard = {(t.id, t.number.replace(" ", ""), len(t.rows)) for t in text.report.tables if t.number}
    assert len(standard) == 10
    assert standard <= {(t.id, t.number.replace(" ", ""), len(t.rows)) for t in served.report.tables}
    assert Counter((f.check, f.severity, f.message) for f in served.findings) == \
        Counter((f.check, f.severity, f.message) for f in text.findings)


def test_a_page_laid_out_in_tables_reads_its_narrative_and_its_data_tables(tmp_path):
    """County portals lay the page out in tables: the report sits in a cell of a layout table, next to
    the navigation and the footer. The text after the first data table used to be lost (26 of 34 findings)."""
    from collections import Counter

    from finder.analysis import analyse
    from finder.testing import corpus_analysis, export_text_html

    seed = str(ROOT / "seeds" / "000_601db7814e7d3dfd.txt")
    body = export_text_html(seed).split("<body>", 1)[1].rsplit("</body>", 1)[0]
    page = tmp_path / "portal.html"
    page.write_text('<html><head><meta charset="utf-8"><title>门户网站</title></head><body>'
                    '<table width="100%"><tr><td><a href="/">首页</a> | <a>政务公开</a></td></tr>'
                    f'<tr><td><table><tr><td class="content">{body}</td></tr></table></td></tr>'
                    "<tr><td>版权所有 某某市人民政府</td></tr></table></body></html>", encoding="utf-8")
    text, served = corpus_analysis(seed), analyse([str(page)])
    assert Counter((f.check, f.severity, f.message) for f in served.findings) == \
        Counter((f.check, f.severity, f.message) for f in text.findings)
    # the text after the tables is read to its last paragraph; the portal's footer is the site's, no prose
    assert text.report.paragraphs[-1].text in [p.text for p in served.report.paragraphs]
    assert not any(p.text.startswith("版权所有") for p in served.report.paragraphs)


def test_paragraph_tags_inside_cells_keep_a_data_table(tmp_path):
    # Word's HTML puts every cell's text in <p>: that is no layout
    page = tmp_path / "word.html"
    page.write_text("<html><body><p>“三公”经费支出决算表</p><p>单位：万元</p><table>"
                    "<tr><td><p>项目</p></td><td><p>决算数</p></td></tr>"
                    "<tr><td><p>公务接待费</p></td><td><p>9.50</p></td></tr></table></body></html>", encoding="utf-8")
    from finder import ingest

    (t,) = ingest.load(str(page)).tables
    assert t.title == "“三公”经费支出决算表" and [r.label for r in t.rows] == ["公务接待费"]


def test_a_sidebar_layout_table_around_the_report_is_read_as_text(tmp_path):
    """A two-cell layout (links beside the content) holds no table, so only its shape tells: a few rows,
    a cell of many paragraphs and much text. The report in it was one data-table row: nothing read."""
    import html as html_mod
    from collections import Counter

    from finder.analysis import analyse

    lines = (ROOT / "seeds" / "003_6d07ecb03f4a5f80.txt").read_text(encoding="utf-8").split("\n")
    body = "".join(f"<p>{html_mod.escape(t)}</p>" for t in lines if t.strip())
    plain, side = tmp_path / "plain.html", tmp_path / "side.html"
    plain.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8")
    side.write_text('<html><head><meta charset="utf-8"></head><body><table><tr><td><a>首页</a><br><a>政务公开</a>'
                    f"</td><td>{body}</td></tr></table></body></html>", encoding="utf-8")
    a, b = analyse([str(plain)]), analyse([str(side)])
    assert len(a.findings) >= 20 and b.report.tables == []
    assert Counter((f.check, f.severity, f.message) for f in b.findings) == \
        Counter((f.check, f.severity, f.message) for f in a.findings)


def test_a_header_row_numbering_the_columns_is_no_data_row() -> None:
    # '支出功能分类科目编码 | 科目名称 | 1 | 2 | 3' under the rowspan header: the column numbers are no
    # figures (read as a row '科目名称' they gave a false TB02 error: 1 ≠ 2 + 3)
    from finder.analysis import analyse

    a = analyse([str(SAMPLE)])
    income = next(t for t in a.report.tables if t.id == "income")
    assert "科目名称" not in [r.label for r in income.rows]
    assert [f.check for f in a.findings] == []


def test_a_web_pages_places_are_blocks_for_a_reader_and_page_in_the_json() -> None:
    # an HTML page has no printed pages: its running block number reads 第N段 (JSON keeps the key 'page')
    import json

    from finder.analysis import analyse
    from finder.render import render

    import subprocess
    import sys

    from finder.render.fields import loc_text, placed_in

    a = analyse([str(SAMPLE)])
    claim = a.claims[0]
    ledger = subprocess.run([sys.executable, "-m", "finder.cli", "claims", str(SAMPLE)], capture_output=True,
                            text=True, check=True).stdout
    assert "段\t" in ledger and "页\t" not in ledger

    with placed_in(a.report.kind):
        shown = loc_text(claim.paragraph.where(claim.start), "zh")
    assert shown.startswith("第") and shown.endswith("段")
    assert loc_text(claim.paragraph.where(claim.start), "zh").endswith("页")     # outside: pages
    assert "page" in json.loads(render(a, "json"))["claims"][0]


@pytest.mark.parametrize("page", [
    "<html><body></body></html>",
    '<html><head><title>某局</title></head><body><div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a>'
    '</div><div id="app"></div><script>load()</script></body></html>',
])
def test_page_without_text_is_an_input_error(tmp_path: Path, page: str) -> None:
    """A page whose report the site loads by script (only a menu, or nothing, in the saved file) has nothing to
    check: an input error (exit 2, a batch error row), not a clean report of 0 claims."""
    from finder.ingest.errors import InputError

    f = tmp_path / "shell.html"
    f.write_text(page, encoding="utf-8")
    with pytest.raises(InputError) as e:
        html.load(str(f))
    assert e.value.reason == "empty" and "没有可读的正文" in e.value.message


def test_page_with_text_and_no_number_reads(tmp_path: Path) -> None:
    f = tmp_path / "a.html"
    f.write_text("<html><body><p>本部门无此项内容。</p></body></html>", encoding="utf-8")
    assert [p.text for p in html.load(str(f)).paragraphs] == ["本部门无此项内容。"]
