"""TB: table arithmetic (code hierarchy sums, 合计 rows, summary identities, cross-table equalities)."""
