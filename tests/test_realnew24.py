"""Shapes met in real reports of regions finder was not built on (session 24): a year-by-year list of budgets
beside a later paragraph's actuals and their parts, a change stated apart from the year's and last year's
figures, '相较于上年', and a plain 预算数 before a change on 年初预算. Made-up text of the same shape."""
from __future__ import annotations

from finder.testing import file_analysis as _analyse


# a summary that lists each year's budget, then takes one year as its example: the parts add up to that
# year's actual, printed in their own paragraph, not to a budget of another paragraph
_YEARS = ("甲省“三公”经费情况\n"
          "数字显示，从2028年到2031年省级财政预算来看，2031年省级公共预算安排“三公”经费为3.35亿元，"
          "2030年为3.42亿元，2029年为3.60亿元，2028年为4.30亿元。\n"
          "从预算执行情况看，“三公”经费节支力度更为显著。以2029年为例，实际支出1.78亿元，比预算减少1.82亿元。因公出国(境)费0.02亿元，比预算减少0.38亿元；"
          "公务接待费0.12亿元，比预算减少0.40亿元；公务用车购置及运行费1.64亿元，比预算减少1.04亿元。"
          "2029年“三公”经费执行支出1.78亿元，比预算减少1.82亿元；2028年“三公”经费执行支出2.73亿元，"
          "比预算减少1.57亿元。\n")


def test_parts_of_a_later_paragraph_are_not_parts_of_an_earlier_years_budget(tmp_path):
    found = [f for f in _analyse(tmp_path, _YEARS).findings if f.check == "AR04"]
    assert not found, [f.message for f in found]


def test_a_years_budget_and_its_actual_are_two_figures(tmp_path):
    found = [f for f in _analyse(tmp_path, _YEARS).findings if f.check == "NT03"]
    assert not found, [f.message for f in found]
    # the same year's actual stated twice differently is still a restatement
    text = ("甲省“三公”经费情况\n"
            "2029年“三公”经费执行支出1.78亿元，比预算减少1.82亿元。\n"
            "另据统计，2029年“三公”经费执行支出1.87亿元。\n")
    assert [f for f in _analyse(tmp_path, text).findings if f.check == "NT03"]


# this year's and last year's figures stated first, the change on last year stated apart
_APART = ("乙区2031年度“三公”经费决算情况说明\n"
          "乙区2031年的“三公”经费决算数合计为100.00万元，其中：因公出国(境)费0万元、公务用车购置费40.00万元、"
          "公务用车运行维护费50.00万元、公务接待费10.00万元。2030年的“三公”经费决算数合计为80.00万元，其中：因公出国(境)费"
          "0万元、公务用车购置费30.00万元、公务用车运行维护费45.00万元、公务接待费5.00万元。\n"
          "2031年“三公”经费决算数相较于上年增加{total}万元，主要原因是：\n"
          "1、公务用车购置增加10.00万元。\n"
          "2、公务用车运行维护费增加5.00万元。\n"
          "3、公务接待费增加5.00万元。\n")


def test_a_change_stated_apart_is_held_to_the_years_figures_stated_before(tmp_path):
    a = _analyse(tmp_path, _APART.format(total="30.00"))
    found = [f for f in a.findings if f.check == "AR02"]
    assert len(found) == 1 and found[0].severity == "warning", [f.message for f in a.findings]
    assert "100.00 − 80.00" in found[0].computation
    assert "30.00" in found[0].evidence[0].text


def test_changes_stated_apart_that_fit_are_verified(tmp_path):
    a = _analyse(tmp_path, _APART.format(total="20.00"))
    assert not [f for f in a.findings if f.check == "AR02"]
    changes = [c for c in a.claims if c.kind == "change_abs"]
    assert len(changes) == 4 and all(c.status == "verified" for c in changes), \
        [(c.raw, c.status, c.reason) for c in changes]


def test_xiangjiaoyu_opens_the_base(tmp_path):
    a = _analyse(tmp_path, _APART.format(total="20.00"))
    change = next(c for c in a.claims if c.kind == "change_abs")
    assert change.subject == "“三公”经费", change.subject


_PLAIN = ("丙局2031年度“三公”经费决算情况说明\n"
          "2031年“三公”经费决算数为96.63万元，预算数为138.74万元，比年初预算数减少{change}万元。\n")


def test_a_plain_budget_is_the_base_of_a_change_on_the_budget_set_at_the_years_start(tmp_path):
    a = _analyse(tmp_path, _PLAIN.format(change="42.11"))
    change = next(c for c in a.claims if c.kind == "change_abs")
    assert change.status == "verified", (change.status, change.reason)


def test_a_change_on_the_plain_budget_that_misses_is_flagged(tmp_path):
    a = _analyse(tmp_path, _PLAIN.format(change="40.11"))
    found = [f for f in a.findings if f.check == "AR02"]
    assert found and "138.74 − 96.63" in found[0].computation, [f.message for f in a.findings]


_ADDED = ("丁县2031年预算执行情况\n"
          "2031年，县级一般公共预算收入预计完成640.00万元，占调整预算的100%，同比下降16.7%，其中：税收收入340.00万元、"
          "非税收入300.00万元。加上转移性收入4869.23万元，收入总计{total}万元。\n")


def test_an_added_figure_of_no_known_name_ends_the_list_and_adds_to_its_head(tmp_path):
    a = _analyse(tmp_path, _ADDED.format(total="5500.00"))
    found = [f for f in a.findings if f.check == "AR04"]
    assert found and "4869.23" in found[0].message and "640.00" in found[0].message, [f.message for f in a.findings]
    a = _analyse(tmp_path, _ADDED.format(total="5509.23"))
    assert not [f for f in a.findings if f.check == "AR04"]
    total = next(c for c in a.claims if c.raw.startswith("5509.23"))
    assert total.status == "verified", (total.status, total.reason)


_CASCADE = ("戊区2031年“三公”经费决算支出情况说明\n"
            "2031年“三公”经费支出总数为6,283万元，比上年增长8.10%。其中：\n"
            "1.因公出国(境)支出214万元，比上年下降6.20%。\n"
            "2.公务用车购置及运行维护支出5.216万元，比上年增长12.40%。\n"
            "其中：公务用车购置支出1,302万元，比上年增长40.10%；公务用车运行维护支出3,914万元，比上年增长4.60%。\n"
            "3.公务接待支出853万元。\n")


def test_one_misprinted_part_is_reported_once_not_again_on_its_whole(tmp_path):
    found = [f for f in _analyse(tmp_path, _CASCADE).findings if f.check == "AR04"]
    assert len(found) == 1, [f.message for f in found]
    assert "5.216" in found[0].evidence[0].text and "1,302" in found[0].message
    # a part off its own parts by no power of ten (2.10 against 0 + 0) tells nothing of which figure is wrong: the
    # whole's own mismatch (9.30 against 0 + 9.30 + 2.10) is reported too
    text = ("己局2031年度“三公”经费支出决算情况说明\n"
            "“三公”经费支出决算数为9.30万元，其中：\n"
            "(一)因公出国(境)支出决算数为0万元。\n"
            "(二)公务接待费支出决算数为9.30万元。\n"
            "(三)公务用车购置及运行维护费支出2.10万元，其中公务用车购置决算数为0万元，公务用车运行维护费决算数为0万元。\n")
    found = [f for f in _analyse(tmp_path, text).findings if f.check == "AR04"]
    assert any("9.30" in f.evidence[0].text for f in found), [f.message for f in found]
