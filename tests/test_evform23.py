"""A province's 项目支出绩效自评表 of another layout: the funds block '预算执行情况（10分） | 年度预算数（万元） |
年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因' (rows 总额 / 其中：财政资金 …, the rate before the
weight, a note column after the score), and indicator rows printing the target in three columns
('指标性质 | 指标值 | 度量单位 | 完成值'). Made-up forms of the shape real ones take."""
from __future__ import annotations

from pathlib import Path

from finder.analysis import analyse, parse
from finder.appendix.build import build

_HEAD = "甲乙县丙丁局2031年度部门决算\n\n一、部门基本情况\n\n本局负责甲乙事务。\n\n"
_FUNDS_HEAD = "预算执行情况（10分）\t年度预算数（万元）\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因"
_IND_HEAD = "绩效指标（90分）\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析"


def _form(total_row: str, rows: str, total: str = "合计\t\t\t\t\t\t\t\t100\t99.6\t") -> str:
    return (f"{_HEAD}部门预算项目支出绩效自评表（2031年度）\n项目名称\t甲乙专项经费\n"
            "主管部门\t甲乙县丙丁局\t实施单位\t甲乙县丙丁局\n"
            f"{_FUNDS_HEAD}\n{total_row}\n"
            "\t其中：财政资金\t20.00\t25.00\t24.00\t96.00%\t/\t/\t\n"
            "\t财政专户管理资金\t0.00\t0.00\t0.00\t0.00%\t/\t/\t\n"
            "\t单位资金\t0.00\t0.00\t0.00\t0.00%\t/\t/\t\n"
            f"{_IND_HEAD}\n{rows}\n{total}\n")


_TOTAL = "\t总额\t20.00\t25.00\t24.00\t96.00%\t10\t9.6\t"
_ROWS = ("\t产出指标\t数量指标\t培训人次\t≥\t300\t人次\t320\t50\t50\t\n"
         "\t效益指标\t社会效益指标\t技能提升率\t≥\t90\t%\t95\t30\t30\t\n"
         "\t满意度指标\t服务对象满意度指标\t学员满意度\t≥\t90\t%\t96\t10\t10\t")


def _findings(tmp_path: Path, text: str, check: str | None = None) -> list:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [f for f in analyse([str(path)]).findings if check in (None, f.check)]


def _eval(tmp_path: Path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    evals = build(parse([str(path)])).evals
    assert len(evals) == 1
    return evals[0]


def test_the_funds_rows_are_read_in_the_printed_order(tmp_path):
    """The rate before the weight, the block's name and label header and the 原因 column left out: 总额 reads
    执行率 96.00%, 分值 10, 得分 9.6; '其中：财政资金' is the fiscal part."""
    et = _eval(tmp_path, _form(_TOTAL, _ROWS))
    total = et.fund("total")
    assert {r: c.raw for r, c in total.values.items()} == {
        "initial_budget": "20.00", "full_budget": "25.00", "spent": "24.00", "rate": "96.00%",
        "weight": "10", "score": "9.6"}
    assert et.fund("fiscal").values["rate"].raw == "96.00%"


def test_indicator_rows_read_the_three_target_columns_as_one_target(tmp_path):
    """'培训人次 | ≥ | 300 | 人次 | 320 | 50 | 50': the name, the target '≥300人次', the actual, 权重 and 得分."""
    et = _eval(tmp_path, _form(_TOTAL, _ROWS))
    got = [(i.name, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in et.indicators]
    assert got == [("培训人次", "≥300人次", "320", "50", "50"), ("技能提升率", "≥90%", "95", "30", "30"),
                   ("学员满意度", "≥90%", "96", "10", "10")]
    # read so, the 总额 row agrees (24 ÷ 25 = 96%, 10 × 96% = 9.6) and the rows sum to the 合计 (100, 99.6)
    assert _findings(tmp_path, _form(_TOTAL, _ROWS)) == []


def test_a_wrong_rate_of_the_total_row_is_flagged(tmp_path):
    """'总额 … 24.00 | 90.00%': 24 ÷ 25 is 96%; the row is a funds row by its whole label '总额'."""
    found = _findings(tmp_path, _form(_TOTAL.replace("96.00%", "90.00%"), _ROWS), "EV03")
    assert len(found) == 1 and "90.00%" in found[0].message


def test_a_wrong_indicator_score_sum_is_flagged(tmp_path):
    """Indicator rows are read with the operator and unit columns: their 权重 sum to 90 and with the funds
    row's 10 to the 合计's 100; a 合计 of 98.6 against 9.6 + 90 is flagged."""
    found = _findings(tmp_path, _form(_TOTAL, _ROWS, total="合计\t\t\t\t\t\t\t\t100\t98.6\t"), "EV01")
    assert len(found) == 1 and "98.6" in found[0].message


def test_an_indicator_name_with_total_is_no_funds_row(tmp_path):
    """'成本控制总额' holds the word 总额 but is an indicator's name, no funds row."""
    rows = _ROWS.replace("\t产出指标\t数量指标\t培训人次", "\t成本控制总额\t数量指标\t培训人次")
    et = _eval(tmp_path, _form(_TOTAL, rows))
    assert [f.label for f in et.funds].count("总额") == 1
    assert "成本控制总额" not in [f.label for f in et.funds]


# ----------------------------------------------------------------------------- a subjectless change after a list
_SANGONG = ("甲乙镇2031年部门预算\n\n一、“三公”经费预算情况说明\n\n"
            "2031年一般公共预算“三公”经费支出预算为12.00万元，其中：因公出国（境）费0万元，公务用车运行维护费"
            "10.00万元，公务接待费2.00万元。与2030年预算相比增长20.00%，其中公务用车运行维护费增加2.00万元，"
            "公务接待费增加0万元。\n")


def _claims(tmp_path: Path, text: str) -> list:
    from finder.analysis import extract

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract(parse([str(path)])).claims


def test_a_subjectless_change_after_a_list_is_the_lists_head(tmp_path):
    """'…“三公”经费支出预算为 12.00 万元，其中：A…，B…，公务接待费 2.00 万元。与2030年预算相比增长 20.00%，其中…':
    the rate is the 三公 total's (the list's head), not its last item's; the parts of the change that follow
    are the total's parts. '…。公务接待费与2030年预算相比…' names its own subject and keeps it."""
    claims = _claims(tmp_path, _SANGONG)
    rate = next(c for c in claims if c.kind == "change_pct")
    assert rate.concept == "three_public"
    parts = [c for c in claims if c.kind == "change_abs"]
    assert parts and all(c.extra.get("whole_head") == "“三公”经费支出" for c in parts)
    assert _findings(tmp_path, _SANGONG, "AR02") == []   # read on 公务接待费 (2.00, +0) it was a warning
    # a sentence naming its subject keeps it
    named = _SANGONG.replace("。与2030年预算相比增长20.00%", "。公务接待费与2030年预算相比增长20.00%")
    assert next(c for c in _claims(tmp_path, named) if c.kind == "change_pct").concept == "reception_fee"

