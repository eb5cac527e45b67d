"""TX05's table side: the item a figure-less "no such spending" sentence names, and its nonzero 决算 cells."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon
from finder.checks.tx.common import hygiene
from finder.claims import vocab
from finder.claims.segments import YEAR_RE
from finder.link.concepts import ConceptRef, cells, find_entry
from finder.link.tables_index import CellRef, lookup
from finder.model import Report

_CLAUSE_END = regex.compile(r"[，,；;：:。！？!?、\s]|$")
_CLAUSE_SEP = regex.compile(r"[，,；;：:]")


@lru_cache(maxsize=1)
def _opener_re() -> regex.Pattern:
    """'本年无', '未发生', '没有' … right before an item's name (hygiene.yml reasons no_spending_openers)."""
    return regex.compile(lexicon.alternation(hygiene()["reasons"]["no_spending_openers"]))


def has_opener(text: str) -> bool:
    return _opener_re().search(text) is not None


def _money(cid: str) -> bool:
    return vocab.load().concepts[cid].measure == "money"


def item_before(text: str, a: int, i: int) -> tuple[str, int] | None:
    """The item '此项' refers to ('因公出国（境）费：本年无此项支出'): the last concept named in
    text[a:i], when it is a money concept and no other item word stands between it and the phrase.
    (concept id, start) or None."""
    found = vocab.find_concepts(text, a, i)
    if not found:
        return None
    s, e, cid = found[-1]
    if not _money(cid) or _item_word(text, e, i):
        return None
    return cid, s


def names_item(text: str, j: int, i: int) -> bool:
    """Between a figure (ending at j) and the phrase (at i) another item is named ('A 3 万元，B：本年无
    此项支出'): a money concept ('本单位' counts units, no spending), or an item word (hygiene.yml
    not_budgeted_items)."""
    return any(_money(cid) for _, _, cid in vocab.find_concepts(text, j, i)) or _item_word(text, j, i)


def _item_word(text: str, j: int, i: int) -> bool:
    """An item word (hygiene.yml not_budgeted_items) in text[j:i], past a name's own spending word right at j
    (hygiene.yml no_spending_tails)."""
    between = text[j:i]
    tail = next((w for w in hygiene()["reasons"]["no_spending_tails"] if between.startswith(w)), "")
    between = between[len(tail):]
    return any(w in between for w in hygiene()["reasons"]["not_budgeted_items"])


def items_named(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """'本年无因公出国（境）费支出' / '未发生公务接待费': an opener, a money item's name, at most a
    spending word, then the clause ends. (concept id, start of the opener, end) of each."""
    out = []
    for m in _opener_re().finditer(text, a, b):
        alias = vocab.alias_at(text, m.end())
        if alias is None:
            continue
        cid = vocab.load().alias_to_concept[vocab.squeeze(alias.group())]
        k = alias.end()
        for w in hygiene()["reasons"]["no_spending_tails"]:
            if text.startswith(w, k):
                k += len(w)
                break
        if _money(cid) and k <= b and _CLAUSE_END.match(text, k):
            out.append((cid, m.start(), k))
    return out


def of_another_year(text: str, a: int, i: int, year: int | None) -> bool:
    """The clause before the phrase at i says it of another year ('上年无此项支出', '2023年未发生…')."""
    k = max((m.end() for m in _CLAUSE_SEP.finditer(text, a, i)), default=a)
    head = text[k:i]
    if any(w in head for w in hygiene()["reasons"]["other_years"]):
        return True
    return any(year is None or int(y) != year for y in YEAR_RE.findall(head))


def nonzero_cells(report: Report, cid: str) -> list[CellRef]:
    """The item's 决算 cells (cells.yml entry of the concept's name: a row label or a column path), when
    every one is printed nonzero; a cell holding more than the item (ceiling or guess tables) or read
    from a column that does not name the period counts for nothing. Else []."""
    entry = find_entry(vocab.load().concepts[cid].name)
    if entry is None:
        return []
    spec = cells()["entries"][entry]
    loose = {*spec.get("ceiling_tables", []), *spec.get("guess_tables", [])}
    period = hygiene()["reasons"]["actual_period"]
    refs = [r for r in lookup(report, ConceptRef(entry, "all"), period) if r.table.id not in loose and not r.loose]
    if not refs or any(r.cell.kind != "number" or r.cell.value is None or r.cell.value == 0 for r in refs):
        return []
    return refs
