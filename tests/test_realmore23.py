"""Session 23 (realmore23): real final-account text from regions finder was not built on.
Every text here is made up, of the shape found in the real excerpts."""
from __future__ import annotations

from finder.analysis import analyse


def _write(tmp_path, text: str) -> str:
    path = tmp_path / f"t{abs(hash(text))}.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _findings(tmp_path, text: str, check: str) -> list:
    return [f for f in analyse([_write(tmp_path, text)]).findings if f.check == check]


# An untitled page giving next year's 三公 budget and this year's 三公 final: a budget (which prints
# last year's final beside its own), so the final's year in a heading is not stale.
_BUDGET_AND_FINAL = ("一、2032年“三公”经费预算安排情况\n"
                     "2032年度“三公”经费预算总计15.6万元,其中:公务接待8.6万元,公务用车运行费用7万元。\n"
                     "二、2031年“三公”经费决算情况\n"
                     "2031年度“三公”经费合计支出14.2万元,其中:公务接待8.1万元,公务用车运行费用6.1万元。\n")

# An untitled summary of one year's actual spending set against its 年初预算: a final.
_FINAL_AGAINST_BUDGET = ("2031年本级各部门使用财政拨款安排“三公”经费支出总额为530.20万元,比年初预算增加41.30万元。"
                         "2031年,“三公”经费支出中公务接待费低于预算数的主要原因为厉行节约。\n")


def test_a_tied_page_with_a_later_budget_and_an_earlier_final_is_a_budget():
    from finder.ingest.meta import guess_type

    assert guess_type(_BUDGET_AND_FINAL) == "budget"
    assert guess_type(_FINAL_AGAINST_BUDGET) == "final"
    # a final's own budget column and a comparison's base year say nothing
    assert guess_type("2031年年初预算为20万元,2031年“三公”经费支出18万元,比2030年决算数减少2万元。") == "final"


def test_the_earlier_final_heading_of_a_budget_page_is_not_stale(tmp_path):
    assert _findings(tmp_path, _BUDGET_AND_FINAL, "TX02") == []


# '…支出 A，年初预算为 P，差值为 S': the actual's clause names a fund (一般公共预算) whose name holds 预算.
_GAP = ("2031年度本单位一般公共预算财政拨款安排的“三公”经费支出3.15万元,年初预算为4.05万元,差值为{gap}万元。"
        "其中:公务接待费支出1.15万元,年初预算为1.05万元,差值为0.1万元。\n")


def test_a_gap_from_the_budget_after_an_actual_paid_from_a_named_fund_is_checked(tmp_path):
    assert _findings(tmp_path, _GAP.format(gap="0.9"), "AR05") == []
    (f,) = _findings(tmp_path, _GAP.format(gap="1.9"), "AR05")
    assert "1.9" in f.evidence[0].text and "4.05" in f.message and "3.15" in f.message


# A reason listing two changes and their net: the net is their signed sum.
_NET = ("(一)收入情况\n2031年度收入合计820.40万元,较上年决算数减少{total}万元,下降12.5%,主要原因是项目经费中"
        "运输补贴较上年减少150.25万元,基本支出较上年增加33.05万元(净额减少{net}万元)。\n")


def test_a_net_of_the_changes_a_reason_lists_is_their_signed_sum(tmp_path):
    assert _findings(tmp_path, _NET.format(total="117.20", net="117.20"), "AR05") == []
    (f,) = _findings(tmp_path, _NET.format(total="127.20", net="127.20"), "AR05")
    assert "127.20" in f.evidence[0].text and "150.25" in f.computation and "33.05" in f.computation
    assert f.severity == "error"
    # a part of a listed change printed among them ('其中 …'): the terms are not all the net's, left unread
    text = _NET.format(total="127.20", net="127.20").replace("减少150.25万元,", "减少150.25万元(其中燃油补贴减少100.00万元),")
    assert _findings(tmp_path, text, "AR05") == []


def test_a_net_after_a_move_printed_without_its_figure_is_left_unread(tmp_path):
    text = _NET.format(total="127.20", net="127.20").replace("主要原因是项目经费中", "主要原因是公用经费统一压减,项目经费中")
    assert _findings(tmp_path, text, "AR05") == []
