"""Parse benchmark: finder's ingest vs bare pdfplumber extract_tables()+extract_text() per corpus PDF.

Run: python benchmarks/parse_speed.py [PDF ...]  (default: every corpora/pdfs/*.pdf)
Prints seconds and pages/s for both, their ratio (target <= 1.3), and where finder's time goes
(ingest stages: pdfplumber page reading + tables, line building, model building).
Each time is the best of REPEAT alternating runs: a single run of a 13-page file (~0.2 s) swings
by 30 % with machine load, which made the ratio of small files noise rather than measurement.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 3
sys.path.insert(0, str(ROOT))


def bare(path: str) -> float:
    t0 = time.perf_counter()
    with pdfplumber.open(path) as doc:
        for page in doc.pages:
            page.extract_tables()
            page.extract_text()
    return time.perf_counter() - t0


def finder_ingest(path: str) -> tuple[float, dict[str, float]]:
    """Full finder.ingest.load when the model stages exist; else read_pdf + build_table only."""
    from finder import ingest
    from finder.ingest import pdf

    t0 = time.perf_counter()
    try:
        ingest.load(path)
        return time.perf_counter() - t0, {}
    except NotImplementedError:
        pass
    t0 = time.perf_counter()
    content = pdf.read_pdf(path)
    t1 = time.perf_counter()
    for i, g in enumerate(content.tables):
        pdf._to_table(g, i)
    t2 = time.perf_counter()
    return t2 - t0, {"read_pdf": t1 - t0, "build_table": t2 - t1}


def main(argv: list[str]) -> int:
    paths = argv or sorted(str(p) for p in (ROOT / "corpora" / "pdfs").glob("*.pdf"))
    finder_ingest(paths[0])                      # warm imports and lexicons
    print(f"{'file':44} {'pages':>5} {'finder s':>9} {'p/s':>6} {'bare s':>8} {'p/s':>6} {'ratio':>6}  notes")
    tot_f = tot_b = 0.0
    for path in paths:
        with pdfplumber.open(path) as doc:
            n = len(doc.pages)
        tb, tf, parts = float("inf"), float("inf"), {}
        for _ in range(REPEAT):                  # alternate, keep each side's best run
            tb = min(tb, bare(path))
            t, p = finder_ingest(path)
            if t < tf:
                tf, parts = t, p
        tot_f, tot_b = tot_f + tf, tot_b + tb
        note = " ".join(f"{k}={v:.2f}" for k, v in parts.items())
        print(f"{Path(path).name:44} {n:5d} {tf:9.2f} {n / tf:6.1f} {tb:8.2f} {n / tb:6.1f} {tf / tb:6.2f}  {note}")
    print(f"{'total':44} {'':5} {tot_f:9.2f} {'':6} {tot_b:8.2f} {'':6} {tot_f / tot_b:6.2f}")
    return 0


if __name__ == "__main__":
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
