"""outline.build_document on real narrative: re-flow, anchors back to the source, residue, outline, roles."""
from pathlib import Path

import pytest

from finder.ingest.flow import Line, heading_of
from finder.ingest.outline import build_document
from finder.ingest.residue import drop_residue

ROOT = Path(__file__).resolve().parent.parent
SEED0 = ROOT / "corpora/seeds/000_601db7814e7d3dfd.txt"
SEED3 = ROOT / "corpora/seeds/003_6d07ecb03f4a5f80.txt"


def narrative_lines(path: Path) -> tuple[str, list[Line]]:
    source = path.read_text("utf-8")
    lines, offset = [], 0
    for i, text in enumerate(source.split("\n")):
        if "\t" not in text:
            lines.append(Line(text, i + 1, offset))
        offset += len(text) + 1
    return source, lines


@pytest.fixture(scope="module")
def seed3():
    source, lines = narrative_lines(SEED3)
    root, paras = build_document(lines, "line")
    return source, lines, root, paras


@pytest.fixture(scope="module")
def seed0():
    source, lines = narrative_lines(SEED0)
    root, paras = build_document(lines, "line")
    return source, lines, root, paras


def find(paras, needle):
    hits = [p for p in paras if needle in p.text]
    assert len(hits) == 1, [p.text[:40] for p in hits]
    return hits[0]


def test_locate_inside_reflowed_paragraph(seed3):
    source, _, _, paras = seed3
    p = find(paras, "本年收入合计 1579.09 万元")
    assert p.locate(0) == 112
    k = p.text.index("1579.09")                 # printed on line 118, four wraps into the paragraph
    assert p.locate(k) == 118
    assert source[p.source_offset(k): p.source_offset(k) + 7] == "1579.09"


def test_every_anchor_is_verbatim(seed3, seed0):
    for source, _, _, paras in (seed3, seed0):
        for p in paras:
            ends = [a[0] for a in p.anchors[1:]] + [len(p.text)]
            for (start, _, src), end in zip(p.anchors, ends):
                piece = p.text[start:end].rstrip(" ")   # a space may stand for a wrap between digits
                assert source[src: src + len(piece)] == piece


def test_wrap_between_two_numbers_keeps_them_apart(seed3):
    _, _, _, paras = seed3
    p = find(paras, "(五) 科学技术支出年初预算数为 0 万元")
    assert "决算数为 304.42 138.93 万元" in p.text
    assert p.locate(p.text.index("138.93")) == 184


def test_blank_lines_and_page_gaps_do_not_split(seed3):
    _, _, _, paras = seed3
    p = find(paras, "负责陶瓷工业行业管理和协调，指导有关陶瓷行业协会工作")   # three blank lines between
    assert p.locate(p.text.index("指导有关")) == 45


def test_page_residue_dropped(seed3):
    _, lines, _, paras = seed3
    noisy, running = [], "景德镇市陶瓷产业发展局2021年度部门决算"
    page = 1
    for ln in lines:
        noisy.append(ln)
        if ln.loc in (43, 89, 143, 189, 235, 281):      # the page gaps of the extraction
            page += 1
            noisy += [Line(f"- {page} -", ln.loc), Line(f"第 {page} 页", ln.loc), Line(running, ln.loc)]
    assert len(drop_residue(noisy)) == len(lines)
    _, again = build_document(noisy, "line")
    assert [p.text for p in again] == [p.text for p in paras]


def test_bare_numbers_kept_unless_they_count_pages():
    lines = [Line("本年收入合计", 1), Line("800", 2), Line("平米", 3)]
    assert [ln.text for ln in drop_residue(lines)] == ["本年收入合计", "800", "平米"]
    pages = [Line(t, i) for i, t in enumerate(["甲", "3", "乙", "4", "丙", "5"])]
    assert [ln.text for ln in drop_residue(pages)] == ["甲", "乙", "丙"]


def test_page_numbers_among_table_cells_still_dropped():
    # a text export prints table cells "20", "1" as bare lines too: they break the run of bare
    # numbers but not the chain of page numbers 23, 24, 25, so "增加 40 | 24 | 万元" reads 40 万元
    texts = ["甲", "23", "20", "1", "项目支出与上年相比增加 40", "24", "万元，增长 0.72%。", "2", "乙", "25"]
    lines = [Line(t, i + 1) for i, t in enumerate(texts)]
    assert [ln.text for ln in drop_residue(lines)] == [t for t in texts if t not in ("23", "24", "25")]
    _, paras = build_document(lines, "line")
    assert any("增加 40万元" in p.text or "增加 40 万元" in p.text for p in paras)


def test_heading_with_sentence_stays_paragraph(seed0):
    _, _, root, paras = seed0
    p = find(paras, "（一）工资福利支出 652.55 万元，比上年减少 163.74 万元")
    assert p.role == "narrative" and p.section.title == "四、一般公共预算财政拨款基本支出决算情况说明"
    assert heading_of(p.text) is None
    assert heading_of("（一）绩效管理工作开展情况。")[:2] == (3, 1)
    assert heading_of("第三部分 2024 年度部门决算情况说明")[:2] == (1, 3)


def test_outline_and_roles(seed0):
    _, _, root, paras = seed0
    parts = [s.title for s in root.children]
    assert parts[0] == "第一部分 景德镇市国家试验区管委会概况" and parts[-1] == "第五部分 附件"
    assert len(parts) == 5                       # the 目录 entries made no sections
    assert find(paras, "- 二、机构设置及人员情况").role == "toc"
    assert find(paras, "负责承担试验区委员会、管委会的日常工作").role == "duties"
    assert find(paras, "“三公”经费：是指用财政拨款安排的").role == "glossary"
    assert find(paras, "部门绩效考核评价总体得分为 94.6 分").role == "appendix"
    assert find(paras, "本部门 2024 年度收入总计 1134.84 万元").role == "narrative"
    assert find(paras, "2. 本套报表金额单位转换时可能存在尾数误差。").role == "note"


def test_embedded_report_numbering_nests(seed3):
    _, _, root, paras = seed3
    sec = next(s for s in root.walk() if s.title == "一、绩效目标情况")
    assert sec.parent.title == "（二）部门决算中项目绩效自评情况。"
    method = next(s for s in root.walk() if s.title == "（三）绩效评价方法")
    assert method.parent.title == "二、绩效自评工作开展情况"
    assert find(paras, "景德镇市瓷局绩效考核评价总体得分为 91.8 分").role == "appendix"
    assert next(s for s in root.walk() if s.title == "第四部分 名词解释").level == 1


def test_pdf_lines_rewrap_by_right_margin():
    pdfplumber = pytest.importorskip("pdfplumber")
    lines = []
    with pdfplumber.open(ROOT / "corpora/pdfs/jiangsu-npc-2019-budget-narrative.pdf") as pdf:
        for number in (9, 10):
            for tl in pdf.pages[number - 1].extract_text_lines():
                lines.append(Line(tl["text"], number, 0, tl["x0"], tl["x1"]))
    _, paras = build_document(lines, "page")
    p = find(paras, "一般公共预算收入预算18330.37万元，与上年相比增加2432.93万元，增长15.3%。主要原因是增人增资")
    assert p.loc_kind == "page" and p.location == 9
    assert p.text.startswith("（1）")
