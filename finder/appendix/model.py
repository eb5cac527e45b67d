"""The evaluation tables as data: indicator rows with levels, targets, actuals, 分值/得分; project funds."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import regex

from finder import lexicon
from finder.model import Cell, Row, Table
from finder.numbers.interval import Interval
from finder.numbers.parse import CellValue, parse_cell, to_halfwidth

_WS = regex.compile(r"\s+")

EVAL_IDS = ("project_self_eval", "indicator_scores")
SUMMARY_ID = "score_summary"
TARGETS_ID = "performance_targets"
_NUM = regex.compile(r"^[-−]?\d+(?:\.\d+)?$")


@lru_cache(maxsize=1 << 12)
def _value(raw: str) -> CellValue:
    """parse_cell of a printed cell, remembered: the same few strings ('3', '100%', '≥90%') fill
    every evaluation table, and the summary and funds rows classify each cell several times."""
    return parse_cell(raw)


def cell_of(raw: str, column: str = "") -> Cell:
    v = _value(raw or "")
    return Cell(raw=raw or "", kind=v.kind, value=v.value, decimals=v.decimals, target=v.target,
                column=(column,) if column else ())


def interval(cell: Cell | None) -> Interval | None:
    """The printed rounding interval of a number, percent or target cell."""
    if cell is None or cell.value is None:
        return None
    return Interval.rounded(cell.value, cell.decimals, cell.raw.strip())


def rate_readings(cell: Cell | None) -> list[Interval]:
    """The percent a printed rate cell may mean: as printed ('97.33%', '97.33'), and a fraction printed without a
    percent sign ('0.97', '1.00') also as its hundredfold, as some forms print an execution rate; [] for no number."""
    r = interval(cell)
    if r is None:
        return []
    raw = cell.raw.strip()
    fraction = cell.decimals > 0 and not raw.endswith(("%", "％")) and Decimal(0) <= cell.value <= 1
    return [r, r.scale(100)] if fraction else [r]


def column_name(role: str) -> str:
    """How evidence names an evaluation-table column ('actual' -> 实际完成值; appendix.yml)."""
    return lexicon.load("appendix")["column_names"][role]


def fund_columns() -> dict[str, str]:
    """The funds block's columns in printed order: role -> printed header."""
    return lexicon.load("appendix")["header"]["fund_columns"]


@lru_cache(maxsize=1)
def _unit_re() -> regex.Pattern:
    after = lexicon.alternation(lexicon.load("appendix")["operator_after"])
    return regex.compile(rf"^\s*[≥≤><=》《≧≦＝]*\s*[-−]?\d[\d,]*(?:\.\d+)?\s*(?P<unit>[^\d\s]*?)\s*(?:{after})?\s*$")


def unit_of(raw: str) -> str:
    """'25000 平米' -> '平米', '≥90%' -> '%', '1800' -> ''."""
    m = _unit_re().match(to_halfwidth(raw or "").replace("％", "%"))
    return m.group("unit") if m else ""


@dataclass
class Indicator:
    """One 三级指标 row: name, its level headers, target, actual, 分值 (weight) and 得分 (score)."""

    name: str
    row: Row
    table: Table
    level1: str = ""
    group: str = ""                  # the most specific level header (二级指标)
    section: str = ""                # 产出 | 效果 | 成本 | 投入 | 过程
    target: Cell | None = None
    actual: Cell | None = None
    weight: Cell | None = None
    score: Cell | None = None

    @property
    def unit(self) -> str:
        for c in (self.target, self.actual):
            if c is not None and unit_of(c.raw):
                return unit_of(c.raw)
        return ""


@dataclass
class Funds:
    """A row of the project funds block: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分."""

    label: str
    kind: str                        # appendix.yml fund_rows or spending_split: total | fiscal | … | basic
    row: Row
    values: dict[str, Cell] = field(default_factory=dict)   # by role (fund_columns()), e.g. 'spent'


@dataclass
class Total:
    """A 总分/总计/合计 row: the printed weight and score totals."""

    row: Row
    weight: Cell | None = None
    score: Cell | None = None


@dataclass
class Subtotal:
    """A 一级指标's own row ('产出指标 | 50 | 49.5'): the printed sums of its rows' 分值 and 得分."""

    level1: str
    row: Row
    weight: Cell | None = None
    score: Cell | None = None


@dataclass
class Rating:
    """The rating a form prints of itself (a 评价等级/自评等级 cell and the rating beside it)."""

    raw: str
    row: Row


