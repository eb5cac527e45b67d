"""Batch rows as an auditor scans them: which report each is, a one-line reason for a bad file, a CSV summary."""
import csv
import io
import json

from finder import cli
from finder.render.csv_out import BATCH_FIELDS, BOM

SEED = "corpora/seeds/000_601db7814e7d3dfd.txt"


def _bad_inputs(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_fake.pdf").write_bytes(b"not a pdf at all")
    (tmp_path / "c_notes.txt").write_text("会议纪要\n今天天气晴朗，大家讨论了工作安排。\n", encoding="utf-8")
    return tmp_path


def test_a_row_names_the_report_it_checked(capsys):
    cli.main(["batch", SEED])
    (row,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert row["status"] == "ok" and row["department"] and row["year"] == 2024 and row["type"] == "final"


def test_an_input_error_row_gives_its_reason_once(tmp_path, capsys):
    rc = cli.main(["batch", str(_bad_inputs(tmp_path) / "a_empty.txt")])
    (row,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rc == 2 and row["reason"] == "empty"
    assert row["message"] and str(tmp_path) not in row["message"]     # the path is in `source`, not repeated


def test_a_file_with_nothing_to_check_is_not_a_clean_report(tmp_path, capsys):
    rc = cli.main(["batch", str(_bad_inputs(tmp_path) / "c_notes.txt")])
    (row,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert row["status"] == "nothing_to_check" and row["message"]
    assert rc == 0                                    # read, like `finder check` on it: not an input error


def test_the_csv_summary_has_one_row_per_report_with_counts_and_reasons(tmp_path, capsys):
    out = tmp_path / "summary.csv"
    rc = cli.main(["batch", SEED, str(_bad_inputs(tmp_path)), "--format", "csv", "-o", str(out)])
    text = out.read_bytes().decode("utf-8")
    assert rc == 2 and text.startswith(BOM) and "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text.removeprefix(BOM))))
    assert tuple(rows[0]) == BATCH_FIELDS
    assert [(r["status"], r["reason"]) for r in rows] == [
        ("ok", ""), ("input_error", "empty"), ("input_error", "not_pdf"), ("nothing_to_check", "")]
    seed = rows[0]
    assert int(seed["error"]) > 0 and int(seed["claims"]) >= int(seed["verified"]) > 0 and seed["year"] == "2024"
    assert rows[1]["error"] == "" and rows[1]["message"]


def test_the_csv_summary_streams_with_one_header(tmp_path, capsys):
    cli.main(["batch", SEED, SEED, "--format", "csv"])
    lines = capsys.readouterr().out.removeprefix(BOM).splitlines()
    assert len(lines) == 3 and lines[0].startswith("source,status") and lines[1] == lines[2]
