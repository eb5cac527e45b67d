"""NT01: a narrative amount or count disagrees with the table cell it reports."""
from __future__ import annotations

from typing import Iterator

from finder import messages
from finder.checks.nt.common import generic_subject, hedge, hedged, printed_cell, prose_claims, severity, slip_note, unit_slip
from finder.checks.registry import CheckOptions, register
from finder.claims.patterns import CURRENT_PERIODS
from finder.link.bases import PriorCell, row_priors
from finder.link.evidence import claim_evidence, stated
from finder.link.resolve import cell_interval
from finder.model import Finding
from finder.numbers.interval import Verdict, compare

messages.add({
    "NT01": {"zh": "“{subject}”文中为 {reported}（{riv}），{table_title}“{row}”{column}为 {cell}（{civ}），两者不符",
             "en": "'{subject}' is {reported} ({riv}) in the text but {cell} ({civ}) in {table_title} / {row} / {column}"},
    "NT01.borderline": {"zh": "“{subject}”文中为 {reported}（{riv}），表中为 {cell}（{civ}），相差一个末位单位，可能为尾数调整",
                        "en": "'{subject}': text {reported} ({riv}) vs table {cell} ({civ}): one unit of the last digit apart (rounding adjustment?)"},
    "NT01.prior": {"zh": "；文中数与同行“{column}”{cell}（上年数）一致，疑为沿用上年文本未更新",
                   "en": "; the text's figure is last year's ({column}: {cell}): text not updated from last year?"},
    "NT01.loose": {"zh": "；表列“{column}”未写明是年初预算还是全年预算",
                   "en": "; the column '{column}' does not say which budget it holds"},
    "NT01.slip": {"zh": "“{subject}”文中为 {reported}，表中为 {cell}；{note} 后一致，疑似单位或小数点错误",
                  "en": "'{subject}' is {reported} in the text but {cell} in the table; consistent after {note}: a unit slip"},
    "NT01.table_slip": {"zh": "{table_title}标明单位为{unit}，文中所引该表的 {n} 个数（{figures}）均{note} 后与表中数一致，"
                              "表中数疑未按所标单位列示（单位错误）",
                        "en": "{table_title} says its unit is {unit}, but the {n} figures the text quotes from it "
                              "({figures}) all agree with it only after {note}: its figures are not in the unit it states"},
})


