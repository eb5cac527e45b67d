"""财政拨款收入支出决算总表 (and a budget's 财政拨款收支总表) splitting each row by fund: a fund's figures are its
column. Every table and sentence here is made up: the shape of such a table, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest import text


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
