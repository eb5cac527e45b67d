"""Sentence shapes from a third sweep over unseen regions (synthetic names and numbers, same wording)."""
from __future__ import annotations

from finder.claims.extract import extract_report
from finder.link.concepts import key_of
from finder.model import Paragraph, Report


def run(*texts: str, year: int = 2024):
    paras = [Paragraph(t, i, anchors=[(0, i + 1, 0)], role="narrative") for i, t in enumerate(texts)]
    return extract_report(Report("<t>", "text", "", year=year, paragraphs=paras))


# R1 (a): 预算数 after 财政拨款 is the budget period, wherever it stands
def test_budget_word_after_fiscal_scope_is_the_period():
    c, _, _ = run("公务接待费的财政拨款预算数 36.50 万元、决算数 30.20 万元。", "财政拨款预算中，公务接待费 12.00 万元。")
    assert [(x.raw_number, x.period) for x in c] == [("36.50", "预算"), ("30.20", "决算"), ("12.00", "预算")]
    c, _, _ = run("政府性基金预算支出 45.60 万元。")     # 预算 of a fund's own name stays no period
    assert c[0].period == "本年"


# R1 (b): 年初预算 (passed by the 人代会), 调整预算 and the outturn are three periods
def test_initial_and_adjusted_budget():
    c, _, _ = run("区人民代表大会审议通过的2023年一般公共预算支出为 720 万元，经区人大常委会批准，"
                  "2023年一般公共预算支出调整为 760 万元，实际支出 755 万元。")
    # 实际支出 is the outturn (决算), as 实际支出数 is (directions.yml periods)
    assert [(x.raw_number, x.period) for x in c] == [("720", "年初预算"), ("760", "全年预算"), ("755", "决算")]
    assert c[1].subject == "一般公共预算支出"


# R1 (d): 'A、B和C的<x>' is the list's total; all parts of a whole make the whole
def test_coordinated_subject_is_the_list():
    c, _, _ = run("2018年因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数 452.30 万元。")
    assert c[0].subject == "因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款"
    assert c[0].concept == "three_public" and key_of(c[0])[0] == "“三公”经费"
    c, _, _ = run("公务用车购置及运行费和公务接待费的财政拨款预算数 120.00 万元。")   # two of three parts
    assert c[0].concept is None and key_of(c[0]) is None
    c, _, _ = run("因公出国(境)费、公务接待费均为 0 万元。")                          # each one's
    assert c[0].concept is None and c[0].extra["each_of"] == ["因公出国(境)费", "公务接待费"]


# R2: a 款 / 项 whose name holds its 类's name is no 类 figure
def test_item_named_without_marks_is_its_own_path():
    c, _, _ = run("小学教育支出 88.10 万元，全部是基本支出。", "高中教育支出 64.30 万元。", "其他卫生健康支出 5.00 万元。",
                  "教育支出 152.40 万元。")
    assert [(x.subject, x.extra.get("path"), x.extra.get("code")) for x in c] == [
        ("小学教育支出", ["教育支出", "普通教育", "小学教育"], "2050202"),
        ("高中教育支出", ["教育支出", "普通教育", "高中教育"], "2050204"),
        ("其他卫生健康支出", ["卫生健康支出", "其他卫生健康支出"], "21099"),
        ("教育支出", None, None)]
    assert [key_of(x)[0] for x in c] == ["functional:205/2050202", "functional:205/2050204",
                                         "functional:210/21099", "functional:205"]


