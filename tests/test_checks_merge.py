"""A figure restated in a summary and a detail paragraph is one defect: one finding quoting both places."""
from __future__ import annotations

from finder import analysis

REPORT = (
    "一、支出决算情况说明\n\n"
    "2023年本单位支出合计200.00万元，其中基本支出66.68万元，占总支出的33.50%，"
    "项目支出133.32万元，占总支出的66.66%。\n\n"
    "（一）基本支出\n\n"
    "本年度基本支出66.68万元，占总支出的33.50%，主要用于人员和公用经费。\n"
)


def test_restated_share_is_reported_once_with_both_places(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    a = analysis.analyse([str(path)])
    shares = [f for f in a.findings if f.check == "AR01"]
    assert len(shares) == 1
    quoted = {e.line for e in shares[0].evidence if e.role == "claim"}
    assert {3, 7} <= quoted
    assert len(shares[0].claims) == 5          # share, part and whole, then the restated share and part


def test_template_residue_of_two_paragraphs_stays_two_findings(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("一、收入情况\n\n本年收入比上年增加（减少）1.00万元。\n\n二、支出情况\n\n"
                    "本年支出比上年增加（减少）1.00万元。\n", encoding="utf-8")
    a = analysis.analyse([str(path)])
    assert len([f for f in a.findings if f.check == "TX01"]) == 2
