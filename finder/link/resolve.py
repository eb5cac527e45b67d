"""Resolve every claim to its reference cells (or say why it has none) and give it a status."""
from __future__ import annotations

from finder import lexicon, messages
from finder.claims import vocab
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.concepts import MONEY_UNITS, ConceptRef, cells, claim_scope, concept_of, find_entry, generic, split_scope
from finder.link.lead_in import lead_scopes
from finder.link.levels import part_named
from finder.link.precision import Judgement, judge, status_of
from finder.link.tables_index import CellRef, entry_specs, lookup, table_label, template_name, value_interval
from finder.model import Claim, Report
from finder.numbers.interval import Interval, Verdict, compare

# A claim's reason in the ledger (zh as the report words it; en for --lang en): names, titles and
# periods printed in the report are quoted as printed.
messages.add({
    "link.garbled": {"zh": "数字紧挨乱码字符“{mark}”，可能缺字，数值无法确认",
                     "en": "the figure touches a garbled character '{mark}': a digit may be lost, the value cannot be confirmed"},
    "link.by_evaluation": {"zh": "由绩效自评表检查核对", "en": "checked against the performance self-evaluation forms"},
    "link.deduction": {"zh": "扣分：同句未并列分值与得分，无法核对",
                       "en": "a deduction: its sentence prints no weight and score beside it, so it cannot be checked"},
    "link.no_subject": {"zh": "文中未说明该数属于哪一项（无主语），无法核对",
                        "en": "the text does not say which item the figure belongs to (no subject), so it cannot be checked"},
    "link.generic_change": {"zh": "“{subject}”是泛称，文中未说明是哪一项的变动（部分还是整体），无法核对",
                            "en": "'{subject}' is a general word: the text does not say whose change it is (a part or the whole), so it cannot be checked"},
    "link.no_base": {"zh": "文中与表中均无该项{period}数，无法核对变动",
                     "en": "neither the text nor the tables print this item's {period} figure, so the change cannot be checked"},
    "link.nothing": {"zh": "无可核对的数据", "en": "nothing to check it against"},
    "link.form_text": {"zh": "绩效自评表“{column}”栏中所述，表中无与之对应的数，无法核对",
                       "en": "stated in the self-evaluation form's '{column}' cell; the form prints no figure it reflects, so it cannot be checked"},
    "link.no_tables": {"zh": "报告未附标准表格", "en": "the report has no standard tables"},
    "link.part": {"zh": "所述为{part}的数，表格为本部门（单位）合计数，无法逐项核对",
                  "en": "the figure is {part}'s, the tables print the department's (unit's) totals, so it cannot be checked item by item"},
    "link.unit": {"zh": "单位与指标不符", "en": "the unit does not fit the item"},
    "link.no_period": {"zh": "表中有该科目，但无“{period}”数据", "en": "the tables print the item but no '{period}' figure"},
    "link.no_path": {"zh": "表中未找到该款/项科目：{path}", "en": "the tables print no such classification item: {path}"},
    "link.no_period_data": {"zh": "表中无该期间数据", "en": "the tables print no figure for that period"},
    "link.scope": {"zh": "标准表格不列{scope}的“{entry}”（只列{held}的）",
                   "en": "the standard tables print no '{entry}' of {scope} (only of {held})"},
    "link.no_table": {"zh": "未找到对应表格", "en": "no table holds this item"},
    "link.no_row": {"zh": "{tables}中无“{entry}”一项", "en": "{tables} print no '{entry}' line"},
    "link.table_missing": {"zh": "报告未附载有此项的表格（{tables}）",
                           "en": "the report does not include the table that holds this item ({tables})"},
    "link.narrative_only": {"zh": "标准表格不含“{title}”的数据", "en": "the standard tables hold no figures of '{title}'"},
    "link.no_concept": {"zh": "标准表格无“{name}”一项", "en": "the standard tables have no '{name}' line"},
    "link.no_label": {"zh": "标准表格中未找到“{label}”一项", "en": "no '{label}' line was found in the standard tables"},
    "link.unmatched": {"zh": "未能将文中“{subject}”对应到标准表格所列项目",
                       "en": "'{subject}' could not be matched to an item of the standard tables"},
    "link.unknown": {"zh": "未识别所述指标", "en": "the item the figure is about was not recognised"},
    "link.no_unit": {"zh": "表格未标明金额单位，无法换算：{tables}",
                     "en": "the table prints no money unit, so the figure cannot be converted: {tables}"},
    "link.ceiling": {"zh": "{cell}{value}{unit}，含本部门其他单位的部分，所述数可小于它",
                     "en": "{cell} {value} {unit} includes the department's other units, so the figure may be smaller"},
    "link.candidates": {"zh": "{n} 个候选单元格，采用{cell}", "en": "{n} candidate cells, {cell} used"},
    "link.completion_nearby": {"zh": "该句未列决算数；以同段“{subject}” {value} 计重算为 {computed}%",
                               "en": "its sentence prints no actual figure; with '{subject}' {value} of the same paragraph it recomputes to {computed}%"},
    "link.completion_nearby_off": {"zh": "该句未列决算数；以同段“{subject}” {value} 计重算为 {computed}%，不符",
                                   "en": "its sentence prints no actual figure; with '{subject}' {value} of the same paragraph it recomputes to {computed}%, a mismatch"},
    "link.actual": {"zh": "实际数", "en": "the actual figure"},
    "link.figure": {"zh": "{period}数", "en": "the {period} figure"},
    "link.and": {"zh": "和", "en": " and "},
    "link.completion_missing": {"zh": "同句未列{missing}，无法重算完成率",
                                "en": "its sentence prints not {missing}, so the completion rate cannot be recomputed"},
    "link.completion_budget": {"zh": "{period}数为 {value}，无法据以重算完成率",
                               "en": "the {period} figure is {value}: no completion rate can be recomputed from it"},
    "link.completion_table": {"zh": "表中预算数为 {value}，无法据以重算完成率",
                              "en": "the tables' budget figure is {value}: no completion rate can be recomputed from it"},
    "link.from_base": {"zh": "V ∓ 变动 = B（同句所列{base}数）", "en": "V ∓ change = B (the {base} figure of the same sentence)"},
    "link.from_prior": {"zh": "V − B（同句所列{base}数）", "en": "V − B (the {base} figure of the same sentence)"},
    "link.base_fits": {"zh": "与本年数 {value} 及所述变动一致", "en": "fits this year's {value} and the stated change"},
    "link.lone": {"zh": "同句未列{base}数，无法按文中数核对变动",
                  "en": "its sentence prints no {base} figure, so the change cannot be checked from the text"},
    "link.lone_abs": {"zh": "同句未列{base}数或增减额，无法按文中数核对变动",
                      "en": "its sentence prints neither the {base} figure nor the change amount, so the change cannot be checked from the text"},
    "link.zero_base": {"zh": "基数为零，增长率无定义", "en": "the base is zero: the growth rate is undefined"},
    "link.with_rate": {"zh": "与增减率 {pct}% 一并核对：{reason}", "en": "checked with the rate {pct}%: {reason}"},
    "link.zero_whole": {"zh": "整体为零，占比无定义", "en": "the whole is zero: the share is undefined"},
    "link.share_part": {"zh": "同句未列“{subject}”的数额，无法重算占比",
                        "en": "its sentence prints no amount of '{subject}', so the share cannot be recomputed"},
    "link.share_part_any": {"zh": "同句未列所占的数额，无法重算占比",
                            "en": "its sentence prints no amount the share is of, so it cannot be recomputed"},
    "link.share_whole": {"zh": "文中与表中均未找到“{whole}”的数额，无法重算占比",
                         "en": "neither the text nor the tables print the amount of '{whole}', so the share cannot be recomputed"},
    "link.share_whole_any": {"zh": "文中未写明所占整体，亦未找到其总数，无法重算占比",
                             "en": "the text names no whole and no total was found, so the share cannot be recomputed"},
    "link.not_in_tables": {"zh": "{period}数据不在表中", "en": "the tables print no {period} figures"},
    "link.title": {"zh": "《{title}》", "en": "'{title}'"},
})


