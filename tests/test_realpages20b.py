"""Readings found on real final accounts of towns, health centres, schools and courts (session 20b). Every
sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _read(text: str, year: int = 2031):
    return analysis_from({}, text + "\n", year)


def _errors(a) -> list[str]:
    return [f.check for f in run_checks(a) if f.severity == "error"]


def test_a_figure_right_after_a_closed_comparison_is_the_change_not_last_years():
    """'财政拨款收入 a 万元，占 P%，与2030年相比 d 万元，增加 R%' (a town health centre's summary, the
    direction word left out): d was read as last year's figure printed beside the change, so AR02 held R% to
    (a ÷ d − 1), a false error. Right after '与…相比' with no direction word, d is the change itself."""
    text = ("一、收入支出决算总体情况说明\n2031年本单位本年收入合计400.00万元，其中：财政拨款收入150.00万元，"
            "占37.50%，与2030年相比{d}万元，增加{r}%；事业收入250.00万元，占62.50%。")
    a = _read(text.format(d="30.00", r="25.00"))
    [d] = [c for c in a.claims if c.value == 30]
    assert (d.kind, d.period, d.direction, d.extra.get("direction_unprinted")) == ("change_abs", "上年", None, True)
    assert _errors(a) == []
    # the rate still answers to the change: 30 on a base of 120 is 25%, not 40%
    assert "AR02" in _errors(_read(text.format(d="30.00", r="40.00")))


def test_a_comparison_not_closed_before_the_figure_keeps_last_years_figure():
    """'比上年的 B 万元增长 P%': B, printed after a base marker with no closer, is still last year's figure."""
    a = _read("一、收入支出决算总体情况说明\n本年收入合计150.00万元，比上年的120.00万元增长25.00%。")
    [b] = [c for c in a.claims if c.value == 120]
    assert (b.kind, b.period) == ("amount", "上年")
    assert _errors(a) == []

