"""The 财政拨款收入支出决算总表 and a budget's 财政拨款收支总表 splitting each row by fund: plain text exports
(pdfplumber extract_text) read right (fund columns under headings wrapped over three lines, blank cells left
out, rows naming one side only, the fund's figures placed by the sums the template implies), and a fund's
figures held to its column. Every table and sentence here is made up: the shape of such an export, other
names and numbers."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest import text

_HEAD = ["财政拨款收入支出决算总表", "单位：万元", "收入 支出", "一般公共 政府性基 国有资本",
         "项目 决算数 项目 合计 预算财政 金预算财 经营预算", "拨款 政拨款 财政拨款"]
_LEFT = ["一、一般公共预算财政拨款 {gpb} 一、一般公共服务支出 310.20 310.20",
         "二、政府性基金预算财政拨款 60.00 二、外交支出",
         "三、国有资本经营预算财政拨款 三、国防支出"]
_ITEMS = ["四、公共安全支出 45.10 45.10",
          "五、教育支出 {edu}",
          "七、文化旅游体育与传媒支出 95.00 55.00 40.00",
          "八、社会保障和就业支出 420.30 420.30",
          "十一、城乡社区支出 20.00 20.00",
          "十九、住房保障支出 419.80 419.80",
          "二十二、灾害防治及应急管理支",
          "出"]
_TAIL = ["本年收入合计 {inc} 本年支出合计 {inc} {gpb} 60.00",
         "年初财政拨款结转和结余 年末财政拨款结转和结余",
         "一、一般公共预算财政拨款",
         "二、政府性基金预算财政拨款",
         "三、国有资本经营预算财政拨款",
         "总计 {inc} 总计 {inc} {gpb} 60.00",
         "注：本表反映部门本年度财政拨款总收支和结转结余情况。"]


def _lines(edu: str = "") -> list[str]:
    """The table; `edu` a second 20.00 row ('20.00 20.00'), the year's general budget grown by it."""
    gpb, inc = ("1,270.40", "1,330.40") if edu else ("1,250.40", "1,310.40")
    return [*_HEAD, *(ln.format(gpb=gpb) for ln in _LEFT), *(ln.format(edu=edu) for ln in _ITEMS),
            *(ln.format(gpb=gpb, inc=inc) for ln in _TAIL)]


def _report(rows: list[str], prose: str = ""):
    return text.from_text("\n".join(["甲区丙局2031年度部门决算", *rows, prose]) + "\n")


def _summary(rows: list[str]):
    tables = [t for t in _report(rows).tables if t.id == "fiscal_summary"]
    if not tables:
        return None
    [t] = tables
    return [((r.side, r.label), {c.column[-1]: c.raw for c in r.cells if c.kind != "text" and c.raw})
            for r in t.rows]


def test_the_fund_split_summary_is_read_with_each_figure_in_its_funds_column():
    """'十一、城乡社区支出 20.00 20.00' may sit under any of the three funds by its own sum (合计 = Σ funds); the
    政府性基金 column's 60.00 (the fund's income on the other side, and 本年支出合计 there) is 40.00 + 20.00 only
    where it is the 政府性基金 figure. The table stayed text: its headings wrap over three lines."""
    rows = _summary(_lines())
    assert rows is not None
    got = dict(rows)
    assert got[("支出", "十一、城乡社区支出")] == {"合计": "20.00", "政府性基金预算财政拨款": "20.00"}
    assert got[("支出", "一、一般公共服务支出")] == {"合计": "310.20", "一般公共预算财政拨款": "310.20"}
    assert got[("支出", "七、文化旅游体育与传媒支出")] == {
        "合计": "95.00", "一般公共预算财政拨款": "55.00", "政府性基金预算财政拨款": "40.00"}
    assert got[("支出", "本年支出合计")] == {
        "合计": "1,310.40", "一般公共预算财政拨款": "1,250.40", "政府性基金预算财政拨款": "60.00"}
    assert ("支出", "二十二、灾害防治及应急管理支出") in got
    # the carry-over lines name only the income side's funds: on the side that printed those names
    funds = [(k, cells) for k, cells in rows if k[1] == "二、政府性基金预算财政拨款"]
    assert funds == [(("收入", "二、政府性基金预算财政拨款"), {"决算数": "60.00"}),
                     (("收入", "二、政府性基金预算财政拨款"), {})]


