"""Made-up sentences the lead probed in session 19, each a gap closed in the commit that added it."""
from __future__ import annotations

from pathlib import Path

from finder.testing import planted

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "corpora" / "synthetic" / "evaluation_filled.txt"
_WHOLE = "本部门部门整体支出绩效自评得分为 99.10 分，"


def _planted(tmp_path, new: str):
    return planted(EVAL, _WHOLE, _WHOLE + new, tmp_path / "eval.txt")


def test_a_score_change_is_no_score(tmp_path):
    """'得分 99.10 分，较上年提高 2.10 分' read 2.10 as the department's score: EV17, AR06 and EV16 errors."""
    for new in ("较上年提高 2.10 分，", "上年为 97.00 分，提高 2.10 分，", "比上年 97.00 分提高 2.10 分，",
                "上年得分 97.00 分，"):
        a = _planted(tmp_path, new)
        assert not a.findings, (new, [(f.check, f.message) for f in a.findings])
        moved = [c for c in a.claims if str(c.value) in ("2.10", "97.00")]
        assert moved and all(c.kind == "change_abs" or c.period == "上年" for c in moved), new


def test_a_score_change_is_held_to_last_years_score_in_its_sentence(tmp_path):
    for new in ("上年为 97.00 分，提高 3.10 分，", "比上年 97.00 分提高 3.10 分，"):
        found = _planted(tmp_path, new).findings
        assert [(f.check, f.severity) for f in found] == [("AR02", "error")], new
        assert "99.10 − 97.00" in found[0].message


def test_points_taken_off_are_a_deduction_held_to_weight_less_score(tmp_path):
    """'扣 0.90 分' was read as the department's score (EV17 / AR06 errors, an EV16 warning)."""
    ok = ["（满分 100 分），扣 0.90 分，", "（总分 100 分），"]
    for new in ok:
        a = _planted(tmp_path, new)
        assert not a.findings, (new, [(f.check, f.message) for f in a.findings])
    ded = [c for c in _planted(tmp_path, ok[0]).claims if c.kind == "deduction"]
    assert [(str(c.value), c.status) for c in ded] == [("0.90", "verified")]
    found = _planted(tmp_path, "（满分 100 分），扣 1.90 分，").findings
    assert [(f.check, f.severity) for f in found] == [("AR06", "error")] and "0.895" in found[0].message


def test_a_total_word_beside_one_total_score_is_its_scale(tmp_path):
    whole = "本部门部门整体支出绩效自评得分为 99.10 分，"
    for new in ("本部门部门整体支出绩效自评总分为 100 分，自评得分为 99.10 分，", "本部门部门整体支出绩效自评总分 100 分，得分 99.10 分，"):
        a = planted(EVAL, whole, new, tmp_path / "eval.txt")
        assert not a.findings, (new, [(f.check, f.message) for f in a.findings])
        assert [c.kind for c in a.claims if str(c.value) == "100" and c.subject.endswith("总分")] == ["weight"]


def test_an_unnamed_amount_spent_on_a_use_is_a_part_not_its_head(tmp_path):
    """'项目支出 1081.45 万元，其中 300.00 万元用于购置设备' held 300.00 to the table's 项目支出 (false NT01 / NT03
    errors): an amount naming nothing, with its use right after it, is the part spent on that use."""
    anchor = "经营支出52.80 万元，占1.27%。"
    text = anchor + "项目支出1081.45 万元，其中 300.00 万元用于购置设备，比上年增加 50.00 万元，增长 20.00%；781.45 万元用于维修办公楼。"
    a = planted(ROOT / "corpora" / "synthetic" / "national_filled.txt", anchor, text, tmp_path / "n.txt")
    assert not a.findings, [(f.check, f.message) for f in a.findings]
    parts = [c for c in a.claims if str(c.value) in ("300.00", "781.45")]
    assert [(c.concept, c.subject, c.whole) for c in parts] == [
        (None, "用于购置设备", "project_expense"), (None, "用于维修办公楼", "project_expense")]


def test_a_ratings_lower_bound_is_no_score(tmp_path):
    """'按照 90 分及以上为优的标准' / '达到 90 分的“优”等级标准' read 90 as the department's score (false EV17 /
    AR06 errors): a rating's bound is a threshold, as '90 分以上' already was."""
    for new in ("按照 90 分及以上为优的标准，评价等级为“优”，", "达到 90 分的“优”等级标准，"):
        a = _planted(tmp_path, new)
        assert not a.findings, (new, [(f.check, f.message) for f in a.findings])
        assert "90" in [n.raw for n in a.non_claims if n.reason == "threshold"], new
