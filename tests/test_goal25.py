"""Figures written in a self-evaluation form's prose cells (年度总体目标: 预期目标 / 实际完成情况) are claims: read
with their place, a list's parts held against its head, and the head amount against the form's own funds rows.
Made-up forms of the shape real ones take (a form an extraction ran into one line)."""
from __future__ import annotations

from finder.analysis import analyse


def test_a_list_adding_up_to_its_head_verifies_its_figures(tmp_path):
    """'…项目支出 90 万元。其中：30 万元用于甲…' adding up to the head: the figures hold against each other."""
    path = tmp_path / "n.txt"
    path.write_text("一、项目情况\n甲乙项目支出90万元。其中：30万元用于甲工作，30万元用于乙工作，30万元用于丙工作。\n",
                    encoding="utf-8")
    a = analyse([str(path)])
    assert [c.status for c in a.claims] == ["verified"] * 4
