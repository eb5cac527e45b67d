"""A table a message names is named as a reader finds it: its printed title, else the caption printed over
it, else its template's name; never a schema id ('three_public'). Made-up text in the shape of a web page's
one-cell-a-line 三公 table (see test_layouts24)."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest.text import from_text
from finder.link.tables_index import template_name


def _cells(*cells: str) -> str:
    return "".join(f"{c}\n|\n" for c in cells)


_HEAD = ("年度", "合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费", "合计", "车辆购置", "车辆运行")
_ROWS = [("2030年", "780", "40", "340", "400", "100", "300"),
         ("2031年", "620", "20", "300", "300", "60", "240"),
         ("2031年比2030年增减%", "-20.51", "-50.00", "-11.76", "-30.00", "-40.00", "-20.00")]
_PROSE = "本区2031年一般公共预算安排“三公”经费决算数620万元。\n"


def _tb(caption: str) -> list[str]:
    text = _PROSE + caption + _cells(*_HEAD) + "".join(_cells(*r) for r in _ROWS) + "备注：无。\n"
    a = analyse_report(from_text(text))
    assert a.report.tables and a.report.tables[0].id == "three_public"
    return [f.message for f in a.findings if f.check.startswith("TB")]


def test_an_untitled_tables_finding_names_its_caption():
    (msg,) = _tb("2031年决算数与2030年决算数对比情况\n")
    assert msg.startswith("2031年决算数与2030年决算数对比情况“公车购置及运行维护费”行") and "three_public" not in msg


def test_a_table_with_no_caption_is_named_by_its_template_in_neither_kinds_words():
    msgs = _tb("")
    assert msgs and all("three_public" not in m for m in msgs)
    assert all(m.startswith("财政拨款“三公”经费支出表") for m in msgs), msgs


def test_template_names_follow_the_reports_kind():
    assert template_name("three_public") == "财政拨款“三公”经费支出表"
    assert template_name("three_public", "final") == "财政拨款“三公”经费支出决算表"
