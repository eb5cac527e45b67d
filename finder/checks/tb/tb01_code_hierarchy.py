"""TB01: a parent 科目 row differs from the sum of its child rows (类 = Σ款, 款 = Σ项, 301 = Σ30101…)."""
from __future__ import annotations

from typing import Iterator

from finder import messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tb.common import (RowCells, Term, broken, column_key, relation_finding, row_cells,
                                     unfilled_finding)
from finder.checks.tb.generic import non_additive
from finder.link.tables_index import table_label
from finder.model import Finding, Row, Table

messages.add({
    "TB01": {"zh": "{table}“{code} {label}”的{column}为 {reported}，而其下级科目合计为 {computed}",
             "en": "{table} '{code} {label}' {column} is {reported}, but its child rows sum to {computed}"},
})


def coded_index(analysis) -> dict[int, dict[tuple[str, str], Row]]:
    """coded_rows of every table (by position in report.tables), built once per report."""
    return analysis.memo("tb.coded_rows", lambda a: {k: coded_rows(t) for k, t in enumerate(a.report.tables)})


def coded_rows(table: Table) -> dict[tuple[str, str], Row]:
    """(side, code) -> row; a code printed twice with different figures is dropped (ambiguous)."""
    out: dict[tuple[str, str], Row] = {}
    bad: set[tuple[str, str]] = set()
    for r in table.rows:
        if not r.code or not r.code.isdigit():
            continue
        key = (r.side, r.code)
        if key in out and [c.raw for c in out[key].cells] != [c.raw for c in r.cells]:
            bad.add(key)
        out.setdefault(key, r)
    return {k: v for k, v in out.items() if k not in bad}


def _check_parent(table: Table, parent: Row, children: list[Row], rc: RowCells) -> Iterator[Finding]:
    blank = []
    for cell in rc.cells(parent):
        key = column_key(cell)
        if non_additive(key):       # a rate or share column ('增减率（%）') adds up nothing
            continue
        parts = []
        for ch in children:
            match = rc.by_key(ch).get(key, ())
            if len(match) != 1:
                break
            parts.append(Term(table, ch, match[0]))
        else:
            total = Term(table, parent, cell)
            got = broken(total, parts, blank)
            if got is None:
                continue
            verdict, computed = got
            msg = messages.msg("TB01", table=table_label(table) or messages.msg("TB.table"), code=parent.code,
                               label=parent.label.strip(), column=key or "金额",
                               reported=cell.raw.strip() or "空白", computed=str(computed))
            yield relation_finding("TB01", total, parts, verdict, computed, msg)
    if blank:
        yield unfilled_finding("TB01", blank)


@register("TB01", name="code-hierarchy-sum", groups=("table",), kind="other")
def code_hierarchy_sum(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """科目层级不平：上级科目金额不等于下级科目之和（类 = Σ款，款 = Σ项，301 = Σ30101…）。

    Per amount column, the parent's printed interval must meet the interval sum of its
    children (n children printed to 2 decimals widen the sum by ±n×0.005). A blank cell
    counts as 0 (tables print nothing for an empty line) unless every child row is wholly blank:
    then the breakdown is missing and that is a note (分项未填写); a dash makes the column
    uncheckable. A rate or share column (增减率（%）, 占比) adds up nothing and is not summed. Off by one unit of the last digit is a warning, beyond is an error.

    **Anti-pattern**

    .. code-block:: text

        201  一般公共服务支出                549.37
        20103 政府办公厅（室）及相关机构事务  449.03
        20113 商贸事务                          2.97
        20136 其他共产党事务支出               90.12
        20199 其他一般公共服务支出              7.16

    **Best practice**
    449.03 + 2.97 + 90.12 + 7.16 = [549.26, 549.30] meets 549.27:

    .. code-block:: text

        201  一般公共服务支出                549.27
    """
    index = coded_index(analysis)
    rc = row_cells(analysis)
    for k, table in enumerate(analysis.report.tables):
        rows = index[k]
        below: dict[tuple, list] = {}          # (side, parent code) -> rows two digits deeper, in order
        for (s, c), r in rows.items():
            if len(c) >= 2:
                below.setdefault((s, c[:-2]), []).append(r)
        for (side, code), parent in rows.items():
            children = below.get((side, code), [])
            if children:
                yield from _check_parent(table, parent, children, rc)
