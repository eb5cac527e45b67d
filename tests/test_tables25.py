"""Tables a plain text export leaves uncertain by their own sums, read where another table of the same report
fixes them (plain_tree's references), a label heading wrapped over lines, a budget's 收入预算总表. Every table
here is made up: the shape of such an export, other names and numbers."""
from __future__ import annotations

from finder.ingest import text


def _report(lines, kind="决算"):
    return text.from_text("\n".join([f"甲区乙街道2031年度部门{kind}", *lines]) + "\n")


def _table(report, tid):
    [t] = [t for t in report.tables if t.id == tid]
    return t


def _cells(t, column):
    """{row: raw cell} of the column whose last heading is `column`."""
    [k] = [k for k, c in enumerate(t.columns) if c[-1] == column]
    return {r.code or r.label: r.cells[k].raw for r in t.rows}


# ------------------------------------------------------------------ 支出决算表 and its 一般公共预算 twin
_EXPENSE = ["支出决算表", "单位：万元", "项目", "对附属单位补",
            "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出", "功能分类", "助支出", "科目名称", "科目编码",
            "合计 900.00 600.00 300.00",
            "201 一般公共服务支出 120.00 120.00",
            "20101 人大事务 120.00 120.00",
            "2010101 行政运行 120.00 120.00",
            "208 社会保障和就业支出 480.00 480.00",
            "20805 行政事业单位养老支出 480.00 480.00",
            "2080501 行政单位离退休 480.00 480.00",
            "212 城乡社区支出 300.00 300.00",
            "21201 城乡社区管理事务 300.00 300.00",
            "2120104 城管执法 300.00 300.00",
            "注：本表反映部门本年度各项支出情况。"]

_GPB = ["一般公共预算财政拨款支出决算表", "单位：万元", "项目", "合计 基本支出 项目支出", "功能分类", "科目名称", "科目编码",
        "201 一般公共服务支出 120.00 120.00",
        "20101 人大事务 120.00 120.00",
        "2010101 行政运行 120.00 120.00",
        "208 社会保障和就业支出 480.00 480.00",
        "20805 行政事业单位养老支出 480.00 480.00",
        "2080501 行政单位离退休 480.00 480.00",
        "212 城乡社区支出 300.00 300.00",
        "21201 城乡社区管理事务 300.00 300.00",
        "2120104 城管执法 300.00 300.00",
        "合计 900.00 600.00 300.00",
        "注：本表反映部门本年度一般公共预算财政拨款支出情况。"]


def test_the_expense_tables_parts_are_placed_where_the_general_budget_table_splits_each_row():
    r = _report(_EXPENSE + _GPB)
    gpb = _table(r, "gpb_expense")
    assert _cells(gpb, "基本支出")["201"] == "120.00" and _cells(gpb, "项目支出")["212"] == "300.00"
    t = _table(r, "expense")
    basic, project = _cells(t, "基本支出"), _cells(t, "项目支出")
    assert basic == {"合计": "600.00", "201": "120.00", "20101": "120.00", "2010101": "120.00", "208": "480.00",
                     "20805": "480.00", "2080501": "480.00", "212": "", "21201": "", "2120104": ""}
    assert project["212"] == "300.00" and project["201"] == "" and project["合计"] == "300.00"
    assert set(_cells(t, "上缴上级支出").values()) == {""}


def test_a_row_other_funds_spent_on_is_placed_by_no_reference_so_the_parts_stay_unread():
    alone = _table(_report(_EXPENSE), "expense")         # no other table: the parts are told apart by no sum
    assert [c[-1] for c in alone.columns] == ["科目名称", "本年支出合计"]
    assert "基本支出" in [c[-1] for c in _table(_report(_EXPENSE + _GPB), "expense").columns]
    # 212 spends 50.00 more than the general budget's row (another fund): its 350.00 may be either part
    rows = [ln.replace("212 城乡社区支出 300.00 300.00", "212 城乡社区支出 350.00 350.00")
            .replace("21201 城乡社区管理事务 300.00 300.00", "21201 城乡社区管理事务 350.00 350.00")
            .replace("2120104 城管执法 300.00 300.00", "2120104 城管执法 350.00 350.00")
            .replace("合计 900.00 600.00 300.00", "合计 950.00 600.00 350.00") for ln in _EXPENSE]
    t = _table(_report(rows + _GPB), "expense")
    assert [c[-1] for c in t.columns] == ["科目名称", "本年支出合计"]
    assert _cells(t, "本年支出合计")["212"] == "350.00"


