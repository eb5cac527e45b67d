"""Seed 003's 项目支出绩效自评表, printed one cell per line, rebuilt by finder.ingest.wrapped."""
from decimal import Decimal
from pathlib import Path

import pytest

from finder.ingest.wrapped import find_wrapped_tables

ROOT = Path(__file__).resolve().parent.parent


def _lines(name):
    return (ROOT / "corpora" / "seeds" / name).read_text(encoding="utf-8").split("\n")


@pytest.fixture(scope="module")
def wrapped003():
    found = find_wrapped_tables(_lines("003_6d07ecb03f4a5f80.txt"))
    assert len(found) == 1
    return found[0]


def _row(table, label):
    rows = [r for r in table.rows if r.label == label]
    assert rows, label
    return rows[0]


def test_range_covers_title_to_total(wrapped003):
    assert wrapped003.start == 593          # 0-based: line 594 "项目支出绩效自评表"
    assert wrapped003.end == 750            # one past line 750 "总分 100 100"


def test_header_block(wrapped003):
    t = wrapped003.table
    assert t.id == "project_self_eval"
    assert t.extra["project"] == "瓷博会展位搭建经费"
    total = _row(t, "年度资金总额")
    assert [c.raw for c in total.cells] == ["770", "770", "770", "10", "10"]
    assert total.cell("全年执行数").value == Decimal(770)
    assert total.cell("执行率") is None     # printed blank: 5 values for 6 columns
    assert total.cell("分值").value == Decimal(10)


def test_rows_recovered(wrapped003):
    t = wrapped003.table
    booth = _row(t, "设有国际标准展位数量")
    assert booth.extra["cells"][3:] == ["1800", "1900", "5", "5"]
    assert booth.location == 675
    area = _row(t, "展区总面积")
    assert area.extra["cells"][3:] == ["25000平米", "30000平米", "5", "5"]
    assert area.cell("年度指标值").value == Decimal(25000)
    firms = _row(t, "参展企业总数")
    assert firms.extra["cells"][3:] == ["700家", "800家", "5", "5"]
    live = _row(t, "搭建官方直播基地面积")
    assert live.extra["cells"][3:5] == ["800平米", "800平米"]
    grade = _row(t, "助推经济发展上新台阶")
    assert grade.extra["cells"][:5] == ["效益指标", "社会效益指标", "助推经济发展上新台阶", "显著", "良好"]
    sat = _row(t, "市民满意率")
    assert sat.cell("年度指标值").target.op == ">="


def test_all_scores_and_total(wrapped003):
    t = wrapped003.table
    ind = [r for r in t.rows if r.extra["block"] == "indicator"]
    assert len(ind) == 20
    assert sum(r.cell("分值").value for r in ind) == 91
    total = [r for r in t.rows if r.extra["block"] == "total"]
    assert total[0].raw == "总分 100 100"


def test_tab_tables_are_not_wrapped():
    assert find_wrapped_tables(_lines("000_601db7814e7d3dfd.txt")) == []


def test_table_without_total_ends_at_last_row():
    lines = ["项目支出绩效自评表", "项目名称 会议经费", "项目资金", "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
             "年度资金总额 10 10 10 10 100% 10", "年度总体目标", "一级指标", "三级指标", "产出指标",
             "会议次数 4 次", "4 次", "", "45 45", "满意度 ≥90% 95% 45 45", "（三）其他说明", "正文 1 2"]
    found = find_wrapped_tables(lines)
    assert len(found) == 1 and found[0].end == 14
    rows = [r.extra["cells"][2:] for r in found[0].table.rows if r.extra["block"] == "indicator"]
    assert rows == [["会议次数", "4次", "4次", "45", "45"], ["满意度", "≥90%", "95%", "45", "45"]]


def test_goal_block(wrapped003):
    goal = [r for r in wrapped003.table.rows if r.extra.get("block") == "goal"]
    assert len(goal) == 1 and goal[0].location == 626
    assert goal[0].extra["cells"][2] == "已完成年初设定目标"
    assert goal[0].extra["cells"][1].startswith("总 目标：将瓷博会办成")
    assert goal[0].extra["cells"][1].endswith("(三) 组织系列活动")     # header fragments 绩/效/指/标 dropped


def test_a_space_laid_form_is_not_read_as_one_cell_a_line():
    """An export placing each printed line's pieces by x (cells apart by runs of spaces, a name
    wrapped above and below its row's figures) is no one-cell-a-line text: read token by token, the
    names run into each other and the targets take the names' digits; the form is not read."""
    lines = ["            项目支出绩效自评表", "  项目名称      会议经费",
             "项目资金 (万元)     年初预算数    全年预算数   全年执行数  分值  执行率  得分",
             "        年度资", "                     10      10      10      10   100    10", "        金总额",
             "        年度总体目标          实际完成情况", "        完成会议        无", "        一级指标    二级指标   三级指标",
             "        产出指      2023 年度会议", "           数量指标            ≥4次      4      45     45",
             "        标          召开次数",
             "        满意度      参会人员满意度       ≥90%      95%     45     45",
             "总分                                            100    100"]
    assert find_wrapped_tables(lines) == []
