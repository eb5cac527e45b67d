"""Plain text exports of district budget tables (部门预算): a heading over the value columns above their names
('项目 支出预算'), codes printed apart by level ('208 05 01') or glued to the name ('2080501名称'), families of
many rows that print one value of two, and pages joined by a bare form feed.
Every table and sentence here is made up: the shape of such an export, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest import text
from finder.ingest.plain_codes import joined

_PARTS = 18                    # one 款 of many 项: a search of every placement of the family would overflow
_HEAD = ["2031年部门支出预算总表", "编制部门：甲区乙局 单位：元", "项目 支出预算", "功能分类科目编码",
         "功能分类科目名称 合计 基本支出 项目支出", "类 款 项"]


def _rows(glued: bool = False) -> list[str]:
    """201 (all 基本支出: 18 项 of 1,000 … 18,000, each printing its one value twice), 208 (项目支出)."""
    parts = [(f"{k:02d}", f"事务{k}", 1000 * k) for k in range(1, _PARTS + 1)]
    basic = sum(v for _, _, v in parts)
    sep = "" if glued else " "
    rows = [f"201 一般公共服务支出 {basic:,} {basic:,}", f"201 01 一般事务 {basic:,} {basic:,}"]
    rows += [f"201 01{sep}{c}{sep}{n} {v:,} {v:,}" for c, n, v in parts]
    rows += ["208 社会保障和就业支出 7,000 7,000", "208 05 养老支出 7,000 7,000",
             "208 05 01 行政单位离退休 7,000 7,000",
             f"合计 {basic + 7000:,} {basic:,} 7,000"]
    return rows


def _report(lines: list[str], prose: str = "", sep: str = "\n"):
    return text.from_text(sep.join(["甲区乙局2031年部门预算", *lines]) + "\n" + prose)


def _cells(t):
    return {r.code: [c.raw for c in r.cells if c.kind != "text"] for r in t.rows if r.code}


def test_codes_apart_or_glued_are_one_code():
    assert joined("208 05 01 行政单位离退休 7,000") == "2080501 行政单位离退休 7,000"
    assert joined("2080501行政单位离退休 7,000") == "2080501 行政单位离退休 7,000"
    assert joined("301 01基本工资 9") == "30101 基本工资 9"
    assert joined("201 一般公共服务支出 9") == "201 一般公共服务支出 9"
    assert joined("2031年预算安排") == "2031年预算安排"


def test_a_budget_table_under_a_heading_with_spaced_codes_is_read():
    """The heading '项目 支出预算' over the names made two names lines (no header), the codes printed apart
    were no codes, and the 18 项 of one 款 were too many placements to search: the table stayed text."""
    [t] = _report(_HEAD + _rows()).tables
    assert t.id == "expense"
    got = _cells(t)
    assert got["2010118"] == ["18,000", "18,000", ""]
    assert got["20101"] == ["171,000", "171,000", ""]
    assert got["2080501"] == ["7,000", "", "7,000"]


def test_codes_glued_to_their_names_are_read_the_same():
    [t] = _report(_HEAD + _rows(glued=True)).tables
    assert _cells(t)["2010107"] == ["7,000", "7,000", ""]


def test_a_table_whose_placement_the_sums_do_not_fix_stays_unread():
    """合计 printing one value of two: every row may sit under 基本支出 or 项目支出 alike."""
    rows = _rows()[:-1] + ["合计 178,000 178,000"]
    assert _report(_HEAD + rows).tables == []


def test_a_column_name_wrapped_below_the_names_is_no_heading():
    """'经营收入其他收入' under the names is a wrapped column name, not a heading over them: unread, never
    two columns where the export prints five."""
    head = ["2031年部门收入预算总表", "编制部门：甲区乙局 单位：元", "项目 收入预算", "功能分类科目编码",
            "功能分类科目名称 合计 财政拨款收入事业收入事业单位", "经营收入其他收入", "类 款 项"]
    assert _report(head + _rows()[:-1] + ["合计 178,000 178,000"]).tables == []


def test_pages_joined_by_a_bare_form_feed_end_their_lines():
    """A page's last line and the next page's first line joined by a form feed were one line: the title
    glued to a row was no title, and an item at the top of a page was no item (a false gap)."""
    items = ["（一）主要支出如下：", "1.“一般公共服务支出（类）”17.10万元，用于日常运转。",
             "2.“社会保障和就业支出（类）”0.60万元，用于离退休支出。"]
    r = _report(["说明", items[0], items[1] + "\f" + items[2] + "\f" + _HEAD[0], *_HEAD[1:], *_rows()])
    assert [t.id for t in r.tables] == ["expense"]
    a = analyse_report(r)
    assert not [f for f in a.findings if f.check == "TX04"]
    assert [c.status for c in a.claims if c.raw.startswith("17.10")] == ["verified"]
    assert [c.status for c in a.claims if c.raw.startswith("0.60")] == ["contradicted"]
