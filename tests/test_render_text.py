"""Terminal report: 80 display columns, grouped by severity, colour only when asked, quiet = summary."""
from __future__ import annotations

import re

import pytest

from finder.render import render
from finder.render.text import width, wrap
from test_render_html import CORPUS, _run, hand_analysis

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def a():
    return hand_analysis()


def test_groups_in_severity_order_with_location_and_code(a):
    out = render(a, "text")
    assert out.index("错误（1）") < out.index("警告（1）") < out.index("提示（1）")
    assert re.search(r"^  第483行  AR01  下降比例与金额不符", out, re.M)
    assert "计算：53.43/(0.00+53.43) ∈ [99.97%, 100.03%]" in out
    assert "对照：收入支出决算总表 / 本年收入合计 / 金额 = 1,089.69" in out
    assert out.rstrip().endswith("共 3 项")
    assert "已核实 2，矛盾 1，无法核实 1" in out


def test_fits_80_columns_and_keeps_every_character(a):
    out = render(a, "text")
    assert max(width(line) for line in out.splitlines()) <= 80
    flat = re.sub(r"\s", "", out)
    for f in a.findings:
        assert re.sub(r"\s", "", f.message) in flat


def test_colour_only_when_asked(a):
    assert not ANSI.search(render(a, "text"))
    coloured = render(a, "text", color=True)
    assert "\x1b[1;31m错误（1）\x1b[0m" in coloured
    assert ANSI.sub("", coloured) == render(a, "text")


def test_quiet_prints_only_the_summary(a):
    out = render(a, "text", quiet=True)
    assert "AR01" not in out and "共 3 项" in out and "错误 1，警告 1，提示 1" in out


def test_english_labels(a):
    out = render(a, "text", lang="en")
    assert "error (1)" in out and "line 483  AR01" in out and out.rstrip().endswith("3 findings")
    assert "（" not in out.splitlines()[1]


def test_wrap_counts_cjk_as_two_columns():
    lines = wrap("一" * 50, "  ", "    ")
    assert [width(x) for x in lines] == [80, 26]   # 39 + 11 characters
    assert wrap("alpha beta", "", "", limit=7) == ["alpha", "beta"]
    glued = wrap("一" * 39 + "，二", "  ", "    ")          # the comma may not open a line
    assert glued == ["  " + "一" * 38, "    一，二"]
    assert wrap("一" * 38 + "「二", "  ", "    ")[1] == "    「二"   # nor may an opening mark end one


@pytest.mark.parametrize("path", CORPUS[:2], ids=lambda p: p.name)
def test_real_seed_text_report(path):
    a = _run([str(path)])
    out = render(a, "text")
    assert max(width(line) for line in out.splitlines()) <= 80
    assert out.rstrip().endswith(f"共 {len(a.findings)} 项")
    for f in a.findings:
        assert f.check in out


@pytest.mark.parametrize("body, said", [
    # a notice, not a report: nothing could be checked, and the reader is told so
    ("关于召开年度工作会议的通知\n\n各单位：\n定于下周召开年度工作会议，请各单位派员参加。\n", "没有可核对的内容"),
    # a claim no table can verify: '未发现问题' alone would read as 'checked and clean'
    ("某某局2031年度部门决算\n\n一、收入支出决算总体情况说明\n本年收入合计100.00万元。\n", "另有 1 项数量表述无法核实"),
])
def test_a_report_without_findings_says_what_could_not_be_checked(tmp_path, body, said):
    from finder.analysis import analyse

    path = tmp_path / "r.txt"
    path.write_text(body, encoding="utf-8")
    a = analyse([str(path)])
    assert not a.findings
    assert said in render(a, "text").replace("\n", "")
    assert said in render(a, "html")
