"""False findings hunted near the edges of session 18's readings: correct sentences, made up in the way
other provinces word 部门决算, that a reading took for defects. Each is read alone or planted into a
filled template whose tables give its figures."""
from __future__ import annotations

from pathlib import Path

from finder.testing import analysis_from, planted

ROOT = Path(__file__).resolve().parent.parent
NATIONAL = ROOT / "corpora" / "synthetic" / "national_filled.txt"
_GPB = "主要原因：教学设施改造项目支出增加。"           # national_filled: after the 一般公共预算 change on 2023
_THREE = "公务接待费支出减少的主要原因是压减接待批次。"   # national_filled: after the “三公” change on 2023
_HEAD = "一、收入支出决算总体情况说明\n"


def _new_findings(anchor: str, sentence: str, tmp_path: Path) -> list[tuple[str, str, str]]:
    key = lambda f: (f.check, f.severity, f.message)  # noqa: E731
    base = {key(f) for f in planted(NATIONAL, anchor, anchor, tmp_path / "base.txt").findings}
    return [key(f) for f in planted(NATIONAL, anchor, anchor + sentence, tmp_path / "planted.txt").findings
            if f.severity != "info" and key(f) not in base]


def test_an_actual_after_a_name_opened_by_last_year_is_last_years(tmp_path):
    """'2023年度一般公共预算财政拨款支出决算为 A' in the 2024 report, '上年“三公”经费财政拨款支出决算 A': the
    period word 决算 after the name made A this year's (a year counted only right before 决算), so A was
    held to this year's cell (NT01) and the shares after it to A (AR01): errors on correct sentences."""
    text = ("2023年度一般公共预算财政拨款支出决算为 3391.85 万元。上年“三公”经费财政拨款支出决算 32.68 万元。"
            "2024年度公务接待费支出决算 4.75 万元。2022年公务接待费支出决算 5.36 万元。")
    periods = [c.period for c in analysis_from({}, _HEAD + text + "\n", 2024).claims]
    assert periods == ["上年", "上年", "决算", "2022"]
    assert _new_findings(_GPB, "2023年度一般公共预算财政拨款支出决算为 3391.85 万元。", tmp_path) == []
    assert _new_findings(_THREE, "上年“三公”经费财政拨款支出决算 32.68 万元。", tmp_path) == []
    wrong = {f[:2] for f in _new_findings(_GPB, "2024年度一般公共预算财政拨款支出决算为 3391.85 万元。", tmp_path)}
    assert ("NT01", "error") in wrong            # this year's, still held to the cell


def test_a_flat_clause_of_another_thing_leaves_the_figure_alone(tmp_path):
    """'…，人员数量与上年持平' spoke of the staff, '与上年预算持平' of last year's budget: neither says the
    figure just read is unchanged on last year's final account."""
    for clause in ("人员数量与上年持平", "增速与上年持平", "与上年预算持平"):
        claims = analysis_from({}, _HEAD + f"本年支出合计 380.00 万元，{clause}。\n", 2024).claims
        assert "stated_direction" not in claims[0].extra, clause
    for clause in ("与上年持平", "决算数与上年持平", "也与上年持平", "本年支出合计与上年持平", "与预算持平"):
        claims = analysis_from({}, _HEAD + f"本年支出合计 380.00 万元，{clause}。\n", 2024).claims
        assert claims[0].extra.get("stated_direction") == "持平", clause
