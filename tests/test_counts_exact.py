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
    [c] = [c for c in a.claims if c.kind == "count" and c.concept == "vehicles" and c.subject.endswith("车辆")]
    p = c.paragraph
    at = p.text.index("共有车辆 0 辆") + len("共有车辆 ")
    p.text = p.text[:at] + "1" + p.text[at + 1:]
    c.value, c.extra["number"] = Decimal(1), "1"
    resolve(a)
    [f] = [f for f in run(a, CheckOptions()) if f.check == "NT01" and c.id in f.claims]
    assert f.severity == "error" and "末位" not in f.message and "单位或小数点" not in f.message


VEHICLES = ("五、国有资产占有使用情况\n"
            "截至2024年12月31日，本部门共有车辆6辆，其中：主要领导干部用车0辆、机要通信用车1辆、"
            "应急保障用车0辆、执法执勤用车4辆、其他用车0辆，单价100万元（含）以上设备2台。\n")


def _ar04(text: str) -> list:
    from finder.testing import analysis_from
    return [f for f in run(analysis_from({}, text), CheckOptions()) if f.check == "AR04"]


def test_a_count_list_closed_by_the_rest_must_add_up_to_its_whole():
    # the list ends with 其他用车 (the rest), so it names every kind of vehicle: 0+1+0+4+0 = 5, not 6 (a
    # warning: the list is read as complete from that word); the equipment after it counts 台, another
    # thing, and ends the list
    [f] = _ar04(VEHICLES)
    assert f.severity == "warning" and "其他用车" in f.message and "设备" not in f.message
    assert "读作列全" in f.computation and "[5, 5]" in f.computation   # 6 vs 5: exact counts, no rounding band
    assert _ar04(VEHICLES.replace("共有车辆6辆", "共有车辆5辆")) == []


def test_a_count_list_without_the_rest_may_leave_kinds_out():
    assert _ar04(VEHICLES.replace("、其他用车0辆", "")) == []
