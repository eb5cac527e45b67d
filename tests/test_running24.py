"""财政拨款收入支出决算总表 of a plain text export (pdfplumber extract_text) printed with 行次 columns (session 24).

Each side prints its row numbers; the spending side is split by fund under headings wrapped on one line
('一般公共预算财政拨 款'), long spending names wrap around their line of numbers, the year-end carry-over's
name wraps around the line of the opening carry-over. Every name and figure here is made up."""
from __future__ import annotations

from finder.ingest import text

_HEAD = ["甲县乙局2031年度部门决算", "财政拨款收入支出决算总表", "部门：甲县乙局", "2031 年度", "公开 04 表",
         "金额单位：万元", "收 入 支 出",
         "项 目 行 次 金 额 项目（按功能分类） 行 次 合 计 一般公共预算财政拨 款 政府性基金预算财政 拨款 "
         "国有资本经营预算 财政拨款",
         "栏 次 1 栏 次 2 3 4 5"]
_ROWS = ["一、一般公共预算财政拨款 1 500.00 一、一般公共服务支出 7 320.00 320.00",
         "二、政府性基金预算财政拨款 2 40.00 二、甲乙丙支出 8 100.00 100.00",
         "三、甲乙丙丁戊己庚辛",
         "3 9 120.00 80.00 40.00",
         "壬癸支出",
         "本年收入合计 4 540.00 本年支出合计 10 540.00 500.00 40.00",
         "年末财政拨款结转和结",
         "年初财政拨款结转和结余 5 11",
         "余",
         "总计 6 540.00 总计 12 540.00 500.00 40.00",
         "注：本表反映部门本年度财政拨款的总收支和年末结转结余情况。"]


def _table(rows: list[str]):
    report = text.from_text("\n".join([*_HEAD, *rows, "一、情况说明", "本年财政拨款支出540.00万元。"]) + "\n")
    return [t for t in report.tables if t.id == "fiscal_summary"]


def _cells(table, label: str, side: str) -> dict[str, str]:
    [row] = [r for r in table.rows if r.label == label and r.side == side]
    return {c.column[-1]: c.raw for c in row.cells if c.kind != "text"}


def test_a_fund_split_summary_with_row_numbers_is_read_by_its_numbers():
    [t] = _table(_ROWS)
    # a row printing two of four columns: the column its fund's income line and the sums leave
    assert _cells(t, "二、甲乙丙支出", "支出") == {"合计": "100.00", "一般公共预算财政拨款": "100.00",
                                                  "政府性基金预算财政拨款": "", "国有资本经营预算财政拨款": ""}
    assert _cells(t, "一、一般公共服务支出", "支出")["一般公共预算财政拨款"] == "320.00"
    assert _cells(t, "总计", "支出") == {"合计": "540.00", "一般公共预算财政拨款": "500.00",
                                        "政府性基金预算财政拨款": "40.00", "国有资本经营预算财政拨款": ""}
    assert _cells(t, "二、政府性基金预算财政拨款", "收入") == {"金额": "40.00"}


def test_a_name_wrapped_around_its_row_numbers_goes_to_the_side_it_leaves_blank():
    [t] = _table(_ROWS)
    # both names blank on the numbered line: the side whose word (支出) the joined name holds
    assert _cells(t, "三、甲乙丙丁戊己庚辛壬癸支出", "支出") == {"合计": "120.00", "一般公共预算财政拨款": "80.00",
                                                              "政府性基金预算财政拨款": "40.00", "国有资本经营预算财政拨款": ""}
    # the income name printed on the numbered line: the wrapped one is the spending side's
    assert {(r.side, r.label) for r in t.rows} >= {("收入", "年初财政拨款结转和结余"), ("支出", "年末财政拨款结转和结余")}


def test_a_row_whose_numbers_do_not_run_on_leaves_the_table_unread():
    """A numbered line that skips a row number is no row this table prints: no cell is placed."""
    assert _table(_ROWS)
    rows = list(_ROWS)
    rows[1] = "二、政府性基金预算财政拨款 2 40.00 二、甲乙丙支出 18 100.00 100.00"
    assert _table(rows) == []


def test_an_attachment_title_run_into_its_opening_still_tells_its_scope():
    """A hard-wrapped export whose tables are read reflows its prose: the attachment's title line joins
    its opening sentence in one paragraph, and the opening (整体支出) is the title paragraph's own text."""
    from finder.analysis import analyse_report
    from finder.checks import run as run_checks
    lines = ["甲县乙局2031年度部门决算", "第三部分 情况说明", "（三）部门评价项目绩效评价情况。",
             "项目部门评价报告见第五部分附件。", "第五部分 附件",
             "甲县乙局 部门评价支出绩效评价报告 (2031年度)为落实预算绩效管理要求，对本部门2031年度整体支出开展"
             "绩效评价，现将评价情况报告如下："]
    report = text.from_text("\n".join(lines) + "\n")
    found = [f for f in run_checks(analyse_report(report)) if f.check == "TX07"]
    assert [f.args["axis"] for f in found] == ["scope"]
    assert "整体支出" in found[0].evidence[-1].text
