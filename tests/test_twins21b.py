"""twins21b: correct sentences of more template families, written from a report's own figures, and their twins.

Every sentence here is synthetic: the shape of a template wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from


_EXPENSE = {"expense": {"title": "支出决算表", "number": "表3", "rows": [
    "科目编码\t科目名称\t合计\t基本支出\t项目支出", "\t合计\t3500.00\t3000.00\t500.00",
    "205\t教育支出\t3500.00\t3000.00\t500.00"]}}


def _errors(text: str, tables: dict | None = None) -> list:
    return [f for f in run_checks(analysis_from(tables or {}, text, 2031)) if f.severity == "error"]


def test_a_share_of_a_part_listed_by_zucheng_is_of_the_figure_the_sentence_opens_with():
    """'…基本支出 T，由人员经费 A、公用经费 B 组成，人员经费占 P%': the share names its part again, so it
    stood in a group of its own with no amount (unread), and its whole fell to the lexicon's part_of
    (基本支出 for 人员经费), not to the fund's 基本支出 the sentence opens with. It joins its part's figure and
    takes the lead figure as its whole: a wrong share is an error, a right one verified."""
    text = ("基本支出情况\n一般公共预算财政拨款基本支出2500.00万元，由人员经费2000.00万元、"
            "公用经费500.00万元组成，人员经费占{p}%。\n")
    a = analysis_from(_EXPENSE, text.format(p="80.0"), 2031)
    [share] = [c for c in a.claims if c.kind == "share"]
    assert (share.whole, share.status) == ("gpb_basic_expense", "verified")
    assert not _errors(text.format(p="80.0"), _EXPENSE)
    [f] = _errors(text.format(p="66.7"), _EXPENSE)       # 2000 / 3000 (the table's 基本支出) is no reading of it
    assert f.check == "AR01" and "66.7%" in f.message and "2500" in f.message


def test_a_restated_part_share_in_a_qizhong_list_is_read_on_its_part():
    """'基本支出 T，其中人员经费 A、公用经费 B，人员经费占 P%': the same restated share after a 其中 list was
    unread too; its whole is the list's whole."""
    text = "基本支出2500.00万元，其中人员经费2000.00万元、公用经费500.00万元，人员经费占{p}%。\n"
    assert [c.status for c in analysis_from({}, text.format(p="80.00"), 2031).claims if c.kind == "share"] \
        == ["verified"]
    assert [f.check for f in _errors(text.format(p="88.00"))] == ["AR01"]


def test_a_share_named_in_another_sentence_stays_apart():
    """Only a share of its own sentence joins a listed part: '人员经费 A。…人员经费占 P%' in the next sentence
    is not made a share of the first sentence's figure."""
    text = "基本支出2500.00万元，由人员经费2000.00万元、公用经费500.00万元组成。人员经费占全部支出的40.00%。\n"
    a = analysis_from({}, text, 2031)
    [share] = [c for c in a.claims if c.kind == "share"]
    assert share.whole != "basic_expense" or share.status != "contradicted"
    assert not _errors(text)


def test_parts_listed_by_you_zucheng_are_of_the_figure_before_them():
    """'一般公共预算财政拨款基本支出 T，由人员经费 A、公用经费 B 组成': the parts had no whole, so AR04 summed them
    against the lexicon's whole, the department's 基本支出 stated elsewhere (a false error on a correct text).
    由 opens the list of T's parts when 组成/构成 closes the clause (directions.yml enclosed_part_markers): a
    wrong part is an error against T; 由于 opens none."""
    text = ("基本支出3000.00万元。\n一般公共预算财政拨款基本支出2500.00万元，由人员经费{a}万元、"
            "公用经费500.00万元组成。\n")
    a = analysis_from({}, text.format(a="2000.00"), 2031)
    assert [c.whole for c in a.claims] == [None, None, "gpb_basic_expense", "gpb_basic_expense"]
    assert not _errors(text.format(a="2000.00"))
    [f] = _errors(text.format(a="2100.00"))
    assert f.check == "AR04" and "2500.00" in f.message
    text = "一般公共预算财政拨款基本支出2500.00万元，由于人员增加，人员经费2000.00万元。\n"
    assert [c.whole for c in analysis_from({}, text, 2031).claims] == [None, None]
