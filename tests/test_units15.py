"""Readings of session 15 (units15): a fund's income read from its own table; a count of the
department's units checked against the units the report prints.

Every sentence and table here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


def _fund_table(key: str, title: str, number: str) -> dict:
    return {key: {"title": title, "number": number, "rows": [
        "项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余",
        "功能分类科目编码\t科目名称\t\t\t合计\t基本支出\t项目支出\t",
        "合计\t\t10.00\t300.00\t280.00\t\t280.00\t30.00",
        "212\t城乡社区支出\t10.00\t300.00\t280.00\t\t280.00\t30.00"]}}


def test_a_funds_income_is_read_in_the_funds_own_table():
    """'政府性基金预算财政拨款收入 X 万元' was read only on the summary tables' 收入 side: a report printing
    the fund's 收入支出决算表 alone left it unverifiable ('报告未附载有此项的表格') and a misprint passed.
    It is the fund table's 合计 row under 本年收入; the same for 国有资本经营预算."""
    for key, title, fund in (("gov_fund", "政府性基金预算财政拨款收入支出决算表", "政府性基金预算"),
                             ("state_capital", "国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算")):
        tables = _fund_table(key, title, "公开08表")
        text = f"{title[:-6]}决算情况说明\n2031年度{fund}财政拨款收入{{x}}万元，支出280.00万元。\n"
        a = analysis_from(tables, text.format(x="300.00"), 2031)
        [income] = [c for c in a.claims if c.raw == "300.00万元"]
        assert income.status == "verified", (fund, income.reason)
        assert "本年收入" in income.extra["ref_used"].column
        assert not [f for f in run_checks(a) if f.severity != "info"]
        a = analysis_from(tables, text.format(x="320.00"), 2031)
        [f] = run_checks(a)
        assert (f.check, f.severity) == ("NT01", "error") and "320.00" in f.message


_UNITS_TABLE = "序号\t单位名称\t单位性质\n{rows}\n"
_UNITS = ["某某市样例林业局（本级）", "某某市样例林木种苗站", "某某市样例森林防火中心"]


def _report(tmp_path, sentence: str, units: list[str] = _UNITS) -> str:
    """A made-up report: the count of units, then its 单位构成 table, then a later section."""
    rows = "\n".join(f"{i}\t{name}\t事业单位" for i, name in enumerate(units, 1))
    text = ("某某市样例林业局2031年度部门决算\n\n第一部分 部门概况\n\n一、主要职能\n\n负责全市林业管理。\n\n"
            f"二、部门决算单位构成\n\n{sentence}\n\n" + _UNITS_TABLE.format(rows=rows)
            + "\n三、人员情况\n\n本部门年末实有人员40人。\n")
    path = tmp_path / f"units_{abs(hash((sentence, tuple(units))))}.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _unit_count(a):
    [c] = [c for c in a.claims if c.concept in ("sub_units", "budget_units")]
    return c


def test_a_count_of_units_is_held_against_the_unit_table_that_follows(tmp_path):
    """'本部门决算包括部门本级及所属 N 个单位' (本级 apart) and '纳入…范围的单位共 N 个' (本级 counted) were
    unverifiable ('标准表格不含…单位构成的数据') though the report prints its 单位构成 table right after:
    a wrong count passed. TX08 now holds the count against the table's rows, a row marked 本级 being
    the department itself."""
    from finder.analysis import analyse

    for sentence in ("本部门决算包括部门本级及所属2个单位。纳入本部门决算编制范围的单位包括：",
                     "纳入本部门2031年度部门决算编制范围的单位共3个，包括："):
        a = analyse([_report(tmp_path, sentence)])
        c = _unit_count(a)
        assert (c.status, c.reason) == ("verified", "与所列单位名单一致"), sentence
        assert not [f for f in a.findings if f.check == "TX08"]
    for sentence, what in (("本部门决算包括部门本级及所属3个单位。纳入本部门决算编制范围的单位包括：", "不含本级"),
                           ("纳入本部门2031年度部门决算编制范围的单位共2个，包括：", "含本级")):
        a = analyse([_report(tmp_path, sentence)])
        assert _unit_count(a).status == "contradicted"
        [f] = [f for f in a.findings if f.check == "TX08"]
        assert f.severity == "error" and what in f.message and "所列单位名单共 3 个（其中本级 1 个）" in f.message
        assert f.evidence[0].text.startswith(sentence[:8]) and "某某市样例森林防火中心" in f.evidence[-1].text


def test_without_a_row_marked_benji_either_reading_of_the_list_agrees(tmp_path):
    """A table naming the department by its name, not '本级', may or may not list it: '所属 N 个' agrees
    with N or N−1 rows, '共 N 个' with N or N+1; only a count outside both is a finding."""
    from finder.analysis import analyse

    units = ["某某市样例林业局", "某某市样例林木种苗站", "某某市样例森林防火中心"]
    for n, status in (("2", "verified"), ("3", "verified"), ("5", "contradicted")):
        a = analyse([_report(tmp_path, f"本部门决算包括部门本级及所属{n}个单位。具体如下：", units)])
        assert _unit_count(a).status == status, n
    for n, status in (("3", "verified"), ("4", "verified"), ("2", "contradicted")):
        a = analyse([_report(tmp_path, f"纳入本部门决算编制范围的单位共{n}个，包括：", units)])
        assert _unit_count(a).status == status, n


