"""Space-laid tables of words (finder.ingest.spaced_named): an indicator table read by counting
cells under a header the lexicon knows; a row that fits two ways, or a table cut by a page break
that cannot be followed, is not read."""
from __future__ import annotations

from finder import analysis
from finder.ingest import spaced_named, text

HEAD = "  二级指标          三级指标            目标值    完成情况    权重分   得分"
ROWS = [" 数量指标      甲类材料报送数量            20 篇      25 篇       4       4",
        "              乙类信息采集量              300 条     310 条      4       5",
        "       丙项会议召开次数                    3 次       3 次          4      4",
        "质量指标  材料报送及时率                      100%       98%        4      3",
        "       丁项任务完成率                          90%        95%        4      4",
        "总计                                                               20     20"]
PROSE = ["（三）产出完成情况", "产出指标由2个二级指标和5个三级指标构成，权重分值20分。"]


def _tables(lines):
    return text.from_text("\n".join(lines) + "\n").tables


def _grid(t):
    return [[c.raw for c in r.cells] for r in t.rows]


def test_indicator_table_read_by_count_under_a_known_header():
    [t] = _tables(PROSE + ["", HEAD, ""] + ROWS)
    assert t.id == "indicator_scores"
    assert [c[0] for c in t.columns] == ["二级指标", "三级指标", "目标值", "完成情况", "权重分", "得分"]
    rows = {r.label: [c.raw for c in r.cells] for r in t.rows}
    # a row one cell short leaves the group column (二级指标) empty, never its own name
    assert any(v[-5:] == ["乙类信息采集量", "300 条", "310 条", "4", "5"] for v in rows.values())
    # the total row's two figures are the score columns', the only bare-number columns
    assert [r for r in _grid(t) if "总计" in r][0][-2:] == ["20", "20"]


def test_two_values_one_space_apart_are_two_cells():
    cells = spaced_named._line_cells("   丙项投资额      1209 亿 1209 亿元     2   2")
    assert [c.text for c in cells] == ["丙项投资额", "1209 亿", "1209 亿元", "2", "2"]
    assert [spaced_named.kind(c.text) for c in cells] == ["text", "unit", "unit", "bare", "bare"]


def test_page_furniture_and_repeated_header_passed_over():
    page = ["", "", "                 第 7 页            甲局 2024 年度部门决算", "",
            "- 8 -  二级指标    三级指标   目标值    完成情况    权重分   得分", ""]
    running = ["甲局 2024 年度部门决算"] * 3           # the running header of other pages
    [t] = _tables(running + PROSE + ["", HEAD, ""] + ROWS[:3] + page + ROWS[3:])
    assert len(_grid(t)) == 6


def test_row_that_fits_two_ways_drops_the_table():
    # 完成情况 holds words, so "基本达成" could be its cell or the 目标值's: no confident column
    rows = [" 效益指标   甲项宣传覆盖   做好     基本达成     4     3",
            " 满意指标   乙项服务满意   做好     达成         4     4",
            "            丙项工作落实   落实     基本达成     4     3"]
    assert _tables(PROSE + ["", HEAD, ""] + rows) == []


def test_table_cut_by_an_unfollowed_page_break_is_not_read():
    # rows of the same shape go on after a gap the reader cannot pass: read alone, the first
    # part would count the table short, so neither part is read
    gap = ["", "", "", "", "       说明", ""]
    assert _tables(PROSE + ["", HEAD, ""] + ROWS[:3] + gap + ROWS[3:]) == []


def test_sum_and_weight_checked_on_the_read_table(tmp_path):
    rows = ROWS[:1] + [ROWS[1].replace("4       5", "4       6")] + ROWS[2:]
    path = tmp_path / "report.txt"
    path.write_text("\n".join(PROSE + ["", HEAD, ""] + rows) + "\n", encoding="utf-8")
    a = analysis.analyse([str(path)])
    checks = {f.check for f in a.findings if f.severity == "error"}
    assert {"EV01", "EV02"} <= checks           # 总计 20 vs items 21; score 6 over its weight 4


