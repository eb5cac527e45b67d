"""Traditional-script reports: read through the 1:1 map to simplified, quoted as printed."""
from __future__ import annotations

import glob
import re

import pytest

from finder import ingest, lexicon
from finder.analysis import analyse_report
from finder.ingest import script
from finder.ingest.text import from_text
from finder.render import json_out, text as text_out

TRAD = (
    "2022年度青禾縣圖書館“三公”經費支出決算情況說明\n"
    "一、“三公”經費支出總體情況\n"
    "青禾縣圖書館2022年度一般公共預算財政撥款“三公”經費支出預算為24萬元,支出決算為7.52萬元,"
    "完成預算的31.33%。其中:因公出國(境)費支出決算0萬元;公務接待費支出決算7.52萬元,占45.20%;"
    "公務用車購置及運行費支出決算0萬元。決算數小於預算數的主要原因是嚴格執行中央八項規定,壓減接待開支。\n"
    "二、機關運行經費\n"
    "2022年度機關運行經費支出86.40萬元,比上年增加6.40萬元,增長8.8%。\n"
)
TABLE = (
    "青禾縣圖書館2022年度部門決算\n"
    "一、收入支出決算總表\n"
    "單位:萬元\n"
    "項目\t決算數\n"
    "一般公共預算財政撥款收入\t312.50\n"
    "本年收入合計\t312.50\n"
    "二、關於收入決算情況說明\n"
    "2022年度收入合計321.50萬元,其中:一般公共預算財政撥款收入321.50萬元。\n"
)


def _shape(a):
    """What a report's analysis says, in simplified script."""
    claims = [(c.kind, c.raw, c.subject, c.concept, c.status) for c in a.claims]
    findings = [(f.check, f.severity, f.message, [script.to_simplified(script.strip_ruby(e.text)[0])
                                                  for e in f.evidence]) for f in a.findings]
    return claims, findings


def _twins(trad: str):
    a = analyse_report(from_text(trad, source="trad.txt"))
    b = analyse_report(from_text(script.to_simplified(script.strip_ruby(trad)[0]), source="simp.txt"))
    return a, b


def test_map_is_one_character_to_one_with_its_source():
    head = lexicon.path("t2s.tsv").read_text("utf-8").splitlines()[:4]
    assert any("OpenCC" in h and h.startswith("#") for h in head)
    assert any("Apache" in h for h in head)
    t = script.table()
    assert len(t) > 3000
    assert all(len(chr(k)) == 1 and len(v) == 1 and chr(k) != v for k, v in t.items())
    assert script.to_simplified("財政撥款經費預算") == "财政拨款经费预算"


def test_detects_traditional_and_leaves_simplified():
    assert script.is_traditional(TRAD)
    assert not script.is_traditional(script.to_simplified(TRAD))
    assert not script.is_traditional("一般公共预算财政拨款收入312.50万元。" * 20)
    assert not script.is_traditional("這裡")          # too few characters to decide on


def test_traditional_report_gives_the_findings_of_its_simplified_twin_quoted_as_printed():
    a, b = _twins(TRAD)
    assert a.report.script == "traditional" and b.report.script == "simplified"
    assert _shape(a) == _shape(b)
    assert {f.check for f in a.findings} >= {"AR01"}
    ar01 = next(f for f in a.findings if f.check == "AR01")
    assert ar01.evidence[0].text == "公務接待費支出決算7.52萬元,占45.20%;"
    for f in a.findings:
        for e in f.evidence:
            assert e.text in TRAD.replace("\n", "")


def test_table_labels_convert_and_table_evidence_is_printed():
    a, b = _twins(TABLE)
    assert [t.id for t in a.report.tables] == [t.id for t in b.report.tables] == ["income_expense_summary"]
    assert _shape(a) == _shape(b) and a.findings
    refs = [e for f in a.findings for e in f.evidence if e.role == "reference"]
    assert refs and all(e.table_title == "一、收入支出決算總表" for e in refs)
    assert {e.row for e in refs} == {"本年收入合計", "一般公共預算財政撥款收入"}


def test_pinyin_residue_is_read_past_and_kept_in_quotes():
    ruby = TRAD.replace("經費", "經(jīng)費").replace("公務", "公務(wù)")
    a, b = _twins(ruby)
    assert _shape(a) == _shape(b)
    ar01 = next(f for f in a.findings if f.check == "AR01")
    assert ar01.evidence[0].text == "公務(wù)接待費支出決算7.52萬元,占45.20%;"
    claim = next(c for c in a.claims if c.concept == "reception_fee" and c.kind == "amount")
    assert json_out.claim_dict(claim)["quote"] == "公務(wù)接待費支出決算7.52萬元,"


def test_script_shows_in_json_and_text_header():
    a, b = _twins(TRAD)
    assert json_out.report_dict(a.report)["script"] == "traditional"
    assert json_out.report_dict(b.report)["script"] == "simplified"
    assert "繁体" in text_out.render(a).splitlines()[1]
    assert "traditional script" in text_out.render(a, lang="en").splitlines()[1]
    assert "繁体" not in text_out.render(b)


def test_offsets_agree_with_the_printed_paragraph():
    r = from_text(TRAD.replace("經費", "經(jīng)費"))
    for p in r.paragraphs:
        assert script.to_simplified(script.strip_ruby(p.original)[0]) == p.text
        assert len(p.original_at) == len(p.text) + 1


@pytest.mark.parametrize("path", sorted(glob.glob("corpora/seeds/*.txt") + glob.glob("corpora/pdfs/*.pdf")
                                        + glob.glob("corpora/regress/*")))
def test_corpus_reports_stay_simplified(path):
    r = ingest.load(path)
    assert r.script == "simplified"
    assert not any(p.original for p in r.paragraphs)


def test_traditional_html_page(tmp_path):
    body = "".join(f"<p>{line}</p>" for line in TABLE.splitlines() if "\t" not in line and "單位" not in line)
    table = ("<table><tr><td>項目</td><td>決算數</td></tr><tr><td>一般公共預算財政撥款收入</td><td>312.50</td></tr>"
             "<tr><td>本年收入合計</td><td>312.50</td></tr></table>")
    page = body.replace("<p>二、", "<p>單位:萬元</p>" + table + "<p>二、", 1)
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><meta charset='utf-8'></head><body>{page}</body></html>", "utf-8")
    a = analyse_report(ingest.load(str(path)))
    assert a.report.script == "traditional"
    assert [t.id for t in a.report.tables] == ["income_expense_summary"]
    quotes = [e.text for f in a.findings for e in f.evidence if e.role == "claim"]
    assert "2022年度收入合計321.50萬元," in quotes


def test_html_report_shows_a_traditional_report_as_printed():
    from finder.render import html as html_render
    from test_render_html import embedded_data, parse_page

    a, b = _twins(TRAD + TABLE)
    page, twin = html_render.render(a, generated="x"), html_render.render(b, generated="x")
    body = re.sub(r"<[^>]+>", "", page.split('id="narrative"')[1].split('id="tables"')[0])
    assert "公務接待費支出決算7.52萬元,占45.20%" in body and "公务接待费" not in body
    tables = page.split('id="tables"')[1]
    assert "本年收入合計" in tables and "本年收入合计" not in tables
    # the same claims, findings and highlighted places as the simplified twin
    p, q = parse_page(page), parse_page(twin)
    assert p.claims == q.claims and p.findings == q.findings and p.cells == q.cells
    assert embedded_data(page) == embedded_data(twin)
    assert any(v["cells"] for v in embedded_data(page)["findings"].values())
    assert any(v["sentences"] for v in embedded_data(page)["findings"].values())
