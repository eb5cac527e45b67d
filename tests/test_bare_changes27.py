"""A change on last year printed with no unit right after its direction word and right before a rate moving the
same way ('收支较上年减少 12.34，降低 9.1%') is an amount in the unit of the figure that changed (units.yml
bare_change_words), so the rate is recomputed from it. Made-up reports of the shapes towns' final accounts take."""
from __future__ import annotations

from finder.testing import file_analysis

_DOC = ("某某镇人民政府2024年度决算公开说明\n二、部门决算收支情况说明\n"
        "1.收入支出总体情况。2024年度收入总计123.45万元，支出总计123.45万元。"
        "收支较上年{change}，主要原因是项目支出减少。\n")


def _claims_findings(tmp_path, change):
    a = file_analysis(tmp_path, _DOC.format(change=change), "town.txt")
    return a.claims, [f for f in a.findings if f.check == "AR02"]


def test_a_bare_change_before_its_rate_takes_the_changed_figures_unit(tmp_path):
    claims, found = _claims_findings(tmp_path, "减少12.34，降低9.1%")
    bare = [c for c in claims if c.kind == "change_abs" and c.raw.startswith("12.34")]
    assert [str(c.unit) for c in bare] == ["万元"]
    assert not found
    assert any(c.kind == "change_pct" and c.status == "verified" for c in claims)


def test_a_wrong_rate_against_a_bare_change_is_an_error(tmp_path):
    _, found = _claims_findings(tmp_path, "减少12.34，降低19.1%")
    assert [f.severity for f in found] == ["error"]
    assert "19.1%" in found[0].message


def test_a_bare_number_before_a_rate_moving_the_other_way_is_no_claim(tmp_path):
    claims, found = _claims_findings(tmp_path, "减少12.34，增长9.1%")
    assert not [c for c in claims if c.raw.startswith("12.34")]
    assert not found


def test_a_bare_number_with_no_prior_base_is_no_claim(tmp_path):
    doc = _DOC.replace("收支较上年", "收支")
    a = file_analysis(tmp_path, doc.format(change="减少12.34，降低9.1%"), "town.txt")
    assert not [c for c in a.claims if c.raw.startswith("12.34")]
