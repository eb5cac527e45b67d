"""A count printed before its thing counts the noun up to 的, not what those things hold ('甲局及 12 个分局的公务车辆
编制数和实有数均为 150 辆': 12 counts 分局). Made-up text of a shape real reports print."""
from __future__ import annotations

from finder.testing import file_analysis

_TEXT = ("某某局2031年度“三公”经费说明\n\n一、公务用车情况\n"
         "2031年，甲局及 12 个{held}公务车辆编制数和实有数均为 150 辆，全年车辆运行费 600.00 万元。\n")


def _run(tmp_path, held):
    a = file_analysis(tmp_path, _TEXT.format(held=held), "t.txt")
    return {c.raw.strip(): c.concept for c in a.claims}, [f for f in a.findings if f.check == "NT03"]


def test_the_count_before_de_counts_the_offices_not_the_cars(tmp_path):
    concepts, nt03 = _run(tmp_path, "分局的")
    assert concepts["12 个"] != "vehicles" and concepts["150 辆"] == "vehicles"
    assert not nt03


def test_without_de_the_cars_are_the_counted_noun(tmp_path):
    """'12 个公务车辆…' (no 的 between): the noun after the measure word is the cars, as before."""
    concepts, _ = _run(tmp_path, "")
    assert concepts["12 个"] == "vehicles"