_NUMBERED = ("某某市样例水务局2031年度部门决算\n\n第一部分 部门概况\n\n二、部门决算单位构成\n\n"
             "纳入本部门2031年度部门决算编制范围的单位共{n}个，包括：\n{items}\n三、人员情况\n\n本部门年末实有人员50人。\n")


def test_a_count_of_units_is_held_against_the_numbered_names_that_follow(tmp_path):
    """The count followed by the units as numbered items ('1. 某某局本级；2. …'): verified when they
    number as many, a TX08 warning otherwise (包括 may introduce part of a list)."""
    from finder.analysis import analyse

    names = ["某某市样例水务局本级", "某某市样例水文站", "某某市样例河道管理所", "某某市样例水利工程质量监督中心"]
    items = "\n".join(f"{i}. {x}{'。' if i == len(names) else '；'}" for i, x in enumerate(names, 1))
    for n, status in (("4", "verified"), ("5", "contradicted")):
        path = tmp_path / f"numbered_{n}.txt"
        path.write_text(_NUMBERED.format(n=n, items=items), encoding="utf-8")
        a = analyse([str(path)])
        assert _unit_count(a).status == status
        found = [f for f in a.findings if f.check == "TX08"]
        assert [f.severity for f in found] == ([] if status == "verified" else ["warning"])
    assert "4. 某某市样例水利工程质量监督中心" in found[0].evidence[-1].text
    # the items on the count's own line
    inline = _NUMBERED.replace("包括：\n{items}", "包括：{items}")
    for n, status in (("4", "verified"), ("3", "contradicted")):
        path = tmp_path / f"inline_{n}.txt"
        path.write_text(inline.format(n=n, items=items.replace("\n", "")), encoding="utf-8")
        assert _unit_count(analyse([str(path)])).status == status


def test_a_numbered_list_of_offices_is_not_a_list_of_units(tmp_path):
    """Unread is better than misread: names of offices inside the department (办公室, 财务科) after a
    count of units are no unit list, so the count stays unverifiable and gives no finding."""
    from finder.analysis import analyse

    items = "1. 办公室；\n2. 财务科；\n3. 规划科。"
    path = tmp_path / "offices.txt"
    path.write_text(_NUMBERED.format(n="4", items=items), encoding="utf-8")
    a = analyse([str(path)])
    assert _unit_count(a).status == "unverifiable"
    assert not [f for f in a.findings if f.check == "TX08"]


def test_a_unit_table_printing_names_side_by_side_is_not_counted(tmp_path):
    """A 单位构成 table printing two units a row ('序号 | 单位名称 | 单位性质 | 序号 | 单位名称 | 单位性质')
    has fewer rows than units: its rows are no count of the units, so the count stays unread."""
    from finder.analysis import analyse

    text = ("某某市样例林业局2031年度部门决算\n\n二、部门决算单位构成\n\n"
            "本部门决算包括部门本级及所属2个单位。纳入本部门决算编制范围的单位包括：\n\n"
            "序号\t单位名称\t单位性质\t序号\t单位名称\t单位性质\n"
            "1\t某某市样例林业局（本级）\t行政单位\t2\t某某市样例林木种苗站\t事业单位\n"
            "3\t某某市样例森林防火中心\t事业单位\t\t\t\n\n三、人员情况\n\n本部门年末实有人员40人。\n")
    path = tmp_path / "side_by_side.txt"
    path.write_text(text, encoding="utf-8")
    a = analyse([str(path)])
    assert [t.id for t in a.report.tables] == ["unit_list"]
    assert _unit_count(a).status == "unverifiable"
    assert not [f for f in a.findings if f.check == "TX08"]


def test_a_count_followed_by_its_names_is_settled_by_them():
    """'直属事业单位 N 个，即 A、B、C': TX08 compared the count with the names but left the claim
    unverifiable. It is now verified when they agree, contradicted when 即 introduces fewer or more
    names; after 包括 (which may introduce part of the whole) a mismatch leaves the claim as it was."""
    text = "一、机构设置\n本部门直属事业单位{n}个，{m}某某市样例信息中心、某某市样例评审中心、某某市样例会计服务中心。\n"
    for n, m, status in (("3", "即", "verified"), ("4", "即", "contradicted"), ("3", "包括", "verified"),
                         ("4", "包括", "unverifiable")):
        a = analysis_from({}, text.format(n=n, m=m), 2031)
        findings = run_checks(a)
        [c] = [c for c in a.claims if c.kind == "count"]
        assert c.status == status, (n, m, c.status)
        assert [f.check for f in findings if f.check == "TX08"] == ([] if status == "verified" else ["TX08"])
