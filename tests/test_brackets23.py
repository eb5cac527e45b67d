"""Parts in a bracket with no 其中 (brackets23): a bracket opened right after a figure whose every item names
a part of that figure's concept (lexicons/concepts.yml part_of) lists the figure's parts, in either bracket
width; a bracket of other things (a period, a year, a reason, another concept, a share) opens nothing."""
from __future__ import annotations

from plant_points import read

THREE = ("“三公”经费支出 36.40 万元，其中：因公出国（境）费 0 万元，公务用车购置及运行维护费 12.60 万元{o}公务用车购置费"
         " 5.00 万元{sep}公务用车运行维护费 {b} 万元{c}，公务接待费 {r} 万元。")
WIDTHS = (("（", "）", "、"), ("(", ")", "，"))


def _wholes(a) -> dict[str, str | None]:
    return {c.raw: c.whole for c in a.claims}


def test_a_bracket_of_a_figures_parts_lists_them_in_either_width():
    """'公务用车购置及运行维护费 12.60 万元（公务用车购置费 5.00 万元、公务用车运行维护费 7.60 万元）': the bracketed
    items were read as items of the “三公” list (their whole 三公, siblings of the vehicle fee), so a wrong inner
    figure was never summed against the vehicle fee. They are the vehicle fee's parts: a right sum is clean, a
    wrong one an AR04 error, and the “三公” list after the bracket still adds up without them."""
    for o, c, sep in WIDTHS:
        ok, f = read(THREE.format(o=o, c=c, sep=sep, b="7.60", r="23.80"))
        assert f == [], (o, f)
        assert _wholes(ok)["7.60 万元"] == "vehicle_fee" and _wholes(ok)["23.80 万元"] == "three_public", o
        for b in ("9.60", "5.60"):
            _, f = read(THREE.format(o=o, c=c, sep=sep, b=b, r="23.80"))
            assert f == [("AR04", "error")], (o, b, f)
        _, f = read(THREE.format(o=o, c=c, sep=sep, b="7.60", r="26.80"))
        assert f == [("AR04", "error")], (o, f)      # the outer list: 0 + 12.60 + 26.80 ≠ 36.40


def test_a_bracket_of_parts_after_a_figure_in_no_list():
    """The figure need not be an item of a list: '基本支出 300.00 万元（人员经费 a 万元、公用经费 b 万元）' and a count
    '保有量 6 辆（执法执勤用车 4 辆、其他用车 b 辆）' are split in the bracket."""
    text = "本年度基本支出 300.00 万元（人员经费 250.00 万元、公用经费 {b} 万元），项目支出 120.00 万元。"
    a, f = read(text.format(b="50.00"))
    assert f == [] and _wholes(a)["50.00 万元"] == "basic_expense"
    assert read(text.format(b="70.00"))[1] == [("AR04", "error")]
    count = "年末公务用车保有量 6 辆（执法执勤用车 4 辆、其他用车 {b} 辆）。"
    assert read(count.format(b="2"))[1] == []
    assert read(count.format(b="3"))[1] == [("AR04", "error")]


def test_a_bracket_of_other_things_opens_no_list():
    """A bracket after a figure that holds a figure of another period, a year's figure, a reason, a share or an
    item that is no part of the figure (beside its parts) lists nothing: its figures get no whole from the
    figure, and nothing is summed."""
    others = [
        "公务用车购置及运行维护费 12.60 万元（公务用车运行维护费上年 30.00 万元）。",
        "公务用车购置及运行维护费 12.60 万元（年初预算 30.00 万元）。",
        "公务用车购置及运行维护费 12.60 万元（2022年公务用车运行维护费 30.00 万元）。",
        "公务用车购置及运行维护费 12.60 万元（主要原因是公务用车运行维护费增加 30.00 万元）。",
        "公务用车购置及运行维护费 12.60 万元（公务用车运行维护费占 30.00%）。",
        "公务用车购置及运行维护费 12.60 万元（公务用车运行维护费 7.60 万元、公务接待费 30.00 万元）。",
    ]
    for text in others:
        a, f = read(text)
        assert f == [], (text, f)
        assert all(c.whole != "vehicle_fee" or c.kind == "share" for c in a.claims), text
        assert all(not c.extra.get("whole_head") for c in a.claims), text
    # the same bracket of parts only is a list (so the bracket above is read as one, not skipped)
    a, f = read("公务用车购置及运行维护费 12.60 万元（公务用车运行维护费 30.00 万元）。")
    assert _wholes(a)["30.00 万元"] == "vehicle_fee" and f == [("AR04", "error")]
