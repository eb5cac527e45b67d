"""The misprint cause (finder/checks/tb/cause.py) across more sums (tables26): change columns and rate rows
are sums the cause is tried against; a cross-table equality ties one cell's misprint to the in-table sums
it breaks; a text printing the fitting value says the table slipped. Every table and figure here is made up."""
from __future__ import annotations

from finder.analysis import analyse_report
from finder.ingest import text

_HEAD = ["甲县乙局2031年度部门决算", "", "一般公共预算财政拨款支出决算表", "单位：万元"]
# a coded table with its change columns: 上年 | 本年 | 增减额 | 增减率
CHANGE = ["科目编码\t科目名称\t上年决算数\t本年决算数\t增减额\t增减率（%）",
          "合计\t\t650.00\t660.00\t10.00\t1.54",
          "201\t一般公共服务支出\t650.00\t660.00\t10.00\t1.54",
          "20101\t人大事务\t650.00\t660.00\t10.00\t1.54",
          "2010101\t行政运行\t400.00\t480.00\t80.00\t20.00",
          "2010102\t一般行政管理事务\t250.00\t180.00\t-70.00\t-28.00"]


def _analyse(lines: list[str], lang: str = "zh"):
    return analyse_report(text.from_text("\n".join(lines + [""]) + "\n"), lang=lang)


def _swap(lines: list[str], old: str, new: str) -> list[str]:
    assert sum(old in x for x in lines) == 1
    return [x.replace(old, new) for x in lines]


def _tb(a):
    return [f for f in a.findings if f.check.startswith("TB") and f.severity == "error"]


def test_a_misprint_breaking_a_class_sum_and_its_change_columns_is_one_cause():
    assert _tb(_analyse(_HEAD + CHANGE)) == []
    # 2010101's 本年 480.00 printed 408.00: 20101 ≠ Σ项, its 增减额 ≠ 本年 − 上年, its 增减率 ≠ the rate
    a = _analyse(_HEAD + _swap(CHANGE, "400.00\t480.00", "400.00\t408.00"))
    found = _tb(a)
    assert sorted(f.check for f in found) == ["TB01", "TB02", "TB02"]
    ids = sorted(f.id for f in found)
    for f in found:
        assert f.cause["value"] == "480.00" and f.cause["printed"] == "408.00" and f.cause["pattern"] == "swapped"
        assert f.cause["findings"] == ids and [c["row"] for c in f.cause["cells"]] == ["行政运行"]
        assert "共 3 处均相符" in f.message


def test_a_misprinted_base_is_solved_through_its_change_and_rate():
    # 上年 of 2010101 printed 40.00 for 400.00: 20101's 上年, the row's 增减额 and 增减率 fail; the amount sums
    # leave 399.99 … 400.01, each holds the rate too, and each printed a tenth reads 40.00: a range, no slip
    a = _analyse(_HEAD + _swap(CHANGE, "行政运行\t400.00", "行政运行\t40.00"))
    found = _tb(a)
    assert sorted(f.check for f in found) == ["TB01", "TB02", "TB02"]
    for f in found:
        assert f.cause["fits"] == ["399.99", "400.00", "400.01"] and f.cause["value"] == ""


def test_a_rate_column_adds_up_nothing():
    # 20 + (−28) is no 1.54: a coded table's rate column is no sum of its child rows (TB01 and the 合计 row)
    assert _tb(_analyse(_HEAD + CHANGE)) == []


def test_a_rate_alone_wrong_is_no_shared_cause():
    a = _analyse(_HEAD + _swap(CHANGE, "80.00\t20.00", "80.00\t2.00"))
    found = _tb(a)
    assert [f.check for f in found] == ["TB02"] and not found[0].cause


def test_a_fit_that_breaks_a_holding_change_column_is_no_cause():
    # 201 and 20101 print 本年 606.00 for 660.00 (one figure: 201's only 款), their 增减额 and 增减率 printed
    # to agree with 606.00: the 合计 row and 20101's 项 disagree with it, but 660.00 would break the two
    # change columns that hold: no single cell explains all, so no cause
    rows = [r.replace("650.00\t660.00\t10.00\t1.54", "650.00\t606.00\t-44.00\t-6.77")
            if r.startswith(("201\t", "20101\t")) else r for r in CHANGE]
    a = _analyse(_HEAD + rows)
    found = _tb(a)
    assert sorted(f.check for f in found) == ["TB01", "TB01", "TB02", "TB02"]    # 本年 and 增减额 columns
    assert all(not f.cause for f in found)
    # the same figure with its change columns left as printed for 660.00: 660.00 fits every sum
    rows = [r.replace("650.00\t660.00", "650.00\t606.00") if r.startswith(("201\t", "20101\t")) else r
            for r in CHANGE]
    found = _tb(_analyse(_HEAD + rows))
    assert len(found) == 6 and all(f.cause["value"] == "660.00" for f in found)


