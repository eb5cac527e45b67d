"""The claim ledger for `finder claims`: one line per claim (text) or claims + summary (JSON)."""
from __future__ import annotations

import json
from collections import Counter
from typing import Any

from finder.model import Claim, NonClaim
from finder.render.fields import loc_text

KIND_ZH = {"amount": "金额", "change_abs": "增减额", "change_pct": "增减率", "share": "占比", "completion": "完成率",
           "count": "数量", "score": "得分", "weight": "权重", "deduction": "扣分", "target": "目标值", "ratio": "比率"}


def where(p: Any, offset: int) -> str:
    return loc_text(p.where(offset), "zh") or "?"


def claim_line(c: Claim) -> str:
    concept = c.concept or "未归类"
    parts = [f"{where(c.paragraph, c.start)}", f"{c.subject or '（无主语）'} -> {concept}", KIND_ZH.get(c.kind, c.kind),
             _amount(c), c.period]
    if c.direction:
        parts.append(c.direction)
    if c.approx:
        parts.append(f"约:{c.approx}")
    if c.whole:
        parts.append(f"整体:{c.whole}")
    if c.extra.get("path"):
        parts.append("科目:" + "/".join(c.extra["path"]) + (f"={c.extra['code']}" if c.extra.get("code") else ""))
    return "\t".join(parts)


def _amount(c: Claim) -> str:
    """The value in its normalised unit; the printed form beside it when the unit was converted."""
    if c.scale == 1:
        return f"{c.raw_number or c.value}{c.unit}"
    return f"{format(c.value.normalize(), 'f')}{c.unit}（{c.raw}）"


def non_claim_line(n: NonClaim) -> str:
    return f"{where(n.paragraph, n.start)}\t{n.raw}\t{n.reason}\t{n.paragraph.text[max(0, n.start - 12):n.end + 12]}"


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


def render(a: Any, fmt: str = "text", unclassified: bool = False) -> str:
    if fmt == "json":
        out: dict[str, Any] = {"source": a.report.source, "summary": summary(a),
                               "claims": [claim_record(c) for c in a.claims],
                               "non_claims": [non_claim_record(n) for n in a.non_claims]}
        if unclassified:
            out["unclassified"] = [non_claim_record(n) for n in a.unclassified]
        return json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    lines = [claim_line(c) for c in a.claims]
    s = summary(a)
    lines.append(f"# 数字 {s['numbers']} 个：声明 {s['claims']}，非声明 {s['non_claims']}，未分类 {s['unclassified']}；"
                 f"已归类概念 {s['resolved']}/{s['claims']}")
    if unclassified:
        lines.append("# 未分类数字：")
        lines += [non_claim_line(n) for n in a.unclassified]
    return "\n".join(lines) + "\n"
