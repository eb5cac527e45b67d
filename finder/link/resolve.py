"""Resolve every claim to its reference cells (or say why it has none) and give it a status."""
from __future__ import annotations

from finder import lexicon
from finder.claims import vocab
from finder.link import evidence as E
from finder.link import groups as G
from finder.link.concepts import MONEY_UNITS, ConceptRef, cells, claim_scope, concept_of, find_entry, generic, split_scope
from finder.link.lead_in import lead_scopes
from finder.link.levels import part_named
from finder.link.precision import Judgement, judge, status_of
from finder.link.tables_index import CellRef, entry_specs, lookup, value_interval
from finder.model import Claim, Report
from finder.numbers.interval import Interval, Verdict, compare

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
            claim.status, claim.reason = "unverifiable", f"数字紧挨乱码字符“{claim.garbled}”，可能缺字，数值无法确认"
    for claim in claims:
        if claim.kind in TABLE_KINDS:
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
        return cells()["not_in_tables"].get(claim.period) or "由绩效自评表检查核对"
    if claim.kind == "deduction":
        return "扣分：同句未并列分值与得分，无法核对"
    if not claim.subject:
        return "文中未说明该数属于哪一项（无主语），无法核对"
    if claim.kind in ("change_abs", "change_pct") and not claim.concept and generic(claim.subject):
        return f"“{claim.subject}”是泛称，文中未说明是哪一项的变动（部分还是整体），无法核对"
    if claim.kind in ("change_abs", "change_pct") and claim.period:
        return f"文中与表中均无该项{claim.period}数，无法核对变动"
    return "无可核对的数据"


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
    reason = cells()["not_in_tables"].get(claim.period)
    if reason:
        return [], reason
    if not report.tables:
        return [], "报告未附标准表格"
    part = part_named(claim) if claim.unit in MONEY_UNITS else None
    if part:
        return [], f"所述为{part}的数，表格为本部门（单位）合计数，无法逐项核对"
    ref = concept_of(claim)
    if ref is None:
        return [], _unrecognised(claim)
    if ref.label and not ref.entry:
        found = lookup(report, ref, claim.period)
        return found, "" if found else _unrecognised(claim, ref.label)
    if ref.entry:
        unit_kind = cells()["entries"][ref.entry].get("unit_kind", "money")
        if (unit_kind == "money") != (claim.unit in MONEY_UNITS):
            return [], "单位与指标不符"
    found = lookup(report, ref, claim.period)
    claim.extra["scope"] = ref.scope
    claim.extra["scope_source"] = "guess" if in_guess_section(claim) else ref.scope_source
    if not found and ref.path is not None:
        if claim.period not in G.CURRENT_PERIODS and lookup(report, ref, "本年"):
            return [], f"表中有该科目，但无“{claim.period}”数据"   # 年初预算 of a 项: no standard table holds it
        return [], "表中未找到该款/项科目：" + "-".join(ref.path.names)
    if not found:                        # 'no data for that period' only when the tables hold the figure's row
        other = claim.period not in G.CURRENT_PERIODS and lookup(report, ref, "本年")
        return [], "表中无该期间数据" if other else _no_cell(report, ref)
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
            return (f"标准表格不列{_scope_name(ref.scope)}的“{ref.entry}”（只列"
                    + "、".join(_scope_name(k) for k in held) + "的）")
    if not ids:
        return "未找到对应表格"
    printed = [tables[0].title.strip() for t in ids if (tables := report.tables_by_id(t))]
    if printed:
        return "、".join(f"《{t}》" for t in dict.fromkeys(printed)) + f"中无“{ref.entry}”一项"
    return "报告未附载有此项的表格（" + "、".join(f"《{_table_name(t, report.type)}》" for t in ids) + "）"


def _table_name(table_id: str, report_type: str) -> str:
    """A table's name in the report's own kind (tables.yml zh, its 决算/预算 word swapped when the lexicon
    knows the table by that title too: a budget report's 《政府性基金预算财政拨款收入支出预算表》)."""
    spec = lexicon.load("tables")["tables"][table_id]
    swap = ("决算", "预算") if report_type == "budget" else ("预算表", "决算表")
    named = spec["zh"].replace(*swap)
    titles = {t.replace(" ", "") for t in spec.get("titles", [])}
    return named if named in titles else spec["zh"]


def _scope_name(scope: str) -> str:
    """A scope's name as the report words it (cells.yml scopes: its first, longest word)."""
    return next((w for k, w in cells()["scopes"] if k == scope), "全部资金" if scope == "all" else scope)