def test_number_printed_close_to_its_name_under_a_serial_column():
    # pdfplumber and PyMuPDF print a narrow 序号 cell one space from the name: "1 投入"
    head = "   序号      整体          权重      得分     得分率"
    rows = ["       1 投入              35       33.5      95.7%",
            "       2 产出              40       40        100%",
            "       3 效果              25       21.1      84.4%",
            "     合计                 100       94.6      94.6%"]
    [t] = _tables(["整体得分情况如下表所示。", "", head, ""] + rows)
    assert t.id == "score_summary"
    assert [(r.label, [c.raw for c in r.cells][-3:]) for r in t.rows][::3] == \
        [("投入", ["35", "33.5", "95.7%"]), ("合计", ["100", "94.6", "94.6%"])]


TARGETS_HEAD = "    二级指标                     三级指标                    目标值"
TARGETS = ["    数量指标                甲类材料报送数量                          20 篇",
           "",
           "                        乙类信息采集量                           300 条",
           "",
           "            做好丙项服务尽责率",
           "",
           "质量指标        丁项任务完成率                                   90%",
           "",
           "            做好戊项服务员                          做好",
           "",
           "可持续发展      某项组织建设                            显著",
           "",
           "满意度指标      服务对象满意率                                   ≥90%"]


def test_a_row_whose_target_is_blank_stays_a_row_of_the_table():
    """'做好丙项服务尽责率' alone on its line between two rows is a row with no target (its name in
    the name column), not the end of the table; where targets may be words ('显著'), a worded
    target ('做好') beside a name that is no level name is the row's target, not its group."""
    [t] = _tables(PROSE + ["", TARGETS_HEAD, ""] + TARGETS + ["", "二、评价工作开展情况"])
    assert t.id == "performance_targets"
    assert [[c.raw for c in r.cells] for r in t.rows] == [
        ["数量指标", "甲类材料报送数量", "20 篇"], ["", "乙类信息采集量", "300 条"], ["", "做好丙项服务尽责率", ""],
        ["质量指标", "丁项任务完成率", "90%"], ["", "做好戊项服务员", "做好"], ["可持续发展", "某项组织建设", "显著"],
        ["满意度指标", "服务对象满意率", "≥90%"]]


def test_a_one_cell_line_after_the_table_stays_prose():
    rows = [TARGETS[0], "", TARGETS[2], "", TARGETS[6]]
    doc = text.from_text("\n".join(PROSE + ["", TARGETS_HEAD, ""] + rows + ["", "做好下一年度预算编制工作", ""]) + "\n")
    [t] = doc.tables
    assert len(t.rows) == 3
    assert any("做好下一年度预算编制工作" in p.text for p in doc.paragraphs)


def test_a_name_wrapped_around_its_figures_is_no_row_of_its_own():
    """A one-cell line right above a row (no blank line between) is the first part of a name wrapped
    around the row's figures, not a row with blank figures: the table is not read."""
    rows = [TARGETS[0], "", "            甲类材料报送", "            及时率                          95%", "", TARGETS[6]]
    assert _tables(PROSE + ["", TARGETS_HEAD, ""] + rows) == []


def _plain(lines):
    # a plain export (pdftotext without -layout): cells one space apart, no run of spaces
    return [" ".join(line.split()) for line in lines]


def test_a_plain_export_with_cells_one_space_apart_is_read_as_laid_out():
    [t] = _tables(PROSE + _plain([HEAD] + ROWS))
    assert t.id == "indicator_scores"
    rows = {r.label: [c.raw for c in r.cells] for r in t.rows}
    # a number and its unit word one space apart stay one cell ('300 条')
    assert any(v[-5:] == ["乙类信息采集量", "300 条", "310 条", "4", "5"] for v in rows.values())
    assert [r for r in _grid(t) if "总计" in r][0][-2:] == ["20", "20"]


def test_a_plain_export_passes_over_its_running_title_between_rows():
    # the running title (a line repeated on every page) is page furniture, left whole
    running = ["甲局 2024 年度部门决算"]
    page = ["第 7 页"] + running
    [t] = _tables(running * 2 + PROSE + _plain([HEAD] + ROWS[:3]) + page + _plain(ROWS[3:]))
    assert len(_grid(t)) == 6


def test_a_plain_export_row_with_a_name_split_by_a_space_leaves_the_table_unread():
    # '乙类 信息采集量' one space apart is two cells: the row fits no column, nothing is misread
    rows = _plain(ROWS)
    rows[1] = rows[1].replace("乙类信息采集量", "乙类 信息采集量")
    assert _tables(PROSE + _plain([HEAD]) + rows) == []
