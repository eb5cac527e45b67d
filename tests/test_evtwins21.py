"""Generated evaluation forms and their wrong twins (session 21): a correct form gives no finding, each twin
(one defect) is caught.

Every form here is made up: our own names and numbers in the layouts regions print."""
from __future__ import annotations

from pathlib import Path

from finder.analysis import analyse
from finder.appendix.build import of
from plant_points import EV_FUND_HEAD

_HEAD = "甲乙县丙丁局2031年度部门决算\n\n一、部门基本情况\n\n本部门负责甲乙事务。\n\n"
_NAME = [["部门（单位）名称", "", "甲乙县丙丁局", "", "", "", "", "", ""]]
_REST = [
    ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
    ["", "保障机关正常运转。", "", "", "", "已保障机关正常运转。", "", "", ""],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["", "产出指标", "数量指标", "重点工作完成数", "≥10 项", "10 项", "50", "50", ""],
    ["", "效益指标", "社会效益指标", "政策知晓率", "≥85%", "88%", "30", "30", ""],
    ["", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "92%", "10", "10", ""],
    ["总分", "", "", "", "", "", "100", "99.5", ""],
]
# a department's funds split by spending (基本支出 / 项目支出), in the national columns
_SPLIT = [["年度资金总额", "500.00", "520.00", "494.00", "10", "95.00%", "9.5"],
          ["其中：基本支出", "300.00", "300.00", "297.00", "—", "99.00%", "—"],
          ["项目支出", "200.00", "220.00", "197.00", "—", "89.55%", "—"]]


def _found(tmp_path: Path, funds: list[list[str]]) -> tuple[list, list[tuple[str, str]]]:
    rows = [*_NAME, EV_FUND_HEAD, *[["", *r, ""] for r in funds], *_REST]
    path = tmp_path / "report.txt"
    path.write_text(_HEAD + "部门整体支出绩效自评表\n\n（2031年度）\n\n" + "\n".join("\t".join(r) for r in rows) + "\n",
                    encoding="utf-8")
    a = analyse([str(path)])
    return of(a).evals, [(f.check, f.message) for f in a.findings if f.severity in ("error", "warning")]


def _with(rows: list[list[str]], at: int, col: int, value: str) -> list[list[str]]:
    out = [list(r) for r in rows]
    out[at][col] = value
    return out


def test_a_department_forms_spending_split_is_read_and_correct_passes(tmp_path):
    [et], found = _found(tmp_path, _SPLIT)
    assert found == []
    assert [(f.kind, f.values["spent"].raw, f.values["rate"].raw) for f in et.funds] == [
        ("total", "494.00", "95.00%"), ("basic", "297.00", "99.00%"), ("project_spending", "197.00", "89.55%")]


def test_a_wrong_rate_on_a_spending_row_is_caught(tmp_path):
    """项目支出 197 of 220 is 89.55%; printed 85.55% (the split rows were left unread: no check saw it)."""
    _, found = _found(tmp_path, _with(_SPLIT, 2, 5, "85.55%"))
    assert [c for c, _ in found] == ["EV03"] and "项目支出" in found[0][1] and "197.00 ÷ 220.00" in found[0][1]


def test_a_spending_row_above_the_whole_is_caught(tmp_path):
    """项目支出 320 budgeted, 297 spent: with 基本支出 300 and 297 above the whole's 520 and 494 (the parts of one split
    cannot exceed their whole)."""
    rows = _with(_with(_with(_SPLIT, 2, 2, "320.00"), 2, 3, "297.00"), 2, 5, "92.81%")
    _, found = _found(tmp_path, rows)
    assert [c for c, _ in found] == ["EV01", "EV01"] and all("基本支出、项目支出" in m for _, m in found)


def test_a_form_printing_both_splits_sums_each_apart(tmp_path):
    """By source (财政拨款 / 其他资金) and by spending (基本支出 / 项目支出): each split adds to the whole, the four
    rows together twice it; only a split over the whole is an error."""
    both = [_SPLIT[0], ["其中：财政拨款", "450.00", "470.00", "450.00", "—", "95.74%", "—"],
            ["其他资金", "50.00", "50.00", "44.00", "—", "88.00%", "—"], *_SPLIT[1:]]
    _, found = _found(tmp_path, both)
    assert found == []
    _, found = _found(tmp_path, _with(_with(both, 2, 3, "70.00"), 2, 5, "140.00%"))
    assert [c for c, _ in found] == ["EV01"] and "财政拨款、其他资金" in found[0][1]
