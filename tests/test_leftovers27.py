"""Readings left open by earlier sessions (session 27): a whole's rate in the sentence after its amount, compound
subjects kept whole, the unit's own total under a pronoun, a part's change implied by its two years' amounts.

Every sentence here is made up: the shape of a real wording, other names and numbers."""
from __future__ import annotations

from finder.checks import run as run_checks
from finder.testing import analysis_from

_THREE = "五、财政拨款“三公”经费支出决算情况说明\n"


def _run(text: str, year: int = 2031):
    a = analysis_from({}, text + "\n", year)
    return [f for f in run_checks(a) if f.severity != "info"], a


def _claim(a, raw: str, nth: int = 0):
    return [c for c in a.claims if c.raw.strip() == raw][nth]


# ------------------------------------------------------------------ 5. a whole's rate in the next sentence
_RATES = (_THREE + "“三公”经费支出 30.00 万元。比上年增长 {p}%。其中：因公出国（境）费 10.00 万元，比上年增长 25.00%；"
          "公务用车购置及运行维护费 12.00 万元，比上年增长 20.00%；公务接待费 8.00 万元，比上年增长 60.00%。")


def test_a_wholes_rate_in_the_sentence_after_its_amount_is_held_to_its_parts():
    """Last year's parts 10 ÷ 1.25 + 12 ÷ 1.2 + 8 ÷ 1.6 = 23, so 30 ÷ 23 − 1 = 30.43%: the rate opens its own
    sentence after the amount, and is still that whole's (it was unread: no figure in its sentence)."""
    found, a = _run(_RATES.format(p="30.43"))
    assert found == [] and _claim(a, "30.43%").status == "verified"
    found, a = _run(_RATES.format(p="25.00"))
    assert [(f.check, f.severity) for f in found] == [("AR04", "error")]
    assert "(30.00 ÷ [22.9878, 23.0122] − 1) × 100" in found[0].computation


def test_a_rate_sentences_away_from_the_amount_takes_no_figure():
    """Only the sentence right after the amount's: with another sentence between them, nothing is read."""
    text = _RATES.format(p="25.00").replace("。比上年增长 25.00%。", "。各项支出均按规定执行。比上年增长 25.00%。", 1)
    found, _ = _run(text)
    assert not [f for f in found if f.check == "AR04"]


# ------------------------------------------------------------------ 1. a compound subject keeps its qualifier
def test_a_money_kind_before_a_concept_name_stays_in_the_subject():
    """'专项债券上年结余' is that money's part of 上年结余, not 上年结余 printed again: no NT03 between the two, and
    the part has no concept of its own (it links to no 年初结转和结余 cell)."""
    found, a = _run("一、收入决算情况说明\n上年结余 20.00 万元。专项债券上年结余 12.00 万元。")
    assert found == []
    part = _claim(a, "12.00 万元")
    assert part.subject == "专项债券上年结余" and part.concept is None
    assert part.extra.get("part_of") == "carryover_begin"
    # the words naming the money before its kind stay too, back to the clause's start
    found, a = _run("一、收入决算情况说明\n年初结转和结余 50.00 万元，其中：某某置换债券上年结余 30.00 万元，"
                    "某某转贷资金上年结余 20.00 万元。")
    assert found == []
    assert [c.subject for c in a.claims][1:] == ["某某置换债券上年结余", "某某转贷资金上年结余"]
    # the plain name twice with two figures is still one figure given twice
    found, _ = _run("一、收入决算情况说明\n上年结余 20.00 万元。上年结余 12.00 万元。")
    assert [f.check for f in found] == ["NT03"]


# ------------------------------------------------------------------ 2. the unit's own total under a pronoun
def test_the_units_own_income_and_spending_are_the_years_totals():
    """'本单位收入为 a 万元' is 本年收入合计 (it was a '收入' of no concept, linked to nothing); before a longer name
    the pronoun leaves that name's concept ('本单位支出总计' is 支出总计, not 本年支出合计)."""
    found, a = _run("一、收入支出决算总体情况说明\n本单位收入为 300.00 万元。我部门支出 280.00 万元。本单位支出总计 320.00 万元。")
    assert _claim(a, "300.00 万元").concept == "income_total"
    assert _claim(a, "280.00 万元").concept == "expense_total"
    assert _claim(a, "320.00 万元").concept == "expense_grand_total"


_SUMMARY = """样例县某某服务中心
2031年度部门决算

第二部分 样例县某某服务中心2031年度部门决算表

收入支出决算总表

公开01表

部门：样例县某某服务中心\t2031年度\t单位：万元

收入\t\t支出\t
项目\t决算数\t项目\t决算数
一、财政拨款收入\t{a}\t一、一般公共服务支出\t{a}
二、事业收入\t{b}\t二、教育支出\t{b}
本年收入合计\t{t}\t本年支出合计\t{t}
年初结转和结余\t0.00\t年末结转和结余\t0.00
总计\t{t}\t总计\t{t}

注：本表反映部门本年度的总收支和年末结转结余情况。

第三部分 样例县某某服务中心2031年度部门决算情况说明

一、收入支出决算总体情况说明

{prose}
"""


