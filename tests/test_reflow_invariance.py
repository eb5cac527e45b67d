"""Metamorphic test: hard-wrapping seed 000's prose (as seed 003's extraction does) changes no error.

Every narrative line longer than the wrap width is cut every 30 characters — numbers included
("53.4" / "3", "88" / ".54%") — with blank lines and "- N -" page residue sprinkled in; tables keep
their TAB lines. The re-flowed report must yield the same error findings and claim count.
"""
import random
from pathlib import Path

import pytest

from finder.analysis import analyse

SEED = Path(__file__).resolve().parent.parent / "corpora" / "seeds" / "000_601db7814e7d3dfd.txt"
WIDTH = 30


def hard_wrap(lines: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    for i, line in enumerate(lines):
        if "\t" in line or len(line) <= WIDTH + 2:
            out.append(line)
            continue
        for k in range(0, len(line), WIDTH):
            out.append(line[k:k + WIDTH])
            if rng.random() < 0.15:
                out.append("")
        if rng.random() < 0.05:
            out.append(f" - {i // 40 + 1} -")
    return out


def errors(a) -> set[tuple[str, str]]:
    return {(f.check, f.message) for f in a.findings if f.severity == "error"}


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    wrapped = tmp_path_factory.mktemp("wrap") / "wrapped.txt"
    text = SEED.read_text(encoding="utf-8").split("\n")
    wrapped.write_text("\n".join(hard_wrap(text, random.Random(1))), encoding="utf-8")
    return analyse([str(SEED)]), analyse([str(wrapped)])


def test_wrapping_changes_no_error_finding(pair):
    original, wrapped = pair
    assert errors(wrapped) == errors(original)
    assert len(errors(original)) >= 15


def test_wrapping_keeps_the_claims(pair):
    original, wrapped = pair
    assert abs(len(wrapped.claims) - len(original.claims)) <= 2
    assert len(wrapped.unclassified) <= 3
