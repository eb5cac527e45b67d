"""PDF tables printed without rules: lines whose cells line up in columns under a table title are
read as a table, not as narrative (whose numbered rows became headings and a numbering warning).

The PDFs are made here: text placed at given positions in a CID font (no table in corpora/ is
printed without rules)."""
from __future__ import annotations

from pathlib import Path

from finder import ingest
from finder.ingest import pdf_columns, pdf_unruled
from finder.analysis import analyse_report
from test_bad_input import minimal_pdf
from test_ingest_script_pdf import _tounicode


def placed_pdf(*pages: list[tuple[float, float, str]], size: int = 9) -> bytes:
    """A4 pages printing each text at its (x, y); digits and '.' half as wide as CJK."""
    cmap = _tounicode(set("".join(t for items in pages for _, _, t in items)))
    n = len(pages)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (7 + 2 * i) for i in range(n)), n),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H"
        b" /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /DW 1000 /W [46 [500 500 500 500 500 500 500"
        b" 500 500 500 500 500]] /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /FontDescriptor 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0"
        b" /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    for i, items in enumerate(pages):
        ops = [b"BT /F1 %d Tf 1 0 0 1 %d %d Tm <%s> Tj ET" % (size, x, y, "".join(f"{ord(c):04X}" for c in t).encode())
               for x, y, t in items]
        content = b"\n".join(ops)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    b" /Contents %d 0 R >>" % (8 + 2 * i))
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    return minimal_pdf(objs)


def _rows(rows: list[tuple[str, ...]], xs: tuple[int, ...], y: int, right: tuple[int, ...]) -> list:
    """Cells of each row at the column x; a figure right-aligned to its column's right edge."""
    out = []
    for r in rows:
        for x, edge, t in zip(xs, right, r):
            if t:
                out.append((edge - 4.5 * len(t) if edge else x, y, t))
        y -= 16
    return out


_SUMMARY = [("收入", "", "支出", ""), ("项目", "决算数", "项目", "决算数"),
            ("一、一般公共预算财政拨款收入", "100.00", "一、一般公共服务支出", "70.00"),
            ("二、政府性基金预算财政拨款收入", "", "二、社会保障和就业支出", "30.00"),
            ("三、事业收入", "", "", ""),
            ("本年收入合计", "100.00", "本年支出合计", "100.00"),
            ("年初结转和结余", "5.00", "年末结转和结余", "5.00"),
            ("总计", "105.00", "总计", "105.00")]


def _summary_page(caption: str, prose: str) -> list:
    items = [(200, 800, caption), (40, 780, "公开01表"), (480, 780, "单位：万元")]
    items += _rows(_SUMMARY, (40, 0, 300, 0), 750, (0, 270, 0, 550))
    return items + [(40, 580, "一、收入支出决算总体情况说明"), (40, 560, prose)]


def _analyse(tmp_path: Path, *pages: list) -> object:
    p = tmp_path / "report.pdf"
    p.write_bytes(placed_pdf(*pages))
    return analyse_report(ingest.load(str(p)))


def test_an_unruled_two_sided_summary_is_read_as_its_table(tmp_path: Path):
    a = _analyse(tmp_path, _summary_page("收入支出决算总表", "本年收入合计100.00万元，年末结转和结余6.00万元。"))
    [t] = a.report.tables
    assert t.id == "income_expense_summary" and t.number == "公开01表" and t.unit == "万元"
    labels = [(r.side, r.label) for r in t.rows]
    assert ("收入", "三、事业收入") in labels and ("支出", "年末结转和结余") in labels
    assert [s.title for s in a.report.root.children] == ["一、收入支出决算总体情况说明"]   # rows are no headings
    errors = [f for f in a.findings if f.severity == "error"]
    assert [f.check for f in errors] == ["NT01"] and "年末结转和结余" in errors[0].message
    assert not [f for f in a.findings if f.check == "TX04"]


def test_a_label_wrapped_in_its_cell_stays_one_row(tmp_path: Path):
    items = _summary_page("收入支出决算总表", "本年收入合计100.00万元。")
    items = [(x, y - 10 if y < 702 else y, t) for x, y, t in items if t != "二、政府性基金预算财政拨款收入"]
    items += [(40, 702, "二、政府性基金预算财政"), (52, 692, "拨款收入")]    # wrapped: 10 pt apart, rows 16
    [t] = _analyse(tmp_path, items).report.tables
    labels = [r.label for r in t.rows if r.side == "收入"]
    assert labels[:3] == ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、事业收入"]


def test_aligned_lines_under_no_table_title_stay_narrative(tmp_path: Path):
    items = [(250, 800, "目录")] + _rows([("收入支出决算总表", "3"), ("收入决算表", "4"), ("支出决算表", "5")],
                                       (40, 0), 770, (0, 500))
    a = _analyse(tmp_path, items + [(40, 600, "一、收入支出决算总体情况说明"), (40, 580, "本年收入合计100.00万元。")])
    assert a.report.tables == []


