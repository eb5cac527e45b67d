"""|-separated tables in web text read like TAB tables: title/unit lines above them, the second
header row placed under the span that opens it, standard ids, table checks."""
from __future__ import annotations

from finder.analysis import analyse
from finder.ingest.text import from_text

SUMMARY = """某某县档案馆2031年度部门决算
一、收入支出决算总表
收入支出决算总表 | ||||
单位:万元 | ||||
收入 | | 支出 | |
项目 | 决算数 | 项目 | 决算数 |
一、一般公共预算财政拨款收入 | 120.50 | 一、一般公共服务支出 | 100.25 |
二、政府性基金预算财政拨款收入 | 0.00 | 二、社会保障和就业支出 | 15.20 |
三、事业收入 | 5.00 | 三、住房保障支出 | 10.05 |
本年收入合计 | 125.50 | 本年支出合计 | 125.50 |
"""

THREE_PUBLIC = """二、“三公”经费情况
财政拨款“三公”经费支出决算表 | ||||
单位:万元 | ||||
项目 | 上年决算数 | 本年决算数 | 比上年增减情况 | |
增减金额 | 增减幅度 | |||
合计 | 30.40 | 25.10 | -5.30 | -17.43% |
1.因公出国(境)费 | 0.00 | 0.00 | 0.00 | 0.00% |
2.公务接待费 | 10.20 | 8.20 | -2.00 | -19.61% |
3.公务用车购置及运行维护费 | 20.20 | 16.90 | -3.30 | -16.34% |
其中:(1)公务用车购置费 | 0.00 | 0.00 | 0.00 | 0.00% |
(2)公务用车运行维护费 | 20.20 | 16.90 | -3.30 | -16.34% |
三、其他说明
本单位无其他需要说明的事项。
"""


def test_pipe_tables_are_read_and_identified():
    r = from_text(SUMMARY + THREE_PUBLIC)
    by_id = {t.id: t for t in r.tables}
    assert set(by_id) == {"income_expense_summary", "three_public"}
    summary, three = by_id["income_expense_summary"], by_id["three_public"]
    assert summary.unit == three.unit == "万元"
    assert {row.side for row in summary.rows} == {"收入", "支出"}
    assert [c.raw for c in three.rows[0].cells] == ["合计", "30.40", "25.10", "-5.30", "-17.43%"]
    assert ("比上年增减情况", "增减金额") in three.columns and ("项目",) in three.columns
    assert all("|" not in p.text for p in r.paragraphs)         # no table line left in the prose


def test_pipe_rows_locate_their_lines():
    r = from_text(SUMMARY + THREE_PUBLIC)
    three = next(t for t in r.tables if t.id == "three_public")
    assert three.rows[0].location == 16 and three.location == 12


def test_table_checks_run_on_pipe_tables(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SUMMARY + THREE_PUBLIC, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(SUMMARY + THREE_PUBLIC.replace("合计 | 30.40 | 25.10", "合计 | 30.40 | 25.30"), encoding="utf-8")
    tb = lambda path: [f for f in analyse([str(path)]).findings if f.check.startswith("TB")]  # noqa: E731
    assert tb(good) == []
    # the 合计 row no longer adds up (TB03), nor does it match its own 增减 columns: 25.30 − 30.40 is
    # −5.10, not −5.30, and −16.78%, not −17.43% (TB02)
    assert [f.check for f in tb(bad)] == ["TB02", "TB02", "TB03"]


def test_two_pipes_on_two_lines_are_prose():
    r = from_text("甲 | 乙 | 丙\n丁 | 戊 | 己\n本单位无其他需要说明的事项。\n")
    assert r.tables == []
