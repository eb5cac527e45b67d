"""A subject listing every part of a complete decomposition names its whole: '因公出国（境）费、公务用车购置及
运行维护费和公务接待费的决算数' is the 三公 total, checked against the 三公 table (national_filled.txt)."""
from pathlib import Path

import pytest

from finder.link.concepts import whole_of_parts
from finder.testing import planted, quotes

FILLED = Path(__file__).resolve().parent.parent / "corpora" / "synthetic" / "national_filled.txt"
OLD = "“三公”经费财政拨款支出年初预算为67.00 万元，支出决算为61.50 万元"
LISTED = "因公出国（境）费、公务用车购置及运行维护费和公务接待费年初预算为67.00 万元，决算数为{x} 万元"


@pytest.mark.parametrize("name,whole", [
    ("因公出国（境）费、公务用车购置及运行维护费和公务接待费", "“三公”经费"),
    ("因公出国(境)费、公务用车购置及运行维护费、公务接待费", "“三公”经费"),
    ("政府采购货物支出、政府采购工程支出和政府采购服务支出", "政府采购"),
    ("因公出国（境）费、公务接待费", None),               # a part missing: no whole
    ("社会保障和就业支出、卫生健康支出", None),            # 和 inside a name, no decomposition
])
def test_whole_of_parts(name, whole):
    assert whole_of_parts(name) == whole


def test_listed_parts_verify_against_the_total_cell(tmp_path):
    a = planted(FILLED, OLD, LISTED.format(x="61.50"), tmp_path / "ok.txt")
    [c] = [c for c in a.claims if c.raw_number == "61.50" and c.subject.startswith("因公出国")]
    assert c.status == "verified"


def test_listed_parts_total_misprinted(tmp_path):
    a = planted(FILLED, OLD, LISTED.format(x="65.50"), tmp_path / "bad.txt")
    assert quotes([f for f in a.findings if f.severity == "error"], "NT01", "65.50")
