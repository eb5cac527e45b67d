"""Change lists whose parts are said unchanged ('与上年无增减', '持平') or left out (nochange26).

Every sentence and table here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import CheckOptions, run
from finder.testing import analysis_from

_HEAD = "某某镇2033年度部门决算\n三、“三公”经费财政拨款支出决算情况说明\n"
_DEFECT = ("2033年度“三公”经费财政拨款支出决算为3.20万元，比上年减少{d}万元。其中：因公出国（境）费支出决算为0万元，"
           "与上年无增减；公务接待费支出决算1.20万元，{flat}；公务用车运行维护费支出决算2.00万元，比上年减少1.20万元。\n")


def _table(purchase: str = "0.00\t0.00", reception: str = "1.20\t1.20") -> dict:
    return {"three_public": {"title": "2033年度“三公”经费支出决算表", "rows": [
        "项目\t上年决算数\t本年决算数",
        "合计\t4.40\t3.20",
        "因公出国（境）费\t0.00\t0.00",
        "公务用车购置及运行维护费\t3.20\t2.00",
        f"其中：公务用车购置费\t{purchase}",
        "公务用车运行维护费\t3.20\t2.00",
        f"公务接待费\t{reception}"]}}


def _analysis(tables, text: str):
    a = analysis_from(tables, _HEAD + text, 2033)
    a.report.type = "final"
    return a


def _ar04(tables, text: str) -> tuple[list, object]:
    a = _analysis(tables, text)
    return [f for f in run(a, CheckOptions()) if f.check == "AR04"], a


def test_parts_said_unchanged_and_a_part_left_out_the_table_shows_nil():
    """The parts said 无增减 moved by exactly 0 (the table prints their two years alike), 公务用车购置费, left out, is
    0.00 both years: −1.20 is all the parts moved, not the −0.60 the whole says. An error quoting the whole, every
    part and the cells read, with the arithmetic."""
    [f], a = _ar04(_table(), _DEFECT.format(d="0.60", flat="与上年无增减"))
    assert f.severity == "error"
    quoted = " ".join(e.text for e in f.evidence)
    assert "比上年减少0.60万元" in quoted
    assert "与上年无增减" in quoted and "公务接待费支出决算1.20万元" in quoted and "比上年减少1.20万元" in quoted
    assert {(e.row, e.column) for e in f.evidence if e.table} >= {("其中：公务用车购置费", "上年决算数"),
                                                                  ("其中：公务用车购置费", "本年决算数")}
    assert "[-1.205, -1.195]" in f.computation and "[-0.605, -0.595]" in f.computation
    assert "公务用车购置费未列变动额" in f.computation and "变动 0" in f.computation
    # the parts do add to a whole of −1.20: nothing to say, and the whole's change is verified by them
    found, a = _ar04(_table(), _DEFECT.format(d="1.20", flat="与上年无增减"))
    assert not found
    assert next(c for c in a.claims if c.kind == "change_abs" and c.raw_number == "1.20"
                and "三公" in c.subject).status == "verified"


def test_a_part_left_out_that_the_table_shows_moved_bounds_nothing():
    """公务用车购置费 left out but printed 0.50 last year and 0.00 this year: the list is not every part's change."""
    found, a = _ar04(_table(purchase="0.50\t0.00"), _DEFECT.format(d="0.60", flat="与上年无增减"))
    assert not found


def test_a_list_leaving_a_part_out_with_no_table_is_not_summed():
    """No table: nothing says how 公务用车购置费 moved, so the list bounds nothing, and the whole's reason says why."""
    found, a = _ar04({}, _DEFECT.format(d="0.60", flat="与上年无增减"))
    assert not found
    whole = next(c for c in a.claims if c.kind == "change_abs" and "三公" in c.subject)
    assert whole.status == "unverifiable" and "未含“公务用车购置费”" in whole.reason


