"""The self-evaluation forms and their explanations, read further (session 16): a 一级指标's own row, a rating
printed in the form, a target or 分值 restated in a numbered explanation.

Every form and sentence here is made up: the national template's layout, our own names and numbers."""
from __future__ import annotations

from pathlib import Path

from finder.analysis import analyse
from finder.appendix.build import of

_FORM = """项目支出绩效自评表

（2031年度）

项目名称\t\t甲乙文化惠民工程\t\t\t\t\t\t
主管部门\t\t甲乙市丙丁管理局\t\t\t实施单位\t\t甲乙市文化中心\t
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t
\t年度资金总额\t100.00\t100.00\t95.00\t10\t95.00%\t9.5\t
年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t
\t举办公益讲座不少于 20 场。\t\t\t\t全年执行资金 95.00 万元。\t\t\t
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
{out_row}\t{out}\t数量指标\t举办公益讲座场次\t≥20 场\t24 场\t30\t30\t
\t\t质量指标\t讲座方案审核通过率\t=100%\t100%\t20\t{quality}\t
{eff_row}\t{eff}\t社会效益指标\t参与讲座群众人次\t≥2000 人次\t2100 人次\t30\t30\t
\t满意度指标\t服务对象满意度指标\t听众满意度\t≥90%\t92%\t10\t10\t
总分\t\t\t\t\t\t100\t{total}\t{total_note}
{rating}"""


def _form(quality: str = "19.5", total: str = "99", subtotals: tuple[str, str] | None = None, rating: str = "",
          total_note: str = "") -> str:
    """The form; with `subtotals` (产出 and 效益 得分), each 一级 prints its own row above its rows."""
    rows = dict(out_row="", out="产出指标", eff_row="", eff="效益指标")
    if subtotals is not None:
        rows = dict(out_row=f"\t产出指标\t\t\t\t\t50\t{subtotals[0]}\t\n", out="",
                    eff_row=f"\t效益指标\t\t\t\t\t30\t{subtotals[1]}\t\n", eff="")
    return _FORM.format(quality=quality, total=total, rating=rating, total_note=total_note, **rows)


def _analyse(tmp_path: Path, prose: str, form: str):
    path = tmp_path / "report.txt"
    path.write_text("甲乙市丙丁管理局2031年度部门决算\n\n一、项目绩效自评情况\n\n" + prose + "\n\n" + form, encoding="utf-8")
    return analyse([str(path)])


def _checks(tmp_path: Path, prose: str, form: str, check: str) -> list[str]:
    a = _analyse(tmp_path, prose, form)
    return [f.message for f in a.findings if f.check == check and f.severity in ("error", "warning")]


# ------------------------------------------------------------ a 一级指标's own row among its rows (EV01)

def test_a_level1_row_is_no_part_of_the_total_and_takes_its_rows(tmp_path):
    a = _analyse(tmp_path, "本项目绩效良好。", _form(subtotals=("49.5", "30")))
    [et] = of(a).evals
    assert [(s.level1, s.weight.raw, s.score.raw) for s in et.subtotals] == [("产出指标", "50", "49.5"),
                                                                              ("效益指标", "30", "30")]
    # the rows under a 一级's own row are of that 一级, not of the row above's
    assert [i.level1 for i in et.indicators] == ["产出指标", "产出指标", "效益指标", "满意度指标"]
    assert [f for f in a.findings if f.check == "EV01"] == []


def test_a_level1_row_or_a_row_under_it_misprinted_is_found(tmp_path):
    [msg] = _checks(tmp_path, "本项目绩效良好。", _form(subtotals=("48", "30")), "EV01")
    assert "产出指标行的得分为 48" in msg and "49.5" in msg
    # a row scored down under a right 一级 row: both the 一级's and the form's totals are wrong
    found = _checks(tmp_path, "本项目绩效良好。", _form(quality="19", subtotals=("49.5", "30")), "EV01")
    assert len(found) == 2 and any("产出指标行" in m for m in found) and any("总分行" in m for m in found)


def test_a_level1_row_below_rows_that_print_no_level1_is_not_judged(tmp_path):
    """Printed below its rows, a 一级's row would lend its name to the next 一级's first row (printing none):
    the 分值 then do not add up, so no 一级 row is judged, though its 得分 is off too."""
    form = _form().replace("\t效益指标\t社会效益指标", "\t\t社会效益指标").replace(
        "\t\t质量指标\t讲座方案审核通过率\t=100%\t100%\t20\t19.5\t\n",
        "\t\t质量指标\t讲座方案审核通过率\t=100%\t100%\t20\t19.5\t\n\t产出指标\t\t\t\t\t50\t48\t\n")
    a = _analyse(tmp_path, "本项目绩效良好。", form)
    assert len(of(a).evals[0].subtotals) == 1
    assert [f for f in a.findings if f.check == "EV01"] == []


