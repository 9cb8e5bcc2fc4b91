"""Whole `kg build` (ingest, extraction, graph, RDF) at growing corpus sizes: time and
peak memory of the build process. Prints a table.

    python bench/build_bench.py [--sizes 0.5,1,2]

Uses the corpus of bench/ingest_bench.py (bench/_corpus/, built there from the sample
pages and ../shared/corpora/); each size is the first files totalling that many MB.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pyoxigraph as ox  # noqa: E402
from ingest_bench import CORPUS, build_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0.5,1,2")
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    files = build_corpus(args.shared, max(sizes))
    kg = Path(sys.executable).with_name("kg")
    print(f"{'size MB':>8} {'files':>6} {'seconds':>8} {'MB/s':>6} {'triples':>9} {'mentions':>9} {'t/mention':>8} "
          f"{'peak RSS MiB':>13}")
    for mb in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            subset, total = [], 0
            for f in files:
                if total >= mb * 1e6:
                    break
                link = Path(tmp) / "in" / f.relative_to(CORPUS)
                link.parent.mkdir(parents=True, exist_ok=True)
                link.symlink_to(f)
                subset.append(f)
                total += f.stat().st_size
            t0 = time.perf_counter()
            # a wrapper process whose only child is the build: its RUSAGE_CHILDREN is the build's peak
            wrapper = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
                       "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
            out = subprocess.run([sys.executable, "-c", wrapper, str(kg), "build", str(Path(tmp) / "in"),
                                  "--out", str(Path(tmp) / "out")], check=True, capture_output=True, text=True)
            secs = time.perf_counter() - t0
            rss = int(out.stdout.strip()) / 1024
            store = ox.Store()
            store.load(path=str(Path(tmp) / "out" / "graph.ttl"), format=ox.RdfFormat.TURTLE)
            triples = len(store)
            with (Path(tmp) / "out" / "nodes.csv").open(encoding="utf-8") as fh:
                mentions = sum(int(r["mentions"] or 0) for r in csv.DictReader(fh))
            print(f"{total / 1e6:8.2f} {len(subset):6d} {secs:8.1f} {total / 1e6 / secs:6.3f} {triples:9d} "
                  f"{mentions:9d} {triples / max(mentions, 1):8.2f} {rss:13.0f}")


if __name__ == "__main__":
    main()
