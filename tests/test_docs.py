"""docs/checks/ is generated from the check docstrings and must be current."""
from pathlib import Path

from finder import docs

DOCS = Path(__file__).resolve().parent.parent / "docs" / "checks"


def test_check_docs_are_current():
    pages = docs.generate()
    on_disk = {p.name: p.read_text("utf-8") for p in DOCS.glob("*.md")}
    assert on_disk == pages, "run: python -m finder.docs"


def test_every_check_doc_shows_a_failing_and_a_passing_example():
    for name, text in docs.generate().items():
        if name != "README.md":
            assert text.index("**Anti-pattern**") < text.index("**Best practice**"), name