@register("NT01", name="narrative-value-mismatch", groups=("core", "narrative"), kind="narrative_vs_table")
def narrative_value_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文中金额或数量与表格对应单元格不符 (a stated amount ≠ its table cell).

    A figure printed with an approximate word ('约 600 万元', '近 30 人', lexicons/units.yml approx) that
    misses its cell is a warning, never an error; a bounding word makes it a one-sided bound ('超过 400
    万元', '400 余万元', '不足 600 万元'): a cell on its side agrees, one on the other side is an error.
    Counts in Chinese numerals ('一百零五人', '两批次', '用车一辆、') are read as their digit twins.
    A table two or more of whose quoted figures all miss it by one power of ten, none read right at its stated
    unit ('单位：万元' over cells printed in 元), is one unit-slip finding for the table, not one per figure.

    **Why it matters**
    Readers quote the narrative; a figure that differs from the audited table misinforms them.

    **Anti-pattern**
    公开05表 一般公共预算财政拨款支出 合计 849.17; the text calls the all-funds total the
    general-budget one:

    .. code-block:: text

        组织开展部门整体支出绩效评价，涉及一般公共预算支出 1134.84 万元。

    **Best practice**
    The figure of the scope the sentence names:

    .. code-block:: text

        组织开展部门整体支出绩效评价，涉及一般公共预算支出 849.17 万元。
    """
    found = list(_mismatches(analysis, opts))
    slipped = _table_slips(analysis, found)
    for finding, claim, used, k in found:
        if k is None or id(used.table) not in slipped:
            yield finding
    for k, items in slipped.values():
        yield _table_slip(items, k, opts)


def _mismatches(analysis, opts: CheckOptions):
    """Each claim's NT01 finding, with its claim, the cell it was held to and the power of a unit slip (or None)."""
    for claim in prose_claims(analysis):
        used = claim.extra.get("ref_used")
        if used is None:
            continue
        civ = cell_interval(used, claim.unit)
        if civ is None:
            continue
        verdict = compare(claim.interval, civ)
        if severity(verdict) is None:   # consistent: how certain the link is does not matter
            continue
        certain = (not claim.extra.get("ambiguous") and claim.extra.get("scope_source") != "guess"
                   and not claim.extra.get("link_guess")
                   and not generic_subject(claim))
        sev = hedge(severity(verdict, certain), hedged([claim]))
        if sev is None:
            continue
        reported, riv = stated(claim)
        args = dict(subject=claim.subject or claim.concept or "", reported=reported, riv=riv, cell=printed_cell(used, claim.unit), civ=str(civ),
                    table_title=used.table.title, row=used.row.label, column=used.column)
        key, kind = "NT01", None
        if verdict == Verdict.BORDERLINE:
            key = "NT01.borderline"
        else:
            k = unit_slip(claim.interval, lambda iv: compare(iv, civ))
            if k is not None:
                key, kind, args["note"] = "NT01.slip", "unit_slip", slip_note(k, opts.lang)
        others = [r.evidence() for r in claim.extra.get("refs", []) if r is not used]
        message = messages.msg(key, opts.lang, **args)
        last = _last_years(analysis.report, claim, used) if key == "NT01" else None
        if last is not None:
            message += messages.msg("NT01.prior", opts.lang, column=last.ref.column, cell=printed_cell(last.ref, claim.unit))
            others.insert(0, last.ref.evidence())
        if used.loose:
            message += messages.msg("NT01.loose", opts.lang, column=used.cell.column[-1] if used.cell.column else "")
        yield Finding(
            check="NT01", severity=sev, message=message,
            evidence=[claim_evidence(claim), used.evidence(), *others],
            computation=messages.steps(messages.stated("text", reported, riv),
                                       messages.stated("table", printed_cell(used, claim.unit), civ),
                                       messages.verdict(verdict)),
            kind=kind or "", claims=[claim.id], args={"verdict": verdict.value}), claim, used, \
            (k if kind == "unit_slip" else None)


def _table_slips(analysis, found: list) -> dict[int, tuple[int, list]]:
    """The tables whose every figure the text quotes (a cell of 0 aside) is a unit slip of one power k, two or
    more of them ('单位：万元' over cells printed in 元, the text in 万元): id(table) -> (k, their findings)."""
    slips: dict[int, list] = {}
    for item in found:
        if item[3] is not None:
            slips.setdefault(id(item[2].table), []).append(item)
    out: dict[int, tuple[int, list]] = {}
    for tid, items in slips.items():
        powers = {k for *_, k in items}
        if len(items) < 2 or len(powers) != 1:
            continue
        slipped = {id(c) for _, c, _, _ in items}
        others = [c for c in prose_claims(analysis) if id(c) not in slipped
                  and (u := c.extra.get("ref_used")) is not None and id(u.table) == tid
                  and (civ := cell_interval(u, c.unit)) is not None and not (civ.lo == 0 == civ.hi)]
        if not others:                   # no figure of it read right at its stated unit
            out[tid] = (powers.pop(), items)
    return out


def _table_slip(items: list, k: int, opts: CheckOptions) -> Finding:
    """One finding for a table whose stated unit every quote from it misses by the same power of ten."""
    table = items[0][2].table
    figures = messages.listing(f"{c.subject or c.concept} {stated(c)[0]} / {printed_cell(u, c.unit)}"
                               for _, c, u, _ in items)
    return Finding(
        check="NT01", severity="error",
        message=messages.msg("NT01.table_slip", opts.lang, table_title=table.title, unit=table.unit or "",
                             n=len(items), figures=figures, note=slip_note(k, opts.lang)),
        evidence=[e for _, c, u, _ in items for e in (claim_evidence(c), u.evidence())],
        computation=messages.steps(*(f.computation for f, *_ in items)),
        kind="unit_slip", claims=[c.id for _, c, _, _ in items], args={"verdict": Verdict.CONTRADICTED.value})


def _last_years(report, claim, used) -> PriorCell | None:
    """The cell of last year printed beside the contradicting one that the report-year figure agrees with
    ('本年收入合计 X' where X is the row's 上年决算数): evidence that the sentence was not updated."""
    if claim.period not in CURRENT_PERIODS:
        return None
    return next((b for b in row_priors(report, used, claim.unit)
                 if compare(claim.interval, b.interval) == Verdict.CONSISTENT), None)