def test_an_unruled_table_continued_on_the_next_page_is_one_table(tmp_path: Path):
    head = [("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出")]
    one = [("", "合计", "100.00", "80.00", "20.00"), ("201", "一般公共服务支出", "60.00", "50.00", "10.00"),
           ("20101", "人大事务", "60.00", "50.00", "10.00"), ("2010101", "行政运行", "50.00", "50.00", "")]
    two = [("2010102", "一般行政管理事务", "10.00", "", "10.00"), ("208", "社会保障和就业支出", "40.00", "30.00", "10.00"),
           ("20805", "行政事业单位养老支出", "40.00", "30.00", "10.00"),
           ("2080505", "机关事业单位基本养老保险缴费支出", "40.00", "30.00", "10.00")]
    xs, edges = (40, 90, 0, 0, 0), (0, 0, 390, 470, 550)
    page1 = [(250, 800, "支出决算表"), (40, 780, "公开03表"), (480, 780, "单位：万元")]
    page1 += _rows(head + one, xs, 750, edges)
    page2 = _rows(head + two, xs, 800, edges) + [(40, 600, "三、支出决算情况说明"),
                                               (40, 580, "本年支出合计100.00万元，其中：基本支出80.00万元。")]
    a = _analyse(tmp_path, page1, page2)
    [t] = a.report.tables
    assert t.id == "expense" and t.extra["pages"] == [1, 2]
    assert t.row_by_code("2080505").label == "机关事业单位基本养老保险缴费支出"
    assert t.row_by_code("2010102").cell("项目支出").raw == "10.00"
    assert not [f for f in a.findings if f.severity == "error"]     # 类 = Σ 项 on both pages


def _three_public_page(dash_x: int) -> list:
    """Header names centred over their columns, figures set right, a dash set left (the dash column
    at `dash_x`); the prose says what the figures say."""
    items = [(200, 800, "财政拨款“三公”经费支出决算表"), (40, 780, "公开09表"), (480, 780, "单位：万元")]
    items += [(40, 750, "项目"), (330, 750, "年初预算数"), (430, 750, "全年预算数"), (515, 750, "决算数")]
    rows = [("一、“三公”经费支出", "8.00", "1.78", "1.78"), ("1.因公出国（境）费", "0.00", "0.00", "0.00"),
            ("3.公务接待费", "8.00", "1.78", "1.78")]
    items += _rows(rows, (40, 0, 0, 0), 734, (0, 395, 495, 560))
    items += [(40, 686, "（1）国内接待费"), (dash_x, 686, "---"), (dash_x + 100, 686, "---"), (542, 686, "1.78")]
    return items + [(40, 600, "五、财政拨款“三公”经费支出决算情况说明"),
                    (40, 580, "“三公”经费支出1.78万元，其中：公务接待费1.78万元。")]


def test_a_dash_set_left_of_its_column_is_read_under_its_header_name(tmp_path: Path):
    """A dash set left and the figures of a column set right never share a row: they are one column,
    the one whose centred name lies over them (a column of their own each gave a misread)."""
    a = _analyse(tmp_path, _three_public_page(dash_x=300))
    [t] = a.report.tables
    assert t.id == "three_public" and [c[0] for c in t.columns] == ["项目", "年初预算数", "全年预算数", "决算数"]
    assert [c.raw for c in t.rows[-1].cells] == ["（1）国内接待费", "---", "---", "1.78"]
    assert [c.raw for c in t.rows[0].cells] == ["一、“三公”经费支出", "8.00", "1.78", "1.78"]
    assert not [f for f in a.findings if f.severity in ("error", "warning")]


def test_a_dash_no_header_name_places_drops_the_table(tmp_path: Path):
    """A dash set between two columns, under neither name: it may go with the figures on its left
    or on its right, the names fit both ways, so no table is read (a guess gave false NT01 errors),
    and its rows are not narrative either."""
    items = [(x, y, t) for x, y, t in _three_public_page(dash_x=300) if y != 686]
    items = [(450, y, t) if t == "全年预算数" else (x, y, t) for x, y, t in items]    # name set right
    items += [(40, 686, "（1）国内接待费"), (430, 686, "---"), (542, 686, "1.78")]
    a = _analyse(tmp_path, items)
    assert a.report.tables == []
    assert not [f for f in a.findings if f.severity in ("error", "warning")]
    assert not [p for p in a.report.paragraphs if "国内接待费" in p.text or "公开09表" in p.text]


