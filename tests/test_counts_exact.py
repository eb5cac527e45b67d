"""Counts of whole things (vehicles, persons, units) are exact: 1 辆 against a table's 0 is wrong, not a
rounding adjustment. Seed 000 prints 车辆 0 辆 in prose and in its 国有资产占用情况表."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finder.analysis import extract, parse
from finder.checks import CheckOptions, run
from finder.link import resolve
from finder.numbers.interval import Interval
from finder.testing import claim, paragraph

SEED0 = Path(__file__).resolve().parent.parent / "corpora/seeds/000_601db7814e7d3dfd.txt"


def test_a_whole_count_is_exact_and_a_rounded_one_is_not():
    p = paragraph("本部门共有车辆 2 辆，接待约 3000 人次，服务 1.2 万人次，增长 5%。")
    assert claim(p, "2", kind="count", unit="辆").interval == Interval(Decimal(2), Decimal(2))
    assert claim(p, "5", kind="change_pct", unit="%").interval.width == Decimal(1)
    approx = claim(p, "3000", kind="count", unit="人次")
    approx.approx = "约"
    assert approx.interval.width == Decimal(1)


def test_one_vehicle_against_a_table_of_none_is_an_error():
    a = extract(parse([str(SEED0)]))
    [c] = [c for c in a.claims if c.kind == "count" and c.subject.endswith("共有车辆")]
    p = c.paragraph
    at = p.text.index("共有车辆 0 辆") + len("共有车辆 ")
    p.text = p.text[:at] + "1" + p.text[at + 1:]
    c.value, c.extra["number"] = Decimal(1), "1"
    resolve(a)
    [f] = [f for f in run(a, CheckOptions()) if f.check == "NT01" and c.id in f.claims]
    assert f.severity == "error" and "末位" not in f.message and "单位或小数点" not in f.message
