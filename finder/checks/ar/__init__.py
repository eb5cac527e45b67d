"""AR: recomputation checks (shares, changes, completion rates, parts and wholes)."""
from finder.checks.ar import ar01_share, ar02_change, ar03_completion, ar04_parts, ar05_saving  # noqa: F401
