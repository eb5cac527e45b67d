"""Batch: a report published as a narrative file and a tables file is paired into one row; halves alone stay rows."""
import json
import shutil
from pathlib import Path

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


def _rows(capsys, argv):
    code = cli.main(argv)
    return code, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _without_timings(row):
    return {k: ({kk: vv for kk, vv in v.items() if kk != "timings"} if k == "summary" else v) for k, v in row.items()}


def test_parallel_batch_gives_the_same_rows_in_the_same_order(tmp_path, capsys):
    for p in (TABLES, NARRATIVE, WHOLE):
        shutil.copy(p, tmp_path / p.rsplit("/", 1)[1])
    (tmp_path / "bad.pdf").write_bytes(b"not a pdf")
    code1, one = _rows(capsys, ["batch", str(tmp_path)])
    code2, two = _rows(capsys, ["batch", str(tmp_path), "--jobs", "2"])
    assert code1 == code2 == 2                              # the bad file is a row, the run goes on
    assert [_without_timings(r) for r in two] == [_without_timings(r) for r in one]
    assert [r["status"] for r in two] == ["ok", "input_error", "ok"]      # 000…, bad.pdf, jiangsu…
    assert "sources" in two[2]                              # the halves were paired across workers


def _dying_work(job):
    if job[0].name == "die.txt":
        import os

        os._exit(3)                                         # a worker killed mid-file (out of memory, a crash)
    return _dying_work.__wrapped__(job)


def test_a_worker_that_dies_leaves_error_rows_and_the_batch_ends(tmp_path, capsys, monkeypatch):
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched worker reaches the pool only when workers are forked")
    for name in ("a.txt", "die.txt"):
        shutil.copy(WHOLE, tmp_path / name)
    _dying_work.__wrapped__ = batch._work
    monkeypatch.setattr(batch, "_work", _dying_work)
    code, rows = _rows(capsys, ["batch", str(tmp_path), "--jobs", "2"])
    assert code == 2 and len(rows) == 2
    assert rows[1]["source"].endswith("die.txt") and rows[1]["status"] == "internal_error"


def test_a_folder_batch_reads_every_kind_of_report_file(tmp_path, capsys):
    """A folder's Markdown (.md) and old Excel (.xls) reports are rows too; a batch over a folder
    skipped them silently (only .txt/.pdf/.html/.docx/.xlsx were listed)."""
    root = Path(__file__).resolve().parent.parent / "corpora"
    shutil.copy(root / "seeds" / "000_601db7814e7d3dfd.txt", tmp_path / "a.md")
    shutil.copy(root / "synthetic" / "seed000_tables.xls", tmp_path / "b.xls")
    (tmp_path / "notes.log").write_text("not a report", encoding="utf-8")
    code, rows = _rows(capsys, ["batch", str(tmp_path)])
    assert sorted(r["source"].rsplit("/", 1)[1] for r in rows) == ["a.md", "b.xls"]
