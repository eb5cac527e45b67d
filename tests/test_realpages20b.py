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


def test_an_item_after_a_nested_list_is_the_heads_sibling_not_its_part():
    """'公务用车购置及运行维护费 b，其中：购置 c，运行维护 d；公务接待费 e' (a street office's and a provincial
    department's 三公 summary): e was read as a part of b. 公务接待费 and 公务用车购置及运行维护费 are both
    parts of the 三公 total (concepts.yml part_of), so e is a part of that total."""
    text = ("七、财政拨款“三公”经费支出决算情况说明\n2031年度“三公”经费财政拨款支出决算为50.00万元。其中：因公出国（境）费"
            "支出决算为5.00万元；公务用车购置及运行维护费支出决算为30.00万元，其中：公务用车购置支出决算为10.00万元，"
            "公务用车运行维护费支出决算为20.00万元；公务接待费支出决算为15.00万元。")
    a = _read(text)
    whole = {c.concept: c.whole for c in a.claims if c.kind == "amount"}
    assert whole["reception_fee"] == "three_public"
    assert whole["vehicle_purchase_fee"] == whole["vehicle_operation_fee"] == "vehicle_fee"
    assert _errors(a) == []


def test_the_vehicle_fee_named_running_cost_first():
    """'公务用车运行维护及购置费支出预算为 0 万元' (a school's 三公 budget): the two costs named the other way
    round were no alias, so the figure stood for no part of the 三公 total."""
    a = _read("七、财政拨款“三公”经费支出决算情况说明\n2031年度“三公”经费支出12.00万元。其中：因公出国（境）费支出0万元，"
              "公务接待费支出12.00万元，公务用车运行维护及购置费支出0万元。")
    assert [c.concept for c in a.claims] == ["three_public", "outbound_fee", "reception_fee", "vehicle_fee"]
    assert _errors(a) == []
