"""Session 17's made-up readings on the filled national template: each sentence is planted into
corpora/synthetic/national_filled.txt and must be read as an auditor reads it."""
from pathlib import Path

from finder.testing import planted, quotes

FILLED = Path(__file__).resolve().parent.parent / "corpora" / "synthetic" / "national_filled.txt"
SHARE = "占本年支出合计的85.11%"


def _share_line(a):
    return [c for c in a.claims if "3538.54" in c.paragraph.text and "万元的" in c.paragraph.text]


def test_whole_printed_inline_is_the_departments_total(tmp_path):
    """'占本年支出合计 4157.41 万元的 85.11%' in the 一般公共预算 section: 4157.41 is the department's
    本年支出合计 (it was held to the fund table's 合计 3538.54: a false NT01 error) and the share is
    3538.54 ÷ 4157.41."""
    a = planted(FILLED, SHARE, "占本年支出合计 4157.41 万元的85.11%", tmp_path / "r.txt")
    whole = next(c for c in _share_line(a) if str(c.value) == "4157.41")
    share = next(c for c in _share_line(a) if c.kind == "share")
    assert (whole.status, share.status) == ("verified", "verified")
    assert share.subject == "一般公共预算财政拨款支出"
    assert not [f for f in a.findings if "万元的" in f.message + "".join(e.text for e in f.evidence)]


def test_wrong_share_of_a_whole_printed_inline(tmp_path):
    a = planted(FILLED, SHARE, "占本年支出合计 4157.41 万元的比重为95.11%", tmp_path / "r.txt")
    assert quotes(a.findings, "AR01", "95.11")
    assert not [f for f in a.findings if f.check == "NT01" and "4157.41" in f.message]


BUDGET = FILLED.parent / "budget_filled.txt"
LIST_END = "项目支出985.00 万元，占30.44%。"


def test_figure_after_a_list_is_no_sum_of_its_items(tmp_path):
    """'支出预算 T，其中：基本支出 a，项目支出 b。一般公共预算拨款支出 c。': c runs on under the list's head,
    a sibling of a and b, not their whole (a + b = T ≠ c was a false AR04 error)."""
    a = planted(BUDGET, LIST_END, LIST_END + "一般公共预算拨款支出3096.34 万元。", tmp_path / "r.txt")
    assert not [f for f in a.findings if f.check == "AR04" and "3096.34" in f.message]


def test_figure_after_a_list_is_held_to_its_own_items(tmp_path):
    """Its own 其中 list is summed, not the list before it (2251.34 + 985.00 was cited, from a head of
    another period)."""
    a = planted(BUDGET, LIST_END, LIST_END + "一般公共预算拨款支出3096.34 万元，其中：基本支出2000.00 万元，"
                "项目支出1200.00 万元。", tmp_path / "r.txt")
    found = [f for f in a.findings if f.check == "AR04" and "3096.34" in f.message]
    assert len(found) == 1 and "2000.00 + 项目支出 1200.00" in found[0].message
