"""Shared helpers of the EV checks: evidence for rows and prose, interval sums, verdict -> severity, total scores."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

from finder import lexicon, messages
from finder.appendix.model import Indicator, interval
from finder.claims import vocab
from finder.claims.phrase import cap_words
from finder.claims.segments import in_parens
from finder.model import Cell, Claim, Evidence, Row, Table
from finder.numbers.interval import Interval, Verdict, compare, show, total
from finder.numbers.parse import to_halfwidth

messages.add({"EV.unnamed_project": {"zh": "自评项目", "en": "evaluated project"}})


def project_name(et) -> str:
    """The project an evaluation table is about, or a neutral name when it prints none."""
    return et.project or messages.msg("EV.unnamed_project")


@lru_cache(maxsize=None)
def bands() -> tuple[tuple[Decimal, Decimal, str, tuple[str, ...]], ...]:
    """The rating bands (appendix.yml rating_bands), best first: (lowest score, next band's lowest,
    the rating's first name, all its names)."""
    out, top = [], Decimal(100)
    for band in lexicon.load("appendix")["rating_bands"]:
        low = Decimal(str(band["from"]))
        out.append((low, top, band["names"][0], tuple(band["names"])))
        top = low
    return tuple(out)


def this_year(c: Claim) -> bool:
    """A score of the report year: a self-evaluation's forms hold no other year's ('上年为 97 分', '2022年得分')."""
    return not (c.period == "上年" or (c.period or "").isdigit())


def rated(c: Claim) -> bool:
    """A total score of the report year (EV16's rating is of it, EV17 holds it to a form's 总分; appendix.yml
    rated_scores), not last year's ('上年为 97 分')."""
    lex = lexicon.load("appendix")["rated_scores"]
    return c.kind == "score" and c.unit == "分" and this_year(c) and (c.concept in lex["concepts"] or (
        c.concept is None and "".join(c.subject.split()) in lex["subjects"]))


def row_evidence(row: Row, table: Table, column: str | None = None, role: str = "reference") -> Evidence:
    """The printed row verbatim, with table id, row label and column."""
    return Evidence(text=row.raw.strip() or row.label, **table.where(row), table=table.id,
                    table_title=table.title or None, row=row.label.strip() or None, column=column, role=role)


def points(cell: Cell | str | None) -> Interval | None:
    """A 分值/得分 figure: points are assigned, so a whole number printed without decimals is exact
    (3 is 3); a figure printed with decimals may be rounded (2.8 is [2.75, 2.85])."""
    if cell is None:
        return None
    if isinstance(cell, str):
        raw = to_halfwidth(cell.strip())        # '３９．５' is 39.5, printed with a decimal
        return Interval.exact(raw, raw) if "." not in raw else printed(raw)
    if cell.value is None:
        return None
    return Interval.exact(cell.value, cell.raw) if cell.decimals == 0 else interval(cell)


def point_sum(cells: list[Cell | None]) -> Interval | None:
    ivs = [points(c) for c in cells]
    if not ivs or any(i is None for i in ivs):
        return None
    return total(ivs)  # type: ignore[arg-type]


def cell_sum(cells: list[Cell | None]) -> Interval | None:
    """Sum of the cells' printed intervals; None when a cell is missing or not a number."""
    ivs = [interval(c) for c in cells]
    if not ivs or any(i is None for i in ivs):
        return None
    return total(ivs)  # type: ignore[arg-type]


def severity(verdict: Verdict) -> str | None:
    return {Verdict.CONTRADICTED: "error", Verdict.BORDERLINE: "warning"}.get(verdict)


def judge(reported: Cell | Interval | None, computed: Interval | None) -> Verdict:
    """compare(); an exact figure (lo == hi, e.g. whole points) has no rounding band to be
    borderline in: any gap contradicts it."""
    rep = interval(reported) if isinstance(reported, Cell) else reported
    if rep is None or computed is None:
        return Verdict.UNDEFINED
    return compare(rep, computed, Decimal(0) if rep.lo == rep.hi else None)


def fmt(v: Decimal | Interval | None) -> str:
    if v is None:
        return "?"
    if isinstance(v, Interval):
        return show(v.lo) if v.lo == v.hi else str(v)
    return show(v)


def printed(raw: str) -> Interval:
    return Interval.printed(raw.replace("%", "").replace("％", "").strip())


def ratio(part: Interval, whole: Interval) -> Interval | None:
    """part ÷ whole × 100 with whole's zero excluded; None when whole may be zero."""
    if whole.hi <= 0:
        return None
    if whole.lo <= 0:
        whole = Interval(Decimal("1e-9"), whole.hi)
    return part.clamp_nonneg().percent_of(whole)


def forms_by_name(forms: list) -> dict:
    """The names a text may give a form by: each project's name (4 characters or more; None when two forms
    print it, so it names neither), and the department form's title words (appendix.yml department_forms)
    when there is one department form."""
    named: dict = {}
    for et in forms:
        key = "".join(et.project.split())
        if et.kind == "project" and len(key) >= 4:
            named[key] = None if key in named else et
    depts = [et for et in forms if et.kind == "department"]
    if len(depts) == 1:
        named.update(dict.fromkeys(lexicon.load("appendix")["department_forms"]["titles"], depts[0]))
    return named



def clause_name(c: Claim) -> str:
    """What a score or weight is of, as its clause prints it before the figure, without the score or
    weight word: '效益指标权重分 30 分' -> 效益指标, '产出指标得分 48 分' -> 产出指标 (the claim's subject when
    nothing is left)."""
    text = c.paragraph.text
    a = c.clause[0] if c.clause != (0, 0) else c.start
    name = text[a:c.start].rstrip(" \u3000为是：:")
    v = vocab.load()
    for w in sorted((*v.weight_markers, *v.score_markers), key=len, reverse=True):
        if name.endswith(w):
            name = name[:-len(w)].rstrip(" \u3000的")
            break
    return name[cap_words(name, 0, len(name)):].strip() or c.subject


_NOTE_OPEN = regex.compile(r"\s*[（(]")
_PAREN_CLOSE = regex.compile(r"[）)]")
_CLAUSE_LINK = regex.compile(r"[\s，,：:为是]*")


def weight_pair(first: Claim, second: Claim) -> bool:
    """Whether two figures read in a row are a score and its weight: '52 分（满分 50 分）' (a weight opening
    a note right after its score) or '权重分 30 分，实际得分 31 分' (a score whose clause, right after the
    weight's, names it by a score word alone)."""
    if {first.kind, second.kind} != {"score", "weight"} or first.sentence != second.sentence:
        return False
    text = first.paragraph.text
    if first.kind == "score":
        m = _NOTE_OPEN.match(text, first.end)
        return bool(m) and in_parens(text, m.start(), second.start) and not _PAREN_CLOSE.search(text, m.end(), second.start)
    return _scored_next(first, second)


def rate_scored(first: Claim, second: Claim) -> bool:
    """Whether a score is the points of the spending rate read right before it: '执行率 96.01%，得分 9.60 分'
    (the score's clause names it by a score word alone; appendix.yml summary_parts rate_concepts)."""
    return first.unit == "%" and second.kind == "score" and first.sentence == second.sentence \
        and first.concept in lexicon.load("appendix")["summary_parts"]["rate_concepts"] and _scored_next(first, second)


def bare_weight(first: Claim, second: Claim, via: Claim | None = None) -> bool:
    """Whether a score is the points its item is worth, printed without a weight word: '产出指标 50 分，得分 48
    分' (the next clause names its score by a score word alone; '产出指标得分 48 分，得分…' is no such pair);
    via: the points taken off printed in a clause between ('产出指标 50 分，扣 3 分，得分 48 分')."""
    if first.kind != "score" or second.kind != "score" or first.sentence != second.sentence:
        return False
    a = first.clause[0] if first.clause != (0, 0) else first.start
    own = first.paragraph.text[a:first.start].rstrip(" \u3000为是：:")
    if own.endswith(tuple(_score_words())):
        return False
    return _deducted_next(first, via) and _scored_next(via, second) if via else _scored_next(first, second)


def _deducted_next(first: Claim, via: Claim) -> bool:
    """The deduction's clause, right after the first figure's, names it by a deduction word alone ('，扣 3 分')."""
    between = first.paragraph.text[first.end:via.start]
    return via.kind == "deduction" and between.lstrip()[:1] in ("，", ",") \
        and _CLAUSE_LINK.sub("", between) in vocab.load().deduction_markers


def _scored_next(first: Claim, second: Claim) -> bool:
    """The second figure's clause, right after the first's, names it by a score word alone ('，得分 48 分')."""
    between = first.paragraph.text[first.end:second.start]
    rest = _CLAUSE_LINK.sub("", between)
    return between.lstrip()[:1] in ("，", ",") and rest in _score_words()


@lru_cache(maxsize=1)
def _score_words() -> frozenset[str]:
    """A score named by these alone is of the thing just named (directions.yml score_markers; the
    section score's aliases: 实际得分)."""
    section = lexicon.load("concepts")["concepts"]["section_score"]["aliases"]
    return frozenset(vocab.load().score_markers) | frozenset(section)


# how a target's operator is printed in messages and computations
OP_SIGNS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}


