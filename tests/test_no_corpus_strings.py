"""No rule holds template wording of a single corpus file: Chinese in code must be lexicon data.

A string literal of finder/**/*.py (docstrings and message templates excluded) whose run of 4
or more CJK characters occurs in exactly one corpus file is wording copied from that report;
it belongs in lexicons/*.yml, where a new region's template gets an entry, not new code.
The corpus texts (seeds as they are, PDFs through pdfplumber) are cached in the temp dir.
"""
from __future__ import annotations

import ast
import hashlib
import re
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"
RUN = re.compile(r"[\u4e00-\u9fff“”（）《》、]{4,}")
SPACE = re.compile(r"\s+")
MESSAGE_KEYS = {"zh", "en"}

# (path, run) -> why it may stay. Keep this short; every entry names the owner.
ALLOWED = {
    # test-support builder that writes a report's printed table header (output, not a rule);
    # owner of finder/testing.py: move it to the fixture spec or a message if it should go
    ("finder/testing.py", "金额单位"): "fixture writer prints the report's own header",
}


def _pdf_text(path: Path) -> str:
    import pdfplumber

    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / "finder-corpus-text" / f"{path.stem}.{digest}.{pdfplumber.__version__}.txt"
    if cache.is_file():
        return cache.read_text("utf-8")
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(text, "utf-8")
    return text


@pytest.fixture(scope="module")
def corpus() -> dict[str, str]:
    """Corpus file name -> its text with all whitespace removed."""
    texts = {p.name: p.read_text("utf-8") for p in sorted((CORPUS / "seeds").glob("*.txt"))}
    texts.update({p.name: _pdf_text(p) for p in sorted((CORPUS / "pdfs").glob("*.pdf"))})
    return {name: SPACE.sub("", t) for name, t in texts.items()}


def rule_literals(source: str) -> list[tuple[int, str]]:
    """(line, CJK run) of the string literals of `source` that are neither a docstring nor the
    text of a message template (a value under a "zh"/"en" key of a dict literal)."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body \
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values):
                if isinstance(k, ast.Constant) and k.value in MESSAGE_KEYS:
                    skip.update(id(n) for n in ast.walk(v))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            out += [(node.lineno, run) for run in RUN.findall(node.value)]
    return out


def single_file_runs(source: str, corpus: dict[str, str]) -> list[tuple[int, str, str]]:
    """(line, run, the one corpus file holding it)."""
    out = []
    for line, run in rule_literals(source):
        where = [name for name, text in corpus.items() if SPACE.sub("", run) in text]
        if len(where) == 1:
            out.append((line, run, where[0]))
    return out


def test_corpus_is_complete(corpus):
    assert len(corpus) == 10
    assert "权重分值" in corpus["000_601db7814e7d3dfd.txt"]
    assert "部门决算" in corpus["national-final-accounts-template.pdf"]


def test_detector_flags_a_single_report_phrase(corpus):
    source = '''
"""Module docstring: 权重分值 is fine here."""
from finder import messages

messages.add({"X01": {"zh": "权重分值 {n}", "en": "weight {n}"}})
WHAT = ("权重分值", "部门决算")


def f():
    """权重分值 in a docstring."""
    return f"{1} 个三级指标"
'''
    hits = single_file_runs(source, corpus)
    assert [(run, where) for _, run, where in hits] == [
        ("权重分值", "000_601db7814e7d3dfd.txt"), ("个三级指标", "000_601db7814e7d3dfd.txt")]
    assert [line for line, _, _ in hits] == [6, 11]


def test_no_single_report_wording_in_code(corpus):
    found = []
    for py in sorted((ROOT / "finder").rglob("*.py")):
        rel = py.relative_to(ROOT).as_posix()
        for line, run, where in single_file_runs(py.read_text("utf-8"), corpus):
            if (rel, run) not in ALLOWED:
                found.append(f"{rel}:{line} “{run}” occurs only in {where}")
    assert not found, "move to lexicons/*.yml (or a message template):\n" + "\n".join(found)


def test_allowlist_is_still_needed(corpus):
    live = {(py.relative_to(ROOT).as_posix(), run) for py in (ROOT / "finder").rglob("*.py")
            for _, run, _ in single_file_runs(py.read_text("utf-8"), corpus)}
    assert set(ALLOWED) <= live, f"stale allowlist entries: {set(ALLOWED) - live}"
