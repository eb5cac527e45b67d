"""Ingest reading decisions: table debris as a paragraph role, paragraphs across page breaks, the 目录 line."""
from finder.analysis import extract
from finder.ingest import meta, text
from finder.model import Paragraph, Report

_HEAD = "一、部门概况\n本部门负责全区的统计工作，共设三个科室。\n二、收支预算表\n"
_TABLE = ("一、财政拨款收入\n388.80 一、一般公共服务支出\n216.00\n二、政府性基金\n二、科学技术支出\n172.00\n"
          "三、国有资本经营预算\n三、住房保障支出\n0.80\n20101人大事务\n收入总计\n388.80\n")
_TAIL = "三、预算情况说明\n本年收入预算合计 388.80 万元，比上年增加 12.00 万元。\n"


def test_flattened_table_lines_are_table_paragraphs_not_headings():
    # pdfminer / PyMuPDF print a two-sided table one cell per line: its numbered names are no
    # headings (they opened sections 二、 三、 inside 二、收支预算表) and its lines no prose
    r = text.from_text(_HEAD + _TABLE + _TAIL)
    roles = {p.text: p.role for p in r.paragraphs}
    assert roles["二、政府性基金"] == roles["三、住房保障支出"] == roles["20101人大事务"] == "table"
    titles = [s.title for s in r.root.walk()]
    assert "二、政府性基金" not in titles and "三、住房保障支出" not in titles and "三、预算情况说明" in titles
    assert roles["本年收入预算合计 388.80 万元，比上年增加 12.00 万元。"] == "narrative"


def test_table_debris_gives_no_claims():
    # "20101人大事务" is a code and a name, not 20101 persons; a table's figures are read in its table
    a = extract(text.from_text(_HEAD + _TABLE + _TAIL))
    assert [c.raw for c in a.claims] == ["三个", "388.80 万元", "12.00 万元"]
    assert {n.reason for n in a.non_claims if n.paragraph.role == "table"} == {"table_residue"}



def test_a_two_sided_table_printed_column_by_column_is_table_lines():
    # pdfminer prints a blank template's 收入 column, then its 支出 column: the second column's
    # 二、三、… resume its own 一、 (printed beside the first column's), not headings of the section
    columns = ("一、财政拨款收入\n一、一般公共服务支出\n二、事业收入\n三、其他收入\n"
               "二、教育支出\n三、科学技术支出\n四、住房保障支出\n收入总计\n")
    r = text.from_text(_HEAD + columns + _TAIL)
    roles = {p.text: p.role for p in r.paragraphs}
    assert roles["三、其他收入"] == roles["二、教育支出"] == roles["四、住房保障支出"] == "table"
    titles = [s.title for s in r.root.walk()]
    assert "二、教育支出" not in titles and "三、预算情况说明" in titles

# ------------------------------------------------------------------ across a page break
_BODY = ["（一）一般公共服务支出（类）",
         "1．人大事务（款）行政运行（项）支出120.50万元，与上年相比增",
         "加10.20万元，增长9.2%。主要原因是人员经费按规定调整增加。",
         "2．人大事务（款）一般行政管理事务（项）支出80.00万元，与上",
         "年相比减少5.00万元，下降5.9%。主要原因是会议经费压减。",
         "（二）社会保障和就业支出（类）",
         "1．行政事业单位养老支出（款）机关事业单位基本养老",
         "- 3 -",
         "保险缴费支出（项）45.60万元，比上年增加2.10万元，增长4.8%。",
         "主要原因是缴费基数调整后单位缴费相应增加。",
         "三、一般公共预算财政拨款基本支出预算执行情况说明",
         "本部门2024年度一般公共预算财政拨款基本支出预算300.00万元，",
         "其中：人员经费250.00万元，公用经费50.00万元。"]


def test_numbered_line_cut_at_a_page_end_runs_on_after_the_page_number():
    # a text export drops the two-character first-line indent: "1．…保险缴" reaches the margin
    # once it is counted back, and the page number between does not stop the paragraph
    r = text.from_text("\n".join(_BODY) + "\n")
    texts = [p.text for p in r.paragraphs]
    assert "1．行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）45.60万元，比上年" \
           "增加2.10万元，增长4.8%。主要原因是缴费基数调整后单位缴费相应增加。" in texts
    # a section heading (一、 and above) as long is a heading still: the paragraph under it opens anew
    assert [p.text for p in r.paragraphs if p.role == "heading"] == [_BODY[0], _BODY[5], _BODY[10]]


_HEADER = "某某区统计局2024年度部门决算"


