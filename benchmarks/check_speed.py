"""Check benchmark: `finder check` stages per corpus file against `finder parse` on the same file.

Run: python benchmarks/check_speed.py [--repeat N] [FILE ...]  (default: every file under corpora/seeds
and corpora/pdfs; --repeat keeps each stage's fastest of N runs: steadier, but later runs of a file reuse
the per-text caches, so the first run is what a batch over many different reports sees)
Prints, per file, seconds for parse alone and for the whole check (parse + claims + link + checks),
their ratio (target <= 1.3), and each stage. The ratio is (parse + claims + link + checks) / parse
with parse the faster of its two timings (alone, and inside the check: the same work), so run-to-run
noise in reading the file does not move it (it printed 0.68 for a file whose later stages take 4 ms). Model loading
(spaCy, jieba, lexicons) happens once, before the timed runs, and is printed apart: on a few
lines of made-up prose, not on a measured file, whose second run would reuse its own per-text
caches (patterns a measured file is the first to need are compiled in its run, as in a batch).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


WARM_UP = """某某局 2030 年度部门决算

一、收入支出决算总体情况说明
本年收入合计 100.00 万元，比上年增加 10.00 万元，增长 11.11%。
本年支出合计 90.00 万元，其中：基本支出 60.00 万元，占 66.67%；项目支出 30.00 万元，占 33.33%。
"""


def corpus_files() -> list[str]:
    files = sorted((ROOT / "corpora" / "seeds").glob("*.txt")) + sorted((ROOT / "corpora" / "pdfs").glob("*.pdf"))
    return [str(p) for p in files]


def main(argv: list[str]) -> int:
    from finder import analysis, ingest

    repeat = 1
    if argv[:1] == ["--repeat"]:
        repeat, argv = max(1, int(argv[1])), argv[2:]
    paths = argv or corpus_files()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:   # loads spaCy, jieba, lexicons, check modules once
        warm = Path(tmp) / "warm-up.txt"
        warm.write_text(WARM_UP, encoding="utf-8")
        analysis.analyse([str(warm)])
    print(f"model and lexicon load (first run, a made-up text): {time.perf_counter() - t0:.2f} s")
    print(f"{'file':44} {'size':>7} {'parse s':>8} {'check s':>8} {'ratio':>6}  stages (s)")
    tot_p = tot_c = 0.0
    for path in paths:
        tp, timings = float("inf"), {}
        for _ in range(repeat):
            t1 = time.perf_counter()
            report = ingest.load(path)
            tp = min(tp, time.perf_counter() - t1)
            a = analysis.analyse([path])
            timings = {k: min(v, timings.get(k, v)) for k, v in a.timings.items()}
        a.timings = timings
        tp = min(tp, a.timings["parse"])
        tc = tp + sum(v for k, v in a.timings.items() if k != "parse")
        a.timings["parse"] = tp
        tot_p, tot_c = tot_p + tp, tot_c + tc
        size = f"{report.pages}p" if report.pages else f"{len(report.lines)}l"
        stages = " ".join(f"{k}={v:.2f}" for k, v in a.timings.items())
        print(f"{Path(path).name:44} {size:>7} {tp:8.2f} {tc:8.2f} {tc / tp:6.2f}  {stages}")
    print(f"{'total':44} {'':>7} {tot_p:8.2f} {tot_c:8.2f} {tot_c / tot_p:6.2f}")
    return 0


if __name__ == "__main__":
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