def test_two_placements_the_sums_allow_leave_the_summary_unread():
    """With a second '20.00 20.00' row either may be the 政府性基金 figure: the sums hold both ways, so no
    column is certain and nothing is read (a figure in the wrong fund would be a false finding)."""
    assert _summary(_lines()) is not None
    assert _summary(_lines(edu="20.00 20.00")) is None


def test_a_row_of_one_name_neither_side_word_nor_printed_before_leaves_it_unread():
    """A carry-over line naming a fund the income side never printed cannot be given a side."""
    assert _summary(_lines()) is not None
    rows = [("二、其他财政拨款" if ln == "二、政府性基金预算财政拨款" else ln) for ln in _lines()]
    assert _summary(rows) is None


def test_a_blank_template_is_not_read():
    """A form printing no figure (a template): nothing tells its columns from text."""
    assert _summary(_lines()) is not None
    blank = [*_HEAD, "一、一般公共预算财政拨款 一、一般公共服务支出", "二、政府性基金预算财政拨款 二、外交支出",
             "三、国有资本经营预算财政拨款 三、国防支出", "四、公共安全支出", "本年收入合计 本年支出合计",
             "总计 总计", _TAIL[-1]]
    assert _summary(blank) is None


_PROSE = ("四、财政拨款收入支出决算总体情况说明\n"
          "2031年度财政拨款收入支出总计1,310.40万元。\n"
          "五、一般公共预算财政拨款支出决算情况说明\n"
          "（一）一般公共预算财政拨款支出决算结构情况\n"
          "2031年度一般公共预算财政拨款支出1,250.40万元，主要用于以下方面：文化旅游体育与传媒支出（类）{v}万元；"
          "社会保障和就业支出（类）420.30万元。\n")


def test_a_general_budget_class_figure_is_held_to_that_funds_column():
    """'一般公共预算财政拨款支出 … 文化旅游体育与传媒支出（类）55.00万元' is the row's 一般公共预算财政拨款 cell
    (55.00), not its 合计 (95.00, with the 政府性基金's 40.00): the row's first figure made it a contradiction."""
    a = analyse_report(_report(_lines(), _PROSE.format(v="55.00")))
    assert {c.status for c in a.claims if c.raw.startswith("55.00")} == {"verified"}
    assert {c.status for c in a.claims if c.raw.startswith("1,310.40")} == {"verified"}
    assert not [f for f in a.findings if f.check.startswith(("NT", "TB"))]
    a = analyse_report(_report(_lines(), _PROSE.format(v="95.00")))
    assert {c.status for c in a.claims if c.raw.startswith("95.00")} == {"contradicted"}


# a district budget's 财政拨款收支总表: headings on one line, a figure run into the next side's name
_BUDGET = ["2032年部门财政拨款收支预算总表", "编制部门：甲区丁局 单位：元",
           "财政拨款收入 财政拨款支出",
           "项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算",
           "一、一般公共预算 9,200,000一、社会保障和就业支出 1,500,000 1,500,000",
           "二、政府性基金预算 300,000 二、卫生健康支出 700,000 700,000",
           "三、国有资本经营预算 三、城乡社区支出 {city}",
           "四、住房保障支出 900,000 900,000",
           "收入总计 9,500,000 支出总计 9,500,000 9,200,000 300,000"]
_BUDGET_PROSE = ("二、财政拨款收支预算情况\n"
                 "2032年财政拨款支出预算950.00万元，其中：一般公共预算拨款支出920.00万元，"
                 "政府性基金拨款支出{g}万元，国有资本经营预算拨款支出0万元。\n")


