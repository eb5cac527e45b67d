"""Batch benchmark: `finder batch` over the bundled reports with 1 worker and with --jobs N.

Run: python benchmarks/batch_speed.py [N]  (default N = CPU count)
Prints wall seconds, reports/s and pages/s for each, and the speed-up. Parsing a PDF (pdfminer's
content-stream reading) is most of a batch, so workers are the way a run over thousands of reports
goes faster; the figure needs an idle machine (other jobs on the cores take the speed-up away).
Every run starts fresh processes, as a batch does.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(folder: str, jobs: int) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "finder.cli", "batch", folder, "--jobs", str(jobs), "-o",
                    os.devnull], cwd=ROOT, check=False)
    return time.perf_counter() - t0


def pages(paths: list[Path]) -> int:
    import pdfplumber

    n = 0
    for p in paths:
        if p.suffix == ".pdf":
            with pdfplumber.open(p) as doc:
                n += len(doc.pages)
    return n


def main(argv: list[str]) -> int:
    jobs = int(argv[0]) if argv else os.cpu_count() or 1
    files = sorted((ROOT / "corpora" / "pdfs").glob("*.pdf")) + sorted((ROOT / "corpora" / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            os.symlink(f, Path(tmp) / f.name)
        n_pages = pages(files)
        print(f"{len(files)} files, {n_pages} PDF pages; {os.cpu_count()} CPUs")
        base = None
        for j in sorted({1, jobs}):
            t = run(tmp, j)
            base = base or t
            print(f"--jobs {j:<3} {t:7.2f} s  {len(files) / t:5.2f} reports/s  {n_pages / t:6.1f} pages/s  "
                  f"speed-up {base / t:4.2f}")
    return 0


if __name__ == "__main__":
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
