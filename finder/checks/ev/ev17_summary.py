"""EV17: a project's (or the department's) budget, spending, rate or score (or a part of it) in the text disagrees with its form."""
from __future__ import annotations

from typing import Iterator

import regex

from finder import lexicon, messages
from finder.claims import vocab
from finder.appendix.build import of
from finder.appendix.model import EvalTable, column_name, fund_columns, interval
from finder.appendix.text import pattern
from finder.checks.ev.common import (fmt, forms_by_name, judge, point_sum, points, printed, rate_scored, rated, ratio,
                                     row_evidence, severity, this_year, weight_pair)
from finder.checks.ledger import settle
from finder.checks.nt.common import prose_claims
from finder.checks.registry import CheckOptions, register
from finder.link import evidence as E
from finder.model import Claim, Finding
from finder.numbers.interval import Interval, Verdict, show

messages.add({
    "EV17": {"zh": "文中{kind}“{project}”的{what}为 {reported}，而其绩效自评表中为 {table}",
             "en": "the text gives {kind} '{project}' {what} {reported}, but its self-evaluation table prints {table}"},
    "EV17.form": {"zh": "{kind}“{project}”绩效自评表“{cell}”栏所述{what}为 {reported}，而该表中为 {table}",
                  "en": "the '{cell}' box of {kind} '{project}''s self-evaluation form gives {what} {reported}, "
                        "but the form prints {table}"},
    "EV17.project": {"zh": "项目", "en": "project"},
    "EV17.department": {"zh": "部门整体", "en": "the department as a whole"},
})

_CLAUSE_END = regex.compile(r"[，,；;：:。！!？?]")
_NOTE = regex.compile(r"[（(][^（()）]*[)）]")
_FIGURE = regex.compile(r"\d")


