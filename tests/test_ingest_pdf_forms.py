"""Project self-evaluation forms printed without rules (ingest.pdf_forms): a cell's text wrapped a
few characters a line, the row's other cells centred beside it, are read as one row of the form;
a form whose rows do not all read is dropped, never read in part.

The PDFs are made here (test_ingest_pdf_unruled.placed_pdf): a made-up form, not a corpus one."""
from __future__ import annotations

from pathlib import Path

from finder import ingest
from finder.analysis import analyse_report
from finder.appendix.build import build
from finder.ingest import pdf_forms
from test_ingest_pdf_unruled import placed_pdf

PITCH = 11          # a wrapped cell's lines (size 9)
GAP = 10            # between rows

HEAD = [
    [(30, ["项目名称"]), (120, ["社区服务经费"])],
    [(30, ["主管部门"]), (120, ["某某区", "民政局"]), (240, ["实施单位"]), (320, ["某某区", "民政局"])],
    [(30, ["项目资金(万元)"]), (120, ["年初预算数"]), (180, ["全年预算数"]), (240, ["全年执行数"]), (300, ["分值"]),
     (340, ["执行率"]), (390, ["得分"])],
    [(30, ["年度资", "金总额"]), (120, ["50"]), (180, ["60"]), (240, ["54"]), (300, ["10"]), (340, ["90"]), (390, ["9"])],
    [(30, ["年度总体目标"]), (120, ["预期目标"]), (300, ["实际完成情况"])],
    [(120, ["完成社区", "服务站建", "设工作"]), (300, ["无"])],
]
INDICATORS = [
    [(30, ["一级指标"]), (90, ["二级指标"]), (170, ["三级指标"]), (260, ["年度指标值"]), (320, ["实际完成值"]),
     (390, ["分值"]), (440, ["得分"])],
    [(30, ["产出指", "标"]), (90, ["数量指", "标"]), (170, ["服务站数量"]), (260, ["≥5个"]), (320, ["5个"]), (390, ["40"]),
     (440, ["40"])],
    [(90, ["质量指", "标"]), (170, ["验收合", "格率"]), (260, ["100%"]), (320, ["100%"]), (390, ["30"]), (440, ["30"])],
    [(30, ["满意度", "指标"]), (90, ["服务对", "象满意", "度"]), (170, ["居民满意度"]), (260, ["≥90%"]), (320, ["92%"]),
     (390, ["20"]), (440, ["18"])],
]
TOTAL = [(30, ["总分"]), (390, ["100"]), (440, ["97"])]


def _place(rows: list[list[tuple[int, list[str]]]], y: float) -> tuple[list[tuple[float, float, str]], float]:
    """Each row's cells at their x, a cell's lines PITCH apart and centred on the row's height."""
    out = []
    for row in rows:
        n = max(len(lines) for _, lines in row)
        for x, lines in row:
            top = y - (n - len(lines)) * PITCH / 2
            out += [(x, top - k * PITCH, t) for k, t in enumerate(lines)]
        y -= n * PITCH + GAP
    return out, y


def _form_pdf(tmp_path: Path, indicators=INDICATORS, total=TOTAL, break_before_indicators: bool = False) -> Path:
    first, y = _place([[(200, ["项目支出绩效自评表"])], [(30, ["(2023年度)"])], *HEAD], 760)
    pages = [[(30, 790, "本部门项目支出绩效自评结果如下："), *first]]
    if break_before_indicators:
        pages.append([])
        y = 790
    rest, y = _place([*indicators, *([total] if total else [])], y)
    pages[-1] += rest + [(30, y - 10, "（三）其他情况说明。")]
    path = tmp_path / "form.pdf"
    path.write_bytes(placed_pdf(*pages))
    return path


def _projects(path: Path):
    return build(ingest.load(str(path))).projects


