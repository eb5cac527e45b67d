"""Finding the table cells a concept lives in: rows by label or code, columns by path and period."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any, Iterable

import regex

from finder import lexicon
from finder.claims.patterns import CURRENT_PERIODS
from finder.ingest.numbering import marker
from finder.link.concepts import FLOWS, ConceptRef, cells, norm_label
from finder.model import Cell, Evidence, Report, Row, Table
from finder.numbers.interval import Interval

_NOT_AMOUNT = ("行次", "栏次", "序号", "科目编码", "编码")


def template_name(table_id: str, report_type: str = "") -> str:
    """A standard table's name in the report's own kind (tables.yml zh, its 决算/预算 word swapped when the
    lexicon knows the table by that title too: a budget report's 《政府性基金预算财政拨款收入支出预算表》);
    with no kind given, the name without either word (《财政拨款“三公”经费支出表》)."""
    spec = lexicon.load("tables")["tables"][table_id]
    if not report_type:
        return regex.sub(r"(?:决算|预算)(?=总?表$)", "", spec["zh"])
    swap = ("决算", "预算") if report_type == "budget" else ("预算表", "决算表")
    named = spec["zh"].replace(*swap)
    titles = {t.replace(" ", "") for t in spec.get("titles", [])}
    return named if named in titles else spec["zh"]


def table_label(table: Table, report_type: str = "") -> str:
    """How a message names a table: its printed title, else the caption printed over it, else its template's
    name (a table known by its headings alone); never a schema id. '' when none is known."""
    known = table.id in lexicon.load("tables")["tables"]
    return (table.title.strip() or str(table.extra.get("caption", "")).strip()
            or (template_name(table.id, report_type) if known else ""))


def side_flow(side: str) -> str:
    """The flow a two-sided table's side prints: its header ends with it ('本年收入', '财政拨款支出'
    are the 收入 and 支出 sides); a side ending in neither is its own."""
    bare = side.replace(" ", "")
    return next((f for f in FLOWS if bare.endswith(f)), side)


@dataclass(frozen=True)
class CellRef:
    """One printed cell a claim may reflect; `loose` when it was read for a budget its column does not
    name (a plain 预算数 for 年初预算, cells.yml loose_budgets): it may hold the other budget."""

    table: Table
    row: Row
    cell: Cell
    loose: bool = False

    @property
    def interval(self) -> Interval:
        iv = self.cell.interval
        if iv is None:
            raise ValueError("not a numeric cell")
        return iv

    @property
    def column(self) -> str:
        return "/".join(p for p in self.cell.column if p)

    @property
    def text(self) -> str:
        return self.cell.raw.strip()

    def evidence(self) -> Evidence:
        return Evidence(text=self.text, **self.table.where(self.row), table=self.table.id,
                        table_title=self.table.title, row=self.row.label, column=self.column,
                        role="reference")

    def to_dict(self) -> dict[str, Any]:
        d = {"table": self.table.id, "table_title": self.table.title, "row": self.row.label,
             "column": self.column, "text": self.text}
        d.update(self.table.where(self.row))
        if self.loose:
            d["loose"] = True
        return d

    def key(self) -> tuple:
        return (id(self.table), self.row.index, self.cell.column)


def is_amount_cell(cell: Cell) -> bool:
    if cell.kind not in ("number", "blank", "dash"):
        return False
    return not any(any(w in part for w in _NOT_AMOUNT) for part in cell.column)


def _row_matches(row: Row, spec: dict[str, Any], labels: frozenset[str] | None = None) -> bool:
    """`labels`: the spec's row names normalised, when the caller has them (one set per spec,
    not one normalisation per row)."""
    if spec.get("side") and row.side and side_flow(row.side) != spec["side"]:
        return False
    if "code" in spec:
        return row.code == str(spec["code"])
    if spec.get("across"):                 # items as columns: the unlabelled row of figures
        return not norm_label(row.label) and any(c.kind == "number" for c in row.cells)
    if labels is None:
        labels = frozenset(norm_label(a) for a in spec.get("row", []))
    return norm_label(row.label) in labels


def _period_columns(table: Table, columns: list[tuple[str, ...]] | None = None) -> dict[str, list[str]]:
    """period -> the aliases this table (or these of its columns: one side of a two-sided table,
    whose 支出 side prints 合计 where the 收入 side prints 决算数) has columns for."""
    cols = tuple(table.columns if columns is None else columns)
    memo = _memo(table).period_columns
    if cols not in memo:
        out: dict[str, list[str]] = {}
        paths = ["".join(c).replace(" ", "") for c in cols]
        for period, aliases in cells()["period_columns"].items():
            have = [a for a in aliases if any(a in p for p in paths)]
            if have:
                out[period] = have
        memo[cols] = out
    return memo[cols]


@dataclass
class _TableMemo:
    """Answers worked out once per table (read-only for callers): period columns by column paths;
    per column path, whether it is a label column (行次, 编码 ...) and whether it is last year's."""

    period_columns: dict[tuple[tuple[str, ...], ...], dict[str, list[str]]] = field(default_factory=dict)
    label_columns: dict[tuple[str, ...], bool] = field(default_factory=dict)
    prior_columns: dict[tuple[str, ...], bool] = field(default_factory=dict)
    rows_by_label: dict[str, list[tuple[int, Row]]] | None = None   # norm_label -> (position, row)
    rows_by_code: dict[str, list[tuple[int, Row]]] | None = None


