"""ReportState: what reading carries from one paragraph to the next."""
from __future__ import annotations

from dataclasses import dataclass, field

from finder.claims import context as cx
from finder.claims import patterns
from finder.model import Claim, NonClaim, Paragraph


@dataclass
class ReportState:
    """State carried from paragraph to paragraph."""

    year: int | None
    pending_whole: str | None = None     # "……，其中：" ending a paragraph: the items that follow
    pending_head: str = ""               # the subject of a 其中 list still running into the next paragraph
    pending_kinds: frozenset[str] | None = None   # lists.concept_kinds of its items; None: it ended with '：'
    pending_style: str | None = None     # the item label of the paragraph whose 其中 list is pending
    section: str | None = None           # evaluation section (投入/过程/产出/效果) last named
    groups: int = 0
    codes: dict[tuple[str, str], str] = field(default_factory=dict)   # paths.code_index of the report
    department: str = ""                 # the report's own department (ingest/meta.py)
    own_periods: tuple[str, ...] = patterns.CURRENT_PERIODS   # periods of the report year's own figures
    budget: bool = False                 # the report is a budget (部门预算): concepts.yml budget_sides name totals
    respective_groups: dict[tuple[int, str], str] = field(default_factory=dict)  # (paragraph, name) -> group
    path_ctx: dict[int, str] = field(default_factory=dict)            # 类 / 款 last named by a heading
    current: Paragraph | None = None
    pending_label: tuple[str, str] | None = None  # a number-less line 'X：' naming the figures that follow
    pending_item: object = None          # a number-less item line '19、…（项）。': its path frame (labels.item_title)
    last_frame: tuple[int, cx.Frame] | None = None  # (paragraph index, frame) the last paragraph with figures ended in
    claims: list[Claim] = field(default_factory=list)
    non_claims: list[NonClaim] = field(default_factory=list)
    unclassified: list[NonClaim] = field(default_factory=list)
