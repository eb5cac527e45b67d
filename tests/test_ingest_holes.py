"""Layout-mode text exports that print a report's figures a line below their holes read as the prose."""
from __future__ import annotations

from pathlib import Path

from finder.analysis import analyse_report
from finder.ingest import holes, text

ROOT = Path(__file__).resolve().parent.parent
PLUMB = ROOT / "corpora/text-exports/putuo-finance-bureau-2024-final.plumb.txt"

PROSE = ("某某局2030年度部门决算\n"
         "一、收入支出决算总体情况说明\n"
         "   本年收入合计          万元，比上年增加        万元，增长       。其中：\n"
         "                 120.00      10.00       9.09%\n"
         "          万元为财政拨款收入。\n"
         "    110.00\n")


def test_figures_printed_under_their_holes_are_put_back() -> None:
    filled = holes.fill(PROSE).split("\n")
    assert filled[2].split() == ["本年收入合计", "120.00", "万元，比上年增加", "10.00", "万元，增长", "9.09%",
                                 "。其中："]
    assert filled[4].split() == ["110.00", "万元为财政拨款收入。"]      # the indent before a line's text
    assert not filled[3].strip() and not filled[5].strip()
    assert [len(x) for x in filled] == [len(x) for x in PROSE.split("\n")]     # offsets stay the file's
    a = analyse_report(text.from_text(PROSE))
    assert [("".join(c.raw.split()), c.line) for c in a.claims] == [
        ("120.00万元", 3), ("10.00万元", 3), ("9.09%", 3), ("110.00万元", 5)]
    assert not [f for f in a.findings if f.check == "TX01"]


def test_figures_that_fit_no_hole_stay_where_they_are() -> None:
    page_number = "一、基本情况说明，主要职责如下。         \n                    14\n"
    assert holes.fill(page_number) == page_number
    header = "项目（类）      合计        基本支出   项目支出\n          18,330.37   9,312.90  6,459.58\n"
    assert holes.fill(header) == header              # a table's figures stand under its headers
    too_wide = "减少  万元，下降   。\n  1056.95  1.87%\n"
    assert holes.fill(too_wide) == too_wide


def test_a_layout_export_reads_as_its_pdf() -> None:
    a = analyse_report(text.load(str(PLUMB)))
    assert not [f for f in a.findings if f.check == "TX01"]
    assert [(f.check, f.severity) for f in a.findings] == [("AR01", "error")]
    assert "71.73%" in a.findings[0].evidence[0].text