def _space_laid(sentences: list[str], per_page: int = 16, width: int = 28) -> str:
    """A hard-wrapped text as PyMuPDF's sort=True export prints it when pages are joined with "":
    each page's footer ("第 N 页") shares one line with the next page's running header."""
    prose = "".join(sentences)
    rows = [prose[k:k + width] for k in range(0, len(prose), width)]
    out = ["                " + _HEADER, "", "某某区统计局2024年度 部门决算", "目 录"]
    for k, row in enumerate(rows):
        if k and k % per_page == 0:
            out.append(f"                        第 {k // per_page} 页                {_HEADER}")
        out.append(row)
    return "\n".join(out) + "\n"


def test_footer_and_header_glued_on_one_line_are_page_furniture():
    sentences = [f"本部门第{k}项工作支出{k}0.50万元，占本年支出合计的{k}.25%，主要用于日常运转和业务开展。"
                 for k in range(1, 40)]
    r = text.from_text(_space_laid(sentences))
    body = "".join(p.text.replace(" ", "") for p in r.paragraphs if p.location > 4)   # after the contents
    assert "第1页" not in body and "第2页" not in body and _HEADER not in body
    assert all(s in body for s in sentences)           # no sentence cut by the page furniture
    assert r.title == _HEADER


def test_contents_heading_stands_alone():
    # "目 录" printed under the cover title: the contents open there; the title does not take it in
    src = ("某某区统计局\n2024年度部门决算\n目 录\n第一部分 部门概况\n一、主要职能\n第二部分 部门决算表\n"
           "第一部分 部门概况\n一、主要职能\n本部门负责全区统计工作。\n")
    r = text.from_text(src)
    assert [(p.role, p.text) for p in r.paragraphs[:4]] == [
        ("narrative", "某某区统计局2024年度部门决算"), ("toc", "目 录"), ("toc", "第一部分 部门概况"), ("toc", "一、主要职能")]
    assert [s.title for s in r.root.walk()][1:] == ["第一部分 部门概况", "一、主要职能"]


def test_cover_title_under_the_same_running_header_is_read_once():
    # the first page's running header and the cover title print the same words: re-flowed into
    # one paragraph, the title is still the first print, not both as one department name
    header, cover = "某某区统计局 2024 年度部门决算", "某某区统计局 2024 年度 部门决算"
    r = Report(source="t", kind="text", sha256="", paragraphs=[Paragraph(header + cover)],
               lines=[header, "", cover, "目 录"])
    meta.fill(r)
    assert (r.title, r.department, r.year) == (header, "某某区统计局", 2024)


_SPLIT_CONTENTS = ["某某区统计局", "2024年度部门决算", "目", "录", "第一部分 部门概况", "一、主要职能",
                   "第二部分 部门决算表", "第一部分", "部门概况", "一、主要职能",
                   "本部门负责全区统计工作，组织实施各项统计调查，收集、", "整理和提供统计资料，对全区经济社会发展情况进行",
                   "统计分析，实行统计监督。"]


def _contents_read(r: Report) -> None:
    texts = [p.text for p in r.paragraphs]
    start = texts.index("目录")            # a paragraph of its own: not glued to the cover title above
    assert "".join(texts[:start]) == "某某区统计局2024年度部门决算"
    assert [(p.role, p.text) for p in r.paragraphs[start:start + 4]] == [
        ("toc", "目录"), ("toc", "第一部分 部门概况"), ("toc", "一、主要职能"), ("toc", "第二部分 部门决算表")]
    # the body prints the first entry's number and name on two lines: the contents end there, and the
    # name on the second line is the part's (a template's section name: ingest.bare_headings)
    assert [s.title for s in r.root.walk()][1:] == ["第一部分 部门概况", "一、主要职能"]


def test_contents_heading_on_two_lines_is_the_contents_heading():
    # '目' on one line, '录' on the next (a wide-spaced title as PyMuPDF exports it): not glued to the
    # cover title, and its entries are contents, not a duplicate outline
    _contents_read(text.from_text("\n".join(_SPLIT_CONTENTS) + "\n"))


def test_contents_heading_on_two_lines_of_a_pdf_is_the_contents_heading(tmp_path):
    from test_ingest_script_pdf import text_pdf

    from finder.ingest import pdf

    path = tmp_path / "contents.pdf"
    path.write_bytes(text_pdf(_SPLIT_CONTENTS))
    _contents_read(pdf.load(str(path)))


def test_a_line_holding_only_a_character_of_the_contents_title_is_prose_elsewhere():
    # '目' alone is no contents title when the next line does not complete it
    r = text.from_text("某某区统计局\n2024年度部门决算\n目\n第一部分 部门概况\n本部门负责全区统计工作。\n")
    assert "toc" not in {p.role for p in r.paragraphs}
