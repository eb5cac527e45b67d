"""TB03: summary-table identities (收入总计 = 支出总计; 总计 = 本年收入合计 + 结余 + 结转; 合计 = Σ items)."""
from __future__ import annotations

from typing import Iterator

from finder import messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tb.common import (RowCells, Term, arithmetic, broken, column_key, judge, relation_finding, row_cells,
                                     unfilled_finding, usable)
from finder.checks.tb.generic import non_additive
from finder.checks.tb.refs import breakdowns, find_row, group_total, items_before, numbered_items, pick_cell
from finder.model import Finding, Row, Table
from finder.numbers.interval import Verdict

messages.add({
    "TB03": {"zh": "{table}：“{lhs}”为 {reported}，而{rhs}合计为 {computed}",
             "en": "{table}: '{lhs}' is {reported}, but {rhs} add up to {computed}"},
    "TB03.column": {"zh": "{table}：“{lhs}”的{column}为 {reported}，而{rhs}合计为 {computed}",
                    "en": "{table}: '{lhs}' {column} is {reported}, but {rhs} add up to {computed}"},
    "TB03.breakdown": {"zh": "{table}：“{lhs}”为 {reported}，而其下所列分项{rhs}之和为 {computed}，超过该项",
                       "en": "{table}: '{lhs}' is {reported}, but the items listed under it, {rhs}, add up to {computed}, more than it"},
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
    """Per column when all rows share one side (no column of rates: '2016年比2015年增减%' adds up
    nothing); else each row's first amount cell."""
    if all(r.side == lhs.side for r in rows):
        for cell in rc.cells(lhs):
            key = column_key(cell)
            if non_additive(key):
                continue
            cells = [rc.same_column(r, key) for r in rows]
            if all(c is not None for c in cells):
                yield Term(table, lhs, cell), [Term(table, r, c) for r, c in zip(rows, cells)]
        return
    first = pick_cell(table, lhs, {})
    cells = [pick_cell(table, r, {}) for r in rows]
    if first is not None and all(c is not None for c in cells):
        yield Term(table, lhs, first), [Term(table, r, c) for r, c in zip(rows, cells)]


def _numbered(table: Table, lhs: Row, rc: RowCells) -> Iterator[tuple[Term, list[Term]]]:
    """Per list and column: the total against the numbered items above it (refs.numbered_items)."""
    groups = numbered_items(table, lhs, rc) or []
    for items in groups:
        for cell in rc.cells(items[0]):
            key = column_key(cell)
            total = group_total(lhs, key, len(groups), rc)
            cells = [rc.same_column(r, key) for r in items]
            if total is not None and all(c is not None for c in cells):
                yield Term(table, lhs, total), [Term(table, r, c) for r, c in zip(items, cells)]


def check_identity(table: Table, rule: dict, rc: RowCells | None = None) -> Iterator[Finding]:
    """`rc`: the report's RowCells (row_cells), when the caller has them. A rule naming `unless`
    rows holds only in a table printing none of them."""
    rc = rc or RowCells()
    if any(find_row(table, ref) is not None for ref in rule.get("unless", [])):
        return
    lhs = find_row(table, rule["lhs"])
    if lhs is None:
        return
    if rule["rhs"] == "numbered":
        pairs = _numbered(table, lhs, rc)
    else:
        rows = _rows(table, lhs, rule["rhs"])
        if not rows:
            return
        pairs = _pairs(table, lhs, rows, rc)
    blank = []
    for total, parts in pairs:
        got = broken(total, parts, blank)
        if got is None:
            continue
        verdict, computed = got
        rhs = "、".join(f"“{p.row.label.strip()}”" for p in parts[:6]) + ("等" if len(parts) > 6 else "")
        # a numbered list's total row printing several figures names the column it is read in
        key = "TB03.column" if rule["rhs"] == "numbered" and len(rc.cells(lhs)) > 1 else "TB03"
        msg = messages.msg(key, table=table.title or table.id, lhs=lhs.label.strip(), column=column_key(total.cell),
                           reported=total.cell.raw.strip() or "空白", rhs=rhs, computed=str(computed))
        yield relation_finding("TB03", total, parts, verdict, computed, msg)
    if blank:
        yield unfilled_finding("TB03", blank)


def _breakdowns(table: Table, lhs: Row, rc: RowCells, seen: set[int]) -> Iterator[Finding]:
    """Each item of the total's numbered list against its own numbered breakdown (refs.breakdowns): no more
    than the item. `seen`: the items judged already (under another total of the side)."""
    for item, rows in breakdowns(table, lhs, rc):
        if id(item) in seen:
            continue
        seen.add(id(item))
        for cell in rc.cells(item):
            cells = [rc.same_column(r, column_key(cell)) for r in rows]
            if any(c is None for c in cells):
                continue
            total, parts = Term(table, item, cell), [Term(table, r, c) for r, c in zip(rows, cells)]
            if not usable([total, *parts]):
                continue
            verdict, computed = judge(total, parts, "<=")
            if verdict in (Verdict.CONSISTENT, Verdict.UNDEFINED):
                continue
            rhs = "、".join(f"“{p.row.label.strip()}”" for p in parts[:6]) + ("等" if len(parts) > 6 else "")
            msg = messages.msg("TB03.breakdown", table=table.title or table.id, lhs=item.label.strip(),
                               reported=cell.raw.strip() or "空白", rhs=rhs, computed=str(computed))
            yield relation_finding("TB03", total, parts, verdict, computed, msg, op="<=")


@register("TB03", name="summary-identity", groups=("table",), kind="other")
def summary_identity(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """总表恒等式不成立：收入总计 ≠ 支出总计，或总计 ≠ 本年合计 + 结余 + 结转，或合计 ≠ Σ各项。

    Identities per table id live in lexicons/hygiene.yml (``arithmetic.identities``): the
    收入支出决算总表, the 财政拨款收入支出决算总表 (and their budget twins), the “三公”
    table (total = its parts) and the basic-expenditure table (人员经费合计 = 301 + 303).
    A budget summary's total printed straight under its items (收入总计, 支出合计, a province's
    当年支出小计) is their sum when every row above it on its side is a list item: 一、二、… numbered
    1..n per list (a 支出 side printing its 功能分类 and 支出用途 lists side by side adds up each),
    their 1. / （一） / 其中 breakdowns left out; an unnumbered row (上年结转, a project name) leaves
    the total unread. Such an item's own breakdown numbered 1..n right below it ('一、财政拨款' over
    '1.一般公共预算', '2.政府性基金预算') adds to no more than it (it may leave a fund out; a 其中 or an
    unnumbered row below the item leaves it unread). Grand totals named 收入合计 / 支出合计 (each its side's last row, no 总计
    printed) are held equal. Blank cells count as 0; the computation says how many were assumed. When every part row of a
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
        seen: set[int] = set()
        for rule in rules.get(table.id or "", []):
            yield from check_identity(table, rule, rc)
            if rule["rhs"] in ("items", "numbered") and (lhs := find_row(table, rule["lhs"])) is not None:
                yield from _breakdowns(table, lhs, rc, seen)
