"""Headings printed without an ordinal, and page breaks inside a line (outline22).

Every text here is made up: the shape of a district's budget wording, other names and numbers."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest.bare_headings import bare_heading
from finder.ingest.text import from_text
from finder.testing import report_from

_UNIT = "甲市乙区丙丁街道办事处（本级）"
_REPORT = f"""{_UNIT}主要职能
    {_UNIT}是区人民政府的派出机关，在辖区内行使相应的政府管理职能。
（一）组织实施社会治安综合治理规划，开展治安保卫工作；
（二）办理区人民政府交办的其他事项。
{_UNIT}机构设置
{_UNIT}设4个内设机构。
2031年单位预算编制说明
    2031年，{_UNIT}收入预算100.00万元，支出预算100.00万元。
    主要用于辖区平安建设和扫黑除恶专项工作。
其他相关情况说明
一、2031年“三公”经费预算情况说明
    2031年“三公”经费预算数为1.00万元。
名词解释
    财政拨款收入：指区级财政当年拨付的资金。
"""


def _sections(report) -> list[tuple[int, str]]:
    out, stack = [], [report.root]
    while stack:
        s = stack.pop()
        if s.level:
            out.append((s.level, s.title))
        stack.extend(reversed(s.children))
    return out


def test_a_template_section_name_alone_on_its_line_is_a_heading():
    """'<部门名>主要职能', '<部门名>机构设置', '2031年单位预算编制说明', '其他相关情况说明', '名词解释' print no
    ordinal: they were plain paragraphs, so the report had no sections, its duties were no duties and its
    glossary no glossary."""
    r = report_from({}, _REPORT, 2031)
    assert _sections(r) == [(2, f"{_UNIT}主要职能"), (2, f"{_UNIT}机构设置"), (1, "2031年单位预算编制说明"),
                            (1, "其他相关情况说明"), (2, "一、2031年“三公”经费预算情况说明"), (1, "名词解释")]
    def role(start):
        [p] = [p for p in r.paragraphs if p.text.strip().startswith(start)]
        return p.role
    assert role("（一）组织实施") == "duties" and role("财政拨款收入") == "glossary"
    assert role("2031年，") == "narrative"


def test_prose_ending_with_a_section_name_is_no_heading():
    """A heading is a short line standing alone whose words before the name are nothing, a year or an
    organisation's name: never a sentence, nor a line with a clause mark or a figure."""
    assert bare_heading("2031年部门预算编制说明") == (1, None, "2031年部门预算编制说明")
    assert bare_heading("甲市乙区文化局2031年度部门决算情况说明")[0] == 1
    for text in ("认真履行主要职能", "全面落实部门预算编制说明", "其中：机构设置", "本部门的主要职能。",
                 "设置3个科室机构设置", "甲市乙区文化局主要职能和2031年部门预算编制说明的内容较多而不应是一个标题了"):
        assert bare_heading(text) is None, text


def test_the_duties_under_an_unnumbered_heading_are_the_departments_own():
    """TX03 knows a domain as the department's own from its duties: under an unnumbered '…主要职能' heading
    they were not read as duties, so the department's own 社会治安综合治理 work was called foreign."""
    def tx03(text):
        return [f for f in analyse_report(report_from({}, text, 2031)).findings if f.check == "TX03"]
    assert tx03(_REPORT) == []
    # the same duties under a line that is no heading: the domain is foreign again (the duty and the prose)
    plain = _REPORT.replace(f"{_UNIT}主要职能\n", f"{_UNIT}简况如下\n")
    assert [f.args["domain"] for f in tx03(plain)] == ["政法", "政法"]


def test_a_page_break_inside_a_line_opens_the_next_pages_first_line():
    """A text export that prints the form feed right after a page's last text puts the next page's first
    line on the same line ('…工作经费。\\f3.…'): the list item became the tail of the paragraph before
    and the list seemed to skip it (a false TX04 warning); a heading there was lost the same way."""
    text = ("预算支出主要内容如下：\n1.“一般公共服务支出（类）”2031年度预算10.00万元，主要用于：日常工作经费。\n"
            "2.“教育支出（类）”2031年度预算20.00万元，主要用于：社区教育工作经费。\f"
            "3.“科学技术支出（类）”2031年度预算30.00万元，主要用于：科普活动经费。\f其他相关情况说明\n"
            "一、2031年“三公”经费预算情况说明\n")
    r = from_text(text)
    starts = [p.text.strip()[:2] for p in r.paragraphs]
    assert starts == ["预算", "1.", "2.", "3.", "其他", "一、"]
    assert [p.role for p in r.paragraphs][-2] == "heading"
    assert not [f for f in analyse_report(r).findings if f.check == "TX04"]
    assert r.paragraphs[3].where(0)["line"] == 4            # line numbers count the page break


def test_drug_control_and_fire_rescue_are_the_work_of_public_order_and_disaster_duties():
    """A 街道办事处's duties name 社会治安综合治理 and 防灾救灾, not 禁毒 or 消防 themselves; its budget items
    spend on both ('…主要用于：禁毒宣传…', '“…消防救援事务（款）…”'). 禁毒 is a part of public order work
    and fire rescue of disaster prevention (hygiene.yml domains home), so neither is foreign."""
    text = (f"{_UNIT}主要职能\n（一）组织实施社会治安综合治理规划；\n（二）配合做好防灾救灾工作。\n"
            "2031年单位预算编制说明\n1.“公共安全支出（类）”2031年度预算20.00万元，主要用于：禁毒宣传等经费。\n"
            "2.“灾害防治及应急管理支出（类）-消防救援事务（款）”2031年度预算10.00万元，主要用于：微型消防站运行。\n")
    def domains(t):
        return sorted(f.args["domain"] for f in analyse_report(report_from({}, t, 2031)).findings if f.check == "TX03")
    assert domains(text) == []
    assert domains(text.replace("社会治安综合治理规划", "社区服务规划").replace("防灾救灾", "便民服务")) == ["消防", "禁毒"]


def test_budget_preparation_is_no_staffing_section():
    """'2031年部门预算编制说明' holds '编制' as staffing sections do ('人员编制情况'), so an unread figure there was
    said to be one of a section no standard table holds ('标准表格不含“2031年部门预算编制说明”的数据'); it is
    the part the budget's figures are explained in: the reason names the figure's own concept."""
    from finder.testing import analysis_from
    summary = {"income_expense_summary": {"title": "收入支出预算总表", "rows": [
        "收入\t\t支出\t", "项目\t预算数\t项目\t预算数", "一、财政拨款收入\t400.00\t一、教育支出\t400.00",
        "收入总计\t400.00\t支出总计\t400.00"]}}
    text = "{}\n甲区乙局部门预算是包括乙局本部以及下属2家预算单位的综合收支计划。\n"
    [c] = analysis_from(summary, text.format("2031年部门预算编制说明"), 2031).claims
    assert c.status == "unverifiable" and "预算单位数" in c.reason
    [c] = analysis_from(summary, text.format("（三）人员编制情况"), 2031).claims
    assert c.reason == "标准表格不含“（三）人员编制情况”的数据"
