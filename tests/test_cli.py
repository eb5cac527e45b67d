"""CLI contract: exit codes 0/1/2, one-line errors, the check list."""

from finder import cli


def test_unknown_option_is_exit_2(capsys):
    assert cli.main(["check", "--no-such-option", "x.txt"]) == 2


def test_missing_command_is_exit_2(capsys):
    assert cli.main([]) == 2


def test_internal_errors_are_one_line(monkeypatch, capsys):
    def boom(args):
        raise RuntimeError("kaputt")

    monkeypatch.setitem(cli.COMMANDS, "parse", boom)
    assert cli.main(["parse", "whatever.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("finder:") and "Traceback" not in err


SEED = "corpora/seeds/003_6d07ecb03f4a5f80.txt"


def test_check_exit_codes_follow_fail_on(capsys):
    assert cli.main(["check", SEED, "--format", "json"]) == 1          # the seed holds real errors
    capsys.readouterr()
    assert cli.main(["check", SEED, "--exit-zero", "-q"]) == 0
    capsys.readouterr()
    assert cli.main(["check", SEED, "--select", "TX01", "-q"]) == 0    # TX01 never raises errors


def test_check_json_has_the_contract_keys(capsys):
    import json

    cli.main(["check", SEED, "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert {"source", "report", "summary", "claims", "findings"} <= set(out)
    assert {"claims", "verified", "contradicted", "unverifiable", "findings"} <= set(out["summary"])
    f = out["findings"][0]
    assert {"id", "check", "severity", "message", "evidence", "computation"} <= set(f)
    assert all("text" in e and ("line" in e or "page" in e) for e in f["evidence"])


def test_batch_records_bad_files_and_goes_on(tmp_path, capsys):
    import json

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fake.pdf").write_bytes(b"not a pdf at all")
    rc = cli.main(["batch", SEED, str(tmp_path / "empty.txt"), str(tmp_path / "fake.pdf")])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rc == 2
    assert [r["status"] for r in rows] == ["ok", "input_error", "input_error"]
    assert rows[0]["summary"]["findings"]["error"] > 0
    assert rows[1]["reason"] == "empty" and rows[2]["reason"] == "not_pdf"