def test_a_continuation_that_cannot_be_read_drops_the_whole_table(tmp_path: Path):
    """Page 2 prints its header names apart from the figures under them: those rows cannot be read,
    and the rows of page 1 alone would give a false 合计 ≠ Σ (part of a table): no table at all."""
    one = [("", "合计", "100.00", "80.00", "20.00"), ("201", "一般公共服务支出", "60.00", "50.00", "10.00"),
           ("20101", "人大事务", "60.00", "50.00", "10.00")]
    two = [("208", "社会保障和就业支出", "40.00", "30.00", "10.00"),
           ("20805", "行政事业单位养老支出", "40.00", "30.00", "10.00")]
    xs, edges = (40, 90, 0, 0, 0), (0, 0, 390, 470, 550)
    page1 = [(250, 800, "支出决算表"), (40, 780, "公开03表"), (480, 780, "单位：万元")]
    page1 += _rows([("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出")] + one, xs, 750, edges)
    page2 = [(40, 800, "科目编码"), (90, 800, "科目名称"), (300, 800, "本年支出合计"), (400, 800, "基本支出"),
             (490, 800, "项目支出")]            # names set left, figures right, none over another
    page2 += _rows(two, xs, 784, edges) + [(40, 600, "三、支出决算情况说明"), (40, 580, "本年支出合计100.00万元。")]
    a = _analyse(tmp_path, page1, page2)
    assert a.report.tables == []
    assert not [f for f in a.findings if f.severity in ("error", "warning")]
    assert not [p for p in a.report.paragraphs if "行政事业单位养老支出" in p.text]


def test_a_label_wrapped_around_its_figures_in_the_right_hand_label_column(tmp_path: Path):
    """A label of the right-hand side of a two-sided summary printed on two lines, its row's
    figures centred between them: the table goes on past it (it stopped there, its other rows
    read as prose with numbering warnings)."""
    items = [(x, y, t) for x, y, t in _summary_page("收入支出决算总表", "本年收入合计100.00万元。")
             if t != "二、社会保障和就业支出"]
    items += [(300, 706, "二、社会保障和就"), (300, 698, "业支出")]        # its row's line at y=702
    (tmp_path / "report.pdf").write_bytes(placed_pdf(items, size=7))        # 7 pt: the three lines apart
    [t] = ingest.load(str(tmp_path / "report.pdf")).tables
    assert ("支出", "二、社会保障和就业支出") in [(r.side, r.label) for r in t.rows]
    assert t.rows[-1].label == "总计"


def test_spans_that_never_share_a_row_group_into_the_fewest_columns():
    """Spans 1-2 and 3-4 never hold cells of one row (a dash set left, figures set right): the one
    fewest-column grouping joins them; where either neighbour may take a span, both groupings come
    back for the header names to decide."""
    clashes = {(0, 1), (0, 2), (0, 3), (0, 4), (1, 3), (2, 4), (1, 4)}
    assert pdf_columns.groupings(5, clashes) == [[(0, 1), (1, 3), (3, 5)]]
    assert pdf_columns.groupings(3, {(0, 1), (0, 2)}) == [[(0, 1), (1, 3)]]
    assert sorted(pdf_columns.groupings(4, {(0, 1), (0, 2), (0, 3), (1, 3)})) == [[(0, 1), (1, 2), (2, 4)],
                                                                                [(0, 1), (1, 3), (3, 4)]]


def test_header_names_must_name_each_column_once():
    cols = [(40.0, 120.0), (300.0, 395.0), (400.0, 495.0)]
    one_each = [[(40.0, 60.0, "项目"), (330.0, 375.0, "年初预算数"), (430.0, 475.0, "全年预算数")]]
    assert pdf_columns.named_once(one_each, cols)
    two_in_one = [[(40.0, 60.0, "项目"), (300.0, 340.0, "年初预算数"), (350.0, 390.0, "全年预算数")]]
    assert not pdf_columns.named_once(two_in_one, cols)
    assert not pdf_columns.named_once([[(40.0, 60.0, "项目"), (330.0, 375.0, "年初预算数")]], cols)


_SCORE_HEAD = [(40, "二级指标"), (150, "三级指标"), (300, "目标值"), (380, "完成情况"), (460, "权重分"), (520, "得分")]


def _score_rows(rows: list[tuple[str, str, str, str, str, str]], y: int, centred: int) -> list:
    """Indicator rows under _SCORE_HEAD: the first `centred` rows set centred under the names (as a
    header), the rest labels left, figures right (columns end at 360, 440, 500, 560)."""
    out = []
    for n, r in enumerate(rows):
        for (x, name), edge, t in zip(_SCORE_HEAD, (0, 0, 360, 440, 500, 560), r):
            if not t:
                continue
            w = sum(4.5 if ch.isascii() else 9 for ch in t)
            if n < centred:
                out.append((x + sum(4.5 if ch.isascii() else 9 for ch in name) / 2 - w / 2, y, t))
            else:
                out.append((edge - w if edge and t[0].isdigit() else x, y, t))
        y -= 16
    return out


