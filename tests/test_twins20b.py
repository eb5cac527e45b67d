"""Gaps left by twins20 (correct sentences written from a filled template's own cells, each planted with its wrong
twin): made-up sentences planted into the synthetic reports."""
from __future__ import annotations

from pathlib import Path

from finder.testing import new_findings

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "corpora" / "synthetic" / "unit_filled.txt"
_UNIT_ANCHOR = "经营支出52.80 万元，比2023年度增加5.65 万元，增长11.98%，主要是所属事业单位技术咨询服务业务量增加，相应成本增加。"
_THREE_ANCHOR = "公务接待费支出决算4.75 万元，占7.72%。具体情况如下："


def test_a_signless_rate_word_takes_the_way_of_the_change_before_it(tmp_path):
    """'较上年增加 A 万元，变动率为 P%': 变动率 says no way, so the figure was a plain ratio and a wrong rate passed.
    Right after a change it is that change's rate (directions.yml signless_rates), rising or falling with it."""
    rise = "事业收入465.00 万元，较上年增加46.40 万元，变动率为{p}%。"
    assert new_findings(UNIT, _UNIT_ANCHOR, rise.format(p="11.08"), tmp_path) == []
    wrong = new_findings(UNIT, _UNIT_ANCHOR, rise.format(p="13.08"), tmp_path)
    assert [f[:2] for f in wrong] == [("AR02", "error")] and "13.08" in wrong[0][2]
    fall = "公务接待费支出决算4.75 万元，比2023年度减少0.61 万元，变化率为{p}%。"
    assert new_findings(UNIT, _THREE_ANCHOR, fall.format(p="11.38"), tmp_path) == []   # 0.61 ÷ 5.36, a fall
    wrong = new_findings(UNIT, _THREE_ANCHOR, fall.format(p="14.73"), tmp_path)        # 0.61 ÷ 4.14, read as a rise
    assert [f[:2] for f in wrong] == [("AR02", "error")] and "14.73" in wrong[0][2]


def test_a_signless_rate_word_with_no_change_before_it_is_not_read(tmp_path):
    """'事业收入 X 万元，变动率为 P%': with no change printed before it the rate has no way: no finding, right or wrong."""
    assert new_findings(UNIT, _UNIT_ANCHOR, "事业收入465.00 万元，变动率为13.08%。", tmp_path) == []


def test_a_base_closer_after_the_bases_figure_names_no_subject(tmp_path):
    """'与年初预算 6.00 万元相比减少 1.25 万元': the words between the base's figure and the change are only the
    closer 相比, which was read as the change's subject (no concept), so the change was unverifiable and a wrong
    one passed. A base closer (directions.yml base_closers) alone names nothing: the change is the sentence's figure's."""
    text = "公务接待费支出决算4.75 万元，与年初预算6.00 万元相比减少{a} 万元。"
    assert new_findings(UNIT, _THREE_ANCHOR, text.format(a="1.25"), tmp_path) == []
    wrong = new_findings(UNIT, _THREE_ANCHOR, text.format(a="2.25"), tmp_path)
    assert ("AR02", "error") in [f[:2] for f in wrong] and all("2.25" in f[2] for f in wrong)
