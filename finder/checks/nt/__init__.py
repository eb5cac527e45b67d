"""NT: narrative vs table (and narrative vs narrative) checks."""