def test_an_untitled_table_its_header_names_is_read_in_the_columns_they_name(tmp_path: Path):
    """No title above it, but its column names name a table (tables.yml headers): read, its first
    rows set centred and the rest set left / right joined into the columns the names stand over."""
    rows = [("数量指标", "简报收集数量", "40篇", "47篇", "3", "3"), ("", "恳请事项总数", "15个", "15个", "2", "2"),
            ("质量指标", "活动开展率", "100%", "100%", "3", "2"), ("", "计划投资率", "85%", "90%", "3", "3"),
            ("总计", "", "", "", "11", "10")]
    items = [(40, 800, "（三）部门产出完成情况"), (40, 780, "产出指标共2个二级指标、4个三级指标，权重分10分，得分10分。")]
    items += [(x, 760, t) for x, t in _SCORE_HEAD] + _score_rows(rows, 744, centred=2)
    items += [(40, 600, "1、简报收集数量。该项得分3分。")]
    a = _analyse(tmp_path, items)
    [t] = a.report.tables
    assert t.id == "indicator_scores" and [c[0] for c in t.columns][-2:] == ["权重分", "得分"]
    assert [c.raw for c in t.rows[1].cells][-2:] == ["2", "2"] and [c.raw for c in t.rows[2].cells][-2:] == ["3", "2"]
    assert [c.raw for c in t.rows[-1].cells][-2:] == ["11", "10"]
    assert not [f for f in a.findings if f.severity == "error"]


def test_an_untitled_table_its_names_do_not_name_column_by_column_is_dropped(tmp_path: Path):
    """Scores set in columns of their own beside their names' (no row sets one both ways) and one
    name over two of them: its columns cannot be told, no table (a misread summed half a column)."""
    rows = [("数量指标", "简报收集数量", "40篇", "47篇", "3", "3"), ("", "恳请事项总数", "15个", "15个", "2", "2"),
            ("总计", "", "", "", "5", "5")]
    items = [(x, 760, t) for x, t in _SCORE_HEAD[:5]] + _score_rows(rows, 744, centred=2)
    items += [(40, 600, "1、简报收集数量。该项得分3分。")]
    a = _analyse(tmp_path, items)
    assert a.report.tables == []
    assert not [f for f in a.findings if f.severity in ("error", "warning")]


def test_a_continuation_is_grouped_under_the_columns_of_the_part_before(tmp_path: Path):
    """Page 2 of an untitled score table prints a target column's text set left and its rates set
    right (never in one row): they go under the one column of page 1 they stand in, and the two
    parts make one table (page 1 alone gave a false total)."""
    one = [("数量指标", "简报收集数量", "40篇", "47篇", "3", "3"), ("", "恳请事项总数", "15个", "15个", "2", "2")]
    two = [("", "工作任务数量", "120项", "140项", "2", "2"), ("质量指标", "活动开展率", "100%", "100%", "3", "2"),
           ("总计", "", "", "", "10", "9")]
    page1 = [(40, 800, "产出指标如下："), (40, 780, "共2个二级指标、4个三级指标。")]
    page1 += [(x, 760, t) for x, t in _SCORE_HEAD] + _score_rows(one, 744, centred=0)
    page2 = _score_rows(two, 800, centred=0) + [(40, 600, "1、简报收集数量。该项得分3分。")]
    a = _analyse(tmp_path, page1, page2)
    [t] = a.report.tables
    assert t.id == "indicator_scores" and t.extra["pages"] == [1, 2]
    assert [r.label for r in t.rows][-2:] == ["活动开展率", "总计"]
    assert [c.raw for c in t.rows[2].cells][2:] == ["120项", "140项", "2", "2"]
    assert not [f for f in a.findings if f.severity == "error"]


def _basic_page() -> list:
    """Two code | name | amount column groups side by side; a 5-digit code of the left group is set
    so close to its name (6 pt, a 9 pt font) that the two print as one cell, a 3-digit one apart."""
    items = [(200, 800, "一般公共预算财政拨款基本支出决算表"), (40, 780, "公开06表"), (480, 780, "单位：万元")]
    items += [(40, 760, "经济分类科目编码"), (130, 760, "科目名称"), (230, 760, "金额"),
              (300, 760, "经济分类科目编码"), (380, 760, "科目名称"), (520, 760, "金额")]
    rows = [("301", "工资福利支出", "100.00", "302", "商品和服务支出", "20.00"),
            ("30101", "基本工资", "60.00", "30201", "办公费", "15.00"),
            ("30102", "津贴补贴", "40.00", "30202", "印刷费", "5.00")]
    y = 744
    for r in rows:
        gap = 6 if len(r[0]) == 5 else 12
        items += [(104 - gap - 4.5 * len(r[0]), y, r[0]), (104, y, r[1]), (250 - 4.5 * len(r[2]), y, r[2]),
                  (364 - 12 - 4.5 * len(r[3]), y, r[3]), (364, y, r[4]), (550 - 4.5 * len(r[5]), y, r[5])]
        y -= 16
    return items + [(40, 600, "四、一般公共预算财政拨款基本支出决算情况说明"), (40, 580, "基本支出120.00万元。")]


