"""PDF tables printed without rules: lines whose cells line up in columns under a table title are
read as a table, not as narrative (whose numbered rows became headings and a numbering warning).

The PDFs are made here: text placed at given positions in a CID font (no table in corpora/ is
printed without rules)."""
from __future__ import annotations

from pathlib import Path

from finder import ingest
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
