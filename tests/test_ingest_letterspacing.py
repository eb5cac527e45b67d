"""Letter-spaced Chinese from PDF justification ("同 比 增 加") loses its gaps in text input;
anchors still map every character back to its line and source offset."""
from __future__ import annotations

from finder.claims.extract import extract_report
from finder.ingest.text import from_text

SOURCE = "\n".join([
    "一、部门预算情况说明",
    "本局所属共有 4 个事业单位，事业运行经 费 总预 算 安 排 52130.25 元 , 其中 : 基 本 支出 预 算",
    "41020.25 元 , 项 目 支 出 预 算 11110 元 , 同 比 增 加3110.5 元,增长 42.5%。",
    "本单位负责人 张三 李四 王五 赵六 参加会议。",
])


def test_letter_gaps_dropped_and_words_kept_apart():
    r = from_text(SOURCE)
    text = " ".join(p.text for p in r.paragraphs)
    assert "事业运行经费总预算安排 52130.25 元" in text
    assert "项目支出预算 11110 元 , 同比增加3110.5 元" in text
    assert "张三 李四 王五 赵六" in text            # two-character words stay apart


def test_anchors_stay_verbatim_and_locate_the_line():
    r = from_text(SOURCE)
    p = next(p for p in r.paragraphs if "同比增加" in p.text)
    k = p.text.index("同比增加")
    assert p.locate(k) == 3
    ends = [a[0] for a in p.anchors[1:]] + [len(p.text)]
    for (start, _, src), end in zip(p.anchors, ends):
        piece = p.text[start:end].rstrip(" ")
        assert SOURCE[src: src + len(piece)] == piece
    k = p.text.index("3110.5")
    assert SOURCE[p.source_offset(k): p.source_offset(k) + 6] == "3110.5"


def test_letter_spaced_change_reads_its_direction():
    r = from_text(SOURCE)
    claims = [c for c in extract_report(r)[0] if "3110.5" in c.raw]
    assert claims and claims[0].kind == "change_abs" and claims[0].direction == "增加"