RATE = ["机关运行经费情况表", "单位：万元", "项目\t办公费\t会议费\t合计",
        "2030年\t120.00\t30.00\t150.00", "2031年\t132.00\t27.00\t159.00", "增减%\t10.00\t-10.00\t6.00"]


def test_a_rate_row_is_a_sum_the_cause_is_tried_against():
    head = ["甲县乙局2031年度部门决算", ""]
    assert _tb(_analyse(head + RATE)) == []
    a = _analyse(head + _swap(RATE, "2031年\t132.00", "2031年\t123.00"))
    found = _tb(a)
    assert len(found) == 2 and any("变动率" in f.message for f in found)
    for f in found:
        assert f.cause["value"] == "132.00" and f.cause["pattern"] == "swapped" and f.cause["cells"][0]["row"] == "2031年"


def test_a_figure_printed_a_tenth_with_its_last_digit_rounded_away_names_no_one_value():
    # 2010102's 上年 251.39 printed 25.14 (a tenth, its last digit rounded away): the sums leave 251.38 …
    # 251.40, and each of them printed a tenth reads 25.14; only 251.40 is exactly tenfold, but naming it
    # would be wrong: the range is named, no slip
    rows = ["科目编码\t科目名称\t上年决算数\t本年决算数\t增减额",
            "合计\t\t651.39\t660.00\t8.61",
            "201\t一般公共服务支出\t651.39\t660.00\t8.61",
            "20101\t人大事务\t651.39\t660.00\t8.61",
            "2010101\t行政运行\t400.00\t480.00\t80.00",
            "2010102\t一般行政管理事务\t251.39\t180.00\t-71.39"]
    assert _tb(_analyse(_HEAD + rows)) == []
    a = _analyse(_HEAD + _swap(rows, "251.39\t180.00", "25.14\t180.00"))
    found = _tb(a)
    assert len(found) == 2
    for f in found:
        assert f.cause["printed"] == "25.14" and f.cause["value"] == "" and f.cause["pattern"] == ""
        assert f.cause["fits"] == ["251.38", "251.39", "251.40"]
    # printed tenfold (2,513.90) nothing is rounded away: the one exact reading is named
    a = _analyse(_HEAD + _swap(rows, "251.39\t180.00", "2,513.90\t180.00"))
    assert {(f.cause["value"], f.cause["pattern"]) for f in _tb(a)} == {("251.39", "shifted")}


# a summary table and the coded 支出决算表 it restates (TB04: 本年支出合计 and each class by name)
TWO = ["甲县乙局2031年度部门决算", "", "收入支出决算总表", "单位：万元",
       "收入\t\t\t支出\t\t", "项 目\t行次\t金 额\t项目（按功能分类）\t行次\t金 额",
       "一、一般公共预算财政拨款收入\t1\t700.00\t一、一般公共服务支出\t32\t512.40",
       "二、其他收入\t2\t100.00\t二、教育支出\t33\t287.60",
       "本年收入合计\t3\t800.00\t本年支出合计\t34\t800.00",
       "年初结转和结余\t4\t\t年末结转和结余\t35\t",
       "总计\t5\t800.00\t总计\t36\t800.00", "",
       "支出决算表", "单位：万元", "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
       "合计\t\t800.00\t612.40\t187.60",
       "201\t一般公共服务支出\t512.40\t412.40\t100.00",
       "20101\t人大事务\t512.40\t412.40\t100.00",
       "2010101\t行政运行\t412.40\t412.40\t",
       "2010102\t一般行政管理事务\t100.00\t\t100.00",
       "205\t教育支出\t287.60\t200.00\t87.60",
       "20501\t教育管理事务\t287.60\t200.00\t87.60",
       "2050101\t行政运行\t287.60\t200.00\t87.60"]


def _causes(lines: list[str]) -> list[tuple[str, str, tuple]]:
    return sorted((f.check, f.cause.get("value", ""), tuple(c["row"] for c in f.cause.get("cells", [])))
                  for f in _tb(_analyse(lines)))


