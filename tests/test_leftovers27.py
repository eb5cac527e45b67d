"""Readings left open by earlier sessions (session 27): a whole's rate in the sentence after its amount, compound
subjects kept whole, the unit's own total under a pronoun, a part's change implied by its two years' amounts.

Every sentence here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_THREE = "五、财政拨款“三公”经费支出决算情况说明\n"


def _run(text: str, year: int = 2031):
    a = analysis_from({}, text + "\n", year)
    return [f for f in run_checks(a) if f.severity != "info"], a


def _claim(a, raw: str, nth: int = 0):
    return [c for c in a.claims if c.raw.strip() == raw][nth]


# ------------------------------------------------------------------ 5. a whole's rate in the next sentence
_RATES = (_THREE + "“三公”经费支出 30.00 万元。比上年增长 {p}%。其中：因公出国（境）费 10.00 万元，比上年增长 25.00%；"
          "公务用车购置及运行维护费 12.00 万元，比上年增长 20.00%；公务接待费 8.00 万元，比上年增长 60.00%。")


def test_a_wholes_rate_in_the_sentence_after_its_amount_is_held_to_its_parts():
    """Last year's parts 10 ÷ 1.25 + 12 ÷ 1.2 + 8 ÷ 1.6 = 23, so 30 ÷ 23 − 1 = 30.43%: the rate opens its own
    sentence after the amount, and is still that whole's (it was unread: no figure in its sentence)."""
    found, a = _run(_RATES.format(p="30.43"))
    assert found == [] and _claim(a, "30.43%").status == "verified"
    found, a = _run(_RATES.format(p="25.00"))
    assert [(f.check, f.severity) for f in found] == [("AR04", "error")]
    assert "(30.00 ÷ [22.9878, 23.0122] − 1) × 100" in found[0].computation


def test_a_rate_sentences_away_from_the_amount_takes_no_figure():
    """Only the sentence right after the amount's: with another sentence between them, nothing is read."""
    text = _RATES.format(p="25.00").replace("。比上年增长 25.00%。", "。各项支出均按规定执行。比上年增长 25.00%。", 1)
    found, _ = _run(text)
    assert not [f for f in found if f.check == "AR04"]
