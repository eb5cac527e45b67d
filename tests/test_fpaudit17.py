"""False findings hunted in session 17's new readings: correct sentences, made up in the wording of
budget and final-account reports, that a reading took for defects. Each is planted into the national
template (whose tables give its figures) or read on its own; none may give a finding."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.checks import run as run_checks
from finder.testing import analysis_from, planted

ROOT = Path(__file__).resolve().parent.parent
NATIONAL = ROOT / "corpora" / "synthetic" / "national_filled.txt"
_RUNNING = "主要原因是严控一般性支出。"


@pytest.mark.parametrize("sentence", [
    "机关运行经费主要用于办公费 100.00 万元、水电费 80.00 万元、物业管理费 90.00 万元等。",
    "“三公”经费主要用于公务用车运行维护 16.38 万元。",
    "项目支出主要用于教学设施改造 600.00 万元。",
])
def test_a_figure_after_a_use_word_is_the_uses_not_the_named_concepts(sentence, tmp_path):
    """'项目支出主要用于教学设施改造 600.00 万元' (the whole named without its figure): the figure took the
    concept named before 主要用于 and was held to the 项目支出 cell (an NT01 error) or to another figure of
    it (NT03)."""
    a = planted(NATIONAL, _RUNNING, _RUNNING + sentence, tmp_path / "planted.txt")
    assert [f.message for f in a.findings if f.severity in ("error", "warning")] == []


def test_the_concept_named_after_a_use_word_is_still_read():
    text = "三、支出决算情况说明\n本年支出合计 500.00 万元，主要用于基本支出 420.00 万元，项目支出 100.00 万元。\n"
    a = analysis_from({}, text)
    assert [c.concept for c in a.claims] == ["expense_total", "basic_expense", "project_expense"]
    assert [f.check for f in run_checks(a) if f.severity == "error"] == ["AR04"]


def test_a_figure_after_a_use_word_of_a_figure_stated_before_keeps_its_reading(tmp_path):
    """The use list of a figure printed with its amount reads as before (its items against it)."""
    new = "机关运行经费支出318.47 万元，主要用于办公费 200.00 万元、水电费 180.00 万元。"
    a = planted(NATIONAL, _RUNNING, _RUNNING + new, tmp_path / "planted.txt")
    assert [f.check for f in a.findings if f.severity == "error"] == ["AR04"]