def _row_index(table: Table) -> _TableMemo:
    """The table's memo with its rows indexed by normalised label and by code, in printed order."""
    memo = _memo(table)
    if memo.rows_by_label is None or memo.rows_by_code is None:
        memo.rows_by_label, memo.rows_by_code = {}, {}
        for i, row in enumerate(table.rows):
            memo.rows_by_label.setdefault(norm_label(row.label), []).append((i, row))
            if row.code is not None:
                memo.rows_by_code.setdefault(row.code, []).append((i, row))
    return memo


def first_row(table: Table, spec: dict[str, Any], labels: frozenset[str]) -> Row | None:
    """The first row of `table` that _row_matches `spec` (`labels`: its row names normalised), read
    from the table's label and code index instead of a scan of every row. A spec with `last` takes
    only its side's last row (a two-sided table's bottom line: its 合计 is the side's grand total);
    one with `unless_words` takes none in a table whose side prints a row naming one of the words."""
    if spec.get("across"):
        return next((r for r in table.rows if _row_matches(r, spec, labels)), None)
    if spec.get("below"):
        return _row_below(table, spec, labels)
    side = _side_rows(table, spec.get("side")) if spec.get("last") or spec.get("unless_words") else []
    if any(w in norm_label(r.label) for w in spec.get("unless_words", ()) for r in side):
        return None
    index = _row_index(table)
    if "code" in spec:
        found = index.rows_by_code.get(str(spec["code"]), [])
    else:
        found = sorted(hit for label in labels for hit in index.rows_by_label.get(label, ()))
    if not spec.get("last"):
        return next((r for _, r in found if _row_matches(r, spec, labels)), None)
    return side[-1] if side and any(r is side[-1] and _row_matches(r, spec, labels) for _, r in found) else None


def _row_below(table: Table, spec: dict[str, Any], labels: frozenset[str]) -> Row | None:
    """The row named in `labels` among the rows a heading row (spec `below`) holds: the numbered rows right
    after it on its side, in a style other than its own ('二、上年结转' over '（一）一般公共预算拨款'; the unnumbered
    '年初财政拨款结转和结余' over '一、一般公共预算财政拨款'). None when the heading holds no such row."""
    heads = frozenset(norm_label(a) for a in spec["below"])
    rows = _side_rows(table, spec.get("side"))
    k = next((i for i, r in enumerate(rows) if norm_label(r.label) in heads), None)
    if k is None:
        return None
    style = marker(rows[k].label)
    for r in rows[k + 1:]:
        m = marker(r.label)
        if m is None or (style is not None and m[0] == style[0]):
            return None
        if norm_label(r.label) in labels:
            return r
    return None


def _side_rows(table: Table, flow: str | None) -> list[Row]:
    """The rows of one side of a table (every row when `flow` is none)."""
    return [r for r in table.rows if not flow or side_flow(r.side) == flow]


