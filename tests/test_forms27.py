"""Session 27 (forms27b): a 其中 list's head change after its ；, budgets' 收入预算/支出预算, forms printed oddly.

Every text here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_HEAD = "一、部门收支预算总体情况\n"


def _run(text: str, year: int = 2031):
    a = analysis_from({}, _HEAD + text + "\n", year)
    return [f for f in run_checks(a) if f.severity != "info"], a


def _claim(a, raw: str):
    [c] = [c for c in a.claims if c.raw.strip() == raw]
    return c


# ------------------------------------------------------------------ 1. a change after a 其中 list's ；
_QIZHONG = ("某某局2031年收支总预算1,234.56万元，其中：甲中心经费1,000.06万元，乙幼儿园经费234.50万元；"
            "比上年预算增加{x}万元，增长{p}%。")


def test_subjectless_change_after_a_qizhong_lists_semicolon_is_the_heads():
    """'收支总预算 T，其中：A a，B b；比上年增加 x，增长 p%': the clause after the ； has no subject of its own and
    compares with the year before: T's change (234.56 ÷ (1234.56 − 234.56) = 23.456%), not A's (it was read as
    甲中心经费's, held against 1,000.06)."""
    found, a = _run(_QIZHONG.format(x="234.56", p="23.46"))
    assert found == []
    assert _claim(a, "234.56万元").subject == "收支总预算"
    assert _claim(a, "23.46%").status == "verified"
    found, a = _run(_QIZHONG.format(x="234.56", p="25.46"))     # a rate T's change does not give: still an error
    assert [(f.check, f.severity) for f in found] == [("AR02", "error")]
    assert "收支总预算" in found[0].message


def test_an_items_own_change_in_a_qizhong_list_stays_the_items():
    """A change printed after an item with no ； between is that item's: '其中：A a，比上年增加 x；B b，比上年增加 y'."""
    _, a = _run("某某局2031年收支总预算1,234.56万元，其中：甲中心经费1,000.06万元，比上年增加34.56万元；"
                "乙幼儿园经费234.50万元，比上年增加200万元。")
    assert _claim(a, "34.56万元").subject == "甲中心经费"
    assert _claim(a, "200万元").subject == "乙幼儿园经费"


# ------------------------------------------------------------------ 2. a budget's bare '收入预算' / '支出预算'
_SIDES = ("（一）2031年收入预算1,234.56万元，其中：\n1、财政拨款收入{fiscal}万元；\n2、事业收入200万元；\n3、其他收入0万元。\n"
          "（二）2031年支出预算1,234.56万元，其中：\n1、基本支出1,000.00万元；\n2、项目支出200万元。")


def _budget(text: str):
    from finder.testing import budget_analysis_from
    a = budget_analysis_from({}, "二、收支预算总体情况\n" + text + "\n")
    return [f for f in run_checks(a) if f.severity != "info"], a


def test_a_budgets_bare_income_budget_is_its_total_and_its_parts_are_summed():
    """'（一）2031年收入预算 T 万元，其中：1、财政拨款收入 a；2、事业收入 b；…' in a budget: 收入 alone before 预算 is the
    year's 收入总预算 (as '收入总预算' is read), so its numbered parts are held to it: 1,100.00 + 200 + 0 is more than
    1,234.56 (AR04). The subject '收入' alone had no concept and the list no whole."""
    found, a = _budget(_SIDES.format(fiscal="1,100.00"))
    assert [c.concept for c in a.claims if c.raw == "1,234.56万元"] == ["income_grand_total", "expense_total"]
    assert [(f.check, f.severity) for f in found] == [("AR04", "error")]
    found, _ = _budget(_SIDES.format(fiscal="1,034.56"))          # 1,034.56 + 200 + 0 = 1,234.56: no finding
    assert found == []


def test_a_named_income_before_the_budget_word_is_not_the_total():
    """'事业收入预算 b', '单位资金收入预算 c', '“三公”经费支出预算 d': another name stands right before the side, so
    it is that figure, not the year's total (a name before it is no year or item number)."""
    _, a = _budget("单位资金收入预算12.34万元。“三公”经费支出预算5.67万元。")
    assert _claim(a, "12.34万元").concept not in ("income_grand_total", "income_total")
    assert _claim(a, "5.67万元").concept not in ("expense_total", "expense_grand_total")


def test_final_accounts_keep_a_bare_income_budget_unread():
    """In final accounts '收入预算 X' is at most an item's budget column: no total is read from it."""
    _, a = _run("本年收入预算1,234.56万元，决算1,200.00万元。".replace("本年", "2031年"))
    assert _claim(a, "1,234.56万元").concept is None


# ------------------------------------------------------------------ 3. a form printed one pipe-closed cell a line
def _form_cells(rate: str = "80.00%", total: str = "100") -> list[str]:
    """A Sichuan-shaped 部门预算项目支出绩效自评表 (made-up project): its funds block (预算执行情况) and an indicator block
    whose target prints in three columns, 完成值 and 得分 left blank ('' is a blank cell)."""
    return ["报表编号:000000_0000zz", "部门预算项目支出绩效自评表(2031年度)", "项目名称", "甲乙设备购置项目", "主管部门",
            "甲乙县丙丁局", "实施单位 (盖章)", "甲乙县丙丁局", "项目基本情况", "1.项目年度目标完成情况", "项目年度目标",
            "年度目标完成情况", "完成设备购置。", "已完成。", "2.项目实施内容及过程概述", "",
            "预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重",
            "得分", "原因", "总额", "4.00", "5.00", "4.00", rate, "10", "", "说明", "其中:财政资金", "4.00", "5.00",
            "4.00", rate, "/", "/", "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/",
            "绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重",
            "得分", "未完成原因分析", "产出指标", "数量指标", "购置设备台数", "≥", "12", "台", "", "50", "", "",
            "效益指标", "社会效益指标", "服务对象满意度", "≥", "90", "%", "", "40", "", "", "合计", total, "", "",
            "评价结论"]


def _form_text(cells: list[str]) -> str:
    return "".join(f"{c} |\n" if c else "|\n" for c in cells)


def _form_findings(tmp_path, text: str, code: str | None = None):
    from finder.analysis import extract
    from finder import link
    from finder.ingest.text import load
    f = tmp_path / "form.txt"
    f.write_text(text, encoding="utf-8")
    a = extract(load(str(f)))
    link.resolve(a)
    found = [x for x in run_checks(a) if x.severity != "info"]
    return [x for x in found if code is None or x.check == code], a


def test_a_form_printed_one_pipe_closed_cell_a_line_is_read(tmp_path):
    """Every cell on its own line closed by ' |', a blank cell a '|' alone: the rows are rebuilt from the form's
    own labels and headers, so the funds row's 执行率 (4.00 ÷ 5.00 = 80%) and the weights (10 + 50 + 40 = 100 against
    合计 100) are checked; the form was left as text (nothing checked)."""
    found, a = _form_findings(tmp_path, _form_text(_form_cells()))
    assert found == []
    from finder.appendix.build import of
    [et] = of(a).evals
    assert et.project == "甲乙设备购置项目"
    assert {r: c.raw for r, c in et.fund("total").values.items()} == {
        "initial_budget": "4.00", "full_budget": "5.00", "spent": "4.00", "rate": "80.00%", "weight": "10"}
    assert [(i.name, i.weight.raw, i.score.raw) for i in et.indicators] == [("购置设备台数", "50", ""),
                                                                           ("服务对象满意度", "40", "")]
    found, _ = _form_findings(tmp_path, _form_text(_form_cells(rate="90.00%")), "EV03")
    assert len(found) == 2 and all(f.severity == "error" for f in found)     # 总额 and 财政资金: 4 ÷ 5 is 80%
    found, _ = _form_findings(tmp_path, _form_text(_form_cells(total="95")), "EV01")
    assert len(found) == 1 and "95" in found[0].message


def test_a_form_without_its_pipes_closing_each_cell_is_not_read_so(tmp_path):
    """The same cells printed without their closing pipes are no pipe-closed run: this reader leaves them."""
    from finder.ingest import cell_forms
    lines = [c for c in _form_cells()]
    assert cell_forms.find(lines, set()) == []
    assert len(cell_forms.find(_form_text(_form_cells()).split("\n"), set())) == 1


def test_a_funds_row_with_a_blank_score_keeps_its_weight(tmp_path):
    """'总额 | 4.00 | 5.00 | 4.00 | 80.00% | 10 | | 说明': the rate printed with its '%' places the figures, so 10 is
    the 分值 and the 得分 is blank; it was read as a rate left blank (分值 80.00%, 得分 10: a false EV20)."""
    from finder.appendix.model import parse_funds
    from finder.model import Row
    order = ["initial_budget", "full_budget", "spent", "rate", "weight", "score"]
    cells = ["总额", "4.00", "5.00", "4.00", "80.00%", "10", "", "说明", "", ""]
    f = parse_funds(cells, Row(label="总额", cells=[]), order)
    assert {r: c.raw for r, c in f.values.items()} == {
        "initial_budget": "4.00", "full_budget": "5.00", "spent": "4.00", "rate": "80.00%", "weight": "10"}
    cells = ["总额", "4.00", "5.00", "4.00", "10", "8"]              # a rate left blank: the figures skip it
    f = parse_funds(cells + ["", ""], Row(label="总额", cells=[]), order)
    assert {r: c.raw for r, c in f.values.items()} == {
        "initial_budget": "4.00", "full_budget": "5.00", "spent": "4.00", "weight": "10", "score": "8"}


# ------------------------------------------------------------------ 4. a |-table whose cells break over lines
_BROKEN = ("| 2031年度项目支出绩效自评表 | ||||||||||\n"
           "| 项目名称 |\n"
           "2031年甲乙设备购置项目 |\n"
           "| 主管部门 | 甲乙市丙局 | 实施单位 | 甲乙市丁中心 | |||||||\n"
           "|\n"
           "项目资金 (万元) |\n"
           "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||||\n"
           "| 年度资金总额 | 5.00 | 5.00 | 4.00 | 10.00 | {rate} | 8.00 | ||||\n"
           "| 其中:当年财政拨款 | 5.00 | 5.00 | 4.00 | {rate} | ||||||\n"
           "| 上年结转资金 | ||||||||||\n")


def test_a_pipe_row_whose_first_cell_breaks_over_lines_is_joined(tmp_path):
    """'|' / '项目资金 (万元) |' / '年初预算数 | 全年预算数 | … |': one row whose label cell broke over lines (every
    row of the table opens with a pipe, these lines do not): joined, the columns stay in place, so the funds rows
    read (the 分值 merged over 当年财政拨款 prints nothing there: its '80%' is its 执行率) and 4.00 ÷ 5.00 is checked."""
    from finder.ingest.text import join_broken_rows
    lines = _BROKEN.format(rate="80%").split("\n")
    out, taken = join_broken_rows(lines, set())
    assert out[6] == "| 项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||||"
    assert out[2] == "| 项目名称 | 2031年甲乙设备购置项目 |" and taken == {1, 4, 5}
    found, a = _form_findings(tmp_path, _BROKEN.format(rate="80%"))
    assert found == []
    from finder.appendix.build import of
    et = next(e for e in of(a).evals if e.funds)
    assert {r: c.raw for r, c in et.fund("fiscal").values.items()} == {
        "initial_budget": "5.00", "full_budget": "5.00", "spent": "4.00", "rate": "80%"}
    found, _ = _form_findings(tmp_path, _BROKEN.format(rate="90%"), "EV03")
    assert found and all(f.severity == "error" for f in found)


def test_cell_lines_without_rows_around_them_are_not_joined():
    """Lines closing with a pipe but with no pipe-opened row of two cells or more beside them (a table printed one
    cell a line) are left as they are."""
    from finder.ingest.text import join_broken_rows
    lines = ["| 项目 |", "甲 |", "乙 |", "丙 |"]
    assert join_broken_rows(lines, set()) == (lines, set())


def test_pipe_only_lines_are_no_rows_to_join_onto():
    """'||' (a one-cell-a-line table's blank cells) followed by 'cell |' lines and '||||': no row printing a cell is
    around them, so nothing is joined (the cells stay for the one-cell-a-line reader)."""
    from finder.ingest.text import join_broken_rows
    lines = ["较上年增减情况 |", "||", "增、减额 |", "增、减幅度 |", "||||", "合 计 |"]
    assert join_broken_rows(lines, set()) == (lines, set())
