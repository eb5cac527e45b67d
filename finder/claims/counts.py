"""Counts and their twins: a concept's measure against a number, what a count counts, money and count twin concepts."""
from __future__ import annotations

from functools import lru_cache

import regex

from finder import lexicon
from finder.claims import context as cx
from finder.claims import patterns, vocab, zh
from finder.claims.generic import generic_words


def compatible(concept_id: str, tok: patterns.NumberToken, kind: str) -> bool:
    c = vocab.load().concepts[concept_id]
    fam = tok.unit.family if tok.unit else "money"
    if fam == "percent":
        return c.measure in ("money", "percent", "count", "score") if kind != "ratio" else True
    if kind in ("weight", "score", "deduction"):
        return c.measure == "score"
    return c.measure == fam


ACTUAL_MARK = "（实有）"              # '行政编制（实有）': the persons in post of the quota named before it
ACTUAL_TOTAL = "实有数（合计）"        # the persons in post of all the quotas listed before it


def actual_name(quota: str) -> str:
    """The name of the actual count of a quota ('行政编制' → '行政编制（实有）')."""
    return f"{quota}{ACTUAL_MARK}"


def actual_of_quota(words: str, carried: str) -> bool:
    """'行政编制 170 人，实际 166 人': a count naming nothing but an actual word after a quota's figure
    (directions.yml actual_words, quota_words) is the actual count, not the quota restated."""
    v = vocab.load()
    return any(w in words for w in v.actual_words) and any(w in carried for w in v.quota_words)


def money_twin(c: tuple[int, int, str], tok: patterns.NumberToken, kind: str) -> tuple[int, int, str]:
    """A count concept named beside a money figure stands for its money twin (concepts.yml money_twins)."""
    twin = _twins().get(c[2])
    if twin and not compatible(c[2], tok, kind) and compatible(twin, tok, kind):
        return c[0], c[1], twin
    return c


@lru_cache(maxsize=None)
def _twins() -> dict[str, str]:
    return dict(vocab.load().money_twins)


def count_twin(cid: str, tok: patterns.NumberToken, kind: str) -> str | None:
    """The count concept a money concept's things are counted by, for a count in one of its units
    (concepts.yml count_twins: 38 批次 carried on from 公务接待费 counts receptions); else None."""
    twins = (lexicon.load("concepts").get("count_twins") or {}).get(cid)
    if kind != "count" or not twins or tok.unit is None:
        return None
    # one count concept, or several told apart by their units ('因公出国（境）3 批次' the trips, '… 6 人次' the travellers)
    return next((t["concept"] for t in (twins if isinstance(twins, list) else [twins])
                 if tok.unit.printed in t["units"]), None)


def named_count(c: tuple[int, int, str], tok: patterns.NumberToken, kind: str) -> tuple[int, int, str]:
    """A money concept named right with a count in one of its count twin's units is that count ('因公出国（境）3
    批次': the trips, not the fee; concepts.yml count_twins), as money_twin reads a count's name with money."""
    twin = count_twin(c[2], tok, kind) if not compatible(c[2], tok, kind) else None
    return (c[0], c[1], twin) if twin else c


def spent_by_frame(phrase: str, tok: patterns.NumberToken, kind: str, ctx: cx.SentenceCtx) -> str | None:
    """The money twin of the count concept this sentence is about, for a money figure whose subject is
    only a generic word (cells.yml generic_subjects: '…10 批次，80 人次，共计支出 1.20 万元'); else None."""
    frame = ctx.frame
    if not frame.concept or frame.start < ctx.start or phrase.strip() not in generic_words():
        return None
    twin = _twins().get(frame.concept)
    return twin if twin and compatible(twin, tok, kind) else None


_NOUN_AFTER = regex.compile(r"[\p{Han}“”]{2,12}")


def counted_noun(text: str, tok: patterns.NumberToken) -> str:
    """What a count counts when it is printed after the unit: '30 多项配套活动' -> 配套活动."""
    m = _NOUN_AFTER.match(text, tok.end)
    if not m:
        return ""
    seg = m.group()
    words = [seg[x:y] for x, y, _ in zh.spans(seg) if not seg[x:y].isspace()][:3]
    return "".join(words).strip("“”")


_NOUN_PHRASE = regex.compile(r"[^，。；：、,;:！？!?（()）\d]{1,16}")


def suffix_concept(text: str, tok: patterns.NumberToken) -> tuple[str, int] | None:
    """A count whose thing is printed after its measure word ('4个二级指标', '6 家浙江企业与…'):
    the first count concept named in the noun phrase after the unit, and where that name ends. The phrase ends
    at 的: what follows is what the counted things hold ('18 个分局的公务车辆…均为 206 辆' counts 分局, not cars)."""
    v = vocab.load()
    m = vocab.alias_at(text, tok.end)
    if m and v.concepts[v.alias_to_concept[vocab.squeeze(m.group())]].measure == "count":
        return v.alias_to_concept[vocab.squeeze(m.group())], m.end()
    if tok.unit is None or tok.unit.printed not in v.classifiers:
        return None
    np = _NOUN_PHRASE.match(text, tok.end)
    if not np:
        return None
    cut = np.group().find("的")
    end = np.end() if cut < 0 else np.start() + cut
    for s, e, cid in vocab.find_concepts(text, np.start(), end):
        if v.concepts[cid].measure == "count" and not v.concepts[cid].scope:
            return cid, e
    return None


def unit_concept(tok: patterns.NumberToken) -> str | None:
    """The concept a count's unit itself names ('5 人' counts persons), from concepts.yml unit_concepts."""
    printed = tok.unit.printed if tok.unit else None
    return next((cid for u, cid in vocab.load().unit_concepts if u == printed), None)
