"""Lead's own fixes of session 23. Every sentence here is made up."""
from __future__ import annotations

from finder.checks import CheckOptions, run as run_checks
from finder.testing import analysis_from

_HEAD = "一、收入支出决算总体情况说明\n"
_BALANCE = "本年收入合计 100.00 万元，本年支出合计 90.00 万元，收支结余 20.00 万元。"


def _ar05(text: str, lang: str) -> list:
    return [f for f in run_checks(analysis_from({}, _HEAD + text, year=2031), CheckOptions(lang=lang))
            if f.check == "AR05"]


def test_ar05_computations_are_written_in_the_readers_language():
    """AR05's computation steps ('100.00 − 90.00 → …；文中 20.00 → …；不符') were Chinese whatever --lang said, and
    two of its paths wrote the verdict as its code ('contradicted'). They read as every other check's now."""
    zh, = _ar05(_BALANCE, "zh")
    en, = _ar05(_BALANCE, "en")
    assert zh.computation.endswith("；文中 20.00 → [19.995, 20.005]万元；不符")
    assert "文中" not in en.computation and "；" not in en.computation
    assert "text 20.00 → [19.995, 20.005]" in en.computation
