"""Evidence says where to look: in a report of several files each file numbers its own pages, so a
page comes with its file's name; a workbook's table is found by its sheet's name."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from finder.analysis import analyse
from finder.render import csv_out, json_out, text
from finder.testing import corpus_analysis, export_text_xlsx

ROOT = Path(__file__).resolve().parent.parent
NARRATIVE = ROOT / "corpora/pdfs/jiangsu-npc-2019-budget-narrative.pdf"
TABLES = ROOT / "corpora/pdfs/jiangsu-npc-2019-budget-tables.pdf"
SEED = str(ROOT / "corpora/seeds/000_601db7814e7d3dfd.txt")


@pytest.fixture(scope="module")
def pair():
    return analyse([str(NARRATIVE), str(TABLES)])


def test_a_report_of_two_files_names_the_file_of_every_page(pair) -> None:
    doc = json.loads(json_out.render(pair))
    assert {c.get("file") for c in doc["claims"]} == {NARRATIVE.name}    # the prose is the narrative's
    cells = [ref for c in doc["claims"] for ref in c["checked_against"] if ref.get("table")]
    assert cells and all(ref["file"] in (NARRATIVE.name, TABLES.name) for ref in cells)
    assert any(ref["file"] == TABLES.name for ref in cells)
    placed = [e for f in doc["findings"] for e in f["evidence"] if "page" in e]
    assert placed and all(e["file"] for e in placed)
    assert f"{NARRATIVE.name}第16页" in _unwrapped(text.render(pair))
    rows = list(csv.DictReader(io.StringIO(csv_out.render(pair).lstrip("\ufeff"))))
    assert rows and all(r["file"] == NARRATIVE.name for r in rows)


def test_a_report_of_one_file_names_no_file() -> None:
    doc = json.loads(json_out.render(corpus_analysis(SEED)))
    assert not any("file" in c for c in doc["claims"])
    assert not any("file" in e for f in doc["findings"] for e in f["evidence"])


def test_a_workbook_table_is_cited_by_its_sheet_and_its_file(tmp_path) -> None:
    narrative, book = tmp_path / "narrative.txt", tmp_path / "tables.xlsx"
    export_text_xlsx(SEED, str(narrative), str(book))
    a = analyse([str(narrative), str(book)])
    refs = [e for f in a.findings for e in f.evidence if e.table and e.file == book.name]
    assert refs and all(e.sheet for e in refs)
    sheets = {t.extra["sheet"] for t in a.report.tables if "sheet" in t.extra}
    assert {e.sheet for e in refs} <= sheets
    e = refs[0]
    assert f"（{book.name}工作表“{e.sheet}”）" in _unwrapped(text.render(a))
    assert f"({book.name}sheet“{e.sheet}”)" in _unwrapped(text.render(a, lang="en"))


def _unwrapped(out: str) -> str:
    """The terminal report without its line wrapping (and so without spaces)."""
    return re.sub(r"\s+", "", out)


def test_findings_of_a_report_of_several_files_run_file_by_file() -> None:
    """Each file numbers its own lines or pages, so findings are ordered by file first: line 118 of
    the second file comes after line 972 of the first, not among the first file's findings."""
    second = str(ROOT / "corpora/seeds/003_6d07ecb03f4a5f80.txt")
    a = analyse([SEED, second])
    files = [f.placed.file for f in a.findings if f.placed is not None]
    assert set(files) == {Path(SEED).name, Path(second).name}
    assert files == sorted(files, key=[Path(SEED).name, Path(second).name].index)
    assert [f.id for f in a.findings] == [f"F{i:04d}" for i in range(1, len(a.findings) + 1)]


def test_json_claims_list_the_findings_that_cite_them():
    # seed 003's “三公” parts do not add up to its stated whole (no table holds them): the whole stays
    # unverifiable against the tables, and its JSON record names the AR04 finding that cites it
    d = json_out.to_dict(corpus_analysis(str(ROOT / "corpora/seeds/003_6d07ecb03f4a5f80.txt")))
    ar04 = {f["id"] for f in d["findings"] if f["check"] == "AR04" and f["severity"] == "error"}
    cited = [c for c in d["claims"] if ar04 & set(c["findings"])]
    assert cited and all(c["status"] == "unverifiable" for c in cited)
    by_id = {f["id"]: f for f in d["findings"]}
    assert all(c["id"] in by_id[fid]["claims"] for c in d["claims"] for fid in c["findings"])