@dataclass
class Goal:
    """The 年度总体目标 row of a project table: 预期目标 and 实际完成情况 as printed."""

    expected: str
    actual: str
    row: Row


@dataclass
class EvalTable:
    """One evaluation table: a project's 自评表 or a department's indicator table."""

    table: Table
    kind: str                        # project | department (部门整体…自评表, same form) | indicators
    project: str = ""
    indicators: list[Indicator] = field(default_factory=list)
    funds: list[Funds] = field(default_factory=list)
    total: Total | None = None
    levels_known: bool = True
    goal: Goal | None = None
    subtotals: list[Subtotal] = field(default_factory=list)
    rating: Rating | None = None

    @property
    def section(self) -> str:
        votes: dict[str, int] = {}
        for ind in self.indicators:
            votes[ind.section] = votes.get(ind.section, 0) + 1
        return max(votes, key=votes.get) if votes else ""

    def fund(self, kind: str) -> Funds | None:
        return next((f for f in self.funds if f.kind == kind), None)


@dataclass
class SummaryLine:
    """A row of the score summary (序号 整体 权重 得分 得分率)."""

    name: str
    section: str
    row: Row
    table: Table
    weight: Cell | None = None
    score: Cell | None = None
    rate: Cell | None = None
    is_total: bool = False


@dataclass
class TargetLine:
    """A row of the 部门年度预算支出绩效目标 table: indicator name and target."""

    name: str
    target: Cell
    row: Row
    table: Table


# ----------------------------------------------------------------------------- reading
def row_cells(row: Row) -> list[str]:
    """The printed cells of a row, in order, blanks kept."""
    if row.extra.get("cells") is not None:
        return [str(c or "").strip() for c in row.extra["cells"]]
    if "\t" in row.raw:
        return [c.strip() for c in row.raw.split("\t")]
    return [row.label.strip(), *(c.raw.strip() for c in row.cells)]


def section_of(text: str) -> str:
    """The evaluation section a level header or heading names ('' when none)."""
    lex = lexicon.load("appendix")
    for key, sec in lex["levels"]["section_of"].items():
        if key in text:
            return sec
    return ""


def section_in(text: str) -> str:
    """The section word that occurs first in `text` (headings, sentences)."""
    return _first_section_word(text)[0]


def names_section_part(text: str) -> bool:
    """The first section word in `text` names only a part of its section (appendix.yml section_parts:
    '满意度指标分值 10 分' states no weight of all of 效果)."""
    return _first_section_word(text)[1] in lexicon.load("appendix")["section_parts"]


def _first_section_word(text: str) -> tuple[str, str]:
    best, word, pos = "", "", len(text) + 1
    for sec, words in lexicon.load("appendix")["sections"].items():
        for w in words:
            k = text.find(w)
            if 0 <= k < pos:
                best, word, pos = sec, w, k
    return best, word


def level_kind(text: str) -> str | None:
    """'level1' / 'level2' for a level header cell, None for anything else."""
    lv = lexicon.load("appendix")["levels"]
    t = _WS.sub("", text)
    if not t:
        return None
    if t in lv["level2"]:
        return "level2"
    if t in lv["level1"]:
        return "level1"
    return None


def is_total_label(text: str) -> bool:
    t = _WS.sub("", text)
    return any(t.startswith(w) for w in lexicon.load("appendix")["total_labels"]) and len(t) <= 4


def _is_num(s: str) -> bool:
    return bool(_NUM.match(to_halfwidth(s).strip()))


def _scores_at(cells: list[str]) -> int | None:
    """Where a row's 得分 is: the last of its last two adjacent numbers (the first is its 分值)."""
    return next((j for j in range(len(cells) - 1, 0, -1) if _is_num(cells[j]) and _is_num(cells[j - 1])), None)


def indicator_layout(cells: list[str]) -> tuple[int, int, int, int] | None:
    """An indicator header printing the target in three columns ('指标性质 | 指标值 | 度量单位', appendix.yml
    indicator_split_columns): (the row's cell count, the operator's, the value's and the unit's positions),
    when each is printed once and in that order."""
    split = lexicon.load("appendix")["indicator_split_columns"]
    heads = [_NOTE.sub("", _WS.sub("", c)) for c in cells]
    at = []
    for role in ("operator", "value", "unit"):
        found = [j for j, h in enumerate(heads) if h in split[role]]
        if len(found) != 1:
            return None
        at.append(found[0])
    return (len(cells), *at) if at[0] + 1 == at[1] and at[1] + 1 == at[2] else None


