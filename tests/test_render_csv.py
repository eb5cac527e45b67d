"""CSV report: BOM, one row per finding, the columns of fields.CSV_FIELDS, formulas defused."""
from __future__ import annotations

import csv
import io

import pytest

from finder.render import render
from finder.render.csv_out import defuse
from finder.render.fields import CSV_FIELDS
from test_render_html import CORPUS, _run, hand_analysis


@pytest.fixture(scope="module")
def rows():
    a = hand_analysis()
    text = render(a, "csv")
    assert text.startswith("\ufeff") and text.encode("utf-8")[:3] == b"\xef\xbb\xbf"
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_one_row_per_finding_with_the_shared_columns(rows):
    assert list(rows[0].keys()) == list(CSV_FIELDS)
    assert [r["id"] for r in rows] == ["F3", "F2", "F1"]
    f1 = rows[2]
    assert (f1["check"], f1["severity"], f1["line"], f1["page"]) == ("AR01", "error", "483", "")
    assert "10.07%" in f1["quote"] and "[99.97%, 100.03%]" in f1["computation"]
    assert rows[1]["reference"] == "收入支出决算总表 / 本年收入合计 / 金额 = 1,089.69"


def test_formula_cells_are_defused():
    assert defuse("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert defuse("@SUM(A1)") == "'@SUM(A1)"
    assert defuse("-12.50") == "-12.50" and defuse("-5%") == "-5%"
    assert defuse("-1+cmd|' /C calc'!A0").startswith("'")
    assert defuse("收入") == "收入"


@pytest.mark.parametrize("path", CORPUS[:2], ids=lambda p: p.name)
def test_real_seed_csv(path):
    a = _run([str(path)])
    got = list(csv.DictReader(io.StringIO(render(a, "csv")[1:])))
    assert [r["id"] for r in got] == [f.id for f in a.findings]
    assert [r["check"] for r in got] == [f.check for f in a.findings]
