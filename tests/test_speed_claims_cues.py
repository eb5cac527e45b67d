"""The cue of each non-claim shape (patterns.NON_CLAIM_SHAPES) holds a character every match prints.

non_claim_spans skips a shape on a paragraph printing none of its cue characters; that is only
safe when no match can avoid them. Each pattern is parsed (the standard library's parser, with
\\p{Han} read as \\w) and checked from its syntax: some part that is not optional is a literal
or a small class inside the cue, or an alternation each of whose branches has one.
"""
from __future__ import annotations

from finder.claims import patterns

try:                                        # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:                         # pragma: no cover - older Pythons
    import sre_constants as C               # type: ignore[no-redef]
    import sre_parse as P                   # type: ignore[no-redef]


def _class(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 256:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:                               # NEGATE, CATEGORY (\s, \w), a wide range
            return None
    return out


def _covered(seq, cue: frozenset[str]) -> bool:
    """Whether every match of the parsed sequence prints a character of `cue`."""
    for op, av in seq:
        if op is C.LITERAL:
            hit = chr(av) in cue
        elif op is C.IN:
            chars = _class(av)
            hit = chars is not None and chars <= cue
        elif op is C.SUBPATTERN:
            hit = _covered(av[-1], cue)
        elif op is C.BRANCH:
            hit = all(_covered(b, cue) for b in av[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            hit = av[0] >= 1 and _covered(av[2], cue)
        else:                               # assertions, anchors, \s, any character
            hit = False
        if hit:
            return True
    return False


def test_every_cue_holds_a_character_each_match_prints():
    for reason, rx, cue in patterns.NON_CLAIM_SHAPES:
        if cue:
            assert _covered(P.parse(rx.pattern.replace(r"\p{Han}", r"\w")), cue), (reason, rx.pattern)


def test_a_paragraph_without_the_cue_has_no_match():
    text = "本年支出合计 1,234.56 万元，比上年增加 12.30 万元"
    got = patterns.non_claim_spans(text)
    want = [(m.start(), m.end(), reason) for reason, rx, _ in patterns.NON_CLAIM_SHAPES
            for m in rx.finditer(text) if m.end() > m.start()]
    assert got == want