def _joined_target(cells: list[str], layout: tuple[int, int, int, int]) -> list[str]:
    """A row under a split target header with its operator, value and unit read as one target cell
    ('≥ | 300 | 人次' -> '≥300人次'); a row whose value is no number, or whose operator cell is no operator,
    is left as printed."""
    _, op, val, unit = layout
    if not _is_num(cells[val]) or (cells[op] and not _OPERATOR.match(to_halfwidth(cells[op]).strip())):
        return cells
    if unit_of(cells[unit] and "0" + cells[unit]) != cells[unit].strip():
        return cells                          # a unit cell holding more than a unit
    return [*cells[:op], cells[op].strip() + cells[val].strip() + cells[unit].strip(), *cells[unit + 1:]]


_OPERATOR = regex.compile(r"^[≥≤><=＝≧≦》《]{1,2}$")


def parse_subtotal(cells: list[str], row: Row) -> Subtotal | None:
    """A row naming only a 一级指标 before its 分值 and 得分 ('产出指标 | | | | 50 | 49.5'), printed among its rows."""
    k = _scores_at(cells)
    if k is None:
        return None
    texts = [_WS.sub("", c) for c in cells[:k - 1] if c.strip()]
    if len(texts) != 1 or texts[0] not in lexicon.load("appendix")["levels"]["level1"]:
        return None
    return Subtotal(texts[0], row, cell_of(cells[k - 1], column_name("weight")),
                    cell_of(cells[k], column_name("score")))


_QUOTES = "“”\"'‘’「」『』"


def parse_rating(cells: list[str], row: Row) -> Rating | None:
    """A rating the form prints: a label cell and the rating in the next filled cell ('评价等级 | 良') or after a
    colon ('自评等级：“优”'; appendix.yml rating_cells and rating_bands)."""
    lex = lexicon.load("appendix")
    names = {n for band in lex["rating_bands"] for n in band["names"]}
    texts = [_WS.sub("", c) for c in cells if c.strip()]
    for j, t in enumerate(texts):
        label = next((w for w in lex["rating_cells"] if t.startswith(w)), None)
        if label is None:
            continue
        rest = t[len(label):]
        if rest and rest[0] not in ":：":
            continue                  # '评价结果良好' is a sentence, not a label and its rating
        rating = (rest[1:] or (texts[j + 1] if j + 1 < len(texts) else "")).strip(_QUOTES)
        if rating in names:
            return Rating(rating, row)
    return None


def parse_indicator(cells: list[str], prev: Indicator | None, row: Row, table: Table,
                    level1_above: str = "") -> Indicator | None:
    """Right-anchored: the last two adjacent numbers are 分值 and 得分; before them actual, target, name. A row
    printing no 一级指标 right under a 一级's own row is of that 一级 (`level1_above`)."""
    k = _scores_at(cells)
    if k is None or k < 3:
        return None
    w = k - 1
    actual, target = cells[w - 1], cells[w - 2]
    head = cells[:w - 2]
    names = [j for j, c in enumerate(head) if c and level_kind(c) is None] or _header_named(head)
    if not names:
        return None
    name_at = names[-1]
    name = _WS.sub("", head[name_at])
    if not name or is_total_label(name) or _is_num(name):
        return None
    levels = [c for c in head[:name_at] if c and level_kind(c)]
    level1 = next((c for c in levels if level_kind(c) == "level1"), "") or _leading_level1(levels) or level1_above
    group = levels[-1] if levels else ""
    if prev is not None and prev.table is table and (not levels or level_kind(group) == "level2"):
        level1 = level1 or (prev.level1 if not levels or holds(prev.level1, group) else "")
        group = group or prev.group
    sec = section_of(group) or section_of(level1)
    return Indicator(name, row, table, level1, group, sec, cell_of(target, column_name("target_cell")),
                     cell_of(actual, column_name("actual")), cell_of(cells[w], column_name("weight")),
                     cell_of(cells[k], column_name("score")))


@lru_cache(maxsize=1)
def _header_roles() -> dict[str, str]:
    return {w: role for role, ws in lexicon.load("appendix")["indicator_header_roles"].items() for w in ws}


def header_role(word: str) -> str | None:
    """The role an indicator header word gives its column (appendix.yml indicator_header_roles): name | weight |
    score; None for another word."""
    return _header_roles().get(word)


