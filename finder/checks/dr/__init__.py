"""DR: direction-word checks (增加/减少/增长/下降/持平 against the numbers)."""
from finder.checks.dr import dr01_direction, dr02_budget_comparison  # noqa: F401