def test_a_code_set_close_to_its_name_is_parted_when_the_header_names_both():
    """'30101  基本工资' prints as one cell; the header names a code column and a name column over
    it, so the first cells are parted and the codes stand in their own column."""
    lines = [ln for ln in _lines(_basic_page()) if ln.text.startswith("30101")]
    [cells] = [pdf_unruled.cells_of(ln) for ln in lines]
    assert [t for _, _, t in pdf_unruled._parted(lines[0], cells)][:3] == ["30101", "基本工资", "60.00"]
    [t] = pdf_unruled.find_unruled(_lines(_basic_page()), 1)[0]
    assert [r[:3] for r in t.grid[-2:]] == [["30101", "基本工资", "60.00"], ["30102", "津贴补贴", "40.00"]]


def _lines(items: list) -> list:
    import io

    import pdfplumber

    from finder.ingest.pdf_lines import make_lines

    with pdfplumber.open(io.BytesIO(placed_pdf(items))) as pdf:
        return make_lines([c for c in pdf.pages[0].chars if c["text"].strip()], 1)


def test_a_last_row_alone_on_the_next_page_goes_on_the_table(tmp_path: Path):
    """Page 2 prints only the 总计 row of the table page 1 began: it is the table's last row, not
    prose (the table read without it lacked its total)."""
    head = [("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出")]
    one = [("", "合计", "100.00", "80.00", "20.00"), ("201", "一般公共服务支出", "100.00", "80.00", "20.00"),
           ("20101", "人大事务", "100.00", "80.00", "20.00")]
    xs, edges = (40, 90, 0, 0, 0), (0, 0, 390, 470, 550)
    page1 = [(250, 800, "支出决算表"), (40, 780, "公开03表"), (480, 780, "单位：万元")] + _rows(head + one, xs, 750, edges)
    page2 = _rows([("", "总计", "100.00", "80.00", "20.00")], xs, 800, edges)
    page2 += [(40, 600, "三、支出决算情况说明"), (40, 580, "本年支出合计100.00万元。")]
    a = _analyse(tmp_path, page1, page2)
    [t] = a.report.tables
    assert t.extra["pages"] == [1, 2] and t.rows[-1].label == "总计"
    assert not [p for p in a.report.paragraphs if "总计" in p.text]


def test_a_targets_table_reads_targets_rates_and_worded_targets_as_rows(tmp_path: Path):
    """Targets '40篇' and rates '100%' are a row's figures too, and a row whose target is a word
    ('做好') set in the columns of the rows above goes on the table (it stopped there, the rest
    read as prose)."""
    rows = [("数量指标", "简报收集量", "40篇"), ("", "恳请事项", "15个"), ("质量指标", "成功举办率", "100%"),
            ("效益指标", "做好安全员", "做好"), ("", "强化理论学习", "强化"), ("满意度指标", "市民满意率", "≥90%")]
    items = [(40, 800, "（三）部门年度绩效目标"), (40, 760, "二级指标"), (160, 760, "三级指标"), (400, 760, "目标值")]
    y = 744
    for r in rows:
        items += [(x, y, t) for x, t in zip((40, 160, 400), r) if t]
        y -= 16
    items += [(40, 600, "二、评价工作开展情况")]
    a = _analyse(tmp_path, items)
    [t] = a.report.tables
    assert t.id == "performance_targets"
    assert [[c.raw for c in r.cells][1:] for r in t.rows] == [list(r[1:]) for r in rows]
    assert not [p for p in a.report.paragraphs if "做好" in p.text or "市民满意率" in p.text]


