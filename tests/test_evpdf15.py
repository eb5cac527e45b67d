"""Self-evaluation forms printed as PDFs read one table a form: ruled forms one a page under the
same title (taken for a running header in a short appendix) or set touching in one grid, and the
department's form printed without rules. Made-up forms and grids only."""
from __future__ import annotations

from pathlib import Path

from finder import ingest
from finder.appendix.build import build
from finder.ingest.pdf import PdfContent, _form_caption, _place_table
from finder.ingest.pdf_lines import PdfLine
from finder.ingest.pdf_tables import GridTable, _form_parts
from test_ingest_pdf_forms import HEAD, INDICATORS, TOTAL, _place
from test_ingest_pdf_unruled import placed_pdf

COLS = [64.0, 120.0, 200.0, 280.0, 360.0]


def _grid(rows: list[list[str | None]], page: int) -> GridTable:
    return GridTable(rows, ["\t".join(c or "" for c in r) for r in rows], [page] * len(rows), page,
                     (64.0, 100.0, 531.0, 700.0), list(COLS), pages=[page])


def _form(name: str, score: str) -> list[list[str | None]]:
    return [["项目名称", name, None, None, None], ["绩效指标", "一级指标", "三级指标", "分值", "得分"],
            ["", "产出指标", "服务站数量", "100", score], ["总分", "", "", "100", score]]


def test_a_form_opening_the_next_page_is_its_own_table():
    """Two forms one a page, no caption left over either (their title taken for a running header):
    the second is no continuation of the first, whose 分值 would then add up to 200."""
    out = PdfContent(2)
    _place_table(_grid(_form("社区服务经费", "90"), 1), [], False, out)
    _place_table(_grid(_form("养老服务补助", "95"), 2), [], True, out)
    assert [t.grid[0][1] for t in out.tables] == ["社区服务经费", "养老服务补助"]
    assert [t.pages for t in out.tables] == [[1], [2]]


def test_a_form_going_on_with_its_name_row_printed_again_is_one_table():
    """The same form's name row printed again over a page break (a blank where the part before
    had a merged cell) still continues it."""
    out = PdfContent(2)
    first = _form("社区服务经费", "90")
    _place_table(_grid(first[:2], 1), [], False, out)
    _place_table(_grid([["项目名称", "社区服务经费", "", "", ""], *first[2:]], 2), [], True, out)
    assert len(out.tables) == 1 and out.tables[0].pages == [1, 2]
    assert out.tables[0].grid[-1][0] == "总分"


def test_forms_set_touching_in_one_grid_are_parted_at_the_next_title():
    rows = [*_form("社区服务经费", "90"), ["项目支出绩效自评表", None, None, None, None],
            *_form("养老服务补助", "95")]
    assert _form_parts(rows) == [(0, 4), (4, 9)]
    assert _form_parts([*_form("社区服务经费", "90"), *_form("养老服务补助", "95")]) == [(0, 4), (4, 8)]


def test_a_name_row_after_no_total_row_does_not_part_a_grid():
    """'项目名称' in a later row of one table (a second header band) is no new form without the
    first form's 总分 row ending just before it."""
    rows = [["项目名称", "金额"], ["社区服务经费", "90"], ["项目名称", "养老服务补助"], ["合计 ", "90"]]
    assert _form_parts(rows) == [(0, 4)]
    assert _form_parts(_form("社区服务经费", "90")) == [(0, 4)]


def _margin(text: str, top: float) -> PdfLine:
    return PdfLine(text, 3, top, top + 14, 200, 380, 14.0, residue=True)


def test_a_form_title_read_as_a_running_header_is_still_the_forms_caption():
    t = _grid(_form("社区服务经费", "90"), 3)
    _form_caption(t, [_margin("某某区民政局2024年度部门决算", 30), _margin("项目支出绩效自评表", 66),
                      _margin("（2024年度）", 86)])
    assert t.title == "项目支出绩效自评表" and t.extra["year"] == 2024
    other = _grid([["项目", "金额"], ["合计", "90"]], 3)
    _form_caption(other, [_margin("项目支出绩效自评表", 66)])
    assert other.title == ""                        # a table opening no form takes no margin line
    far = _grid(_form("社区服务经费", "90"), 3)
    far.bbox = (64.0, 300.0, 531.0, 700.0)
    _form_caption(far, [_margin("项目支出绩效自评表", 20)])
    assert far.title == ""                          # not standing right above the form


DEPT_HEAD = [
    [(30, ["部门（单位）", "名称"]), (120, ["某某区民政局"])],
    HEAD[2],
    HEAD[3],
    [(30, ["其中：基本", "支出"]), (120, ["30"]), (180, ["35"]), (240, ["34"]), (300, ["—"]), (340, ["97"]), (390, ["—"])],
    [(30, ["项目支出"]), (120, ["20"]), (180, ["25"]), (240, ["20"]), (300, ["—"]), (340, ["80"]), (390, ["—"])],
    *HEAD[4:],
]


def _dept_pdf(tmp_path: Path, head=DEPT_HEAD) -> Path:
    project, _ = _place([[(200, ["项目支出绩效自评表"])], *HEAD, *INDICATORS, TOTAL], 790)
    dept, _ = _place([[(200, ["部门整体支出绩效自评表"])], *head, *INDICATORS, TOTAL], 790)
    path = tmp_path / "forms.pdf"
    path.write_bytes(placed_pdf(project, dept))
    return path


def test_the_department_form_printed_unruled_is_read_with_the_projects(tmp_path: Path):
    """Its name field is 部门（单位）名称 and its funds block splits the spending into 基本支出 and
    项目支出 rows: it was left unread, and the project forms with it (all or none)."""
    evals = build(ingest.load(str(_dept_pdf(tmp_path)))).evals
    assert [(e.kind, e.project) for e in evals] == [("project", "社区服务经费"), ("department", "某某区民政局")]
    assert [f.label for f in evals[1].funds] == ["年度资金总额", "其中：基本支出", "项目支出"]
    assert len(evals[1].indicators) == 3


def test_a_department_form_whose_funds_block_prints_an_unknown_row_is_left_unread(tmp_path: Path):
    head = [*DEPT_HEAD[:4], [(30, ["其他说明"]), (120, ["20"]), (180, ["25"]), (240, ["20"])], *DEPT_HEAD[5:]]
    assert not build(ingest.load(str(_dept_pdf(tmp_path, head)))).evals


def test_a_comma_hanging_over_a_tables_right_rule_is_the_tables():
    """Punctuation kept at the end of a cell's line hangs over the table's right rule (its middle
    on the rule): it was read as a line of prose after the table, which then no longer ended its
    page, and the form going on over the page break became two tables."""
    from finder.ingest.pdf import _inside

    box = (64.0, 100.0, 531.0, 700.0)
    assert _inside({"x0": 529.0, "x1": 535.0, "top": 498.0, "bottom": 506.0}, [box])     # across the rule
    assert not _inside({"x0": 532.0, "x1": 538.0, "top": 498.0, "bottom": 506.0}, [box])    # beside it
    assert not _inside({"x0": 300.0, "x1": 306.0, "top": 702.0, "bottom": 712.0}, [box])    # under it
