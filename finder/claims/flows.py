"""A fund's bare name listed among incomes names the fund's income (concepts.yml income_twins)."""
from __future__ import annotations

from functools import lru_cache

from finder.claims import vocab
from finder.model import Claim

_FLOW_WORDS = ("收入", "支出")


def read_fund_incomes(sentence: list[Claim]) -> None:
    """'2018年一般公共预算财政拨款 a 元，政府性基金预算财政拨款 b 元，事业收入 c 元': the bare fund names
    (read as expenditure by their alias) are incomes when the sentence lists an income and no expenditure,
    or when the figure is read as a part of an income total. Edits the claims' concept in place."""
    twins = _twins()
    bare = [c for c in sentence if c.concept in twins and not any(w in c.subject for w in _FLOW_WORDS)]
    if not bare:
        return
    others = [c.concept for c in sentence if c.concept and c not in bare]
    listed = not any(_flow(cid) == "支出" for cid in others) and any(_flow(cid) == "收入" for cid in others)
    for c in bare:
        if listed or (c.whole and _flow(c.whole) == "收入"):     # or a share of 本年收入合计
            c.concept = twins[c.concept]


@lru_cache(maxsize=1)
def _twins() -> dict[str, str]:
    """Bare fund concept -> its income concept, built once from the lexicon (not per claim)."""
    return dict(vocab.load().income_twins)


def _flow(cid: str) -> str | None:
    """收入 or 支出: the side of the income/expenditure summary a concept sits on, by itself or its wholes."""
    v = vocab.load()
    seen: set[str] = set()
    while cid and cid in v.concepts and cid not in seen:
        seen.add(cid)
        if cid in _twins():
            return "支出"
        name = v.concepts[cid].name
        for w in _FLOW_WORDS:
            if name.endswith(w) or name.endswith(w + "合计") or name.endswith(w + "总计"):
                return w
        cid = v.concepts[cid].part_of
    return None
