"""Radical look-alikes ('⼀般公共预算⽀出', '⻓') in a text layer read as the ideographs they stand for."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from finder import ingest
from finder.ingest import glyphs
from finder.testing import corpus_analysis

SEED = Path(__file__).resolve().parent.parent / "corpora/seeds/000_601db7814e7d3dfd.txt"
LOOK_ALIKES = str.maketrans({"一": "\u2f00", "支": "\u2f40", "入": "\u2f0a", "工": "\u2f2f", "用": "\u2f64",
                             "金": "\u2fa6", "长": "\u2ed3", "门": "\u2ed4"})


def test_a_report_printed_with_radical_look_alikes_reads_as_the_report(tmp_path) -> None:
    # before: 59 claims verified instead of 135, 19 errors instead of 16 (tables and concepts not found)
    from finder.analysis import analyse

    path = tmp_path / "seed000_radicals.txt"
    path.write_text(SEED.read_text(encoding="utf-8").translate(LOOK_ALIKES), encoding="utf-8")
    plain, odd = corpus_analysis(str(SEED)), analyse([str(path)])
    assert Counter((f.check, f.severity, f.message) for f in odd.findings) == \
        Counter((f.check, f.severity, f.message) for f in plain.findings)
    assert sum(c.status == "verified" for c in odd.claims) == sum(c.status == "verified" for c in plain.claims)


def test_every_radical_block_maps_one_code_point_to_one_ideograph() -> None:
    t = glyphs.table()
    assert all(0x2F00 + i in t for i in range(214))                # Kangxi radicals, by NFKC
    assert sum(0x2E80 <= cp <= 0x2EFF for cp in t) == 114          # the supplement, lexicons/radicals.tsv
    assert all(len(v) == 1 for cp, v in t.items() if chr(cp) not in glyphs.INVISIBLE)
    assert glyphs.unify("\u2f00般公共预算\u2f40出\u2ed3期") == "一般公共预算支出长期"
    assert glyphs.unify("\ufa11") == "\ufa11"                       # a unified ideograph in the compatibility block
    assert glyphs.unify("下降48.00\u00ad%，本年\u200b收入") == "下降48.00%，本年收入"   # invisible characters dropped


def test_pdf_characters_and_html_pages_are_unified_too(tmp_path) -> None:
    chars = [{"text": "\u2f40"}, {"text": "出"}, {"text": "\u200b"}, {"text": "1"}]
    glyphs.unify_chars(chars)
    assert [c["text"] for c in chars] == ["支", "出", "", "1"]
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>某某局2024年度部门决算</p><p>“三公”经费\u2f40出决算表</p><p>单位：万元</p>"
                    "<table><tr><td>项目</td><td>决算数</td></tr><tr><td>公务接待费</td><td>9.50</td></tr></table>"
                    "</body></html>", encoding="utf-8")
    (t,) = ingest.load(str(page)).tables
    assert t.title == "“三公”经费支出决算表" and t.id == "three_public"
