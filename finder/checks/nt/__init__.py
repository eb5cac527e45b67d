"""NT: narrative vs table (and narrative vs narrative) checks."""
from finder.checks.nt import nt01_value, nt02_implied_prior, nt03_restated, nt04_budget_change, nt05_prior_change, \
    nt06_stated_balance  # noqa: F401
