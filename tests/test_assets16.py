"""The closing sections of a 部门决算 (机关运行经费, 政府采购, 国有资产占有使用) in other regions' wordings.

Every sentence here is made up: the shape of a wording, other names and numbers."""
from __future__ import annotations

from pathlib import Path

from finder.testing import analysis_from, planted, quotes, run_check

FILLED = Path(__file__).resolve().parent.parent / "corpora" / "synthetic" / "national_filled.txt"
_ASSETS = "（三）国有资产占有使用情况\n截至2031年12月31日，本部门共有车辆{n}辆，其中：{kinds}。\n"


def _vehicles(n: int, kinds: str) -> str:
    return _ASSETS.format(n=n, kinds=kinds)


def test_general_and_leader_cars_are_kinds_of_the_cars_held():
    """Regions that count 领导干部用车 and 一般公务用车 instead of the national kinds: 一般公务用车 was read as
    the cars' total (concept vehicles) and 领导干部用车 as a number of persons (干部)."""
    a = analysis_from({}, _vehicles(9, "领导干部用车1辆、一般公务用车4辆、执法执勤用车4辆"), 2031)
    kinds = {c.subject: (c.concept, c.whole) for c in a.claims if c.kind == "count"}
    assert kinds["领导干部用车"] == ("vehicles_leader", "vehicles")
    assert kinds["一般公务用车"] == ("vehicles_general", "vehicles")
    assert kinds["车辆"] == ("vehicles", None)


def test_general_cars_add_up_with_the_other_kinds():
    assert run_check(_vehicles(9, "领导干部用车1辆、一般公务用车4辆、执法执勤用车3辆、其他用车1辆"), "AR04", 2031) == []
    found = run_check(_vehicles(9, "领导干部用车1辆、一般公务用车5辆、执法执勤用车3辆、其他用车1辆"), "AR04", 2031)
    assert [f.severity for f in found] == ["warning"] and quotes(found, "AR04", "一般公务用车5辆")
    found = run_check(_vehicles(9, "一般公务用车10辆"), "AR04", 2031)
    assert [f.severity for f in found] == ["warning"] and quotes(found, "AR04", "一般公务用车10辆")