def _memo(table: Table) -> _TableMemo:
    """The table's memo, kept in table.extra (not a plain value: a table's JSON leaves it out)."""
    memo = table.extra.get("_memo")
    if memo is None:
        memo = table.extra["_memo"] = _TableMemo()
    return memo


def _numeric_columns(table: Table) -> set[tuple[str, ...]]:
    """Column paths that hold at least one number in this table (label columns never do)."""
    cached = table.extra.get("_numeric_columns")
    if cached is None:
        cached = {c.column for r in table.rows for c in r.cells if c.kind == "number"}
        table.extra["_numeric_columns"] = cached
    return cached


def _not_prior(amounts: list[Cell], table: Table | None = None, year: int | None = None) -> list[Cell]:
    """Drop last year's columns (上年决算数, 比上年增减, '2030年预算数' in a 2031 report): a
    report-year figure is never read there (each column judged once per table when the table is given)."""
    if table is not None:
        prior = _memo(table).prior_columns
        for c in amounts:
            if c.column not in prior:
                prior[c.column] = _is_prior(c.column, year)
        return [c for c in amounts if not prior[c.column]]
    return [c for c in amounts if not _is_prior(c.column, year)]


def _is_prior(column: tuple[str, ...], year: int | None = None) -> bool:
    words = cells().get("prior_column_words", [])
    text = "".join(column)
    return any(w in text for w in words) or bool(year and f"{year - 1}年" in text and f"{year}年" not in text)


def _amount_cells(table: Table, cells_: list[Cell]) -> list[Cell]:
    """The cells is_amount_cell keeps, each column's header judged once per table."""
    labels = _memo(table).label_columns
    out = []
    for c in cells_:
        if c.kind not in ("number", "blank", "dash"):
            continue
        if c.column not in labels:
            labels[c.column] = any(any(w in part for w in _NOT_AMOUNT) for part in c.column)
        if not labels[c.column]:
            out.append(c)
    return out


def _pick_cells(table: Table, row: Row, column: list[str] | None, period: str,
                table_periods: tuple[str, ...] = CURRENT_PERIODS, year: int | None = None) -> list[Cell]:
    numeric = _numeric_columns(table)
    amounts = [c for c in _amount_cells(table, row.cells) if column or c.column in numeric]
    if row.side:
        other = "支出" if side_flow(row.side) == "收入" else "收入"
        amounts = [c for c in amounts if not (c.column and other in c.column[0].replace(" ", ""))]
    if period != "上年":
        amounts = _not_prior(amounts, table, year)
    pcols = _period_columns(table, [c.column for c in amounts])
    if not pcols and period not in table_periods:
        return []  # a table without period columns prints the report year's figures only
    if pcols:
        want = pcols.get(period) or (pcols.get("决算") if period in CURRENT_PERIODS else None)
        if not want and period == "本年" and "决算" not in table_periods:
            want = pcols.get("预算")         # a budget table's own figures: its 预算数 columns
        loose = cells().get("loose_budgets", [])
        if not want and period in loose and not any(p in pcols for p in loose):
            want = pcols.get("预算")         # a plain 预算数 where the table names neither budget
        if not want:
            return []
        amounts = [c for c in amounts if any(a in "".join(c.column).replace(" ", "") for a in want)]
    if column:
        norm = [a.replace(" ", "") for a in column]
        for a in (a for a in norm if "/" in a):   # 'A/B': B right under a header holding A
            hit = [c for c in amounts if _under(c.column, *a.split("/", 1))]
            if hit:
                return hit[:1]
        norm = [a for a in norm if "/" not in a]
        for a in norm:  # aliases in order of preference
            hit = [c for c in amounts if any(a == p.replace(" ", "") for p in c.column)]
            if hit:
                return hit[:1]
        for a in norm:
            hit = [c for c in amounts if any(a in p.replace(" ", "") for p in c.column)]
            if hit:
                return hit[:1]
        return []
    if period == "预算" and len({_budget_kind(c) for c in amounts} - {None}) > 1:
        return amounts       # a bare 预算 beside both 年初预算数 and 全年预算数 columns: either may be meant
    return amounts[:1]