def test_a_class_misprinted_in_the_coded_table_ties_its_cross_table_and_in_table_findings():
    assert _tb(_analyse(TWO)) == []
    # 201 printed 521.40: the summary's item by name (TB04), 201 against its 款 (TB01), the 合计 row
    got = _causes(_swap(TWO, "201\t一般公共服务支出\t512.40", "201\t一般公共服务支出\t521.40"))
    assert got == [(c, "512.40", ("一般公共服务支出",)) for c in ("TB01", "TB02", "TB04")]


def test_a_summary_item_misprinted_names_the_summary_cell():
    got = _causes(_swap(TWO, "服务支出\t32\t512.40", "服务支出\t32\t521.40"))
    assert got == [(c, "512.40", ("一、一般公共服务支出",)) for c in ("TB03", "TB04")]


def test_a_total_misprinted_in_one_table_is_named_across_both():
    got = _causes(_swap(TWO, "合计\t\t800.00", "合计\t\t880.00"))
    assert got == [(c, "800.00", ("合计",)) for c in ("TB02", "TB04")]
    got = _causes(_swap(TWO, "本年支出合计\t34\t800.00", "本年支出合计\t34\t880.00"))
    assert got == [(c, "800.00", ("本年支出合计",)) for c in ("TB03", "TB03", "TB04")]


def test_one_misprint_copied_into_both_tables_is_the_one_cell_that_explains_every_finding():
    # 880.00 printed for the total in both tables (their TB04 holds: one figure). The 205 class chain
    # read as 367.60 would fix two of the three findings but not the summary's 总计: it needs a second
    # misprint, the copied total none
    lines = _swap(_swap(TWO, "合计\t\t800.00", "合计\t\t880.00"), "本年支出合计\t34\t800.00", "本年支出合计\t34\t880.00")
    got = _causes(lines)
    assert got == [(c, "800.00", ("本年支出合计", "合计")) for c in ("TB02", "TB03", "TB03")]


def test_two_cells_that_each_explain_the_whole_group_name_none():
    # the summary's 总计 side of 支出 left out: the copied total and the 205 chain both explain every finding
    lines = [x for x in _swap(_swap(TWO, "合计\t\t800.00", "合计\t\t880.00"), "本年支出合计\t34\t800.00",
                              "本年支出合计\t34\t880.00") if not x.startswith("总计")]
    found = _tb(_analyse(lines))
    assert len(found) == 2 and all(not f.cause for f in found)


_PROSE = ["一、收入支出决算总体情况说明", "2031年度支出总计800.00万元。其中：一般公共服务支出{v}万元，教育支出287.60万元。", ""]


def _with_prose(lines: list[str], v: str, lang: str = "zh"):
    prose = [x.format(v=v) for x in _PROSE]
    return _analyse(lines[:2] + prose + lines[2:], lang)


def test_a_text_printing_the_fitting_value_says_the_table_slipped():
    lines = _swap(TWO, "201\t一般公共服务支出\t512.40", "201\t一般公共服务支出\t521.40")
    a = _with_prose(lines, "512.40")
    [nt] = [f for f in a.findings if f.check == "NT01"]
    tb = _tb(a)
    assert nt.severity == "error" and len(tb) == 3
    assert "表内核对指向同一印误" in nt.message and "若为 512.40" in nt.message and "文中无误" in nt.message
    assert "、".join(sorted(f.id for f in tb)) in nt.message
    assert nt.cause["text_agrees"] is True and nt.cause["text_value"] == "512.40"
    assert nt.cause["findings"] == sorted(f.id for f in tb)
    assert all(f.cause["text_findings"] == [nt.id] for f in tb)
    en = [f for f in _with_prose(lines, "512.40", "en").findings if f.check == "NT01"][0]
    assert "likely a misprint in the table, not in the text" in en.message and "512.40" in en.message


def test_a_text_printing_neither_figure_is_no_corroboration():
    lines = _swap(TWO, "201\t一般公共服务支出\t512.40", "201\t一般公共服务支出\t521.40")
    a = _with_prose(lines, "502.40")
    [nt] = [f for f in a.findings if f.check == "NT01"]
    assert "表内核对指向同一印误" not in nt.message and not nt.cause
    assert all(f.cause["value"] == "512.40" and "text_findings" not in f.cause for f in _tb(a))


def test_a_text_on_a_cell_no_cause_names_is_left_alone():
    # the table adds up; only the text differs: no TB finding, no cause, a plain NT01
    a = _with_prose(TWO, "521.40")
    [nt] = [f for f in a.findings if f.check == "NT01"]
    assert not _tb(a) and not nt.cause and "印误" not in nt.message
