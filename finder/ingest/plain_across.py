"""One-row tables a plain text export prints across (财政拨款“三公”经费支出决算表): wrapped headings, one line of values.

A budget's “三公” table (部门“三公”经费和机关运行经费预算表) prints no pair line: one value a column, right under
the headings (a layout with pair: false).

pdfplumber prints the headings line by line, a narrow column's heading wrapped over lines ('因公出国' /
'合计 公务用车 公务用车 公务接待费' / '（境）费 小计' / '购置费 运行维护费'), then the pair line (预算数 决算数
once per column) and the values, blank cells left out. The column tree is the template's (tables.yml
layout.plain_across); the text tells only its order: each heading piece is given to the heading it is
part of (a heading's pieces, in reading order, spell it), two headings on one line print in column
order, and a total member (合计, 小计) is the sum of the members beside it over the printed rounding.
Every column order and placement of the printed values these allow is tried: a column is read only
where all of them give it the same values (a column two orders place apart means the same); headings that cannot be spelled, an
unknown heading, or no placement at all leave the table as text.

A table exported one cell a line (no pair line) prints every heading piece on a line of its own and
its values one a line: the cells come in reading order, row by row of the header, so headings of one
level of the tree (one header row) print left to right in the order they come (reading_order).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

from finder import lexicon
from finder.ingest import flow, identify
from finder.ingest.plain_place import interval, is_total
from finder.ingest.plain_tables import is_meta, is_value, PROSE
from finder.ingest.spaced import SpacedTable
from finder.numbers.interval import total

_MAX_META = 6             # lines between a title and its headings (number, department, year, unit)
_MAX_HEADER = 12          # heading lines above the pair line (or the values: one heading a line)
_MAX_SPELLINGS = 64


@dataclass(frozen=True)
class HeadingNode:
    name: str
    kids: tuple[HeadingNode, ...] = ()

    def leaves(self) -> list[str]:
        return [self.name] if not self.kids else [x for k in self.kids for x in k.leaves()]

    def nodes(self) -> list[HeadingNode]:
        return [self] + [x for k in self.kids for x in k.nodes()]


def heading_tree(spec) -> HeadingNode:
    if isinstance(spec, dict):
        [(name, kids)] = spec.items()
        return HeadingNode(identify.normalize(name), tuple(heading_tree(k) for k in kids))
    return HeadingNode(identify.normalize(spec))


@dataclass(frozen=True)
class _Spec:
    table: str                # the table id the title names
    captions: frozenset[str]
    root: HeadingNode
    paired: bool              # a pair line (预算数 决算数 once per column) between headings and values


@lru_cache(maxsize=1)
def _specs() -> list[_Spec]:
    """The layouts of tables.yml layout.plain_across; several may print one table id (a final
    account's “三公” table under 预算数 决算数 pairs, a budget's with one value a column)."""
    out = []
    for name, spec in lexicon.load("tables")["layout"]["plain_across"].items():
        caps = frozenset(identify.normalize(c) for c in spec.get("captions", ()))
        out.append(_Spec(spec.get("table", name), caps, HeadingNode("", tuple(heading_tree(k) for k in spec["tree"])),
                         spec.get("pair", True)))
    return out


_FOLD = str.maketrans("（）", "()")


def _fold(s: str) -> str:
    """A heading as spelt whatever its brackets' width ('因公出国(境)费' is '因公出国（境）费')."""
    return s.translate(_FOLD)


def arrangements(node: HeadingNode):
    """The node with its members in every order, at every level."""
    if not node.kids:
        yield node
        return
    for perm in itertools.permutations(node.kids):
        for kids in itertools.product(*(list(arrangements(k)) for k in perm)):
            yield HeadingNode(node.name, kids)


def spellings(pieces: list[str], names: list[str]) -> list[tuple[str, ...]]:
    """Ways to give each piece to a heading so that every heading's pieces, in order, spell it."""
    out: list[tuple[str, ...]] = []

    def go(k: int, spelt: dict[str, str], given: tuple[str, ...]) -> None:
        if len(out) > _MAX_SPELLINGS:
            return
        if k == len(pieces):
            if all(spelt.get(n) == _fold(n) for n in names):
                out.append(given)
            return
        for n in names:
            sofar = spelt.get(n, "") + _fold(pieces[k])
            if _fold(n).startswith(sofar):
                go(k + 1, {**spelt, n: sofar}, given + (n,))

    go(0, {}, ())
    return out if len(out) <= _MAX_SPELLINGS else []


