"""Batch: a report published as a narrative file and a tables file is paired into one row; halves alone stay rows."""
import json
import shutil

import pytest

from finder import batch, cli, ingest

NARRATIVE = "corpora/pdfs/jiangsu-npc-2019-budget-narrative.pdf"
TABLES = "corpora/pdfs/jiangsu-npc-2019-budget-tables.pdf"
WHOLE = "corpora/seeds/000_601db7814e7d3dfd.txt"


@pytest.fixture(scope="module")
def halves():
    return ingest.load(NARRATIVE), ingest.load(TABLES)


def test_parts_are_told_apart(halves):
    narrative, tables = halves
    assert batch.part_of(narrative) == "narrative"
    assert batch.part_of(tables) == "tables"
    assert batch.part_of(ingest.load(WHOLE)) == "whole"


def test_halves_of_one_report_share_a_key(halves, tmp_path):
    from pathlib import Path

    keys = {batch.pair_key(Path(p), r) for p, r in zip((NARRATIVE, TABLES), halves)}
    assert len(keys) == 1 and None not in keys


def test_batch_pairs_the_two_files_and_checks_against_the_tables(tmp_path, capsys):
    for p in (TABLES, NARRATIVE, WHOLE):                   # the tables half comes first by name here
        shutil.copy(p, tmp_path / ("a-" + p.rsplit("/", 1)[1] if p == TABLES else p.rsplit("/", 1)[1]))
    cli.main(["batch", str(tmp_path)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2
    paired = next(r for r in rows if "sources" in r)
    assert [s.rsplit("/", 1)[1] for s in paired["sources"]] == [
        "jiangsu-npc-2019-budget-narrative.pdf", "a-jiangsu-npc-2019-budget-tables.pdf"]   # narrative first
    alone = cli.main(["check", NARRATIVE, "--format", "json"])
    single = json.loads(capsys.readouterr().out)
    assert alone in (0, 1)
    assert paired["summary"]["verified"] > single["summary"]["verified"]


def test_a_half_without_its_other_half_is_still_a_row(tmp_path, capsys):
    shutil.copy(NARRATIVE, tmp_path / "n.pdf")
    (tmp_path / "sub").mkdir()
    shutil.copy(TABLES, tmp_path / "sub" / "t.pdf")         # another folder: not the same report
    cli.main(["batch", str(tmp_path)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2 and all(r["status"] == "ok" and "sources" not in r for r in rows)
