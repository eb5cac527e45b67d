"""TB03: summary-table identities (收入总计 = 支出总计; 总计 = 本年收入合计 + 结余 + 结转; 合计 = Σ items)."""
from __future__ import annotations

from typing import Iterator

from finder import messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tb.common import (RowCells, Term, arithmetic, column_key, judge, relation_finding, row_cells,
                                     unfilled, unfilled_finding, usable)
from finder.checks.tb.refs import find_row, items_before, pick_cell
from finder.model import Finding, Row, Table
from finder.numbers.interval import Verdict

messages.add({
    "TB03": {"zh": "{table}：“{lhs}”为 {reported}，而{rhs}合计为 {computed}",
             "en": "{table}: '{lhs}' is {reported}, but {rhs} add up to {computed}"},
})


def _rows(table: Table, lhs_row: Row, rhs) -> list[Row] | None:
    if rhs == "items":
        return items_before(table, lhs_row) or None
    rows = [find_row(table, ref) for ref in rhs]
    if any(r is None and ref.get("required") for r, ref in zip(rows, rhs)):
        return None
    found = [r for r in rows if r is not None]
    # an identity with an unprinted term (e.g. no 结余分配 line) treats it as 0 only when
    # at least one other term is printed (and the term is not `required`, above)
    return found or None


def _pairs(table: Table, lhs: Row, rows: list[Row], rc: RowCells) -> Iterator[tuple[Term, list[Term]]]:
    """Per column when all rows share one side; else each row's first amount cell."""
    if all(r.side == lhs.side for r in rows):
        for cell in rc.cells(lhs):
            key = column_key(cell)
            cells = [rc.same_column(r, key) for r in rows]
            if all(c is not None for c in cells):
                yield Term(table, lhs, cell), [Term(table, r, c) for r, c in zip(rows, cells)]
        return
    first = pick_cell(table, lhs, {})
    cells = [pick_cell(table, r, {}) for r in rows]
    if first is not None and all(c is not None for c in cells):
        yield Term(table, lhs, first), [Term(table, r, c) for r, c in zip(rows, cells)]


def check_identity(table: Table, rule: dict, rc: RowCells | None = None) -> Iterator[Finding]:
    """`rc`: the report's RowCells (row_cells), when the caller has them."""
    rc = rc or RowCells()
    lhs = find_row(table, rule["lhs"])
    if lhs is None:
        return
    rows = _rows(table, lhs, rule["rhs"])
    if not rows:
        return
    blank = []
    for total, parts in _pairs(table, lhs, rows, rc):
        if not usable([total, *parts]):
            continue
        if unfilled(total, parts):
            blank.append((total, parts))
            continue
        verdict, computed = judge(total, parts)
        if verdict in (Verdict.CONSISTENT, Verdict.UNDEFINED):
            continue
        rhs = "、".join(f"“{p.row.label.strip()}”" for p in parts[:6]) + ("等" if len(parts) > 6 else "")
        msg = messages.msg("TB03", table=table.title or table.id, lhs=lhs.label.strip(),
                           reported=total.cell.raw.strip() or "空白", rhs=rhs, computed=str(computed))
        yield relation_finding("TB03", total, parts, verdict, computed, msg)
    if blank:
        yield unfilled_finding("TB03", blank)


@register("TB03", name="summary-identity", groups=("table",), kind="other")
def summary_identity(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """总表恒等式不成立：收入总计 ≠ 支出总计，或总计 ≠ 本年合计 + 结余 + 结转，或合计 ≠ Σ各项。

    Identities per table id live in lexicons/hygiene.yml (``arithmetic.identities``): the
    收入支出决算总表, the 财政拨款收入支出决算总表 (and their budget twins), the “三公”
    table (total = its parts) and the basic-expenditure table (人员经费合计 = 301 + 303).
    Blank cells count as 0; the computation says how many were assumed. When every part row of a
    printed total is left wholly blank the breakdown is missing, not zero: that is a note (分项未填写), not a
    sum mismatch.

    **Anti-pattern**

    .. code-block:: text

        本年收入合计 1,089.69   年初结转和结余 45.15   总计 1,143.84

    **Best practice**
    1,089.69 + 45.15 = 1,134.84:

    .. code-block:: text

        本年收入合计 1,089.69   年初结转和结余 45.15   总计 1,134.84
    """
    rules = arithmetic()["identities"]
    rc = row_cells(analysis)
    for table in analysis.report.tables:
        for rule in rules.get(table.id or "", []):
            yield from check_identity(table, rule, rc)