def _titles(titles) -> str:
    """Table titles as a reason names them (《…》、《…》 in zh)."""
    return messages.listing(messages.msg("link.title", title=t) for t in titles)


def _not_in_tables(period: str) -> str:
    """Why a figure of `period` is in no table (cells.yml not_in_tables, its words under zh), else ''."""
    said = cells()["not_in_tables"].get(period)
    return said and (said if messages.current() != "en" else messages.msg("link.not_in_tables", period=_period(period)))


def _period(period: str) -> str:
    """A period word (本年, 上年, 年初预算…) for the run's reader (messages.period)."""
    return messages.period(period)


TABLE_KINDS = ("amount", "count")
ARITH_KINDS = ("change_abs", "change_pct", "share", "completion")
APPENDIX_KINDS = ("score", "weight", "target", "ratio")


def resolve_all(analysis) -> None:
    """Fill claim.extra['refs'] / ['ref_used'], status, reason and checked_against in place."""
    report: Report = analysis.report
    claims = [c for c in analysis.claims if not c.garbled]
    leads = lead_scopes(report.paragraphs)
    for claim in claims:
        if id(claim.paragraph) in leads:
            claim.extra["lead_scope"] = leads[id(claim.paragraph)]
    for claim in analysis.claims:
        if claim.garbled:
            claim.status, claim.reason = "unverifiable", messages.msg("link.garbled", mark=claim.garbled)
    for claim in claims:
        if claim.extra.get("form") is not None:     # a form's prose cell: its form's own figures judge it (EV17)
            claim.status, claim.reason = "unverifiable", messages.msg("link.form_text", column=claim.extra["form"].column)
        elif claim.kind in TABLE_KINDS:
            resolve_claim(report, claim)
    _undo_renamed(report, claims)
    derive_statuses(claims)
    derive_shares(report, claims)
    for claim in analysis.claims:
        if claim.status == "unchecked":
            claim.status = "not_checkable" if claim.kind in APPENDIX_KINDS else "unverifiable"
            claim.reason = claim.reason or _unchecked_reason(claim)


