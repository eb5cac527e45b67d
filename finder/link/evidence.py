"""How a claim is quoted and shown in a finding: its clause as evidence, its figure and unit as printed, an
interval in the unit the figure is printed in."""
from __future__ import annotations

from decimal import Decimal

from finder.link.tables_index import money_factor
from finder.model import Claim, Evidence
from finder.numbers.interval import Interval


def span_text(claims: list[Claim]) -> tuple[str, Claim]:
    """The verbatim text from the first claim's clause start to the last claim's clause end."""
    first = min(claims, key=lambda c: c.start)
    same = [c for c in claims if c.paragraph is first.paragraph]
    a = min(clause_span(c)[0] for c in same)
    b = max(clause_span(c)[1] for c in same)
    return first.paragraph.text[a:b], first


def clause_span(c: Claim) -> tuple[int, int]:
    """(start, end) of the claim's clause in its paragraph (its sentence, else around the figure)."""
    if c.clause != (0, 0) and c.clause[1] > c.clause[0]:
        return c.clause
    if c.sentence != (0, 0) and c.sentence[1] > c.sentence[0]:
        return c.sentence
    return max(0, c.start - 20), c.end


def claim_evidence(claims: list[Claim] | Claim, role: str = "claim") -> Evidence:
    items = claims if isinstance(claims, list) else [claims]
    text, first = span_text(items)
    form = first.extra.get("form")        # a form's prose cell (claims/forms.py): its table, row and column too
    cell = {} if form is None else {"table": form.table.id, "table_title": form.table.title,
                                    "row": form.row.label or None, "column": form.column}
    return Evidence(text=text, **first.paragraph.where(clause_span(first)[0]), role=role, **cell)


def show_iv(iv: Interval | None) -> str:
    return "无定义" if iv is None else str(iv)


def printed(c: Claim) -> str:
    """The figure's digits as printed; a percentage printed as a multiple ('1.5 倍', '三成') in %."""
    if c.raw_number and c.unit == "%" and c.scale != 1:
        return format(c.value.normalize(), "f")
    return c.raw_number or str(c.value)


def printed_unit(c: Claim) -> str:
    """The unit printed after the claim's figure ('' when none), else its unit."""
    return _printed_unit(c) or c.unit


def read_in_unit_of(c: Claim, like: Claim) -> Interval:
    """c's printed figure read in the money unit `like` is printed in, as when c's unit word is the misprint
    ('4.46 元' in a list of 万元 figures): its interval times the ratio of the two units."""
    return c.interval.scale(like.scale / c.scale)


def _printed_unit(c: Claim) -> str:
    return c.raw[len(c.raw_number):].strip() if c.raw_number and c.raw.startswith(c.raw_number) else ""


def shown(c: Claim) -> str:
    """The figure as printed, with its printed unit when that is not the claim's unit (911000.39 元
    of a claim kept in 万元)."""
    printed_unit = _printed_unit(c)
    return f"{printed(c)}{printed_unit}" if printed_unit and printed_unit != c.unit else printed(c)


def shown_alike(*claims: Claim) -> list[str]:
    """The figures as printed for one formula: all with their printed units when their printed units
    differ ('1.2亿元 减 1500万元', not '1.2 减 1500'), else each as shown()."""
    units = [printed_unit(c) for c in claims]
    if any(not same_unit(u, units[0]) for u in units):
        return [f"{printed(c)}{u}" for c, u in zip(claims, units)]
    return [shown(c) for c in claims]


def same_unit(a: str, b: str) -> bool:
    """One money unit however printed ('万 元', '万', '万元'), else the same words."""
    fa, fb = money_factor(a), money_factor(b)
    return fa == fb if fa is not None and fb is not None else "".join(a.split()) == "".join(b.split())


def stated(c: Claim) -> tuple[str, str]:
    """The figure as printed with its unit, and its interval in the claim's unit, naming that unit
    when the figure is printed in another: ('1000000.00元', '[99.9999, 100.0001]万元'), not
    ('1000000.00万元', …) beside a table in 万元."""
    figure = shown(c)                   # with its printed unit when that is not the claim's
    if figure != printed(c):
        return figure, f"{c.interval}{c.unit}"
    return f"{figure}{c.unit}", str(c.interval)


def in_printed_unit(iv: Interval, c: Claim) -> str:
    """An interval kept in the claim's unit (万元) shown in the unit the figure is printed in:
    911000.39 元 with [911000.385, 911000.395]元, not [91.1, 91.1001]万元."""
    printed_unit = _printed_unit(c)
    if printed_unit and printed_unit != c.unit and c.scale not in (0, 1):
        return f"{iv.scale(1 / Decimal(c.scale))}{printed_unit}"
    return f"{iv}{c.unit}"


def sentence_evidence(c: Claim) -> Evidence:
    """The whole sentence around a claim, as context."""
    a, b = c.sentence if c.sentence[1] > c.sentence[0] else clause_span(c)
    return Evidence(text=c.paragraph.text[a:b], **c.paragraph.where(a), role="context")