def indicator_columns(cells: list[str]) -> dict[str, int] | None:
    """The positions an indicator header row ('一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 |
    得分 | …') gives its rows, a split target read as one cell (indicator_layout): name, target, actual, weight,
    score and the row's cell count. None unless it names 三级指标, then its target, its actual, a weight and 得分."""
    heads = [_NOTE.sub("", _WS.sub("", c)) for c in cells]
    layout = indicator_layout(cells)
    if layout is not None:
        _, op, val, unit = layout
        heads = [*heads[:op], heads[val], *heads[unit + 1:]]
    at = {role: [j for j, h in enumerate(heads) if header_role(h) == role] for role in ("name", "weight", "score")}
    if any(len(js) != 1 for js in at.values()):
        return None
    name, weight, score = at["name"][0], at["weight"][0], at["score"][0]
    if not name + 2 < weight < score:
        return None
    return {"n": len(heads), "name": name, "target": name + 1, "actual": weight - 1, "weight": weight,
            "score": score}


def parse_placed_indicator(cells: list[str], at: dict[str, int], prev: Indicator | None, row: Row,
                           table: Table) -> Indicator | None:
    """An indicator row read by the positions of its header (indicator_columns), cells printed one a column: its
    分值 a number, its 得分 a number or left blank (a form filled in part: '… | 60 | |'); None otherwise."""
    if len(cells) != at["n"] or not _is_num(cells[at["weight"]]) or (cells[at["score"]] and not _is_num(cells[at["score"]])):
        return None
    name = _WS.sub("", cells[at["name"]])          # by its place: a name a level header may spell too ('服务对象满意度')
    if not name or is_total_label(name) or _is_num(name):
        return None
    levels = [c for c in cells[:at["name"]] if c and level_kind(c)]
    level1 = next((c for c in levels if level_kind(c) == "level1"), "") or _leading_level1(levels)
    group = levels[-1] if levels else ""
    if prev is not None and prev.table is table and (not levels or level_kind(group) == "level2"):
        level1 = level1 or (prev.level1 if not levels or holds(prev.level1, group) else "")
        group = group or prev.group
    return Indicator(name, row, table, level1, group, section_of(group) or section_of(level1),
                     cell_of(cells[at["target"]], column_name("target_cell")),
                     cell_of(cells[at["actual"]], column_name("actual")),
                     cell_of(cells[at["weight"]], column_name("weight")), cell_of(cells[at["score"]], column_name("score")))


def holds(level1: str, group: str, known: bool = False) -> bool:
    """Whether a 一级 header may hold a 二级 one (appendix.yml levels.children); a 一级 not listed holds any
    unless `known` asks for one listed."""
    children = lexicon.load("appendix")["levels"]["children"].get(_WS.sub("", level1))
    return any(w in group for w in children) if children is not None else not known


def _owned_below(indicators: list[Indicator]) -> None:
    """Rows no 一级 owns take the first 一级 below them when it is listed as holding their 二级 header (its
    cell merged over them, its name printed on a middle row)."""
    below = ""
    for ind in reversed(indicators):
        if ind.level1:
            below = ind.level1
        elif ind.group and below and holds(below, ind.group, known=True):
            ind.level1 = below
            ind.section = section_of(ind.group) or section_of(below)


def _header_named(head: list[str]) -> list[int]:
    """A 三级指标 named as a header ('服务对象满意度指标 | 服务对象满意度'): the cell before the target when the
    row prints its 二级 header before it; the row states a score, so it has a name."""
    filled = [j for j, c in enumerate(head) if c]
    if len(filled) < 2 or filled[-1] != len(head) - 1 or level_kind(head[filled[-2]]) != "level2":
        return []
    return [filled[-1]]


def _leading_level1(levels: list[str]) -> str:
    """Of two level headers on a row, the first is the 一级指标 when it may be one: '满意度指标' is a
    一级 and a 二级 header ('满意度指标 | 服务对象满意度指标'), read as the 二级 one alone."""
    level1 = lexicon.load("appendix")["levels"]["level1"]
    return levels[0] if len(levels) > 1 and _WS.sub("", levels[0]) in level1 else ""


def _fund_figure(text: str) -> bool:
    """A figure of the funds block: a number, a dash, or a rate printed with its '%' ('97.33%')."""
    return _is_num(text) or _value(text).kind in ("dash", "percent")


_NOTE = regex.compile(r"(?:[（(][^）)]*[）)]|[A-Za-z/]+)$")
_PARTS_OF = regex.compile(r"^其中[:：,，]?")