def _unchecked_reason(claim: Claim) -> str:
    """Why a claim no stage could check stays so (a change: nothing prints the base it is measured on)."""
    if claim.kind in APPENDIX_KINDS:      # last year's score ('上年为 97 分'): no form of this report holds it
        return _not_in_tables(claim.period) or messages.msg("link.by_evaluation")
    if claim.kind == "deduction":
        return messages.msg("link.deduction")
    if not claim.subject:
        return messages.msg("link.no_subject")
    if claim.kind in ("change_abs", "change_pct") and not claim.concept and generic(claim.subject):
        return messages.msg("link.generic_change", subject=claim.subject)
    if claim.kind in ("change_abs", "change_pct") and claim.period:
        return messages.msg("link.no_base", period=_period(claim.period))
    return messages.msg("link.nothing")


def _undo_renamed(report: Report, claims: list[Claim]) -> None:
    """Claims the claims stage read under another concept than their printed name (extra 'renamed': unequal
    grand totals read as the year's totals) keep that reading unless the tables agree with the printed one at
    least as often: then all of them go back to it (a typo in one grand total stays an error on the 总计 row)."""
    renamed = [c for c in claims if c.extra.get("renamed")]
    if not any(c.extra.get("refs") for c in renamed):
        return
    agreed = sum(c.status == "verified" for c in renamed)
    readings = [(c, c.concept, c.whole, c.extra.pop("renamed")) for c in renamed]
    for c, _, _, old in readings:
        _relink(report, c, old["concept"], old["whole"])
    if sum(c.status == "verified" for c in renamed) >= agreed:
        return
    for c, concept, whole, old in readings:          # the year's totals fit the tables better: back to them
        c.extra["renamed"] = old
        _relink(report, c, concept, whole)
        c.extra["link_guess"] = True


