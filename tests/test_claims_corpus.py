"""The claim ledger over whole corpus reports: coverage of number tokens, concept resolution, the CLI ledger."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from finder import ingest
from finder.analysis import extract
from finder.claims import zh
from finder.render import ledger

ROOT = Path(__file__).resolve().parent.parent
FILES = {"000": ROOT / "corpora/seeds/000_601db7814e7d3dfd.txt",
         "003": ROOT / "corpora/seeds/003_6d07ecb03f4a5f80.txt",
         "putuo": ROOT / "corpora/pdfs/putuo-finance-bureau-2024-final.pdf"}


@pytest.fixture(scope="module")
def ledgers():
    return {k: extract(ingest.load(str(p))) for k, p in FILES.items()}


@pytest.mark.parametrize("name", ["000", "003", "putuo"])
def test_numbers_are_claims_or_classified(ledgers, name):
    a = ledgers[name]
    total = len(a.claims) + len(a.non_claims) + len(a.unclassified)
    assert total > 100
    assert len(a.unclassified) / total <= 0.02, [(u.raw, u.paragraph.text[:40]) for u in a.unclassified]


def test_seed_claims_resolve_to_concepts(ledgers):
    claims = ledgers["000"].claims + ledgers["003"].claims
    resolved = [c for c in claims if c.concept]
    assert len(resolved) / len(claims) >= 0.90
    unresolved = [c for c in claims if not c.concept]
    assert all(c.subject or c.kind == "change_pct" for c in unresolved)


def test_every_kind_occurs(ledgers):
    """'target' prose is only in 003's 自评表, which ingest reads as a table (see test_claims_sentences)."""
    kinds = {c.kind for a in ledgers.values() for c in a.claims}
    assert kinds >= {"amount", "change_abs", "change_pct", "share", "completion", "count", "score", "weight", "ratio"}


def test_toc_gives_non_claims_only(ledgers):
    a = ledgers["000"]
    assert not [c for c in a.claims if c.paragraph.role == "toc"]


def test_claim_locations_are_lines_and_pages(ledgers):
    c = next(c for c in ledgers["000"].claims if c.raw_number == "1089.69")
    assert c.line is not None and "1089.69" in ingest.load(str(FILES["000"])).lines[c.line - 1]
    p = next(c for c in ledgers["putuo"].claims if c.raw_number == "2106.66")
    assert p.page == 21 and p.whole == "gpb_expense" and p.concept == "func_201"


def test_ledger_json_summary(ledgers):
    out = json.loads(ledger.render(ledgers["003"], "json", unclassified=True))
    s = out["summary"]
    assert s["numbers"] == s["claims"] + s["non_claims"] + s["unclassified"]
    assert s["claims"] == len(out["claims"]) and all(isinstance(s[k], int) for k in ("numbers", "claims"))
    first = next(c for c in out["claims"] if c["number"] == "884")
    assert first["concept"] == "reception" and first["kind"] == "count" and first["unit"] == "人次"


def test_ledger_text_one_line_per_claim(ledgers):
    text = ledger.render(ledgers["000"], "text")
    lines = text.strip().splitlines()
    assert len(lines) == len(ledgers["000"].claims) + 1
    assert any("本年收入合计 -> income_total" in ln and "1089.69万元" in ln for ln in lines)


def test_model_loaded_once(ledgers):
    assert zh.LOADS["nlp"] == 1


def test_ledger_json_cites_cells_as_records():
    """A linked claim's candidate cells are table/row/column records in the JSON ledger, not the repr of
    a whole table (which also printed a set, so the ledger changed from run to run)."""
    from finder.analysis import analyse_report, parse

    a = analyse_report(parse([str(FILES["000"])]))
    text = ledger.render(a, "json")
    assert "CellRef(" not in text
    refs = [r for c in json.loads(text)["claims"] for r in c["extra"].get("refs", [])]
    assert refs and all({"table", "row", "column", "text"} <= set(r) for r in refs)
    income = next(c for c in json.loads(text)["claims"] if c["number"] == "1089.69")
    assert any(r["row"] == "本年收入合计" and r["text"] == "1,089.69" for r in income["extra"]["refs"])
