"""TB: table arithmetic (code hierarchy sums, 合计 rows, summary identities, cross-table equalities)."""
from finder.checks.tb import (  # noqa: F401 - importing registers the checks
    tb01_code_hierarchy,
    tb02_total_mismatch,
    tb03_summary_identity,
    tb04_cross_table,
)