def _relink(report: Report, c: Claim, concept: str | None, whole: str | None) -> None:
    c.concept, c.whole = concept, whole
    for k in ("refs", "ref_used", "link_guess", "_concept_ref", "_concept_key", "ambiguous", "verdict"):
        c.extra.pop(k, None)
    c.status, c.reason, c.checked_against = "unchecked", "", []
    if c.kind in TABLE_KINDS:
        resolve_claim(report, c)


def cell_interval(ref: CellRef, unit: str = "万元") -> Interval | None:
    """A numeric cell's interval in the claim's `unit` (money converted from the table's unit);
    a blank or dash in an amount column reads as an exact 0."""
    return value_interval(ref, unit)


def candidates(report: Report, claim: Claim) -> tuple[list[CellRef], str]:
    """(cells the claim may reflect, reason when there are none)."""
    reason = _not_in_tables(claim.period)
    if reason:
        return [], reason
    if not report.tables:
        return [], messages.msg("link.no_tables")
    part = part_named(claim) if claim.unit in MONEY_UNITS else None
    if part:
        return [], messages.msg("link.part", part=part)
    ref = concept_of(claim)
    if ref is None:
        return [], _unrecognised(claim)
    if ref.label and not ref.entry:
        found = lookup(report, ref, claim.period)
        return found, "" if found else _unrecognised(claim, ref.label)
    if ref.entry:
        unit_kind = cells()["entries"][ref.entry].get("unit_kind", "money")
        if (unit_kind == "money") != (claim.unit in MONEY_UNITS):
            return [], messages.msg("link.unit")
    found = lookup(report, ref, claim.period)
    claim.extra["scope"] = ref.scope
    claim.extra["scope_source"] = "guess" if in_guess_section(claim) else ref.scope_source
    if not found and ref.path is not None:
        if claim.period not in G.CURRENT_PERIODS and lookup(report, ref, "本年"):
            return [], messages.msg("link.no_period", period=_period(claim.period))   # 年初预算 of a 项: no standard table holds it
        return [], messages.msg("link.no_path", path="-".join(ref.path.names))
    if not found:                        # 'no data for that period' only when the tables hold the figure's row
        other = claim.period not in G.CURRENT_PERIODS and lookup(report, ref, "本年")
        return [], messages.msg("link.no_period_data") if other else _no_cell(report, ref)
    return found, ""


def _no_cell(report: Report, ref: ConceptRef) -> str:
    """Why an entry has no cell: the report prints none of the tables that hold it (named), or those it
    prints (by their printed titles) lack its row or column."""
    if ref.class_kind:             # a 功能分类 / 经济分类 class: the tables of its scope
        kinds = cells()["class_tables"][ref.class_kind]
        ids = list(kinds.get(ref.scope) or kinds.get("all") or [])
    else:
        ids = list(dict.fromkeys(s["table"] for s in entry_specs(ref))) if ref.entry else []
    if not ids and ref.entry:
        held = [k for k, v in cells()["entries"][ref.entry]["cells"].items() if v]
        if held and ref.scope not in held:
            return messages.msg("link.scope", scope=_scope_name(ref.scope), entry=ref.entry,
                                held=messages.listing(_scope_name(k) for k in held))
    if not ids:
        return messages.msg("link.no_table")
    # an untitled table (known by its headings) by its caption, else by the template's name
    printed = [table_label(tables[0], report.type) or template_name(t, report.type)
               for t in ids if (tables := report.tables_by_id(t))]
    if printed:
        return messages.msg("link.no_row", tables=_titles(dict.fromkeys(printed)), entry=ref.entry)
    return messages.msg("link.table_missing", tables=_titles(template_name(t, report.type) for t in ids))


def _scope_name(scope: str) -> str:
    """A scope's name as the report words it (cells.yml scopes: its first, longest word)."""
    return next((w for k, w in cells()["scopes"] if k == scope), "全部资金" if scope == "all" else scope)