def _budget_kind(cell: Cell) -> str | None:
    """Which budget of arith.yml distinct_budgets (年初预算 / 全年预算) a cell's column names, if any."""
    path = "".join(cell.column).replace(" ", "")
    return next((k for k in lexicon.load("arith")["distinct_budgets"] if k in path), None)


def _bare(s: str) -> str:
    return s.replace(" ", "").replace("“", "").replace("”", "").replace('"', "")


def _under(path: tuple[str, ...], parent: str, child: str) -> bool:
    """Whether `path` holds `child` right after a part containing `parent` (quotes ignored)."""
    p, c = _bare(parent), _bare(child)
    return any(p in _bare(path[i]) and _bare(path[i + 1]) == c for i in range(len(path) - 1))


_BUDGET_PERIODS = ("本年", "年初预算", "预算")


def table_periods(report: Report, table: Table | None = None) -> tuple[str, ...]:
    """The periods a table without period columns prints: 决算 figures, or a budget's 预算.
    The table's own title decides first (a 预算表 prints budget figures whatever the report's
    metadata says), then the report type."""
    if table is not None:
        words = cells().get("title_periods", {})
        title = (table.title or "").replace(" ", "")
        if any(w in title for w in words.get("final", [])):
            return CURRENT_PERIODS
        if any(w in title for w in words.get("budget", [])):
            return _BUDGET_PERIODS
    return _BUDGET_PERIODS if report.type == "budget" else CURRENT_PERIODS


@lru_cache(maxsize=None)
def _money_factors() -> dict[str, Decimal]:
    return {str(k): Decimal(str(v)) for k, v in lexicon.load("units")["money"].items()}


def money_factor(unit: str) -> Decimal | None:
    """万元 per one `unit` (元 -> 0.0001); None when the unit is not a known money unit."""
    u = (unit or "").replace(" ", "").strip("()（）：:单位")
    return _money_factors().get(u)


def value_interval(ref: "CellRef", unit: str) -> Interval | None:
    """The cell's rounding interval expressed in `unit`: money converted through units.yml from
    the table's printed unit (a cell of 2 decimals in 元 is ±0.005 元); a blank or dash in an
    amount column is an exact 0; None for a money claim when the table's unit is unknown. A whole number held
    to a count ('公务用车保有量（辆） 13') is exact, as the count in prose is (Claim.interval): whole things are not
    rounded."""
    if ref.cell.kind in ("blank", "dash"):
        return Interval.exact(0, "")
    iv = ref.cell.interval
    if iv is None:
        return None
    want = money_factor(unit)
    if want is None:
        whole = ref.cell.kind == "number" and ref.cell.decimals == 0 and unit in lexicon.load("units")["count"]
        return Interval(ref.cell.value, ref.cell.value) if whole else iv
    have = money_factor(ref.table.unit)
    if have is None:
        return None
    return iv if have == want else Interval(iv.lo * have / want, iv.hi * have / want, iv.text)


def cells_for_specs(report: Report, specs: Iterable[dict[str, Any]], period: str) -> list[CellRef]:
    out: list[CellRef] = []
    for spec in specs:
        labels = frozenset(norm_label(a) for a in spec.get("row", []))
        for table in report.tables_by_id(spec["table"]):
            row = first_row(table, spec, labels)
            if row is not None:
                tp = table_periods(report, table)
                out.extend(CellRef(table, row, c) for c in _pick_cells(table, row, spec.get("column"), period, tp,
                                                                        report.year))
    return _dedupe(out)