def test_a_form_with_cells_wrapped_a_few_characters_a_line_is_read(tmp_path: Path):
    (et,) = _projects(_form_pdf(tmp_path))
    assert et.project == "社区服务经费"
    assert et.table.extra["fields"]["实施单位"] == "某某区民政局"
    assert {k: c.raw for k, c in et.fund("total").values.items()} == {
        "initial_budget": "50", "full_budget": "60", "spent": "54", "weight": "10", "rate": "90", "score": "9"}
    assert (et.goal.expected, et.goal.actual) == ("完成社区服务站建设工作", "无")
    assert [(i.group, i.name, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in et.indicators] == [
        ("数量指标", "服务站数量", "≥5个", "5个", "40", "40"),
        ("质量指标", "验收合格率", "100%", "100%", "30", "30"),
        ("服务对象满意度", "居民满意度", "≥90%", "92%", "20", "18")]
    assert et.indicators[1].level1 == "产出指标"
    assert (et.total.weight.raw, et.total.score.raw) == ("100", "97")


def test_a_read_form_leaves_the_prose_and_its_goal_reaches_the_checks(tmp_path: Path):
    a = analyse_report(ingest.load(str(_form_pdf(tmp_path))))
    prose = "".join(p.text for p in a.report.paragraphs)
    assert "居民满意度" not in prose and "其他情况说明" in prose
    assert [f.check for f in a.findings if f.check == "EV14"] == ["EV14"]


def test_a_form_running_over_a_page_break_is_one_table(tmp_path: Path):
    (et,) = _projects(_form_pdf(tmp_path, break_before_indicators=True))
    assert len(et.indicators) == 3 and et.total is not None
    assert et.table.extra["pages"] == [1, 2]


def test_a_form_whose_weights_do_not_add_up_to_its_total_is_dropped(tmp_path: Path):
    """A row lost or misread shows in the 分值: 10 + 40 + 30 + 20 is not 90; nothing of the form is
    read, and its lines do not become prose either."""
    r = ingest.load(str(_form_pdf(tmp_path, total=[(30, ["总分"]), (390, ["90"]), (440, ["97"])])))
    assert not build(r).projects
    assert "居民满意度" not in "".join(p.text for p in r.paragraphs)


def test_a_form_with_a_figure_row_that_reads_as_no_indicator_is_dropped(tmp_path: Path):
    """An indicator whose 实际完成值 is blank would read its target as the actual: not read."""
    rows = [*INDICATORS[:2], [(90, ["质量指", "标"]), (170, ["验收合", "格率"]), (260, ["100%"]), (390, ["30"]),
                              (440, ["30"])], INDICATORS[3]]
    assert not _projects(_form_pdf(tmp_path, indicators=rows))


def test_a_form_title_with_no_total_row_below_is_left_alone(tmp_path: Path):
    r = ingest.load(str(_form_pdf(tmp_path, total=None)))
    assert not build(r).projects
    assert "居民满意度" in "".join(p.text for p in r.paragraphs)


def test_stacked_lines_of_a_row_are_one_cell_and_rows_part_at_wider_gaps(tmp_path: Path):
    path = _form_pdf(tmp_path)
    import pdfplumber

    from finder.ingest.pdf_lines import make_lines
    with pdfplumber.open(str(path)) as pdf:
        lines = make_lines([c for c in pdf.pages[0].chars if c["text"].strip()], 1)
    rows = pdf_forms.rows_of(lines)
    assert ["年度资金总额", "50", "60", "54", "10", "90", "9"] in [r.texts for r in rows]
    assert ["主管部门", "某某区民政局", "实施单位", "某某区民政局"] in [r.texts for r in rows]


def test_forms_are_read_all_or_none(tmp_path: Path):
    """Two forms, the second's weights not adding up: neither is read (one form read of two would
    count one project where the prose states two)."""
    one, y = _place([[(200, ["项目支出绩效自评表"])], *HEAD, *INDICATORS, TOTAL], 790)
    two, _ = _place([[(200, ["项目支出绩效自评表"])], *HEAD, *INDICATORS, [(30, ["总分"]), (390, ["90"]), (440, ["97"])]], 790)
    path = tmp_path / "forms.pdf"
    path.write_bytes(placed_pdf(one, two))
    assert not _projects(path)
    path.write_bytes(placed_pdf(one, one))
    assert len(_projects(path)) == 2


def test_a_project_name_wrapped_above_its_field_name_opens_the_form(tmp_path: Path):
    """The name's cell wraps into four lines, the field name centred beside them: the form's first
    printed line is part of the name."""
    head = [[(30, ["项目名称"]), (120, ["社区", "服务站", "建设", "经费"])], *HEAD[1:]]
    rows, _ = _place([[(200, ["项目支出绩效自评表"])], *head, *INDICATORS, TOTAL], 790)
    path = tmp_path / "form.pdf"
    path.write_bytes(placed_pdf(rows))
    (et,) = _projects(path)
    assert et.project == "社区服务站建设经费"


def test_fund_rows_the_unruled_reader_takes_under_the_title_are_read_with_the_form(tmp_path: Path):
    """Fund rows set on one line each line up under the funds header: the unruled table reader takes
    them (and the header block) as a table under the form's title; the form reader reads them as
    the form's, the part read alone goes."""
    funds = [[(30, ["年度资金总额"]), (120, ["50"]), (180, ["60"]), (240, ["54"]), (300, ["10"]), (340, ["90"]), (390, ["9"])],
             [(30, ["财政拨款"]), (120, ["50"]), (180, ["60"]), (240, ["54"]), (300, ["—"]), (340, ["90"]), (390, ["—"])]]
    rows, _ = _place([[(200, ["项目支出绩效自评表"])], *HEAD[:3], *funds, *HEAD[4:], *INDICATORS, TOTAL], 790)
    path = tmp_path / "form.pdf"
    path.write_bytes(placed_pdf(rows))
    tables = ingest.load(str(path)).tables
    assert len(tables) == 1
    (et,) = _projects(path)
    assert [f.kind for f in et.funds] == ["total", "fiscal"] and len(et.indicators) == 3


def test_rows_repeated_at_the_top_of_the_next_page_are_passed_over(tmp_path: Path):
    """The form's header block and its indicator columns' names printed again over a page break
    are not rows of the form (a second 项目资金 header would leave its funds block unread)."""
    first, y = _place([[(200, ["项目支出绩效自评表"])], *HEAD, *INDICATORS[:2]], 790)
    rest, _ = _place([*HEAD[:3], INDICATORS[0], *INDICATORS[2:], TOTAL], 790)
    path = tmp_path / "form.pdf"
    path.write_bytes(placed_pdf(first, rest))
    (et,) = _projects(path)
    assert [i.name for i in et.indicators] == ["服务站数量", "验收合格率", "居民满意度"]


TRADITIONAL = {"项目支出绩效自评表": "項目支出績效自評表", "项目名称": "項目名稱", "社区服务经费": "社區服務經費",
               "主管部门": "主管部門", "某某区": "某某區", "实施单位": "實施單位", "项目资金(万元)": "項目資金(萬元)",
               "年初预算数": "年初預算數", "全年预算数": "全年預算數", "全年执行数": "全年執行數", "执行率": "執行率",
               "年度资": "年度資", "金总额": "金總額", "年度总体目标": "年度總體目標", "预期目标": "預期目標",
               "实际完成情况": "實際完成情況", "完成社区": "完成社區", "服务站建": "服務站建", "设工作": "設工作",
               "无": "無", "一级指标": "一級指標", "二级指标": "二級指標", "三级指标": "三級指標",
               "年度指标值": "年度指標值", "实际完成值": "實際完成值", "产出指": "產出指", "标": "標", "数量指": "數量指",
               "服务站数量": "服務站數量", "≥5个": "≥5個", "5个": "5個", "质量指": "質量指", "验收合": "驗收合",
               "满意度": "滿意度", "指标": "指標", "服务对": "服務對", "象满意": "象滿意", "居民满意度": "居民滿意度",
               "总分": "總分"}


def test_a_form_printed_in_traditional_script_is_read_as_its_simplified_twin(tmp_path: Path):
    from finder.ingest import script

    assert all(script.to_simplified(t) == s for s, t in TRADITIONAL.items())
    rows = [[(x, [TRADITIONAL.get(t, t) for t in lines]) for x, lines in row]
            for row in [[(200, ["项目支出绩效自评表"])], *HEAD, *INDICATORS, TOTAL]]
    items, _ = _place(rows, 790)
    path = tmp_path / "form.pdf"
    path.write_bytes(placed_pdf(items))
    (et,) = _projects(path)
    assert (et.project, et.goal.actual, len(et.indicators)) == ("社区服务经费", "无", 3)


def _funds_form(tmp_path: Path, sub_row: list[tuple[int, list[str]]]) -> Path:
    rows, _ = _place([[(200, ["项目支出绩效自评表"])], *HEAD[:4], sub_row, *HEAD[4:], *INDICATORS, TOTAL], 790)
    path = tmp_path / "form.pdf"
    path.write_bytes(placed_pdf(rows))
    return path


def test_a_fund_row_with_blank_cells_reads_each_figure_under_its_column(tmp_path: Path):
    """A sub-row printing nothing under 分值 and 得分 (blank, not '—'): each figure is the column's
    whose name it is printed under; the form is read, the blank columns left blank."""
    sub = [(30, ["财政拨款"]), (120, ["50"]), (180, ["60"]), (240, ["54"]), (340, ["90"])]
    (et,) = _projects(_funds_form(tmp_path, sub))
    assert {k: c.raw for k, c in et.fund("fiscal").values.items()} == {
        "initial_budget": "50", "full_budget": "60", "spent": "54", "rate": "90"}
    assert et.fund("total").values["weight"].raw == "10" and len(et.indicators) == 3


def test_a_fund_row_whose_figure_is_under_two_column_names_drops_the_form(tmp_path: Path):
    """'600.00' printed across 全年预算数 and 全年执行数: which column it fills is not known."""
    sub = [(30, ["财政拨款"]), (120, ["50"]), (220, ["600.00"]), (340, ["90"])]
    assert not _projects(_funds_form(tmp_path, sub))


def test_a_fund_row_printed_one_cell_a_column_reads_a_blank_as_that_column():
    """A row keeping a blank cell per column (a ruled form, a TAB row): the blank is its column's,
    the figures after it are not moved up into it."""
    from finder.appendix.model import parse_funds
    from finder.model import Row

    cells = ["当年财政拨款", "50", "60", "54", "", "90", ""]
    funds = parse_funds(cells, Row(label=cells[0], cells=[]))
    assert {k: c.raw for k, c in funds.values.items()} == {
        "initial_budget": "50", "full_budget": "60", "spent": "54", "rate": "90"}