def _budget(city: str, prose: str = ""):
    rows = [ln.format(city=city) for ln in _BUDGET]
    return text.from_text("\n".join(["甲区丁局2032年部门预算", *rows, "2032年部门一般公共预算支出功能分类预算表",
                                     prose]) + "\n")


def test_a_budgets_fund_summary_is_read_and_holds_the_funds_spending():
    """The 政府性基金预算 column's 300,000 is the 城乡社区支出 row's second figure only (6,100,000 + 300,000 would
    overrun it); the fund's spending stated in the text is held to that column of 支出总计."""
    r = _budget("6,400,000 6,100,000 300,000", _BUDGET_PROSE.format(g="30.00"))
    [t] = [t for t in r.tables if t.id == "fiscal_summary"]
    city = next(row for row in t.rows if row.label == "三、城乡社区支出")
    assert [c.raw for c in city.cells[1:]] == ["6,400,000", "6,100,000", "300,000", ""]
    a = analyse_report(r)
    assert {c.status for c in a.claims if c.raw.startswith("30.00")} == {"verified"}
    a = analyse_report(_budget("6,400,000 6,100,000 300,000", _BUDGET_PROSE.format(g="40.00")))
    assert {c.status for c in a.claims if c.raw.startswith("40.00")} == {"contradicted"}


def test_a_row_printing_every_column_is_read_as_printed_and_its_sum_checked():
    """Under a heading line that fixes the column order a row printing all four figures needs no placement:
    its 合计 that is not the sum of its funds (700 | 500) is the table's own defect for TB02, not a reason to
    leave the table unread, while the row printing two figures is placed by the column sums."""
    full = ["2032年部门财政拨款收支预算总表", "编制部门：甲区丁局 单位：元", "财政拨款收入 财政拨款支出",
            "项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算",
            "一、一般公共预算 2,300 一、社会保障和就业支出 1,500 1,500 0 0",
            "二、政府性基金预算 0 二、卫生健康支出 700 500 0 0",
            "三、国有资本经营预算 0 三、城乡社区支出 0 0 0 0",
            "四、住房保障支出 300 300",
            "收入总计 2,300 支出总计 2,500 2,300 0 0"]
    r = text.from_text("\n".join(["甲区丁局2032年部门预算", *full, "2032年部门一般公共预算支出功能分类预算表"]) + "\n")
    [t] = [t for t in r.tables if t.id == "fiscal_summary"]
    house = next(row for row in t.rows if row.label == "四、住房保障支出")
    assert [c.raw for c in house.cells[1:]] == ["300", "300", "", ""]
    a = analyse_report(r)
    assert any(f.check == "TB02" and "700" in f.message for f in a.findings)


def test_a_name_wrapped_around_the_other_sides_line():
    """'一、社会保障和就业' / '一、一般公共预算 9,200,000 1,500,000 1,500,000 0 0' / '支出': the 支出 side's name is
    printed above and below the 收入 side's line, whose figures split one to the left and four to the right."""
    rows = ["2032年部门财政拨款收支预算总表", "编制部门：甲区丁局 单位：元", "财政拨款收入 财政拨款支出",
            "项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算",
            "一、社会保障和就业", "一、一般公共预算 2,000 1,500 1,500 0 0", "支出",
            "二、政府性基金预算 0 二、卫生健康支出 500 500 0 0",
            "三、国有资本经营预", "三、城乡社区支出 0 0 0 0", "算",
            "收入总计 2,000 支出总计 2,000 2,000 0 0"]
    r = text.from_text("\n".join(["甲区丁局2032年部门预算", *rows, "2032年部门一般公共预算支出功能分类预算表"]) + "\n")
    [t] = [t for t in r.tables if t.id == "fiscal_summary"]
    got = {(row.side, row.label): [c.raw for c in row.cells[1:]] for row in t.rows}
    assert got[("财政拨款支出", "一、社会保障和就业支出")] == ["1,500", "1,500", "0", "0"]
    assert got[("财政拨款收入", "一、一般公共预算")] == ["2,000"]
    assert got[("财政拨款收入", "三、国有资本经营预算")] == [""]


