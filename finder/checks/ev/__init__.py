"""EV: evaluation appendix (绩效自评) checks: weights, scores, counts, targets, funds."""
