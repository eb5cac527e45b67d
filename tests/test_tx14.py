"""Statements without a figure, and counts, on the national template (helper session tx14).

Every sentence here is synthetic: the shape of the template's wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

# the national template's one-row “三公” table: 预算数/决算数 pairs under column paths, no row label
_ONE_ROW = {"three_public": {"title": "财政拨款“三公”经费支出决算表", "number": "公开07表", "rows": [
    "合计\t\t因公出国（境）费\t\t公务用车购置及运行维护费\t\t\t\t\t\t公务接待费\t",
    "\t\t\t\t小计\t\t公务用车购置费\t\t公务用车运行维护费\t\t\t",
    "预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数",
    "30.00\t{total}\t6.00\t{out}\t20.00\t18.00\t12.00\t12.00\t8.00\t6.00\t4.00\t2.50"]}}


def _tables(out: str):
    total = f"{float(out) + 18.00 + 2.50:.2f}"
    rows = [r.format(total=total, out=out) for r in _ONE_ROW["three_public"]["rows"]]
    return {"three_public": {**_ONE_ROW["three_public"], "rows": rows}}


_HEAD = "七、“三公”经费支出情况\n"


def _tx05(out: str, text: str):
    a = analysis_from(_tables(out), _HEAD + text, 2031)
    return [f for f in run_checks(a) if f.check == "TX05"]


def test_no_such_spending_without_a_figure_is_held_against_the_items_cell():
    """'因公出国（境）费：本年无此项支出。' prints no figure; TX05 only looked for one in the sentence and
    matched row labels, which the one-row table has none of. The item is now linked to its cell by its
    column path, in the 决算 column (6.00 budget beside it is no contradiction)."""
    for text in ["因公出国（境）费：本年无此项支出。", "因公出国（境）费：未发生此项支出。",
                 "本年无因公出国（境）费支出。", "本年没有因公出国（境）费支出，与上年持平。",
                 "本年未发生因公出国（境）费。"]:
        [f] = _tx05("3.20", text + "\n")
        assert f.severity == "error" and "3.20" in f.message and "因公出国（境）费" in f.message, text
        assert f.evidence[1].column.endswith("因公出国（境）费/决算数")
        assert _tx05("0.00", text + "\n") == [], text         # a zero 决算 agrees, whatever the budget


def test_no_such_spending_stays_quiet_when_it_speaks_of_something_else():
    """Another year, a count, a part the table does not print, a budget: no reading, no finding."""
    for text in ["因公出国（境）费：上年无此项支出。", "因公出国（境）费：2030年无此项支出。",
                 "全年无因公出国（境）团组。", "外宾接待：本年无此项支出。",
                 "本年无因公出国（境）费预算安排。"]:
        assert _tx05("3.20", text + "\n") == [], text


def test_a_figure_of_another_item_is_not_the_ones_said_to_have_no_spending():
    """'A 3.20 万元，B：本年无此项支出' speaks of B: A's figure gave a false TX05 error; B's cell is read."""
    text = "因公出国（境）费3.20万元，公务接待费：本年无此项支出。\n"
    [f] = _tx05("3.20", text)
    assert "公务接待费" in f.message and "2.50" in f.message
    text = "因公出国（境）费3.20万元，其他出国费用：本年无此项支出。\n"
    assert _tx05("3.20", text) == []
    # the item itself with its figure stays the sentence's own contradiction
    [f] = _tx05("3.20", "因公出国（境）费3.20万元，本年无此项支出。\n")
    assert "3.20万元" in f.message and "同句" in f.message


_RECEPTION = ("七、“三公”经费支出情况\n公务接待费支出2.50万元。其中：\n"
              "国内公务接待支出2.50万元（含外宾接待支出0.80万元）。主要用于接待兄弟单位考察交流，"
              "共接待12批次、90人次，其中：接待外宾2批次、10人次。\n")


def test_reception_counts_after_a_note_count_receptions():
    """The template's '国内公务接待支出 a 万元（含外宾接待支出 b 万元）。…共接待 N 批次、M 人次，其中：接待外宾
    n 批次、m 人次': the note's subject (含外宾接待支出) was carried into the next sentence, so the counts
    named nothing. A note closed by its sentence leaves the frame before it; a count carried on from a
    money figure counts that money's things in their units (concepts.yml count_twins)."""
    a = analysis_from(_tables("0.00"), _RECEPTION, 2031)
    counts = [(c.raw, c.concept, c.whole) for c in a.claims if c.kind == "count"]
    assert counts == [("12批次", "reception", None), ("90人次", "reception", None),
                      ("2批次", "foreign_reception", "reception"), ("10人次", "foreign_reception", "reception")]
    [note] = [c for c in a.claims if c.raw == "0.80万元"]
    assert note.concept == "foreign_reception_fee"  # the part of the fee spent on foreign guests (no table prints it)