def _file(tmp_path, prose: str, a="500.00", b="300.00", t="800.00"):
    from finder.testing import file_analysis

    an = file_analysis(tmp_path, _SUMMARY.format(prose=prose, a=a, b=b, t=t))
    return [f for f in run_checks(an) if f.severity != "info"], an


def test_the_units_own_total_is_held_to_the_tables_total(tmp_path):
    """Held to 本年收入合计; a miss is a warning, as for any bare '收入' (cells.yml generic_subjects: the pronoun
    is no name of the figure)."""
    found, a = _file(tmp_path, "本单位收入为 800.00 万元。本部门支出为 800.00 万元。")
    assert found == [] and {c.status for c in a.claims} == {"verified"}
    found, a = _file(tmp_path, "本单位收入为 810.00 万元。本部门支出为 800.00 万元。")
    assert [(f.check, f.severity) for f in found] == [("NT01", "warning")]
    assert "本年收入合计" in found[0].message and _claim(a, "810.00 万元").status == "contradicted"


# ------------------------------------------------------------------ 4. 元 in the text, 万元 in the table
def test_a_figure_in_yuan_is_held_to_a_cell_in_wan_yuan(tmp_path):
    """Already read before this session: 8,000,012.00 元 is 800.0012 万元, inside 800.00's rounding; 5,100,000.00
    元 (510 万元) is not 500.00."""
    found, a = _file(tmp_path, "本年收入合计 8,000,012.00 元，其中财政拨款收入 4,999,990.00 元。")
    assert found == [] and {c.status for c in a.claims} == {"verified"}
    found, _ = _file(tmp_path, "本年收入合计 8,000,000.00 元，其中财政拨款收入 5,100,000.00 元。")
    assert [(f.check, f.severity) for f in found] == [("NT01", "error")]


def test_a_table_printed_in_yuan_under_a_wan_yuan_caption_is_one_unit_slip(tmp_path):
    """Every figure the text quotes from the table is its cell ÷ 10000: one finding for the table (it was one NT01
    error per figure); its claims stay contradicted."""
    prose = "本年收入合计 800.00 万元，其中财政拨款收入 500.00 万元，事业收入 300.00 万元。本年支出合计 800.00 万元。"
    found, a = _file(tmp_path, prose, a="5000000.00", b="3000000.00", t="8000000.00")
    assert [(f.check, f.severity, f.kind) for f in found] == [("NT01", "error", "unit_slip")]
    assert "4 个数" in found[0].message and "乘以 10000" in found[0].message
    assert len(found[0].claims) == 4 and {c.status for c in a.claims} == {"contradicted"}
    # one figure read right at the caption's unit: the slips are the figures', each its own finding
    found, _ = _file(tmp_path, prose.replace("事业收入 300.00 万元", "事业收入 3000000.00 万元"),
                     a="5000000.00", b="3000000.00", t="8000000.00")
    assert [(f.kind, len(f.claims)) for f in found if f.check == "NT01"] == [("unit_slip", 1)] * 3


# ------------------------------------------------------------------ 3. a part's change from its two years
_PAIRED = (_THREE + "“三公”经费支出 30.00 万元，比上年增加 {d} 万元。其中：因公出国（境）费 10.00 万元，比上年增加 2.00 万元；"
           "公务用车购置及运行维护费 12.00 万元，比上年减少 1.00 万元；公务接待费 8.00 万元，{r}。")


def test_a_parts_change_from_its_two_printed_years_takes_part_in_the_sum():
    """公务接待费 8.00, last year 4.00: a change of +4.00 (not printed), so the parts add to 2 − 1 + 4 = 5.00; a
    whole said to rise by 6.00 is wrong. It was left out of the sum (the list read nothing)."""
    for r in ("上年 4.00 万元", "上年为 4.00 万元"):
        found, _ = _run(_PAIRED.format(d="5.00", r=r))
        assert found == []
        found, _ = _run(_PAIRED.format(d="6.00", r=r))
        assert [(f.check, f.severity) for f in found] == [("AR04", "error")]
        assert "公务接待费 8.00，上年 4.00，变动 [3.99, 4.01]" in found[0].message


def test_a_bare_way_word_after_the_two_years_goes_their_way():
    """'8.00 万元，上年为 4.00 万元，比上年减少': the two figures say a rise."""
    found, _ = _run(_PAIRED.format(d="5.00", r="上年为 4.00 万元，比上年增加"))
    assert found == []
    found, _ = _run(_PAIRED.format(d="5.00", r="上年为 4.00 万元，比上年减少"))
    assert [(f.check, f.severity) for f in found] == [("DR01", "error")]
    assert "减少" in found[0].message and "4.00" in found[0].message
    found, _ = _run(_PAIRED.format(d="5.00", r="上年为 4.00 万元，与上年相比减少"))
    assert [(f.check, f.severity) for f in found] == [("DR01", "error")]
    found, _ = _run(_PAIRED.format(d="5.00", r="上年为 4.00 万元，同比增长"))
    assert found == []
