"""The claim ledger for `finder claims`: one line per claim (text) or claims + summary (JSON).

`finder claims` runs the checks first, so each claim carries its verdict: verified, contradicted,
unverifiable (with the reason) or not checkable (what the check report's "could not be verified"
line points to)."""
from __future__ import annotations

import json
from collections import Counter
from typing import Any

from finder.model import Claim, NonClaim
from finder.render.fields import STATUS_ZH, loc_text

KIND_ZH = {"amount": "金额", "change_abs": "增减额", "change_pct": "增减率", "share": "占比", "completion": "完成率",
           "count": "数量", "score": "得分", "weight": "权重", "deduction": "扣分", "target": "目标值", "ratio": "比率"}
# lang -> the ledger's own words (a claim's kind and status in en are their ids, '_' read as ' ')
WORDS = {"zh": {"kind": KIND_ZH, "status": STATUS_ZH, "unresolved": "未归类", "each": "各为:{}", "no_subject": "（无主语）",
                "approx": "约",
                "whole": "整体", "path": "科目", "paren": "（{}）",
                "read_as": "口径:“{0}”按{1}读（总体部分，表中无同名行）",
                "ambiguous": "口径:“{0}”未归类（《{1}》有同名行，所指不明）",
                "summary": "# 数字 {numbers} 个：声明 {claims}，非声明 {non_claims}，未分类 {unclassified}；"
                           "已归类概念 {resolved}/{claims}",
                "statuses": "# 声明：{counts}", "sep": "，", "unclassified": "# 未分类数字："},
         "en": {"kind": {}, "status": {k: k.replace("_", " ") for k in STATUS_ZH}, "unresolved": "unresolved",
                "each": "each of: {}",
                "period": {"本年": "this year", "上年": "prior year", "预算": "budget", "决算": "final accounts",
                           "年初预算": "initial budget", "全年预算": "full-year budget", "年度计划": "annual plan"},
                "no_subject": "(no subject)", "approx": "approx", "whole": "whole", "path": "item", "paren": " ({})",
                "read_as": "scope: '{0}' read as {1} (summary section, no row of that name in the tables)",
                "ambiguous": "scope: '{0}' left unresolved (《{1}》 prints a row of that name: which is meant is unclear)",
                "summary": "# {numbers} numbers: {claims} claims, {non_claims} non-claims, {unclassified} unclassified; "
                           "concept resolved {resolved}/{claims}",
                "statuses": "# claims: {counts}", "sep": ", ", "unclassified": "# unclassified numbers:"}}


def where(p: Any, offset: int, lang: str = "zh") -> str:
    return loc_text(p.where(offset), lang) or "?"


def claim_line(c: Claim, lang: str = "zh") -> str:
    """Place, subject -> concept, kind, amount, period, [direction, approx, whole, path,] and the
    claim's verdict (with its reason) once the checks have run."""
    W = WORDS.get(lang, WORDS["zh"])
    each = c.extra.get("each_of")     # '收、支总计均为 N': the figure of each side named, checked against each
    concept = c.concept or (W["each"].format("/".join(each)) if each else W["unresolved"])
    parts = [f"{where(c.paragraph, c.start, lang)}", f"{c.subject or W['no_subject']} -> {concept}",
             W["kind"].get(c.kind, c.kind), _amount(c), W.get("period", {}).get(c.period, c.period)]
    if c.direction:
        parts.append(c.direction)
    if c.approx:
        parts.append(f"{W['approx']}:{c.approx}")
    if c.whole:
        parts.append(f"{W['whole']}:{c.whole}")
    if c.extra.get("path"):
        parts.append(f"{W['path']}:" + "/".join(c.extra["path"]) + (f"={c.extra['code']}" if c.extra.get("code") else ""))
    if c.extra.get("scope_note"):
        parts.append(W["read_as"].format(*c.extra["scope_note"]))
    elif c.extra.get("bare_total_ambiguous"):
        parts.append(W["ambiguous"].format(c.subject, c.extra["bare_total_ambiguous"]))
    if c.status != "unchecked":
        parts.append(W["status"].get(c.status, c.status) + (W["paren"].format(c.reason) if c.reason else ""))
    return "\t".join(parts)


def _amount(c: Claim) -> str:
    """The value in its normalised unit; the printed form beside it when the unit was converted."""
    if c.scale == 1:
        return f"{c.raw_number or c.value}{c.unit}"
    return f"{format(c.value.normalize(), 'f')}{c.unit}（{c.raw}）"


def non_claim_line(n: NonClaim, lang: str = "zh") -> str:
    return f"{where(n.paragraph, n.start, lang)}\t{n.raw}\t{n.reason}\t{n.paragraph.text[max(0, n.start - 12):n.end + 12]}"


def summary(a: Any) -> dict[str, Any]:
    numbers = len(a.claims) + len(a.non_claims) + len(a.unclassified)
    return {"numbers": numbers, "claims": len(a.claims), "non_claims": len(a.non_claims),
            "unclassified": len(a.unclassified), "resolved": sum(1 for c in a.claims if c.concept),
            "kinds": dict(Counter(c.kind for c in a.claims)),
            "reasons": dict(Counter(n.reason for n in a.non_claims))}


def claim_record(c: Claim) -> dict[str, Any]:
    from finder.render.json_out import claim_dict

    d = claim_dict(c)
    d["number"] = c.raw_number
    d["scale"] = str(c.scale)
    d["sentence"] = c.quote("sentence")
    d["extra"] = {k: v for k, v in c.extra.items() if not k.startswith("_") and isinstance(v, (str, int, bool, list))}
    return d


def non_claim_record(n: NonClaim) -> dict[str, Any]:
    return {"raw": n.raw, "reason": n.reason, "start": n.start, "end": n.end, "paragraph": n.paragraph.index,
            **n.paragraph.where(n.start),
            "context": n.paragraph.text[max(0, n.start - 20):n.end + 20]}


def render(a: Any, fmt: str = "text", unclassified: bool = False, lang: str = "zh") -> str:
    if fmt == "json":
        out: dict[str, Any] = {"source": a.report.source, "summary": summary(a),
                               "claims": [claim_record(c) for c in a.claims],
                               "non_claims": [non_claim_record(n) for n in a.non_claims]}
        if unclassified:
            out["unclassified"] = [non_claim_record(n) for n in a.unclassified]
        return json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True, default=_default)
    W = WORDS.get(lang, WORDS["zh"])
    lines = [claim_line(c, lang) for c in a.claims]
    s = summary(a)
    lines.append(W["summary"].format(**s))
    statuses = Counter(c.status for c in a.claims)
    if statuses and set(statuses) != {"unchecked"}:
        lines.append(W["statuses"].format(counts=W["sep"].join(
            f"{W['status'].get(k, k)} {statuses[k]}" for k in STATUS_ZH if statuses.get(k))))
    if unclassified:
        lines.append(W["unclassified"])
        lines += [non_claim_line(n, lang) for n in a.unclassified]
    return "\n".join(lines) + "\n"


def _default(o: Any) -> Any:
    """An object in a claim's extra: a cell reference as its table/row/column record (a repr would
    print the whole table, and a set inside it in a different order each run), else its text."""
    to_dict = getattr(o, "to_dict", None)
    return to_dict() if callable(to_dict) else str(o)
