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


def test_coarse_and_change_computations_follow_the_language():
    """The shared computation pieces (AR's coarse-operand warning, NT's change-on-a-cell steps, TX02's stale label,
    AR06's deduction) wrote '文中', '；', '按 ±半个末位单位', '仅因舍入一致' whatever --lang said."""
    from finder import messages
    with messages.language("en"):
        assert messages.term("rounding_only") == "agrees only by rounding"
        assert messages.msg("NT.comp.pct", value="110", cell="100", civ="[9, 11]", direction="增长") \
            == "(110 / 100 − 1) × 100 → [9, 11]% (positive for 增长)"
        assert "文中" not in messages.msg("TX02.comp.stale", report_year=2031, year=2030, reported="5", cell="5")
        assert messages.msg("AR06.comp", weight="10", score="8", diff="2", deducted="3") \
            == "10 − 8 = 2; the text deducts 3"
    with messages.language("zh"):
        assert messages.msg("AR06.comp", weight="10", score="8", diff="2", deducted="3") == "10 − 8 = 2；文中扣 3"
