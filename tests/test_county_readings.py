"""Readings a county report needs: tables in 元 under an '编制单位：' caption, prose in 万元.

Every sentence and table here is made up: the shape of county wordings, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse
from finder.checks import run as run_checks
from finder.ingest import load
from finder.testing import analysis_from, run_check

_BASIC_YUAN = """某某县样例局
2031年度部门决算

一般公共预算财政拨款基本支出决算表

公开06表

编制单位：某某县样例局\t2031年度\t单位：元

经济分类科目编码\t科目名称\t决算数\t经济分类科目编码\t科目名称\t决算数
301\t工资福利支出\t8,000,000.00\t302\t商品和服务支出\t1,234,567.89
30101\t基本工资\t8,000,000.00\t30201\t办公费\t1,234,567.89
人员经费合计\t\t8,000,000.00\t公用经费合计\t\t1,234,567.89

六、一般公共预算财政拨款基本支出决算情况说明

2031年度一般公共预算财政拨款基本支出923.46万元，其中：人员经费800.00万元；公用经费{x}万元。

七、机关运行经费支出情况说明

2031年度本部门机关运行经费支出100.00万元。
"""


def test_a_caption_naming_the_compiling_unit_keeps_the_tables_unit(tmp_path):
    """'编制单位：某局 | 2031年度 | 单位：元': the unit label matched the 单位： of 编制单位 first and took the
    department's name for the unit, so every 万元 figure held against the table was '表格未标明金额单位'.
    The unit is the one of '单位：元'; 123.46 万元 meets 1,234,567.89 元 by interval, 123.64 does not."""
    path = tmp_path / "county.txt"
    path.write_text(_BASIC_YUAN.format(x="123.46"), encoding="utf-8")
    a = analyse([str(path)])
    assert [t.unit for t in a.report.tables] == ["元"]
    public = next(c for c in a.claims if c.raw.startswith("123.46"))
    assert public.status == "verified"
    assert not [f for f in a.findings if f.severity in ("error", "warning")]
    # the ceiling's reason prints the cell in its own unit
    run = next(c for c in a.claims if c.concept == "admin_operating_cost")
    assert "1234567.89元" in run.reason.replace(",", "")
    path.write_text(_BASIC_YUAN.format(x="123.64"), encoding="utf-8")
    found = analyse([str(path)]).findings
    assert any(f.check == "NT01" and f.severity == "error" and "123.64" in f.message for f in found)


def test_a_sentence_naming_the_report_is_no_title(tmp_path):
    """'本部门决算包括部门本级及所属3个单位。纳入某某县样例局2031年度部门决算编制范围的单位包括：' (the county
    wording of the units consolidated) was taken for the report's title, its first sentence for the
    department's name; a title is no sentence, so the contents line '…2031年度部门决算表' names it."""
    path = tmp_path / "county.txt"
    path.write_text("某某县样例局\n2031年度部门决算\n\n二、部门决算单位构成\n\n本部门决算包括部门本级及所属3个单位。"
                    "纳入某某县样例局2031年度部门决算编制范围的单位包括：\n\n第二部分 某某县样例局2031年度部门决算表\n",
                    encoding="utf-8")
    r = load([str(path)])
    assert r.title == "某某县样例局2031年度部门决算"
    assert r.department == "某某县样例局"


def test_not_buying_a_car_names_no_figure_of_its_own():
    """'公务用车购置费 0.00 万元，本年未购置公务用车；公务用车运行维护费 14.33 万元': the subject 购置公务用车
    was found inside the phrase 未购置公务用车 and given the next item's amount, a false TX05 warning
    on every report wording it so. A nonzero purchase named elsewhere still contradicts the phrase."""
    text = ("七、“三公”经费\n其中：公务用车购置费0.00万元，本年未购置公务用车；公务用车运行维护费14.33万元，"
            "主要用于公务用车燃料费。\n")
    assert not run_check(text, "TX05")
    text = "七、“三公”经费\n本年未购置公务用车。\n公务用车购置费支出12.00万元，更新执法用车1辆。\n"
    [f] = run_check(text, "TX05")
    assert "12.00" in f.message


_GPB = {"gpb_expense": {"title": "一般公共预算财政拨款支出决算表", "number": "公开05表", "rows": [
    "项目\t\t合计\t基本支出\t项目支出", "功能分类科目编码\t科目名称\t\t\t",
    "213\t农林水支出\t900.00\t500.00\t400.00", "\t合计\t900.00\t500.00\t400.00"]}}


def test_a_share_of_a_whole_printed_with_its_fund_is_of_that_fund():
    """'资金 400.00 万元，占一般公共预算项目支出总额的 100%': the whole names the general budget, yet the
    department's 项目支出 (all funds) stated before was taken for it, a false AR01 error. A whole printed
    with its fund is held against that fund's figure (here the table's), never another fund's."""
    text = ("三、支出决算情况说明\n本年支出合计1100.00万元，其中：项目支出600.00万元，占54.55%。\n"
            "十三、预算绩效管理情况说明\n本部门对一般公共预算项目支出开展绩效自评，共涉及项目4个，资金400.00万元，"
            "占一般公共预算项目支出总额的{p}%。\n")
    assert not [f for f in run_checks(analysis_from(_GPB, text.format(p="100"), 2031)) if f.check == "AR01"]
    [f] = [f for f in run_checks(analysis_from(_GPB, text.format(p="90"), 2031)) if f.check == "AR01"]
    assert "90%" in f.message and "400.00" in f.message


_FUND = {"gov_fund": {"title": "政府性基金预算财政拨款收入支出决算表", "number": "公开08表", "rows": [
    "项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余",
    "功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出\t",
    "合计\t\t5.00\t200.00\t185.00\t\t185.00\t20.00"]}}


def test_a_funds_carry_over_is_read_in_its_table():
    """'政府性基金预算财政拨款收入 A，支出 B，年末结转和结余 C 万元': the carry-over of the fund had no cell
    ('未找到对应表格'), so a misprint passed; it is the fund table's 合计 row under 年末结转和结余
    (年初 likewise)."""
    text = ("八、政府性基金预算财政拨款收入支出决算情况说明\n2031年度政府性基金预算财政拨款年初结转和结余5.00万元，"
            "收入200.00万元，支出185.00万元，年末结转和结余{c}万元。\n")
    a = analysis_from(_FUND, text.format(c="20.00"), 2031)
    carried = [c for c in a.claims if "结转" in c.subject]
    assert [(c.raw, c.status) for c in carried] == [("5.00万元", "verified"), ("20.00万元", "verified")]
    a = analysis_from(_FUND, text.format(c="15.00"), 2031)
    assert [(f.check, f.severity) for f in run_checks(a) if f.severity != "info"] == [("NT01", "error")]
