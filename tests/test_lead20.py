"""Lead's own readings of session 20: made-up sentences planted into the synthetic unit report."""
from __future__ import annotations

from finder.testing import new_findings
from plant_points import UNIT, UNIT_ANCHOR


def test_a_fee_of_a_part_of_the_department_is_not_held_to_the_departments_table(tmp_path):
    """'所属二级单位因公出国（境）费 5.00 万元': the department's 三公 table holds its whole (12.91), not its
    subordinate units' or its own organ's part: the figure was an NT01 error. A part is unverifiable; the
    department's own figure, and one of its parts joined into the whole ('机关本级及所属单位'), are still held."""
    for part in ("本部门所属二级单位因公出国（境）费 5.00 万元，主要用于考察学习。", "本单位下属事业单位公务接待费 1.00 万元。",
                 "本部门机关本级因公出国（境）费 5.00 万元。"):
        assert new_findings(UNIT, UNIT_ANCHOR, part, tmp_path) == [], part
    for whole in ("本部门因公出国（境）费 5.00 万元。", "本部门机关本级及所属单位因公出国（境）费 5.00 万元。"):
        assert [f[:2] for f in new_findings(UNIT, UNIT_ANCHOR, whole, tmp_path)] == [("NT01", "error")], whole
