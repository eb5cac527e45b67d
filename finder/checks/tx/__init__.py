"""TX: text hygiene (template residue, wrong years, foreign-domain sentences, numbering gaps)."""
from finder.checks.tx import (  # noqa: F401 - importing registers the checks
    tx01_template_residue,
    tx02_year_mismatch,
    tx03_foreign_topic,
    tx04_numbering_gap,
    tx05_reason_vs_number,
    tx06_duty_list,
    tx07_attachment_kind,
    tx08_list_count,
    tx09_empty_funds,
)
