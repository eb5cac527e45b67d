"""Regional variants of the 项目支出绩效自评表 / 部门整体支出绩效自评表 (session 20): correct forms give no finding,
their wrong twins are caught.

Every form here is made up: our own names and numbers in the layouts regions print."""
from __future__ import annotations

from pathlib import Path

from finder.analysis import analyse
from finder.appendix.build import of
from plant_points import EV_FUND_HEAD

_HEAD = "甲乙市丙丁管理局2031年度部门决算\n\n一、部门基本情况\n\n本部门负责甲乙事务。\n\n"

_NAME = [["项目名称", "", "职业技能培训补助", "", "", "", "", "", ""],
         ["主管部门", "", "甲乙市丙丁管理局", "", "", "实施单位", "", "甲乙市丙丁服务中心", ""]]
_DEPT_NAME = [["部门（单位）名称", "", "甲乙市丙丁管理局", "", "", "", "", "", ""]]
_GOAL = [["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
         ["", "完成职业技能培训 500 人次以上。", "", "", "", "完成培训 520 人次。", "", "", ""]]
_INDICATORS = [
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["", "产出指标", "数量指标", "培训人次", "≥500 人次", "520 人次", "20", "20", ""],
    ["", "", "质量指标", "培训合格率", "≥95%", "97%", "15", "15", ""],
    ["", "", "时效指标", "资金拨付时限", "≤ 10 天", "8 天", "10", "10", ""],
    ["", "", "成本指标", "人均培训成本", "≤0.2 万元", "0.18 万元", "5", "5", ""],
    ["", "效益指标", "社会效益指标", "政策知晓率", "100%", "100%", "20", "20", ""],
    ["", "", "可持续影响指标", "培训成果持续应用", "按时完成", "按时完成", "10", "10", ""],
    ["", "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "93%", "10", "10", ""],
    ["总分", "", "", "", "", "", "100", "99.8", ""],
]


def _funds(*rows: list[str], lead: str = "") -> list[list[str]]:
    """The funds block: its header and `rows` (label, figures), each row opening with `lead` (a merged cell an
    extraction repeats on every row) or a blank."""
    return [EV_FUND_HEAD] + [[lead, *r] for r in rows]


_SICHUAN = (["年度资金总额", "100.00", "100.00", "98.00", "10", "98.00%", "9.8"],
            ["其中：财政拨款", "80.00", "80.00", "78.00", "—", "97.50%", "—"],
            ["单位资金", "10.00", "10.00", "10.00", "—", "100.00%", "—"],
            ["财政专户管理资金", "5.00", "5.00", "5.00", "—", "100.00%", "—"],
            ["其他资金", "5.00", "5.00", "5.00", "—", "100.00%", "—"])


def _form(funds: list[list[str]], title: str = "项目支出绩效自评表", name: list[list[str]] | None = None,
          indicators: list[list[str]] | None = None) -> str:
    rows = [*(name or _NAME), *funds, *_GOAL, *(indicators or _INDICATORS)]
    return f"{title}\n\n（2031年度）\n\n" + "\n".join("\t".join(r) for r in rows) + "\n"


def _analyse(tmp_path: Path, form: str):
    path = tmp_path / "report.txt"
    path.write_text(_HEAD + form, encoding="utf-8")
    return analyse([str(path)])


def _found(tmp_path: Path, form: str) -> list[tuple[str, str]]:
    return [(f.check, f.message) for f in _analyse(tmp_path, form).findings if f.severity in ("error", "warning")]


# ------------------------------------------------------------------ the funds block's rows

def test_regional_fund_parts_are_funds_and_no_indicators(tmp_path):
    """单位资金 and 财政专户管理资金 rows are parts of the 年度资金总额, even where an extraction repeats the block's
    merged name cell on every row (read past it, they would be indicators whose 分值 swell the 总分)."""
    for lead in ("", "项目资金（万元）"):
        form = _form(_funds(*_SICHUAN, lead=lead))
        assert _found(tmp_path, form) == []
        [et] = of(_analyse(tmp_path, form)).evals
        assert [(f.kind, f.values["spent"].raw) for f in et.funds] == [
            ("total", "98.00"), ("fiscal", "78.00"), ("unit", "10.00"), ("special", "5.00"), ("other", "5.00")]
        assert len(et.indicators) == 7


def test_a_regional_fund_part_above_its_total_is_caught(tmp_path):
    rows = [list(r) for r in _SICHUAN]
    rows[2][1:4] = ["110.00", "110.00", "108.00"]                # 单位资金 alone above the whole
    found = [m for c, m in _found(tmp_path, _form(_funds(*rows))) if c == "EV01"]
    assert len(found) == 3 and all("单位资金" in m and "财政专户管理资金" in m for m in found)


def test_a_department_form_whose_whole_is_its_budget_funds(tmp_path):
    """部门整体支出绩效自评表 printing 部门预算资金 (no 年度资金总额) over 基本支出 / 项目支出: the whole is the funds
    row, no indicator."""
    rows = (["部门预算资金", "1000.00", "1000.00", "950.00", "10", "95.00%", "9.5"],
            ["其中：基本支出", "600.00", "600.00", "590.00", "—", "98.33%", "—"],
            ["项目支出", "400.00", "400.00", "360.00", "—", "90.00%", "—"])
    indicators = [list(r) for r in _INDICATORS]
    indicators[-1][7] = "99.5"
    form = _form(_funds(*rows), "部门整体支出绩效自评表", _DEPT_NAME, indicators)
    assert _found(tmp_path, form) == []
    [et] = of(_analyse(tmp_path, form)).evals
    assert et.kind == "department" and [(f.label, f.kind) for f in et.funds] == [
        ("部门预算资金", "total"), ("其中：基本支出", "basic"), ("项目支出", "project_spending")]
    # its rate held to its figures
    wrong = [list(r) for r in rows]
    wrong[0][5] = "96.00%"
    [(check, msg)] = _found(tmp_path, _form(_funds(*wrong), "部门整体支出绩效自评表", _DEPT_NAME, indicators))
    assert check == "EV03" and "部门预算资金" in msg and "950.00 ÷ 1000.00" in msg


# ------------------------------------------------------------------ the funds block's columns

def _reordered(head: list[str], *rows: list[str]) -> list[list[str]]:
    return [["项目资金（万元）", "", *head, ""]] + [["", *r] for r in rows]


def test_funds_columns_are_read_in_the_order_the_block_prints_them(tmp_path):
    """'全年预算执行率' before '分值': the 执行率 is no 分值 (read in the national order, 98.00% was the weight and
    10 the rate: a false EV03 and a 总分 short by 10)."""
    head = ["年初预算数", "全年预算数", "全年执行数", "全年预算执行率", "分值", "得分"]
    rows = (["年度资金总额", "100.00", "100.00", "98.00", "98.00%", "10", "9.8"],
            ["其中：财政拨款", "80.00", "80.00", "78.00", "97.50%", "—", "—"],
            ["上年结转资金", "20.00", "20.00", "20.00", "100.00%", "—", "—"])
    form = _form(_reordered(head, *rows))
    assert _found(tmp_path, form) == []
    [et] = of(_analyse(tmp_path, form)).evals
    assert {r: c.raw for r, c in et.fund("total").values.items()} == {
        "initial_budget": "100.00", "full_budget": "100.00", "spent": "98.00", "rate": "98.00%", "weight": "10",
        "score": "9.8"}
    wrong = [list(r) for r in rows]
    wrong[0][4] = "96.00%"
    [(check, msg)] = _found(tmp_path, _form(_reordered(head, *wrong)))
    assert check == "EV03" and "96.00%" in msg and "98.00 ÷ 100.00" in msg


def test_a_funds_block_without_its_initial_budget(tmp_path):
    """Five columns, notes after the headers ('全年预算数（A）', '执行率 B/A'): each figure is its column's."""
    head = ["全年预算数（A）", "全年执行数 B", "分值", "执行率 B/A", "得分"]
    rows = (["年度资金总额", "100.00", "98.00", "10", "98.00%", "9.8"],
            ["其中：财政拨款", "100.00", "98.00", "—", "98.00%", "—"])
    form = _form(_reordered(head, *rows))
    assert _found(tmp_path, form) == []
    [et] = of(_analyse(tmp_path, form)).evals
    assert {r: c.raw for r, c in et.fund("total").values.items()} == {
        "full_budget": "100.00", "spent": "98.00", "weight": "10", "rate": "98.00%", "score": "9.8"}


def test_a_funds_header_naming_a_column_no_word_knows_keeps_the_national_order(tmp_path):
    """Where one header is unknown its figure cannot be placed: the rows read as the national form's."""
    head = ["年初预算数", "全年预算数", "全年执行数", "分值", "调整率", "得分"]
    rows = (["年度资金总额", "100.00", "100.00", "98.00", "10", "98.00%", "9.8"],)
    [et] = of(_analyse(tmp_path, _form(_reordered(head, *rows)))).evals
    assert et.fund("total").values["weight"].raw == "10" and et.fund("total").values["rate"].raw == "98.00%"


# ------------------------------------------------------------------ a 一级 cell merged over its rows

def _merged_middle() -> list[list[str]]:
    """Each 一级 printed on the second row of its block, as a vertically centred merged cell extracts."""
    rows = [list(r) for r in _INDICATORS]
    rows[1][1], rows[2][1] = "", "产出指标"
    rows[5][1], rows[6][1] = "", "效益指标"
    return rows


_PARTS = "二、项目绩效自评结果\n\n职业技能培训补助项目自评得分为 99.8 分，其中：产出指标得分 50 分，效益指标得分 {x} 分，满意度指标得分 10 分，预算执行率得分 9.8 分。\n\n"


def test_a_first_level_printed_on_a_middle_row_owns_the_rows_above_it(tmp_path):
    """'政策知晓率' (社会效益指标) sits above the row printing '效益指标': it is no 产出指标 row (read so, 产出指标
    summed 70 and 效益指标 10 against the 50 and 30 the prose restates)."""
    form = _form(_funds(*_SICHUAN), indicators=_merged_middle())
    [et] = of(_analyse(tmp_path, form)).evals
    assert [(i.name, i.level1) for i in et.indicators] == [
        ("培训人次", "产出指标"), ("培训合格率", "产出指标"), ("资金拨付时限", "产出指标"), ("人均培训成本", "产出指标"),
        ("政策知晓率", "效益指标"), ("培训成果持续应用", "效益指标"), ("参训人员满意度", "满意度指标")]
    assert _found(tmp_path, _PARTS.format(x="30") + form) == []
    [msg] = [m for c, m in _found(tmp_path, _PARTS.format(x="29") + form) if c == "EV17"]
    assert "效益指标得分为 29 分" in msg and "30（20 + 10）" in msg


def test_a_second_level_header_no_first_level_holds_is_left_unowned(tmp_path):
    """A 二级 header the 一级 above does not hold, and no 一级 below that holds it: the row is no 一级's."""
    rows = [list(r) for r in _INDICATORS]
    rows[5][1] = ""                                              # 效益指标 never printed
    [et] = of(_analyse(tmp_path, _form(_funds(*_SICHUAN), indicators=rows))).evals
    assert [i.level1 for i in et.indicators][4:] == ["", "", "满意度指标"]


# ------------------------------------------------------------------ the same forms printed as PDFs

def _pdf_form(tmp_path: Path, head: list, title: str = "项目支出绩效自评表"):
    """A form printed without rules (tests/test_ingest_pdf_forms' layout), its funds block as `head`."""
    from finder import ingest
    from finder.analysis import analyse_report
    from test_ingest_pdf_forms import INDICATORS, TOTAL, _place
    from test_ingest_pdf_unruled import placed_pdf

    first, y = _place([[(200, [title])], [(30, ["(2031年度)"])], *head], 760)
    rest, y = _place([*INDICATORS, TOTAL], y)
    path = tmp_path / "form.pdf"
    path.write_bytes(placed_pdf([(30, 790, "本部门绩效自评结果如下："), *first, *rest, (30, y - 10, "（三）其他情况说明。")]))
    a = analyse_report(ingest.load(str(path)))
    return of(a).evals, [(f.check, f.message) for f in a.findings if f.severity in ("error", "warning")]


_PDF_FUNDS = [(30, ["项目资金(万元)"]), (120, ["年初预算数"]), (180, ["全年预算数"]), (240, ["全年执行数"]), (300, ["分值"]),
              (340, ["执行率"]), (390, ["得分"])]
_PDF_GOAL = [[(30, ["年度总体目标"]), (120, ["预期目标"]), (300, ["实际完成情况"])],
             [(120, ["完成社区", "服务站建", "设工作"]), (300, ["完成服务站", "建设 5 个"])]]


def _pdf_fund(label: list[str], *figures: str) -> list:
    return [(30, label), *((x, [v]) for x, v in zip((120, 180, 240, 300, 340, 390), figures))]


def test_a_pdf_form_with_regional_fund_parts(tmp_path):
    head = [[(30, ["项目名称"]), (120, ["社区服务经费"])], _PDF_FUNDS,
            _pdf_fund(["年度资", "金总额"], "60", "60", "54", "10", "90", "9"),
            _pdf_fund(["财政拨款"], "40", "40", "36", "—", "90", "—"),
            _pdf_fund(["单位资金"], "10", "10", "9", "—", "90", "—"),
            _pdf_fund(["财政专户", "管理资金"], "10", "10", "9", "—", "90", "—"), *_PDF_GOAL]
    [et], found = _pdf_form(tmp_path, head)
    assert found == []
    assert [(f.kind, f.values["spent"].raw) for f in et.funds] == [
        ("total", "54"), ("fiscal", "36"), ("unit", "9"), ("special", "9")]
    head[4] = _pdf_fund(["单位资金"], "30", "30", "27", "—", "90", "—")      # a part pushing the sum over
    [_], found = _pdf_form(tmp_path, head)
    assert [c for c, _ in found] == ["EV01"] * 3 and all("单位资金" in m for _, m in found)


def test_a_pdf_department_form_with_its_budget_funds_and_a_half_width_name_field(tmp_path):
    """'部门(单位)名称' with half-width brackets names the form (unknown, the form was dropped) and 部门预算资金 is
    its whole (unknown, its funds row failed and the form was dropped)."""
    head = [[(30, ["部门(单位)名称"]), (120, ["某某区民政局"])], _PDF_FUNDS,
            _pdf_fund(["部门预", "算资金"], "50", "60", "54", "10", "90", "9"),
            _pdf_fund(["基本支出"], "30", "30", "27", "—", "90", "—"),
            _pdf_fund(["项目支出"], "20", "30", "27", "—", "90", "—"), *_PDF_GOAL]
    [et], found = _pdf_form(tmp_path, head, "部门整体支出绩效自评表")
    assert found == [] and et.kind == "department" and et.project == "某某区民政局"
    assert [f.label for f in et.funds] == ["部门预算资金", "基本支出", "项目支出"] and len(et.indicators) == 3
