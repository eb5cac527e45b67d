"""Two-sided summary tables printed with spaces (finder.ingest.spaced_sides): one line holds an
income item and a spending item; a row of one name goes to the side it lies in, or the table
is not read."""
from __future__ import annotations

from finder.ingest import text

TITLE = ["                2025年部门财务收支预算总表", "",
         "编制部门：甲局                                        单位：元", ""]
HEAD = ["             本年收入                          本年支出", "",
        "        项目            预算数             项目             预算数", ""]
ROWS = ["一、财政拨款收入                   500.00 一、一般公共服务支出                 300.00", "",
        "1. 一般公共预算资金                500.00 二、教育支出                         150.00", "",
        "2. 政府性基金                      三、住房保障支出                      50.00", "",
        "二、事业收入", "",
        "三、其他收入", "", "", "", "", "",
        "       收入总计                    500.00        支出总计              500.00"]


def _tables(lines):
    return text.from_text("\n".join(lines) + "\n").tables


def _sides(t):
    return [(r.side, r.label, r.cells[-1].raw) for r in t.rows]


def test_two_sided_rows_split_into_income_and_spending():
    [t] = _tables(TITLE + HEAD + ROWS)
    assert t.id == "income_expense_summary"
    assert t.columns == [("本年收入", "项目"), ("本年收入", "预算数"), ("本年支出", "项目"), ("本年支出", "预算数")]
    got = _sides(t)
    assert ("本年收入", "一、财政拨款收入", "500.00") in got
    assert ("本年支出", "一、一般公共服务支出", "300.00") in got
    # the left value is empty: 三、住房保障支出's figure is the spending side's, not 政府性基金's
    assert ("本年收入", "2. 政府性基金", "") in got
    assert ("本年支出", "三、住房保障支出", "50.00") in got
    # a name alone under the income names, after the spending side ran out, is an income row
    assert ("本年收入", "三、其他收入", "") in got
    assert ("本年支出", "支出总计", "500.00") in got


def test_row_between_the_sides_drops_the_table():
    # a name starting halfway between the income names (column 0) and the spending names
    # (column 42) could be either side's: no confident side, no table
    odd = ROWS[:4] + [" " * 20 + "四、其他支出      20.00"] + ROWS[4:]
    assert _tables(TITLE + HEAD + odd) == []


def test_caption_after_the_table_is_not_a_row():
    [t] = _tables(TITLE + HEAD + ROWS + ["", "", "                2025年部门收入预算总表"])
    assert "2025年部门收入预算总表" not in [r.label for r in t.rows]


def test_no_side_names_no_table():
    assert _tables(TITLE + HEAD[2:] + ROWS) == []
