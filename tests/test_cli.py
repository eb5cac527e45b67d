"""CLI contract: exit codes 0/1/2, one-line errors, the check list."""
import pytest

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