def _unrecognised(claim: Claim, label: str = "") -> str:
    """Why a claim has no cell: its section's figures are in no standard table, its concept is one no
    standard table prints ('外宾接待费'), the row name it was looked up by (`label`) is in no table, or its
    words ('项目总预算') name no item of the standard tables."""
    title = _section_titled(claim, cells().get("narrative_only_sections", []))
    if title:
        return f"标准表格不含“{title}”的数据"
    concept = vocab.load().concepts.get(claim.concept or "")
    if concept is not None:
        return f"标准表格无“{concept.name}”一项"
    if label:
        return f"标准表格中未找到“{label}”一项"
    subject = " ".join(claim.subject.split())
    return f"未能将文中“{subject}”对应到标准表格所列项目" if subject else "未识别所述指标"


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
        refs, reason = [], "表格未标明金额单位，无法换算：" + "、".join(sorted({r.table.title for r in refs}))
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
        claim.reason = (f"{_named(used, report)}{used.text}{used.table.unit or ''}，"
                        "含本部门其他单位的部分，所述数可小于它")
    if len(refs) > 1:
        claim.reason = (claim.reason + "；" if claim.reason else "") + f"{len(refs)} 个候选单元格，采用{_named(used, report)}"


def _named(used: CellRef, report: Report) -> str:
    """A cell as a reader finds it: 《table title》“row label”, the table's kind named when it prints no title."""
    title = used.table.title.strip() or (_table_name(used.table.id, report.type) if used.table.id in
                                          lexicon.load("tables")["tables"] else "")
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
        comp.status, comp.reason = "unverifiable", (f"该句未列决算数；以同段“{actual.subject}” {E.printed(actual)} 计"
                                                    f"重算为 {computed}%" + ("，不符" if j.verdict != Verdict.CONSISTENT else ""))
    comp.checked_against = [{"computed": str(computed), "from": f"{E.printed(actual)} ÷ {E.printed(budget)} × 100"}]


def _completion_gap(group: list[Claim], comp: Claim, claims: list[Claim]) -> str:
    """Why a completion rate is not recomputed from the text: which of its figures its sentence does not
    print (the actual, the budget of its period: 年度计划数, 预算数…), or the budget printed as zero."""
    budget = G.budget_for(group, comp)
    actual = G.current_amount(group, budget.kind if budget is not None else None)
    if actual is None and budget is not None:
        actual = G.stand_in_actual(claims, comp, budget)
    base = "预算" if comp.period in G.CURRENT_PERIODS else comp.period
    missing = [w for w, c in (("实际数", actual), (f"{base}数", budget)) if c is None]
    if missing:
        return f"同句未列{'和'.join(missing)}，无法重算完成率"
    return f"{budget.period}数为 {E.printed(budget)}{E.printed_unit(budget)}，无法据以重算完成率"


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
        comp.status, comp.reason = "unverifiable", (f"表中预算数为 {got[1].text or 0}，无法据以重算完成率" if got
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
        b.status, b.reason = "verified", f"与本年数 {E.printed(ch.value)} 及所述变动一致"
        b.checked_against = [{"from": f"V ∓ 变动 = B（同句所列{G.base_words(ch)}）"}]


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
    other = "或增减额" if ch.abs is None else ""
    return f"同句未列{G.base_words(ch)}{other}，无法按文中数核对变动"


def _change_status(ch: G.Change) -> None:
    if G.abs_on_printed_prior(ch):
        j = judge(ch.abs.interval, [ch.value, ch.stated_prior], lambda v, b: (v - b).scale(G.sign(ch.direction)))
        if j is not None:
            ch.abs.status, ch.abs.reason = status_of(j)
            ch.abs.checked_against = [{"computed": str(j.computed), "from": f"V − B（同句所列{G.base_words(ch)}）"}]
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
        ch.pct.status, ch.pct.reason = "not_checkable", "基数为零，增长率无定义"
        return
    ch.pct.status, ch.pct.reason = status_of(j)
    ch.pct.checked_against = [{"computed": str(j.computed), "from": "A / (V ∓ A) × 100"}]
    if j.verdict == Verdict.CONSISTENT and G.abs_on_printed_prior(ch):
        _pct_on_prior(ch, s)
    if ch.abs.status == "unchecked":      # judged with its rate: A and P of one change (unless by its printed base)
        ch.abs.status = ch.pct.status
        if ch.pct.reason:
            ch.abs.reason = f"与增减率 {E.printed(ch.pct)}% 一并核对：{ch.pct.reason}"


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
                share.status, share.reason = "not_checkable", "整体为零，占比无定义"
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
        return f"同句未列“{subject}”的数额，无法重算占比" if subject else "同句未列所占的数额，无法重算占比"
    concept = vocab.load().concepts.get(share.whole or "")
    whole = printed_whole_text(share) or (concept.name if concept is not None else "")
    return f"文中与表中均未找到“{whole}”的数额，无法重算占比" if whole else "文中未写明所占整体，亦未找到其总数，无法重算占比"
