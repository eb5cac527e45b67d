"""TX: text hygiene (template residue, wrong years, foreign-domain sentences, numbering gaps)."""