def fund_header(cells: list[str], row: Row) -> list[str] | None:
    """The funds columns' roles in printed order (appendix.yml fund_column_words): of a header row printed
    among the rows, else of the column headers over a row's cells, past the block's name (funds_start); when
    every one names a role, three or more, each once."""
    head = lexicon.load("appendix")["header"]
    for heads in (cells, [c.column[-1] for c in row.cells if c.column]):
        heads = [_NOTE.sub("", _WS.sub("", h)) for h in heads if h.strip()]
        heads = [h for h in heads if not any(h.startswith(w) for w in head["funds_start"])]
        heads = [h for h in heads if h not in head["fund_note_columns"]]
        roles = [next((r for r, ws in head["fund_column_words"].items() if h in ws), None) for h in heads]
        while roles and roles[0] is None:
            roles = roles[1:]                 # the block's name and its label column's header ('年度预算数（万元）')
        if len(roles) >= 3 and None not in roles and len(set(roles)) == len(roles):
            return roles
    return None


def parse_funds(cells: list[str], row: Row, order: list[str] | None = None) -> Funds | None:
    """A funds row (年度资金总额, 财政拨款…) by its columns (in the block header's `order`, else the national
    one): a row printing a cell a column reads each by position, blanks blank; else its figures in order,
    the rate left out when one is missing."""
    lex = lexicon.load("appendix")["header"]
    while cells and any(_WS.sub("", cells[0]).startswith(w) for w in lex["funds_start"]):
        cells = cells[1:]                                     # the block's name, repeated from a merged cell
    nonblank = [c for c in cells if c]
    if not nonblank:
        return None
    label = _WS.sub("", nonblank[0])
    whole = _PARTS_OF.sub("", label)
    for kind, words in {**lex["fund_rows"], **lex["spending_split"]}.items():
        if any(w in label for w in words) or whole in lex["fund_row_labels"].get(kind, ()):
            cols = fund_columns()
            roles = list(order or cols)
            if len(cells) == len(roles) + 1 and cells[0]:     # a cell a column: a blank cell is that column's
                pairs = [(r, v) for r, v in zip(roles, cells[1:]) if v and _fund_figure(v)]
            else:
                values = [c for c in nonblank[1:] if _fund_figure(c)]
                placed = _placed_by_rate(values, roles)
                if placed is not None:
                    roles = placed
                elif len(values) == len(roles) - 1:
                    roles = [r for r in roles if r != "rate"]
                pairs = list(zip(roles, values))
            return Funds(label, kind, row, {r: cell_of(v, cols[r]) for r, v in pairs})
    return None


def _placed_by_rate(values: list[str], roles: list[str]) -> list[str] | None:
    """The roles of a funds row's figures placed by its rate printed with its '%': the figures before it are the
    columns before the rate, all of them, or the three amounts alone (a 分值 column before the rate merged over the
    rows under the total, printing nothing there); those after it the columns after it in order (a blank 得分 at
    the end leaves one figure fewer: '总额 | 123.45 | 130.00 | 130.00 | 100.00% | 10 | |' is 分值 10, no 得分, not a
    rate left blank). None when no single rate places them so."""
    pct = [k for k, v in enumerate(values) if _value(v).kind == "percent"]
    if len(pct) != 1 or "rate" not in roles:
        return None
    r = roles.index("rate")
    before, after = roles[:r], roles[r + 1:]
    amounts = [x for x in before if x in ("initial_budget", "full_budget", "spent")]
    if pct[0] == len(before):
        head = before
    elif pct[0] == len(amounts) == 3 and set(before) - set(amounts) == {"weight"}:
        head = amounts
    else:
        return None
    if len(values) - pct[0] - 1 > len(after):
        return None
    return [*head, "rate", *after[:len(values) - pct[0] - 1]]


def parse_total(cells: list[str], row: Row) -> Total | None:
    """A total row: its last two numbers the 分值 and 得分 totals; a row printing one number right after its label
    and a blank cell after that ('合计 | 100 | |', the 得分 column left blank) states the 分值 total alone."""
    nonblank = [c for c in cells if c]
    if not nonblank or not is_total_label(nonblank[0]):
        return None
    nums = [c for c in nonblank[1:] if _is_num(c)]
    if len(nums) == 1 and len(cells) > 2 and cells[0] and _is_num(cells[1]) and not cells[2]:
        return Total(row, cell_of(cells[1], column_name("weight")), None)
    if len(nums) < 2:
        return None
    return Total(row, cell_of(nums[-2], column_name("weight")), cell_of(nums[-1], column_name("score")))