# the same table split into TAB-separated cells (a reader that took it before this session): a fund's
# figures are that fund's column
_TAB = ["财政拨款收入支出决算总表", "单位：万元",
        "收入\t\t支出\t\t\t\t",
        "项目\t决算数\t项目\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款",
        "一、一般公共预算财政拨款\t1,250.40\t一、文化旅游体育与传媒支出\t95.00\t55.00\t40.00\t",
        "二、政府性基金预算财政拨款\t40.00\t二、社会保障和就业支出\t1,195.40\t1,195.40\t\t",
        "本年收入合计\t1,290.40\t本年支出合计\t1,290.40\t1,250.40\t40.00\t",
        "总计\t1,290.40\t总计\t1,290.40\t1,250.40\t40.00\t"]
_TAB_PROSE = ("五、一般公共预算财政拨款支出决算情况说明\n"
              "2031年度一般公共预算财政拨款支出1,250.40万元，主要用于以下方面：文化旅游体育与传媒支出（类）{v}万元；"
              "社会保障和就业支出（类）1,195.40万元。\n")


def test_a_general_budget_class_figure_is_that_funds_cell_of_the_summary_row():
    """'一般公共预算财政拨款支出 … 文化旅游体育与传媒支出（类）55.00万元' is the row's 一般公共预算财政拨款 cell
    (55.00), not its 合计 (95.00, with the 政府性基金's 40.00): the row's first figure made a false NT01."""
    def run(v: str):
        return analyse_report(text.from_text("\n".join(["甲区丙局2031年度部门决算", *_TAB, _TAB_PROSE.format(v=v)]) + "\n"))
    a = run("55.00")
    assert {c.status for c in a.claims if c.raw.startswith("55.00")} == {"verified"}
    assert not [f for f in a.findings if f.check.startswith("NT")]
    a = run("95.00")
    assert {c.status for c in a.claims if c.raw.startswith("95.00")} == {"contradicted"}


_TAB_BUDGET = ["2032年部门财政拨款收支预算总表", "单位：元", "财政拨款收入\t\t财政拨款支出\t\t\t\t",
               "项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算",
               "一、一般公共预算\t9,200,000\t一、社会保障和就业支出\t3,100,000\t3,100,000\t\t",
               "二、政府性基金预算\t300,000\t二、城乡社区支出\t6,400,000\t6,100,000\t300,000\t",
               "三、国有资本经营预算\t\t\t\t\t\t",
               "收入总计\t9,500,000\t支出总计\t9,500,000\t9,200,000\t300,000\t"]


def test_a_funds_budget_spending_is_its_column_of_the_budget_summarys_total():
    """A budget's summary prints no 本年支出合计 (its items, then 支出总计, no carry-over): a fund's spending
    ('政府性基金拨款支出30.00万元') is its column of 支出总计, as the 财政拨款 total already was; it had no cell."""
    def run(g: str):
        prose = (f"二、财政拨款收支预算情况\n2032年财政拨款支出预算950.00万元，其中：一般公共预算拨款支出920.00万元，"
                 f"政府性基金拨款支出{g}万元，国有资本经营预算拨款支出0万元。\n")
        return analyse_report(text.from_text("\n".join(["甲区丁局2032年部门预算", *_TAB_BUDGET, prose]) + "\n"))
    a = run("30.00")
    assert {c.status for c in a.claims if c.raw.startswith(("30.00", "0万元"))} == {"verified"}
    a = run("40.00")
    assert {c.status for c in a.claims if c.raw.startswith("40.00")} == {"contradicted"}