@register("EV17", name="project-summary-mismatch", groups=("appendix",), kind="narrative_vs_table")
def project_summary_mismatch(analysis, opts: CheckOptions) -> Iterator[Finding]:
    """文中某项目（或部门整体）的全年预算数、执行数、执行率、自评得分或其一级指标得分与其绩效自评表不符。

    The text names the project ('XX项目绩效自评综述：…项目自评得分为 95 分。全年预算数为 50 万元，执行数为
    45 万元'); its figures after the name in the paragraph naming it (it alone), or in the next paragraph
    when that one is a figure-less heading, naming no other figure (no concept), are read by their
    period (appendix.yml summary_periods: 全年预算 → 全年预算数, 决算/执行数 → 全年执行数, a bare 预算
    either budget) against the table's 年度资金总额 row, and a total score (appendix.yml rated_scores)
    against its 总分 row. The department's own form (部门整体支出绩效自评表, one in the report) goes by its
    title words (appendix.yml department_forms: '部门整体支出绩效自评得分为 98.8 分'). A part of the score
    ('其中：产出指标得分 49.5 分', '预算执行率得分 9.6 分') is held against the sum of that 一级 (else 二级)
    指标's rows (or the 年度资金总额 row's 得分); so is a part's weight ('产出指标权重 50 分'). A score named by
    得分 alone takes the part its weight right before it names ('产出指标权重 50 分，得分 48 分'), a weight in a
    note the part its score names ('产出指标 48 分（满分 50 分）'), and a bracketed weight before a score word
    is that part's ('产出指标（50 分）得分 48 分'), as a score right after a spending rate is the funds row's
    ('执行率 96.01%，得分 9.60 分'). A spending rate ('部门整体预算执行率为 96.01%') against the
    row's 执行率, printed or 全年执行数 ÷ 全年预算数 (appendix.yml summary_parts: only where the words before
    the figure name nothing else). A count of its indicators, nothing after it in its clause ('其中产出指标 3 个',
    '数量指标 2 项，全部完成', '共设置绩效指标 6 个'; appendix.yml summary_parts count_units), is held against the
    rows of that 二级 指标, the 二级 headers or rows of that 一级 (either), or all rows. A score of another year
    ('上年得分 94 分'), a score's change ('较上年提高 4.10 分') or an average of several forms' scores ('比全部门
    项目平均得分 96.16 分低…', appendix.yml form_averages) is no figure of the form. The form's own goal text (its
    预期目标 / 实际完成情况 cells, claims/forms.py) is held the same way: the amount heading it, named as the
    project's money by its words ('本项目共申请预算资金 60 万元', '全年执行资金 58.20 万元'; appendix.yml
    form_text_funds), against the 年度资金总额 and 财政拨款 rows in the columns those words name (a warning when
    the cells it may mean differ), and its 执行率 against the row's.

    **Anti-pattern**
    The table of 甲乙工作经费 prints ``年度资金总额 50 50 50 10 100 10`` and ``总分 100 100``:

    .. code-block:: text

        甲乙工作经费项目自评得分为 95 分。全年预算数为 50 万元，执行数为 45 万元，完成预算的 90%。

    **Best practice**

    .. code-block:: text

        甲乙工作经费项目自评得分为 100 分。全年预算数为 50 万元，执行数为 50 万元，完成预算的 100%。
    """
    app = of(analysis)
    yield from _form_texts(app.evals, prose_claims(analysis), opts)
    named = {k: et for k, et in forms_by_name(app.evals).items() if et is not None}
    if not named:
        return
    roles = lexicon.load("appendix")["summary_periods"]
    for et, claims in _stated(analysis.report.paragraphs, prose_claims(analysis), named):
        total = et.fund("total") or et.fund("fiscal")
        paired = _paired(claims)
        for c in claims:
            if c.unit == "分" and (not this_year(c) or c.kind not in ("score", "weight")):
                continue                 # '上年得分 94 分', '较上年提高 4.10 分': not the form's year, or a change
            part = _score_part(c, et, named, paired) if c.unit == "分" else []
            if c.kind == "amount" and c.unit == "万元" and c.concept is None and total is not None \
                    and c.period in roles and _about(c, et, named):
                cells = [(fund_columns()[r], total.values.get(r)) for r in roles[c.period]]
                refs = [(col, cell.raw.strip(), interval(cell), total.row) for col, cell in cells
                        if interval(cell) is not None]
                yield from _judged(et, c, c.interval, f"{E.printed(c)} 万元", refs, opts)
            elif rated(c) and not part and et.total is not None and points(et.total.score) is not None \
                    and c.concept not in lexicon.load("appendix")["form_averages"]:
                refs = [(column_name("score"), et.total.score.raw.strip(), points(et.total.score), et.total.row)]
                yield from _judged(et, c, points(E.printed(c)), f"{E.printed(c)} 分", refs, opts)
            elif c.unit == "分":
                yield from _judged(et, c, points(E.printed(c)), f"{E.printed(c)} 分", part, opts)
            elif c.unit == "%" and c.concept in lexicon.load("appendix")["summary_parts"]["rate_concepts"]:
                yield from _judged(et, c, printed(E.printed(c)), f"{E.printed(c)}%", _rate_part(c, et, named), opts)
            elif c.kind == "count" and c.unit in lexicon.load("appendix")["summary_parts"]["count_units"]:
                yield from _judged(et, c, c.interval, f"{E.printed(c)} {c.unit}", _count_part(c, et, named), opts)