# ------------------------------------------------------------------ every value printed, one heading wrapped
_FULL_EXPENSE = ["支出决算表", "单位：万元", "项目", "对附属单位补助",
                 "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出", "功能分类 支出", "科目名称", "科目编码",
                 "决算数 决算数 决算数 决算数 决算数 决算数",
                 "类 款 项 合计 900.00 600.00 300.00 0.00 0.00 0.00",
                 "201 一般公共服务支出 420.00 300.00 120.00 0.00 0.00 0.00",
                 "20101 人大事务 420.00 300.00 120.00 0.00 0.00 0.00",
                 "2010101 行政运行 420.00 300.00 120.00 0.00 0.00 0.00",
                 "208 社会保障和就业支出 480.00 300.00 180.00 0.00 0.00 0.00",
                 "20805 行政事业单位养老支出 480.00 300.00 180.00 0.00 0.00 0.00",
                 "2080501 行政单位离退休 480.00 300.00 180.00 0.00 0.00 0.00",
                 "注：本表反映部门本年度各项支出情况。"]
_FULL_GPB = ["一般公共预算财政拨款支出决算表", "单位：万元", "项目", "合计 基本支出 项目支出", "功能分类", "科目名称",
             "科目编码",
             "201 一般公共服务支出 420.00 300.00 120.00",
             "20101 人大事务 420.00 300.00 120.00",
             "2010101 行政运行 420.00 300.00 120.00",
             "208 社会保障和就业支出 480.00 300.00 180.00",
             "20805 行政事业单位养老支出 480.00 300.00 180.00",
             "2080501 行政单位离退休 480.00 300.00 180.00",
             "合计 900.00 600.00 300.01",
             "注：本表反映部门本年度一般公共预算财政拨款支出情况。"]


def test_the_wrapped_headings_column_is_fixed_where_the_other_table_splits_the_rows():
    # the other table's total row prints 300.01 (rounded otherwise): that row is placed by the sums alone
    t = _table(_report(_FULL_EXPENSE + _FULL_GPB), "expense")
    assert [c[-1] for c in t.columns][:4] == ["科目名称", "本年支出合计", "基本支出", "项目支出"]
    assert _cells(t, "基本支出") == {"合计": "600.00", "201": "300.00", "20101": "300.00", "2010101": "300.00",
                                   "208": "300.00", "20805": "300.00", "2080501": "300.00"}
    assert _cells(t, "项目支出")["208"] == "180.00" and _cells(t, "对附属单位补助支出")["201"] == "0.00"


def test_a_row_the_two_tables_split_differently_is_read_as_its_own_table_prints_it():
    # the other rows fix the order; 208 prints every value, so its cells are what it prints
    gpb = [ln.replace("208 社会保障和就业支出 480.00 300.00 180.00", "208 社会保障和就业支出 480.00 180.00 300.00")
           for ln in _FULL_GPB]
    t = _table(_report(_FULL_EXPENSE + gpb), "expense")
    assert _cells(t, "基本支出")["208"] == "300.00" and _cells(t, "项目支出")["208"] == "180.00"


def test_two_tables_splitting_every_row_differently_leave_the_parts_unread():
    assert "基本支出" in [c[-1] for c in _table(_report(_FULL_EXPENSE + _FULL_GPB), "expense").columns]
    gpb = [ln.replace(" 300.00 120.00", " 120.00 300.00").replace(" 300.00 180.00", " 180.00 300.00")
           .replace("900.00 600.00 300.01", "900.00 300.01 600.00") for ln in _FULL_GPB]
    t = _table(_report(_FULL_EXPENSE + gpb), "expense")
    assert "基本支出" not in [c[-1] for c in t.columns]


