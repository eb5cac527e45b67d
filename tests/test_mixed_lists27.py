"""'收入总计 T，其中本级收入 a，上级补助收入 b，上年结余 c': a total's 其中 list whose names do not end alike and mix
known concepts with unknown ones adds to no more than the total (AR04, a warning; arith.yml mixed_list_totals).
Made-up town accounts of the shape real ones take."""
from __future__ import annotations

from finder.testing import file_analysis

_DOC = ("某某镇2030年财政决算\n（二）政府性基金预算\n2030年我镇政府性基金收入总计500万元，其中本级收入100万元，"
        "上级补助收入{b}万元，上年结余150万元；2030年政府性基金支出总计500万元，其中本级支出300万元。\n")


def _run(tmp_path, b):
    a = file_analysis(tmp_path, _DOC.format(b=b), "town.txt")
    return a, [f for f in a.findings if f.check == "AR04"]


def test_mixed_parts_over_the_total_are_a_warning(tmp_path):
    _, found = _run(tmp_path, "350")
    assert [f.severity for f in found] == ["warning"]
    assert "收入总计" in found[0].message and "上年结余" in found[0].message


def test_mixed_parts_adding_up_verify_the_total(tmp_path):
    a, found = _run(tmp_path, "250")
    assert not found
    total = next(c for c in a.claims if c.subject == "收入总计")
    assert total.status == "verified"


def test_a_list_of_one_known_and_no_unknown_is_not_read_here(tmp_path):
    doc = _DOC.replace("其中本级收入100万元，", "其中")
    a = file_analysis(tmp_path, doc.format(b="450"), "town.txt")
    assert not [f for f in a.findings if f.check == "AR04" and "本级收入" in f.message]
