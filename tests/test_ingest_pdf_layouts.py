"""PDF layouts real reports use, in small made-up pieces: captions of five lines (a year line among
them), a paragraph opened by its first-line indent, a ruled table whose
part on the next page rules more columns, unruled tables whose columns are set close together."""
from __future__ import annotations

from pathlib import Path

from finder import ingest
from finder.ingest.flow import Line, reflow
from finder.ingest.pdf_lines import PdfLine
from finder.ingest.pdf_tables import (GridTable, append_continuation, caption_lines, column_map, take_caption,
                                      widen)
from test_ingest_pdf_unruled import placed_pdf


def test_caption_of_five_lines_with_a_year_line():
    lines = ["收入决算表", "公开02表", "部门：某某局", "2024年度", "金额单位：万元"]
    assert take_caption(lines) == ("收入决算表", "公开02表", "万元", 5)


def test_five_caption_lines_above_a_table_are_all_candidates():
    texts = ["二、收入决算情况说明", "收入决算表", "公开02表", "部门：某某局", "2024年度", "金额单位：万元"]
    above = [PdfLine(t, 1, 100 + 16 * k, 110 + 16 * k, 64, 200) for k, t in enumerate(texts)]
    cands = caption_lines(above, 100 + 16 * len(texts))
    assert [ln.text for ln in cands] == texts[1:]
    assert take_caption([ln.text for ln in cands])[:2] == ("收入决算表", "公开02表")


def _line(text: str, x0: float, x1: float, loc: int = 1) -> Line:
    return Line(text, loc, 0, x0, x1)


def test_indented_line_after_a_short_one_opens_a_paragraph():
    lines = [_line("某某局部门整体支出绩效评价报告(2024年度)", 64, 420),
             _line("为贯彻落实预算绩效管理的要求，提升部门预算绩效管理工作水平，提高财政资金使用效", 86, 531),
             _line("益，开展本次评价。", 64, 200)]
    assert [len(b) for b in reflow(lines)] == [1, 2]


def test_wrapped_lines_at_the_left_edge_still_join():
    lines = [_line("本年收入合计1089.69万元，比上年减少1006.01万元，下降48.00%，主要原因是本年度单位", 86, 531),
             _line("调整，其他收入减少。", 64, 200)]
    assert [len(b) for b in reflow(lines)] == [2]


_ITEM = "1、其他某某支出（类）某某基金安排的支出（款）用于某某事业的某某基金支出（项）。"   # 40 characters


def test_an_indented_item_whose_first_line_ends_its_sentence_at_the_margin_runs_on():
    """'1、…（项）。' filling its indented first line: the line after it at the text edge is its second
    line (a new paragraph would be indented), so the item's subject stays with its figures."""
    lines = [_line(_ITEM, 86, 531),
             _line("主要用于：日常运转。年初预算为50.00万元，支出决算为45.00万元。", 64, 420)]
    assert [len(b) for b in reflow(lines)] == [2]


def test_an_item_heading_before_an_indented_paragraph_stays_apart():
    lines = [_line("上一段的最后一行。", 64, 300), _line(_ITEM, 86, 531),
             _line("主要用于：日常运转。年初预算为50.00万元，支出决算为45.00万元。", 86, 440)]
    assert [len(b) for b in reflow(lines)] == [1, 1, 1]
    short = [_line("1、某某运行（项）。", 86, 260), _line("主要用于：日常运转，支出45.00万元。", 64, 400)]
    assert [len(b) for b in reflow(short)] == [1, 1]


def _grid(rows: list[list[str | None]], col_x0: list[float], page: int) -> GridTable:
    return GridTable(rows, ["\t".join(c or "" for c in r) for r in rows], [page] * len(rows), page,
                     (64.0, 100.0, 531.0, 700.0), col_x0, pages=[page])


def test_continuation_ruling_more_columns_widens_the_part_before():
    prev = _grid([["项目名称", "某某工作经费", None], ["年度总体目标", "完成年度任务", None]], [64, 111, 300], 13)
    cont = _grid([["产出指标", "会议数量", "2", "5"], ["总分", "", "100", "100"]], [64, 111, 300, 400], 14)
    assert column_map(prev, cont) is None
    assert widen(prev, cont)
    append_continuation(prev, cont, list(range(cont.ncols)))
    assert prev.grid[0] == ["项目名称", "某某工作经费", None, None]
    assert prev.grid[-1] == ["总分", "", "100", "100"] and prev.pages == [13, 14]


def test_continuation_of_another_width_is_not_widened():
    prev = _grid([["项目", "金额"]], [64, 300], 3)
    cont = _grid([["a", "b", "1"]], [64, 200, 300], 4)
    cont.bbox = (64.0, 100.0, 480.0, 700.0)
    assert not widen(prev, cont) and prev.grid == [["项目", "金额"]]


def _fiscal_page() -> list:
    """A two-sided summary without rules: each amount right-aligned a few points left of the label
    of the next column (closer than a character), 行次 right-aligned just before its amount."""
    items = [(200, 800, "财政拨款收入支出决算总表"), (40, 780, "公开04表"), (480, 780, "单位：万元")]
    rows = [("项目", "行次", "金额", "项目", "行次", "金额"),
            ("一、一般公共预算财政拨款", "1", "849.17", "一、一般公共服务支出", "33", "549.27"),
            ("二、政府性基金预算财政拨款", "2", "", "二、文化旅游体育与传媒支出", "34", "300.00"),
            ("本年收入合计", "3", "849.17", "本年支出合计", "35", "849.27")]
    y = 750
    for r in rows:
        for x, edge, t in zip((40, 0, 0, 225, 0, 0), (0, 188, 220, 0, 455, 500), r):
            if t:
                width = sum(4.5 if ch in "0123456789." else 9 for ch in t)
                items.append((edge - width if edge else x, y, t))
        y -= 16
    return items + [(40, 640, "一、财政拨款收入支出决算总体情况说明"), (40, 620, "本年收入合计849.17万元。")]


def test_unruled_columns_set_close_are_parted(tmp_path: Path):
    p = tmp_path / "fiscal.pdf"
    p.write_bytes(placed_pdf(_fiscal_page()))
    [t] = ingest.load(str(p)).tables
    cells = {r.label: [c.raw for c in r.cells[1:]] for r in t.rows}
    assert t.id == "fiscal_summary"
    assert cells["一、一般公共预算财政拨款"] == ["849.17"]        # not '1 849.17', nor '849.17 一、…'
    assert cells["一、一般公共服务支出"] == ["549.27"]
    assert cells["二、政府性基金预算财政拨款"] == [""] and cells["二、文化旅游体育与传媒支出"] == ["300.00"]


def test_tables_numbered_in_turn_one_a_page_keep_their_numbers():
    """'公开01表' … '公开04表' near the top of four pages are four captions, no running header: the
    prints of a tables-only part (one table a page) lost every table's number. A table's number
    printed again on each of its pages is still a running line."""
    from finder.ingest.pdf import _table_number
    from finder.ingest.pdf_lines import mark_residue

    def pages(texts: list[str]) -> list:
        return [(842.0, [PdfLine(t, k + 1, 50, 60, 64, 120), PdfLine("某某局2024年度部门决算", k + 1, 20, 30, 200, 400)])
                for k, t in enumerate(texts)]

    turn = pages([f"公开0{k}表" for k in range(1, 5)])
    mark_residue(turn, numbered=_table_number)
    assert [ln.residue for _, lines in turn for ln in lines] == [False, True] * 4
    same = pages(["公开01表"] * 4)
    mark_residue(same, numbered=_table_number)
    assert all(ln.residue for _, lines in same for ln in lines)
