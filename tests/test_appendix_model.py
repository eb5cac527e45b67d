"""The evaluation model (finder.appendix) built from seeds 000 and 003: tables, items, statements."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finder.appendix.build import build
from finder.ingest import load
from finder.ingest.text import from_text
from finder.model import Report

SEEDS = Path(__file__).resolve().parent.parent / "corpora" / "seeds"



def seed_report(name: str) -> Report:
    """A seed through the real ingest."""
    return load(str(SEEDS / name))


def report_from_text(text: str, source: str = "<fixture>") -> Report:
    """A Report from a small fixture text through the real text ingest (TAB tables, wrapped
    tables, re-flowed prose)."""
    return from_text(text, source)


@pytest.fixture(scope="module")
def a000():
    return build(seed_report("000_601db7814e7d3dfd.txt"))


@pytest.fixture(scope="module")
def a003():
    return build(seed_report("003_6d07ecb03f4a5f80.txt"))


def test_000_tables(a000):
    projects = a000.projects
    assert [p.project for p in projects] == ["国家试验区管委会办公室工作经费", "试验区办公室工作经费"]
    assert projects[0].fund("total").values["spent"].value == Decimal(100)
    assert projects[1].fund("total").values["spent"].value == Decimal(30)
    output = [e for e in a000.evals if e.kind == "indicators" and e.section == "产出"]
    assert len(output) == 1
    rows = output[0].indicators
    assert len(rows) == 16
    assert {i.group for i in rows} == {"数量指标", "质量指标", "时效指标"}
    assert sum(i.score.value for i in rows) == 42
    assert output[0].total.score.raw == "40"
    effect = [e for e in a000.evals if e.kind == "indicators" and e.section == "效果"][0]
    assert len(effect.indicators) == 7
    assert len({i.group for i in effect.indicators}) == 3


def test_000_summary_and_targets(a000):
    names = [(s.name, s.weight.raw, s.score.raw) for s in a000.summary]
    assert ("产出", "40", "40") in names
    assert any(s.is_total and s.score.raw == "94.6" for s in a000.summary)
    t = {tl.name: tl.target.raw for tl in a000.targets}
    assert t["协调推进国家试验区重点项目计划总投资额"] == "1200 亿"


def test_000_statements_and_items(a000):
    st = [(s.section, s.n2, s.n3, s.weight, s.score, s.rate) for s in a000.statements]
    assert ("产出", 4, 10, "40", "39.5", "98.75") in st
    assert ("产出", 3, 16, "40", "40", "100") in st
    assert ("效果", 3, 7, "25", "21.1", "84.4") in st
    names = [it.name for it in a000.items if it.explains]
    assert "工作建设简报部省支持模块收集数量" in names
    assert "陶瓷文化保护传承创新基地完成计划投资率" in names
    item = next(it for it in a000.items if it.name == "安全生产月活动开展率")
    assert [raw for _, raw in item.score_claims()] == ["3"]


def test_003_items_and_dept(a003):
    booth = next(it for it in a003.items if it.name == "设有标准展位数量")
    assert booth.number == 1 and booth.explains
    assert a003.dept_amount("project_spending").raw == "610.78"
    assert a003.dept_amount("fiscal_budget").raw == "764.56"
    assert len(a003.projects) == 1 and a003.projects[0].project == "瓷博会展位搭建经费"


def test_goals_and_unit_lists(a000, a003):
    goals = [et.goal for et in a000.projects]
    assert [(g.actual, g.row.location) for g in goals] == [("无", 589), ("无", 621)]
    assert goals[1].expected == "用于试验区管委会相关工作,保障管委会正常运行及协调所有试验区项目进度."
    assert [u.names for u in a000.units] == [["景德镇国家陶瓷文化传承创新试验区管理委员会办公室", "景德镇市特种陶瓷研究所"],
                                             ["景德镇市特种陶瓷研究所"]]
    assert [(u.names, u.self_named) for u in a003.units] == [(["景德镇市特种陶瓷研究所"], True)]


def test_unit_names_compare_as_abbreviations():
    from finder.appendix.units import belongs, same_unit

    assert same_unit("景德镇市国家试验区管委会", "景德镇国家陶瓷文化传承创新试验区管理委员会办公室")
    assert not same_unit("景德镇市陶瓷博览会", "景德镇市陶瓷产业发展局")
    assert belongs("综合科", "某市某局", [])                       # an office inside the department
    assert not belongs("景德镇市陶瓷博览会", "景德镇市陶瓷产业发展局", [])