def build_eval(table: Table, kind: str) -> EvalTable:
    fields = table.extra.get("fields") or {}
    named = next((fields[w] for w in lexicon.load("appendix")["header"]["name"] if fields.get(w)), "")
    et = EvalTable(table, kind, project=str(table.extra.get("project") or named))
    prev: Indicator | None = None
    order: list[str] | None = None
    layout: tuple[int, int, int, int] | None = None
    placed: dict[str, int] | None = None
    for row in table.rows:
        cells = row_cells(row)
        order = fund_header(cells, row) or order
        placed = indicator_columns(cells) or placed
        layout = indicator_layout(cells) or layout
        if layout is not None and len(cells) == layout[0]:
            cells = _joined_target(cells, layout)
        rating = parse_rating(cells, row)
        if rating is not None:
            et.rating = et.rating or rating
        if row.extra.get("level2_uncertain"):
            et.levels_known = False
        if not et.project:
            et.project = _project_name(cells)
        if et.goal is None and kind in ("project", "department"):
            et.goal = parse_goal(row)
            if et.goal is not None:
                continue
        total = parse_total(cells, row)
        if total is not None:
            et.total = total
            continue
        funds = parse_funds(cells, row, order)
        if funds is not None:
            et.funds.append(funds)
            continue
        sub = parse_subtotal(cells, row)
        if sub is not None:
            et.subtotals.append(sub)
            prev = None                       # the rows below are this 一级's, whatever the row above was
            continue
        ind = parse_indicator(cells, prev, row, table, et.subtotals[-1].level1 if et.subtotals and prev is None else "")
        if ind is None and placed is not None:
            ind = parse_placed_indicator(cells, placed, prev, row, table)
        if ind is not None:
            et.indicators.append(ind)
            prev = ind
    _owned_below(et.indicators)
    return et


def parse_goal(row: Row) -> Goal | None:
    """A row whose cells sit under the 预期目标 and 实际完成情况 headers (by column path)."""
    head = lexicon.load("appendix")["header"]

    def under(words: list[str]) -> str:
        parts = [c.raw.strip() for c in row.cells if any(w in part for part in c.column for w in words)]
        return "".join(p for p in parts if p)

    expected, actual = under(head["goal_expected"]), under(head["goal_actual"])
    if row.extra.get("block") == "goal":
        cells = row_cells(row)
        expected, actual = cells[1] if len(cells) > 1 else "", cells[2] if len(cells) > 2 else ""
    if not expected or any(w in expected for w in head["goal_expected"]):
        return None
    return Goal(expected, actual, row)


def _project_name(cells: list[str]) -> str:
    words = lexicon.load("appendix")["header"]["name"]
    for j, c in enumerate(cells):
        if _WS.sub("", c) in words:
            return next((x for x in cells[j + 1:] if x), "")
    return ""


def build_summary(table: Table) -> list[SummaryLine]:
    out: list[SummaryLine] = []
    for row in table.rows:
        cells = [c for c in row_cells(row) if c]
        texts = [c for c in cells if not _is_num(c) and _value(c).kind != "percent"]
        nums = [c for c in cells if _is_num(c) or _value(c).kind == "percent"]
        if not texts or len(nums) < 2:
            continue
        name = texts[0]
        if _is_num(cells[0]):
            nums = nums[1:]                          # 序号
        pct = [c for c in nums if _value(c).kind == "percent"]
        plain = [c for c in nums if _is_num(c)]
        if len(plain) < 2:
            continue
        out.append(SummaryLine(name, section_in(name), row, table, cell_of(plain[0], column_name("summary_weight")),
                               cell_of(plain[1], column_name("score")),
                               cell_of(pct[0], column_name("rate")) if pct else None, is_total_label(name)))
    return out


def build_targets(table: Table) -> list[TargetLine]:
    out: list[TargetLine] = []
    for row in table.rows:
        cells = row_cells(row)
        while len(cells) > 2 and not cells[-1] and not cells[-2]:
            cells = cells[:-1]
        if len(cells) < 2:
            continue
        name, target = cells[-2], cells[-1]
        if not name or level_kind(name) or not target or name in lexicon.load("appendix")["column_words"]:
            continue
        out.append(TargetLine(_WS.sub("", name), cell_of(target, column_name("target_cell")), row, table))
    return out


# Lexicon-derived patterns compiled as the module loads (model loading), not by the first report
# that reaches them.
_unit_re()
