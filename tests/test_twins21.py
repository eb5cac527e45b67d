"""Gaps found by twins21 (correct sentences of new families written from a filled template's own cells, each planted
with its wrong twin): made-up sentences planted into the synthetic reports."""
from __future__ import annotations

from finder.testing import new_findings
from plant_points import UNIT, UNIT_ANCHOR


def test_a_period_word_before_a_grand_total_keeps_the_grand_total(tmp_path):
    """'本年收入总计 T 万元，支出总计 T 万元': the alias 本年收入 (本年收入合计) matched inside 本年收入总计, so the grand
    total was held to the year's income alone, a false NT01. 本年收入总计 names either total (reports print it for
    both: cells.yml 收入总额), so the grand total agrees, and a figure fitting neither is flagged."""
    text = "本年收入总计{t}万元，支出总计4466.18万元，与上年相比，收入总计增加447.82万元，增长11.14%。"
    assert new_findings(UNIT, UNIT_ANCHOR, text.format(t="4466.18"), tmp_path) == []
    wrong = new_findings(UNIT, UNIT_ANCHOR, text.format(t="4400.00"), tmp_path)
    assert any(f[0] == "NT01" and "本年收入总计" in f[2] and "4400.00" in f[2] for f in wrong)
