"""The prose cells of a self-evaluation form (年度总体目标: 预期目标 / 实际完成情况) read as paragraphs.

A 项目支出绩效自评表 read as a table keeps its goal text in two cells ('本项目共申请预算资金 60 万元。其中：
30 万元用于…'): the figures there are statements like the narrative's, so each cell becomes a Paragraph of
role "form" (placed at its row's page or line), read by the claims stage as any paragraph, and each of its
claims carries where it is printed (claim.extra['form']: the table, row, column and which side of the goal:
expected | actual). Which header words mark a prose cell is appendix.yml's header goal_expected / goal_actual;
a cell holding one of those words itself was read with its neighbours run into it and stays unread.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from finder import lexicon
from finder.appendix.build import classify
from finder.appendix.model import parse_goal
from finder.model import Paragraph, Report, Row, Table

FORM_ROLE = "form"


@dataclass
class FormCell:
    """One prose cell of a form: the table, its row, the side of the goal, the header naming it."""

    table: Table
    row: Row
    side: str                        # expected | actual
    column: str                      # the printed header of the cell (appendix.yml header goal_*)


def form_paragraphs(report: Report, start: int) -> list[tuple[Paragraph, FormCell]]:
    """The goal cells of every project (or department) form, as paragraphs numbered from `start`."""
    head = lexicon.load("appendix")["header"]
    out: list[tuple[Paragraph, FormCell]] = []
    for t in report.tables:
        if classify(t) not in ("project", "department"):
            continue
        goal = next((g for g in map(parse_goal, t.rows) if g is not None), None)
        if goal is None:
            continue
        for side, text, words in (("expected", goal.expected, head["goal_expected"]),
                                  ("actual", goal.actual, head["goal_actual"])):
            if not text.strip() or any(w in text for w in (*head["goal_expected"], *head["goal_actual"])):
                continue             # a cell holding a header word is cells run together (a page's footer too): unread
            loc = goal.row.location if goal.row.location is not None else t.location
            p = Paragraph(text=text, index=start + len(out), anchors=[(0, loc, 0)] if loc is not None else [],
                          loc_kind=t.loc_kind, role=FORM_ROLE, section=t.section,
                          source=PurePath(str(t.extra.get("source", ""))).name)
            out.append((p, FormCell(t, goal.row, side, words[0])))
    return out
