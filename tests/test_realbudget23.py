"""Self-evaluation forms exported one printed row a line (no TABs): the funds row's printed 执行率, rows whose
target and result are words, the row's 一级/二级 headers printed at its start, and template rows left
unfilled. Made-up forms of the shape real county forms take."""
from __future__ import annotations

from pathlib import Path

from finder.analysis import analyse
from finder.ingest.wrapped import find_wrapped_tables

_HEAD = "甲乙县丙丁局2031年度部门决算\n\n一、部门基本情况\n\n本局负责甲乙事务。\n\n"


def _form(funds: str, rows: str, total: str = "总分 100 99.8") -> str:
    return (f"{_HEAD}项目支出绩效自评表\n（2031年度）\n项目名称 档案整理经费\n"
            "主管部门 甲乙县丙丁局 实施单位 甲乙县丙丁局\n"
            "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            f"{funds}\n其中：当年财政拨款 100 120 118 — —\n上年结转资金 — —\n其他资金 — —\n"
            "年度总体目标 预期目标 实际完成情况\n完成档案整理。 已完成档案整理。\n"
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
            f"{rows}\n{total}\n")


_ROWS = ("产出指标 数量指标 整理卷数 ≥5000卷 5100卷 20 20\n"
         "质量指标 整理合格率 ≥98% 99% 20 20\n"
         "时效指标 完成时间 12月底前 12月底前 10 10\n"
         "效益指标 社会效益指标 查档便利程度 提高 有所提高 30 30\n"
         "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10 10")


def _findings(tmp_path: Path, text: str, check: str) -> list:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [f for f in analyse([str(path)]).findings if f.check == check]


def _rows(text: str, block: str | None = None) -> list[list[str]]:
    found = find_wrapped_tables(text.splitlines())
    assert len(found) == 1
    return [r.extra["cells"] for r in found[0].table.rows if block in (None, r.extra["block"])]


def test_the_printed_rate_of_a_funds_row_is_read(tmp_path):
    """'年度资金总额 100 120 118 10 88.33% 9.8': 118 ÷ 120 is 98.33%, the printed 88.33% is wrong (EV03);
    the rate's '%' was dropped with it and the row read without its rate."""
    text = _form("年度资金总额 100 120 118 10 88.33% 9.8", _ROWS)
    found = _findings(tmp_path, text, "EV03")
    assert len(found) == 1 and "88.33%" in found[0].message
    assert _findings(tmp_path, text.replace("88.33%", "98.33%"), "EV03") == []


def test_a_funds_score_held_to_the_printed_rate(tmp_path):
    """分值 10 × 98.33% = 9.833: a printed 5.8 is flagged with the printed rate as its basis."""
    text = _form("年度资金总额 100 120 118 10 98.33% 5.8", _ROWS, total="总分 100 95.8")
    found = _findings(tmp_path, text, "EV20")
    assert len(found) == 1 and "98.33%" in found[0].message


def test_a_rate_placed_where_no_amount_column_is_certain_is_not_read():
    """'年度资金总额 120 118 10 98.33% 9.8': one amount is blank and which one is not certain: the row
    places no figure (before, 120 was read as the 年初预算数 and 9.8 as the 分值)."""
    rows = _rows(_form("年度资金总额 120 118 10 98.33% 9.8", _ROWS))
    assert rows[0] == ["年度资金总额"]


def test_a_row_of_words_on_one_line_keeps_its_scores(tmp_path):
    """'查档便利程度 提高 有所提高 30 30' has no figure before its scores: it was left unread and ran
    into the next row, so the 总分 100 was held against 70 (a false EV01)."""
    assert _findings(tmp_path, _form("年度资金总额 100 120 118 10 98.33% 9.8", _ROWS), "EV01") == []
    rows = _rows(_form("年度资金总额 100 120 118 10 98.33% 9.8", _ROWS))
    assert ["效益指标", "社会效益指标", "查档便利程度", "提高", "有所提高", "30", "30"] in rows


def test_level_headers_at_a_rows_start_are_headers():
    rows = _rows(_form("年度资金总额 100 120 118 10 98.33% 9.8", _ROWS))
    assert ["产出指标", "数量指标", "整理卷数", "≥5000卷", "5100卷", "20", "20"] in rows
    assert ["产出指标", "质量指标", "整理合格率", "≥98%", "99%", "20", "20"] in rows


def test_template_rows_left_unfilled_are_skipped():
    """The national template's blank rows ('指标2：', '……', '指标1：/ / /') and a bare '（30分）' are no
    part of the next row; a header both 一级 and 二级 ('成本指标') before a row name leaves the 一级 unread."""
    rows = ("（50分）\n数量指标 指标1：整理卷数 5000 5100 20 20\n指标2：\n……\n"
            "成本指标 指标1：成本控制在预算内 20 20\n指标2：\n……\n（30分）\n"
            "生态效益指标 指标1：/ / /\n……\n社会效益指标 指标1：查档更加便利 30 30\n"
            "满意度指标 服务对象满意度指标 指标1：群众满意度 90% 95% 10 10")
    got = _rows(_form("年度资金总额 100 120 118 10 98.33% 9.8", rows), "indicator")
    assert [r[2] for r in got] == ["指标1：整理卷数", "指标1：成本控制在预算内", "指标1：查档更加便利",
                                   "指标1：群众满意度"]
    assert got[1][:2] == ["", "成本指标"]
    assert [r[-2:] for r in got] == [["20", "20"], ["20", "20"], ["30", "30"], ["10", "10"]]


def test_a_forms_report_number_is_a_code(tmp_path):
    """'报表编号:610000_0027ab' heads each form of a province's self-evaluations: both numbers are the form's
    code (they stayed unclassified), never a figure."""
    path = tmp_path / "report.txt"
    path.write_text(f"{_HEAD}报表编号:610000_0027ab\n部门预算项目支出绩效自评表（2031年度）\n", encoding="utf-8")
    a = analyse([str(path)])
    assert a.unclassified == []
    assert sorted(n.raw for n in a.non_claims if n.reason == "code") == ["0027", "610000"]
