"""Function and economic codes printed apart by level ('208 05 01 行政单位离退休') or glued to their name
('2010506统计管理', '301 01基本工资'), read as one code and its name."""
from __future__ import annotations

import regex

_SPACED = regex.compile(r"^(\d{3})((?: ?\d{2}){1,2}) ?(?=\p{Han})")


def joined(line: str) -> str:
    """`line` with a leading 款 or 项 code printed apart or glued ('208 05 01 名称 …', '2080501名称 …') as one
    code, a space, its name ('2080501 名称 …')."""
    return _SPACED.sub(lambda m: m.group(1) + m.group(2).replace(" ", "") + " ", line, count=1)
