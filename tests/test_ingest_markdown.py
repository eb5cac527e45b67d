"""Text reports in Markdown, as PDF-to-Markdown tools print them: each table one <table> element on
lines of its own, headings marked '#', bold marked '**'. The tables are read (the file is text, not
an HTML page) and the marks do not hide the headings.

The small reports here are synthetic; the end-to-end case rewrites seed 000 that way."""
from __future__ import annotations

import collections
import html
from pathlib import Path

import pytest

from finder.analysis import analyse
from finder.ingest import detect, text

ROOT = Path(__file__).resolve().parent.parent
SEED000 = ROOT / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt"

_SUMMARY = ("<table><tr><td>收入</td><td></td><td>支出</td><td></td></tr>"
            "<tr><td>项目</td><td>决算数</td><td>项目</td><td>决算数</td></tr>"
            "<tr><td>一、财政拨款收入</td><td>400.00</td><td>一、教育支出</td><td>420.00</td></tr>"
            "<tr><td>二、其他收入</td><td>100.00</td><td>二、科学技术支出</td><td>80.00</td></tr>"
            "<tr><td>本年收入合计</td><td>500.00</td><td>本年支出合计</td><td>500.00</td></tr></table>")
_REPORT = ("# 某某局 2031 年度部门决算\n\n## 一、收入支出决算总表\n\n收入支出决算总表\n\n公开01表\n\n"
           "金额单位：万元\n\n{table}\n\n# 第三部分 2031 年度部门决算情况说明\n\n"
           "## **一、收入决算情况说明**\n\n2031 年度本年收入合计 {income} 万元，其中：财政拨款收入 400.00 万元，"
           "其他收入 100.00 万元。\n")


def _write(tmp_path, body: str, name: str = "r.md") -> str:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return str(path)


def test_text_with_table_elements_is_a_text_report_and_a_page_is_html(tmp_path):
    assert detect.sniff(_write(tmp_path, _REPORT.format(table=_SUMMARY, income="500.00"))) == "text"
    page = "<html><body><p>某某局</p>" + _SUMMARY + "</body></html>"
    assert detect.sniff(_write(tmp_path, page, "p.html")) == "html"
    # a table inside other markup (a <div> around it) is a page's
    assert detect.sniff(_write(tmp_path, "<div>\n" + _SUMMARY + "\n</div>\n", "d.txt")) == "html"


def test_a_table_element_is_read_and_its_line_is_not_prose(tmp_path):
    a = analyse([_write(tmp_path, _REPORT.format(table=_SUMMARY, income="500.00"))])
    [t] = a.report.tables
    assert t.id == "income_expense_summary"
    assert not any("<t" in p.text for p in a.report.paragraphs)
    [total] = [c for c in a.claims if c.subject == "本年收入合计"]
    assert total.status == "verified"
    assert not [f for f in a.findings if f.severity == "error"]
    # the same claim with another figure is contradicted by the table's cell
    a = analyse([_write(tmp_path, _REPORT.format(table=_SUMMARY, income="560.00"))])
    assert [f.check for f in a.findings if f.severity == "error"] == ["NT01"]


def test_markdown_marks_do_not_hide_headings(tmp_path):
    r = text.load(_write(tmp_path, _REPORT.format(table=_SUMMARY, income="500.00")))
    titles = [s.title for s in r.root.walk()] if hasattr(r.root, "walk") else _titles(r.root)
    assert "一、收入决算情况说明" in titles and "第三部分 2031 年度部门决算情况说明" in titles
    assert len(r.lines) == _REPORT.format(table=_SUMMARY, income="500.00").count("\n") + 1


def _titles(section) -> list[str]:
    out = [section.title]
    for child in section.children:
        out += _titles(child)
    return out


def test_a_table_cut_at_a_page_end_into_two_elements_is_one_table(tmp_path):
    head, rest = _SUMMARY.split("<tr><td>二、其他收入")
    cut = head + "</table>\n\n" + "<table><tr><td>二、其他收入" + rest
    a = analyse([_write(tmp_path, _REPORT.format(table=cut, income="500.00"))])
    [t] = a.report.tables
    assert t.rows[-1].raw.startswith("本年收入合计\t500.00")
    assert [c.status for c in a.claims if c.subject == "本年收入合计"] == ["verified"]


def _as_markdown(seed: str) -> str:
    """Seed 000 as a PDF-to-Markdown tool prints it: each TAB block one <table> line, headings '#'."""
    out, block = [], []

    def flush():
        if block:
            cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row.split("\t")) + "</tr>"
                            for row in block)
            out.append(f"<table>{cells}</table>")
            block.clear()

    for line in seed.split("\n"):
        if "\t" in line:
            block.append(line)
            continue
        if block and not line.strip():      # a blank line inside a TAB table (the tool prints one element)
            continue
        flush()
        if line.startswith("第") and "部分" in line[:6]:
            line = "# " + line
        out.append(line)
    flush()
    return "\n".join(out)


def test_seed000_printed_as_markdown_keeps_its_findings(tmp_path):
    base = analyse([str(SEED000)])
    md = analyse([_write(tmp_path, _as_markdown(SEED000.read_text(encoding="utf-8")), "seed.md")])
    assert [t.id for t in md.report.tables if t.id] == [t.id for t in base.report.tables if t.id]
    by_check = lambda a: collections.Counter((f.check, f.severity) for f in a.findings)  # noqa: E731
    assert by_check(md) == by_check(base)
    assert collections.Counter(c.status for c in md.claims) == collections.Counter(c.status for c in base.claims)


@pytest.mark.parametrize("line", ["<table><tr><td>a</td></tr>", "说明 <table><tr><td>1</td></tr></table>"])
def test_an_element_cut_off_or_inside_prose_stays_text(tmp_path, line):
    r = text.load(_write(tmp_path, "某某局 2031 年度部门决算\n\n" + line + "\n", "x.txt"))
    assert not r.tables