# --------------------------------------------------------------- a rating printed in the form (EV16)

def test_a_rating_cell_outside_its_total_score_band_is_found(tmp_path):
    for rating, total_note in (("评价等级\t\t良\t\t\t\t\t\t", ""), ("", "评价等级：良")):
        a = _analyse(tmp_path, "本项目绩效良好。", _form(rating=rating, total_note=total_note))
        assert of(a).evals[0].rating.raw == "良"
        [msg] = [f.message for f in a.findings if f.check == "EV16"]
        assert "甲乙文化惠民工程" in msg and "“良”" in msg and "99 分" in msg and "应为“优”" in msg


def test_a_rating_cell_in_its_band_or_no_rating_is_silent(tmp_path):
    assert _checks(tmp_path, "本项目绩效良好。", _form(rating="自评等级\t\t“优”\t\t\t\t\t\t"), "EV16") == []
    # a label with no rating after it is no rating
    a = _analyse(tmp_path, "本项目绩效良好。", _form(rating="评价等级\t\t\t\t\t\t\t\t"))
    assert of(a).evals[0].rating is None
    # a sentence in a cell opening with the label's words is no label
    a = _analyse(tmp_path, "本项目绩效良好。", _form(total_note="评价结果良好"))
    assert of(a).evals[0].rating is None


# ------------------------------------------- a numbered explanation restating its row's target (EV10)

def test_a_numbered_explanation_restating_another_target_is_found(tmp_path):
    for said in ("1、举办公益讲座场次：年度目标值为≥30 场，实际完成 24 场，达到预期目标。",
                 "1、举办公益讲座场次。该指标年度指标值为 30 场，实际完成 24 场，达到预期目标。"):
        [msg] = _checks(tmp_path, said, _form(), "EV10")
        assert "举办公益讲座场次" in msg and "30 场" in msg and "≥20 场" in msg


def test_a_numbered_explanation_restating_its_target_as_printed_is_verified(tmp_path):
    said = "1、举办公益讲座场次：年度目标值为≥20 场，实际完成 24 场，达到预期目标。"
    a = _analyse(tmp_path, said, _form())
    assert [f for f in a.findings if f.check == "EV10"] == []
    [target] = [c for c in a.claims if c.paragraph.role not in ("table", "form") and c.kind == "target"]
    assert target.status == "verified"


def test_a_target_owned_by_other_words_or_in_another_unit_is_not_read(tmp_path):
    # the words before the target are not the item's: another thing's target
    other = "1、举办公益讲座场次：全市讲座年度目标值为≥30 场，本项目实际完成 24 场，达到预期目标。"
    assert _checks(tmp_path, other, _form(), "EV10") == []
    # the row prints 场; a figure in 次 is not its target restated
    unit = "1、举办公益讲座场次：年度目标值为≥30 次，实际完成 24 场，达到预期目标。"
    assert _checks(tmp_path, unit, _form(), "EV10") == []


# ----------------------------------------- a numbered explanation restating its row's 分值 (EV06)

def test_a_restated_weight_or_score_off_its_row_is_found(tmp_path):
    said = "2、讲座方案审核通过率：实际完成 100%，达到预期目标。该指标分值 {w} 分，得 {s} 分。"
    assert _checks(tmp_path, said.format(w=20, s=19.5), _form(), "EV06") == []
    [msg] = _checks(tmp_path, said.format(w=25, s=19.5), _form(), "EV06")
    assert "分值 25 分" in msg and "20" in msg
    [msg] = _checks(tmp_path, said.format(w=20, s=18), _form(), "EV06")
    assert "得分 18 分" in msg and "19.5" in msg


def test_a_section_statement_still_reads_its_weight_and_score(tmp_path):
    """'分值 … 分，得 … 分' is an item's only after an item's owner word: a 一级's statement stays the 一级's."""
    a = _analyse(tmp_path, "产出指标权重分值 50 分，实际得 49.5 分，得分率 99%。", _form())
    [st] = of(a).statements
    assert (st.section, st.weight, st.score) == ("产出", "50", "49.5")