def _unrecognised(claim: Claim, label: str = "") -> str:
    """Why a claim has no cell: its section's figures are in no standard table, its concept is one no
    standard table prints ('外宾接待费'), the row name it was looked up by (`label`) is in no table, or its
    words ('项目总预算') name no item of the standard tables."""
    title = _section_titled(claim, cells().get("narrative_only_sections", []))
    if title:
        return messages.msg("link.narrative_only", title=title)
    concept = vocab.load().concepts.get(claim.concept or "")
    if concept is not None:
        return messages.msg("link.no_concept", name=concept.name)
    if label:
        return messages.msg("link.no_label", label=label)
    subject = " ".join(claim.subject.split())
    return messages.msg("link.unmatched", subject=subject) if subject else messages.msg("link.unknown")


def in_guess_section(claim: Claim) -> bool:
    return bool(_section_titled(claim, cells().get("guess_sections", [])))


def _section_titled(claim: Claim, words: list[str]) -> str:
    """The title of the innermost section around the claim that holds one of `words`, else ""."""
    sec = claim.paragraph.section
    while sec is not None:
        if any(w in sec.title for w in words):
            return sec.title
        sec = sec.parent
    return ""


def resolve_claim(report: Report, claim: Claim) -> None:
    if claim.extra.get("each_of") and _resolve_each(report, claim):
        return
    refs, reason = candidates(report, claim)
    intervals = [cell_interval(r, claim.unit) for r in refs]      # each candidate's, converted once
    if refs and all(iv is None for iv in intervals):
        refs, reason = [], messages.msg("link.no_unit", tables=messages.listing(sorted({r.table.title for r in refs})))
    pairs = [(r, iv) for r, iv in zip(refs, intervals) if iv is not None]
    refs = [r for r, _ in pairs]
    claim.extra["refs"] = refs
    if not refs:
        claim.status, claim.reason = "unverifiable", reason
        return
    used, used_iv = choose(claim, pairs)
    claim.extra["ref_used"] = used
    ref = concept_of(claim)
    if ref is not None and ref.entry and used.table.id in cells()["entries"][ref.entry].get("guess_tables", []):
        claim.extra["link_guess"] = True
    if used.loose:
        claim.extra["link_guess"] = True         # the column does not say which budget it holds
    values = {str(iv) for _, iv in pairs}
    claim.extra["ambiguous"] = len(values) > 1
    claim.checked_against = [r.to_dict() | {"used": r is used, "unit": r.table.unit} for r in refs]
    verdict = compare(claim.interval, used_iv)
    claim.extra["verdict"] = verdict.value
    claim.status, claim.reason = status_of(Judgement(verdict, used_iv))
    if verdict is Verdict.CONTRADICTED and claim.interval.hi < used_iv.lo and _ceiling(ref, used):
        claim.extra.update(verdict=Verdict.UNDEFINED.value, ref_used=None)
        claim.status = "unverifiable"
        claim.reason = messages.msg("link.ceiling", cell=_named(used, report), value=used.text,
                                    unit=used.table.unit or "")
    if len(refs) > 1:
        claim.reason = messages.steps(claim.reason, messages.msg("link.candidates", n=len(refs), cell=_named(used, report)))


def _named(used: CellRef, report: Report) -> str:
    """A cell as a reader finds it: 《table title》“row label”, the table's kind named when it prints no title."""
    title = table_label(used.table, report.type)
    return (f"《{title}》" if title else "") + f"“{used.row.label.strip()}”"


def _ceiling(ref, used: CellRef) -> bool:
    """The cell holds the figure and more (cells.yml ceiling_tables: 机关运行经费 is the administrative
    units' part of the 公用经费 a department with 事业单位 prints): only a figure above it contradicts."""
    return bool(ref is not None and ref.entry
                and used.table.id in cells()["entries"][ref.entry].get("ceiling_tables", []))


