"""One misprinted figure, one cause (finder/checks/tb/cause.py): the TB findings a single wrong cell
explains name it in each of them; two wrong cells stay two causes, or none when they share a sum.
Every table here is made up: a coded 一般公共预算财政拨款支出决算表 with other names and numbers."""
from __future__ import annotations

import json

from finder.analysis import analyse_report
from finder.ingest import text
from finder.render import render

_HEAD = ["甲县乙局2031年度部门决算", "", "一般公共预算财政拨款支出决算表", "单位：万元",
         "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出"]
# 2120101's 基本支出 is 8,415.27; 212 and 21201 (its only filled 款) print it 841.27: a digit left out
ROWS = ["合计\t\t9,975.27\t8,775.27\t1,200.00",
        "201\t一般公共服务支出\t360.00\t360.00\t",
        "20101\t人大事务\t360.00\t360.00\t",
        "2010101\t行政运行\t247.35\t247.35\t",
        "2010102\t一般行政管理事务\t112.65\t112.65\t",
        "212\t城乡社区支出\t9,615.27\t8,415.27\t1,200.00",
        "21201\t城乡社区管理事务\t9,615.27\t8,415.27\t1,200.00",
        "2120101\t行政运行\t8,415.27\t8,415.27\t",
        "2120104\t城管执法\t1,200.00\t\t1,200.00"]


def _analyse(rows: list[str], lang: str = "zh"):
    return analyse_report(text.from_text("\n".join(_HEAD + rows + [""]) + "\n"), lang=lang)


def _edit(rows: list[str], **changes: str) -> list[str]:
    """rows with the row of code (or label) `k` replaced by `v`'s cells."""
    out = []
    for r in rows:
        head = r.split("\t")[0]
        key = next((k for k in changes if head == k.lstrip("_")), None)
        out.append(r if key is None else "\t".join(r.split("\t")[:2]) + "\t" + changes[key])
    return out


def _tb(a):
    return [f for f in a.findings if f.check.startswith("TB") and f.severity == "error"]


DROPPED = _edit(ROWS, _212="9,615.27\t841.27\t1,200.00", _21201="9,615.27\t841.27\t1,200.00")


def test_a_figure_misprinted_in_a_class_row_and_its_one_filled_item_is_the_one_cause_of_four_findings():
    assert _tb(_analyse(ROWS)) == []                 # as made, the table adds up
    a = _analyse(DROPPED)
    found = _tb(a)
    # 合计 row's 基本支出 against its classes, 212's and 21201's rows, 21201 against its 项
    assert sorted(f.check for f in found) == ["TB01", "TB02", "TB02", "TB02"]
    ids = sorted(f.id for f in found)
    for f in found:
        assert f.severity == "error"                 # the printed table still contradicts itself
        assert f.cause["value"] == "8,415.27" and f.cause["printed"] == "841.27"
        assert f.cause["pattern"] == "dropped" and f.cause["findings"] == ids
        assert [c["row"] for c in f.cause["cells"]] == ["城乡社区支出", "城乡社区管理事务"]
        assert "同一可能原因" in f.message and "若为 8,415.27" in f.message and "疑漏印一位数字" in f.message
        assert "、".join(ids) in f.message


def test_a_misprinted_leaf_is_named_as_the_cause_of_its_item_and_row_findings():
    # 2010101 prints 274.35 for 247.35 in 基本支出: 20101 ≠ Σ项, and its own row ≠ 基本 + 项目
    a = _analyse(_edit(ROWS, _2010101="247.35\t274.35\t"))
    found = _tb(a)
    assert len(found) == 2
    for f in found:
        assert [c["row"] for c in f.cause["cells"]] == ["行政运行"]
        assert f.cause["value"] == "247.35" and f.cause["pattern"] == "swapped"
        assert "相邻两位数字颠倒" in f.message


def test_a_tenfold_misprint_is_named_so():
    a = _analyse(_edit(ROWS, _2010102="112.65\t1,126.50\t"))
    found = _tb(a)
    assert len(found) == 2 and all(f.cause.get("pattern") == "shifted" for f in found)
    assert all("相差 10 倍" in f.message for f in found)


def test_a_figure_printed_short_of_a_decimal_is_read_at_its_sums_precision():
    # 2010101 prints 247.5 for 247.35 (a decimal digit left out): the fit is spelled at the column's
    # two decimals, where one digit dropped reads it
    a = _analyse(_edit(ROWS, _2010101="247.35\t247.5\t"))
    found = _tb(a)
    assert len(found) == 2
    for f in found:
        assert f.cause["printed"] == "247.5" and f.cause["value"] == "247.35" and f.cause["pattern"] == "dropped"


def test_two_wrong_cells_in_different_sums_stay_two_causes():
    a = _analyse(_edit(ROWS, _2010101="247.35\t274.35\t", _2120104="1,200.00\t\t1,020.00"))
    found = _tb(a)
    assert len(found) == 4
    cells = {tuple((c["row"], c["column"]) for c in f.cause["cells"]) for f in found}
    assert cells == {(("行政运行", "基本支出"),), (("城管执法", "项目支出"),)}
    by_value = {f.cause["value"] for f in found}
    assert by_value == {"247.35", "1,200.00"}
    for f in found:
        assert len(f.cause["findings"]) == 2 and f.id in f.cause["findings"]


def test_two_wrong_cells_sharing_a_sum_get_no_cause():
    # 2010101 and 2010102 both misprinted: neither alone makes 20101 = Σ项 hold
    a = _analyse(_edit(ROWS, _2010101="247.35\t274.35\t", _2010102="112.65\t121.65\t"))
    found = _tb(a)
    assert len(found) == 3
    assert all(not f.cause and "同一可能原因" not in f.message for f in found)


def test_a_figure_a_row_prints_as_its_total_and_its_one_part_is_one_figure():
    # 2120104 prints 1,020.00 for 1,200.00 in both its 本年支出合计 and its only filled part (its own row
    # adds up): 21201 fails against its 项 in both columns; one figure explains both
    a = _analyse(_edit(ROWS, _2120104="1,020.00\t\t1,020.00"))
    found = _tb(a)
    assert sorted(f.check for f in found) == ["TB01", "TB01"]
    for f in found:
        assert [(c["row"], c["column"]) for c in f.cause["cells"]] == [("城管执法", "本年支出合计"),
                                                                      ("城管执法", "项目支出")]
        assert f.cause["value"] == "1,200.00"
        assert "“2120104 城管执法”的本年支出合计、项目支出印为 1,020.00" in f.message


def test_renderers_show_the_cause():
    a = _analyse(DROPPED)
    out = render(a, "text")
    assert "同一可能原因" in out and "疑漏印一位数字" in out
    doc = json.loads(render(a, "json"))
    causes = [f["cause"] for f in doc["findings"] if "cause" in f]
    assert len(causes) == 4 and causes[0]["value"] == "8,415.27" and causes[0]["pattern"] == "dropped"
    assert "同一可能原因" in render(a, "html")


def test_the_cause_is_worded_in_english():
    a = _analyse(DROPPED, lang="en")
    f = _tb(a)[0]
    assert "one likely cause" in f.message and "a digit dropped?" in f.message and "8,415.27" in f.message
