"""TB04: the same figure printed in two tables differs (总表 ↔ 收入/支出表, 财政拨款 ↔ 一般公共预算, “三公”)."""
from __future__ import annotations

from typing import Iterator

from finder import messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tb.common import Term, arithmetic, bare_label, judge, on_side, relation_finding, usable
from finder.checks.tb.refs import items_before, pick_cell, term
from finder.link.tables_index import table_label
from finder.model import Finding, Report
from finder.numbers.interval import Verdict

messages.add({
    "TB04": {"zh": "{left}“{lrow}”为 {reported}，而{right}对应数为 {computed}，两表不一致",
             "en": "{left} '{lrow}' is {reported}, but {right} gives {computed}"},
    "TB04.le": {"zh": "{left}“{lrow}”为 {reported}，超过{right}对应总数 {computed}",
                "en": "{left} '{lrow}' is {reported}, more than the total {computed} in {right}"},
})


def _judge(lhs: Term, rhs: list[Term], op: str) -> Iterator[Finding]:
    if not usable([lhs, *rhs]):
        return
    if op == "<=":
        total, parts = rhs[0], [lhs]
    else:
        total, parts = lhs, rhs
    verdict, computed = judge(total, parts, op)
    if verdict in (Verdict.CONSISTENT, Verdict.UNDEFINED):
        return
    right = "、".join(sorted({table_label(t.table) for t in rhs}))
    key = "TB04.le" if op == "<=" else "TB04"
    shown_total = lhs.cell.raw.strip() or "空白"
    msg = messages.msg(key, left=table_label(lhs.table), lrow=lhs.row.label.strip(),
                       reported=shown_total, right=right,
                       computed=str(computed) if op != "<=" else (rhs[0].cell.raw.strip() or "空白"))
    yield relation_finding("TB04", total, parts, verdict, computed, msg, op)


def _by_name(report: Report, rule: dict) -> Iterator[Finding]:
    """Summary expense items (一、一般公共服务支出 …) against the coded table's 类 rows of the same name."""
    left, right = report.table(rule["lhs"]["table"]), report.table(rule["rhs"]["table"])
    if left is None or right is None:
        return
    side = rule["lhs"].get("side", "")
    ends = arithmetic()["items_end"]
    anchor = next((r for r in left.rows if on_side(r, side) and any(w in r.label for w in ends)), None)
    if anchor is None:
        return
    classes = {bare_label(r.label): r for r in right.rows if r.code and len(r.code) == 3}
    for item in items_before(left, anchor):
        row = classes.get(bare_label(item.label))
        lcell = pick_cell(left, item, rule["lhs"])
        rcell = pick_cell(right, row, rule["rhs"]) if row is not None else None
        if lcell is None or rcell is None:
            continue
        yield from _judge(Term(left, item, lcell), [Term(right, row, rcell)], "=")


@register("TB04", name="cross-table-mismatch", groups=("table",), kind="other")
def cross_table_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """表间不一致：同一数字在两张表中不同（总表 ↔ 收入/支出决算表，财政拨款总表 ↔ 一般公共预算支出表…）。

    Equalities live in lexicons/hygiene.yml (``arithmetic.cross`` and ``by_name``). A
    basic-expenditure line such as 30217 公务接待费 is only part of the “三公” table's
    公务接待费 (which also covers project spending), so that relation is ``<=``.

    **Anti-pattern**

    .. code-block:: text

        收入支出决算总表  本年支出合计 1,134.84
        支出决算表        合计         1,143.84

    **Best practice**

    .. code-block:: text

        收入支出决算总表  本年支出合计 1,134.84
        支出决算表        合计         1,134.84
    """
    report = analysis.report
    a = arithmetic()
    for rule in a["cross"]:
        lhs = term(report, rule["lhs"])
        rhs = [term(report, ref) for ref in rule["rhs"]]
        if lhs is None or any(t is None for t in rhs):
            continue
        yield from _judge(lhs, rhs, rule.get("op", "="))
    for rule in a["by_name"]:
        yield from _by_name(report, rule)
