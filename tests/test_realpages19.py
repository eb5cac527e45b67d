"""Readings found on real reports of regions not seen before (session 19). Every sentence here is
synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import THREE_PUBLIC_FINAL, analysis_from


def _read(text: str, tables: dict | None = None, year: int = 2031):
    return analysis_from(tables or {}, text + "\n", year)


def _errors(a) -> list[str]:
    return [f.check for f in run_checks(a) if f.severity == "error"]


def test_the_central_templates_three_names_without_gongwu_and_yingong():
    """'出国（境）经费、车辆购置及运行费、公务接待费（简称“三公”经费）支出合计 X': without 因公 the first
    name was no alias, and 车辆购置及运行费 was read as 车辆购置 (the purchase alone), so the list was not
    seen as the three parts and X was held to be 公务接待费 (an NT01 error against that row)."""
    text = ("七、财政拨款“三公”经费支出决算情况说明\n本单位出国（境）经费、车辆购置及运行费、公务接待费（简称“三公”经费）"
            "支出合计{x}万元。其中：出国（境）经费10.00万元；车辆购置及运行费15.00万元；公务接待费9.50万元。")
    a = _read(text.format(x="34.50"), THREE_PUBLIC_FINAL)
    assert [c.concept for c in a.claims] == ["three_public", "outbound_fee", "vehicle_fee", "reception_fee"]
    assert [c.status for c in a.claims] == ["verified"] * 4      # the total too, read as the note names it
    assert _errors(a) == []
    # a wrong part is still caught against its own row, and its parts now add to more than the total
    assert _errors(_read(text.format(x="34.50").replace("15.00", "16.00"), THREE_PUBLIC_FINAL)) == ["AR04", "NT01"]


def test_zhan_before_difang_is_a_share_not_the_area():
    """'税收收入 a，占地方财政收入的 P%': 占地 (land, the area concept) was read inside 占地方, so the share
    became a ratio of an area. 占地方 is 占 + 地方…: no alias is read there (concepts.yml not_names);
    '占地 50 亩' and '占地面积' keep the area."""
    a = _read("一、收入支出决算总体情况说明\n税收收入6634.20万元，占地方财政收入的66.19%。")
    [share] = [c for c in a.claims if c.unit == "%"]
    assert (share.kind, share.concept) == ("share", None)
    a = _read("十二、国有资产占用情况说明\n本单位占地50亩，占地面积1200平方米。")
    assert [c.concept for c in a.claims] == ["area", "area"]


def test_a_thousands_comma_then_a_space_is_one_figure():
    """'公务用车运行维护费 1, 537.40 万元' (a line broken after the comma, joined with a space): the '1' was
    dropped and 537.40 was read as the purchase fee named before it. A comma and one space group
    thousands in a figure with decimals right before a money unit; a list of each one's figures
    ('各是 12, 345.00 万元') stays two figures."""
    text = ("七、财政拨款“三公”经费支出决算情况说明\n本单位“三公”经费1,681.00万元，其中：因公出国（境）费35.00万元，"
            "公务用车购置及运行维护费1,646.00万元（公务用车购置费109.00万元、公务用车运行维护费1, {x}万元）。")
    a = _read(text.format(x="537.00"))
    [op] = [c for c in a.claims if c.concept == "vehicle_operation_fee"]
    assert op.value == 1537 and not [c for c in a.claims if c.value == 537]
    assert [c.value for c in a.claims if c.concept == "vehicle_purchase_fee"] == [109]
    a = _read("一、收入支出决算总体情况说明\n2031年度收、支总计各是 12, 345.00 万元。")
    assert [c.value for c in a.claims] == [12, 345]


def test_a_name_then_a_colon_names_the_figure_after_it():
    """'（一）本年收入合计：792.22 万元，比上年增加 10.00 万元' (a county office's self-evaluation,
    realpages19): the colon closed a clause holding the name alone, so both figures had no subject and
    were never checked. A colon right after one money name (after a list label, before a copula), with
    the number right after it, parts no clause; '其中：' still opens a list."""
    text = "一、收入支出决算总体情况说明\n本单位决算情况如下。（一）本年收入合计：{x}万元，比上年增加10.00万元。"
    a = _read(text.format(x="500.00"), {"income_expense_summary": {"title": "收入支出决算总表", "rows": [
        "项目\t上年决算数\t决算数", "本年收入合计\t490.00\t500.00", "本年支出合计\t480.00\t500.00"]}})
    assert [c.concept for c in a.claims] == ["income_total"] * 2 and a.claims[0].status == "verified"
    a = _read(text.format(x="520.00"), {"income_expense_summary": {"title": "收入支出决算总表", "rows": [
        "项目\t上年决算数\t决算数", "本年收入合计\t490.00\t500.00", "本年支出合计\t480.00\t500.00"]}})
    assert "NT01" in _errors(a)
    a = _read("一、收入支出决算总体情况说明\n本单位决算情况如下。本年支出合计为：500.00万元，其中：基本支出300.00万元。")
    assert [c.concept for c in a.claims] == ["expense_total", "basic_expense"]