def test_item_links_to_its_own_row():
    from finder.checks import run as run_checks
    from finder.testing import analysis_from

    tables = {"gpb_expense": {"title": "一般公共预算财政拨款支出决算表", "number": "公开05表", "rows": [
        "项目\t\t\t本年支出合计\t基本支出\t项目支出", "支出功能分类科目编码\t科目名称\t\t\t\t",
        "类\t款\t项\t1\t2\t3", "合计\t\t\t152.40\t152.40\t0", "205\t\t教育支出\t152.40\t152.40\t0",
        "20502\t\t普通教育\t152.40\t152.40\t0", "2050202\t\t小学教育\t88.10\t88.10\t0",
        "2050204\t\t高中教育\t64.30\t64.30\t0"]}}
    a = analysis_from(tables, "五、一般公共预算财政拨款支出决算情况说明\n小学教育支出 88.10 万元，全部是基本支出。\n")
    assert [x.status for x in a.claims] == ["verified"]
    assert not [f for f in run_checks(a) if f.severity == "error"]


# R4: a share or change after a closed 「（其中…）」 note is the figure's before the note
def test_share_after_a_note_binds_before_it():
    c, _, _ = run("本年收入合计 300.00 万元；包括财政拨款收入 270.00 万元（其中，一般公共预算 270.00 万元，"
                  "政府性基金预算 0 万元），占收入合计 90.00%；其他收入 30.00 万元，占收入合计 10.00%。")
    share = [x for x in c if x.kind == "share"]
    assert [(x.raw_number, x.subject) for x in share] == [("90.00", "财政拨款收入"), ("10.00", "其他收入")]
    c, _, _ = run("公务用车购置及运行费 512 万元（其中公务用车购置费 40 万元，公务用车运行费 472 万元），比上年下降 12.50%。")
    assert (c[-1].kind, c[-1].subject, c[-1].concept) == ("change_pct", "公务用车购置及运行费", "vehicle_fee")


def test_no_share_finding_after_a_note():
    from finder.checks import run as run_checks
    from finder.testing import analysis_from

    a = analysis_from({}, "一、收入决算情况说明\n本年收入合计 300.00 万元；包括财政拨款收入 270.00 万元（其中，一般公共预算 "
                          "270.00 万元，政府性基金预算 0 万元，国有资本经营预算 0 万元），占收入合计 90.00%；其他收入 30.00 万元，"
                          "占收入合计 10.00%。\n")
    assert [(f.check, f.severity) for f in run_checks(a)] == []


# M3 (lexicon half): 公车 / 车辆 name the 三公 vehicle items
def test_vehicle_label_variants():
    c, _, _ = run("公车购置及运行费 512 万元（其中车辆购置费 40 万元，车辆运行费 472 万元）。")
    assert [x.concept for x in c] == ["vehicle_fee", "vehicle_purchase_fee", "vehicle_operation_fee"]


def test_vehicle_label_variants_link_to_table_rows():
    from finder.checks import run as run_checks
    from finder.testing import analysis_from

    tables = {"three_public": {"title": "“三公”经费支出决算表", "rows": [
        "项目\t决算数", "公务接待费\t120", "公车购置及运行维护费合计\t513", "车辆购置\t41", "车辆运行\t472"]}}
    a = analysis_from(tables, "三、“三公”经费情况说明\n公车购置及运行费 507 万元（其中公务用车购置费 35 万元，"
                              "公务用车运行费 472 万元）。\n")
    assert [x.status for x in a.claims] == ["contradicted", "contradicted", "verified"]
    assert [f.check for f in run_checks(a) if f.severity == "error"] == ["NT01", "NT01"]


# the list may name a whole's parts at two depths and join them with a comma
def test_coordinated_list_of_mixed_depth():
    c, _, _ = run("因公出国(境)经费、公务接待费、公车购置费,公车运行费(“三公”经费)决算总额 2100 万元。")
    assert c[0].concept == "three_public" and c[0].subject.startswith("因公出国(境)经费、")


# sweep 2 FA4: a threshold verb before the number is no part of the subject
def test_threshold_verb_is_not_subject():
    c, _, _ = run("2023年全县一般公共预算教育支出首次突破 52 亿元，达到 53.6 亿元。", "卫生健康支出首破 30 亿元。")
    assert [(x.raw_number, x.subject, x.approx) for x in c] == [
        ("52", "教育支出", "more_than"), ("53.6", "教育支出", None), ("30", "卫生健康支出", "more_than")]
