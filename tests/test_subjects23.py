"""Session 23 (subjects23): a claim's subject read whole from real wording: quote marks around a
class's name, a 类 name printed without 支出, the 一般 of '一般公共财政拨款', and '调整预算后'.
Every text here is made up, of the shape found in real reports."""
from __future__ import annotations

from finder.analysis import analyse


def _claims(tmp_path, text: str) -> list:
    path = tmp_path / f"t{abs(hash(text))}.txt"
    path.write_text(text, encoding="utf-8")
    return analyse([str(path)]).claims


def _by_raw(claims, raw: str):
    return next(c for c in claims if c.raw.replace(" ", "") == raw)


_QUOTED_LIST = ("一般公共预算财政拨款支出 200.00 万元，主要用于以下方面：\n"
                "1.“一般公共服务”30.00 万元，占 15%；\n"
                "2.“国防支出”50.00 万元，占 25%；\n"
                "3.“住房保障支出”120.00 万元，占 60%。\n")


def test_quote_marks_around_a_listed_name_are_no_part_of_its_subject(tmp_path):
    claims = _claims(tmp_path, _QUOTED_LIST)
    assert _by_raw(claims, "50.00万元").subject == "国防支出"
    assert _by_raw(claims, "120.00万元").subject == "住房保障支出"
    assert all("“" not in c.subject and "”" not in c.subject for c in claims)


def test_a_quote_within_a_name_stays():
    from finder.claims.subject import _unquoted

    assert _unquoted("“三公”经费支出") == "“三公”经费支出"
    assert _unquoted("“三公”经费") == "“三公”经费"
    assert _unquoted("教育支出”") == "教育支出"
    assert _unquoted("“教育支出”") == "教育支出"


def test_a_class_name_printed_without_its_expense_word_is_that_class(tmp_path):
    c = _by_raw(_claims(tmp_path, _QUOTED_LIST), "30.00万元")
    assert (c.subject, c.concept) == ("一般公共服务", "func_201")
    assert c.status == "verified"          # with the other two the parts close the whole (AR04)


def test_the_old_general_fund_name_keeps_its_first_word(tmp_path):
    text = ("2031年度收入总计900.00万元。主要原因是一般公共财政拨款收入较上年增加300.00万元，"
            "政府性基金减少20.00万元。\n")
    c = _by_raw(_claims(tmp_path, text), "300.00万元")
    assert (c.subject, c.concept) == ("一般公共财政拨款收入", "gpb_income")


def test_the_adjusted_budget_word_takes_its_after(tmp_path):
    text = "2031年，样例中心年初批复预算6个项目600万元，调整预算后项目预算550.00万元，实际到位资金300.00万元。\n"
    c = _by_raw(_claims(tmp_path, text), "550.00万元")
    assert c.subject == "项目"


def test_a_label_whose_stop_follows_the_names_quote_still_opens_an_item(tmp_path):
    # '3“. 教育支出”': the opening quote printed before the label's stop; the item is the list's third part,
    # so the three parts close the whole (before, the third stood outside and AR04 saw two parts short)
    text = ("一般公共预算财政拨款支出 100.00 万元，主要用于以下方面：\n"
            "1.“一般公共服务”30.00 万元，占 30%；\n"
            "2.“公共安全支出”20.00 万元，占 20%；\n"
            "3“. 教育支出”50.00 万元，占 50%。\n")
    path = tmp_path / "garbled.txt"
    path.write_text(text, encoding="utf-8")
    result = analyse([str(path)])
    assert [f for f in result.findings if f.check == "AR04"] == []
    c = _by_raw(result.claims, "50.00万元")
    assert (c.subject, c.whole) == ("教育支出", "gpb_expense")
    assert result.unclassified == []