def _form_texts(evals: list[EvalTable], claims: list[Claim], opts: CheckOptions) -> Iterator[Finding]:
    """The amount heading a form's own goal text ('本项目共申请预算资金 60 万元。其中：…', claims/forms.py) against
    the form's 年度资金总额 and 财政拨款 rows, in the columns its words name (appendix.yml form_text_funds); its
    spending rate ('执行率 97.33%') against the 年度资金总额 row's, as a rate in the text is (_rate_part)."""
    lex = lexicon.load("appendix")["form_text_funds"]
    by_table = {id(et.table): et for et in evals}
    for c in claims:
        form = c.extra.get("form")
        et = by_table.get(id(form.table)) if form is not None else None
        if et is None or c.approx or c.extra.get("whole_head"):
            continue
        if c.unit == "%" and c.concept in lexicon.load("appendix")["summary_parts"]["rate_concepts"]:
            yield from _judged(et, c, printed(E.printed(c)), f"{E.printed(c)}%", _rate_part(c, et, {}), opts)
            continue
        if c.kind != "amount" or c.unit != "万元":
            continue
        words = vocab.squeeze(c.paragraph.text[c.clause[0]:c.start])
        if not any(w in words for w in lex["funds"]) or not any(w in words for w in lex["whole"]):
            continue
        roles = next((r for ws, r in lex["roles"] if any(w in words for w in ws)), None)
        rows = [f for f in (et.fund("total"), et.fund("fiscal")) if f is not None]
        refs, seen = [], set()
        for f in rows:
            for r in roles or ():
                cell = f.values.get(r)
                if cell is not None and interval(cell) is not None and (r, cell.raw.strip()) not in seen:
                    seen.add((r, cell.raw.strip()))      # the fiscal row printing the total's figure again
                    refs.append((fund_columns()[r], cell.raw.strip(), interval(cell), f.row))
        mid = (c.interval.lo + c.interval.hi) / 2          # none meeting it: the nearest cell is shown
        refs.sort(key=lambda r: abs((r[2].lo + r[2].hi) / 2 - mid))
        unsure = len({(iv.lo, iv.hi) for _, _, iv, _ in refs}) > 1
        for f in _judged(et, c, c.interval, f"{E.printed(c)} 万元", refs, opts):
            if isinstance(f, Finding) and unsure:
                f.severity = "warning"
            yield f


def _words_before(c: Claim, et: EvalTable, named: dict[str, EvalTable]) -> str:
    """The clause's words before the figure, with no spaces and no closed bracket, past its owners and links
    (appendix.yml summary_parts: '其中：产出指标得分 49.5 分' -> '产出指标得分', '部门整体预算执行率为 96%' ->
    '预算执行率', '产出指标（50 分）得分' -> '产出指标得分'); a figure in a bracket, its words in it ('（满分')
    after a figure ('48 分（满分'), else the name before the note with them ('产出指标（50 分）' -> '产出指标',
    '产出指标（权重 50 分）' -> '产出指标权重')."""
    lex = lexicon.load("appendix")["summary_parts"]
    text = _NOTE.sub("", vocab.squeeze(_CLAUSE_END.split(c.paragraph.text[c.sentence[0]:c.start])[-1]))
    head, _, inside = text.rpartition("（") if "（" in text else text.rpartition("(")
    text = head + inside if not _FIGURE.search(head) else inside or head
    owners = [*lex["owners"], *(k for k, e in named.items() if e is et), vocab.squeeze(et.project)]
    while (w := next((w for w in owners if w and text.startswith(w)), None)) is not None:
        text = text[len(w):]
    while (w := next((w for w in lex["links"] if text.endswith(w)), None)) is not None:
        text = text[:-len(w)]
    return text


def _paired(claims: list[Claim]) -> dict[int, Claim]:
    """Each score or weight named by its partner in a pair read in a row (ev.common.weight_pair): a score
    by its weight before it ('产出指标权重 50 分，得分 48 分'), a weight in a note by its score ('产出指标 48 分
    （满分 50 分）'); a score by the spending rate before it ('执行率 96.01%，得分 9.60 分', ev.common.rate_scored)."""
    return {id(y): x for x, y in zip(claims, claims[1:]) if weight_pair(x, y) or rate_scored(x, y)}


