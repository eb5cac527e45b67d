"""Grids of printed cells -> model.Table: header paths, merged cells, 科目编码 joins, typed cells."""
from __future__ import annotations

from finder.model import Table


def build_table(grid: list[list[str | None]], *, title: str = "", number: str = "", unit: str = "",
                location: int | None = None, loc_kind: str = "line",
                row_locations: list[int | None] | None = None,
                row_raws: list[str] | None = None) -> Table:
    """Turn a grid (rows of printed cell strings; None = merged into the cell above/left) into a Table.

    Finds the header rows and flattens them into column paths, resolves merged cells, joins
    split 类/款/项 code columns (201|06|01 -> 2010601) and sets each row's code and level,
    splits two-sided tables (收入 | 支出) into rows with `side`, and parses every cell with
    finder.numbers.parse.parse_cell. Identifies the table with finder.ingest.identify.
    """
    raise NotImplementedError  # implemented in the text-ingest work
