"""Ingest reading decisions: table debris as a paragraph role, paragraphs across page breaks, the 目录 line."""
from finder.ingest import text
from finder.analysis import extract

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
