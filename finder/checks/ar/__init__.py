"""AR: recomputation checks (shares, changes, completion rates, parts and wholes)."""
