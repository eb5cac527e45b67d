"""What the recomputing AR checks share: the warning for a rate that agrees only through a coarse figure's rounding."""
from __future__ import annotations

from finder import messages
from finder.link import groups as G
from finder.link.precision import Judgement
from finder.model import Claim, Evidence, Finding

messages.add({
    "AR.coarse": {"zh": "“{subject}”{what}文中为 {pct}%，按 {formula} 重算为 {civ}%，仅因 {coarse} 的末位舍入（±半个单位）"
                        "才可能一致；按同段同单位数字的精度（{note}）重算为 {siv}%，与文中不符",
                  "en": "'{subject}': stated {pct}% fits {formula} = {civ}% only through the rounding of {coarse}; "
                        "read at the precision of its neighbours ({note}) it gives {siv}%"},
    "AR.coarse.amount": {"zh": "“{subject}”文中为 {value}（{viv}），按 {formula} 重算为 {civ}，仅因 {coarse} 的末位舍入（±半个单位）"
                               "才可能一致；按同段同单位数字的精度（{note}）重算为 {siv}，与文中不符",
                         "en": "'{subject}': stated {value} ({viv}) fits {formula} = {civ} only through the rounding of {coarse}; "
                               "read at the precision of its neighbours ({note}) it gives {siv}"},
})


def coarse_finding(check: str, j: Judgement, lang: str, *, subject: str, what: str, pct: Claim, formula: str,
                   evidence: list[Evidence], claims: list[str]) -> Finding:
    """A warning for a recomputation that agrees (j.verdict) only while a coarse operand ('1万元'
    beside '0.53万元') may lie anywhere in its rounding interval, and disagrees (j.sharp) once that
    operand is read at the precision of its neighbours: both computations are shown. `pct` is the
    printed figure recomputed: a rate (×100, in %) or an amount (a difference, in its printed unit)."""
    coarse = "、".join(f"“{a}”" for a, _ in j.coarse)
    note = j.note() if lang == "zh" else ", ".join(f"{a} as {b}" for a, b in j.coarse)
    if pct.unit == "%":
        message = messages.msg("AR.coarse", lang, subject=subject, what=what, pct=G.printed(pct), formula=formula,
                               civ=str(j.computed), coarse=coarse, siv=str(j.sharp), note=note)
        computation = (f"{formula} × 100 → {j.computed}%（{coarse} 按 ±半个末位单位）；{j.note()}：→ {j.sharp}%；"
                       f"文中 {G.printed(pct)}% → {pct.interval}；仅因舍入一致")
    else:
        civ, siv = G.in_printed_unit(j.computed, pct), G.in_printed_unit(j.sharp, pct)
        message = messages.msg("AR.coarse.amount", lang, subject=subject, value=G.printed(pct),
                               viv=G.in_printed_unit(pct.interval, pct), formula=formula, civ=civ, coarse=coarse,
                               siv=siv, note=note)
        computation = (f"{formula} → {civ}（{coarse} 按 ±半个末位单位）；{j.note()}：→ {siv}；"
                       f"文中 {G.shown(pct)} → {G.in_printed_unit(pct.interval, pct)}；仅因舍入一致")
    return Finding(check=check, severity="warning", message=message, evidence=evidence, kind="percent_recompute",
                   computation=computation, claims=claims,
                   args={"verdict": "coarse", "computed": str(j.computed), "sharp": str(j.sharp)})