def test_a_count_in_another_unit_is_no_twin_and_a_note_does_not_carry():
    text = ("七、“三公”经费支出情况\n国内公务接待支出2.50万元（含外宾接待支出0.80万元）。比上年增加0.50万元。"
            "涉及5个。\n")
    a = analysis_from(_tables("0.00"), text, 2031)
    [change] = [c for c in a.claims if c.kind == "change_abs"]
    assert (change.subject, change.concept) == ("国内公务接待支出", "reception_fee")
    [count] = [c for c in a.claims if c.kind == "count"]
    assert count.concept is None                   # 个 is no unit of receptions


_ASSETS = {"assets": {"title": "国有资产占用情况表", "number": "公开10表", "unit": "辆", "rows": [
    "项目\t栏次\t决算数", "一、车辆数合计(台、辆)\t1\t9", "1. 主要负责人用车\t2\t1", "2. 其他用车\t3\t8"]}}


def test_cars_bought_and_cars_paid_by_the_fiscal_are_no_count_of_all_cars():
    """'新购置公务用车 2 辆' read as the cars held (车辆数) and '开支财政拨款的公务用车保有量 7 辆' as the
    department's 车辆数合计: both were held against 9, a false NT01. The cars bought are their own
    concept (vehicles_bought, money twin 公务用车购置费), and both counts have their own rows in a 三公
    table that prints them (cells.yml 公务用车购置数 / 公务用车保有量), none in the assets table."""
    text = ("七、“三公”经费支出情况\n公务用车购置支出27.00万元，主要用于新购置公务用车2辆。"
            "所属单位开支财政拨款的公务用车保有量为7辆。\n八、国有资产占用情况\n本部门共有车辆9辆。\n")
    a = analysis_from(_ASSETS, text, 2031)
    counts = {c.raw: (c.concept, c.status) for c in a.claims if c.kind == "count"}
    assert counts["2辆"][0] == "vehicles_bought" and counts["2辆"][1] != "contradicted"
    assert counts["7辆"][1] != "contradicted"
    assert counts["9辆"] == ("vehicles", "verified")
    assert not [f for f in run_checks(a) if f.check == "NT01"]
    [money] = [c for c in a.claims if c.kind == "amount"]
    assert money.concept == "vehicle_purchase_fee"


def test_no_delegation_or_no_car_bought_beside_their_nonzero_spending():
    """'全年未安排因公出国（境）团组' beside 因公出国（境）费 3.20 万元, '本年无新增公务用车' beside 公务用车购置费
    12.00 万元: said of the year, each contradicts the spending (a warning, as '无公车' is: the money may
    pay for something else). Said of another year or of some units it says nothing of this one."""
    def warned(text):
        a = analysis_from(_tables("3.20"), _HEAD + text, 2031)
        return [f.message for f in run_checks(a) if f.check == "TX05" and f.severity == "warning"]
    [m] = warned("因公出国（境）费支出3.20万元。全年未安排因公出国（境）团组。\n")
    assert "因公出国（境）费" in m and "3.20" in m
    [m] = warned("公务用车购置费支出12.00万元。本年无新增公务用车。\n")
    assert "12.00" in m
    assert warned("因公出国（境）费支出3.20万元。上年未安排因公出国（境）团组。\n") == []
    assert warned("因公出国（境）费支出3.20万元。所属部分单位未安排因公出国（境）团组。\n") == []


def test_unchanged_without_a_figure_against_a_stated_change():
    """'因公出国（境）费支出与上年持平。' prints no figure, so no claim held it; the template states each part's
    change on the year before a few lines up. A stated nonzero change of the same item on 上年 now
    contradicts it (DR01 warning); '基本持平', a budget's wording or an item with no stated change stay quiet."""
    changes = "“三公”经费支出决算数比上年增加1.00万元，其中：因公出国（境）费支出决算增加0.80万元，增长33.33%。\n"

    def flat(text):
        a = analysis_from(_tables("3.20"), _HEAD + changes + text, 2031)
        return [f for f in run_checks(a) if f.check == "DR01"]
    [f] = flat("因公出国（境）费支出与上年持平。\n")
    assert f.severity == "warning" and "持平" in f.message and "0.80万元" in f.message
    assert f.evidence[0].text == "因公出国（境）费支出与上年持平。"
    assert flat("因公出国（境）费支出与上年基本持平。\n") == []
    assert flat("因公出国（境）费预算数与上年持平。\n") == []
    assert flat("公务接待费支出与上年持平。\n") == []