def _resolve_each(report: Report, claim: Claim) -> bool:
    """'收入、支出预算总计 N' (claims extra each_of): N is each side's figure, held against each side's
    cell; contradicted when one disagrees, verified when every side found agrees. False (resolve as
    usual) when a side names no entry or no table holds any side."""
    if cells()["not_in_tables"].get(claim.period) or not report.tables:
        return False
    scope = claim_scope(claim)
    chosen: list[tuple[CellRef, Interval]] = []
    refs: list[CellRef] = []
    for name in claim.extra["each_of"]:
        own, core = split_scope(name)
        entry = find_entry(core)
        if entry is None:
            return False
        ref = ConceptRef(entry, own or scope[0], None, None, "subject" if own else scope[1])
        pairs = [(r, iv) for r in lookup(report, ref, claim.period)
                 if (iv := cell_interval(r, claim.unit)) is not None]
        if pairs:
            chosen.append(choose(claim, pairs))
            refs += [r for r, _ in pairs]
    if not chosen:
        return False
    verdicts = [compare(claim.interval, iv) for _, iv in chosen]
    worst = next((k for k, v in enumerate(verdicts) if v != Verdict.CONSISTENT), 0)
    used, used_iv = chosen[worst]
    claim.extra.update(refs=refs, ref_used=used, ambiguous=False, verdict=verdicts[worst].value, scope=scope[0],
                       scope_source="guess" if in_guess_section(claim) else scope[1])
    claim.checked_against = [r.to_dict() | {"used": r is used, "unit": r.table.unit} for r in refs]
    claim.status, claim.reason = status_of(Judgement(verdicts[worst], used_iv))
    return True


def choose(claim: Claim, pairs: list[tuple[CellRef, Interval]]) -> tuple[CellRef, Interval]:
    """The (candidate, its interval in the claim's unit) the claim agrees with, else the first (the
    most specific table)."""
    for r, iv in pairs:
        if compare(claim.interval, iv) == Verdict.CONSISTENT:
            return r, iv
    return pairs[0]


def derive_statuses(claims: list[Claim]) -> None:
    """Status of arithmetic claims (changes, shares, completion rates) from their own group."""
    for group in G.groups(claims).values():
        for ch in G.changes(group, budget_value=True) + G.point_changes(group):
            _change_status(G.head_reading(claims, ch))
        for comp in (c for c in group if c.kind == "completion" and c.unit == "%"):
            _completion_status(group, comp, claims)
    for ch in G.named_base_changes(claims):
        _change_status(G.head_reading(claims, ch))


def _completion_status(group: list[Claim], comp: Claim, claims: list[Claim]) -> None:
    """A completion rate is verified or contradicted exactly as AR03 recomputes it (on a figure printed
    outside its statement it is never more than unverifiable: that link is read, not printed)."""
    got = G.completion_interval(group, comp, claims)
    if got is None:
        _completion_on_table(group, comp, claims)
        return
    actual, budget, computed = got
    j = judge(comp.interval, [actual, budget], G.percent_interval)
    if j is None:
        comp.status, comp.reason = "unverifiable", _completion_gap(group, comp, claims)
        return
    comp.status, comp.reason = status_of(j)
    if not any(c is actual for c in group):
        comp.status, comp.reason = "unverifiable", messages.msg(
            "link.completion_nearby" + ("_off" if j.verdict != Verdict.CONSISTENT else ""), subject=actual.subject,
            value=E.printed(actual), computed=computed)
    comp.checked_against = [{"computed": str(computed), "from": f"{E.printed(actual)} ÷ {E.printed(budget)} × 100"}]


def _completion_gap(group: list[Claim], comp: Claim, claims: list[Claim]) -> str:
    """Why a completion rate is not recomputed from the text: which of its figures its sentence does not
    print (the actual, the budget of its period: 年度计划数, 预算数…), or the budget printed as zero."""
    budget = G.budget_for(group, comp)
    actual = G.current_amount(group, budget.kind if budget is not None else None)
    if actual is None and budget is not None:
        actual = G.stand_in_actual(claims, comp, budget)
    base = "预算" if comp.period in G.CURRENT_PERIODS else comp.period
    missing = [w for w, c in ((messages.msg("link.actual"), actual), (messages.msg("link.figure", period=_period(base)), budget))
               if c is None]
    if missing:
        return messages.msg("link.completion_missing", missing=messages.msg("link.and").join(missing))
    return messages.msg("link.completion_budget", period=_period(budget.period),
                        value=E.printed(budget) + E.printed_unit(budget))


