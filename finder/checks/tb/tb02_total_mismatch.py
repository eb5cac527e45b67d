"""TB02: a 合计 row or a total column differs from the sum of what it totals."""
from __future__ import annotations

from typing import Callable, Iterator

from finder import messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tb.common import (RowCells, Term, arithmetic, column_key, is_total, judge, relation_finding,
                                     row_cells, unfilled, unfilled_finding, usable)
from finder.checks.tb.tb01_code_hierarchy import coded_index
from finder.model import Finding, Row, Table
from finder.numbers.interval import Verdict

messages.add({
    "TB02.row": {"zh": "{table}“{label}”行的{column}为 {reported}，而各类级科目合计为 {computed}",
                 "en": "{table} row '{label}' {column} is {reported}, but the class rows sum to {computed}"},
    "TB02.column": {"zh": "{table}“{label}”行：{total}为 {reported}，而{parts}之和为 {computed}",
                    "en": "{table} row '{label}': {total} is {reported}, but {parts} sum to {computed}"},
})


def _emit(table: Table, tot: Term, terms: list[Term], key: str, words: Callable[[], dict],
          blank: list | None = None) -> Iterator[Finding]:
    """A finding when the total and its terms disagree (`words`: the message's own words, worked
    out only for a finding); a wholly blank breakdown of rows goes to `blank`, for one 分项未填写
    note per total row."""
    if not usable([tot, *terms]):
        return
    if blank is not None and unfilled(tot, terms):
        blank.append((tot, terms))
        return
    verdict, computed = judge(tot, terms)
    if verdict in (Verdict.CONSISTENT, Verdict.UNDEFINED):
        return
    msg = messages.msg(key, table=table.title or table.id or "表", label=tot.row.label.strip(),
                       reported=tot.cell.raw.strip() or "空白", computed=str(computed), **words())
    yield relation_finding("TB02", tot, terms, verdict, computed, msg)


def _total_rows(table: Table, coded: dict, rc: RowCells) -> Iterator[Finding]:
    n = arithmetic()["total_row_code_length"]
    for row in table.rows:
        if not is_total(row):
            continue
        classes = [r for (s, c), r in coded.items() if s == row.side and len(c) == n]
        if not classes:
            continue
        blank: list = []
        for cell in rc.cells(row):
            key = column_key(cell)
            cells = [rc.same_column(r, key) for r in classes]
            if any(c is None for c in cells):
                continue
            parts = [Term(table, r, c) for r, c in zip(classes, cells)]
            yield from _emit(table, Term(table, row, cell), parts, "TB02.row", lambda: {"column": key or "金额"},
                             blank)
        if blank:
            yield unfilled_finding("TB02", blank)


def _columns(table: Table, row: Row, rel: dict, rc: RowCells) -> Iterator[Finding]:
    if rel.get("side") and row.side != rel["side"]:
        return
    total_cell = rc.find(row, tuple(rel["total"]))
    if total_cell is None:
        return
    parts, missing = [], 0
    for alias in rel["parts"]:
        sign = -1 if alias.startswith("-") else 1
        cell = rc.find(row, (alias.lstrip("-"),))
        if cell is None or cell is total_cell:
            missing += 1
            continue
        parts.append(Term(table, row, cell, sign))
    if len(parts) < 2 or (missing and any(p.sign < 0 for p in parts)):
        return
    total = Term(table, row, total_cell)
    if missing and usable([total, *parts]):
        # an unprinted part can only add: only a sum above the total is a contradiction
        verdict, computed = judge(total, parts, "<=")
        if verdict is Verdict.CONSISTENT:
            return
    yield from _emit(table, total, parts, "TB02.column",
                     lambda: {"total": column_key(total_cell), "parts": "、".join(column_key(p.cell) for p in parts)})


@register("TB02", name="total-mismatch", groups=("table",), kind="other")
def total_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """合计不符：合计行不等于各类级科目之和，或合计列不等于各组成列之和。

    Column relations per table id live in lexicons/hygiene.yml (``arithmetic.columns``),
    e.g. 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出.
    A part column the table does not print is unknown: then only a sum above the total
    is reported. Blank cells count as 0 and the computation says so, unless every class row under a 合计 is
    wholly blank: then the breakdown is missing, a note (分项未填写) rather than a mismatch.

    **Anti-pattern**

    .. code-block:: text

        科目名称   本年支出合计   基本支出   项目支出
        合计         1,134.84    1,004.84    120.00

    **Best practice**

    .. code-block:: text

        合计         1,134.84    1,004.84    130.00
    """
    rels = arithmetic()["columns"]
    index = coded_index(analysis)
    rc = row_cells(analysis)
    for k, table in enumerate(analysis.report.tables):
        yield from _total_rows(table, index[k], rc)
        for rel in rels.get(table.id or "", []):
            for row in table.rows:
                yield from _columns(table, row, rel, rc)
