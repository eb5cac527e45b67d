"""Every number in the prose is accounted for: each claim of every corpus file ends verified,
contradicted, or unverifiable / not checkable with the reason said."""
from __future__ import annotations

from pathlib import Path

import pytest

from finder.testing import corpus_analysis

ROOT = Path(__file__).resolve().parent.parent
# the text exports of the corpus PDFs (corpora/text-exports) have their own tests
CORPUS = [p for p in sorted((ROOT / "corpora").rglob("*.txt")) + sorted((ROOT / "corpora").rglob("*.pdf"))
          if "text-exports" not in p.parts]
JUDGED = ("verified", "contradicted")


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_every_claim_has_a_status_and_every_open_one_a_reason(path):
    a = corpus_analysis(str(path))
    assert {c.status for c in a.claims} <= {*JUDGED, "unverifiable", "not_checkable"}
    silent = [(c.raw, c.subject, c.status) for c in a.claims if c.status not in JUDGED and not c.reason]
    assert silent == []