def table_budget(group: list[Claim], comp: Claim) -> tuple[Claim, CellRef, Interval, bool] | None:
    """(actual, budget cell, its interval, whether the column leaves the budget unnamed) of a completion rate
    whose statement prints only the actual: the cell beside the actual's verified cell under the same heading
    with a budget word (arith.yml table_budgets), else with a bare budget word (unlabelled_budget_columns),
    when exactly one is printed; else None."""
    spec = lexicon.load("arith").get("table_budgets") or {}
    words = spec.get("budget_columns", {}).get(comp.period)
    actual = G.current_amount(group)
    used = actual.extra.get("ref_used") if actual is not None else None
    if not words or used is None or actual.status != "verified" or not used.cell.column \
            or used.cell.column[-1] not in spec.get("actual_columns", []):
        return None
    head = used.cell.column[:-1]
    beside = [c for c in used.row.cells if c.column[:-1] == head and c.kind == "number"]
    cells = [c for c in beside if c.column[-1] in words]
    bare = [c for c in beside if c.column[-1] in spec.get("unlabelled_budget_columns", []) and c.column[-1] not in words]
    unlabelled = not cells and len(bare) == 1
    if unlabelled:
        cells = bare
    if len(cells) != 1:
        return None
    ref = CellRef(used.table, used.row, cells[0])
    iv = cell_interval(ref, actual.unit)
    return (actual, ref, iv, unlabelled) if iv is not None else None


def _completion_on_table(group: list[Claim], comp: Claim, claims: list[Claim]) -> None:
    """A completion rate measured on the table's budget cell (table_budget), or unverifiable."""
    got = table_budget(group, comp)
    j = judge(comp.interval, [got[0], got[2]], G.percent_interval) if got else None
    if j is None:
        comp.status, comp.reason = "unverifiable", (messages.msg("link.completion_table", value=got[1].text or 0) if got
                                                    else _completion_gap(group, comp, claims))
        return
    actual, ref, _, _ = got
    comp.status, comp.reason = status_of(j)
    comp.checked_against = [ref.to_dict() | {"unit": ref.table.unit, "computed": str(j.computed),
                                             "from": f"{E.printed(actual)} ÷ {ref.text} × 100"}]


def _prior_agrees(ch: G.Change, judged: Claim) -> None:
    """A printed base the change agrees with is verified with it ('上年为 B 万元，增加 A 万元': B = V − A);
    when they disagree, which figure is wrong is unknown, so the base keeps its own status."""
    b = ch.stated_prior
    if judged.status == "verified" and b is not None and b.status in ("unchecked", "unverifiable"):
        b.status, b.reason = "verified", messages.msg("link.base_fits", value=E.printed(ch.value))
        b.checked_against = [{"from": messages.msg("link.from_base", base=_period(ch.base))}]


def _pct_on_prior(ch: G.Change, s: int) -> None:
    """A rate agreeing with its amount is held to the base printed beside both as well ((V ÷ B − 1) and
    A ÷ B, each figure read once): where either cannot meet the rate, it is contradicted."""
    for operands, recompute, formula in (([ch.value, ch.stated_prior], lambda v, b: G.rate_on_prior(v, b, s),
                                          "(V ÷ B − 1) × 100"),
                                         ([ch.abs, ch.stated_prior], G.percent_interval, "A ÷ B × 100")):
        j = judge(ch.pct.interval, operands, recompute)
        if j is not None and j.verdict == Verdict.CONTRADICTED:
            ch.pct.status, ch.pct.reason = status_of(j)
            ch.pct.checked_against = [{"computed": str(j.computed), "from": formula}]
            return


def _lone_reason(ch: G.Change) -> str:
    """Why a change printed with its value alone ('本年支出 X，较上年增加 P%') is unchecked here: its base's
    figure is not printed in its sentence (one printed elsewhere is NT02's to read, the tables' NT05's), nor,
    for a rate, the amount of the change."""
    return messages.msg("link.lone" + ("_abs" if ch.abs is None else ""), base=_period(ch.base))