def left_of(spelling: tuple[str, ...], lines: list[int], root: HeadingNode) -> list[tuple[str, str]] | None:
    """(a, b): heading a prints left of b on one line, neither over the other; None when one heading
    prints twice on a line."""
    under = {n.name: set(n.leaves()) for n in root.nodes()}
    out = []
    for ln in set(lines):
        row = [s for s, l in zip(spelling, lines) if l == ln]
        if len(set(row)) < len(row):
            return None
        out += [(a, b) for a, b in zip(row, row[1:]) if not under[a] & under[b]]
    return out


def reading_order(spelling: tuple[str, ...], root: HeadingNode) -> list[tuple[str, str]]:
    """(a, b): heading a prints left of b, for headings of one level of the tree (one header row of
    a table exported one cell a line) in the order their first pieces come."""
    depth: dict[str, int] = {}

    def walk(n: HeadingNode, d: int) -> None:
        for k in n.kids:
            depth[k.name] = d
            walk(k, d + 1)

    walk(root, 0)
    order = list(dict.fromkeys(spelling))
    return [(a, b) for i, a in enumerate(order) for b in order[i + 1:] if depth[a] == depth[b]]


def fits(arr: HeadingNode, before: list[tuple[str, str]]) -> bool:
    pos = {leaf: k for k, leaf in enumerate(arr.leaves())}
    under = {n.name: [pos[x] for x in n.leaves()] for n in arr.nodes() if n.name}
    return all(max(under[a]) < min(under[b]) for a, b in before)


def sums_hold(arr: HeadingNode, cells: dict[str, list]) -> bool:
    """Each total member equals the sum of the members beside it (a group counts as its own total)."""
    def value(n: HeadingNode, p: int):
        if not n.kids:
            return cells[n.name][p]
        tot = [k for k in n.kids if is_total(k.name)]
        return value(tot[0], p) if len(tot) == 1 else total([value(k, p) for k in n.kids])

    width = len(next(iter(cells.values())))
    for n in arr.nodes():
        tot = [k for k in n.kids if is_total(k.name)]
        if len(tot) != 1:
            continue
        rest = [k for k in n.kids if k is not tot[0]]
        if not all(value(tot[0], p).overlaps(total([value(k, p) for k in rest])) for p in range(width)):
            return False
    return True


def _solutions(root: HeadingNode, before: list[tuple[str, str]], width: int, values: list[str]):
    """(leaf order, {leaf: its raw cells}) for every order and placement the sums allow."""
    zero = interval("0")
    for arr in arrangements(root):
        if not fits(arr, before):
            continue
        leaves = arr.leaves()
        n = len(leaves) * width
        for cols in itertools.combinations(range(n), len(values)):
            raw = [""] * n
            for c, v in zip(cols, values):
                raw[c] = v
            cells = {leaf: [interval(x) if x else zero for x in raw[k * width:(k + 1) * width]]
                     for k, leaf in enumerate(leaves)}
            if sums_hold(arr, cells):
                yield arr, {leaf: tuple(raw[k * width:(k + 1) * width]) for k, leaf in enumerate(leaves)}


def _read(root: HeadingNode, pieces: list[str], lines: list[int], pair: list[str], values: list[str],
          one_a_line: bool = False):
    """An arrangement and the cells of the leaves every solution agrees on (their meaning is one
    whatever the order they print in), or None. `one_a_line`: headings and values printed one cell
    a line, in reading order (reading_order)."""
    if any(interval(v) is None for v in values):
        return None
    names = [n.name for n in root.nodes() if n.name]
    found = []
    for spelling in spellings(pieces, names):
        before = reading_order(spelling, root) if one_a_line else left_of(spelling, lines, root)
        if before is not None:
            found += list(_solutions(root, before, len(pair), values))
    if not found:
        return None
    agreed = {leaf for leaf in root.leaves() if len({cells[leaf] for _, cells in found}) == 1}
    if not agreed:
        return None
    return found[0][0], {leaf: found[0][1][leaf] for leaf in agreed}