def class_cells(report: Report, ref: ConceptRef, period: str) -> list[CellRef]:
    """A classification class (功能分类 201 / 经济分类 301) in the tables of the claim's scope."""
    tables = cells()["class_tables"][ref.class_kind or "functional"]
    ids = tables.get(ref.scope) or tables.get("all") or []
    if ref.path is not None:
        found = path_cells(report, ref, ids, period)
        more = cells().get("class_tables_fallback", {}).get(ref.class_kind or "functional", {}).get(ref.scope)
        if found or not more or not any(report.tables_by_id(t) for t in more["when"]):
            return found
        return path_cells(report, ref, more["then"], period)
    specs = [{"table": t, "code": ref.code} for t in ids]
    found = _dedupe([r for spec in specs for r in _class_row_cells(report, spec, period)])
    if found:
        return found
    # tables that print the class by name only (e.g. the summary tables' 功能分类 rows), a fund's figure
    # from its own column where the table splits the row by fund (cells.yml class_scope_columns)
    names = cells()[f"{ref.class_kind}_classes"].get(ref.code, [])
    column = cells().get("class_scope_columns", {}).get(ref.scope)
    out: list[CellRef] = []
    for t in ids:
        spec = {"table": t, "row": names, "side": "支出"}
        out += (column and cells_for_specs(report, [{**spec, "column": column}], period)) \
            or cells_for_specs(report, [spec], period)
    return _dedupe(out)


def path_cells(report: Report, ref: ConceptRef, ids: list[str], period: str) -> list[CellRef]:
    """The cells of the 款 / 项 row a path names, in the expense tables of the claim's scope."""
    from finder.link.paths import rows_for_path

    out: list[CellRef] = []
    for tid in ids:
        for table in report.tables_by_id(tid):
            tp = table_periods(report, table)
            for row in rows_for_path(table, ref.path):
                out.extend(CellRef(table, row, c) for c in _class_pick(table, row, period, tp, report.year))
    return _dedupe(out)


def _class_row_cells(report: Report, spec: dict[str, Any], period: str) -> list[CellRef]:
    """The cells of the row a class code names in the spec's tables, read as _class_pick does."""
    out: list[CellRef] = []
    for table in report.tables_by_id(spec["table"]):
        row = first_row(table, spec, frozenset())
        if row is not None:
            tp = table_periods(report, table)
            out.extend(CellRef(table, row, c) for c in _class_pick(table, row, period, tp, report.year))
    return out


def _class_pick(table: Table, row: Row, period: str, tp: tuple[str, ...], year: int | None) -> list[Cell]:
    """A class row's figure: from the table's class column (cells.yml class_columns: 本年支出 of a fund
    table, not its 年初结转和结余) when it prints one, else the row's first amount (_pick_cells)."""
    column = cells().get("class_columns", {}).get(table.id)
    hit = _pick_cells(table, row, column, period, tp, year) if column else []
    return hit or _pick_cells(table, row, None, period, tp, year)


def entry_specs(ref: ConceptRef) -> list[dict[str, Any]]:
    """Where an entry of cells.yml is printed for the claim's scope (its 'any' places else)."""
    spec = cells()["entries"][ref.entry]["cells"]
    return spec.get(ref.scope) or spec.get("any") or []


def entry_cells(report: Report, ref: ConceptRef, period: str) -> list[CellRef]:
    return cells_for_specs(report, entry_specs(ref), period)


def lookup(report: Report, ref: ConceptRef, period: str) -> list[CellRef]:
    """The cells a concept lives in for `period`; a budget read from a column that does not name it
    is marked loose."""
    if ref.class_kind:
        found = class_cells(report, ref, period)
    elif ref.entry:
        found = entry_cells(report, ref, period)
    elif ref.label and ref.side:          # a fund's own total: its row on the side of its flow
        specs = [{"table": t, "side": ref.side, "row": [ref.label, ref.label + ref.side]}
                 for t in cells().get("fund_tables", [])]
        found = cells_for_specs(report, specs, period)
    elif ref.label:
        specs = [{"table": t, "row": [ref.label]} for t in cells().get("label_tables", [])]
        found = cells_for_specs(report, specs, period)
    else:
        return []
    if period not in cells().get("loose_budgets", []):
        return found
    own = [a.replace(" ", "") for a in cells()["period_columns"][period]]
    return [r if any(a in "".join(r.cell.column).replace(" ", "") for a in own) else replace(r, loose=True)
            for r in found]


def _dedupe(refs: list[CellRef]) -> list[CellRef]:
    seen, out = set(), []
    for r in refs:
        if r.key() not in seen:
            seen.add(r.key())
            out.append(r)
    return out