def test_a_continuation_opening_with_a_wrapped_labels_first_line_goes_on_the_table(tmp_path: Path):
    """Page 2 opens with the first line of a label wrapped around its row's figures, set above
    them: the rows below still continue the table of page 1 (they stood apart, page 1 alone was
    read as the whole table)."""
    head = [("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出")]
    one = [("", "合计", "100.00", "80.00", "20.00"), ("208", "社会保障和就业支出", "100.00", "80.00", "20.00"),
           ("20805", "行政事业单位养老支出", "100.00", "80.00", "20.00")]
    xs, edges = (40, 90, 0, 0, 0), (0, 0, 390, 470, 550)
    page1 = [(250, 800, "支出决算表"), (40, 780, "公开03表"), (480, 780, "单位：万元")] + _rows(head + one, xs, 750, edges)
    page2 = [(90, 806, "机关事业单位基本养老保险")] + _rows([("2080505", "", "60.00", "60.00", "")], xs, 800, edges)
    page2 += [(90, 794, "缴费支出")] + _rows([("2080506", "机关事业单位职业年金缴费支出", "40.00", "20.00", "20.00")],
                                            xs, 778, edges)
    page2 += [(40, 600, "三、支出决算情况说明"), (40, 580, "本年支出合计100.00万元。")]
    a = _analyse(tmp_path, page1, page2)
    [t] = a.report.tables
    assert t.extra["pages"] == [1, 2]
    assert t.row_by_code("2080505").label == "机关事业单位基本养老保险缴费支出"
    assert t.row_by_code("2080506").cell("项目支出").raw == "20.00"


def test_caption_lines_spread_over_the_width_are_no_table_rows(tmp_path: Path):
    """'部门：…   2024年度   单位：万元' printed as one line (the national template's caption) has
    cells apart and a year that reads as a figure: two such captions between tables on one page
    were read as an unruled table under the title above them, which took the title from the ruled
    table it belongs to."""
    caption = [(40, 0, "部门：某某局"), (270, 0, "2024年度"), (500, 0, "单位：万元")]
    items = [(250, 800, "收入决算表"), (40, 780, "公开02表")] + [(x, 764, t) for x, _, t in caption]
    items += [(40, 700, "注：本表反映部门本年度取得的各项收入情况。")]
    items += [(250, 680, "支出决算表"), (40, 660, "公开03表")] + [(x, 644, t) for x, _, t in caption]
    a = _analyse(tmp_path, items + [(40, 560, "本年支出合计100.00万元。")])
    assert a.report.tables == []
    text = "".join(p.text for p in a.report.paragraphs)
    assert "公开03表" in text and "支出决算表" in text


def _income_page(widest: str = "80.00", edge: int = 316) -> list:
    """An income table printed with its names set close on one header line, figures set right under
    them, the 上级补助收入 column blank all the way down; `widest` the 财政拨款收入 figure of 合计,
    `edge` where its column's figures end."""
    items = [(250, 800, "收入决算表"), (40, 780, "公开02表"), (480, 780, "单位：万元"), (40, 750, "项目")]
    items += [(200, 750, "本年收入合计"), (262, 750, "财政拨款收入"), (324, 750, "上级补助收入"), (386, 750, "事业收入")]
    rows = [("合计", "100.00", widest, "", "20.00"), ("一般公共服务支出", "60.00", "60.00", "", ""),
            ("教育支出", "40.00", "20.00", "", "20.00")]
    items += _rows(rows, (40, 0, 0, 0, 0), 734, (0, 254, edge, 378, 422))
    return items + [(40, 600, "二、收入决算情况说明"), (40, 580, "本年收入合计100.00万元，其中：财政拨款收入80.00万元。")]


