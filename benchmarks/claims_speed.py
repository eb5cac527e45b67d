"""Claim extraction speed per corpus file: claims/s and ms per report, model load time apart."""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from finder import ingest  # noqa: E402
from finder.claims import zh  # noqa: E402
from finder.claims.extract import extract_report  # noqa: E402


def main(paths: list[str]) -> None:
    t = time.perf_counter()
    zh.nlp()
    zh.spans("本年收入合计 1089.69 万元")
    print(f"model load (spaCy zh + jieba + user dict): {(time.perf_counter() - t) * 1000:.0f} ms")
    files = paths or sorted(str(p) for p in (ROOT / "corpora").rglob("*")
                            if p.suffix in (".txt", ".pdf") and "text-exports" not in p.parts)
    for path in files:
        try:
            report = ingest.load(path)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports and goes on
            print(f"{Path(path).name}: ingest failed: {type(exc).__name__}: {exc}")
            continue
        zh.spans.cache_clear()
        runs, t = 3, time.perf_counter()
        for _ in range(runs):
            claims, non, uncl = extract_report(report)
        ms = (time.perf_counter() - t) * 1000 / runs
        rate = len(claims) / (ms / 1000) if ms else 0.0
        print(f"{Path(path).name}: {len(claims)} claims, {len(non)} non-claims, {len(uncl)} unclassified; "
              f"{ms:.1f} ms/report, {rate:.0f} claims/s")


if __name__ == "__main__":
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        sys.exit(0)
    main(sys.argv[1:])
