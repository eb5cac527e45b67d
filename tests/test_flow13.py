"""Headings closing with a bracketed note; a clause cut before its figure in text not hard-wrapped.

Every line here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.ingest import flow
from finder.ingest.flow import Line, heading_of
from finder.ingest.outline import build_document


def _doc(lines: list[str]):
    return build_document([Line(t, i + 1) for i, t in enumerate(lines)], "line")


# ---------------------------------------------------------------- a heading with a note
def test_a_numbered_heading_closing_with_a_note_is_a_heading():
    # the note's comma is no sentence: templates tell the filler what the section holds
    assert heading_of("三、下属单位情况（只有本级的单位，此处填写“内设机构”）")[:2] == (2, 3)
    assert heading_of("（二）项目支出情况(不含专项转移支付，另表说明)")[:2] == (3, 2)
    assert heading_of("2．资产情况（如无，填“无”。）")[:2] == (4, 2)


def test_a_note_does_not_make_a_sentence_a_heading():
    # a figure in the note: a sentence that states it
    assert heading_of("三、下属单位情况（共有单位3个，其中行政单位1个）") is None
    assert heading_of("（一）基本支出（人员经费 30.00 万元，公用经费 5.00 万元）") is None
    # a sentence outside the note stays a sentence
    assert heading_of("三、下属单位情况，见下表（只有本级的，填“无”）") is None
    # a note alone after the number has no heading words
    assert heading_of("（一）（见附表，此处不填）") is None
    # a note longer than a heading is prose in brackets
    assert heading_of("四、其他说明（" + "本部分填写各单位需要说明的其他事项，" * 3 + "可不填）") is None


def test_the_text_under_a_noted_heading_is_its_own_section():
    duty = "负责本系统的日常管理工作，拟订有关规划和制度，组织实施有关的检查和考核，承办上级交办的其他事项。"
    body = "本部门包括本级和下属两个单位，其中行政单位一个，事业单位一个，均纳入本部门决算编制范围。"
    title = "二、单位构成（只有本级的，填写“机构设置”）"
    root, paras = _doc(["一、主要职能", duty[:30], duty[30:], title, body[:30], body[30:]])
    assert [s.title for s in root.children] == ["一、主要职能", title]
    under = [p for p in paras if p.text.startswith("本部门包括")]
    assert [(p.text, p.section.title, p.role) for p in under] == [(body, title, "narrative")]


# ---------------------------------------------------------------- a clause cut before its figure
_ONE_A_LINE = [f"{k}、第{k}项事务支出{100 + k}万元，较上年决算数增加{k}万元，增长{k}.5%。" for k in range(1, 9)]


def _not_wrapped(lines: list[str]) -> list[str]:
    """Paragraphs of a text judged not hard-wrapped (most lines end a sentence)."""
    assert not any(flow._full_flags([Line(t, i + 1) for i, t in enumerate(lines)])[1])
    return [p.text for p in _doc(lines)[1]]


def test_a_clause_with_an_enumeration_runs_on_into_its_figure():
    head, tail = "本单位二〇三一年度全部收入、支出预算总计", "1,234.50 万元，比上年增加 34.50 万元，增长 2.88%。"
    paras = _not_wrapped(_ONE_A_LINE[:4] + [head, tail] + _ONE_A_LINE[4:])
    assert head + tail in paras and len(paras) == len(_ONE_A_LINE) + 1


def test_a_title_or_a_short_line_before_a_figure_stays_apart():
    # a running title (no 、) before a page's first line, which opens with the figure
    title, share = "某某市某某管理委员会 2031 年度部门决算公开", "11.46%；其他支出 0.00 万元，占 0.00%。"
    paras = _not_wrapped(_ONE_A_LINE[:4] + [title, share] + _ONE_A_LINE[4:])
    assert title in paras and share in paras
    # a line with 、 but narrower than a page's text, or followed by words, stays apart too
    short = "收入、支出预算总计"
    paras = _not_wrapped(_ONE_A_LINE[:4] + [short, tail := "1,234.50 万元。"] + _ONE_A_LINE[4:])
    assert short in paras and tail in paras
    words = "本单位二〇三一年度全部收入、支出预算总计情况"
    paras = _not_wrapped(_ONE_A_LINE[:4] + [words, "如下表所示，单位为万元。"] + _ONE_A_LINE[4:])
    assert words in paras