# ------------------------------------------------------------------ 收入决算表: its label heading wrapped too
_SUMMARY = ["收入支出决算总表", "单位：万元", "收入 支出", "项目 决算数 项目 决算数",
            "一、一般公共预算财政拨款收入 900.00 一、一般公共服务支出 420.00",
            "二、政府性基金预算财政拨款收入 0.00 二、外交支出 0.00",
            "三、国有资本经营预算财政拨款收入 0.00 三、国防支出 0.00",
            "四、上级补助收入 0.00 四、公共安全支出 0.00",
            "五、事业收入 0.00 五、教育支出 0.00",
            "六、经营收入 0.00 六、科学技术支出 0.00",
            "七、附属单位上缴收入 0.00 七、文化旅游体育与传媒支出 0.00",
            "八、其他收入 0.00 八、社会保障和就业支出 480.00",
            "本年收入合计 900.00 本年支出合计 900.00",
            "使用非财政拨款结余 0.00 结余分配 0.00",
            "年初结转和结余 0.00 年末结转和结余 0.00",
            "总计 900.00 总计 900.00",
            "注：本表反映部门本年度的总收支和年末结转结余情况。"]
_INCOME = ["收入决算表", "单位：万元", "项目", "附属单位上缴",
           "功能分 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 其他收入", "收入", "类科目 科目名称",
           "编码 决算数 决算数 决算数 决算数 决算数 决算数 决算数",
           "类 款 项 合计 900.00 900.00 0.00 0.00 0.00 0.00 0.00",
           "201 一般公共服务支出 420.00 420.00 0.00 0.00 0.00 0.00 0.00",
           "20101 人大事务 420.00 420.00 0.00 0.00 0.00 0.00 0.00",
           "208 社会保障和就业支出 480.00 480.00 0.00 0.00 0.00 0.00 0.00",
           "20805 行政事业单位养老支出 480.00 480.00 0.00 0.00 0.00 0.00 0.00",
           "注：本表反映部门本年度取得的各项收入情况。"]


def test_an_income_table_whose_label_heading_wraps_is_read_its_sources_fixed_by_the_summary():
    t = _table(_report(_SUMMARY + _INCOME), "income")
    assert [c[-1] for c in t.columns] == ["科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入",
                                          "经营收入", "附属单位上缴收入", "其他收入"]
    assert _cells(t, "财政拨款收入") == {"合计": "900.00", "201": "420.00", "20101": "420.00", "208": "480.00",
                                       "20805": "480.00"}


def test_without_the_summary_the_income_tables_wrapped_column_leaves_the_sources_unread():
    # read (its label heading wrapped), but 附属单位上缴收入 may stand before 财政拨款收入: that column is unknown
    t = _table(_report(_INCOME), "income")
    assert "财政拨款收入" not in [c[-1] for c in t.columns]
    assert _cells(t, "本年收入合计")["208"] == "480.00"


# ------------------------------------------------------------------ a budget's 收入预算总表
_B_SUMMARY = ["2032年部门财务收支预算总表", "编制部门：甲区乙局 单位：元", "本年收入 本年支出", "项目 预算数 项目 预算数",
              "一、财政拨款收入 9,000,000 一、一般公共服务支出 4,200,000",
              "1. 一般公共预算 9,000,000 二、社会保障和就业支出 2,800,000",
              "2. 政府性基金预算 三、卫生健康支出 1,000,000", "3. 国有资本经营预算 四、住房保障支出 1,000,000",
              "二、事业收入", "三、事业单位经营收入", "四、其他收入",
              "收入总计 9,000,000 支出总计 9,000,000"]
_B_HEAD = ["项目 收入预算", "功能分类科目编码", "事业单位", "功能分类科目名称 合计 财政拨款收入 事业收入 其他收入",
           "经营收入", "类 款 项"]
_B_ROWS = [("201 一般公共服务支出", "4,200,000", "4,000,000 200,000"),
           ("201 01 人大事务", "4,200,000", "4,000,000 200,000"),
           ("201 01 01 行政运行", "4,000,000", "4,000,000"),
           ("201 01 02 一般行政管理事务", "200,000", "200,000"),
           ("208 社会保障和就业支出", "2,800,000", "2,800,000"),
           ("208 05 行政事业单位养老支出", "2,800,000", "2,800,000"),
           ("208 05 01 行政单位离退休", "2,800,000", "2,800,000"),
           ("210 卫生健康支出", "1,000,000", "1,000,000"),
           ("210 11 行政事业单位医疗", "1,000,000", "1,000,000"),
           ("210 11 01 行政单位医疗", "1,000,000", "1,000,000"),
           ("221 住房保障支出", "1,000,000", "1,000,000"),
           ("221 02 住房改革支出", "1,000,000", "1,000,000"),
           ("221 02 01 住房公积金", "1,000,000", "1,000,000")]
