"""Recall gaps closed in session 7: a 加上 list continuing a 其中 list, one figure of a pair of
totals (收、支总计), subject-less changes, tables printed one cell per line, a change named after
its opening verb.

Every sentence here is synthetic: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.testing import analysis_from, run_check as _run

_HEAD = "二、收入决算情况说明\n"
_ADDED = (_HEAD + "本年收入合计 200 万元，其中：财政拨款收入 150 万元，事业收入 30 万元，其他收入 20 万元；"
          "加上：年初结转和结余 40 万元，收入总计 240 万元。\n")


def _warnings(text: str) -> list:
    return [f for f in _run(text, "AR04") if f.severity in ("error", "warning")]


def test_an_adder_ends_the_qizhong_list():
    # the items after 加上 are added to the list's head, not listed under it
    claims = {c.subject: c for c in analysis_from({}, _ADDED).claims}
    assert claims["事业收入"].extra.get("whole_head") == "本年收入合计"
    assert not claims["年初结转和结余"].whole and not claims["年初结转和结余"].extra.get("whole_head")
    assert not claims["收入总计"].extra.get("whole_head")


def test_a_trailing_total_after_a_qizhong_list_is_checked():
    assert _warnings(_ADDED) == []
    found = _warnings(_ADDED.replace("收入总计 240", "收入总计 250"))
    assert len(found) == 1 and found[0].severity == "warning"
    assert "本年收入合计 200 + 年初结转和结余 40" in found[0].message


def test_an_adder_naming_a_figure_with_no_colon_ends_the_list():
    # '加上级补助收入' is 加 + 上级补助收入
    text = ("一、一般公共预算收支决算情况\n全县一般公共预算收入 300 万元，其中：税收收入 200 万元，非税收入 100 万元；"
            "加上级补助收入 120 万元，上年结余收入 30 万元，收入合计 450 万元。\n")
    claims = {c.subject: c for c in analysis_from({}, text).claims}
    assert claims["非税收入"].extra.get("whole_head") and not claims["上级补助收入"].extra.get("whole_head")
    assert _warnings(text) == []
    assert len(_warnings(text.replace("收入合计 450", "收入合计 470"))) == 1


def test_a_trailing_total_may_add_an_item_of_the_list_instead_of_its_head():
    # a 总决算 adds the local share (the 其中 item), not the gross revenue that heads the list
    text = ("一、一般公共预算收支决算情况\n全县一般公共预算总收入 500 万元，增长 3%，其中地方一般公共预算收入 300 万元，"
            "增长 2%；加上级补助收入 120 万元，上年结余收入 30 万元，调入资金 50 万元，收入合计 500 万元。\n")
    assert _warnings(text) == []
    found = _warnings(text.replace("收入合计 500", "收入合计 520"))
    assert len(found) == 1 and found[0].severity == "warning"


def test_a_qizhong_list_among_the_added_items_leaves_the_total_unread():
    # where the list under 转移支付收入 ends is unknown: 上年结转 may be its item or an added one
    text = ("一、收支情况\n全镇一般公共预算收入 400 万元，加上级转移支付收入 180 万元，其中：一般转移支付收入 140 万元，"
            "专项转移支付收入 40 万元，上年结转 10 万元，收入合计 600 万元。\n")
    assert _warnings(text) == []


def test_an_adder_verb_naming_no_figure_keeps_the_list():
    text = (_HEAD + "项目支出 90 万元，其中：设备购置费 50 万元，加大培训投入 40 万元。\n")
    claims = {c.raw: c for c in analysis_from({}, text).claims}
    assert claims["40 万元"].extra.get("whole_head") == "项目支出"


_BOTH = ("一、收入支出决算总体情况说明\n2031年度收、支总计 500.00 万元。与 2030 年相比，收、支总计各增加 100.00 万元，"
         "增长 25.00%。\n")


def test_one_figure_of_a_pair_of_totals_is_the_pairs_and_its_rate_is_checked():
    claims = analysis_from({}, _BOTH).claims
    assert {c.subject for c in claims} == {"收、支总计"} and all(c.concept is None for c in claims)
    assert len({c.extra["group"] for c in claims}) == 1
    assert [c.status for c in claims if c.kind != "amount"] == ["verified", "verified"]
    found = _run(_BOTH.replace("增长 25.00%", "增长 20.00%"), "AR02")
    assert len(found) == 1 and "收、支总计" in found[0].message


def test_a_pair_with_a_figure_each_stays_respective():
    text = ("一、收入支出决算总体情况说明\n2031年度收、支总计各是 500.00、480.00 万元。与 2030 年相比，收、支总计各增加"
            " 100.00、80.00 万元，各增长 25.00%、20.00%。\n")
    subjects = [c.subject for c in analysis_from({}, text).claims]
    assert subjects == ["收入总计", "支出总计"] * 3
    assert _run(text, "AR02") == []


def test_a_pair_of_totals_keeps_the_words_before_its_first_side():
    text = ("二、财政拨款收入支出决算总体情况说明\n2031年度财政拨款收、支总计 300.00 万元，与上年相比，增加 60.00 万元，"
            "增长 25.00%。\n")
    claims = analysis_from({}, text).claims
    assert claims[0].subject == "财政拨款收、支总计" and claims[0].extra["shared_by"] == ["财政拨款收入总计", "财政拨款支出总计"]
    assert [c.status for c in claims[1:]] == ["verified", "verified"]
    assert len(_run(text.replace("增长 25.00%", "增长 30.00%"), "AR02")) == 1


def test_a_change_with_no_subject_says_why_it_is_unverifiable():
    # '收入支出总体' names two figures and none of them: no subject is guessed
    text = ("一、收入支出决算总体情况说明\n收入支出总体与上年相比，增加 58.00 万元，增长 15.00%，主要原因是人员增加。\n")
    claims = analysis_from({}, text).claims
    assert [c.subject for c in claims] == ["", ""]
    assert all(c.status == "unverifiable" and "无主语" in c.reason for c in claims)


_ONE_CELL = ("一、2031年度一般公共预算财政拨款“三公”经费支出决算表\n单位:万元\n项 目 |\n预 算 数 |\n决 算 数 |\n"
             "合 计 |\n12 |\n9.50 |\n因公出国(境)费 |\n|\n|\n公务接待费 |\n4 |\n3.20 |\n"
             "公务用车购置及运行维护费 |\n8 |\n6.30 |\n二、情况说明\n本单位“三公”经费决算 9.50 万元。\n")


def test_a_table_printed_one_cell_per_line_is_read():
    from finder.ingest.text import from_text

    r = from_text(_ONE_CELL)
    assert [t.id for t in r.tables] == ["three_public"] and r.tables[0].unit == "万元"
    rows = [[c.raw for c in row.cells] for row in r.tables[0].rows]
    assert rows[0] == ["合 计", "12", "9.50"] and rows[1] == ["因公出国(境)费", "", ""] and len(rows) == 4
    assert all("|" not in p.text for p in r.paragraphs)


def test_one_cell_lines_with_a_row_separator_and_a_title_cell_are_read():
    from finder.ingest.cell_lines import find

    lines = ["单位:万元 |", "|", "项目 |", "预算数 |", "决算数 |", "|", "合计 |", "5 |", "4.5 |", "|",
             "公务接待费 |", "5 |", "4.5 |", "|"]
    (t,) = find(lines)
    assert t.lead == [0, 1] and t.rows == [["项目", "预算数", "决算数"], ["合计", "5", "4.5"], ["公务接待费", "5", "4.5"]]


def test_one_cell_lines_that_fit_no_single_shape_stay_text():
    from finder.ingest.cell_lines import find

    assert find(["项目 |", "合计 |", "5 |", "说明 |", "公务接待费 |", "4 |"]) == []     # a label where a figure goes
    assert find(["项目 |", "预算数 |", "合计 |", "5 |"]) == []                          # one data row


def test_table_checks_run_on_a_one_cell_per_line_table(tmp_path):
    from finder.analysis import analyse

    tb = lambda text: [f for f in analyse([_write(tmp_path, text)]).findings if f.check.startswith("TB")]  # noqa: E731
    assert tb(_ONE_CELL) == []
    assert tb(_ONE_CELL.replace("合 计 |\n12 |\n9.50 |", "合 计 |\n12 |\n9.90 |"))


def _write(tmp_path, text: str) -> str:
    path = tmp_path / f"t{abs(hash(text))}.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_change_opening_with_its_verb_names_what_changed_after_it():
    text = ("二、与上年相比的变化\n一是本级支出增加 80 万元、上解支出增加 30 万元、增加安排稳定调节基金 12 万元。"
            "二是压减会议费，增加办公用房租金 9 万元。\n")
    got = {c.raw: c.subject for c in analysis_from({}, text).claims}
    assert got["30 万元"] == "上解支出" and got["12 万元"] == "安排稳定调节基金" and got["9 万元"] == "办公用房租金"


def test_a_short_tail_after_an_opening_verb_names_nothing():
    text = "二、支出情况\n项目支出 50 万元，比上年增加 10 万元，增加了 10 万元。\n"
    assert {c.subject for c in analysis_from({}, text).claims} == {"项目支出"}