def test_a_blank_column_keeps_its_own_header_name(tmp_path: Path):
    """上级补助收入 stands over no figure: a column of blanks of its own, not part of the name of the
    财政拨款收入 figures beside it ('财政拨款收入上级补助收入', where a claim on 上级补助收入 was checked
    against the 财政拨款 figures)."""
    a = _analyse(tmp_path, _income_page())
    [t] = a.report.tables
    assert t.id == "income"
    assert [c[-1] for c in t.columns] == ["项目", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入"]
    assert [c.raw for c in t.rows[0].cells] == ["合计", "100.00", "80.00", "", "20.00"]
    assert [c.status for c in a.claims if c.raw_number == "80.00"] == ["verified"]


def test_two_names_over_one_column_of_figures_leave_the_table_unread(tmp_path: Path):
    """The figures set right under 上级补助收入, the widest reaching under 财政拨款收入 too: which name
    is their column's cannot be told, so no table is read rather than one whose column names two
    concepts."""
    a = _analyse(tmp_path, _income_page(widest="8,765,432,180.00", edge=378))
    assert not [t for t in a.report.tables if any("上级补助收入" in "".join(c) for c in t.columns)]
    assert not [f for f in a.findings if f.severity in ("error", "warning")]


def test_a_name_over_no_figure_is_a_blank_column_only_beside_a_named_one():
    """'上级补助收入' over no span beside a span '财政拨款收入' stands over: a column of blanks. A
    name alone on its line over no span (short figures set right, missed by their centred name),
    or a name above a name that stands over a span ('项目' over '科目编码'), names that span."""
    spans = [(40.0, 120.0), (290.0, 316.0)]
    line = [(40.0, 58.0, "项目"), (262.0, 316.0, "财政拨款收入"), (324.0, 378.0, "上级补助收入")]
    assert pdf_columns.with_blanks([line], spans) == spans + [(324.0, 378.0)]
    assert pdf_columns.with_blanks([[(40.0, 58.0, "项目"), (250.0, 277.0, "决算数")]], spans) == spans
    assert pdf_columns.with_blanks([[(20.0, 38.0, "项目")], [(30.0, 100.0, "科目编码")]], spans) == spans


def test_two_names_of_one_line_in_a_column_of_figures_are_glued():
    names = [[(262.0, 316.0, "财政拨款收入"), (324.0, 378.0, "上级补助收入")]]
    assert pdf_columns.glued(names, [[2, 2]])
    assert not pdf_columns.glued(names, [[2, 3]])
    assert not pdf_columns.glued(names, [[None, None]])                 # a label column: codes and names
    assert not pdf_columns.glued([[(262.0, 271.0, "决"), (280.0, 289.0, "算")]], [[2, 2]])   # letter-spaced


def _basic_rows(rows: list[tuple[str, ...]], y: int) -> list:
    """Rows of _basic_page's two code | name | amount groups (codes set close to their names)."""
    items = []
    for r in rows:
        xs = (104 - 6 - 4.5 * len(r[0]), 104, 250 - 4.5 * len(r[2]), 364 - 6 - 4.5 * len(r[3]), 364,
              550 - 4.5 * len(r[5]))
        items += [(x, y, t) for x, t in zip(xs, r) if t]
        y -= 16
    return items


def test_a_side_by_side_table_goes_on_with_its_right_group_alone_and_a_total_row(tmp_path: Path):
    """Page 2 of a side-by-side 30x table prints rows of its right group only, then a total row
    whose labels are set left of the code columns ('人员经费合计' left of the left codes, '公用经费合计'
    between the left amounts and the right codes): each label goes to the column its region falls in,
    the figures under the columns they stand in, and the two parts are one table (it was dropped)."""
    page1 = [x for x in _basic_page() if x[1] > 600]
    page2 = _basic_rows([("", "", "", "30299", "其他商品和服务支出", "0.00")], 800)
    page2 += [(20, 784, "人员经费合计"), (250 - 4.5 * 6, 784, "100.00"), (270, 784, "公用经费合计"),
              (550 - 4.5 * 5, 784, "20.00")]
    page2 += [(40, 600, "四、一般公共预算财政拨款基本支出决算情况说明"),
              (40, 580, "基本支出120.00万元，其中：人员经费100.00万元，公用经费20.00万元。")]
    a = _analyse(tmp_path, page1, page2)
    [t] = a.report.tables
    assert t.id == "gpb_basic_expense" and t.extra["pages"] == [1, 2]
    assert t.row_by_code("30299").label == "其他商品和服务支出"
    assert {(r.label, r.cells[-1].raw) for r in t.rows} >= {("人员经费合计", "100.00"), ("公用经费合计", "20.00")}
    assert [c.status for c in a.claims if c.raw_number in ("100.00", "20.00")] == ["verified", "verified"]


def test_a_figure_standing_in_no_column_of_the_part_before_leaves_the_table_unread(tmp_path: Path):
    """The same page 2 with the 公用经费 figure set between the two groups, in no column of page 1:
    where it belongs cannot be told, so the continuation is not read and the table is dropped."""
    page1 = [x for x in _basic_page() if x[1] > 600]
    page2 = _basic_rows([("", "", "", "30299", "其他商品和服务支出", "0.00")], 800)
    page2 += [(20, 784, "人员经费合计"), (250 - 4.5 * 6, 784, "100.00"), (270, 784, "公用经费合计"),
              (300, 784, "20.00")]
    page2 += [(40, 600, "四、一般公共预算财政拨款基本支出决算情况说明"), (40, 580, "公用经费20.00万元。")]
    a = _analyse(tmp_path, page1, page2)
    assert a.report.tables == []
    assert not [f for f in a.findings if f.severity in ("error", "warning")]


def _blank_rows_pages(gap: int) -> tuple[list, list]:
    """A two-sided summary whose 支出 side prints rows with blank figures at the foot of page 1 and
    at the head of page 2, page 2's first row with figures `gap` below its last label-only line."""
    one = [("一、一般公共预算财政拨款收入", "100.00", "一、一般公共服务支出", "70.00"),
           ("二、事业收入", "0.00", "二、外交支出", ""), ("", "", "三、国防支出", "")]
    two = [("", "", "四、公共安全支出", ""), ("", "", "五、教育支出", "")]
    rest = [("", "", "六、社会保障和就业支出", "30.00"), ("本年收入合计", "100.00", "本年支出合计", "100.00"),
            ("总计", "100.00", "总计", "100.00")]
    xs, edges = (40, 0, 300, 0), (0, 270, 0, 550)
    page1 = [(200, 800, "收入支出决算总表"), (40, 780, "公开01表"), (480, 780, "单位：万元")]
    page1 += _rows(_SUMMARY[:2] + one, xs, 750, edges) + [(290, 40, "第1页")]
    page2 = _rows(two, xs, 800, edges) + _rows(rest, xs, 800 - 16 - gap, edges)
    return page1, page2 + [(40, 600, "一、收入支出决算总体情况说明"), (40, 580, "本年支出合计100.00万元。")]


def test_rows_printing_only_a_label_end_a_page_and_open_the_next(tmp_path: Path):
    """Labels whose figures are blank end page 1 and open page 2 in the 支出 label column at the
    rows' pitch: they are the table's rows and the two pages one table (they read as headings,
    the table stopped at page 1 and page 2's rows were lost)."""
    a = _analyse(tmp_path, *_blank_rows_pages(gap=16))
    [t] = a.report.tables
    assert t.id == "income_expense_summary" and t.extra["pages"] == [1, 2]
    spent = [r.label for r in t.rows if r.side == "支出"]
    assert spent[1:6] == ["二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出", "六、社会保障和就业支出"]
    assert [c.raw for c in t.rows[-1].cells][-1] == "100.00"
    assert [c.status for c in a.claims] == ["verified"]
    assert not [p for p in a.report.paragraphs if "国防支出" in p.text or "公共安全支出" in p.text]


def test_label_only_lines_set_apart_from_the_rows_below_them_are_no_rows(tmp_path: Path):
    """Page 2's label-only lines stand two pitches and more above its rows: not the rows' own
    pitch, so they are not read as the table's rows."""
    a = _analyse(tmp_path, *_blank_rows_pages(gap=40))
    assert not [r for t in a.report.tables for r in t.rows if r.label == "四、公共安全支出"]


def _one_row_page(leaves: bool = True) -> list:
    """A one-row “三公” table (7 pt): group names set centred in their first column, one wrapped
    onto two lines, a 小计 level under one group, 预算数 | 决算数 names over each column (`leaves`),
    and one row of figures set right, no label column."""
    left = [40 + 56 * k for k in range(8)]

    def centred(k: int, y: float, text: str) -> tuple:
        return left[k] + 28 - 3.5 * len(text), y, text
    items = [(200, 800, "财政拨款“三公”经费支出决算表"), (40, 780, "公开07表"), (480, 780, "单位：万元")]
    items += [(40, 744, "财政拨款“三公”经费"), centred(0, 726, "合计"), centred(2, 726, "因公出国（境）费"),
              centred(4, 730, "公务用车购置及"), centred(4, 722, "运行维护费"), centred(6, 726, "公务接待费"),
              centred(4, 710, "小计")]
    if leaves:
        items += [centred(k, 694, "预算数" if k % 2 == 0 else "决算数") for k in range(8)]
    figures = ["10.00", "8.00", "2.00", "1.50", "6.00", "5.00", "2.00", "1.50"]
    items += [(left[k] + 52 - 3.5 * len(t), 678, t) for k, t in enumerate(figures)]
    return items + [(40, 600, "七、财政拨款“三公”经费支出决算情况说明"),
                    (40, 580, "“三公”经费财政拨款支出年初预算为10.00万元，支出决算为8.00万元。"),
                    (40, 564, "公务接待费支出决算为1.50万元。")]


def test_a_one_row_table_under_a_header_of_several_levels_is_read(tmp_path: Path):
    """A header block over a single row of figures with no label column: every figure under the
    path of names over its column, the wrapped group name whole (the row read as prose, its
    claims unverifiable)."""
    (tmp_path / "report.pdf").write_bytes(placed_pdf(_one_row_page(), size=7))
    a = analyse_report(ingest.load(str(tmp_path / "report.pdf")))
    [t] = a.report.tables
    assert t.id == "three_public" and len(t.rows) == 1
    assert [c[1:] for c in t.columns][4:6] == [("公务用车购置及运行维护费", "小计", "预算数"),
                                              ("公务用车购置及运行维护费", "小计", "决算数")]
    assert [c.raw for c in t.rows[0].cells][-2:] == ["2.00", "1.50"]
    assert [c.status for c in a.claims] == ["verified", "verified", "verified"]


def test_a_one_row_table_whose_names_do_not_name_each_column_is_not_read(tmp_path: Path):
    """Without the 预算数 | 决算数 line every other figure stands under no name: no table, and no
    finding from its figures."""
    (tmp_path / "report.pdf").write_bytes(placed_pdf(_one_row_page(leaves=False), size=7))
    a = analyse_report(ingest.load(str(tmp_path / "report.pdf")))
    assert a.report.tables == []
    assert not [f for f in a.findings if f.severity in ("error", "warning")]
