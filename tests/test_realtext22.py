"""Numbers of real reports of other regions left unread or unaccounted for though the report prints what reads them
(realtext22).

Every sentence here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from plant_points import read

_HEAD = "三、“三公”经费支出决算情况说明\n"


def _analysed(text: str):
    return read(text, 2031, _HEAD)


def _claim(a, kind: str, raw: str):
    return next(c for c in a.claims if c.kind == kind and c.raw == raw)


def test_a_table_rows_bare_cells_laid_out_as_prose_are_table_residue():
    """'年度资金总额： 0 0 0 10' or '满意度 10 10' in a line with punctuation: bare numbers side by side are the cells
    of a table row printed as prose, recorded as table residue, not left unclassified."""
    a, found = _analysed("项目资金（万元）：年度资金总额： 0 0 0 10 其中：本年财政拨款 80 79.5 79.5 服务对象满意度 10 10。")
    assert a.unclassified == []
    assert sorted(n.raw for n in a.non_claims if n.reason == "table_residue") == sorted(
        ["0", "0", "0", "10", "80", "79.5", "79.5", "10", "10"])
    assert found == []


def test_a_lone_bare_number_in_prose_is_no_table_cell():
    """A bare number beside words only ('在 12 部门中') is not a cell run: it stays unclassified, a recorded hole."""
    a, _ = _analysed("在12部门中，支出最多的是某局。")
    assert [n.raw for n in a.unclassified] == ["12"]
    assert not [n for n in a.non_claims if n.reason == "table_residue"]


def test_a_rate_dashed_for_a_zero_base_is_last_years_zero():
    """'比上年决算数增加 A 万元，增长--（基数为0，不可比）': the base note is last year's 0 (directions.yml nil_prior
    zero_bases), so the rise is checked as the whole figure; its zero is no figure of its own (nil_base)."""
    a, found = _analysed("其中：因公出国（境）费支出决算为6.40万元，完成预算6.40万元的100%，比上年决算数增加6.40万元，"
                         "增长--（基数为0，不可比）。")
    assert _claim(a, "change_abs", "6.40万元").status == "verified"
    nil = _claim(a, "amount", "基数为0")
    assert (nil.period, nil.value, nil.status) == ("上年", 0, "verified")
    assert [n.reason for n in a.non_claims if n.raw == "0"] == ["nil_base"]
    assert a.unclassified == [] and found == []
    a, found = _analysed("其中：因公出国（境）费支出决算为6.40万元，比上年决算数增加5.40万元，增长--（基数为0，不可比）。")
    assert _claim(a, "change_abs", "5.40万元").status == "contradicted"
    assert ("AR02", "error") in found or ("NT02", "error") in found


def test_a_zero_base_note_of_a_completion_rate_reads_no_prior():
    """'完成预算0万元的--%（基数为0）' has its figure in its clause: the note's zero is recorded, no 上年 amount read."""
    a, found = _analysed("其中：公务用车购置支出决算为0万元，完成预算0万元的--%（基数为0，不可比）。")
    assert not [c for c in a.claims if c.period == "上年"]
    assert [n.reason for n in a.non_claims if n.raw == "0"] == ["nil_base"]
    assert found == []


_TWO_SECTIONS = ("一、2031年“三公”经费预算安排情况\n"
                 "2031年度“三公”经费预算总计30.0万元，其中：因公出国（境）费0万元，公务接待费14.0万元，公务用车运行费16.0万元。\n"
                 "二、2030年“三公”经费决算情况\n"
                 "2030年度“三公”经费合计支出28.80万元，其中：因公出国（境）费0万元，公务接待费16.00万元，公务用车运行费12.80万元。\n")


def test_a_change_after_last_years_figure_in_its_section_is_checked_on_it():
    """A change and its rate in a sentence of their own, after last year's figure of the same item in the section and
    no figure of this year there: the rate is the change over that figure (AR02, read across sentences)."""
    a, found = read(_TWO_SECTIONS + "公务接待费较上年减少2.00万元，下降12.50%。公务用车运行费较上年增加3.20万元，增长25.00%。",
                    2031, "")
    assert [_claim(a, k, r).status for k, r in (("change_abs", "2.00万元"), ("change_pct", "12.50%"),
                                                 ("change_abs", "3.20万元"), ("change_pct", "25.00%"))] == ["verified"] * 4
    assert ("AR02", "warning") not in found and ("AR02", "error") not in found
    a, found = read(_TWO_SECTIONS + "公务接待费较上年减少2.00万元，下降15.50%。", 2031, "")
    assert ("AR02", "warning") in found and ("AR02", "error") not in found      # read across sentences: a warning
    assert _claim(a, "change_pct", "15.50%").status != "verified"


def test_a_change_with_no_figure_of_its_item_before_it_stays_unread():
    """No figure of last year of that item in the section (only another item's): nothing to recompute on."""
    a, found = read(_TWO_SECTIONS + "会议费较上年减少2.00万元，下降15.50%。", 2031, "")
    assert _claim(a, "change_pct", "15.50%").status == "unverifiable"
    assert not [f for f in found if f[0] == "AR02"]


def test_a_level_inside_the_heads_name_is_a_part_of_its_own():
    """'县区级完成 A，其中，区级完成 a': 区级 is inside the head's name but names another level (levels.yml), the
    part, not the head's figure again; the part's rate is its own."""
    a, _ = read("分级次看，县区级支出完成30,000万元，下降1.3%，其中：区级支出完成10,000万元，增长4.9%；"
                "县级支出完成20,000万元，下降2.6%。县区级完成31,000万元，其中，区级完成11,000万元，下降8.5%。",
                2031, "一、收支预算执行情况\n")
    assert [(c.raw, c.subject) for c in a.claims if c.raw in ("10,000万元", "4.9%", "11,000万元", "8.5%")] == [
        ("10,000万元", "区级支出"), ("4.9%", "区级支出"), ("11,000万元", "区级"), ("8.5%", "区级")]
    assert _claim(a, "amount", "31,000万元").subject == "县区级"
