"""Re-flow of hard-wrapped text: the margin is estimated robustly, clauses split before a number
join, and text printed one paragraph a line is not mistaken for wrapped text."""
from __future__ import annotations

from finder.ingest.flow import Line, display_width
from finder.ingest.outline import build_document


def _wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[i: i + width] for i in range(0, len(paragraph), width)]


def _paras(lines: list[str]) -> list[str]:
    _, paras = build_document([Line(t, i + 1) for i, t in enumerate(lines)], "line")
    return [p.text for p in paras]


PARAS = [
    "一、收入决算情况说明。本年度收入合计三百余万元，较上年有所增加，主要原因是人员调入和项目增加，"
    "其中基本支出增长较多，项目支出略有减少，具体情况详见附表。",
    "二、支出决算情况说明。本年度支出合计与收入基本持平，各项支出均按预算执行，未发生超预算支出情况，"
    "结转结余资金按规定管理，详见下表及说明。",
]


def _report(long_line: str, share_line: list[str]) -> list[str]:
    lines = [long_line]
    for p in PARAS:
        lines += _wrap(p, 24)
    lines += share_line
    for p in PARAS:
        lines += _wrap(p, 24)
    return lines


def test_one_long_line_nearby_does_not_stop_the_joins():
    """A URL or metadata row three times as wide as the text sets no margin."""
    url = "# https://example.org/budget/disclosure/2031/" + "a1b2c3d4" * 8 + ".html"
    share = ["三、本年财政拨款支出合计情况：其中", "财政拨款支出占一般公共预算支出的", "96.74%，比上年增长3.5%。"]
    paras = _paras(_report(url, share))
    hit = [p for p in paras if "96.74%" in p]
    assert len(hit) == 1 and "占一般公共预算支出的96.74%" in hit[0]
    assert sum("二、支出决算情况说明" in p for p in paras) == 2
    assert all(len(p) > 30 for p in paras[1:])          # every wrapped paragraph re-flowed


def test_clause_split_before_a_number_joins_a_shortish_line():
    """"…占…的" | "96.74%": a line somewhat short of the margin still runs on into its number."""
    lines = _wrap(PARAS[0], 24) + ["项目支出占本年支出合计的", "12.5%，较上年下降。"] + _wrap(PARAS[1], 24)
    paras = _paras(lines)
    assert any("项目支出占本年支出合计的12.5%，较上年下降。" in p for p in paras)


def test_a_short_title_line_before_a_year_stays_apart():
    lines = _wrap(PARAS[0], 24) + ["附件说明", "2031年部门决算公开表格"] + _wrap(PARAS[1], 24)
    paras = _paras(lines)
    assert "附件说明" in paras


def test_one_paragraph_a_line_is_not_hard_wrapped():
    """Lines of similar length that each end a sentence are paragraphs of their own."""
    lines = [f"{k}、第{k}项事务支出{100 + k}万元，较上年决算数增加{k}万元，增长{k}.5%。" for k in range(1, 13)]
    lines.insert(6, "其他事务支出情况如下，各项支出均较上年有所变化，具体如下：")
    paras = _paras(lines)
    assert len(paras) == len(lines)


def test_a_share_marker_ending_a_line_awaits_its_rate():
    """An export that broke a clause after 占, its line well short of the margin: the rate on the
    next line is the share's, not a paragraph of its own with no subject."""
    lines = ["二、收入预算情况说明", "本单位本年收入预算合计 800.00 万元，其中：", "财政拨款收入 700.00 万元，占",
             "87.50 %；", "其他收入 100.00 万元，占 12.50%；", "三、支出预算情况说明",
             "本单位本年支出预算合计 800.00 万元。", "四、其他说明。本年度无政府性基金预算。"]
    paras = _paras(lines)
    assert any(p.endswith("财政拨款收入 700.00 万元，占87.50 %；") for p in paras)
    assert "87.50 %；" not in paras and "三、支出预算情况说明" in paras


def test_figures_padded_with_spaces_set_no_margin():
    """A layout export pads figures with runs of spaces ('增加      184.96  万元'): counted as
    printed, the padded lines set the margin and every line of words looked short of it, so a
    wrapped paragraph broke after each line and its change lost its subject."""
    def pad(head, figure, tail):          # the figure padded out to a wide column, as laid out
        return head + " " * (40 - display_width(head)) + figure + " " * 12 + tail
    lines = ["（一）办案业务支出。本年度支出合计与收入基本持平，各项支出", "均按预算执行，未发生超预算支出情况，详见下表。",
             pad("1．行政运行支出", "1,200.00", "万元，主要用于在职"), "人员工资福利和日常办公运转等基本支出。与上年相",
             pad("比增加", "120.00", "万元，增长 11.11 %。主要原因是"), "人员调入和项目增加，相应增加了支出。",
             pad("2．业务培训支出", "300.00", "万元，主要用于检察"), "教育培训等项目支出。与上年相比减少 30.00",
             pad("万元，下降", "9.09", "%。主要原因是培训任务"), "调整，培训次数和人数有所减少。"]
    paras = _paras(lines)
    assert len(paras) == 3
    assert any(p.startswith("1．行政运行支出") and p.endswith("相应增加了支出。") for p in paras)
