"""Readings the filled national template (corpora/synthetic/national_filled.txt) showed wrong.

Every sentence and table here is made up: the shape of the template's wording, other names and numbers."""
from __future__ import annotations

from finder.ingest import load
from finder.ingest.text import _caption_row


def test_a_tab_caption_row_describes_the_table_below(tmp_path):
    """'部门：…\\t2031年度\\t单位：万元' (a spreadsheet export's caption on one row) was the table's first
    header row: every column was named by it and no figure could be found."""
    rows = ["一般公共预算财政拨款支出决算表", "", "部门：示例局\t2031年度\t单位：万元", "",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出", "201\t一般公共服务支出\t30.00\t20.00\t10.00",
            "\t合计\t30.00\t20.00\t10.00"]
    path = tmp_path / "r.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    [t] = load(str(path)).tables
    assert (t.id, t.unit) == ("gpb_expense", "万元")
    assert [c.column[-1] for c in t.rows[0].cells][-3:] == ["合计", "基本支出", "项目支出"]
    # a row naming neither the department nor the unit, or holding another cell, is a table row
    assert _caption_row(["部门：示例局", "2031年度", "单位：万元", ""]) and _caption_row(["", "公开05表", "单位：万元"])
    assert not _caption_row(["2030年度", "2031年度"]) and not _caption_row(["项目", "单位：万元"])