def misses(iv: Interval, v: Decimal, op: str) -> bool:
    """A result over its printed rounding `iv` misses the target `v` under `op` for certain (an '=' target: v
    outside the interval)."""
    return {">=": iv.hi < v, ">": iv.hi <= v, "<=": iv.lo > v, "<": iv.lo >= v}.get(op, not iv.contains(v))


def meets(iv: Interval, v: Decimal, op: str) -> bool:
    """A result over its printed rounding `iv` meets the target `v` under `op` for certain."""
    return {">=": iv.lo >= v, ">": iv.lo > v, "<=": iv.hi <= v, "<": iv.hi < v}.get(op, iv.lo == iv.hi == v)


def target_op(ind: Indicator) -> str:
    """The operator a row's target is held to: its printed one, else ≤ for a rate or count of an unwanted
    event (appendix.yml unwanted_rate) and ≥ for anything else."""
    t = ind.target.target if ind.target is not None else None
    if t is not None and t.op:
        return t.op
    return "<=" if lower_better(ind.name, ind.unit != "%") else ">="


def unwanted(name: str) -> bool:
    """A rate of an unwanted event ('投诉率', '安全事故发生率'): the lower the better."""
    return bool(_unwanted_re()[0].search(name))


def lower_better(name: str, counted: bool = True) -> bool:
    """A rate or a count of an unwanted event ('投诉率', '安全事故发生次数'; not one of the cases handled:
    '办结案件数', nor one inside a longer noun: '事件数据上报及时率', nor the count a rate is of: '投诉数量下降率'):
    a target printed without an operator is a ceiling. A figure in % (`counted` false: the name read
    without its rate, '投诉数量' of '投诉数量下降率…为 10%') is no count of events."""
    if unwanted(name):
        return True
    if not counted:
        return False
    _, counted, handled, rate_word = _unwanted_re()
    m = counted.search(name)
    return m is not None and not any(w in name[:m.start()] for w in handled) and rate_word not in name[m.end():]


@lru_cache(maxsize=1)
def _unwanted_re() -> tuple[regex.Pattern, regex.Pattern, tuple[str, ...], str]:
    lex = lexicon.load("appendix")["unwanted_rate"]
    ev, verbs, counts = (lexicon.alternation(lex[k]) for k in ("events", "verbs", "count_words"))
    counted = lexicon.alternation([e for e in lex["events"] if e not in lex.get("uncounted", ())])
    return (regex.compile(f"(?:{ev})(?:{verbs})?{regex.escape(lex['rate_word'])}"),
            regex.compile(f"(?:{counted})(?:{verbs})?(?:{counts})(?![据字码])"), tuple(lex["handled"]), lex["rate_word"])


# Lexicon-derived patterns compiled as the module loads (model loading), not by the first report
# that reaches them.
_unwanted_re()