def _grid(arr: HeadingNode, cells: dict[str, tuple[str, ...]], pair: list[str], caption: str) -> list[list[str]]:
    """Heading rows (caption, then a row per level: a heading over its first kept column), the pair
    row and the value row."""
    kept = [leaf for leaf in arr.leaves() if leaf in cells]
    width = len(pair)
    rows: list[list[str]] = [[caption] + [""] * (len(kept) * width - 1)] if caption else []
    level = list(arr.kids)
    while level:
        row = [""] * (len(kept) * width)
        for n in level:
            mine = [k for k, leaf in enumerate(kept) if leaf in n.leaves()]
            if mine:
                row[mine[0] * width] = n.name
        rows.append(row)
        level = [k for n in level for k in n.kids]
    return rows + ([pair * len(kept)] if any(pair) else []) + [[x for leaf in kept for x in cells[leaf]]]


def _pair(toks: list[str], n: int) -> list[str]:
    """The pair words of a line printing them once per column (n columns), else []."""
    if not toks or len(toks) % n or any(is_value(t) for t in toks):
        return []
    w = len(toks) // n
    return toks[:w] if toks == toks[:w] * n else []


def _table(lines: list[str], title: int, spec: _Spec, skip: set[int]) -> SpacedTable | None:
    caps, root = spec.captions, spec.root
    n = len(root.leaves())
    i, k = title + 1, 0
    while i < len(lines) and k < _MAX_META and (not lines[i].strip() or is_meta(lines[i])):
        k += bool(lines[i].strip())
        i += 1
    first = i
    pieces: list[str] = []
    at: list[int] = []
    caption = ""
    while i < len(lines) and i - first <= _MAX_HEADER and i not in skip:
        toks = [identify.normalize(t) for t in lines[i].split()]
        pair = _pair(toks, n) if spec.paired else []
        if pair:
            break
        if not spec.paired and toks and all(is_value(t) for t in toks):
            pair, i = [""], i - 1          # no pair line: the values follow the headings
            break
        if not toks or PROSE.search(lines[i]) or any(is_value(t) for t in toks):
            return None
        for t in toks:
            if t in caps:
                caption = t
            else:
                pieces.append(t)
                at.append(i)
        i += 1
    else:
        return None
    last = i + 1
    values = lines[last].split() if last < len(lines) and last not in skip else []
    if not values or not all(is_value(v) for v in values) or len(values) > n * len(pair):
        return None
    # one cell a line: every heading piece on a line of its own, then the values one a line
    one_a_line = not spec.paired and len(set(at)) == len(at) > 1 and len(values) == 1
    end = last
    while one_a_line and end + 1 < len(lines) and end + 1 not in skip and len(values) < n \
            and _single_value(lines[end + 1]):
        end += 1
        values.append(lines[end].strip())
    if not _ends(lines, end + 1):
        return None
    read = _read(root, pieces, at, pair, values, one_a_line)
    if read is None:
        return None
    grid = _grid(*read, pair, caption)
    locs = [first + 1] * (len(grid) - 1) + [last + 1]
    printed = lines[last] if end == last else " ".join(v for v in values)
    return SpacedTable(grid, locs, [" ".join(r) for r in grid[:-1]] + [printed], set(range(first, end + 1)))


def _single_value(line: str) -> bool:
    toks = line.split()
    return len(toks) == 1 and is_value(toks[0])


def _ends(lines: list[str], i: int) -> bool:
    """The line after the values: none, a note, a title, a sentence or a line of words only (a heading
    of the next part: '其他相关情况说明'), not a second row."""
    text = lines[i].strip() if i < len(lines) else ""
    return not text or bool(flow.doc_lexicon().note.match(text) or identify.match_title(text) or PROSE.search(text)
                            or not any(is_value(t) for t in text.split()))


def find(lines: list[str], skip: set[int]) -> list[SpacedTable]:
    """The across-printed one-row tables in `lines` (0-based lines in `skip` are taken)."""
    out = []
    for i, line in enumerate(lines):
        tid = None if i in skip or "\t" in line else identify.match_title(line)
        for spec in _specs() if tid else ():
            t = _table(lines, i, spec, skip) if spec.table == tid else None
            if t is not None:
                out.append(t)
                break
    return out
