"""`finder checks`: one line per registered check (code, name, kind, what it flags).

Under zh the line is the first line of the check's docstring (what docs/checks shows); under en it
is SUMMARY_EN. A check missing there prints the English in its summary's closing brackets
('所述占比… (stated share ≠ part ÷ whole).'), else its Chinese summary: a new check is listed at
once, and says in English what it does once a line is added here.
"""
from __future__ import annotations

from typing import Iterable

import regex

SUMMARY_EN = {
    "AR01": "a stated share does not recompute as part ÷ whole",
    "AR02": "a change rate does not recompute from the change and this year's figure (P ≠ A ÷ (V ∓ A) × 100)",
    "AR03": "a budget completion rate does not recompute as final ÷ budget",
    "AR04": "stated parts do not add up to the stated whole",
    "AR05": "a saving or saving rate does not recompute from the plan and the actual figure",
    "AR06": "a stated total score is not the sum of the scores listed after it",
    "AR07": "the text says a target was met, but the same sentence's achieved value misses its target",
    "AR08": "a stated average (per person, per household, per batch) is not the sentence's total ÷ count",
    "AR09": "the text says 'completed on schedule', but the paragraph's completion date is after the planned one",
    "DR01": "the direction words of one change contradict each other (减少 beside 增长; 持平 with a nonzero change)",
    "DR02": "'final above/below/equal to budget' in the text disagrees with the stated final and budget figures "
            "(or the completion rate)",
    "EV01": "the total row (总分/总计/合计) of an evaluation table is not the sum of its rows' weights or scores",
    "EV02": "an indicator scores more than its weight",
    "EV03": "score rate ≠ score ÷ weight, or execution rate ≠ full-year spending ÷ full-year budget",
    "EV04": "a part's (outputs, effects…) weight, score or score rate is printed differently in different places",
    "EV05": "the stated number of second- or third-level indicators differs from the indicator table's rows "
            "or another paragraph",
    "EV06": "an indicator explanation's score or weight differs from its evaluation-table row",
    "EV07": "an indicator explanation's achieved value differs from its evaluation-table row",
    "EV08": "the text says a target was met but the achieved value misses the annual target; or a row that misses "
            "its target still has full marks",
    "EV09": "the item-by-item explanations do not match the indicator table: items not in the table, "
            "numbering gaps, rows left unexplained",
    "EV10": "an indicator's target differs between the targets table and the evaluation table, or between "
            "the text and the evaluation table",
    "EV11": "an adverse-event rate (accident rate, complaint rate…) has a target or achieved value of 100%",
    "EV12": "one project's funds exceed the whole department's project spending or initial fiscal budget",
    "EV13": "the stated number of self-evaluated projects or their funds differ from the project evaluation "
            "tables attached",
    "EV14": "the achievement of a project's (or the department's) annual goal reads '无' although funds were "
            "spent and the indicators scored",
    "EV15": "the implementing unit of a project evaluation table is not one of the department's budget units",
    "EV16": "the self-evaluation score does not fit its rating (usual bands: 90 and above 优, 80–90 良, 60–80 中, "
            "below 60 差)",
    "EV17": "a project's (or the department's) budget, spending, execution rate, score or first-level scores in "
            "the text differ from its evaluation table",
    "EV18": "the stated average score of the project evaluations, or the number of projects per rating, "
            "differs from the evaluation tables or the stated project count",
    "EV19": "the text says all targets were met, but the evaluation table scores an indicator below its weight",
    "EV20": "the project-funds row's score is not weight × execution rate (capped at the weight)",
    "EV21": "a self-evaluation form's boxes still print the template's instructions ('…(200字以内)'): published "
            "unfilled",
    "NT01": "a stated amount or count differs from its table cell",
    "NT02": "prior-year values implied by the stated changes (this year ∓ change) contradict each other",
    "NT03": "one figure is stated with two different values in the prose",
    "NT04": "a change 'compared with the budget' (amount, rate or 持平) does not recompute from the table's "
            "budget and the stated final figure",
    "NT05": "a change 'on last year' (amount, rate or 持平) does not recompute from the table's prior-year and "
            "this year's figures",
    "NT06": "this year's stated carry-over, income, spending and closing balance do not balance",
    "TB01": "a code level does not add up: a 类 ≠ Σ its 款, a 款 ≠ Σ its 项, 301 ≠ Σ 30101…",
    "TB02": "a total does not add up: a total row ≠ Σ its 类 rows, or a total column ≠ Σ its component columns",
    "TB03": "a summary-table identity fails: income total ≠ spending total, total ≠ this year + balances + "
            "carry-over, or total ≠ Σ items",
    "TB04": "one figure differs between two tables (summary ↔ income/spending tables, fiscal summary ↔ general "
            "public budget spending table…)",
    "TX01": "template residue: placeholders, blank percentages (amounts, scores), unresolved '增加（减少）', "
            "'个方面' without a number, filling-in notes, a cut year ('202 年度')",
    "TX02": "a year mismatch: another year where the report's year belongs (text carried over from an older "
            "report)",
    "TX03": "a foreign topic: a sentence about a field unrelated to the department's duties, or with another "
            "unit as its subject",
    "TX04": "a numbering gap or repeat in a list (1, 2, … or （一）（二）…)",
    "TX05": "a reason contradicts a number: 'no such spending' beside a nonzero final figure, 'not budgeted this "
            "year' beside a nonzero budget, 'no vehicles' beside nonzero vehicle figures",
    "TX06": "a restated duty list has items sharing nothing with the department's own 主要职责",
    "TX07": "the text says a document is attached, but the attachment's title or opening shows another kind "
            "of document",
    "TX08": "a list count mismatch: 'N items, namely A, B, C' names a number of items other than N",
    "TX09": "a table noted as empty prints nonzero figures; or the department says it has no government-fund "
            "(state-capital) budget money, but a table or the text shows some",
}

_ENGLISH_ASIDE = regex.compile(r"\(([^()]*[A-Za-z][^()]*)\)\.?\s*$")


def summary(spec, lang: str = "zh") -> str:
    """What the check flags, in `lang` (see the module doc for a check with no English line)."""
    if lang != "en":
        return spec.summary
    if spec.code in SUMMARY_EN:
        return SUMMARY_EN[spec.code]
    m = _ENGLISH_ASIDE.search(spec.summary)
    return m.group(1) if m else spec.summary


def render(specs: Iterable, lang: str = "zh") -> str:
    """One TAB-separated line per check: code, name, kind, summary."""
    return "".join(f"{s.code}\t{s.name}\t{s.kind}\t{summary(s, lang)}\n" for s in specs)
