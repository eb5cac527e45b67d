"""AR: recomputation checks (shares, changes, completion rates, parts and wholes)."""
from finder.checks.ar import (  # noqa: F401
    ar01_share, ar02_change, ar03_completion, ar04_parts, ar05_saving, ar06_score_parts,
    ar07_target_claimed, ar08_average, ar09_deadline)
