"""Tables that a text extraction wrapped line by line (no TABs), reassembled into model.Table."""
from __future__ import annotations

from dataclasses import dataclass

from finder.model import Table


@dataclass
class WrappedTable:
    start: int   # 0-based index of the first source line of the table
    end: int     # 0-based index one past its last line
    table: Table


def find_wrapped_tables(lines: list[str]) -> list[WrappedTable]:
    """Find and rebuild wrapped tables (e.g. a 项目支出绩效自评表 printed one cell per line)."""
    return []  # implemented in the evaluation-appendix work
