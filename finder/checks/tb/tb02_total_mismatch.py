"""TB02: a 合计 row or a total column differs from the sum of what it totals."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterator

from finder import messages
from finder.checks.registry import CheckOptions, register
from finder.checks.tb.common import (RowCells, Term, arithmetic, broken, cell_under, column_key, grouped, is_total,
                                     judge, on_side, rate_of, rate_terms, record, relation_finding, row_cells,
                                     unfilled, unfilled_finding, usable)
from finder.checks.tb.generic import change_columns, column_totals, non_additive, rate_rows, row_name, total_pairs
from finder.checks.tb.tb01_code_hierarchy import coded_index
from finder.link.tables_index import table_label
from finder.model import Cell, Finding, Row, Table
from finder.numbers.interval import Verdict, compare

messages.add({
    "TB02.widened": {"zh": "整数按本列 {places} 位小数读（{shown}）；按印出的精度则相符",
                     "en": "whole numbers read at this column's {places} decimals ({shown}); at their printed precision they fit"},
    "TB02.row": {"zh": "{table}“{label}”行的{column}为 {reported}，而各类级科目合计为 {computed}",
                 "en": "{table} row '{label}' {column} is {reported}, but the class rows sum to {computed}"},
    "TB02.items": {"zh": "{table}“{label}”行的{column}为 {reported}，而其上各项（{items}）之和为 {computed}",
                   "en": "{table} row '{label}' {column} is {reported}, but the rows above it ({items}) sum to {computed}"},
    "TB02.below": {"zh": "{table}“{label}”行的{column}为 {reported}，而其下各项（{items}）之和为 {computed}",
                   "en": "{table} row '{label}' {column} is {reported}, but the rows below it ({items}) sum to {computed}"},
    "TB02.group": {"zh": "{table}“{group}”的“{label}”行{column}为 {reported}，而其下本组各项（{items}）之和为 {computed}",
                   "en": "{table} '{group}' row '{label}' {column} is {reported}, but the group's rows below it ({items}) sum to {computed}"},
    "TB02.rate": {"zh": "{table}“{label}”行的{column}为 {reported}，而由“{base}”{a} 到“{current}”{b} 的变动率为 {computed}%",
                  "en": "{table} row '{label}' {column} is {reported}, but {base} {a} to {current} {b} is {computed}%"},
    "TB02.change": {"zh": "{table}“{label}”行的{column}为 {reported}，而{current} {b} 与{base} {a} 之差为 {computed}",
                    "en": "{table} row '{label}' {column} is {reported}, but {current} {b} minus {base} {a} is {computed}"},
    "TB02.column": {"zh": "{table}“{label}”行：{total}为 {reported}，而{parts}之和为 {computed}",
                    "en": "{table} row '{label}': {total} is {reported}, but {parts} sum to {computed}"},
    "TB02.column_unnamed": {"zh": "{table}：{total}为 {reported}，而{parts}之和为 {computed}",
                            "en": "{table}: {total} is {reported}, but {parts} sum to {computed}"},
})


def _emit(table: Table, tot: Term, terms: list[Term], key: str, words: Callable[[], dict],
          blank: list | None = None) -> Iterator[Finding]:
    """A finding when the total and its terms disagree (`words`: the message's own words, worked
    out only for a finding); a wholly blank breakdown of rows goes to `blank`, for one 分项未填写
    note per total row."""
    got = broken(tot, terms, blank)
    if got is None:
        return
    verdict, computed = got
    if key == "TB02.column" and not tot.row.label.strip():
        key = "TB02.column_unnamed"          # a one-row table (the template's “三公” table) names no row
    msg = messages.msg(key, table=table_label(table) or messages.msg("TB.table"), label=tot.row.label.strip(),
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
            if non_additive(key):
                continue
            cells = [rc.same_column(r, key) for r in classes]
            if any(c is None for c in cells):
                continue
            parts = [Term(table, r, c) for r, c in zip(classes, cells)]
            yield from _emit(table, Term(table, row, cell), parts, "TB02.row", lambda: {"column": key or "金额"},
                             blank)
        if blank:
            yield unfilled_finding("TB02", blank)


def _generic_totals(table: Table, rc: RowCells, grouped: bool = False) -> Iterator[Finding]:
    """A 合计/小计/总计 row of a table of no known kind against the flat list of rows above it
    (`grouped`: a 小计 naming its group, in any table, against that group's rows below it)."""
    blank: dict[int, list] = {}
    for row, cell, items, cells in total_pairs(table, rc, grouped):
        def words(cell=cell, items=items) -> dict:
            names = "、".join(f"“{row_name(r)}”" for r in items[:4]) + ("等" if len(items) > 4 else "")
            return {"column": column_key(cell) or "金额", "items": names, "group": row.cells[0].raw.strip()}

        parts = [Term(table, r, c) for r, c in zip(items, cells)]
        key = "TB02.group" if grouped else "TB02.below" if table.rows.index(items[0]) > table.rows.index(row) else "TB02.items"
        unfilled_rows = blank.setdefault(id(row), [])
        seen = len(unfilled_rows)
        found = list(_emit(table, Term(table, row, cell), parts, key, words, unfilled_rows))
        if not found and len(unfilled_rows) == seen:
            found = list(_column_precision(table, row, cell, items, cells, words, key))
        yield from found
    for pairs in blank.values():
        if pairs:
            yield unfilled_finding("TB02", pairs)


def _column_precision(table: Table, row: Row, cell: Cell, items: list[Row], cells: list[Cell],
                      words: Callable[[], dict], key: str = "TB02.items") -> Iterator[Finding]:
    """'191 + 99 + 372.88 = 662.98': whole numbers in a column printed to two decimals are read at
    the column's precision (191 = 191.00); a sum that fails only so read is a warning that says so."""
    printed = [c for c in [cell, *cells] if c.kind == "number"]
    places = max(c.decimals for c in printed)
    if all(c.decimals == places for c in printed):
        return

    def widen(c: Cell) -> Cell:
        return replace(c, decimals=places) if c.kind == "number" else c

    total = Term(table, row, widen(cell))
    for f in _emit(table, total, [Term(table, r, widen(c)) for r, c in zip(items, cells)], key, words):
        shown = messages.listing(f"{c.raw.strip()} → {widen(c).interval}" for c in printed if c.decimals < places)
        f.severity = "warning"
        f.computation = messages.steps(f.computation, messages.msg("TB02.widened", places=places, shown=shown))
        yield f


def _generic_columns(table: Table, rc: RowCells) -> Iterator[Finding]:
    """The 合计 column of a table of no known kind against the other columns, row by row, when the
    table's other rows show that relation (generic.column_totals)."""
    rows = [(Term(table, row, total), [Term(table, row, c) for c in cells])
            for row, total, cells in column_totals(table, rc)]
    rows = [(t, ps) for t, ps in rows if usable([t, *ps]) and not unfilled(t, ps)]
    agree = sum(judge(t, ps)[0] is Verdict.CONSISTENT for t, ps in rows)
    if not agree or 2 * agree < len(rows):
        return
    for tot, terms in rows:
        yield from _emit(table, tot, terms, "TB02.column",
                         lambda tot=tot, terms=terms: {"total": column_key(tot.cell),
                                                       "parts": "、".join(column_key(p.cell) for p in terms)})


def _rate_rows(table: Table, rc: RowCells) -> Iterator[Finding]:
    """A change-rate row ('增减%') against the two year rows before it, per column."""
    for rr in rate_rows(table, rc):
        computed = rr.computed()
        reported = rr.cell.interval
        if computed is None or reported is None:
            continue
        verdict = compare(reported, computed)
        terms = [Term(table, rr.row, rr.cell), Term(table, rr.base, rr.base_cell),
                 Term(table, rr.current, rr.current_cell)]
        relation = rate_terms(terms[0], terms[2], terms[1])
        if verdict in (Verdict.CONSISTENT, Verdict.UNDEFINED):
            record(*relation, "rate", verdict)
            continue
        a, b, shown = rr.base_cell.raw.strip(), rr.current_cell.raw.strip(), rr.cell.raw.strip()
        key = column_key(rr.cell) or "金额"
        msg = messages.msg("TB02.rate", table=table_label(table) or messages.msg("TB.table"), label=row_name(rr.row), column=key,
                           reported=shown, base=row_name(rr.base), a=a, current=row_name(rr.current), b=b,
                           computed=str(computed))
        ev = [t.evidence("context" if k else "reference") for k, t in enumerate(terms)]
        for e, t in zip(ev, terms):
            e.row = e.row or row_name(t.row)
        f = Finding("TB02", "error" if verdict is Verdict.CONTRADICTED else "warning", msg, ev,
                    computation=messages.steps(f"({b} − {a}) ÷ {a} × 100 → {computed}%", messages.stated("listed", shown, reported),
                                               messages.verdict(verdict)),
                    args={"reported": str(reported), "computed": str(computed), "verdict": verdict.value})
        record(*relation, "rate", verdict, f)
        yield f


def _change_columns(table: Table, rc: RowCells, year: int | None) -> Iterator[Finding]:
    """A change column (增减 / 增减率) against the report-year and last-year columns of each row
    (generic.change_columns), when more of the table's rows agree than disagree."""
    cols = change_columns(table, year)
    if cols is None:
        return
    rows = []
    for row in table.rows:
        p, c = rc.same_column(row, cols.prior), rc.same_column(row, cols.current)
        if p is None or c is None or p.kind != "number" or c.kind != "number":
            continue
        for key, is_rate in ((cols.amount, False), (cols.rate, True)):
            d = next((x for x in row.cells if key and column_key(x) == key and x.kind in ("number", "percent")), None)
            if d is None:
                continue
            computed = _rate(p, c) if is_rate else (c.interval - p.interval)
            if computed is not None:
                rows.append((row, p, c, d, computed, is_rate))
    for is_rate in (False, True):
        mine = [x for x in rows if x[5] is is_rate]
        verdicts = [compare(d.interval, computed) for _, _, _, d, computed, _ in mine]
        agree = verdicts.count(Verdict.CONSISTENT)
        if not agree or 2 * agree < len(mine):
            continue
        for (row, p, c, d, computed, _), verdict in zip(mine, verdicts):
            # recorded for tb.cause: the amount as d = c − p, the rate as a rate (common.rate_terms)
            total, parts = rate_terms(Term(table, row, d), Term(table, row, c), Term(table, row, p))
            op = "rate" if is_rate else "="
            if verdict in (Verdict.CONSISTENT, Verdict.UNDEFINED):
                record(total, parts, op, verdict)
                continue
            f = _change_finding(table, row, p, c, d, computed, verdict, is_rate)
            record(total, parts, op, verdict, f)
            yield f


def _rate(p: Cell, c: Cell):
    """(c − p) ÷ p × 100, None when p may be 0 or below."""
    return rate_of(p.interval, c.interval)


def _change_finding(table: Table, row: Row, p: Cell, c: Cell, d: Cell, computed, verdict: Verdict,
                    is_rate: bool) -> Finding:
    a, b, shown = p.raw.strip(), c.raw.strip(), d.raw.strip()
    args = dict(table=table_label(table) or messages.msg("TB.table"), label=row_name(row), column=column_key(d), reported=shown,
                a=a, b=b, computed=str(computed))
    if is_rate:
        msg = messages.msg("TB02.rate", base=column_key(p), current=column_key(c), **args)
        how = f"({b} − {a}) ÷ {a} × 100 → {computed}%"
    else:
        msg = messages.msg("TB02.change", base=column_key(p), current=column_key(c), **args)
        how = f"{b} − {a} → {computed}"
    terms = [Term(table, row, d), Term(table, row, p), Term(table, row, c)]
    ev = [t.evidence("context" if k else "reference") for k, t in enumerate(terms)]
    return Finding("TB02", "error" if verdict is Verdict.CONTRADICTED else "warning", msg, ev,
                   computation=messages.steps(how, messages.stated("listed", shown, d.interval), messages.verdict(verdict)),
                   args={"reported": str(d.interval), "computed": str(computed), "verdict": verdict.value})


def _columns(table: Table, row: Row, rel: dict, rc: RowCells, report_type: str = "") -> Iterator[Finding]:
    """A total column against its part columns (hygiene.yml arithmetic.columns). A `grouped` relation
    holds under each header its total is printed under ('2030年预算数' and '2031年预算数' over the
    same names): its parts are read under the total's own group. In a final account a part only a budget
    has (`budget_only`: 单位预留机动经费) is no part: its column missing leaves the sum whole."""
    if not on_side(row, rel.get("side", "")):
        return
    if report_type == "final" and rel.get("budget_only"):
        rel = {**rel, "parts": [p for p in rel["parts"] if p not in rel["budget_only"]]}
    if not rel.get("grouped"):
        total_cell = rc.find(row, tuple(rel["total"]))
        if total_cell is not None:
            yield from _relation(table, row, rel, total_cell, lambda aliases: rc.find(row, aliases))
        return
    cells = rc.cells(row)
    for group, total_cell in grouped(cells, rel["total"]):
        yield from _relation(table, row, rel, total_cell,
                             lambda aliases, group=group: cell_under(cells, group, aliases))


def _relation(table: Table, row: Row, rel: dict, total_cell: Cell,
              find: Callable[[tuple[str, ...]], Cell | None]) -> Iterator[Finding]:
    parts, missing = [], []
    for part in rel["parts"]:
        aliases = (part,) if isinstance(part, str) else tuple(part)
        sign = -1 if aliases[0].startswith("-") else 1
        cell = find(tuple(a.lstrip("-") for a in aliases))
        if cell is None or cell is total_cell:
            missing.append(sign)
            continue
        parts.append(Term(table, row, cell, sign))
    if len(parts) < 2 or (missing and any(p.sign < 0 for p in parts)) or -1 in missing:
        return          # a subtrahend the table does not print bounds the total neither way
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
    A grouped relation holds under each header its total is printed under: a budget's “三公”
    table printing 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费
    under '2030年预算数' and again under '2031年预算数' is summed per year. A part column the table does not print is unknown: then only a sum above the total
    is reported, and nothing when that part is subtracted (年末结转和结余 = 年初 + 收入 − 支出). Blank cells count as 0 and the computation says so, unless every class row
    under a 合计 is wholly blank: then the breakdown is missing, a note (分项未填写) rather
    than a mismatch.

    A table of no known kind and without 科目编码 is summed too, but only where its layout is
    unambiguous: a 合计/小计/总计 row against the rows above it when they are one flat list
    (at least two, no 其中 or subtotal among them, one enumeration style), or, when the table
    prints its one total first, against all the rows below it read the same way, per column whose
    figures add (no rates, shares, unit prices); its one 合计/总计 column against the other columns
    of each row, when those are a flat list of additive columns and more of the table's rows agree
    than disagree (so the layout is shown, not guessed); and a change-rate row (增减%, 增长率) right
    after two rows named by two years (or 上年 and 本年), per column: (later − earlier) ÷
    earlier × 100. In any table printing one last-year column (上年预算数, '2030年决算数' in a 2031
    report) beside one report-year column, its 增减 column is held against their difference and its
    增减率 column against (current − prior) ÷ prior × 100, row by row, when more of its rows agree
    than disagree. In any table, a 小计 row that prints its group's name ('其他资金 | 小计 | 14.39', a budget's
    收入预算总表) adds up the rows right below it whose group column is blank, up to the next total or group,
    when they are a flat list (no 其中 or subtotal among them: then they may be no whole breakdown).

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
        yield from _generic_totals(table, rc, grouped=True)
        if table.id is None and not index[k]:
            yield from _generic_totals(table, rc)
            yield from _generic_columns(table, rc)
            yield from _rate_rows(table, rc)
        yield from _change_columns(table, rc, analysis.report.year)
        for rel in rels.get(table.id or "", []):
            for row in table.rows:
                yield from _columns(table, row, rel, rc, analysis.report.type)
