"""Appendix: the performance-evaluation (绩效自评) model built from evaluation tables and text."""
