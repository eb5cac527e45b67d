"""Traditional-script reports: detect them and map each character 1:1 to simplified (lexicons/t2s.tsv)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable

import regex

from finder import lexicon

if TYPE_CHECKING:
    from finder.model import Finding, Paragraph, Report

MIN_CHANGED = 10             # traditional characters a report must print at least …
MIN_SHARE = 0.02             # … making at least this share of its Han characters
_HAN = regex.compile(r"\p{Han}")


@lru_cache(maxsize=1)
def table() -> dict[int, str]:
    """str.translate table from lexicons/t2s.tsv (one "traditional<TAB>simplified" pair a line)."""
    out: dict[int, str] = {}
    with lexicon.path("t2s.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            t, s = line.rstrip("\n").split("\t")
            out[ord(t)] = s
    return out


def is_traditional(text: str) -> bool:
    """Whether `text` is printed in traditional script: enough of its Han characters change."""
    han = len(_HAN.findall(text))
    t = table()
    changed = sum(1 for ch in text if ord(ch) in t)
    return changed >= MIN_CHANGED and changed >= MIN_SHARE * han


def to_simplified(text: str) -> str:
    """`text` with every traditional character replaced by its simplified one (same length)."""
    return text.translate(table())


def mark(report: "Report", conv: "Converter", printed: str = "", converted: str = "") -> "Report":
    """Record on `report` that it was converted: the strings' originals and, given the joined
    source lines its paragraphs were re-flowed from (printed and converted), each paragraph's."""
    if not conv.active:
        return report
    report.script = "traditional"
    report.originals.update(conv.originals)
    if printed:
        _, at = strip_ruby(printed)
        for p in report.paragraphs:
            original_text(p, printed, converted, at)
    return report


@dataclass
class Converter:
    """Converts the strings one report is read from and remembers each original, so that any
    text cut from them can be given back as printed."""

    active: bool = False
    originals: dict[str, str] = field(default_factory=dict)   # converted -> original

    def __call__(self, text: str) -> str:
        if not self.active or not text:
            return text
        out = to_simplified(strip_ruby(text)[0])
        if out != text:
            self.originals.setdefault(out, text)
        return out


_RUBY = regex.compile(r"(?<=\p{Han})[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


@lru_cache(maxsize=4096)
def strip_ruby(printed: str) -> tuple[str, tuple[int, ...]]:
    """`printed` without the pinyin a web page left after its characters ("經(jīng)費" -> "經費"),
    and for each character kept (plus the end) its offset in `printed`. Cached: restoring quotes
    asks again for the same source strings."""
    kept, at, last = [], [], 0
    for m in list(_RUBY.finditer(printed)) + [None]:
        stop = m.start() if m else len(printed)
        kept.append(printed[last:stop])
        at.extend(range(last, stop))
        last = m.end() if m else stop
    at.append(len(printed))
    return "".join(kept), tuple(at)


def original_text(p: "Paragraph", printed: str, converted: str, at: tuple[int, ...]) -> None:
    """Set p.original / p.original_at for a paragraph re-flowed from `converted` source lines:
    each anchored character is printed at at[j] up to the next character's offset (pinyin residue
    included); characters the re-flow put in (a space between wrapped numbers) stay as they are."""
    text, anchors = p.text, p.anchors
    parts, offsets, n = [], [], 0
    bounds = [a[0] for a in anchors[1:]] + [len(text)]
    where: dict[int, int] = {}
    for (start, _, src), end in zip(anchors, bounds):
        for k in range(start, end):
            where[k] = src + k - start
    for k, ch in enumerate(text):
        j = where.get(k)
        piece = printed[at[j]:at[j + 1]] if j is not None and j + 1 < len(at) and converted[j] == ch else ch
        if "\n" in piece:
            piece = piece[:piece.index("\n")] or ch
        offsets.append(n)
        parts.append(piece)
        n += len(piece)
    p.original, p.original_at = "".join(parts), offsets + [n]


def restore(text: str, report: "Report", inverse: dict[str, str] | None = None) -> str:
    """`text` (cut from the converted report) as the report printed it: the same stretch of the
    paragraph or source string it comes from, else character by character."""
    if report.script != "traditional" or not text:
        return text
    for p in report.paragraphs:
        if p.original and text in p.text:
            i = p.text.index(text)
            return p.original[p.original_at[i]:p.original_at[i + len(text)]]
    for conv, printed in report.originals.items():
        if text in conv:
            i = conv.index(text)
            _, at = strip_ruby(printed)
            return printed[at[i]:at[i + len(text)]]
    inverse = _inverse(report) if inverse is None else inverse
    return "".join(inverse.get(ch, ch) for ch in text)


def _inverse(report: "Report") -> dict[str, str]:
    """Simplified -> the traditional character this report prints most often for it."""
    counts: dict[str, dict[str, int]] = {}
    for conv, printed in report.originals.items():
        for c, o in zip(conv, strip_ruby(printed)[0]):
            if c != o:
                counts.setdefault(c, {}).setdefault(o, 0)
                counts[c][o] += 1
    return {c: max(seen, key=seen.get) for c, seen in counts.items()}


def restorer(report: "Report") -> Callable[[str], str]:
    """`restore` bound to one report, its inverse map built once; the identity for a report read
    as printed, and for text with no Han character (numbers, codes) in any report."""
    if report.script != "traditional":
        return lambda text: text
    inverse = _inverse(report)
    return lambda text: text if text.isascii() else restore(text, report, inverse)


def restore_findings(findings: list["Finding"], report: "Report") -> None:
    """Every evidence quote of a converted report given back as printed."""
    if report.script != "traditional":
        return
    shown = restorer(report)
    for f in findings:
        for e in f.evidence:
            e.text = shown(e.text)
            for name in ("table_title", "row", "column"):
                value = getattr(e, name)
                if value:
                    setattr(e, name, shown(value))


def convert_grid(g: Any, conv: Converter) -> None:
    """A GridTable (PDF / HTML) converted in place: cells, printed rows, title, number and unit."""
    g.grid = [[conv(c) if c else c for c in row] for row in g.grid]
    g.raws = [conv(r) for r in g.raws]
    g.title, g.number, g.unit = conv(g.title), conv(g.number), conv(g.unit)


def grid_text(g: Any) -> str:
    """All text of a GridTable, for detection."""
    return "\n".join(g.raws + [g.title])