def _part_words(c: Claim, et: EvalTable, named: dict[str, EvalTable], paired: dict[int, Claim]) -> tuple[str | None, str]:
    """The column (score, weight) and part the figure's words name: a part then a column word ('产出指标得分'),
    or a part alone where the figure's kind says its column: a weight ('产出指标（50 分）得分') or a score
    its weight's note follows ('产出指标 48 分（满分 50 分）')."""
    lex = lexicon.load("appendix")["summary_parts"]
    words = _words_before(c, et, named)
    col = next((r for r in ("score", "weight") for w in lex[r] if words.endswith(w)), None)
    if col is None:
        alone = c.kind == "weight" or any(x is c for x in paired.values())
        return (c.kind if alone else None), words
    return col, next(words[:-len(w)] for w in lex[col] if words.endswith(w))


def _score_part(c: Claim, et: EvalTable, named: dict[str, EvalTable], paired: dict[int, Claim]) -> list:
    """A part of the form's score the figure restates: a 一级 (else 二级) 指标's, the sum of its rows' 得分 or
    分值, or the funds row's ('预算执行率得分 9.60 分'); none when the words name no such part. A figure named
    by its column word alone takes the part its partner names (_paired)."""
    lex = lexicon.load("appendix")["summary_parts"]
    col, part = _part_words(c, et, named, paired)
    if col is not None and not part and id(c) in paired:
        part = _part_words(paired[id(c)], et, named, paired)[1]
    if col is None or not part:
        return []
    if part in lex["funds"]:
        total = et.fund("total")
        cell = total.values.get(col) if total is not None else None
        return [(fund_columns()[col], cell.raw.strip(), points(cell), total.row)] if points(cell) else []
    rows = [i for i in et.indicators if vocab.squeeze(i.level1) == part] \
        or [i for i in et.indicators if vocab.squeeze(i.group) == part]
    iv = point_sum([getattr(i, col) for i in rows]) if rows else None
    if iv is None:
        return []
    shown = f"{show(sum(getattr(i, col).value for i in rows))}（{' + '.join(getattr(i, col).raw.strip() for i in rows)}）"
    return [(f"{part}{column_name(col)}", shown, iv, rows[0].row)]


def _count_part(c: Claim, et: EvalTable, named: dict[str, EvalTable]) -> list:
    """The form's count of indicators the figure restates, nothing after it in its clause: a 二级 name's rows,
    a 一级 name's 二级 headers or rows, all rows (appendix.yml summary_parts count_openers, all_rows)."""
    lex = lexicon.load("appendix")["summary_parts"]
    if c.paragraph.text[c.end:_clause_end(c.paragraph.text, c.end)].strip():
        return []
    words = pattern("summary_opener").sub("", _words_before(c, et, named))
    words = next((words[len(w):] for w in lex["count_openers"] if words.startswith(w)), words)
    groups = [i for i in et.indicators if vocab.squeeze(i.group) == words]
    tops = [i for i in et.indicators if vocab.squeeze(i.level1) == words]
    counts = [("绩效指标数", et.indicators)] if words in lex["all_rows"] else [(f"{words}三级指标数", groups)]
    if tops and not groups:
        counts = [(f"{words}二级指标数", list({i.group: i for i in tops}.values())), (f"{words}三级指标数", tops)]
    return [(what, str(len(rows)), Interval.exact(len(rows)), rows[0].row) for what, rows in counts if rows]


def _clause_end(text: str, k: int) -> int:
    m = _CLAUSE_END.search(text, k)
    return m.start() if m else len(text)


def _rate_part(c: Claim, et: EvalTable, named: dict[str, EvalTable]) -> list:
    """The form's spending rate ('预算执行率为 96.01%'): its funds row's printed 执行率 or 全年执行数 ÷ 全年预算数."""
    total = et.fund("total")
    if total is None or _words_before(c, et, named) not in lexicon.load("appendix")["summary_parts"]["funds"]:
        return []
    cols, (rate, spent, budget) = fund_columns(), (total.values.get(k) for k in ("rate", "spent", "full_budget"))
    refs = [(cols["rate"], rate.raw.strip(), interval(rate), total.row)] if interval(rate) else []
    if interval(spent) and interval(budget) and (iv := ratio(interval(spent), interval(budget))) is not None:
        refs.append((cols["rate"], f"{spent.raw.strip()} ÷ {budget.raw.strip()} = {fmt(iv)}%", iv, total.row))
    return refs