def test_a_part_said_unchanged_with_no_table_is_read_within_its_printing():
    """Every part printed, no table: 公务接待费 1.20 '与上年持平' moved within [−0.01, 0.01] (two figures printed
    1.20), the 0 figures within [−0.5, 0.5]. −1.20 ± 1.01 cannot meet −0.10: a warning, as the parts' changes rest
    on the words alone; −0.60 fits."""
    text = ("2033年度“三公”经费财政拨款支出决算为3.20万元，比上年减少{d}万元。其中：因公出国（境）费支出决算为0万元，"
            "与上年无增减；公务接待费支出决算1.20万元，与上年持平；公务用车购置费支出决算0万元，与上年无增减；"
            "公务用车运行维护费支出决算2.00万元，比上年减少1.20万元。\n")
    [f], _ = _ar04({}, text.format(d="0.10"))
    assert f.severity == "warning" and "仅为警告" in f.message
    assert "按印刷精度变动在 [-0.01, 0.01] 内" in f.computation
    assert not _ar04({}, text.format(d="0.60"))[0]


def test_roughly_unchanged_beside_a_small_change_is_no_error():
    """'基本持平' says only roughly: 公务接待费 may have moved a little (the table: 1.85 to 1.20), so −0.55 against the
    other parts' −1.20 is no finding (were it read as no change it would be one); with no table either the whole's
    reason names the part said roughly flat."""
    found, a = _ar04(_table(reception="1.85\t1.20"), _DEFECT.format(d="0.55", flat="与上年基本持平"))
    assert not found
    no_table, a = _ar04({}, _DEFECT.format(d="0.10", flat="与上年基本持平").replace(
        "；公务用车运行维护费", "；公务用车购置费支出决算0万元，与上年无增减；公务用车运行维护费"))
    assert not no_table
    whole = next(c for c in a.claims if c.kind == "change_abs" and "三公" in c.subject)
    assert "约略持平" in whole.reason and "基本持平" in whole.reason


def test_a_fund_left_out_names_the_fund():
    """A 财政拨款 change split by fund leaving one fund out, no table: the reason names the fund left out."""
    text = ("支出预算 900 万元，其中：财政拨款支出预算 900 万元，比上年预算增加 75 万元。财政拨款支出预算中，一般公共预算拨款"
            "支出预算 600 万元，比上年预算减少 15 万元；政府性基金拨款支出预算 300 万元，比上年预算增加 90 万元。\n")
    a = analysis_from({}, text, 2032)
    run(a, CheckOptions())
    whole = next(c for c in a.claims if c.kind == "change_abs" and c.raw_number == "75")
    assert "国有资本经营预算" in whole.reason


def test_a_part_said_unchanged_in_a_sentence_of_no_figure():
    """'公务接待费与上年无增减' prints no figure: a part all the same, moved by 0 when the table prints its two years
    alike (an error past that, quoting the sentence), else within a unit of the list's printing (a warning)."""
    text = ("2033年度“三公”经费财政拨款支出决算为3.20万元，比上年减少{d}万元。其中：因公出国（境）费与上年无增减；"
            "公务接待费与上年无增减；公务用车购置费与上年无增减；公务用车运行维护费支出决算2.00万元，比上年减少1.20万元。\n")
    [f], _ = _ar04(_table(), text.format(d="0.60"))
    assert f.severity == "error"
    assert "公务接待费与上年无增减" in [e.text.rstrip("；") for e in f.evidence]
    assert not _ar04(_table(), text.format(d="1.20"))[0]
    [f], _ = _ar04({}, text.format(d="1.25"))
    assert f.severity == "warning" and "[-0.01, 0.01]" in f.computation
    assert not _ar04({}, text.format(d="1.22"))[0]
    [f], _ = _ar04(_table(), text.format(d="0.60").replace("公务接待费与上年无增减", "公务接待费与上年相比没有变化"))
    assert f.severity == "error" and "公务接待费与上年相比没有变化" in f.computation