def _change_status(ch: G.Change) -> None:
    if G.abs_on_printed_prior(ch):
        j = judge(ch.abs.interval, [ch.value, ch.stated_prior], lambda v, b: (v - b).scale(G.sign(ch.direction)))
        if j is not None:
            ch.abs.status, ch.abs.reason = status_of(j)
            ch.abs.checked_against = [{"computed": str(j.computed), "from": messages.msg("link.from_prior", base=_period(ch.base))}]
            _prior_agrees(ch, ch.abs)
    if ch.pct is not None and ch.abs is None and ch.stated_prior is not None:
        j = judge(ch.pct.interval, [ch.value, ch.stated_prior],
                  lambda v, b: G.rate_on_prior(v, b, G.sign(ch.direction)))
        if j is not None:
            ch.pct.status, ch.pct.reason = status_of(j)
            ch.pct.checked_against = [{"computed": str(j.computed), "from": "(V ÷ B − 1) × 100"}]
            _prior_agrees(ch, ch.pct)
            return
    if ch.pct is None or ch.abs is None:
        for c in (ch.abs, ch.pct):
            if c is not None and c.status == "unchecked":
                c.status, c.reason = "unverifiable", _lone_reason(ch)
        return
    s = G.sign(ch.direction)
    j = judge(ch.pct.interval, [ch.value, ch.abs], lambda v, a: G.rate_of_change(v, a, s))
    if j is None:
        ch.pct.status, ch.pct.reason = "not_checkable", messages.msg("link.zero_base")
        return
    ch.pct.status, ch.pct.reason = status_of(j)
    ch.pct.checked_against = [{"computed": str(j.computed), "from": "A / (V ∓ A) × 100"}]
    if j.verdict == Verdict.CONSISTENT and G.abs_on_printed_prior(ch):
        _pct_on_prior(ch, s)
    if ch.abs.status == "unchecked":      # judged with its rate: A and P of one change (unless by its printed base)
        ch.abs.status = ch.pct.status
        if ch.pct.reason:
            ch.abs.reason = messages.msg("link.with_rate", pct=E.printed(ch.pct), reason=ch.pct.reason)


def derive_shares(report: Report, claims: list[Claim]) -> None:
    """Recompute each share from its part and whole (text first, then tables): status and
    claim.extra['recomputed'] (the interval), which AR04 uses to spot shares nudged to 100%, and
    claim.extra['_operands'] (the part claim and the whole operand)."""
    from finder.link.wholes import either_whole, part_of_share, whole_claim, whole_label, whole_operand

    for group in G.groups(claims).values():
        for share in (c for c in group if c.kind == "share" and c.unit == "%"):
            part = part_of_share(group, share)
            whole = whole_operand(report, claims, share, part) if part is not None else None
            j = judge(share.interval, [part, whole_claim(whole)], G.percent_interval) if whole is not None else None
            if j is not None and j.verdict != Verdict.CONSISTENT:
                whole, j = either_whole(report, claims, share, part, whole, j)
            if j is None and whole is not None:
                share.status, share.reason = "not_checkable", messages.msg("link.zero_whole")
                continue
            if j is None:
                share.status, share.reason = "unverifiable", _share_gap(share, part)
                continue
            computed = j.computed
            share.extra["recomputed"] = computed
            share.extra["_operands"] = (part, whole)
            share.status, share.reason = status_of(j)
            share.checked_against = [{"computed": str(computed), "whole": whole_label(whole)}]


def _share_gap(share: Claim, part: Claim | None) -> str:
    """Why a share is not recomputed: its part's figure is not printed beside it, or its whole's (named as
    printed after 占, else by its concept) is found neither in the text nor in the tables."""
    from finder.link.wholes import printed_whole_text

    if part is None:
        subject = "".join(share.subject.split())
        return messages.msg("link.share_part", subject=subject) if subject else messages.msg("link.share_part_any")
    concept = vocab.load().concepts.get(share.whole or "")
    whole = printed_whole_text(share) or (concept.name if concept is not None else "")
    return messages.msg("link.share_whole", whole=whole) if whole else messages.msg("link.share_whole_any")