def _about(c: Claim, et: EvalTable, named: dict[str, EvalTable]) -> bool:
    """The amount's subject is the form's: a name it goes by (the project's, '部门整体'), a word of
    appendix.yml summary_subjects ('该项目'), or a score: a total ('自评得分为 95 分。全年预算数为…') or a part
    of it ('…预算执行率得分 9.6 分。全年预算数为…': an amount is no score's, so the subject only ran on from
    the score before); not the department's for a project."""
    subject = "".join(c.subject.split())
    names = ["".join(et.project.split()), *(k for k, e in named.items() if e is et)]
    rated = lexicon.load("appendix")["rated_scores"]
    if any(n and n in subject for n in names) or (et.kind == "project" and any(
            w in subject for w in lexicon.load("appendix")["summary_subjects"])):
        return True
    return vocab.load().alias_to_concept.get(subject) in rated["concepts"] or subject.endswith(tuple(rated["subjects"]))


def _stated(paragraphs, claims: list[Claim], named: dict[str, EvalTable]) -> list[tuple[EvalTable, list[Claim]]]:
    """The claims about each named project: after its name in the paragraph naming it (one project
    only), or in the next paragraph when that one states no figure ('XX项目绩效自评综述：')."""
    by_par: dict[int, list[Claim]] = {}
    for c in claims:
        by_par.setdefault(id(c.paragraph), []).append(c)
    out: dict[int, tuple[EvalTable, list[Claim]]] = {}
    heading = None              # the project a figure-less paragraph named
    for p in paragraphs:
        text = "".join(p.text.split())
        hits = list({id(et): et for k, et in named.items() if k in text}.values())
        mine = by_par.get(id(p), [])
        if len(hits) == 1:
            at = min(text.find(k) for k, e in named.items() if e is hits[0] and k in text)
            after = [c for c in mine if len("".join(p.text[:c.start].split())) >= at]
            out.setdefault(id(hits[0]), (hits[0], []))[1].extend(after)
            heading = hits[0] if not mine else None
        elif heading is not None and not hits:
            out.setdefault(id(heading), (heading, []))[1].extend(mine)
            heading = None
        else:
            heading = None
    return list(out.values())


def _judged(et: EvalTable, c: Claim, mine: Interval, reported: str, refs: list[tuple[str, str, Interval, object]],
            opts: CheckOptions) -> Iterator[Finding]:
    """A mismatch when the figure meets none of the cells it may mean (a bare 预算: either budget)."""
    if not refs or mine is None:
        return
    verdicts = [judge(mine, iv) for _, _, iv, _ in refs]
    k = verdicts.index(Verdict.CONSISTENT) if Verdict.CONSISTENT in verdicts \
        else next((k for k, v in enumerate(verdicts) if v == Verdict.BORDERLINE), 0)
    column, raw, iv, row = refs[k]
    sev = severity(verdicts[k])
    computation = messages.steps(messages.stated("text", reported, fmt(mine)),
                                 messages.stated("table", f"{column} {raw}", fmt(iv)), messages.verdict(verdicts[k]))
    yield from settle([c], sev is None, "EV17", [row_evidence(row, et.table, column)], computation)
    if sev is None:
        return
    columns = "或".join(dict.fromkeys(r[0] for r in refs))
    form = c.extra.get("form")                    # a figure in the form's own prose cell, not the narrative's
    key, cell = ("EV17.form", form.column) if form is not None else ("EV17", "")
    yield Finding("EV17", sev, messages.msg(key, opts.lang, kind=messages.msg(f"EV17.{et.kind}", opts.lang),
                                            project=et.project, what=columns, reported=reported, cell=cell,
                                            table=messages.listing(r[1] for r in refs)),
                  [E.claim_evidence(c), row_evidence(row, et.table, column)], computation=computation, claims=[c.id])