_B_INCOME = ["2032年部门收入预算总表", "编制部门：甲区乙局 单位：元", *_B_HEAD,
             *[f"{name} {amount} {amount}" for name, amount, _ in _B_ROWS],
             "合计 9,000,000 9,000,000"]
_B_GPB = ["2032年部门一般公共预算支出功能分类预算表", "编制部门：甲区乙局 单位：元", "项目 一般公共预算支出",
          "功能分类科目编码", "功能分类科目名称 合计 基本支出 项目支出", "类 款 项",
          *[f"{name} {amount} {parts}" for name, amount, parts in _B_ROWS],
          "合计 9,000,000 8,800,000 200,000",
          "注：本表反映部门一般公共预算支出情况。"]
_B_FUNDS = {"201": "4,200,000", "20101": "4,200,000", "2010101": "4,000,000", "2010102": "200,000",
            "208": "2,800,000", "20805": "2,800,000", "2080501": "2,800,000", "210": "1,000,000",
            "21011": "1,000,000", "2101101": "1,000,000", "221": "1,000,000", "22102": "1,000,000",
            "2210201": "1,000,000", "合计": "9,000,000"}


def test_a_budgets_income_table_reads_its_appropriation_where_the_general_budget_table_spends_the_row():
    t = _table(_report(_B_SUMMARY + _B_INCOME + _B_GPB, "预算"), "income")
    assert [c[-1] for c in t.columns] == ["科目名称", "合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"]
    assert _cells(t, "财政拨款收入") == _B_FUNDS
    assert set(_cells(t, "事业收入").values()) == {""}


def test_a_budgets_income_table_printing_its_headings_twice_is_read_once():
    doubled = _B_INCOME[:2] + _B_HEAD + _B_HEAD[1:] + _B_INCOME[2 + len(_B_HEAD):]
    t = _table(_report(_B_SUMMARY + doubled + _B_GPB, "预算"), "income")
    assert _cells(t, "财政拨款收入") == _B_FUNDS


def test_a_budgets_income_table_alone_reads_its_total_column_alone():
    # read (its total row closes the coded rows), the sources told apart by no sum and no other table
    t = _table(_report(_B_INCOME, "预算"), "income")
    assert [c[-1] for c in t.columns] == ["科目名称", "合计"]
    assert _cells(t, "合计")["合计"] == "9,000,000"


# ------------------------------------------------------------------ a column the total row holds 0 in
_SHORT_INCOME = ["收入决算表", "单位：万元", "项目", "附属单位",
                 "本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 其他收入", "功能分类", "上缴收入", "科目名称",
                 "科目编码",
                 "合计 900.00 900.00",
                 "201 一般公共服务支出 420.00 420.00",
                 "20101 人大事务 420.00 420.00",
                 "208 社会保障和就业支出 480.00 480.00",
                 "20805 行政事业单位养老支出 480.00 480.00",
                 "注：本表反映部门本年度取得的各项收入情况。"]


def test_two_figure_income_rows_go_to_the_one_source_the_summary_leaves_a_total():
    # the summary lists no income but 财政拨款: the total row's 900.00 is 财政拨款收入, the other sources'
    # totals are 0, so (no figure below 0) every row's one figure is its 财政拨款收入
    summary = [ln.replace(" 0.00 ", " ") if ln[:2] in ("四、", "五、", "六、", "七、", "八、") else ln for ln in _SUMMARY]
    t = _table(_report(summary + _SHORT_INCOME), "income")
    assert _cells(t, "财政拨款收入") == {"合计": "900.00", "201": "420.00", "20101": "420.00", "208": "480.00",
                                       "20805": "480.00"}
    assert set(_cells(t, "其他收入").values()) == {""}


def test_a_negative_figure_leaves_the_two_figure_income_rows_unplaced():
    rows = _SHORT_INCOME[:-1] + ["20899 其他社会保障和就业支出 -10.00 -10.00", _SHORT_INCOME[-1]]
    rows = [ln.replace("20805 行政事业单位养老支出 480.00 480.00", "20805 行政事业单位养老支出 490.00 490.00")
            for ln in rows]
    t = _table(_report(_SUMMARY + rows), "income")
    assert [c[-1] for c in t.columns] == ["科目名称", "本年收入合计"]
    assert "财政拨款收入" in [c[-1] for c in _table(_report(_SUMMARY + _SHORT_INCOME), "income").columns]
