"""EV: evaluation appendix (绩效自评) checks: weights, scores, counts, targets, funds."""
from finder.checks.ev import ev01_scores, ev04_sections, ev06_items, ev09_coverage, ev12_funds, ev14_project, ev16_rating, ev17_summary, ev18_overview, ev19_done, ev20_fund_score, ev21_unfilled  # noqa: F401
